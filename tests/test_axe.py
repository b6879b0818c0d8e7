"""The accessibility measurement itself (tools/axe.py) on a real JupyterLab in Chromium.

A probe notebook carries deliberate violations in a Markdown cell and in cell outputs (a PNG
output without alt, an SVG image without a title, links without text, low-contrast text, an
unlabelled input, a widget without a label); each must show up in ``audit(page)["content"]`` with axe's rule id and impact, so the
measurement the session browser test relies on can fail. A clean twin (alt text, good contrast,
labels) must have no serious content violation, and a violation planted in JupyterLab's own
status bar must be counted as Jupyter's, not the course's. The report writer is tested on a
small findings dict.
"""

from __future__ import annotations

import os

import nbformat
import pytest

from tools.axe import AXE_JS, audit, axe_version, serious, write_jupyter_report
from tools.browser import CHROMIUM, VIEWPORT, LabServer, chromium

needs_browser = pytest.mark.skipif(
    (not CHROMIUM.exists() or not AXE_JS.exists()) and not os.environ.get("CI"),
    reason="apt-get install chromium; make install-node (axe-core)",
)

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

BAD_MARKDOWN = (
    "# Probe aksesibilitas\n\n"
    "Gambar Markdown dengan alt kosong: ![](" + PIXEL + ")\n\n"
    'Gambar HTML tanpa alt di sel Markdown: <img src="' + PIXEL + '" width="40" height="40">\n\n'
    "Tautan tanpa teks: [](https://example.org/tanpa-teks)"
)
BAD_OUTPUT = (
    "from IPython.display import HTML, display\n"
    'display(HTML(\'<div style="background:#ffffff">'
    '<img src="' + PIXEL + '" width="40" height="40">'
    '<p style="color:#aaaaaa;background:#ffffff">Teks pudar di atas putih</p>'
    '<input type="text">'
    '<a href="https://example.org/kosong"></a>'
    '<svg role="img" width="20" height="20"><rect width="20" height="20" fill="#c00"></rect></svg>'
    "</div>'))"
)
# A PNG output, as matplotlib draws a chart: JupyterLab's image renderer gives it no alt at all.
BAD_PNG = (
    "import base64\nfrom IPython.display import Image\n"
    f"display(Image(data=base64.b64decode('{PIXEL.split(',')[1]}'), width=30))"
)
BAD_WIDGET = "import ipywidgets as widgets\ndisplay(widgets.Dropdown(options=['a', 'b']))"

GOOD_MARKDOWN = (
    "# Probe bersih\n\n"
    "![Grafik batang: Instagram tertinggi, X terendah](" + PIXEL + ")\n\n"
    "[Panduan WCAG 2.2 dari W3C](https://www.w3.org/TR/WCAG22/)"
)
GOOD_OUTPUT = (
    "from IPython.display import HTML, display\n"
    'display(HTML(\'<div style="background:#ffffff">'
    '<img src="' + PIXEL + '" alt="Logo kabupaten" width="40" height="40">'
    '<p style="color:#222222;background:#ffffff">Teks jelas di atas putih</p>'
    '<label for="judul-probe">Judul</label> <input id="judul-probe" type="text">'
    '<a href="https://example.org/panduan">Panduan menulis judul</a>'
    "</div>'))"
)
GOOD_WIDGET = "import ipywidgets as widgets\ndisplay(widgets.Dropdown(options=['a', 'b'], description='Platform'))"

_BUSY_JS = """() => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')]
    .map(p => p.textContent.trim());
  return prompts.some(p => p === '[*]:' || p === '[ ]:' || p === '')
    || !/\\|\\s*Idle/.test(document.querySelector('#jp-main-statusbar')?.textContent || '');
}"""


def write_probe(path, markdown: str, codes: list[str]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(markdown)] + [nbformat.v4.new_code_cell(c) for c in codes]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, path)


