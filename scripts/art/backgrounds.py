"""Parallax layers: sky, far town with the police station, near trees/houses, ground, clouds.

Horizontally tileable layers are drawn with every shape repeated at -W, 0 and +W and
outlined with wrap-around dilation, so the left and right edges meet seamlessly.
"""
import math

import numpy as np
from PIL import Image, ImageFilter

from common import (OUT, WHITE, POLICE_BLUE, POLICE_DARK, CHEQ_BLUE, GOLD, Canvas, Layer, rgba,
                    lighten, darken, mix, catmull, ellipse_pts, rounded_star, font)
from dogs import draw_cheq

SS = 2   # backgrounds are big and soft; 2x supersampling is plenty


class Wrap:
    """Draw each shape three times (x-W, x, x+W) on a layer so the result tiles."""

    def __init__(self, layer, W):
        self.L, self.W = layer, W

    def __getattr__(self, name):
        fn = getattr(self.L, name)

        def call(*a, **kw):
            for dx in (-self.W, 0, self.W):
                ox = self.L.ox
                self.L.ox = ox + dx
                fn(*a, **kw)
                self.L.ox = ox
            return self
        return call


# ------------------------------------------------------------------ sky
def sky():
    W, H = 1280, 720
    top, mid, bot = np.array([110, 190, 242]), np.array([170, 222, 248]), np.array([255, 232, 190])
    t = np.linspace(0, 1, H)[:, None, None]
    c1 = top + (mid - top) * np.clip(t / 0.55, 0, 1)
    c2 = mid + (bot - mid) * np.clip((t - 0.55) / 0.45, 0, 1)
    rgb = np.where(t < 0.55, c1, c2)
    rgb = np.broadcast_to(rgb, (H, W, 3)).astype(np.uint8)
    img = Image.fromarray(np.dstack([rgb, np.full((H, W), 255, np.uint8)]), "RGBA")
    cv = Canvas(W, H, ss=SS)
    cv.im = img.resize((W * SS, H * SS))
    from PIL import ImageDraw
    cv.d = ImageDraw.Draw(cv.im)
    # sun with soft halo rings
    sx, sy = 1060, 150
    halo = cv.new()
    for r, a in ((150, 40), (118, 55), (96, 70)):
        halo.circle(sx, sy, r, (255, 244, 200, a))
        cv.over(halo)
        halo = cv.new()
    s = cv.new().circle(sx, sy, 70, "#ffe27a")
    s2 = cv.new().circle(sx - 14, sy - 14, 48, "#fff0a8")
    s.over(s2.clip(s))
    cv.put(s, 3, color="#f6b73c")
    # soft sky clouds
    for (x, y, sc) in ((200, 150, 0.9), (640, 300, 0.6)):
        cloud(cv, x, y, sc, outline="#c9e1f3", shade="#e6f1fb")
    return cv.down().convert("RGB").convert("RGBA")


def cloud(cv, x, y, sc, outline="#9cc3e4", shade="#dcebf8", wrap=None, ow=3.0):
    L = cv.new()
    T = Wrap(L, wrap) if wrap else L
    puffs = [(-70, 10, 34), (-36, -12, 40), (6, -26, 48), (50, -8, 38), (82, 10, 30), (0, 14, 40), (-40, 18, 30),
             (44, 18, 30)]
    for dx, dy, r in puffs:
        T.circle(x + dx * sc, y + dy * sc, r * sc, WHITE)
    T.rrect(x - 96 * sc, y + 4 * sc, x + 106 * sc, y + 40 * sc, 18 * sc, WHITE)
    sh = cv.new()
    TS = Wrap(sh, wrap) if wrap else sh
    TS.rrect(x - 96 * sc, y + 24 * sc, x + 106 * sc, y + 44 * sc, 10 * sc, shade)
    L.over(sh.clip(L))
    cv.put(L, ow, color=outline, wrap_x=bool(wrap))


