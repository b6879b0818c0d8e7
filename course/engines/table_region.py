"""A table a keyboard can scroll: HTML wrapped in a focusable, named region.

A wide table (``data.head()`` of the synthetic posts has 14 columns) overflows the notebook's output
area, and a region that scrolls but cannot take the focus is out of a keyboard user's reach (axe-core
``scrollable-region-focusable``, WCAG 2.1.1; measured on sessions 01 and 02 in JupyterLab and Notebook 7).
"""

from __future__ import annotations

import html


def scroll_region(inner: str, rows: int, columns: int) -> str:
    """``inner`` (a table's HTML) inside ``<div role="region" tabindex="0">`` named in Indonesian."""
    name = html.escape(f"Tabel {rows} baris, {columns} kolom; geser ke samping dengan tombol panah", quote=True)
    return (
        f'<div role="region" tabindex="0" aria-label="{name}" class="bimtek-tabel" '
        f'style="overflow-x: auto; max-width: 100%;">{inner}</div>'
    )