def open_and_run(page, lab: LabServer, name: str, cells: int) -> None:
    """Open the probe, run its cells with Shift+Enter (the menus' labels are Indonesian), wait for outputs."""
    page.goto(lab.lab_url(name))
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=90_000)
    page.wait_for_function(
        "() => /\\|\\s*Idle/.test(document.querySelector('#jp-main-statusbar')?.textContent || '')", timeout=90_000
    )
    page.keyboard.press("Escape")
    for _ in range(cells - 1):
        page.keyboard.press("Shift+Enter")
    page.keyboard.press("Control+Enter")  # the last cell: run in place, no new cell below
    page.wait_for_function("() => !(" + _BUSY_JS + ")()", timeout=90_000, polling=200)
    page.wait_for_selector(".jp-OutputArea-output .widget-dropdown select", timeout=30_000)
    page.wait_for_timeout(300)


@pytest.fixture(scope="module")
def audits(tmp_path_factory):
    """The audit of the violating probe, of the clean probe, and of the clean probe with a planted
    violation in JupyterLab's status bar."""
    if (not CHROMIUM.exists() or not AXE_JS.exists()) and not os.environ.get("CI"):
        pytest.skip("apt-get install chromium; make install-node (axe-core)")
    folder = tmp_path_factory.mktemp("axe")
    probes = {
        "buruk": (BAD_MARKDOWN, [BAD_OUTPUT, BAD_WIDGET, BAD_PNG]),
        "bersih": (GOOD_MARKDOWN, [GOOD_OUTPUT, GOOD_WIDGET]),
    }
    found = {}
    with LabServer(folder) as lab, chromium() as browser:
        for name, (markdown, codes) in probes.items():
            write_probe(folder / f"{name}.ipynb", markdown, codes)
            page = browser.new_context(viewport=VIEWPORT, device_scale_factor=1).new_page()
            open_and_run(page, lab, f"{name}.ipynb", 1 + len(codes))
            found[name] = audit(page)
            found[f"{name}-alts"] = page.evaluate(
                "() => [...document.querySelectorAll('.jp-MarkdownCell img, .jp-OutputArea-output img')]"
                ".map(i => i.getAttribute('alt'))"
            )
            if name == "bersih":
                page.evaluate(
                    "() => { const img = document.createElement('img'); img.id = 'bimtek-planted';"
                    f" img.src = '{PIXEL}'; img.width = 20; img.height = 20;"
                    " document.querySelector('#jp-main-statusbar').appendChild(img); }"
                )
                found["planted"] = audit(page)
            page.context.close()
    return found


def by_id(violations: list[dict]) -> dict[str, dict]:
    return {v["id"]: v for v in violations}


@needs_browser
@pytest.mark.parametrize(
    ("rule", "impact", "where"),
    [
        ("image-alt", "critical", "img"),  # the PNG output (a chart has no alt in JupyterLab)
        ("svg-img-alt", "serious", "svg"),  # an <svg role="img"> without a title
        ("link-name", "serious", "a"),  # the empty Markdown link and the empty <a> in the output
        ("color-contrast", "serious", "p"),  # #aaa on white: 2.3:1
        ("label", "critical", "input"),  # the unlabelled <input>
        ("select-name", "critical", "select"),  # the ipywidgets Dropdown without a description
    ],
)
def test_probe_violations_are_course_content(audits, rule, impact, where):
    content = by_id(audits["buruk"]["content"])
    assert rule in content, sorted(content)
    found = content[rule]
    assert found["impact"] == impact
    assert found["count"] >= 1 and len(found["targets"]) == found["count"]
    assert found["html"].lstrip().lower().startswith(f"<{where}"), found["html"]
    assert found in serious(audits["buruk"]["content"])
    jupyter = by_id(audits["buruk"]["jupyter"]).get(rule, {"targets": []})
    assert not set(found["targets"]) & set(jupyter["targets"]), "a node was counted twice"


@needs_browser
def test_both_empty_links_found(audits):
    """The Markdown cell's empty link and the HTML output's empty <a> are both found."""
    content = by_id(audits["buruk"]["content"])
    assert content["link-name"]["count"] == 2, content["link-name"]
    assert any("tanpa-teks" in t for t in content["link-name"]["targets"])
    assert any("kosong" in t for t in content["link-name"]["targets"])