# ------------------------------------------------------------------ far skyline
def far():
    W, H = 1280, 320
    cv = Canvas(W, H, ss=SS)
    hills = cv.new()
    # periodic ridge: harmonics of the tile width keep it seamless
    pts = [(0, H)]
    for i in range(0, W + 1, 8):
        a = 2 * math.pi * i / W
        y = 150 - 34 * math.sin(2 * a + 0.6) - 18 * math.sin(5 * a + 1.3) - 10 * math.sin(9 * a)
        pts.append((i, y))
    pts.append((W, H))
    hills.poly(pts, "#a9dcc0")
    cv.put(hills, 2.5, color="#7fb8a0", wrap_x=True)
    town = cv.new()
    T = Wrap(town, W)
    wins = cv.new()
    TW = Wrap(wins, W)
    bcol = ["#b9c8ea", "#c5d2f0", "#aebde3", "#c9c4ea"]
    buildings = [(30, 90, 200), (130, 70, 160), (210, 60, 225), (290, 80, 180), (520, 70, 210), (600, 60, 170),
                 (800, 90, 190), (900, 60, 235), (970, 80, 165), (1100, 70, 200), (1180, 80, 175)]
    for j, (x, w, h) in enumerate(buildings):
        T.rrect(x, H - h, x + w, H + 10, 6, bcol[j % 4])
        for wy in range(H - h + 18, H - 30, 26):
            for wx in range(int(x) + 12, int(x + w) - 16, 22):
                TW.rrect(wx, wy, wx + 10, wy + 13, 2, "#e8eefb")
    # roofs / details
    T.poly([(210, H - 225), (240, H - 255), (270, H - 225)], "#aebde3")   # spire
    T.rect(236, H - 272, 244, H - 250, "#aebde3")
    # police station: a wider building with a sign and the blue lamp
    px = 360
    T.rrect(px, H - 210, px + 150, H + 10, 6, "#9fb3e0")
    T.poly([(px - 8, H - 206), (px + 75, H - 256), (px + 158, H - 206)], "#8aa0d4")
    cv.put(town, 2.5, color="#7d8fbf", wrap_x=True)
    cv.over(wins)
    sign = cv.new()
    S = Wrap(sign, W)
    S.rrect(px + 20, H - 192, px + 130, H - 166, 5, WHITE)
    S.rect(px + 68, H - 282, px + 82, H - 260, "#e8eefb")
    S.circle(px + 75, H - 284, 10, "#5aa0ff")
    S.rrect(px + 58, H - 64, px + 92, H + 10, 5, "#6f86c6")
    for wx in (px + 14, px + 104):
        for wy in (H - 150, H - 100):
            S.rrect(wx, wy, wx + 30, wy + 30, 3, "#e8eefb")
    for wx in (px + 58,):
        S.rrect(wx, H - 150, wx + 34, H - 120, 3, "#e8eefb")
    cv.put(sign, 2.0, color="#7d8fbf", wrap_x=True)
    cheq = cv.new()
    draw_cheq(cheq, px + 2, H - 206, 7.3, 0, 0, 7.3, 20, 1, "#5d7fd6", WHITE)
    cv.over(cheq)
    txt = cv.new().text(px + 75, H - 179, "POLICE", 19, "#2f5bb8")
    cv.over(txt)
    glow = cv.new().circle(px + 75, H - 284, 18, (120, 180, 255, 80))
    cv.over(glow)
    return cv.down()


# ------------------------------------------------------------------ near layer
def tree(L, x, base, h, r, col):
    L.rrect(x - 7, base - h, x + 7, base + 10, 4, "#9a6a44")
    L.circle(x, base - h - r * 0.2, r, col)
    L.circle(x - r * 0.6, base - h + r * 0.3, r * 0.7, col)
    L.circle(x + r * 0.6, base - h + r * 0.3, r * 0.7, col)


