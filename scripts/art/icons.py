"""Theme icons, drawn in a 100x100 design box centred on (cx, cy) with a given size.

Each function draws onto a Canvas with cartoon outlines of width `ow` final pixels.
Used by the gate caps, the pickups and the UI.
"""
import math

from common import (OUT, WHITE, POLICE_BLUE, POLICE_DARK, CHEQ_BLUE, GOLD, GOLD_DARK, SILVER,
                    rgba, lighten, darken, mix, catmull, ellipse_pts, rounded_star, star_pts, rot)


def _L(cv, cx, cy, size):
    k = size / 100.0
    return cv.new().at(k, cx - 50 * k, cy - 50 * k)


def heart_pts(cx=50, cy=54, s=2.7, n=120):
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((cx + x * s, cy - y * s))
    return pts


def shield_pts():
    return catmull([(50, 6), (70, 12), (88, 14), (88, 44), (80, 68), (64, 86), (50, 95), (36, 86),
                    (20, 68), (12, 44), (12, 14), (30, 12)], True, 10)


def paw_print(L, x, y, s, col, ang=0):
    def P(dx, dy):
        return rot([(x + dx * s, y + dy * s)], ang, x, y)[0]
    L.ellipse(*P(0, 6), 11 * s, 9 * s, col, ang)
    for dx, dy, r in ((-12, -8, 4.8), (-4, -15, 5.0), (5, -15, 5.0), (13, -8, 4.8)):
        px, py = P(dx, dy)
        L.ellipse(px, py, r * s, r * 1.2 * s, col, ang + dx * 1.5)


def chat(cv, cx, cy, size, ow, main="#22b8c8"):
    L = _L(cv, cx, cy, size)
    L.rrect(6, 12, 94, 72, 24, WHITE)
    L.poly([(22, 62), (44, 64), (16, 92)], WHITE)
    cv.put(L, ow)
    d = _L(cv, cx, cy, size)
    for i, x in enumerate((30, 50, 70)):
        d.circle(x, 42, 7.5, main if i != 1 else darken(main, 0.2))
    cv.put(d, 0)


def padlock(cv, cx, cy, size, ow, main="#f2b52c"):
    s = _L(cv, cx, cy, size)
    s.stroke([(30, 50), (30, 30), (40, 14), (50, 11), (60, 14), (70, 30), (70, 50)], 13, "#c7d0dc")
    cv.put(s, ow)
    b = _L(cv, cx, cy, size)
    b.rrect(14, 40, 86, 94, 14, GOLD)
    b.rrect(20, 46, 80, 54, 4, lighten(GOLD, 0.45))
    cv.put(b, ow)
    k = _L(cv, cx, cy, size)
    k.circle(50, 64, 7.5, OUT)
    k.poly([(45, 66), (55, 66), (53, 82), (47, 82)], OUT)
    cv.put(k, 0)


def mail(cv, cx, cy, size, ow, main="#e8503f"):
    L = _L(cv, cx, cy, size)
    L.rrect(6, 20, 94, 82, 10, WHITE)
    cv.put(L, ow)
    f = _L(cv, cx, cy, size)
    f.poly([(9, 24), (91, 24), (50, 58)], "#e9eef6")
    cv.put(f, 0)
    l = _L(cv, cx, cy, size)
    l.stroke([(10, 24), (50, 57), (90, 24)], 4.5, OUT, smooth=False)
    l.stroke([(10, 78), (36, 52)], 4.5, OUT, smooth=False)
    l.stroke([(90, 78), (64, 52)], 4.5, OUT, smooth=False)
    cv.put(l, 0)
    h = _L(cv, cx, cy, size)
    h.poly([(x * 0.42 + 29, y * 0.42 + 32) for x, y in heart_pts()], main)
    cv.put(h, ow * 0.6)


def camera(cv, cx, cy, size, ow, main="#9a5bd6"):
    L = _L(cv, cx, cy, size)
    L.rrect(30, 14, 62, 34, 6, "#4b4f63")
    L.rrect(6, 26, 94, 86, 14, "#5d6278")
    cv.put(L, ow)
    t = _L(cv, cx, cy, size)
    t.rrect(10, 30, 90, 44, 8, "#7a8099")
    t.rrect(72, 32, 86, 42, 3, "#ffe066")
    cv.put(t, 0)
    lens = _L(cv, cx, cy, size)
    lens.circle(50, 58, 24, "#dfe6f0")
    cv.put(lens, ow)
    i = _L(cv, cx, cy, size)
    i.circle(50, 58, 16, main)
    i.circle(50, 58, 8, "#1d1726")
    i.circle(44, 51, 4.5, WHITE)
    cv.put(i, ow * 0.6)


