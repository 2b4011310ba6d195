"""The three police dogs: side-view flying frames, crash pose, front portraits.

Kash   - German Shepherd: tan with a black saddle and muzzle mask, tall upright ears,
         bushy tail; wears the blue police cap with the chequered band.
Emma   - springer spaniel: white with liver patches and freckles, long wavy floppy ears;
         wears a hi-vis POLICE vest.
Jasper - black Labrador: sleek, otter tail, short floppy ears; wears a navy POLICE vest
         with a chequered strip.
All three have little white wings (they fly like Flappy Bird) and big friendly eyes.
"""
import math

from PIL import Image

from common import (OUT, WHITE, POLICE_BLUE, POLICE_DARK, CHEQ_BLUE, GOLD, GOLD_DARK, HIVIS,
                    TONGUE, Canvas, Layer, rgba, mix, lighten, darken, rot, ellipse_pts, catmull,
                    rounded_star)

DOGS = {
    "kash": dict(
        base="#d8913f", light="#f3c987", dark="#3b302e", darker="#2e2524",
        muzzle="#3b302e", chin="#f3c987", ear="#d8913f", ear_inner="#f0a98a",
        iris="#7a4a1e", accent="cap"),
    "emma": dict(
        base="#fffaf2", light="#ffffff", dark="#8c4627", darker="#6e361d",
        muzzle="#fffaf2", chin="#fffaf2", ear="#8c4627", ear_inner="#8c4627",
        iris="#6b8a2e", accent="hivis"),
    "jasper": dict(
        base="#393845", light="#5a596d", dark="#2b2a35", darker="#24232d",
        muzzle="#4a4958", chin="#4a4958", ear="#2f2e3a", ear_inner="#2f2e3a",
        iris="#b0761e", accent="vest"),
}

OUTW = 3.2        # main outline width at the 160x128 frame size
FRAME_W, FRAME_H = 160, 128

WING_ANG = [28, 2, -42, -8]      # flap cycle: up, mid, down, mid (degrees)
BOB = [-1.0, 0.0, 1.5, 0.5]


# --------------------------------------------------------------------- helpers
def cheq_quads(ox, oy, ux, uy, vx, vy, cols, rows):
    """Quads of a chequer grid with origin o, cell vectors u (along) and v (down)."""
    quads = []
    for r in range(rows):
        for c in range(cols):
            p0 = (ox + ux * c + vx * r, oy + uy * c + vy * r)
            p1 = (p0[0] + ux, p0[1] + uy)
            p2 = (p1[0] + vx, p1[1] + vy)
            p3 = (p0[0] + vx, p0[1] + vy)
            quads.append(((r + c) % 2, [p0, p1, p2, p3]))
    return quads


def draw_cheq(layer, ox, oy, ux, uy, vx, vy, cols, rows, c1=CHEQ_BLUE, c2=WHITE):
    for parity, q in cheq_quads(ox, oy, ux, uy, vx, vy, cols, rows):
        layer.poly(q, c1 if parity == 0 else c2)


def wing_layer(base, px, py, ang, scale=1.0, far=False):
    """A little feathered wing pivoting at (px, py), pointing up and back at ang=0."""
    L = base.new()
    pts = [(4, 3), (5, -7), (-6, -20), (-20, -30), (-34, -33), (-33, -27), (-42, -22),
           (-35, -17), (-41, -10), (-32, -7), (-30, -1), (-18, 2), (-8, 5)]
    pts = [(px + x * scale, py + y * scale) for x, y in pts]
    pts = rot(pts, ang, px, py)
    col = "#dfe8f5" if far else "#ffffff"
    L.blob(pts, col, steps=8)
    # feather lines
    for a, b in (((-8, -6), (-30, -24)), ((-8, -3), (-33, -14))):
        q = rot([(px + a[0] * scale, py + a[1] * scale), (px + b[0] * scale, py + b[1] * scale)], ang, px, py)
        L.stroke(q, 1.6, "#9fb9dd", smooth=False)
    return L


