"""Every chart the course shows, with a text alternative (for screen readers and for anyone who cannot see it).

JupyterLab renders a plain ``image/png`` output as an ``<img>`` without ``alt``. So the course never lets a
chart reach the page that way: ``tampilkan`` (or a widget through ``ChartText.html``) shows a ``<figure>``
whose ``<img>`` carries an ``alt`` and whose ``<figcaption>`` says the same in visible text. The description
is computed from what is drawn: the bars (their heights, or widths for horizontal bars) and the data lines
of the Axes, each with its largest ("tertinggi") and smallest ("terendah") value and its label. The display
bundle keeps ``image/png`` (nbconvert and the feedback still have the picture) and ``text/plain`` (the
description); JupyterLab and Notebook 7 prefer ``text/html``.

An illustration (not a chart of data) passes its own description, which starts with "Ilustrasi sintetis".
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from course.engines.engagement import format_angka

Format = Callable[[float], str]
ILUSTRASI = "Ilustrasi sintetis"


@dataclass(frozen=True)
class ChartText:
    """A rendered chart: its PNG and its text alternative (``alt``, also shown as the caption)."""

    png: bytes
    alt: str

    def html(self) -> str:
        """A ``<figure>``: the picture with ``alt``, and the description as a visible caption."""
        data = base64.b64encode(self.png).decode("ascii")
        alt = html.escape(self.alt, quote=True)
        return (
            '<figure style="margin:0">'
            f'<img src="data:image/png;base64,{data}" alt="{alt}" style="max-width:100%">'
            f'<figcaption style="color:#333333;font-size:0.9em">{html.escape(self.alt)}</figcaption>'
            "</figure>"
        )

    def bundle(self) -> dict[str, str]:
        """The display bundle: ``text/html`` (what the page shows), ``image/png`` and ``text/plain``."""
        return {
            "text/html": self.html(),
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": self.alt,
        }

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return self.bundle()


# --------------------------------------------------------------------------- reading what is drawn


def number(value: float) -> str:
    """A value the Indonesian way, with at most two decimals: 12, 3,5, 0,25."""
    text = format_angka(float(value), 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def _tick_label(ticks: Sequence[float], labels: Sequence[str], position: float, half: float) -> str | None:
    """The tick label at ``position`` (within ``half`` of it), if any."""
    for tick, label in zip(ticks, labels):
        if abs(tick - position) <= half and label:
            return label
    return None


def drawn_bars(ax: Any) -> list[tuple[str, float]]:
    """The bars on ``ax`` as (label, value): heights of upright bars, widths of horizontal ones.

    A label is the tick label under (or beside) the bar; the Axes must have been drawn (``render`` does)."""
    shown = {id(patch) for patch in ax.patches}
    found: list[tuple[str, float]] = []
    for container in ax.containers:
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        axis = ax.yaxis if horizontal else ax.xaxis
        ticks = list(axis.get_ticklocs())
        labels = [t.get_text() for t in axis.get_ticklabels()]
        for bar in getattr(container, "patches", []):
            if id(bar) not in shown:
                continue  # removed by a redraw of a widget
            if horizontal:
                centre, half, value = bar.get_y() + bar.get_height() / 2, bar.get_height() / 2, bar.get_width()
            else:
                centre, half, value = bar.get_x() + bar.get_width() / 2, bar.get_width() / 2, bar.get_height()
            found.append((_tick_label(ticks, labels, centre, half) or number(centre), float(value)))
    return found


def drawn_lines(ax: Any) -> list[tuple[str, list[tuple[float, float]]]]:
    """The data lines on ``ax`` as (name, points); reference lines (``axvline``, ``axhline``) are left out."""
    lines = []
    for line in ax.lines:
        if line.get_transform() != ax.transData:
            continue
        xs, ys = line.get_xdata(), line.get_ydata()
        points = [(float(x), float(y)) for x, y in zip(xs, ys) if y == y]
        if points:
            name = str(line.get_label())
            lines.append(("" if name.startswith("_") else name, points))
    return lines


def extremes(pairs: Sequence[tuple[str, float]], format_y: Format) -> str:
    """ "nilai tertinggi: A (3,1%); nilai terendah: B (0,5%)" for (label, value) pairs."""
    high = max(pairs, key=lambda pair: pair[1])
    low = min(pairs, key=lambda pair: pair[1])
    return f"nilai tertinggi: {high[0]} ({format_y(high[1])}); nilai terendah: {low[0]} ({format_y(low[1])})"


def describe(ax: Any, format_y: Format | None = None, format_x: Format | None = None) -> str:
    """The text alternative of a drawn Axes: its kind and title, then the largest and smallest values."""
    format_y = format_y or number
    format_x = format_x or number
    title = " ".join(ax.get_title().split()) or "tanpa judul"
    bars, lines = drawn_bars(ax), drawn_lines(ax)
    parts = []
    if bars:
        parts.append(f'Grafik batang "{title}", {len(bars)} batang; {extremes(bars, format_y)}.')
    if lines:
        parts.append(f'Grafik garis "{title}", {len(lines)} garis.' if not bars else f"{len(lines)} garis.")
        for name, points in lines:
            pairs = [(format_x(x), y) for x, y in points]
            parts.append(f"{name or 'Garis'}: {extremes(pairs, format_y)}.")
    if not parts:
        parts.append(f'Grafik "{title}" tanpa data: tidak ada nilai tertinggi atau terendah.')
    return " ".join(parts)


# --------------------------------------------------------------------------- rendering and showing


def figure_of(chart: Any) -> Any:
    """The Figure of a Figure or an Axes."""
    return chart if hasattr(chart, "savefig") else chart.figure


def render(chart: Any, dpi: int = 90, tight: bool = True) -> bytes:
    """The PNG bytes of a Figure (or an Axes' Figure); drawing it also sets the tick labels ``describe`` reads."""
    buffer = io.BytesIO()
    extra = {"bbox_inches": "tight"} if tight else {}
    # Light compression: the PNG is shown once and thrown away, so speed beats size.
    figure_of(chart).savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1}, **extra)
    return buffer.getvalue()


def chart_text(
    chart: Any,
    deskripsi: str | None = None,
    format_y: Format | None = None,
    format_x: Format | None = None,
    dpi: int = 90,
    tight: bool = True,
) -> ChartText:
    """Render ``chart`` (an Axes or a Figure) and describe it: ``deskripsi`` if given, else from its first Axes."""
    png = render(chart, dpi=dpi, tight=tight)
    if deskripsi is None:
        figure = figure_of(chart)
        axes = chart if chart is not figure else figure.axes[0]
        deskripsi = describe(axes, format_y, format_x)
    return ChartText(png, deskripsi)


def in_kernel() -> bool:
    """True inside an IPython kernel or shell (where a display reaches the notebook)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with every Jupyter kernel
        return False
    return get_ipython() is not None


def tampilkan(
    chart: Any,
    deskripsi: str | None = None,
    format_y: Format | None = None,
    format_x: Format | None = None,
) -> ChartText | None:
    """Show ``chart`` with its text alternative, and keep pyplot from showing it a second time.

    Indonesia: menampilkan grafik beserta keterangan teksnya (nilai tertinggi dan terendah).
    Contoh: ``tampilkan(ax)``. Outside a notebook nothing is shown or rendered, and None is returned."""
    if not in_kernel():
        return None
    import matplotlib.pyplot as plt
    from IPython.display import display

    shown = chart_text(chart, deskripsi, format_y, format_x)
    display(shown.bundle(), raw=True)
    plt.close(figure_of(chart))  # the inline backend would otherwise add a bare image/png
    return shown
