"""The course's own content is accessible (issue 15, item 3): each rule is checked on every session and
shown to fail on a small broken example.

1. one H1 per notebook, no skipped heading level;
2. every Markdown image has a describing alt text; every chart the course draws reaches the page as an
   ``<img alt>`` with a description naming its highest ("tertinggi") and lowest ("terendah") values, or,
   for an illustration, one starting "Ilustrasi sintetis" (checked on every session run headless with the
   solutions, by nbclient, including the charts inside widgets);
3. Markdown tables have a header row, HTML tables the course outputs have ``<th>``;
4. link texts name where they go (no "di sini", "klik", a bare URL in running text);
5. verdicts carry words, not only a colour or a mark;
6. every widget control has a label a screen reader announces (ipywidgets 8 renders ``description`` as a
   ``<label for>``; a placeholder is not a label);
7. text colours of the course's HTML meet WCAG 2.2 AA (4.5:1).
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import matplotlib
import nbformat
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SESSIONS = sorted(p.name for p in (ROOT / "source").iterdir() if (p / f"{p.name}.ipynb").exists())


def notebook(session: str) -> nbformat.NotebookNode:
    return nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4)


def markdown(nb) -> list[str]:
    """The Markdown cells' text with fenced code blocks removed."""
    return [re.sub(r"```.*?```", "", c.source, flags=re.S) for c in nb.cells if c.cell_type == "markdown"]


# --------------------------------------------------------------------------- 1. headings


def heading_levels(texts: list[str]) -> list[int]:
    levels = []
    for text in texts:
        for line in text.splitlines():
            m = re.match(r"^(#{1,6})\s+\S", line) or re.match(r"^\s*<h([1-6])\b", line, re.I)
            if m:
                levels.append(len(m.group(1)) if m.group(1).startswith("#") else int(m.group(1)))
    return levels


def heading_problems(levels: list[int]) -> list[str]:
    problems = []
    if levels.count(1) != 1:
        problems.append(f"{levels.count(1)} judul H1 (harus tepat satu)")
    if levels and levels[0] != 1:
        problems.append(f"judul pertama H{levels[0]}, bukan H1")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            problems.append(f"H{before} lalu H{after}: tingkat judul terlewat")
    return problems


@pytest.mark.parametrize("session", SESSIONS)
def test_one_h1_and_no_skipped_heading_level(session):
    assert heading_problems(heading_levels(markdown(notebook(session)))) == []


def test_the_heading_rule_catches_a_broken_notebook():
    assert heading_problems(heading_levels(["# A\n## B\n#### C"])) == ["H2 lalu H4: tingkat judul terlewat"]
    assert heading_problems(heading_levels(["# A", "# B"]))
    assert heading_problems(heading_levels(["## A\n### B"]))
    assert heading_problems(heading_levels(["# A\n## B\n### C\n## D"])) == []


# --------------------------------------------------------------------------- 2. images in Markdown

TRIVIAL_ALT = {"", "gambar", "image", "foto", "grafik", "ilustrasi", "img", "picture", "chart"}


def image_problems(text: str) -> list[str]:
    problems = []
    for alt, src in re.findall(r"!\[([^\]]*)\]\(([^)\s]*)", text):
        if alt.strip().lower() in TRIVIAL_ALT or len(alt.split()) < 4 or alt.strip() == Path(src).name:
            problems.append(f"gambar {src}: teks alt tidak menjelaskan ({alt!r})")
    for tag in re.findall(r"<img\b[^>]*>", text, re.I):
        m = re.search(r'\balt\s*=\s*"([^"]*)"', tag)
        if not m or len(m.group(1).split()) < 4:
            problems.append(f"{tag[:60]}: teks alt kosong atau terlalu pendek")
    return problems


@pytest.mark.parametrize("session", SESSIONS)
def test_every_markdown_image_has_a_describing_alt(session):
    assert [p for text in markdown(notebook(session)) for p in image_problems(text)] == []