def gamepad(cv, cx, cy, size, ow, main="#45b653"):
    L = _L(cv, cx, cy, size)
    L.blob([(20, 30), (50, 34), (80, 30), (94, 52), (96, 76), (84, 84), (70, 70), (50, 66), (30, 70),
            (16, 84), (4, 76), (6, 52)], "#f4f6fb", steps=10)
    cv.put(L, ow)
    d = _L(cv, cx, cy, size)
    d.rrect(17, 46, 41, 56, 2.5, OUT)
    d.rrect(24, 39, 34, 63, 2.5, OUT)
    d.circle(70, 44, 5.5, "#ef5a6f")
    d.circle(80, 53, 5.5, "#3b8fe8")
    d.circle(60, 53, 5.5, GOLD)
    d.circle(70, 62, 5.5, main)
    cv.put(d, ow * 0.45)


def clock(cv, cx, cy, size, ow, main="#f08a2c"):
    b = _L(cv, cx, cy, size)
    b.stroke([(22, 18), (30, 10)], 10, main, smooth=False)
    b.stroke([(78, 18), (70, 10)], 10, main, smooth=False)
    cv.put(b, ow)
    L = _L(cv, cx, cy, size)
    L.circle(50, 54, 42, main)
    cv.put(L, ow)
    f = _L(cv, cx, cy, size)
    f.circle(50, 54, 33, WHITE)
    cv.put(f, ow * 0.5)
    h = _L(cv, cx, cy, size)
    for i in range(12):
        a = math.radians(i * 30)
        r0 = 26 if i % 3 else 23
        h.stroke([(50 + r0 * math.sin(a), 54 - r0 * math.cos(a)), (50 + 29 * math.sin(a), 54 - 29 * math.cos(a))],
                 3 if i % 3 else 4.2, OUT, smooth=False)
    h.stroke([(50, 54), (50, 32)], 5.5, OUT, smooth=False)
    h.stroke([(50, 54), (65, 62)], 5.5, OUT, smooth=False)
    h.circle(50, 54, 4.5, main)
    cv.put(h, 0)


def footprints(cv, cx, cy, size, ow, main="#b98a5a"):
    L = _L(cv, cx, cy, size)
    paw_print(L, 30, 66, 1.15, "#6b4a2e", -18)
    paw_print(L, 70, 36, 1.15, "#6b4a2e", 18)
    cv.put(L, ow)


def heart(cv, cx, cy, size, ow, main="#ef4f6f"):
    L = _L(cv, cx, cy, size)
    L.poly(heart_pts(), main)
    cv.put(L, ow)
    s = _L(cv, cx, cy, size)
    s.ellipse(30, 34, 9, 6, lighten(main, 0.6), -40)
    s.circle(22, 46, 3.5, lighten(main, 0.6))
    cv.put(s, 0)


def shield(cv, cx, cy, size, ow, main="#3b82e0", mark="tick"):
    L = _L(cv, cx, cy, size)
    L.poly(shield_pts(), main)
    inner = _L(cv, cx, cy, size)
    inner.poly([(50 + (x - 50) * 0.74, 50 + (y - 50) * 0.74) for x, y in shield_pts()], lighten(main, 0.25))
    L.over(inner)
    cv.put(L, ow)
    m = _L(cv, cx, cy, size)
    if mark == "tick":
        m.stroke([(32, 50), (45, 63), (70, 34)], 11, WHITE, smooth=False)
        cv.put(m, ow * 0.7)
    else:
        m.poly(rounded_star(50, 48, 22, 10, 5, steps=4), WHITE)
        cv.put(m, ow * 0.7)


def megaphone(cv, cx, cy, size, ow, main="#a6c935"):
    L = _L(cv, cx, cy, size)
    L.rrect(30, 56, 44, 84, 5, "#5d6278")
    cv.put(L, ow)
    c = _L(cv, cx, cy, size)
    c.poly([(14, 38), (30, 38), (68, 16), (72, 16), (72, 82), (68, 82), (30, 60), (14, 60)], "#f4f6fb")
    c.rrect(8, 36, 20, 62, 4, "#ef5a6f")
    c.ellipse(70, 49, 7, 33, "#ef5a6f")
    cv.put(c, ow)
    w = _L(cv, cx, cy, size)
    for r in (12, 22):
        pts = [(78 + r * math.cos(math.radians(a)), 49 + r * math.sin(math.radians(a))) for a in range(-40, 41, 8)]
        w.stroke(pts, 5, WHITE)
    cv.put(w, ow * 0.7)


def magnifier(cv, cx, cy, size, ow, main="#6a6ee0"):
    L = _L(cv, cx, cy, size)
    L.stroke([(60, 60), (88, 88)], 16, "#8a5a3a", smooth=False)
    cv.put(L, ow)
    r = _L(cv, cx, cy, size)
    r.circle(42, 42, 34, "#c7d0dc")
    cv.put(r, ow)
    g = _L(cv, cx, cy, size)
    g.circle(42, 42, 24, "#bfe8ff")
    g.ellipse(32, 32, 9, 5, WHITE, -40)
    cv.put(g, ow * 0.55)


