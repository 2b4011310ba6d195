"""UI art: nine-slice panel/buttons/speech bubble, logo, app icon, markers, rank badges."""
import math

import numpy as np
from PIL import Image, ImageFilter

from common import (OUT, WHITE, CREAM, POLICE_BLUE, POLICE_DARK, CHEQ_BLUE, GOLD, GOLD_DARK, SILVER,
                    YELLOW_RING, Canvas, Layer, rgba, lighten, darken, mix, rounded_star, star_pts,
                    catmull, rot, font, outline_of)
import icons
import dogs


def soft_shadow(cv, layer, dx, dy, blur, alpha):
    a = layer.im.getchannel("A")
    sh = Image.new("RGBA", layer.im.size, (20, 14, 40, 0))
    sh.putalpha(a.point(lambda v: v * alpha // 255))
    sh = sh.filter(ImageFilter.GaussianBlur(blur * cv.ss))
    tmp = Image.new("RGBA", layer.im.size, (0, 0, 0, 0))
    tmp.paste(sh, (int(dx * cv.ss), int(dy * cv.ss)))
    cv.im.alpha_composite(tmp)


# ------------------------------------------------------------------ nine-slices
def panel():
    cv = Canvas(96, 96)
    # corner curves stay within 22 px of the edges, so any border from 24 to 32 px slices cleanly
    L = cv.new().rrect(4, 3, 92, 89, 17, CREAM)
    hl = cv.new().rrect(10, 8, 86, 18, 5, (255, 255, 255, 255))
    soft_shadow(cv, L, 0, 4, 2.5, 90)
    cv.put(L, 3.5)
    cv.over(hl.clip(L))
    return cv.down()


def button(focus=False):
    """Nine-slice button (24 px border).  The face is inset 11 px; the focused button fills
    that margin with a thick bright yellow ring (and a warmer face), so the one-switch
    scanning highlight is obvious by shape as well as colour."""
    cv = Canvas(96, 96)
    x0, y0, x1, y1 = 11, 11, 85, 85
    if focus:
        ring = cv.new().rrect(2, 2, 94, 94, 20, YELLOW_RING)
        cv.put(ring, 2.0)
    face = "#fff4b8" if focus else "#e4f2ff"
    lip = "#f0a800" if focus else "#8fb6e6"
    L = cv.new().rrect(x0, y0, x1, y1, 11, lip)
    top = cv.new().rrect(x0, y0, x1, y1 - 6, 11, face)
    shine = cv.new().rrect(x0 + 6, y0 + 4, x1 - 6, y0 + 10, 3, WHITE)
    L.over(top)
    L.over(shine.clip(top))
    if not focus:
        soft_shadow(cv, L, 0, 2, 1.5, 70)
    cv.put(L, 3.5)
    return cv.down()


def speech():
    """Nine-slice speech bubble (24 px sides, 32 px top).  The tail sits in the top-left
    corner cell and points left, towards the dog's portrait beside the bubble."""
    cv = Canvas(96, 96)
    L = cv.new().rrect(17, 3.5, 92.5, 90, 7, WHITE)
    L.poly(catmull([(26, 7), (14, 12), (3, 23), (14, 24), (26, 28)], True, 6), WHITE)
    cv.put(L, 3.5)
    return cv.down()


# ------------------------------------------------------------------ logo
def logo():
    W, H = 900, 260
    cv = Canvas(W, H, ss=2)
    text = "KASH DASH"
    size = 126
    f = font(size * cv.ss)
    # measure letters
    widths = [f.getlength(ch) / cv.ss for ch in text]
    widths[4] *= 1.1
    gap = -2
    total = sum(widths) + gap * (len(text) - 1)
    x = 150 + (740 - total) / 2
    letters = cv.new()
    kash_fill = cv.new()
    angles = [-7, 4, -4, 6, 0, -5, 4, -6, 5]
    bounce = [6, -6, 4, -8, 0, -6, 6, -4, 6]
    cx_list = []
    for i, ch in enumerate(text):
        if ch == " ":
            cx_list.append(x + widths[i] / 2)
            x += widths[i] + gap
            continue
        cx = x + widths[i] / 2
        cy = 128 + bounce[i]
        Lch = cv.new()
        Lch.text(cx, cy, ch, size, WHITE, anchor="mm")
        Lch.im = Lch.im.rotate(angles[i], resample=Image.BICUBIC, center=(cx * cv.ss, cy * cv.ss))
        letters.over(Lch)
        if i < 4:
            kash_fill.over(Lch)
        cx_list.append(cx)
        x += widths[i] + gap
    # stretch the lettering vertically for a chunkier, taller title
    for lay in (letters, kash_fill):
        big = lay.im.resize((lay.im.width, int(lay.im.height * 1.28)), Image.BICUBIC)
        top = int((big.height - lay.im.height) / 2 + 128 * cv.ss * 0.28 - (big.height - lay.im.height) / 2)
        lay.im = big.crop((0, top, lay.im.width, top + lay.im.height))
    # gradient fills: KASH police blue, DASH sunny orange
    a = np.asarray(letters.im.getchannel("A")).astype(np.float32) / 255
    ak = np.asarray(kash_fill.im.getchannel("A")).astype(np.float32) / 255
    hh = a.shape[0]
    t = np.linspace(0, 1, hh)[:, None]
    blue_top, blue_bot = np.array([92, 160, 255]), np.array([28, 74, 178])
    or_top, or_bot = np.array([255, 226, 84]), np.array([255, 140, 30])
    tt = np.clip((t - 0.25) / 0.55, 0, 1)
    blue = blue_top * (1 - tt[..., None]) + blue_bot * tt[..., None]
    oran = or_top * (1 - tt[..., None]) + or_bot * tt[..., None]
    rgb = np.where(ak[..., None] > 0.5, blue, oran)
    rgb = np.broadcast_to(rgb, a.shape + (3,))
    arr = np.dstack([rgb, a * 255]).astype(np.uint8)
    fill = Layer(W, H, cv.ss)
    fill.im = Image.fromarray(arr, "RGBA")
    # white rim, then dark outline, then drop shadow
    rim = outline_of(fill, 5, WHITE)
    rim_layer = Layer(W, H, cv.ss)
    rim_layer.im = rim
    sh = outline_of(rim_layer, 6, (30, 20, 60, 110))
    tmp = Image.new("RGBA", sh.size, (0, 0, 0, 0))
    tmp.paste(sh, (0, 9 * cv.ss))
    cv.im.alpha_composite(tmp)
    cv.im.alpha_composite(outline_of(rim_layer, 6, OUT))
    cv.im.alpha_composite(rim)
    cv.im.alpha_composite(outline_of(fill, 2.5, OUT))
    cv.im.alpha_composite(fill.im)
    # glints on letters
    g = cv.new()
    for i, ch in enumerate(text):
        if ch.strip():
            g.ellipse(cx_list[i] - 14, 92 + bounce[i], 8, 4.5, (255, 255, 255, 200), -30)
    cv.over(g.clip(fill))
    # paw prints trotting between the words, and a small police badge on DASH's H
    sx = cx_list[4]
    p = cv.new()
    for j, (px, py, s_) in enumerate(((sx - 14, 214, 0.8), (sx + 14, 196, 0.8), (sx + 2, 232, 0.0))):
        if s_ == 0:
            continue
        p = cv.new()
        icons.paw_print(p, px, py, s_, WHITE, 20)
        cv.put(p, 3.0)
    icons.police_badge(cv, 78, 142, 140, 4.5)
    return cv.down()


# ------------------------------------------------------------------ app icon
def app_icon(size=256, small=False):
    """Kash's head in a round police badge with a blue-and-white chequered ring.
    small=True: a simpler ring (fewer, bigger squares) and a bigger head, for 48 px."""
    cv = Canvas(256, 256)
    L = cv.new().circle(128, 140, 112, POLICE_DARK)
    cv.put(L, 5)
    ring = cv.new()
    n = 14 if small else 28
    rows = ((84, 110),) if small else ((86, 98), (98, 110))
    for i in range(n):
        a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
        for j, (r0, r1) in enumerate(rows):
            col = WHITE if (i + j) % 2 == 0 else CHEQ_BLUE
            pts = [(128 + r0 * math.cos(a0), 140 + r0 * math.sin(a0)), (128 + r1 * math.cos(a0), 140 + r1 * math.sin(a0)),
                   (128 + r1 * math.cos(a1), 140 + r1 * math.sin(a1)), (128 + r0 * math.cos(a1), 140 + r0 * math.sin(a1))]
            ring.poly(pts, col)
    cv.over(ring)
    c = cv.new().circle(128, 140, 84, "#8fd0ff")
    c2 = cv.new().circle(128, 200, 70, "#bfe6ff")
    c.over(c2.clip(c))
    cv.put(c, 3)
    hk = 0.8 if small else 0.72
    dogs.front_view("kash", cv=cv, k=hk, ox=128 - hk * 160, oy=(150 if small else 146) - hk * 130, with_body=False)
    img = cv.down()
    if size != 256:
        img = img.resize((size, size), Image.LANCZOS)
    return img


# ------------------------------------------------------------------ markers
def tick():
    cv = Canvas(64, 64)
    c = cv.new().circle(32, 32, 27, "#2fae52")
    hl = cv.new().ellipse(24, 18, 12, 6, "#6fd48a", -25)
    c.over(hl.clip(c))
    cv.put(c, 3.2)
    t = cv.new().stroke([(19, 33), (28, 43), (46, 22)], 8, WHITE, smooth=False)
    cv.put(t, 2.2)
    return cv.down()


def cross():
    """'Try again': an orange circle with a curved arrow (kind, not a harsh X)."""
    cv = Canvas(64, 64)
    c = cv.new().circle(32, 32, 27, "#f59a23")
    hl = cv.new().ellipse(24, 18, 12, 6, "#ffc46b", -25)
    c.over(hl.clip(c))
    cv.put(c, 3.2)
    arc = [(32 + 14 * math.cos(math.radians(a)), 33 + 14 * math.sin(math.radians(a))) for a in range(-60, 200, 10)]
    a = cv.new().stroke(arc, 6.5, WHITE, smooth=False)
    # arrow head at the start of the arc (pointing clockwise-up)
    hx, hy = arc[0]
    a.poly([(hx - 9, hy - 3), (hx + 7, hy - 7), (hx + 3, hy + 9)], WHITE)
    cv.put(a, 2.2)
    return cv.down()


def lock():
    cv = Canvas(48, 48)
    icons.padlock(cv, 24, 24, 44, 2.6)
    return cv.down()


def star_small():
    cv = Canvas(32, 32)
    icons.star(cv, 16, 16, 30, 2.0, face=False)
    return cv.down()


# ------------------------------------------------------------------ rank badges
RANKS = ["Cadet", "Constable", "Sergeant", "Inspector", "Chief Inspector", "Superintendent",
         "Chief Superintendent", "Chief Constable"]


def pip(L, x, y, r, col=SILVER):
    """A 'Bath star' pip: eight-pointed star with a round centre."""
    L.poly(rounded_star(x, y, r, r * 0.62, 8, ang=-90, steps=3), col)


def chevron(L, x, y, w, h, th, col):
    L.poly([(x - w / 2, y), (x, y + h), (x + w / 2, y), (x + w / 2, y + th), (x, y + h + th), (x - w / 2, y + th)], col)


def rank_badge(i):
    cv = Canvas(160, 160)
    metal = [("#d49a5e", "#b07640"), ("#d49a5e", "#b07640"), ("#d49a5e", "#b07640"),
             (SILVER, "#9aa8bb"), (SILVER, "#9aa8bb"),
             (GOLD, GOLD_DARK), (GOLD, GOLD_DARK), (GOLD, GOLD_DARK)][i]
    # badge shape by tier: round (0-2), shield (3-4), star (5-7)
    L = cv.new()
    if i <= 2:
        L.circle(80, 80, 72, metal[0])
        inner_r = 58
    elif i <= 4:
        L.poly([(80 + (x - 50) * 1.5, 78 + (y - 50) * 1.5) for x, y in icons.shield_pts()], metal[0])
        inner_r = 52
    else:
        L.poly(rounded_star(80, 80, 78, 64, 8, ang=-90, steps=5), metal[0])
        inner_r = 54
    cv.put(L, 4.0)
    c = cv.new().circle(80, 80, inner_r, POLICE_DARK)
    if i in (3, 4):
        c = cv.new().poly([(80 + (x - 50) * 1.14, 76 + (y - 50) * 1.14) for x, y in icons.shield_pts()], POLICE_DARK)
    cv.put(c, 3.0)
    ins = cv.new()
    silver = "#eef3fa"
    if i == 0:
        icons.paw_print(ins, 80, 84, 1.5, silver)
    elif i == 1:
        chevron(ins, 80, 66, 76, 26, 16, silver)
    elif i == 2:
        for k in range(3):
            chevron(ins, 80, 42 + k * 22, 76, 24, 13, silver)
    elif i == 3:
        pip(ins, 58, 76, 19)
        pip(ins, 102, 76, 19)
    elif i == 4:
        pip(ins, 80, 56, 17)
        pip(ins, 58, 92, 17)
        pip(ins, 102, 92, 17)
    cv.put(ins, 2.4)
    if i in (3, 4):
        ctr = cv.new()
        for (x, y) in ([(58, 76), (102, 76)] if i == 3 else [(80, 56), (58, 92), (102, 92)]):
            ctr.circle(x, y, 5.5, "#e8503f")
        cv.put(ctr, 1.5)
    if i == 5:
        icons.crown(cv, 80, 80, 72, 2.6)
    elif i == 6:
        icons.crown(cv, 80, 62, 52, 2.4)
        p = cv.new()
        pip(p, 80, 106, 16)
        cv.put(p, 2.4)
        cv.put(cv.new().circle(80, 106, 5, "#e8503f"), 1.5)
    elif i == 7:
        w = cv.new()
        # laurel wreath
        for sgn in (-1, 1):
            for k in range(6):
                a = math.radians(110 + k * 26) if sgn < 0 else math.radians(70 - k * 26)
                x, y = 80 + 40 * math.cos(a), 92 + 34 * math.sin(a) * -1 * -1
                w.ellipse(x, y, 8, 4.5, "#6fcf6a", math.degrees(a) + 90)
        cv.put(w, 1.8)
        # crossed tipstaves: gold staffs with round gold finials, steeply
        # crossed so they read as ceremonial batons
        t = cv.new()
        for sgn in (-1, 1):
            t.capsule(80 - sgn * 15, 122, 80 + sgn * 13, 68, 8.5, GOLD)
        cv.put(t, 2.2)
        bands = cv.new()
        for sgn in (-1, 1):
            bands.stroke([(80 - sgn * 11, 114), (80 + sgn * 10, 73)], 2.2, "#fff0b0", smooth=False)
        cv.over(bands.clip(t))
        f = cv.new()
        for sgn in (-1, 1):
            f.circle(80 + sgn * 13, 68, 6.5, GOLD)
            f.circle(80 - sgn * 15, 122, 5.5, GOLD)
        cv.put(f, 2.0)
        icons.crown(cv, 80, 46, 44, 2.2)
    return cv.down()


def all_ui():
    out = {
        "panel.png": panel(), "button.png": button(False), "button-focus.png": button(True),
        "speech.png": speech(), "logo.png": logo(), "icon.png": app_icon(256),
        "tick.png": tick(), "cross.png": cross(), "lock.png": lock(), "star-small.png": star_small(),
    }
    for i in range(8):
        out[f"rank-{i}.png"] = rank_badge(i)
    return out