def test_the_image_rule_catches_missing_alt_text():
    assert image_problems("![](foto.png)")
    assert image_problems("![gambar](foto.png)")
    assert image_problems('<img src="a.png">')
    assert image_problems("![Ilustrasi sintetis: petugas dan lima warga antre](a.png)") == []


# --------------------------------------------------------------------------- 3. tables in Markdown


def table_problems(text: str) -> list[str]:
    problems = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", line):
            header = lines[i - 1] if i else ""
            cells = [c.strip() for c in header.strip().strip("|").split("|")]
            if not header.strip().startswith("|") and "|" not in header or any(not c for c in cells):
                problems.append(f"tabel tanpa baris judul lengkap: {header!r}")
    return problems


@pytest.mark.parametrize("session", SESSIONS)
def test_markdown_tables_have_a_header_row(session):
    texts = markdown(notebook(session))
    assert any("|---" in t for t in texts) or session.startswith("08")  # the rule has tables to check
    assert [p for text in texts for p in table_problems(text)] == []


def test_the_table_rule_catches_a_table_without_header():
    assert table_problems("| | |\n|---|---|\n| a | b |")
    assert table_problems("| Nama | |\n|---|---|\n| a | b |")
    assert table_problems("| Nama | Nilai |\n|---|---|\n| a | b |") == []


# --------------------------------------------------------------------------- 4. links

VAGUE = {"di sini", "disini", "klik", "klik di sini", "tautan", "tautan ini", "link", "link ini", "ini", "sini"}
URL = re.compile(r"https?://[^\s)<>\]]+")


def link_problems(text: str, references: bool) -> list[str]:
    """Named links only; a bare URL only in a reference list, after the name of its source."""
    problems = []
    for label in re.findall(r"(?<!!)\[([^\]]*)\]\([^)]*\)", text) + re.findall(r"<a\b[^>]*>(.*?)</a>", text, re.S):
        plain = re.sub(r"<[^>]+>", "", label).strip().lower()
        if plain in VAGUE or URL.fullmatch(plain) or not plain:
            problems.append(f"tautan {label!r} tidak menyebut tujuannya")
    bare = URL.sub("URL", re.sub(r"\[[^\]]*\]\([^)]*\)|<a\b[^>]*>.*?</a>", "", text, flags=re.S))
    if "URL" in bare and not references:
        problems.append("alamat web telanjang di teks: jadikan tautan bernama, [Nama sumber](alamat)")
    if references:
        for item in re.split(r"\n(?=- )", bare):
            words = re.findall(r"[A-Za-z]{3,}", item.split("URL")[0])
            if "URL" in item and len(words) < 2:
                problems.append(f"rujukan tanpa nama sumber sebelum alamatnya: {item[:60]!r}")
    return problems


def split_references(texts: list[str]) -> tuple[list[str], list[str]]:
    """(running text, reference list): everything after a "Referensi" heading is the reference list."""
    body, refs, in_refs = [], [], False
    for text in texts:
        parts = re.split(r"(?m)^(?=#{1,6}\s)", text)
        for part in parts:
            if re.match(r"#{1,6}\s+(Referensi|Sumber|Daftar pustaka)\b", part):
                in_refs = True
            elif re.match(r"#{1,6}\s", part):
                in_refs = False
            (refs if in_refs else body).append(part)
    return body, refs


@pytest.mark.parametrize("session", SESSIONS)
def test_links_name_where_they_go(session):
    body, refs = split_references(markdown(notebook(session)))
    problems = [p for t in body for p in link_problems(t, references=False)]
    problems += [p for t in refs for p in link_problems(t, references=True)]
    assert problems == []


