"""Every released session in a real browser: Playwright driving Debian's Chromium against JupyterLab and Notebook 7.

For each session in ``release/`` (sessions added later are picked up by themselves), in
JupyterLab and in Jupyter Notebook 7, the answers are filled in from the source solutions,
then in the browser: the menus are Indonesian; Run All; no cell shows an error; every cell
ran; every widget renders and responds to an input; every chart a headless run produces
appears in the page; axe-core finds no critical or serious violation in the course's own
content; nbgrader's Validate button reports success. A screenshot per session (JupyterLab)
goes to ``docs/screenshots/`` (referenced from the README); axe-core's findings in both
interfaces go to ``docs/aksesibilitas.md``. The real ``make lab`` opens MULAI.md in
Indonesian. A small notebook with a slider, a text box with a verdict and a chart proves
the widget and chart checks themselves work, whatever the sessions contain today.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.request

import nbformat
import pytest

from tools.browser import (
    CHROMIUM,
    UIS,
    VIEWPORT,
    LabServer,
    chromium,
    expected_outputs,
    free_port,
    prepare,
    released_sessions,
    run_session,
)
from tools.browser_page import RUN_ALL_COMMANDS, menu_labels, open_menu_with, wait_kernel_idle

from .conftest import ROOT
from .lab_language import indonesian_menu_problems, stop_process_group

SCREENSHOTS = ROOT / "docs" / "screenshots"
UI_NAMES = {"lab": "JupyterLab", "notebook": "Notebook 7"}
INTERFACE_SHOTS = {"lab": "antarmuka-lab.png", "notebook": "antarmuka-notebook7.png"}
# axe-core's findings per interface and session, written to docs/aksesibilitas.md by the last test.
AXE_FINDINGS: dict[str, dict[str, dict]] = {name: {} for name in UI_NAMES.values()}
EXPECTED: dict[str, dict] = {}

# The Indonesian language pack's own translations; the project's settings overrides may name a main menu
# better (the pack leaves the main menu's schema labels untranslated), and either one counts as Indonesian.
PACK = json.loads(
    (
        ROOT
        / ".venv/lib/python3.11/site-packages/jupyterlab_language_pack_id_ID/locale/id_ID/LC_MESSAGES/jupyterlab.json"
    ).read_text(encoding="utf-8")
    if (ROOT / ".venv/lib/python3.11/site-packages/jupyterlab_language_pack_id_ID").is_dir()
    else "{}"
)


def pack(english: str) -> str:
    return PACK[english][0]


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


def serious_content_message(violations: list[dict]) -> str:
    lines = [f"{len(violations)} critical or serious axe-core violations in the course's content:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}, {v.get('count', 1)}x): {v['help']}")
        lines.append(f"  target {v['targets'][:3]}  html {str(v['html'])[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("ui", UIS)
def test_first_screen_of_a_session_is_indonesian(ui, lab, workspace, page):
    """A session's first screen in each interface: the language pack's words (the cell type picker, the
    Run menu's items) and an Indonesian main menu bar; the screenshot with the Run menu open goes to
    docs/screenshots/ for the start page."""
    session = released_sessions()[0]
    path = prepare(session, workspace / "antarmuka" / ui)
    page.goto(lab.page_url(f"antarmuka/{ui}/{session}/{path.name}", ui))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=90_000)
    wait_kernel_idle(page)
    cell_types = page.locator(".jp-Notebook-toolbarCellType").first.inner_text()
    assert pack("Code") in cell_types and pack("Raw") in cell_types, cell_types
    run_all_item = open_menu_with(page, RUN_ALL_COMMANDS)
    assert pack("Run All Cells") in run_all_item.inner_text(), run_all_item.inner_text()
    page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOTS / INTERFACE_SHOTS[ui]))
    page.keyboard.press("Escape")
    assert (SCREENSHOTS / INTERFACE_SHOTS[ui]).stat().st_size > 10_000
    problems = indonesian_menu_problems(menu_labels(page))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("session", released_sessions())
@pytest.mark.parametrize("ui", UIS)
def test_session_runs_in_the_browser(session, ui, lab, workspace, page, tmp_path):
    from tools.axe import serious

    path = prepare(session, workspace / ui)
    if session not in EXPECTED:
        EXPECTED[session] = expected_outputs(path)
    shot = SCREENSHOTS / f"{session}.png" if ui == "lab" else tmp_path / f"{session}.png"
    # nbgrader's English Validate button and its verdict, shown on the start page
    shots = SCREENSHOTS if ui == "lab" and session == released_sessions()[0] else None
    found = run_session(page, lab, f"{ui}/{session}/{path.name}", screenshot=shot, ui=ui, validate_shots=shots)
    AXE_FINDINGS[UI_NAMES[ui]][session] = found["axe"]
    check_findings(found, EXPECTED[session])
    assert found["validate_ok"], found["validate_text"]
    assert "Success! Your notebook passes all the tests." in found["validate_text"]
    assert shot.stat().st_size > 10_000
    content = serious(found["axe"]["content"])
    assert content == [], serious_content_message(content)
    assert indonesian_menu_problems(found["menus"]) == []


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
    found = run_session(
        page, lab, "uji-widget/uji-widget.ipynb", screenshot=tmp_path / "uji-widget.png", audit_page=False
    )
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
    found = run_session(
        page, lab, "uji-tanya-jawab/uji-tanya-jawab.ipynb", screenshot=tmp_path / "qa.png", audit_page=False
    )
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
    assert "- ❌ Belum lolos: Tidak mengelak" in text and "(data sintetis)" in text
    _wait_for_text(page, widget, str(transcript.name))
    widget.screenshot(path=str(SCREENSHOTS / "06-konferensi-pers-tanya-jawab.png"))
    assert (SCREENSHOTS / "06-konferensi-pers-tanya-jawab.png").stat().st_size > 10_000


def test_make_lab_opens_mulai_in_indonesian(browser, tmp_path):
    """The real ``make lab``, as a participant starts it (a fresh home: no settings of their own), opens
    MULAI.md with Indonesian menus."""
    port, token = free_port(), secrets.token_hex(16)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env.update(HOME=str(home), PYTHON=sys.executable)
    lab_args = f"--no-browser --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token}"
    log = tmp_path / "make-lab.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["make", "lab", f"PORT={port}", f"LAB_ARGS={lab_args}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.time() + 300  # `make lab` installs first when the requirements changed
        while True:
            assert proc.poll() is None, log.read_text()[-3000:]
            assert time.time() < deadline, log.read_text()[-3000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        context = browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/lab/tree/MULAI.md?token={token}")
            page.wait_for_selector(".lm-TabBar-tab .lm-TabBar-tabLabel:text('MULAI.md')", timeout=90_000)
            page.wait_for_selector(".lm-MenuBar-itemLabel", timeout=30_000)
            page.wait_for_timeout(500)
            problems = indonesian_menu_problems(menu_labels(page))
            assert problems == [], "\n".join(problems)
        finally:
            context.close()
    finally:
        stop_process_group(proc)


def test_accessibility_report_covers_every_session_in_both_interfaces():
    """Runs last: axe-core's findings of every session, in JupyterLab and Notebook 7, into docs/aksesibilitas.md
    (Jupyter's own violations are listed there, not silenced)."""
    from tools.axe import write_jupyter_report

    missing = [f"{ui} {s}" for ui, found in AXE_FINDINGS.items() for s in released_sessions() if not found.get(s)]
    assert missing == [], f"no axe-core findings (the session test failed before its audit): {missing}"
    report = ROOT / "docs" / "aksesibilitas.md"
    write_jupyter_report(AXE_FINDINGS, report)
    text = report.read_text(encoding="utf-8")
    assert "JupyterLab" in text and "Notebook 7" in text
