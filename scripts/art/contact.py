"""Contact sheets for reviewing the art (docs/art/*.png)."""
import os

from PIL import Image, ImageDraw

from common import font

BG1, BG2 = (200, 204, 214, 255), (226, 229, 236, 255)


def checker(w, h, s=12):
    img = Image.new("RGBA", (w, h), BG1)
    d = ImageDraw.Draw(img)
    for y in range(0, h, s):
        for x in range(0, w, s):
            if (x // s + y // s) % 2:
                d.rectangle([x, y, x + s - 1, y + s - 1], fill=BG2)
    return img


def sheet(items, width=1800, title="Kash Dash art", scale_small=2, pad=14):
    """items: list of (label, PIL image).  Small images are shown enlarged (nearest)."""
    f = font(15, bold=True)
    ft = font(30, bold=True)
    cells = []
    for label, im in items:
        show = im
        if im.width <= 64 and im.height <= 64:
            show = im.resize((im.width * scale_small, im.height * scale_small), Image.NEAREST)
        if show.width > width - 2 * pad:
            k = (width - 2 * pad) / show.width
            show = show.resize((int(show.width * k), int(show.height * k)), Image.LANCZOS)
        cells.append((f"{label}  {im.width}x{im.height}", show))
    # layout rows
    x, y, rowh = pad, 60, 0
    pos = []
    for label, im in cells:
        w = max(im.width, int(f.getlength(label)) + 4)
        if x + w > width - pad:
            x, y, rowh = pad, y + rowh + pad, 0
        pos.append((x, y))
        x += w + pad
        rowh = max(rowh, im.height + 22)
    H = y + rowh + pad
    out = Image.new("RGBA", (width, H), (70, 74, 92, 255))
    d = ImageDraw.Draw(out)
    d.text((pad, 14), title, font=ft, fill=(255, 255, 255, 255))
    for (label, im), (px, py) in zip(cells, pos):
        bg = checker(im.width, im.height)
        out.alpha_composite(bg, (px, py))
        out.alpha_composite(im, (px, py))
        d.text((px, py + im.height + 3), label, font=f, fill=(255, 255, 255, 255))
    return out