def police_badge(cv, cx, cy, size, ow, main=POLICE_BLUE, metal=SILVER):
    """UK helmet-plate style badge: an eight-pointed Brunswick star topped by a crown,
    with a blue centre ringed in white."""
    L = _L(cv, cx, cy, size)
    L.poly(rounded_star(50, 58, 42, 26, 8, ang=-90, steps=3), metal)
    hl = _L(cv, cx, cy, size)
    hl.poly([(50, 58)] + star_pts(50, 58, 42, 26, 8, ang=-90)[12:16] + [(50, 58)], lighten(metal, 0.45))
    L.over(hl.clip(L))
    cv.put(L, ow)
    c = _L(cv, cx, cy, size)
    c.circle(50, 58, 21, main)
    cv.put(c, ow * 0.6)
    from dogs import draw_cheq
    ch = _L(cv, cx, cy, size)
    draw_cheq(ch, 50 - 21, 58 - 21, 10.5, 0, 0, 10.5, 4, 4, main, WHITE)
    cv.over(ch.clip(c))
    k = size / 100.0
    crown(cv, cx, cy + (15 - 50) * k, size * 0.34, ow * 0.6, GOLD)


def crown(cv, cx, cy, size, ow, col=GOLD):
    L = _L(cv, cx, cy, size)
    L.poly([(10, 82), (6, 30), (28, 52), (50, 16), (72, 52), (94, 30), (90, 82)], col)
    L.rect(12, 78, 88, 94, darken(col, 0.12))
    cv.put(L, ow)
    j = _L(cv, cx, cy, size)
    for x, y in ((6, 30), (50, 16), (94, 30)):
        j.circle(x, y, 7, col)
    cv.put(j, ow * 0.7)
    g = _L(cv, cx, cy, size)
    g.circle(50, 62, 7, "#e8503f")
    cv.put(g, 0)


def star(cv, cx, cy, size, ow, main=GOLD, face=True):
    L = _L(cv, cx, cy, size)
    L.poly(rounded_star(50, 54, 48, 22, 5, steps=6), main)
    hl = _L(cv, cx, cy, size)
    hl.poly(rounded_star(44, 46, 22, 9, 5, steps=6), lighten(main, 0.5))
    L.over(hl.clip(L))
    cv.put(L, ow)
    if face:
        f = _L(cv, cx, cy, size)
        f.ellipse(41, 52, 4, 6, OUT)
        f.ellipse(59, 52, 4, 6, OUT)
        f.stroke([(43, 64), (50, 68), (57, 64)], 3.5, OUT)
        cv.put(f, 0)


def key(cv, cx, cy, size, ow, main=GOLD):
    L = _L(cv, cx, cy, size)
    L.circle(30, 36, 24, main)
    L.stroke([(44, 50), (86, 88)], 13, main, smooth=False)
    L.poly(rot([(64, 70), (76, 70), (76, 84), (64, 84)], 42, 70, 70), main)
    L.poly(rot([(74, 80), (84, 80), (84, 94), (74, 94)], 42, 80, 80), main)
    cv.put(L, ow)
    h = _L(cv, cx, cy, size)
    h.circle(28, 34, 9, OUT)
    cv.put(h, 0)


def lightbulb(cv, cx, cy, size, ow, main="#ffe066"):
    rays = _L(cv, cx, cy, size)
    for a in (-150, -115, -65, -30, -90):
        r0, r1 = 38, 45
        ca, sa = math.cos(math.radians(a)), math.sin(math.radians(a))
        rays.stroke([(50 + r0 * ca, 40 + r0 * sa), (50 + r1 * ca, 40 + r1 * sa)], 5, "#ffb020", smooth=False)
    cv.put(rays, ow * 0.5)
    L = _L(cv, cx, cy, size)
    L.blob([(50, 8), (72, 16), (80, 38), (70, 58), (64, 70), (36, 70), (30, 58), (20, 38), (28, 16)], main, steps=10)
    cv.put(L, ow)
    b = _L(cv, cx, cy, size)
    b.rrect(35, 68, 65, 90, 6, "#aeb8c8")
    cv.put(b, ow)
    d = _L(cv, cx, cy, size)
    d.stroke([(37, 76), (63, 76)], 3, OUT, smooth=False)
    d.stroke([(37, 83), (63, 83)], 3, OUT, smooth=False)
    d.stroke([(42, 60), (44, 44), (50, 38), (56, 44), (58, 60)], 3.2, "#e08a00")
    d.ellipse(36, 28, 7, 4, WHITE, -50)
    cv.put(d, 0)


def chequer(cv, cx, cy, size, ow, main=CHEQ_BLUE):
    """Default theme: a round police chequer roundel."""
    from dogs import draw_cheq
    L = _L(cv, cx, cy, size)
    L.circle(50, 50, 46, WHITE)
    ch = _L(cv, cx, cy, size)
    draw_cheq(ch, 4, 4, 23, 0, 0, 23, 4, 4, main, WHITE)
    L.over(ch.clip(L))
    cv.put(L, ow)


THEME_ICONS = {
    "default": police_badge, "chat": chat, "padlock": padlock, "mail": mail, "camera": camera,
    "gamepad": gamepad, "clock": clock, "footprints": footprints, "heart": heart,
    "shield": shield, "megaphone": megaphone, "magnifier": magnifier,
}
