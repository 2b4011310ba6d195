#!/usr/bin/env python3
"""Checks the committed assets against the asset contract (names, sizes, formats).

    python3 scripts/art/check_assets.py      # exit 0 when everything is in place

Needs only Pillow and the standard library; it does not run the generator.
"""
import json
import os
import sys
import wave

from PIL import Image

import vocabulary

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
S = os.path.join(REPO, "Assets", "sprites")
THEMES = vocabulary.THEMES
SOUNDS = "flap point pickup right wrong rankup click crash".split()


def contract():
    req = {}
    for d in ("kash", "emma", "jasper"):
        req[f"dog-{d}.png"] = (640, 128)
        req[f"dog-{d}-portrait.png"] = (320, 320)
        req[f"dog-{d}-crash.png"] = (160, 128)
    for t in THEMES:
        req[f"gate-{t}-body.png"] = (120, 64)
        req[f"gate-{t}-cap.png"] = (140, 56)
    for p in vocabulary.PICKUPS:
        req[f"pickup-{p}.png"] = (64, 64)
    req.update({"bg-sky.png": (1280, 720), "bg-far.png": (1280, 320), "bg-near.png": (1280, 220),
                "ground.png": (128, 80), "clouds.png": (1280, 200), "panel.png": (96, 96), "button.png": (96, 96),
                "button-focus.png": (96, 96), "speech.png": (96, 96), "icon.png": (256, 256), "tick.png": (64, 64),
                "cross.png": (64, 64), "lock.png": (48, 48), "star-small.png": (32, 32)})
    for i in range(8):
        req[f"rank-{i}.png"] = (160, 160)
    return req


def main():
    problems = []
    sprites = contract()
    for name, size in sprites.items():
        path = os.path.join(S, name)
        if not os.path.exists(path):
            problems.append(f"missing {name}")
            continue
        im = Image.open(path)
        if im.size != size:
            problems.append(f"{name}: {im.size[0]}x{im.size[1]}, expected {size[0]}x{size[1]}")
        if im.mode != "RGBA":
            problems.append(f"{name}: mode {im.mode}, expected RGBA")
    w, h = Image.open(os.path.join(S, "logo.png")).size
    if not (800 <= w <= 1000 and 200 <= h <= 320):
        problems.append(f"logo.png: {w}x{h}, expected about 900x260")
    for p, size in (("kashdash.png", (256, 256)), ("kashdash-48.png", (48, 48))):
        path = os.path.join(REPO, "Assets", "icon", p)
        if not os.path.exists(path) or Image.open(path).size != size:
            problems.append(f"Assets/icon/{p} missing or not {size[0]}x{size[1]}")
    for n in SOUNDS:
        path = os.path.join(REPO, "Assets", "sounds", f"{n}.wav")
        if not os.path.exists(path):
            problems.append(f"missing sounds/{n}.wav")
            continue
        with wave.open(path) as wf:
            if (wf.getnchannels(), wf.getsampwidth(), wf.getframerate()) != (1, 2, 44100):
                problems.append(f"sounds/{n}.wav is not 16-bit mono 44100 Hz")
    with open(os.path.join(S, "manifest.json")) as fh:
        listed = {e["file"] for e in json.load(fh)["sprites"]}
    for name in sorted(set(sprites) - listed):
        problems.append(f"manifest.json does not list {name}")
    for p in problems:
        print("asset check:", p)
    print(f"asset check: {len(sprites)} sprites, {len(SOUNDS)} sounds, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
