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
import time

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


QA_GOOD_ANSWER = (
    "Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, secara bertahap. Pasar barunya di Jalan Lingkar Timur, "
    "Kecamatan Sukamaju Timur."
)
QA_DODGE = "Tidak ada komentar."


def _wait_for_text(page, element, text: str, timeout: int = 15_000) -> None:
    page.wait_for_function(
        "([el, text]) => el.innerText.includes(text)", arg=[element.element_handle(), text], timeout=timeout
    )


def test_the_press_conference_practice_follows_up_a_dodge_and_saves_its_transcript(lab, workspace, page, tmp_path):
    """Session 06's Q&A practice in Chromium: typed answers, "Jawab", the feedback and a journalist's follow-up,
    then "Simpan transkrip" writes the transcript beside the notebook (a scratch notebook, so this runs before
    release/ holds the widget)."""
    from course.engines.press_scenarios import KONPERS_PASAR

    dialog_question = KONPERS_PASAR.pertanyaan[1]
    folder = workspace / "uji-tanya-jawab"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from course.widgets.press_qa import latihan_tanya_jawab\n\nlatihan_tanya_jawab()")
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, folder / "uji-tanya-jawab.ipynb")
    expected = expected_outputs(folder / "uji-tanya-jawab.ipynb")
    assert expected["widgets"] == 1
    # Run All, and every control poked as a participant would: the box gets an off-topic sentence, "Jawab"
    # sends it (the journalist follows up), "Simpan transkrip" saves.
    found = run_session(page, lab, "uji-tanya-jawab/uji-tanya-jawab.ipynb", screenshot=tmp_path / "qa.png")
    check_findings(found, expected)
    assert sorted(r["action"] for r in found["responses"]) == ["button clicked", "button clicked", "text typed"]
    transcript = folder / "transkrip_tanya_jawab.md"
    assert transcript.is_file() and "Warga diimbau waspada banjir." in transcript.read_text(encoding="utf-8")

    widget = page.locator(".jp-OutputArea-output:has(> .jupyter-widgets)").first
    widget.scroll_into_view_if_needed()
    assert "Pertanyaan susulan" in widget.inner_text()
    box = widget.locator("textarea").first
    answer = widget.get_by_role("button", name="Jawab", exact=True)
    # The follow-up answered well: feedback with every check passed, then the next (hard) question.
    box.fill(QA_GOOD_ANSWER)
    answer.click()
    _wait_for_text(page, widget, "Pertanyaan 2 dari 5")
    assert "6 dari 6 cek lolos" in widget.inner_text()
    # "No comment" to the hard question: the feedback names the problem and the journalist follows up.
    box.fill(QA_DODGE)
    answer.click()
    _wait_for_text(page, widget, dialog_question.susulan["mengelak"])
    shown = widget.inner_text()
    assert "Pertanyaan susulan" in shown and "Tidak mengelak" in shown and "Media First" in shown
    assert "❌" in shown and box.input_value() == ""
    # Saved again: the file now holds both answers, the follow-up and its feedback.
    widget.get_by_role("button", name="Simpan transkrip", exact=True).click()
    deadline = time.time() + 15
    while QA_DODGE not in transcript.read_text(encoding="utf-8") and time.time() < deadline:
        page.wait_for_timeout(200)
    text = transcript.read_text(encoding="utf-8")
    assert QA_DODGE in text and QA_GOOD_ANSWER in text and "### Pertanyaan susulan" in text
    assert "- ❌ Tidak mengelak" in text and "(data sintetis)" in text
    _wait_for_text(page, widget, str(transcript.name))
    widget.screenshot(path=str(SCREENSHOTS / "06-konferensi-pers-tanya-jawab.png"))
    assert (SCREENSHOTS / "06-konferensi-pers-tanya-jawab.png").stat().st_size > 10_000