def test_the_link_rule_catches_vague_and_bare_links():
    assert link_problems("Unduh [di sini](https://a.go.id).", references=False)
    assert link_problems("Baca [tautan ini](https://a.go.id).", references=False)
    assert link_problems("Baca [https://a.go.id](https://a.go.id).", references=False)
    assert link_problems("Naskahnya di JDIH (https://jdih.menpan.go.id).", references=False)
    assert link_problems("- https://jdih.menpan.go.id", references=True)
    assert link_problems("Naskahnya di [JDIH Kementerian PANRB](https://jdih.menpan.go.id).", references=False) == []
    assert link_problems("- Hootsuite (2024). Benchmarks. https://blog.hootsuite.com/x", references=True) == []


# --------------------------------------------------------------------------- 7. colour contrast


def luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str = "#ffffff") -> float:
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


HEX = r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"
STYLE = re.compile(r"style\s*=\s*[\"']([^\"']*)[\"']", re.I)


def colour_problems(markup: str) -> list[str]:
    """Text colours (inline ``color``) against their inline background, or white, below 4.5:1."""
    problems = []
    for style in STYLE.findall(markup):
        fg = re.search(rf"(?<![-\w])color\s*:\s*({HEX})", style)
        bg = re.search(rf"background(?:-color)?\s*:\s*({HEX})", style)
        if fg:
            ratio = contrast(fg.group(1), bg.group(1) if bg else "#ffffff")
            if ratio < 4.5:
                problems.append(f"{fg.group(1)} di atas {bg.group(1) if bg else '#ffffff'}: {ratio:.2f}:1")
    return problems


