"""Shared drawing helpers for the Kash Dash asset generator.

Everything is drawn on a supersampled canvas (default 4x) with hard-edged polygons,
then downscaled with LANCZOS, which gives smooth anti-aliased edges.  Coordinates
passed to the helpers are in FINAL pixels (floats are fine); the helpers scale them.

Cartoon outlines: a Layer is a group of filled shapes; `Canvas.put(layer, outline=w)`
dilates the layer's silhouette by w pixels (exact Euclidean dilation via scipy's
distance transform) and paints that in the outline colour underneath the fills, so
overlapping parts of one group share one clean outer outline.
"""
import math
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SPRITES = os.path.join(REPO, "Assets", "sprites")
SOUNDS = os.path.join(REPO, "Assets", "sounds")

# ---------------------------------------------------------------- palette
OUT = (43, 33, 58, 255)          # the dark outline colour used everywhere
WHITE = (255, 255, 255, 255)
CREAM = (255, 249, 235, 255)
POLICE_BLUE = (31, 72, 160, 255)
POLICE_DARK = (22, 44, 98, 255)
CHEQ_BLUE = (34, 86, 190, 255)
GOLD = (255, 196, 48, 255)
GOLD_DARK = (214, 140, 20, 255)
SILVER = (214, 224, 236, 255)
HIVIS = (214, 240, 40, 255)
PINK = (255, 128, 150, 255)
TONGUE = (242, 102, 128, 255)
YELLOW_RING = (255, 214, 0, 255)


def rgba(c, a=None):
    if isinstance(c, str):
        c = c.lstrip("#")
        c = tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))
    if len(c) == 3:
        c = (*c, 255)
    if a is not None:
        c = (*c[:3], a)
    return tuple(int(v) for v in c)


def mix(c1, c2, t):
    c1, c2 = rgba(c1), rgba(c2)
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def lighten(c, t=0.3):
    return mix(c, (255, 255, 255, rgba(c)[3]), t)


def darken(c, t=0.3):
    c = rgba(c)
    return mix(c, (0, 0, 0, c[3]), t)


# ---------------------------------------------------------------- geometry
def rot(pts, ang_deg, cx=0.0, cy=0.0):
    a = math.radians(ang_deg)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for x, y in pts:
        dx, dy = x - cx, y - cy
        out.append((cx + dx * ca - dy * sa, cy + dx * sa + dy * ca))
    return out


def ellipse_pts(cx, cy, rx, ry, ang=0.0, n=96, a0=0.0, a1=360.0):
    pts = []
    for i in range(n):
        t = math.radians(a0 + (a1 - a0) * i / (n - (0 if a1 - a0 >= 360 else 1)))
        pts.append((cx + rx * math.cos(t), cy + ry * math.sin(t)))
    return rot(pts, ang, cx, cy) if ang else pts


def catmull(points, closed=True, steps=12):
    """Smooth curve through control points (centripetal-free, uniform Catmull-Rom)."""
    p = list(points)
    n = len(p)
    out = []
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0 = p[(i - 1) % n] if closed else p[max(i - 1, 0)]
        p1 = p[i]
        p2 = p[(i + 1) % n] if closed else p[i + 1]
        p3 = p[(i + 2) % n] if closed else p[min(i + 2, n - 1)]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                       + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                       + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    if not closed:
        out.append(p[-1])
    return out


def star_pts(cx, cy, r_out, r_in, n=5, ang=-90.0):
    pts = []
    for i in range(2 * n):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(ang + 180.0 * i / n)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def rounded_star(cx, cy, r_out, r_in, n=5, ang=-90.0, steps=6):
    return catmull(star_pts(cx, cy, r_out, r_in, n, ang), True, steps)


# ---------------------------------------------------------------- fonts
FONT_DIRS = ["/usr/share/fonts/truetype/andika", "/usr/share/fonts/truetype/dejavu"]


def font(size, bold=True):
    names = ["Andika-Bold.ttf" if bold else "Andika-Regular.ttf",
             "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"]
    for d in FONT_DIRS:
        for nme in names:
            p = os.path.join(d, nme)
            if os.path.exists(p):
                return ImageFont.truetype(p, int(size))
    return ImageFont.load_default()