def paw(layer, x, y, rx, ry, col, ang=0):
    layer.ellipse(x, y, rx, ry, col, ang)


# --------------------------------------------------------------------- side view
def side_view(name, frame=0, crash=False):
    P = DOGS[name]
    cv = Canvas(FRAME_W, FRAME_H)
    dy = 0 if crash else BOB[frame]
    wa = -62 if crash else WING_ANG[frame]
    ph = frame * math.pi / 2            # phase for ear/tail/leg motion
    # whole dog is built in design space; for the crash pose it is tilted afterwards
    K = 0.86   # design space -> frame: keeps the dog about 124x100 and centred
    base = cv.new().at(K, 78.5 - K * 82, 64 - K * 58 + dy)

    base_c, light, dark = P["base"], P["light"], P["dark"]
    shade = darken(base_c, 0.18) if name != "jasper" else "#2c2b36"

    # far wing & far legs --------------------------------------------------
    fw = wing_layer(base, 78, 50, wa + 10, 0.9, far=True)
    cv.put(fw, OUTW * 0.8)
    legs_far = base.new()
    legs_far.capsule(92, 80, 112 + 2 * math.sin(ph + 1), 92, 11, shade)
    paw(legs_far, 114 + 2 * math.sin(ph + 1), 92, 7.5, 5.5, shade, -10)
    legs_far.capsule(60, 84, 42 - 2 * math.sin(ph), 98, 11, shade)
    paw(legs_far, 40 - 2 * math.sin(ph), 99, 7.5, 5.5, shade, 15)
    cv.put(legs_far, OUTW)

    # tail -----------------------------------------------------------------
    tail = base.new()
    wag = 4 * math.sin(ph) if not crash else -6
    if name == "kash":
        tail.blob([(42, 62), (30, 56), (16, 48 + wag), (8, 44 + wag), (12, 54 + wag),
                   (22, 66), (36, 74), (44, 72)], base_c)
        tmark = base.new().blob([(40, 60), (28, 54), (14, 46 + wag), (8, 44 + wag), (14, 50 + wag),
                                 (26, 58), (40, 64)], dark)
        tail.over(tmark.clip(tail))
    elif name == "emma":
        tail.blob([(40, 64), (28, 56), (18, 48 + wag), (12, 50 + wag), (16, 58 + wag),
                   (26, 66), (38, 72)], base_c)
        tm = base.new().blob([(40, 62), (30, 57), (24, 54 + wag), (26, 64 + wag), (40, 72)], dark)
        tail.over(tm.clip(tail))
    else:
        tail.stroke([(44, 70), (28, 66), (14, 62 + wag)], 13, base_c)
        tail.stroke([(28, 66), (14, 62 + wag), (7, 61 + wag)], 7, base_c)
    cv.put(tail, OUTW)

    # body ------------------------------------------------------------------
    body = base.new()
    body.ellipse(70, 74, 38, 23, base_c, -8)
    body.ellipse(94, 70, 20, 21, base_c)             # chest
    body.ellipse(50, 78, 16, 15, base_c)             # haunch
    marks = base.new()
    belly = {"kash": "#c07a34", "emma": "#e9e2ea", "jasper": "#2c2b36"}[name]
    marks.ellipse(70, 97, 44, 9, belly, -8)          # soft underside shade
    if name == "kash":
        marks.blob([(36, 62), (50, 50), (76, 48), (96, 52), (100, 62), (84, 68), (60, 70), (40, 74)], dark)
        marks.ellipse(96, 80, 14, 10, P["light"])    # pale chest
    elif name == "emma":
        marks.blob([(44, 58), (62, 50), (84, 54), (86, 66), (70, 72), (50, 72)], dark)
        marks.ellipse(44, 74, 10, 9, dark)
        for x, y in ((78, 84), (84, 88), (60, 88)):
            marks.circle(x, y, 1.6, dark)
    else:
        marks.blob([(40, 60), (60, 52), (86, 52), (80, 56), (58, 58)], light)  # rim light
    body.over(marks.clip(body))
    cv.put(body, OUTW)

    # vest / harness (clipped to the body, thin inner outline) ---------------
    if P["accent"] in ("hivis", "vest"):
        vest = base.new()
        vcol = HIVIS if P["accent"] == "hivis" else POLICE_DARK
        vx = 28 if P["accent"] == "hivis" else 44
        vest.poly([(vx + 4, 40), (vx + 46, 40), (vx + 50, 110), (vx, 110)], vcol)
        if P["accent"] == "hivis":
            vest.poly([(vx, 86), (vx + 50, 81), (vx + 50, 87), (vx, 92)], "#c9d3dc")   # reflective strip
        else:
            draw_cheq(vest, vx, 84, 4.4, -0.45, 0, 4.4, 12, 2)
        vest.clip(body)
        cv.put(vest, 1.4)
        tcol = POLICE_DARK if P["accent"] == "hivis" else WHITE
        txt = base.new().text(vx + 24, 72, "POLICE", 9.5, tcol, bold=True)
        cv.over(txt)
        if name == "jasper":   # a bright red collar with a gold tag
            col = base.new()
            col.poly([(94, 56), (101, 52), (110, 76), (103, 80)], "#e8503f")
            cv.put(col.clip(body), 1.2)
            cv.put(base.new().circle(106, 83, 4, GOLD), 1.4)
    else:  # Kash: blue collar with a gold tag
        col = base.new()
        col.poly([(94, 56), (101, 52), (110, 76), (103, 80)], POLICE_BLUE)
        cv.put(col.clip(body), 1.2)
        tag = base.new().circle(106, 83, 4, GOLD)
        cv.put(tag, 1.4)

    # near legs ---------------------------------------------------------------
    legs = base.new()
    fx = 2.5 * math.sin(ph)
    legs.capsule(98, 80, 120 + fx, 88, 12, base_c)
    paw(legs, 123 + fx, 88, 8.5, 6.5, P["light"] if name == "kash" else base_c, -10)
    legs.capsule(54, 86, 36 - fx, 96, 12, base_c)
    paw(legs, 33 - fx, 97, 8.5, 6.5, P["light"] if name == "kash" else base_c, 15)
    if name == "emma":
        legs.over(base.new().circle(120, 84, 2.5, dark).circle(112, 86, 1.6, dark).clip(legs))
    cv.put(legs, OUTW)

    # the head group is drawn a touch larger than life (chibi proportions read better small)
    HS = 1.1
    hb = base.new().at(base.k * HS, base.ox - base.k * (HS - 1) * 98, base.oy - base.k * (HS - 1) * 62)

    # far ear (Kash only; the others' far ears hide behind the head) ----------
    if name == "kash":
        ear_sway = 0 if crash else 3 * math.sin(ph)
        fe = hb.new()
        fe.blob(rot([(88, 40), (84, 18), (86, 4), (90, 2), (100, 20), (102, 36)], ear_sway - 8, 95, 36),
                darken(P["ear"], 0.25), steps=8)
        cv.put(fe, OUTW)

    # head --------------------------------------------------------------------
    head = hb.new()
    hx, hy = 110, 48
    head.circle(hx, hy, 26, base_c)
    if name == "kash":   # long, tapering shepherd snout
        head.blob([(112, 50), (130, 48), (150, 48), (158, 53), (154, 62), (138, 68), (120, 70)], base_c, steps=10)
    else:
        head.ellipse(131, 59, 17 if name == "jasper" else 16, 12.5, base_c, -6)
    head.ellipse(124, 68, 12, 8, base_c, -10)          # chin / jowl
    hm = head.new()
    hm.ellipse(112, 76, 26, 7, belly, -4)            # shade under the jaw
    if name == "kash":
        hm.blob([(124, 46), (146, 44), (160, 50), (156, 58), (140, 58), (126, 54)], dark, steps=8)  # mask
        hm.blob([(86, 36), (100, 24), (112, 22), (106, 34), (94, 44)], dark)   # back of head
        hm.ellipse(127, 70, 13, 6, P["light"], -10)   # pale chin
    elif name == "emma":
        hm.blob([(84, 40), (92, 24), (110, 20), (126, 28), (128, 40), (118, 52), (104, 58), (88, 56)], dark)
        hm.blob([(118, 24), (126, 22), (124, 38), (128, 50), (120, 46)], base_c)  # white blaze
        for x, y in ((134, 61), (139, 63), (130, 65), (137, 67), (143, 61)):
            hm.circle(x, y, 1.3, dark)
    else:
        hm.ellipse(134, 59, 15, 10, P["muzzle"], -6)
        hm.blob([(96, 30), (108, 24), (120, 26), (110, 30), (100, 36)], light)    # shine
    head.over(hm.clip(head))
    cv.put(head, OUTW)

    # near ear ----------------------------------------------------------------
    ear = hb.new()
    if name == "kash":
        es = 0 if crash else 3 * math.sin(ph)
        pts = [(94, 38), (92, 16), (95, 2), (99, 0), (110, 20), (110, 36)]
        ear.blob(rot(pts, es - 4, 102, 36), P["ear"], steps=8)
        inner = ear.new().blob(rot([(98, 32), (97, 14), (99, 7), (106, 22), (106, 32)], es - 4, 102, 36),
                               P["ear_inner"], steps=8)
        ear.over(inner)
    elif name == "emma":
        ang = (18 if crash else [46, 30, 14, 30][frame])
        pts = [(100, 30), (108, 34), (110, 50), (108, 66), (112, 74), (104, 80), (106, 86),
               (96, 86), (94, 80), (88, 78), (90, 64), (92, 44)]
        ear.blob(rot(pts, ang, 102, 34), P["ear"], steps=8)
        waves = ear.new()
        for a, b in (((98, 52), (96, 72)), ((104, 56), (102, 76))):
            waves.stroke(rot([a, b], ang, 102, 34), 1.6, P["darker"], smooth=False)
        ear.over(waves)
    else:
        ang = (6 if crash else [20, 10, 2, 10][frame])
        pts = [(98, 30), (110, 32), (108, 48), (102, 62), (94, 58), (92, 44)]
        ear.blob(rot(pts, ang, 102, 32), P["ear"], steps=8)
    cv.put(ear, OUTW * 0.9)

    # face --------------------------------------------------------------------
    face = hb.new()
    ex, ey = 121, 44
    if crash:
        # dizzy swirl eyes, gentle
        face.ellipse(ex, ey, 8.5, 9.5, WHITE)
        sw = [(ex + 0.7 * t * math.cos(t * 1.9), ey + 0.7 * t * math.sin(t * 1.9)) for t in
              [i * 0.25 for i in range(0, 34)]]
        eye = hb.new().ellipse(ex, ey, 8.5, 9.5, WHITE)
        cv.put(eye, 1.6)
        face = hb.new()
        face.stroke(sw, 1.8, OUT, smooth=False)
    else:
        eye = hb.new().ellipse(ex, ey, 8.5, 10, WHITE)
        cv.put(eye, 1.6)
        face.ellipse(ex + 2.4, ey + 1.2, 6.2, 7.4, P["iris"])
        face.ellipse(ex + 3.0, ey + 1.6, 4.0, 5.0, "#1d1726")
        face.circle(ex + 4.6, ey - 1.8, 2.3, WHITE)
        face.circle(ex + 1.2, ey + 4.4, 1.1, WHITE)
    # brow
    if name != "kash":
        bc = darken(P["dark"], 0.3) if name == "emma" else "#1c1b24"
        face.stroke([(ex - 6, ey - 13), (ex + 1, ey - 15.5), (ex + 7, ey - 14)], 2.2, bc)
    # nose
    nx, ny = (156, 50) if name == "kash" else (146, 52)
    face.ellipse(nx, ny, 6.5, 5.2, "#221a26", -10)
    face.ellipse(nx - 1, ny - 2, 2.4, 1.4, "#6a6078", -10)
    # mouth
    mc = "#1c1b24" if name != "jasper" else "#17161d"
    if crash:
        face.blob([(134, 66), (140, 64), (142, 72), (138, 76), (134, 72)], TONGUE, steps=6)
        face.stroke([(128, 64), (133, 66), (138, 64), (143, 66)], 1.8, mc)
    else:
        tx = 4 if name == "kash" else 0
        face.blob([(132 + tx, 67), (138 + tx, 66), (139 + tx, 73), (135 + tx, 76), (131 + tx, 72)], TONGUE, steps=6)
        if name == "kash":
            face.stroke([(154, 59), (146, 64), (136, 66), (128, 62)], 1.8, mc)
        else:
            face.stroke([(146, 61), (141, 65), (133, 66), (127, 62)], 1.8, mc)
    # blush
    bl = face.new().ellipse(118, 60, 5.5, 3.2, (255, 120, 140, 110))
    cv.put(face)
    cv.over(bl)

    # Kash's police cap ---------------------------------------------------------
    if P["accent"] == "cap":
        cap = hb.new()
        cap.at(hb.k * 0.86, hb.ox + hb.k * 0.14 * 118, hb.oy + hb.k * 0.14 * 26)
        ca = -14 if not crash else 4
        piv = (112, 22)
        if crash:   # the cap has slipped forward over the brow
            cap.at(cap.k, cap.ox + 3 * cap.k, cap.oy + 3 * cap.k)
        crown = [(92, 22), (96, 10), (110, 4), (126, 6), (134, 14), (130, 22)]
        cap.blob(rot(crown, ca, *piv), POLICE_DARK, steps=8)
        cap.poly(rot([(94, 18), (131, 18), (131, 26), (95, 26)], ca, *piv), WHITE)
        band = cap.new()
        (ox, oy), = rot([(94, 18)], ca, *piv)
        a = math.radians(ca)
        u = (4.2 * math.cos(a), 4.2 * math.sin(a))
        v = (-4.0 * math.sin(a), 4.0 * math.cos(a))
        draw_cheq(band, ox, oy, u[0], u[1], v[0], v[1], 9, 2)
        cap.over(band)
        cap.blob(rot([(126, 24), (140, 26), (146, 30), (136, 32), (124, 30)], ca, *piv), "#1a1822", steps=6)
        badge = rot([(114, 11)], ca, *piv)[0]
        cap.poly(rounded_star(badge[0], badge[1], 4.6, 3.0, 8, steps=4), "#e6ecf5")
        cap.circle(badge[0], badge[1], 2.0, POLICE_BLUE)
        cv.put(cap, OUTW * 0.85)

    # near wing (in front) ------------------------------------------------------
    nw = wing_layer(base, 74, 54, wa, 1.0)
    cv.put(nw, OUTW * 0.85)

    if crash:
        img = cv.im.rotate(14, resample=3, center=(100 * cv.ss, 60 * cv.ss))
        cv.im = img
        cv.d = None
        # orbiting stars above the head
        st = Layer(FRAME_W, FRAME_H)
        sy = -2 if name == "kash" else 0
        for (x, y, r) in ((92, 22 + sy, 7), (116, 13 + sy, 6), (140, 20 + sy, 7)):
            st.poly(rounded_star(x, y, r, r * 0.48, 5, steps=4), GOLD)
        orbit = Layer(FRAME_W, FRAME_H)
        orbit.stroke([(80, 26 + sy), (98, 17 + sy), (118, 14 + sy), (138, 16 + sy), (152, 24 + sy)], 1.6,
                     (255, 255, 255, 200))
        cv.im.alpha_composite(orbit.im)
        tmp = Canvas(FRAME_W, FRAME_H)
        tmp.put(st, 1.6)
        cv.im.alpha_composite(tmp.im)
    return cv.down()