def course_colour_literals() -> list[tuple[str, str]]:
    """The text colours of the HTML the course writes (widgets, sessions, engines), by file.

    A file that writes ``color:`` is read whole: each colour after ``color:`` and each colour constant of the
    module (``HIJAU, MERAH = "#1b6e3a", "#b3261e"``, ``_WARNA = {...}``) that a ``color:{...}`` can pick."""
    found = []
    for path in sorted((ROOT / "course").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "instructor" in path.parts or not re.search(r"(?<![-\w])color\s*:", text):
            continue
        where = str(path.relative_to(ROOT))
        found += [(where, c) for c in re.findall(rf"(?<![-\w])color\s*:\s*({HEX})", text)]
        for line in re.findall(r"^_?[A-Z][A-Z_, ]*=\s*[\[({]?\s*[\"'#].*$", text, re.M):
            found += [(where, c) for c in re.findall(HEX, line)]
        for body in re.findall(r"^_?[A-Z_]+\s*=\s*\{([^}]*)\}", text, re.M):
            found += [(where, c) for c in re.findall(HEX, body)]
    return sorted(set(found))


def test_the_course_text_colours_meet_wcag_aa():
    literals = course_colour_literals()
    assert len(literals) >= 15  # the widgets' verdict colours are found
    low = [(where, c, round(contrast(c), 2)) for where, c in literals if contrast(c) < 4.5]
    assert low == []


def test_the_contrast_rule_catches_pale_text():
    assert round(contrast("#000000"), 1) == 21.0
    assert round(contrast("#777777"), 2) == 4.48  # the well-known just-failing grey
    assert colour_problems("<b style='color:#e69f00'>oranye</b>")
    assert colour_problems("<span style='color:#ffffff;background:#f0e442'>x</span>")
    assert colour_problems("<b style='color:#b3261e'>Belum lolos</b>") == []


# --------------------------------------------------------------------------- every session, run headless


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """``runs(session)``: the source notebook (solutions in place) run once by nbclient in a copy of its folder."""
    from nbclient import NotebookClient

    workdir = tmp_path_factory.mktemp("aksesibilitas")
    done: dict[str, nbformat.NotebookNode] = {}

    def get(session: str) -> nbformat.NotebookNode:
        if session not in done:
            folder = workdir / session
            shutil.copytree(ROOT / "source" / session, folder)
            nb = nbformat.read(folder / f"{session}.ipynb", as_version=4)
            NotebookClient(
                nb, kernel_name="python3", timeout=300, allow_errors=True, resources={"metadata": {"path": str(folder)}}
            ).execute()
            done[session] = nb
        return done[session]

    return get


def outputs(nb) -> list[dict]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


def widget_models(nb) -> list[dict]:
    """The widget models nbclient saved with the notebook (their state after Run All)."""
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return [m for m in state.get("state", {}).values()]


def html_texts(nb) -> list[str]:
    """Every HTML the course put on the page: HTML outputs and the value of every HTML widget."""
    texts = [o["data"]["text/html"] for o in outputs(nb) if "text/html" in o.get("data", {})]
    texts += [m["state"].get("value", "") for m in widget_models(nb) if m.get("model_name") in ("HTMLModel",)]
    return texts


def chart_problems(markup: str) -> list[str]:
    """Each ``<img>`` in ``markup`` needs an alt describing a chart (tertinggi and terendah) or an illustration."""
    problems = []
    for tag in re.findall(r"<img\b[^>]*>", markup, re.I):
        m = re.search(r'\balt="([^"]*)"', tag)
        alt = html.unescape(m.group(1)) if m else ""
        if len(alt.split()) < 8:
            problems.append(f"gambar tanpa teks alternatif yang berarti: {alt!r}")
        elif not alt.startswith("Ilustrasi sintetis") and not ("tertinggi" in alt and "terendah" in alt):
            problems.append(f"teks alternatif grafik tanpa nilai tertinggi dan terendah: {alt[:80]!r}")
    return problems


def output_image_problems(nb) -> list[str]:
    problems = []
    for out in outputs(nb):
        data = out.get("data", {})
        if ("image/png" in data or "image/svg+xml" in data) and "<img" not in data.get("text/html", ""):
            problems.append("gambar tanpa HTML <img alt> (JupyterLab akan menampilkannya tanpa alt)")
    problems += [p for text in html_texts(nb) for p in chart_problems(text)]
    problems += [f"{m['model_name']} tanpa alt" for m in widget_models(nb) if m.get("model_name") == "ImageModel"]
    return problems


CHART_SESSIONS = {"01-konten-medsos": 2, "02-analisis-engagement": 4, "04-media-massa": 2, "06-konferensi-pers": 1}


@pytest.mark.parametrize("session", SESSIONS)
def test_every_chart_and_picture_on_the_page_has_a_text_alternative(session, runs):
    nb = runs(session)
    assert [o for o in outputs(nb) if o.get("output_type") == "error"] == []
    assert output_image_problems(nb) == []
    images = sum("<img" in t for t in html_texts(nb))
    assert images >= CHART_SESSIONS.get(session, 0), f"{session}: only {images} charts found"


def test_the_chart_rule_catches_a_bare_chart_and_a_vague_alt():
    import matplotlib.pyplot as plt

    from course.engines.charts_text import chart_text

    fig, ax = plt.subplots()
    ax.bar(["pagi", "malam"], [3.0, 1.0])
    ax.set_title("Unggahan")
    bare = nbformat.from_dict(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "source": "",
                    "metadata": {},
                    "outputs": [
                        {
                            "output_type": "display_data",
                            "metadata": {},
                            "data": {"image/png": "iVBO", "text/plain": "<Figure>"},
                        }
                    ],
                }
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )
    assert output_image_problems(bare)
    assert chart_problems('<img src="x.png" alt="Image">')
    assert chart_problems('<img src="x.png" alt="Grafik batang unggahan per waktu unggah dalam data sintetis">')
    shown = chart_text(ax)
    assert "nilai tertinggi: pagi (3)" in shown.alt and "nilai terendah: malam (1)" in shown.alt
    assert chart_problems(shown.html()) == [] and set(shown.bundle()) == {"text/html", "image/png", "text/plain"}
    plt.close(fig)


