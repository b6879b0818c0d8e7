"""Accessibility measured with axe-core (npm, ``./node_modules``) in a Playwright page.

``audit(page)`` injects axe-core into the page (and its frames), runs the WCAG 2.0/2.1/2.2 A and
AA rules plus axe's best practices, and splits every violation into the nodes that come from the
course's own content (rendered Markdown cells and cell outputs, widgets included) and the nodes of
Jupyter itself (menus, toolbars, side bars, status bar, editors, prompts, dialogs). Membership is
decided in the page: each node's axe target is resolved with ``querySelector`` and tested with
``closest``. ``write_jupyter_report`` writes what remains inside Jupyter to ``docs/aksesibilitas.md``.
Used by ``tests/test_axe.py`` and the session browser test.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# A node is course content when it lies inside one of these (JupyterLab and Notebook 7 alike).
CONTENT_SELECTOR = (
    ".jp-MarkdownCell .jp-RenderedHTMLCommon, .jp-MarkdownCell .jp-RenderedMarkdown, .jp-OutputArea-output"
)
SERIOUS = ("critical", "serious")
IMPACT_ORDER = {"critical": 0, "serious": 1, "moderate": 2, "minor": 3}
IMPACT_ID = {"critical": "kritis", "serious": "serius", "moderate": "sedang", "minor": "ringan"}

_RUN_JS = """
async ([tags, contentSelector]) => {
  // JupyterLab's <body> is 0 px high with overflow: hidden (the shell is absolutely positioned over the
  // viewport), so axe would take every notebook node for clipped and skip the visual rules (colour
  // contrast among them; axe-core #2218, #1456). For the measurement the body spans the viewport, which
  // changes nothing on screen; the old value is restored afterwards.
  const body = document.body, old = body.style.minHeight;
  body.style.minHeight = '100vh';
  let result;
  try {
    result = await axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: tags}});
  } finally {
    body.style.minHeight = old;
  }
  // The element a target names in the top document: a plain selector, or the outermost host of a
  // shadow-DOM path, or the frame element of a frame path. null when it cannot be resolved.
  const outer = (target) => {
    if (!Array.isArray(target) || target.length === 0) return null;
    const first = Array.isArray(target[0]) ? target[0][0] : target[0];
    if (typeof first !== 'string') return null;
    try { return document.querySelector(first); } catch (e) { return null; }
  };
  const show = (target) => target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' >>> ');
  const entry = (v, nodes) => ({
    id: v.id, impact: v.impact || 'minor', help: v.help, helpUrl: v.helpUrl,
    targets: nodes.map(n => show(n.target)),
    html: (nodes[0].html || '').slice(0, 300),
    count: nodes.length,
  });
  const out = {content: [], jupyter: []};
  for (const v of result.violations) {
    const content = [], jupyter = [];
    for (const node of v.nodes) {
      const el = outer(node.target);
      (el && el.closest(contentSelector) ? content : jupyter).push(node);
    }
    if (content.length) out.content.push(entry(v, content));
    if (jupyter.length) out.jupyter.push(entry(v, jupyter));
  }
  return out;
}
"""


def axe_version() -> str:
    """The version of the installed axe-core (``npm ci`` from package-lock.json)."""
    package = AXE_JS.parent / "package.json"
    if not package.is_file():
        return "(belum terpasang: make install-node)"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def _inject(page) -> None:
    for frame in page.frames:
        try:
            if not frame.evaluate("() => typeof window.axe !== 'undefined'"):
                frame.add_script_tag(path=str(AXE_JS))
        except Exception:  # a frame that went away or cannot take scripts: axe reports it itself
            if frame is page.main_frame:
                raise


def _sorted(violations: list[dict]) -> list[dict]:
    return sorted(violations, key=lambda v: (IMPACT_ORDER.get(v["impact"], 9), v["id"]))


def audit(page) -> dict:
    """Run axe-core in ``page``; return ``{"content": [...], "jupyter": [...]}`` violations."""
    _inject(page)
    found = page.evaluate(_RUN_JS, [TAGS, CONTENT_SELECTOR])
    return {"content": _sorted(found["content"]), "jupyter": _sorted(found["jupyter"])}


def serious(violations: list[dict]) -> list[dict]:
    """The violations whose impact is critical or serious."""
    return [v for v in violations if v["impact"] in SERIOUS]


# The report ------------------------------------------------------------------------------

# What a rule means, in one Indonesian sentence (rules met in JupyterLab, Notebook 7 and the probes).
MEANING = {
    "aria-allowed-attr": "Atribut ARIA yang dipakai tidak diizinkan untuk peran elemen itu.",
    "aria-allowed-role": "Peran ARIA yang diberikan tidak cocok dengan jenis elemennya.",
    "aria-command-name": "Tombol atau menu berperan ARIA tidak punya nama yang dibacakan pembaca layar.",
    "aria-hidden-focus": "Elemen yang disembunyikan dari pembaca layar masih bisa disorot dengan Tab.",
    "aria-input-field-name": "Kolom isian berperan ARIA tidak punya label yang dibacakan.",
    "aria-prohibited-attr": "Atribut ARIA dipakai pada elemen yang tidak boleh memakainya.",
    "aria-required-children": "Elemen ARIA tidak memuat anak yang wajib ada untuk perannya.",
    "aria-required-parent": "Elemen ARIA tidak berada di dalam induk yang wajib untuk perannya.",
    "aria-toggle-field-name": "Sakelar atau kotak centang berperan ARIA tidak punya nama yang dibacakan.",
    "aria-valid-attr-value": "Nilai atribut ARIA tidak sah (misalnya merujuk ke id yang tidak ada).",
    "button-name": "Tombol tidak punya teks atau label yang dibacakan pembaca layar.",
    "color-contrast": "Kontras warna teks dengan latarnya kurang dari batas WCAG 2.2 AA.",
    "empty-heading": "Ada judul bagian yang kosong.",
    "frame-title": "Bingkai (iframe) tidak punya judul.",
    "heading-order": "Tingkat judul bagian melompat (misalnya dari H1 langsung ke H3).",
    "image-alt": "Gambar tidak punya teks alternatif (atribut alt).",
    "label": "Kolom isian tidak punya label yang dibacakan pembaca layar.",
    "landmark-one-main": "Halaman tidak punya satu wilayah utama (main).",
    "landmark-unique": "Dua wilayah halaman (landmark) punya peran dan nama yang sama.",
    "link-name": "Tautan tidak punya teks yang menjelaskan tujuannya.",
    "link-in-text-block": "Tautan di dalam paragraf hanya dibedakan dari teks di sekitarnya dengan warna.",
    "list": "Daftar memuat elemen selain butir daftar.",
    "listitem": "Butir daftar berada di luar daftar.",
    "nested-interactive": "Kontrol interaktif berada di dalam kontrol interaktif lain.",
    "page-has-heading-one": "Halaman tidak punya judul tingkat satu (H1).",
    "region": "Sebagian isi halaman berada di luar wilayah halaman (landmark).",
    "scrollable-region-focusable": "Wilayah yang bisa digulir tidak bisa dijangkau dengan keyboard.",
    "select-name": "Daftar pilihan (select) tidak punya label.",
    "skip-link": "Tautan lompat (skip link) menuju bagian yang tidak ada atau tidak dapat disorot.",
    "svg-img-alt": "Gambar SVG tidak punya teks alternatif.",
    "tabindex": "Nilai tabindex lebih dari nol mengacaukan urutan Tab.",
    "target-size": "Sasaran sentuh atau klik lebih kecil dari 24 × 24 piksel.",
    "td-headers-attr": "Sel tabel merujuk ke sel judul yang tidak ada.",
    "th-has-data-cells": "Judul kolom tabel tidak punya sel data.",
}

# The axe rules that carry the course-content rules of issue 15 (each also has its own course test).
CONTENT_RULES = [
    ("heading-order", "judul bagian tidak melompat tingkat"),
    ("empty-heading", "judul bagian tidak kosong"),
    ("image-alt", "setiap gambar punya teks alternatif"),
    ("svg-img-alt", "setiap gambar SVG punya teks alternatif"),
    ("role-img-alt", "setiap elemen berperan gambar punya teks alternatif"),
    ("th-has-data-cells", "tabel punya baris judul yang menerangkan datanya"),
    ("td-headers-attr", "sel tabel merujuk ke judul yang ada"),
    ("link-name", "tautan menyebut tujuannya"),
    ("link-in-text-block", "tautan tidak dibedakan dengan warna saja"),
    ("label", "kolom isian widget punya label"),
    ("select-name", "daftar pilihan widget punya label"),
    ("button-name", "tombol widget punya nama"),
    ("aria-input-field-name", "kolom isian ARIA punya nama"),
    ("color-contrast", "kontras warna memenuhi WCAG 2.2 AA"),
]


def _jupyter_rows(findings: dict[str, dict[str, list]]) -> list[dict]:
    """One row per (rule, interface): impact, how many sessions, how many nodes, an example target."""
    rows: dict[tuple[str, str], dict] = {}
    for interface in sorted(findings):
        for session in sorted(findings[interface]):
            for v in findings[interface][session].get("jupyter", []):
                row = rows.setdefault(
                    (v["id"], interface),
                    {
                        **{k: v[k] for k in ("id", "impact", "help", "helpUrl")},
                        "interface": interface,
                        "sessions": set(),
                        "nodes": 0,
                        "example": v["targets"][0] if v["targets"] else "",
                    },
                )
                row["sessions"].add(session)
                row["nodes"] += v["count"]
    return sorted(rows.values(), key=lambda r: (IMPACT_ORDER.get(r["impact"], 9), r["id"], r["interface"]))


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _jupyter_section(rows: list[dict]) -> list[str]:
    lines = [
        "| Aturan axe | Dampak | Artinya | Keterangan axe | Antarmuka | Sesi | Elemen | Contoh sasaran |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| [`{r['id']}`]({r['helpUrl']}) | {IMPACT_ID.get(r['impact'], r['impact'])} "
            f"| {_cell(MEANING.get(r['id'], '—'))} | {_cell(r['help'])} | {r['interface']} "
            f"| {len(r['sessions'])} | {r['nodes']} | `{_cell(r['example'][:120])}` |"
        )
    if not rows:
        lines.append("| — | — | Tidak ada pelanggaran di dalam Jupyter. | — | — | — | — | — |")
    return lines


def _content_section(findings: dict[str, dict[str, list]]) -> list[str]:
    bad, other = [], []
    for interface in sorted(findings):
        for session in sorted(findings[interface]):
            for v in findings[interface][session].get("content", []):
                (bad if v["impact"] in SERIOUS else other).append((interface, session, v))
    sessions = sum(len(s) for s in findings.values())
    lines = ["## Konten kursus", ""]
    if bad:
        lines.append(f"**{len(bad)} pelanggaran kritis atau serius dari konten kursus** (uji peramban gagal):")
    else:
        lines.append(
            f"Konten kursus (sel Markdown dan keluaran sel, termasuk widget) **tidak punya pelanggaran kritis atau "
            f"serius** di {sessions} pemeriksaan (sesi × antarmuka)."
        )
    lines.append("")
    for interface, session, v in bad + other:
        lines.append(
            f"- {interface}, {session}: `{v['id']}` ({IMPACT_ID.get(v['impact'], v['impact'])}), "
            f"{v['count']} elemen, contoh `{_cell(v['targets'][0][:120]) if v['targets'] else ''}`"
        )
    if bad or other:
        lines.append("")
    lines += ["Aturan axe yang membawa aturan konten kursus (isu 15):", ""]
    lines += [f"- `{rule}`: {what}" for rule, what in CONTENT_RULES]
    return lines


def write_jupyter_report(findings: dict[str, dict[str, list]], path: Path) -> None:
    """Write the Indonesian page of the violations inside Jupyter itself (and the content verdict)."""
    interfaces = ", ".join(sorted(findings)) or "—"
    lines = [
        "# Aksesibilitas: hasil pengukuran axe-core",
        "",
        "<!-- Berkas ini dibuat otomatis oleh uji peramban (tests/test_browser.py, lewat tools/axe.py);"
        " jangan disunting dengan tangan. -->",
        "",
        f"Diukur dengan **axe-core {axe_version()}** pada {datetime.date.today().isoformat()}, di Chromium, setiap sesi "
        f"setelah semua sel dijalankan, pada antarmuka: {interfaces}. Aturan yang dijalankan: tag "
        + ", ".join(f"`{t}`" for t in TAGS)
        + " (WCAG 2.0, 2.1, dan 2.2 tingkat A dan AA, serta praktik baik axe).",
        "",
        "Dampak menurut axe: **kritis** dan **serius** menghalangi sebagian pengguna; **sedang** dan **ringan**"
        " menyulitkan.",
        "",
        "## Pelanggaran di dalam Jupyter sendiri",
        "",
        "Pelanggaran ini berasal dari JupyterLab, Notebook 7, dan ekstensinya (menu, bilah alat, bilah samping,"
        " bilah status, editor sel, dialog), bukan dari materi kursus. Daftar ini tidak disembunyikan; perbaikannya"
        " menjadi urusan proyek Jupyter. Pernyataan aksesibilitas JupyterLab sendiri mengarahkan pengguna yang"
        " membutuhkannya ke Jupyter Notebook 7.",
        "",
        *_jupyter_section(_jupyter_rows(findings)),
        "",
        *_content_section(findings),
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
