"""The gate themes and pickup kinds, read from vocabulary.json.

That file is generated from the game's contract (Sources/KashDashContract/Art/ArtVocabulary.swift)
and a Swift test keeps it identical, so the art and the level checker always agree on names.
"""
import json
import os

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "vocabulary.json"), encoding="utf-8") as _fh:
    _DATA = json.load(_fh)

THEMES = list(_DATA["themes"])
PICKUPS = list(_DATA["pickups"])
