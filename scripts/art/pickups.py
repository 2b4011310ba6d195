"""Pickups, 64x64: star, shield, heart, police badge, key, lightbulb.

Each sits on a soft white glow so it pops against sky, gates and background.
"""
from PIL import Image, ImageFilter

from common import Canvas, POLICE_BLUE, GOLD
import icons

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
        "badge": lambda: icons.police_badge(cv, 32, 32, 54, 3.0, POLICE_BLUE),
        "key": lambda: icons.key(cv, 32, 32, 50, 3.0, GOLD),
        "lightbulb": lambda: icons.lightbulb(cv, 32, 32, 56, 3.0),
    }[kind]
    fn()
    img = cv.down()
    out = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    out.alpha_composite(_glow().resize((SIZE, SIZE)))
    out.alpha_composite(img)
    return out


KINDS = ["star", "shield", "heart", "badge", "key", "lightbulb"]


def all_pickups():
    return {f"pickup-{k}.png": pickup(k) for k in KINDS}
