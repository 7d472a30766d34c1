"""Draw nnstudio's icon (a tiny 3-4-2 network over a pixel grid) at 256x256.

Run: python packaging/make_icon.py  -> resources/icons/nnstudio.png and packaging/nnstudio.png
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
ROOT = Path(__file__).resolve().parents[1]


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=(28, 36, 58, 255))
    # a faint pixel grid: the image side of the app
    for i in range(24, SIZE - 24, 26):
        for j in range(24, SIZE - 24, 26):
            shade = 40 + ((i * 7 + j * 13) % 40)
            d.rectangle((i, j, i + 22, j + 22), fill=(shade, shade + 8, shade + 24, 255))
    layers = [[70, 128, 186], [52, 104, 152, 204], [100, 156]]
    xs = [60, 128, 196]
    nodes = [[(x, y) for y in ys] for x, ys in zip(xs, layers)]
    colours = [(66, 165, 245), (255, 167, 38)]
    for a, b in zip(nodes, nodes[1:]):
        for k, p in enumerate(a):
            for m, q in enumerate(b):
                d.line((p, q), fill=colours[(k + m) % 2] + (230,), width=5)
    for layer in nodes:
        for x, y in layer:
            d.ellipse((x - 17, y - 17, x + 17, y + 17), fill=(250, 250, 250, 255), outline=(20, 20, 30, 255), width=4)
    return img


if __name__ == "__main__":
    icon = draw()
    for target in (ROOT / "resources" / "icons" / "nnstudio.png", ROOT / "packaging" / "nnstudio.png"):
        target.parent.mkdir(parents=True, exist_ok=True)
        icon.save(target)
        print(target)
