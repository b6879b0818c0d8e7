"""Tables a keyboard can scroll: ``mulai()`` shows every pandas DataFrame inside a focusable region.

:func:`install_table_display` registers :func:`frame_html` as IPython's HTML formatter for DataFrames,
so a wide table (``data.head()`` in sessions 01 and 02) scrolls inside its own region
(``course.engines.table_region.scroll_region``) that a keyboard can reach.
"""

from __future__ import annotations

from typing import Any

from course.engines.table_region import scroll_region


def frame_html(frame: Any) -> str | None:
    """pandas' own HTML table wrapped in a focusable region that scrolls sideways."""
    inner = frame._repr_html_()
    if inner is None:  # pandas' notebook HTML turned off
        return None
    rows, columns = frame.shape
    return scroll_region(inner, rows, columns)


def install_table_display(shell: Any = None) -> bool:
    """Register :func:`frame_html` with the running IPython (or ``shell``); False outside a kernel."""
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is None:
        return False
    # by name: session 00 only adds and divides, and its kernel must not pay for importing pandas
    # (pandas 3 names the class's module "pandas", older releases "pandas.core.frame")
    formatter = shell.display_formatter.formatters["text/html"]
    for module in ("pandas", "pandas.core.frame"):
        formatter.for_type_by_name(module, "DataFrame", frame_html)
    return True
