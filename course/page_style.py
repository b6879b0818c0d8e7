"""Links a reader can tell from text without colour: ``mulai()`` underlines the links of the notebook.

JupyterLab's and Notebook 7's themes show a link in Markdown by its blue colour alone, and against the body
text that blue has less than the 3:1 contrast WCAG asks of a colour-only cue (axe-core ``link-in-text-block``,
serious; measured on sessions 05, 07 and 08 in both interfaces). The first cell of every session runs
``mulai()``, which shows this style once: every link in the notebook's Markdown and outputs is underlined.
It is an HTML output like a table's, so nothing is installed and the setting ends with the page.
"""

from __future__ import annotations

# !important: the themes' own rule (``.jp-RenderedHTMLCommon a:link``) is more specific than any short selector
LINK_STYLE = (
    "<style>.jp-RenderedHTMLCommon a, .jp-RenderedMarkdown a "
    "{ text-decoration: underline !important; text-underline-offset: 2px; }</style>"
)


def show_page_style() -> bool:
    """Display :data:`LINK_STYLE` in the running kernel's page; False outside a kernel."""
    from IPython import get_ipython

    if get_ipython() is None:
        return False
    from IPython.display import HTML, display

    display(HTML(LINK_STYLE))
    return True