# ---------------------------------------------------------------- layers
class Layer:
    """A supersampled RGBA layer; all coordinates in final pixels."""

    def __init__(self, w, h, ss=4):
        self.w, self.h, self.ss = w, h, ss
        self.im = Image.new("RGBA", (int(w * ss), int(h * ss)), (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.im)
        # design-space transform: final = (o + k * design)
        self.k, self.ox, self.oy = 1.0, 0.0, 0.0

    def at(self, k=1.0, ox=0.0, oy=0.0):
        self.k, self.ox, self.oy = k, ox, oy
        return self

    def _p(self, pts):
        s, k, ox, oy = self.ss, self.k, self.ox, self.oy
        return [((ox + x * k) * s, (oy + y * k) * s) for x, y in pts]

    # filled shapes --------------------------------------------------
    def poly(self, pts, fill):
        self.d.polygon(self._p(pts), fill=rgba(fill))
        return self

    def ellipse(self, cx, cy, rx, ry, fill, ang=0.0):
        return self.poly(ellipse_pts(cx, cy, rx, ry, ang, n=180), fill)

    def circle(self, cx, cy, r, fill):
        return self.ellipse(cx, cy, r, r, fill)

    def rect(self, x0, y0, x1, y1, fill):
        (a, b), (c, d) = self._p([(x0, y0), (x1, y1)])
        self.d.rectangle([a, b, c - 1, d - 1], fill=rgba(fill))
        return self

    def rrect(self, x0, y0, x1, y1, r, fill):
        (a, b), (c, d) = self._p([(x0, y0), (x1, y1)])
        self.d.rounded_rectangle([a, b, c - 1, d - 1], radius=r * self.k * self.ss, fill=rgba(fill))
        return self

    def blob(self, pts, fill, steps=12):
        return self.poly(catmull(pts, True, steps), fill)

    def capsule(self, x0, y0, x1, y1, width, fill):
        return self.stroke([(x0, y0), (x1, y1)], width, fill, smooth=False)

    def stroke(self, pts, width, fill, smooth=True, steps=10):
        """Open polyline with round caps and joins."""
        if smooth and len(pts) > 2:
            pts = catmull(pts, False, steps)
        s = self.ss
        P = self._p(pts)
        f = rgba(fill)
        w = width * s * self.k
        self.d.line(P, fill=f, width=int(round(w)), joint="curve")
        r = w / 2.0
        for x, y in (P[0], P[-1]):
            self.d.ellipse([x - r, y - r, x + r, y + r], fill=f)
        return self

    def text(self, x, y, s, size, fill, anchor="mm", bold=True, stroke=0, stroke_fill=OUT, fnt=None):
        f = fnt or font(size * self.ss * self.k, bold)
        (px, py), = self._p([(x, y)])
        self.d.text((px, py), s, font=f, fill=rgba(fill), anchor=anchor,
                    stroke_width=int(stroke * self.ss * self.k), stroke_fill=rgba(stroke_fill))
        return self

    # compositing ----------------------------------------------------
    def alpha(self):
        return np.asarray(self.im.getchannel("A"))

    def over(self, other):
        """Composite another layer on top of this one."""
        self.im.alpha_composite(other.im if isinstance(other, Layer) else other)
        return self

    def clip(self, mask_layer):
        """Multiply this layer's alpha by another layer's alpha (for markings)."""
        a = np.asarray(self.im.getchannel("A")).astype(np.float32)
        m = mask_layer.alpha().astype(np.float32) / 255.0
        self.im.putalpha(Image.fromarray((a * m).astype(np.uint8)))
        return self

    def new(self):
        return Layer(self.w, self.h, self.ss).at(self.k, self.ox, self.oy)

    def down(self):
        return self.im.resize((int(self.w), int(self.h)), Image.LANCZOS)


def outline_of(layer, width, color=OUT, wrap_x=False):
    """A new image: the layer's silhouette dilated by `width` final pixels, flat colour."""
    a = layer.alpha() > 127
    if not a.any():   # nothing to outline (the distance transform misbehaves on an empty mask)
        return Image.new("RGBA", layer.im.size, (0, 0, 0, 0))
    if wrap_x:
        a = np.concatenate([a, a, a], axis=1)
    dist = ndimage.distance_transform_edt(~a)
    ring = dist <= width * layer.ss
    if wrap_x:
        W = layer.im.size[0]
        ring = ring[:, W:2 * W]
    col = rgba(color)
    arr = np.zeros(ring.shape + (4,), np.uint8)
    arr[ring] = col
    return Image.fromarray(arr, "RGBA")


class Canvas(Layer):
    """The target image.  put() adds a layer with an optional outline and shadow."""

    def put(self, layer, outline=0, color=OUT, shadow=None, wrap_x=False):
        if shadow:
            dx, dy, a = shadow
            sh = outline_of(layer, outline, (0, 0, 0, a), wrap_x) if outline else _flat(layer, (0, 0, 0, a))
            tmp = Image.new("RGBA", self.im.size, (0, 0, 0, 0))
            tmp.paste(sh, (int(dx * self.ss), int(dy * self.ss)))
            self.im.alpha_composite(tmp)
        if outline:
            self.im.alpha_composite(outline_of(layer, outline, color, wrap_x))
        self.im.alpha_composite(layer.im)
        return self

    def save(self, path, size=None):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        img = self.down()
        img.save(path, optimize=True)
        return img


def _flat(layer, color):
    a = layer.alpha()
    arr = np.zeros(a.shape + (4,), np.uint8)
    arr[..., :3] = color[:3]
    arr[..., 3] = (a.astype(np.uint16) * color[3] // 255).astype(np.uint8)
    return Image.fromarray(arr, "RGBA")


def save_png(img, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, optimize=True)
    return img
