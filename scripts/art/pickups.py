"""Pickups, 64x64: star, shield, heart, police badge, key, lightbulb.

Thick outlines keep them readable against sky, gates and background.
"""
from PIL import Image, ImageFilter

from common import Canvas, POLICE_BLUE, GOLD, SILVER
import icons
import vocabulary

SIZE = 64


def _glow():
    g = Canvas(SIZE, SIZE, ss=1)
    g.circle(32, 32, 24, (255, 255, 250, 150))
    return g.im.filter(ImageFilter.GaussianBlur(5))


def pickup(kind):
    cv = Canvas(SIZE, SIZE)
    fn = {
        "star": lambda: icons.star(cv, 32, 33, 56, 3.0),
        "shield": lambda: icons.shield(cv, 32, 32, 52, 3.0, "#3b82e0"),
        "heart": lambda: icons.heart(cv, 32, 32, 54, 3.0, "#ef4f6f"),
        "badge": lambda: icons.police_badge(cv, 32, 32, 58, 3.0, POLICE_BLUE, SILVER),
        "key": lambda: icons.key(cv, 32, 32, 50, 3.0, GOLD),
        "lightbulb": lambda: icons.lightbulb(cv, 32, 34, 54, 3.0),
    }[kind]
    fn()
    img = cv.down()
    return img


KINDS = vocabulary.PICKUPS


def all_pickups():
    return {f"pickup-{k}.png": pickup(k) for k in KINDS}