@pytest.mark.parametrize("session", SESSIONS)
def test_html_tables_have_header_cells_and_colours_meet_aa(session, runs):
    texts = html_texts(runs(session))
    for text in texts:
        for table in re.findall(r"<table\b.*?</table>", text, re.S | re.I):
            assert "<th" in table, table[:200]
    assert [p for t in texts for p in colour_problems(t)] == []


@pytest.mark.parametrize("session", SESSIONS)
def test_self_check_verdicts_say_it_in_words(session, runs):
    nb = runs(session)
    for cell in nb.cells:
        if cell.cell_type != "code" or not re.search(r"^cek\(", cell.source, re.M):
            continue
        text = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
        assert re.search(r"\b(Tepat|tercatat)\b", text), (cell.source[:80], text[:200])


def test_a_wrong_answer_is_told_in_words():
    from course import cek
    from course.errors import CourseError, explain
    from course.sessions import s01_konten_medsos  # noqa: F401  (registers the checks)

    for answer in (None, ["gambar"], "video"):
        with pytest.raises(CourseError) as caught:
            cek("konten_3", answer)
        assert re.match(r"(Belum tepat|Belum diisi|Masukan tidak dapat digunakan)", explain(caught.value))
        assert "belum" in explain(caught.value).lower() or "tidak" in explain(caught.value).lower()


VERDICT_WORDS = re.compile(
    r"\b(Lolos|Belum|Terpenuhi|Saran|Tahan|Boleh|CLICKBAIT|Judul normal|Catatan|Transkrip)\b", re.I
)


def verdict_problems(markup: str) -> list[str]:
    """A coloured verdict (red or green text) must say its verdict in words."""
    problems = []
    for colour, inner in re.findall(
        r"<(?:div|b|span)[^>]*color:\s*(#[0-9a-fA-F]{3,6})[^>]*>(.*?)</(?:div|b|span)>", markup
    ):
        words = re.sub(r"<[^>]+>|&#?\w+;", "", inner)
        if colour.lower() in ("#1b6e3a", "#b3261e") and not VERDICT_WORDS.search(words):
            problems.append(f"vonis hanya dengan warna atau tanda: {inner[:60]!r}")
    return problems


def test_widget_verdicts_say_it_in_words():
    from course.widgets.headline_checker import pemeriksa_judul
    from course.widgets.release_editor import editor_rilis
    from course.widgets.rundown_planner import perencana_rundown
    from course.widgets.verification_checklist import daftar_verifikasi

    rundown = perencana_rundown()
    release = editor_rilis("Bupati meresmikan jembatan. Acara berlangsung meriah.")
    shown = [
        rundown.keterangan.value,
        release.ringkasan.value,
        release.daftar.value,
        pemeriksa_judul("Heboh! Warga Melongo").vonis.value,
        daftar_verifikasi().status.value,
    ]
    assert "Belum terpenuhi" in rundown.keterangan.value and "Terpenuhi" in rundown.keterangan.value
    assert "Belum lolos" in release.daftar.value
    assert [p for text in shown for p in verdict_problems(text)] == []
    assert verdict_problems("<div style='color:#b3261e'>&#9746; <b>Tanya jawab</b>: 10 menit</div>")


# --------------------------------------------------------------------------- 6. widget labels

CONTROLS_NEEDING_A_LABEL = (
    "Dropdown",
    "Select",
    "SelectMultiple",
    "Text",
    "Textarea",
    "IntSlider",
    "FloatSlider",
    "IntText",
    "FloatText",
    "BoundedIntText",
    "BoundedFloatText",
    "RadioButtons",
    "ToggleButtons",
    "Checkbox",
    "Combobox",
    "Password",
    "SelectionSlider",
)