def near():
    W, H = 1280, 220
    cv = Canvas(W, H, ss=SS)
    back = cv.new()
    B = Wrap(back, W)
    # hedge band along the bottom so the layer sits on the ground
    for i in range(0, W, 40):
        B.circle(i + 20, H - 30, 30, "#58b964")
    B.rect(0, H - 30, W, H, "#58b964")
    cv.put(back, 3.0, color=OUT, wrap_x=True)
    trees = cv.new()
    Tt = Wrap(trees, W)
    for x, h, r, c in ((60, 70, 42, "#4fae5b"), (300, 90, 50, "#62c06a"), (470, 60, 38, "#4fae5b"),
                       (760, 80, 46, "#62c06a"), (1010, 70, 44, "#4fae5b"), (1220, 95, 40, "#62c06a")):
        tree(Tt, x, H - 40, h, r, c)
    cv.put(trees, 3.0, wrap_x=True)
    hl = cv.new()
    Th = Wrap(hl, W)
    for x, h, r in ((60, 70, 42), (300, 90, 50), (470, 60, 38), (760, 80, 46), (1010, 70, 44), (1220, 95, 40)):
        Th.ellipse(x - r * 0.3, H - 40 - h - r * 0.55, r * 0.4, r * 0.22, (255, 255, 255, 70), -20)
    cv.over(hl)
    LAYOUTS = {0: (30, [(64, 12), (64, 44)]), 1: (60, [(14, 14), (80, 14)]), 2: (72, [(12, 12), (12, 42)]),
               3: (24, [(48, 12)])}
    HOUSES = ((140, 110, 80, "#ffe3b3", "#e8704f", 0), (560, 120, 90, "#ffd0d8", "#8a5bd0", 1),
              (860, 100, 74, "#d9f0ff", "#3f82d8", 2), (1090, 86, 66, "#fff3c4", "#e8704f", 1))
    chim = cv.new()
    C = Wrap(chim, W)
    for x, w, h, wall, roof, kind in HOUSES:
        b = H - 36
        C.rect(x + w * 0.68, b - h - 40, x + w * 0.68 + 16, b - h - 10, "#b35b3c")
        C.rect(x + w * 0.68 - 3, b - h - 46, x + w * 0.68 + 19, b - h - 38, "#c96a48")
    cv.put(chim, 3.0, wrap_x=True)
    walls = cv.new()
    Wl = Wrap(walls, W)
    roofs = cv.new()
    R = Wrap(roofs, W)
    details = cv.new()
    D = Wrap(details, W)
    panes = cv.new()
    Pn = Wrap(panes, W)
    for x, w, h, wall, roof, kind in HOUSES:
        b = H - 36
        Wl.rect(x, b - h, x + w, b + 6, wall)
        R.poly([(x - 12, b - h + 4), (x + w / 2, b - h - 46), (x + w + 12, b - h + 4)], roof)
        # door and windows, laid out per house (relative to the wall's left and top)
        door_x, wins = LAYOUTS[kind if (x, w) != (1090, 86) else 3]
        dx = x + door_x
        D.rrect(dx - 12, b - 42, dx + 12, b + 4, 10, "#7a4a2e")
        for rx, ry in wins:
            wx, wy = x + rx, b - h + ry
            D.rrect(wx, wy, wx + 26, wy + 22, 3, "#bfe6ff")
            Pn.rect(wx + 12, wy, wx + 14, wy + 22, WHITE)
            Pn.rect(wx, wy + 10, wx + 26, wy + 12, WHITE)
        D.circle(dx + 6, b - 18, 2.2, GOLD)
    cv.put(walls, 3.0, wrap_x=True)
    cv.put(roofs, 3.0, wrap_x=True)
    cv.put(details, 2.2, wrap_x=True)
    cv.over(panes)
    return cv.down()


# ------------------------------------------------------------------ ground
def ground():
    W, H = 128, 80
    cv = Canvas(W, H, ss=4)
    path = cv.new().rect(0, 20, W, H, "#f1d39a")
    cv.over(path)
    peb = cv.new()
    for x, y, rx, ry in ((18, 48, 6, 4), (56, 62, 5, 3.5), (90, 44, 7, 4.5), (112, 68, 4, 3), (36, 72, 4, 3),
                         (74, 36, 3.5, 2.5)):
        peb.ellipse(x, y, rx, ry, "#d9b57a")
    cv.put(peb, 1.6, color="#b88f55")
    edge = cv.new().rect(0, 76, W, H, "#e2bf82")
    cv.over(edge)
    grass = cv.new()
    G = Wrap(grass, W)
    pts = [(0, 0)]
    for i in range(0, W + 1, 2):
        y = 16 + 4 * math.cos(2 * math.pi * i / 32)
        pts.append((i, y))
    pts.append((W, 0))
    grass.rect(0, 0, W, 8, "#6ccb5f")
    grass.poly([(0, 0)] + pts[1:-1] + [(W, 0)], "#6ccb5f")
    cv.put(grass, 3.0, wrap_x=True)
    hl = cv.new()
    for i in range(4):
        hl.ellipse(16 + 32 * i, 5, 9, 2.5, "#9ae28a")
    cv.over(hl)
    return cv.down()


# ------------------------------------------------------------------ clouds layer
def clouds():
    W, H = 1280, 200
    cv = Canvas(W, H, ss=SS)
    for (x, y, sc) in ((140, 90, 0.8), (560, 70, 0.6), (850, 120, 0.9), (1180, 80, 0.65)):
        cloud(cv, x, y, sc, wrap=W)
    return cv.down()


def all_backgrounds():
    return {"bg-sky.png": sky(), "bg-far.png": far(), "bg-near.png": near(), "ground.png": ground(),
            "clouds.png": clouds()}
