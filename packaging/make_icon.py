"""Draw nnstudio's icon (a tiny 3-4-2 network over a pixel grid) at 256x256, as PNG and SVG
from the same shapes, and the PNG sizes the desktop's hicolor theme asks for.

Run: python packaging/make_icon.py  -> resources/icons/nnstudio.png, resources/icons/nnstudio.svg
and packaging/nnstudio.png. release.py calls hicolor_pngs() for the 48, 128 and 256 px icons.
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
ROOT = Path(__file__).resolve().parents[1]
HICOLOR_SIZES = (48, 128, 256)
BACKGROUND = (28, 36, 58)
EDGE_COLOURS = [(66, 165, 245), (255, 167, 38)]


def shapes():
    """("rect"|"line"|"circle", geometry, fill RGBA) in drawing order, in 256 px units."""
    out = [("rounded", (8, 8, SIZE - 8, SIZE - 8, 44), BACKGROUND + (255,))]
    # a faint pixel grid: the image side of the app
    for i in range(24, SIZE - 24, 26):
        for j in range(24, SIZE - 24, 26):
            shade = 40 + ((i * 7 + j * 13) % 40)
            out.append(("rect", (i, j, i + 22, j + 22), (shade, shade + 8, shade + 24, 255)))
    layers = [[70, 128, 186], [52, 104, 152, 204], [100, 156]]
    xs = [60, 128, 196]
    nodes = [[(x, y) for y in ys] for x, ys in zip(xs, layers)]
    for a, b in zip(nodes, nodes[1:]):
        for k, p in enumerate(a):
            for m, q in enumerate(b):
                out.append(("line", (*p, *q), EDGE_COLOURS[(k + m) % 2] + (230,)))
    for layer in nodes:
        for x, y in layer:
            out.append(("circle", (x, y, 17), (250, 250, 250, 255)))
    return out


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for kind, g, fill in shapes():
        if kind == "rounded":
            d.rounded_rectangle(g[:4], radius=g[4], fill=fill)
        elif kind == "rect":
            d.rectangle(g, fill=fill)
        elif kind == "line":
            d.line(g, fill=fill, width=5)
        else:
            x, y, r = g
            d.ellipse((x - r, y - r, x + r, y + r), fill=fill, outline=(20, 20, 30, 255), width=4)
    return img


def svg() -> str:
    def colour(fill):
        return f"rgb({fill[0]},{fill[1]},{fill[2]})", f"{fill[3] / 255:.3g}"

    parts = []
    for kind, g, fill in shapes():
        rgb, alpha = colour(fill)
        if kind == "rounded":
            x0, y0, x1, y1, r = g
            parts.append(f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{rgb}"/>')
        elif kind == "rect":  # PIL's rectangle includes its last pixel
            x0, y0, x1, y1 = g
            parts.append(f'<rect x="{x0}" y="{y0}" width="{x1 - x0 + 1}" height="{y1 - y0 + 1}" fill="{rgb}"/>')
        elif kind == "line":
            x0, y0, x1, y1 = g
            parts.append(f'<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" stroke="{rgb}" '
                         f'stroke-opacity="{alpha}" stroke-width="5"/>')
        else:
            x, y, r = g
            parts.append(f'<circle cx="{x}" cy="{y}" r="{r - 2}" fill="{rgb}" stroke="rgb(20,20,30)" stroke-width="4"/>')
    body = "\n  ".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
            f'viewBox="0 0 {SIZE} {SIZE}">\n  {body}\n</svg>\n')


def hicolor_pngs(icon: Image.Image) -> dict[int, Image.Image]:
    """The icon at each hicolor size (Lanczos from the 256 px drawing)."""
    return {size: icon if size == SIZE else icon.resize((size, size), Image.Resampling.LANCZOS)
            for size in HICOLOR_SIZES}


if __name__ == "__main__":
    icon = draw()
    for target in (ROOT / "resources" / "icons" / "nnstudio.png", ROOT / "packaging" / "nnstudio.png"):
        target.parent.mkdir(parents=True, exist_ok=True)
        icon.save(target)
        print(target)
    vector = ROOT / "resources" / "icons" / "nnstudio.svg"
    vector.write_text(svg(), encoding="utf-8")
    print(vector)