def label_problems(widget) -> list[str]:
    """Each control in ``widget`` (walked through its children) has a non-empty ``description``."""
    import ipywidgets as widgets

    problems = []
    stack = [widget]
    while stack:
        w = stack.pop()
        stack.extend(getattr(w, "children", ()))
        kind = type(w).__name__
        if isinstance(w, widgets.Button) or kind in CONTROLS_NEEDING_A_LABEL:
            if not (w.description or "").strip():
                problems.append(f"{kind} tanpa label (description); placeholder bukan label")
    return problems


def widget_factories():
    from course.engines import synthetic_data as dataset
    from course.engines.engagement_frames import siapkan
    from course.widgets.engagement_explorer import penjelajah_engagement
    from course.widgets.headline_checker import pemeriksa_judul
    from course.widgets.posting_hours import penjelajah_jam_tayang
    from course.widgets.press_qa import latihan_tanya_jawab
    from course.widgets.release_editor import editor_rilis
    from course.widgets.rundown_planner import perencana_rundown
    from course.widgets.verification_checklist import daftar_verifikasi

    posts = siapkan(dataset.load_clean())
    return [
        penjelajah_engagement(posts),
        penjelajah_jam_tayang(posts),
        pemeriksa_judul("Judul"),
        latihan_tanya_jawab(),
        editor_rilis(""),
        perencana_rundown(),
        daftar_verifikasi(),
    ]


def test_every_widget_control_has_a_label():
    import ipywidgets as widgets

    built = widget_factories()
    modules = {p.stem for p in (ROOT / "course" / "widgets").glob("*.py")} - {"__init__"}
    assert {type(w).__module__.rsplit(".", 1)[-1] for w in built} == modules  # every widget module is covered
    assert [p for w in built for p in label_problems(w)] == []
    assert label_problems(widgets.VBox([widgets.Textarea(placeholder="Tulis di sini")]))
    assert label_problems(widgets.VBox([widgets.HBox([widgets.Button()])]))


@pytest.mark.parametrize("session", SESSIONS)
def test_widgets_on_the_page_have_labels(session, runs):
    missing = [
        m["model_name"]
        for m in widget_models(runs(session))
        if m.get("model_name", "").removesuffix("Model") in (*CONTROLS_NEEDING_A_LABEL, "Button")
        and not str(m["state"].get("description", "")).strip()
    ]
    assert missing == []


# --------------------------------------------------------------------------- keyboard reach of what the course shows

SCROLL_REGION = re.compile(r'<div role="region" tabindex="0" aria-label="Tabel \d+ baris, \d+ kolom[^"]*"')


def unreachable_tables(markup: str) -> list[str]:
    """A DataFrame table that is not inside a focusable region (it may scroll out of a keyboard's reach)."""
    tables = len(re.findall(r'<table border="1" class="dataframe', markup))
    regions = len(SCROLL_REGION.findall(markup))
    return [f"{tables - regions} tabel tanpa wilayah yang bisa difokus"] if tables > regions else []


@pytest.mark.parametrize("session", SESSIONS)
def test_every_table_on_the_page_scrolls_inside_a_focusable_region(session, runs):
    assert [p for t in html_texts(runs(session)) for p in unreachable_tables(t)] == []


def test_the_table_region_rule_catches_a_bare_dataframe():
    import pandas as pd

    from course.tables import frame_html

    wide = pd.DataFrame({f"kolom_{i}": [i, i + 1] for i in range(14)})
    assert unreachable_tables(wide._repr_html_())
    wrapped = frame_html(wide)
    assert unreachable_tables(wrapped) == [] and 'aria-label="Tabel 2 baris, 14 kolom' in wrapped


def test_no_course_widget_uses_a_slider_without_an_accessible_name():
    """ipywidgets draws a slider's handle as role="slider" with no name (axe-core aria-input-field-name, serious)."""
    built = widget_factories()

    def sliders(widget) -> list[str]:
        found = [type(widget).__name__] if "Slider" in type(widget).__name__ else []
        return found + [s for child in getattr(widget, "children", ()) for s in sliders(child)]

    assert [s for w in built for s in sliders(w)] == []