@needs_browser
def test_jupyterlab_fills_missing_alt_so_axe_cannot_see_it(audits):
    """JupyterLab's Markdown and HTML renderers give every <img> without an alt (or with alt="") the
    alt "Image" (rendermime ``handleDefaults``), so axe passes them: a Markdown ``![](...)`` and an
    HTML <img> without alt are invisible to axe, and the course's own text-alternative test must read
    the notebooks. A PNG output (a matplotlib chart) gets no alt at all, and axe does flag it."""
    alts = audits["buruk-alts"]
    assert alts.count("Image") == 3, alts  # ![](...), the <img> in Markdown, the <img> in the HTML output
    assert alts.count(None) == 1, alts  # the PNG output
    assert by_id(audits["buruk"]["content"])["image-alt"]["count"] == 1


@needs_browser
def test_clean_probe_has_no_serious_content_violation(audits):
    assert serious(audits["bersih"]["content"]) == [], audits["bersih"]["content"]


@needs_browser
def test_violation_in_jupyter_chrome_is_jupyters(audits):
    planted = audits["planted"]
    assert serious(planted["content"]) == [], planted["content"]
    jupyter = by_id(planted["jupyter"])
    assert "image-alt" in jupyter
    assert any("bimtek-planted" in t for t in jupyter["image-alt"]["targets"]), jupyter["image-alt"]
    # Jupyter's own violations exist on a real page and are reported, not silenced.
    assert planted["jupyter"], "no Jupyter violations at all: the split is suspicious"


def _v(rule: str, impact: str, targets: list[str]) -> dict:
    return {
        "id": rule,
        "impact": impact,
        "help": f"help of {rule}",
        "helpUrl": f"https://dequeuniversity.com/rules/axe/4.14/{rule}",
        "targets": targets,
        "html": "<x>",
        "count": len(targets),
    }


def test_report_lists_jupyter_violations_sorted_and_counts_sessions(tmp_path):
    findings = {
        "Notebook 7": {"01-a": {"content": [], "jupyter": [_v("region", "moderate", [".nb"])]}},
        "JupyterLab": {
            "02-b": {
                "content": [],
                "jupyter": [_v("aria-allowed-role", "minor", ["#x"]), _v("label", "critical", ["#q"])],
            },
            "01-a": {"content": [], "jupyter": [_v("label", "critical", ["#p", "#r"])]},
        },
    }
    path = tmp_path / "docs" / "aksesibilitas.md"
    write_jupyter_report(findings, path)
    text = path.read_text(encoding="utf-8")
    assert "tests/test_browser.py" in text and "dibuat otomatis" in text
    assert f"**axe-core {axe_version()}**" in text
    rows = [line for line in text.splitlines() if line.startswith("| [`")]
    assert [r.split("`")[1] for r in rows] == ["label", "region", "aria-allowed-role"]
    label = rows[0].split(" | ")
    assert label[1] == "kritis" and label[4] == "JupyterLab" and label[5:7] == ["2", "3"]
    assert "`#p`" in rows[0]  # the example comes from the first session in sorted order
    assert "tidak punya label" in rows[0]  # the Indonesian meaning
    assert "tidak punya pelanggaran kritis atau serius** di 3 pemeriksaan" in text
    assert "`color-contrast`" in text  # the content rules checked
    # Deterministic: a second run writes the same text.
    write_jupyter_report(findings, path)
    assert path.read_text(encoding="utf-8") == text


def test_report_names_serious_content_violations(tmp_path):
    findings = {"JupyterLab": {"03-c": {"content": [_v("image-alt", "critical", ["img.x"])], "jupyter": []}}}
    path = tmp_path / "a.md"
    write_jupyter_report(findings, path)
    text = path.read_text(encoding="utf-8")
    assert "1 pelanggaran kritis atau serius dari konten kursus" in text
    assert "JupyterLab, 03-c: `image-alt` (kritis)" in text
    assert "Tidak ada pelanggaran di dalam Jupyter." in text
