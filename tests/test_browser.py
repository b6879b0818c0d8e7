"""Every released session in a real browser: Playwright driving Debian's Chromium against JupyterLab.

For each session in ``release/`` (sessions added later are picked up by themselves) the
answers are filled in from the source solutions, then in the browser: Run All; no cell
shows an error; every cell ran; every widget renders and responds to an input; every
chart a headless run produces appears in the page; nbgrader's Validate button reports
success. A screenshot per session goes to ``docs/screenshots/`` (referenced from the
README). A small notebook with a slider, a text box with a verdict and a chart proves
the widget and chart checks themselves work, whatever the sessions contain today.
"""

from __future__ import annotations

import os

import nbformat
import pytest

from tools.browser import (
    CHROMIUM,
    VIEWPORT,
    LabServer,
    chromium,
    expected_outputs,
    prepare,
    released_sessions,
    run_session,
)

from .conftest import ROOT

SCREENSHOTS = ROOT / "docs" / "screenshots"

# Without Chromium a developer's run skips; CI (CI=true) fails, since .ci/run installs it.
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"), reason="apt-get install chromium (see .ci/run)"
)

WIDGET_PROBE = [
    "import ipywidgets as widgets\nimport matplotlib.pyplot as plt\nfrom IPython.display import display",
    # A slider that redraws a chart.
    "def gambar(jam):\n    fig, ax = plt.subplots(figsize=(4, 2.5))\n"
    "    ax.bar(['pagi', 'siang', 'malam'], [jam, 10 - jam, 3])\n"
    "    ax.set_title(f'Unggahan pukul {jam}')\n    plt.show()\n\n"
    "slider = widgets.IntSlider(value=3, min=0, max=10, description='Jam')\n"
    "display(widgets.VBox([slider, widgets.interactive_output(gambar, {'jam': slider})]))",
    # A text box whose verdict label updates.
    "kotak = widgets.Text(description='Judul', continuous_update=False)\n"
    "vonis = widgets.Label('Belum ada judul')\n"
    "def nilai_judul(change):\n    vonis.value = f'{len(change[\"new\"].split())} kata'\n"
    "kotak.observe(nilai_judul, names='value')\ndisplay(widgets.VBox([kotak, vonis]))",
    # A plain chart.
    "fig, ax = plt.subplots(figsize=(4, 2.5))\nax.plot([1, 2, 3], [3, 1, 2])\nplt.show()",
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("peramban")


@pytest.fixture(scope="module")
def lab(workspace):
    with LabServer(workspace) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def check_findings(found: dict, expected: dict) -> None:
    assert found["cells"] > 0
    assert found["errors"] == [], found["errors"]
    assert expected["errors"] == 0
    # every chart of the headless run appears, and has loaded
    shown = [img for img in found["images"] if img["loaded"] and img["width"] > 50]
    assert len(shown) + found["svgs"] >= expected["images"], (found["images"], expected)
    # every widget renders, and each responds to an input
    assert found["widgets"] >= expected["widgets"]
    assert found["broken_widgets"] == 0
    for response in found["responses"]:
        if response["action"] is None and "control" not in response:
            continue  # a display-only widget (an Output area) has no input to give
        assert response["action"] and response["changed"], response


@pytest.mark.parametrize("session", released_sessions())
def test_session_runs_in_the_browser(session, lab, workspace, page):
    path = prepare(session, workspace)
    expected = expected_outputs(path)
    found = run_session(page, lab, f"{session}/{path.name}", screenshot=SCREENSHOTS / f"{session}.png")
    check_findings(found, expected)
    assert found["validate_ok"], found["validate_text"]
    assert "Success! Your notebook passes all the tests." in found["validate_text"]
    assert (SCREENSHOTS / f"{session}.png").stat().st_size > 10_000


def test_widget_and_chart_checks_catch_what_they_should(lab, workspace, page, tmp_path):
    """The harness itself: a slider moves its chart, a text box updates its verdict, a chart shows."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in WIDGET_PROBE]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    folder = workspace / "uji-widget"
    folder.mkdir(exist_ok=True)
    nbformat.write(nb, folder / "uji-widget.ipynb")
    expected = expected_outputs(folder / "uji-widget.ipynb")
    assert expected["widgets"] == 2 and expected["images"] == 1
    found = run_session(page, lab, "uji-widget/uji-widget.ipynb", screenshot=tmp_path / "uji-widget.png")
    check_findings(found, expected)
    actions = sorted(r["action"] for r in found["responses"])
    assert actions == ["slider ArrowRight", "text typed"], found["responses"]
    # a notebook without graded cells still validates (nothing to fail)
    assert found["validate_ok"], found["validate_text"]


def test_screenshots_are_referenced_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for session in released_sessions():
        assert f"docs/screenshots/{session}.png" in readme, f"README does not show {session}'s screenshot"