def strip(name):
    from PIL import Image
    out = Image.new("RGBA", (FRAME_W * 4, FRAME_H), (0, 0, 0, 0))
    for f in range(4):
        out.paste(side_view(name, f), (FRAME_W * f, 0))
    return out


def crash(name):
    return side_view(name, 0, crash=True)


# --------------------------------------------------------------------- front view
TILT = {"kash": 0.0, "emma": 7.0, "jasper": -4.0}   # head tilt in the portraits (degrees)


def front_view(name, size=320, with_body=True, cv=None, k=None, ox=0.0, oy=0.0):
    """Front / slightly three-quarter portrait in a 320x320 design space."""
    P = DOGS[name]
    if cv is None:
        cv = Canvas(size, size)
        k = size / 320.0
    base = cv.new().at(k, ox, oy)
    W = 5.0 * k * 320 / 320 * (size / 320.0 if False else 1.0)
    OW = 6.0 * k
    base_c, light, dark = P["base"], P["light"], P["dark"]

    # body ------------------------------------------------------------------------
    if with_body:
        body = base.new()
        body.ellipse(160, 262, 86, 64, base_c)
        bm = base.new()
        if name == "kash":
            bm.ellipse(160, 268, 44, 56, light)
            bm.ellipse(78, 240, 34, 50, dark)
            bm.ellipse(242, 240, 34, 50, dark)
        elif name == "emma":
            bm.ellipse(92, 250, 26, 30, dark)
            for x, y in ((140, 300), (150, 306), (176, 302)):
                bm.circle(x, y, 3, dark)
        else:
            bm.ellipse(120, 232, 30, 14, light, -20)
        body.over(bm.clip(body))
        cv.put(body, OW)
        # vest / harness
        vest = base.new()
        if P["accent"] == "hivis":
            vest.rect(60, 240, 260, 330, HIVIS)
            vest.rect(60, 296, 260, 306, "#c9d3dc")
            vest.clip(body)
            cv.put(vest, 2.2 * k)
            cv.over(base.new().text(160, 268, "POLICE", 30, POLICE_DARK))
        elif P["accent"] == "vest":
            vest.rect(60, 240, 260, 330, POLICE_DARK)
            draw_cheq(vest, 60, 290, 10, 0, 0, 10, 20, 2)
            vest.clip(body)
            cv.put(vest, 2.2 * k)
            cv.over(base.new().text(160, 268, "POLICE", 30, WHITE))
        else:
            harness = base.new()
            harness.rect(60, 246, 260, 276, POLICE_BLUE)
            harness.clip(body)
            cv.put(harness, 2.2 * k)
            cv.over(base.new().text(160, 262, "POLICE", 22, WHITE))
        pawsl = base.new()
        pawcol = light if name == "kash" else base_c
        pawsl.ellipse(118, 306, 28, 14, pawcol)
        pawsl.ellipse(202, 306, 28, 14, pawcol)
        cv.put(pawsl, OW)
        toes = base.new()
        for cxp in (118, 202):
            for dx in (-9, 0, 9):
                toes.stroke([(cxp + dx, 300), (cxp + dx, 312)], 2.4, OUT, smooth=False)
        cv.over(toes)

    # the head is drawn on its own canvas so it can tilt a little (personality)
    main_cv = cv
    cv = Canvas(main_cv.w, main_cv.h, main_cv.ss)
    base = cv.new().at(k, ox, oy)

    # ears behind the head ------------------------------------------------------
    if name == "kash":
        ears = base.new()
        for sgn in (-1, 1):
            cx = 160 + sgn * 62
            pts = [(cx - sgn * 36, 92), (cx - sgn * 4, 40), (cx + sgn * 14, 6), (cx + sgn * 22, 4),
                   (cx + sgn * 30, 60), (cx + sgn * 22, 110)]
            ears.blob(pts, P["ear"], steps=8)
        inner = base.new()
        for sgn in (-1, 1):
            cx = 160 + sgn * 62
            inner.blob([(cx - sgn * 16, 86), (cx + sgn * 2, 44), (cx + sgn * 16, 20), (cx + sgn * 20, 60),
                        (cx + sgn * 14, 96)], P["ear_inner"], steps=8)
        ears.over(inner)
        tips = base.new()
        for sgn in (-1, 1):
            cx = 160 + sgn * 62
            tips.blob([(cx + sgn * 8, 26), (cx + sgn * 14, 6), (cx + sgn * 22, 4), (cx + sgn * 26, 34)], dark)
        ears.over(tips.clip(ears))
        cv.put(ears, OW)

    # head ------------------------------------------------------------------------
    head = base.new()
    head.ellipse(160, 136, 90, 80, base_c)
    head.ellipse(104, 176, 34, 26, base_c, -20)   # cheek fluff
    head.ellipse(216, 176, 34, 26, base_c, 20)
    hm = base.new()
    if name == "kash":
        hm.blob([(132, 56), (160, 50), (188, 56), (172, 96), (160, 118), (148, 96)], dark)   # forehead
        hm.ellipse(160, 170, 40, 24, dark)                                              # mask
        hm.ellipse(160, 200, 34, 16, P["chin"])
    elif name == "emma":
        hm.ellipse(98, 116, 56, 64, dark)
        hm.ellipse(222, 116, 56, 64, dark)
        for x, y in ((128, 184), (138, 192), (120, 192), (196, 184), (186, 192), (204, 192)):
            hm.circle(x, y, 2.6, dark)
    else:
        hm.ellipse(160, 178, 46, 30, P["muzzle"])
        hm.blob([(112, 84), (150, 66), (190, 70), (160, 80), (126, 94)], light)
    head.over(hm.clip(head))
    cv.put(head, OW)

    # floppy ears in front (Emma, Jasper) ---------------------------------------
    if name in ("emma", "jasper"):
        ears = base.new()
        for sgn in (-1, 1):
            cx = 160 + sgn * 78
            if name == "emma":
                pts = [(cx - sgn * 4, 70), (cx + sgn * 24, 82), (cx + sgn * 34, 130), (cx + sgn * 36, 190),
                       (cx + sgn * 28, 222), (cx + sgn * 14, 214), (cx + sgn * 4, 232), (cx - sgn * 12, 214),
                       (cx - sgn * 20, 170), (cx - sgn * 20, 110)]
            else:
                pts = [(cx - sgn * 6, 72), (cx + sgn * 22, 80), (cx + sgn * 26, 120), (cx + sgn * 14, 160),
                       (cx - sgn * 2, 160), (cx - sgn * 16, 120)]
            ears.blob(pts, P["ear"], steps=8)
        if name == "emma":
            waves = base.new()
            for sgn in (-1, 1):
                cx = 160 + sgn * 78
                waves.stroke([(cx, 130), (cx + sgn * 6, 170), (cx + sgn * 2, 200)], 3, P["darker"])
                waves.stroke([(cx + sgn * 14, 120), (cx + sgn * 20, 160), (cx + sgn * 18, 196)], 3, P["darker"])
            ears.over(waves)
        cv.put(ears, OW * 0.9)

    # muzzle, eyes, nose, mouth ---------------------------------------------------------
    face = base.new()
    if name == "emma":
        face.ellipse(160, 176, 44, 30, P["muzzle"])
    elif name == "kash":
        pass
    cv.over(face)
    eyes = base.new()
    for sgn in (-1, 1):
        eyes.ellipse(160 + sgn * 40, 128, 21, 25, WHITE)
    cv.put(eyes, 3.0 * k)
    det = base.new()
    for sgn in (-1, 1):
        ex = 160 + sgn * 40
        det.ellipse(ex - sgn * 3, 132, 15, 18, P["iris"])
        det.ellipse(ex - sgn * 3, 133, 10, 12, "#1d1726")
        det.circle(ex - sgn * 3 + 5, 124, 5.2, WHITE)
        det.circle(ex - sgn * 3 - 4, 142, 2.4, WHITE)
    # brows
    for sgn in (-1, 1):
        ex = 160 + sgn * 40
        bc = P["light"] if name == "kash" else ("#1c1b24" if name == "jasper" else P["darker"])
        lift = -8 if (name == "jasper" and sgn < 0) else 0
        det.stroke([(ex - 14, (96 if sgn < 0 else 94) + lift), (ex, 90 + lift), (ex + 14, (96 if sgn > 0 else 94) + lift)],
                   5, bc)
    # nose
    det.blob([(140, 156), (160, 150), (180, 156), (176, 168), (160, 176), (144, 168)], "#221a26", steps=8)
    det.ellipse(152, 156, 7, 3.6, "#6b6078")
    # mouth: Kash a proud little smile, Emma a happy open laugh, Jasper a goofy side tongue
    if name == "kash":
        det.blob([(148, 190), (172, 190), (174, 208), (160, 216), (146, 208)], TONGUE, steps=6)
        det.stroke([(160, 200), (160, 206)], 2, darken(TONGUE, 0.25), smooth=False)
        det.stroke([(160, 174), (160, 184)], 4, OUT, smooth=False)
        det.stroke([(134, 180), (146, 190), (160, 184), (174, 190), (186, 180)], 4, OUT)
    elif name == "emma":
        mouth = base.new()
        mouth.blob([(136, 184), (160, 188), (184, 184), (178, 204), (160, 216), (142, 204)], "#7a2c3c", steps=8)
        tongue = base.new().ellipse(160, 214, 16, 11, TONGUE)
        mouth.over(tongue.clip(mouth))
        cv.put(mouth, 3.2 * k)
        det.stroke([(160, 174), (160, 186)], 4, OUT, smooth=False)
        det.stroke([(128, 178), (136, 184)], 4, OUT, smooth=False)
        det.stroke([(192, 178), (184, 184)], 4, OUT, smooth=False)
    else:
        det.blob([(164, 188), (186, 186), (190, 206), (182, 222), (170, 218), (164, 204)], TONGUE, steps=6)
        det.stroke([(176, 194), (178, 210)], 2, darken(TONGUE, 0.25))
        det.stroke([(160, 174), (160, 184)], 4, OUT, smooth=False)
        det.stroke([(132, 178), (146, 189), (160, 184), (176, 191), (192, 180)], 4, OUT)
    # blush
    det.ellipse(106, 170, 13, 7, (255, 120, 140, 110))
    det.ellipse(214, 170, 13, 7, (255, 120, 140, 110))
    cv.over(det)

    # Kash's cap ------------------------------------------------------------------
    if P["accent"] == "cap":
        cap = base.new()
        cap.blob([(96, 70), (100, 40), (130, 18), (160, 14), (190, 18), (220, 40), (224, 70)], POLICE_DARK)
        band = base.new()
        draw_cheq(band, 96, 58, 8, 0, 0, 8, 16, 2)
        cap.over(band.clip(cap.new().rrect(96, 58, 224, 74, 2, WHITE)))
        cap.ellipse(160, 78, 62, 12, "#1a1822")
        cap.ellipse(160, 74, 58, 6, "#1a1822")
        cv.put(cap, OW * 0.9)
        import icons
        icons.police_badge(cv, ox + k * 160, oy + k * 39, 40 * k, 2.6 * k)
    tilt = TILT[name]
    head_img = cv.im
    if tilt:
        px, py = (ox + k * 160) * cv.ss, (oy + k * 215) * cv.ss
        head_img = head_img.rotate(tilt, resample=Image.BICUBIC, center=(px, py))
    main_cv.im.alpha_composite(head_img)
    return main_cv


def portrait(name):
    cv = Canvas(320, 320)
    return front_view(name, cv=cv, k=0.92, ox=12.8, oy=10).down()
