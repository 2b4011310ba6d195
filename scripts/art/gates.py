"""Gate pillars per lesson theme.

gate-T-body.png  120x64, tiles vertically: a rounded "pipe" in the theme colour with
                 highlight/shade stripes and a faint embossed icon motif.
gate-T-cap.png   140x56, the end cap of the BOTTOM pillar (its top end, facing the gap);
                 the renderer may flip it for the top pillar.
gate-T-cap-top.png  (extra) the same cap drawn for the TOP pillar with the icon upright,
                 for renderers that prefer not to show an upside-down icon.
"""
import numpy as np
from PIL import Image

from common import (OUT, WHITE, CHEQ_BLUE, POLICE_BLUE, Canvas, Layer, rgba, lighten, darken)
import icons
import vocabulary
from dogs import draw_cheq

# Colour per theme; the theme names themselves come from the contract (vocabulary.json).
COLOURS = {
    "default": "#2f6fd6",
    "chat": "#1fb3c4",
    "padlock": "#f2a81c",
    "mail": "#e8503f",
    "camera": "#9a5bd6",
    "gamepad": "#3fae4f",
    "clock": "#f07c22",
    "footprints": "#b07c4c",
    "heart": "#ec5d9a",
    "shield": "#2f8f86",
    "megaphone": "#96bf2a",
    "magnifier": "#5d62d8",
}
THEMES = {theme: COLOURS[theme] for theme in vocabulary.THEMES}  # a KeyError names a theme with no colour yet

BODY_W, BODY_H = 120, 64
CAP_W, CAP_H = 140, 56
EDGE = 4.0


def silhouette(img, color):
    a = np.asarray(img.getchannel("A"))
    arr = np.zeros(a.shape + (4,), np.uint8)
    arr[..., :3] = rgba(color)[:3]
    arr[..., 3] = a
    return Image.fromarray(arr, "RGBA")


def body(theme):
    col = THEMES[theme]
    cv = Canvas(BODY_W, BODY_H)
    L = cv.new()
    L.rect(0, 0, BODY_W, BODY_H, OUT)
    L.rect(EDGE, 0, BODY_W - EDGE, BODY_H, col)
    L.rect(EDGE, 0, EDGE + 8, BODY_H, darken(col, 0.12))
    L.rect(16, 0, 30, BODY_H, lighten(col, 0.35))
    L.rect(34, 0, 38, BODY_H, lighten(col, 0.2))
    L.rect(96, 0, BODY_W - EDGE, BODY_H, darken(col, 0.15))
    L.rect(90, 0, 94, BODY_H, darken(col, 0.08))
    cv.over(L)
    if theme == "default":
        ch = cv.new()
        draw_cheq(ch, 44, 0, 16, 0, 0, 16, 2, 4, CHEQ_BLUE, WHITE)
        cv.put(ch, 0)
        edge = cv.new()
        edge.rect(42, 0, 44, BODY_H, darken(col, 0.3)).rect(76, 0, 78, BODY_H, darken(col, 0.3))
        cv.over(edge)
    else:
        # faint embossed motif: the icon in tints of the pillar colour (details kept by
        # mapping the icon's lightness onto a dark..light tint range), over a soft drop shadow
        ic = Canvas(BODY_W, BODY_H)
        size = 44 if theme == "footprints" else 38
        icons.THEME_ICONS[theme](ic, 62, 32, size, 2.0, col)
        sil = ic.im
        sh = silhouette(sil, darken(col, 0.16))
        tmp = Image.new("RGBA", sil.size, (0, 0, 0, 0))
        tmp.paste(sh, (0, int(2 * cv.ss)))
        tmp.putalpha(tmp.getchannel("A").point(lambda v: v * 150 // 255))
        cv.im.alpha_composite(tmp)
        lum = np.asarray(sil.convert("L")).astype(np.float32) / 255.0
        lo, hi = np.array(rgba(darken(col, 0.12))[:3], np.float32), np.array(rgba(lighten(col, 0.3))[:3], np.float32)
        rgb = lo + (hi - lo) * lum[..., None]
        a = np.asarray(sil.getchannel("A")).astype(np.float32) * 0.8
        tint = Image.fromarray(np.dstack([rgb, a]).astype(np.uint8), "RGBA")
        cv.im.alpha_composite(tint)
    return cv.down()


def cap(theme, top=False):
    col = THEMES[theme]
    cv = Canvas(CAP_W, CAP_H)
    L = cv.new()
    x0, y0, x1, y1 = 3.5, 3.5, CAP_W - 3.5, CAP_H - 3.5
    L.rrect(x0, y0, x1, y1, 14, col)
    stripe = cv.new()
    if not top:
        stripe.rrect(x0 + 5, y0 + 4, x1 - 5, y0 + 11, 4, lighten(col, 0.4))
        stripe.rect(x0, y1 - 8, x1, y1, darken(col, 0.15))
    else:
        stripe.rrect(x0 + 5, y1 - 11, x1 - 5, y1 - 4, 4, lighten(col, 0.4))
        stripe.rect(x0, y0, x1, y0 + 8, darken(col, 0.15))
    stripe.rect(x0, y0, x0 + 8, y1, darken(col, 0.1))
    stripe.rect(x1 - 14, y0, x1, y1, darken(col, 0.15))
    L.over(stripe.clip(L))
    if theme == "default":
        ch = cv.new()
        draw_cheq(ch, x0, 14, 9.5, 0, 0, 9.5, 15, 3, CHEQ_BLUE, WHITE)
        L.over(ch.clip(cv.new().rect(x0, 14, x1, 14 + 28.5, WHITE)).clip(L))
        cv.put(L, EDGE)
        line = cv.new()
        line.rect(x0, 13, x1, 14.5, OUT).rect(x0, 42.5, x1, 44, OUT)
        cv.over(line.clip(L))
        return cv.down()
    cv.put(L, EDGE)
    # the icon sits in a white roundel so every theme reads clearly
    r = cv.new()
    r.circle(CAP_W / 2, CAP_H / 2, 24.5, WHITE)
    cv.put(r, 3.0)
    icons.THEME_ICONS[theme](cv, CAP_W / 2, CAP_H / 2 + (1 if theme != "footprints" else 0), 39, 2.2, col)
    return cv.down()


def all_gates():
    out = {}
    for t in THEMES:
        out[f"gate-{t}-body.png"] = body(t)
        out[f"gate-{t}-cap.png"] = cap(t)
        out[f"gate-{t}-cap-top.png"] = cap(t, top=True)
    return out
