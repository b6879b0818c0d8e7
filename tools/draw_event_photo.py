"""Draw the synthetic event picture of session 01: the Mobil Layanan Adminduk at a village hall.

The caption exercise of ``source/01-konten-medsos`` needs a picture to describe in alt text. This draws
a flat illustration (no photograph, no real person or place): a blue mobile-service van of the fictional
Disdukcapil Kabupaten Sukamaju parked in front of Balai Desa Sukadana, an awning with an officer at a table
and five residents queueing. A corner label says "Ilustrasi sintetis". The drawing is deterministic (no
randomness, no timestamp in the file), so running it again gives the same bytes with the same matplotlib.

    python tools/draw_event_photo.py            # writes source/01-konten-medsos/mobil-layanan-adminduk.png
    python tools/draw_event_photo.py OUT.png
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch, Polygon, Rectangle

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "source" / "01-konten-medsos" / "mobil-layanan-adminduk.png"
WIDTH, HEIGHT, DPI = 8.0, 5.0, 110

# Residents in the queue: (x, height, shirt colour, skin colour, headscarf colour or None).
QUEUE = (
    (8.45, 1.55, "#c0392b", "#8d5a3b", None),
    (9.05, 1.45, "#16a085", "#b07850", "#6c3483"),
    (9.65, 1.60, "#f39c12", "#7b4a2e", None),
    (10.2, 1.05, "#2e86c1", "#a0673f", None),  # a child with a parent
    (10.75, 1.50, "#7d3c98", "#c08a5a", "#1f618d"),
)


def _tree(ax, x: float, y: float, size: float) -> None:
    ax.add_patch(Rectangle((x - 0.09, y), 0.18, size * 0.9, color="#6e4b2a", zorder=2))
    for dx, dy, r in ((0, 1.1, 0.62), (-0.45, 0.8, 0.45), (0.45, 0.8, 0.45)):
        ax.add_patch(Circle((x + dx * size, y + dy * size + 0.3), r * size, color="#2e7d32", zorder=3))


def _hall(ax) -> None:
    """Balai Desa Sukadana: walls, roof, door, windows and the sign."""
    ax.add_patch(Rectangle((0.9, 2.3), 5.2, 2.2, color="#f5e6c8", zorder=2))
    ax.add_patch(Polygon([(0.5, 4.5), (3.5, 6.1), (6.5, 4.5)], closed=True, color="#a04030", zorder=3))
    ax.add_patch(Rectangle((3.1, 2.3), 0.8, 1.4, color="#7b4f2c", zorder=3))
    for x in (1.5, 2.3, 4.4, 5.2):
        ax.add_patch(Rectangle((x, 3.1), 0.55, 0.6, color="#85c1e9", zorder=3))
        ax.add_patch(Rectangle((x, 3.1), 0.55, 0.6, fill=False, edgecolor="#5d4037", linewidth=1.5, zorder=4))
    ax.add_patch(Rectangle((1.6, 4.0), 3.8, 0.42, color="#1b5e20", zorder=4))
    ax.text(3.5, 4.21, "BALAI DESA SUKADANA", ha="center", va="center", color="white", fontsize=10,
            fontweight="bold", zorder=5)  # fmt: skip


def _van(ax) -> None:
    """The blue mobile-service van with its side lettering and wheels."""
    body = FancyBboxPatch((1.0, 0.75), 4.6, 1.75, boxstyle="round,pad=0.02,rounding_size=0.25", color="#1f5fa8")
    ax.add_patch(body)
    body.set_zorder(6)
    ax.add_patch(Polygon([(5.6, 0.77), (5.6, 2.2), (6.5, 1.6), (6.6, 0.77)], closed=True, color="#1f5fa8", zorder=6))
    ax.add_patch(Polygon([(5.7, 1.65), (5.7, 2.05), (6.3, 1.62)], closed=True, color="#d6eaf8", zorder=7))
    ax.add_patch(Rectangle((1.0, 1.05), 5.6, 0.12, color="#f4d03f", zorder=7))
    ax.text(3.25, 2.05, "MOBIL LAYANAN ADMINDUK", ha="center", va="center", color="white", fontsize=10.5,
            fontweight="bold", zorder=8)  # fmt: skip
    ax.text(3.25, 1.55, "Disdukcapil Kabupaten Sukamaju", ha="center", va="center", color="#fdfefe", fontsize=8.5,
            zorder=8)  # fmt: skip
    for x in (1.9, 5.3):
        ax.add_patch(Circle((x, 0.75), 0.38, color="#212121", zorder=8))
        ax.add_patch(Circle((x, 0.75), 0.16, color="#bdbdbd", zorder=9))


def _awning(ax) -> None:
    """The awning beside the van, the table and the officer recording a resident's KTP-el."""
    ax.add_patch(Polygon([(6.7, 3.2), (10.9, 3.2), (10.6, 2.75), (6.9, 2.75)], closed=True, color="#e74c3c", zorder=5))
    for i in range(8):
        x0 = 6.85 + i * 0.48
        ax.add_patch(Polygon([(x0, 3.2), (x0 + 0.24, 3.2), (x0 + 0.22, 2.75), (x0 - 0.02, 2.75)], closed=True,
                             color="white", zorder=6))  # fmt: skip
    for x in (6.95, 10.6):
        ax.add_patch(Rectangle((x, 0.55), 0.06, 2.2, color="#616161", zorder=5))
    ax.text(8.8, 3.42, "LAYANAN ADMINDUK KELILING", ha="center", va="center", fontsize=8.5, fontweight="bold",
            color="#1f5fa8", zorder=7)  # fmt: skip
    ax.add_patch(Rectangle((6.9, 1.3), 1.1, 0.12, color="#795548", zorder=7))
    for x in (6.95, 7.9):
        ax.add_patch(Rectangle((x, 0.6), 0.06, 0.7, color="#5d4037", zorder=7))
    ax.add_patch(
        Polygon([(7.62, 1.42), (7.98, 1.42), (7.93, 1.7), (7.67, 1.7)], closed=True, color="#424242", zorder=10)
    )
    _person(ax, 7.25, 1.35, "#1f5fa8", "#9c6644", None, officer=True)


def _person(ax, x: float, height: float, shirt: str, skin: str, scarf: str | None, officer: bool = False) -> None:
    """A simple standing figure (an officer sits behind the table: only the upper body shows)."""
    base = 1.45 if officer else 0.55
    body_h = 0.55 if officer else height * 0.55
    width = 0.42 if height > 1.2 or officer else 0.3
    ax.add_patch(FancyBboxPatch((x - width / 2, base), width, body_h, boxstyle="round,pad=0.02,rounding_size=0.12",
                                color=shirt, zorder=9 if officer else 10))  # fmt: skip
    if not officer:
        ax.add_patch(Rectangle((x - width / 2 + 0.03, 0.1), width - 0.06, base - 0.1, color="#34495e", zorder=9))
    head_y = base + body_h + 0.16
    ax.add_patch(Circle((x, head_y), 0.16 if height > 1.2 or officer else 0.13, color=skin, zorder=11))
    if scarf:
        ax.add_patch(Circle((x, head_y + 0.02), 0.18, color=scarf, zorder=10))
        ax.add_patch(Circle((x, head_y - 0.02), 0.12, color=skin, zorder=11))


def draw(path: Path = OUTPUT) -> Path:
    """Draw the picture and save it as PNG at ``path``."""
    fig = plt.figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 12)
    ax.set_ylim(0, 7.5)
    ax.axis("off")
    ax.add_patch(Rectangle((0, 2.3), 12, 5.2, color="#cfe8f7", zorder=0))
    ax.add_patch(Rectangle((0, 0), 12, 2.3, color="#b9b29f", zorder=1))
    ax.add_patch(Circle((10.6, 6.5), 0.5, color="#f9e79f", zorder=1))
    _tree(ax, 0.35, 2.3, 1.0)
    _tree(ax, 11.65, 2.3, 0.95)
    _hall(ax)
    _van(ax)
    _awning(ax)
    for x, height, shirt, skin, scarf in QUEUE:
        _person(ax, x, height, shirt, skin, scarf)
    ax.text(11.85, 0.18, "Ilustrasi sintetis", ha="right", va="bottom", fontsize=9, color="#212121", zorder=20,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#757575"})  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=DPI, metadata={"Software": None})
    plt.close(fig)
    return path


if __name__ == "__main__":
    out = draw(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    print(f"{out} ({out.stat().st_size // 1024} KB)")
