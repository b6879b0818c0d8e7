"""The HTML page (``index.html``) of the cohort report: headings, charts and tables, in Indonesian."""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd

from course.instructor.cohort import Cohort
from course.itembank import TEST_SESSIONS


def pct_text(value) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:.1f}".replace(".", ",") + "%"


def num_text(value, digits: int = 2) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def html_table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


PAGE_STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
table{border-collapse:collapse;margin:.8em 0;font-size:.9em}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}
th{background:#eef4fa}img{max-width:100%;border:1px solid #ddd;margin:.5em 0}.catatan{color:#555;font-size:.9em}
"""


def render_html(cohort: Cohort, data: dict, g: dict, charts: dict) -> str:
    parts = [
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Laporan kelas Bimtek</title>'
        f"<style>{PAGE_STYLE}</style></head><body>",
        "<h1>Laporan kelas: Bimtek Manajemen Media Sosial dan Kehumasan</h1>",
        f'<p class="catatan">Dibuat {dt.datetime.now():%d-%m-%Y %H.%M} dari buku nilai nbgrader. '
        f"{len(cohort.students)} peserta, {len(cohort.assignments)} sesi. Semua angka halaman ini juga ada di "
        '<a href="laporan.csv">laporan.csv</a>.</p>',
    ]
    if not cohort.has_roster:
        parts.append(
            "<p><b>Catatan:</b> daftar peserta belum diimpor, jadi kabupaten tidak diketahui. "
            "Jalankan <code>bimtek roster import peserta.csv</code>.</p>"
        )
    parts += _scores_sections(data, charts)
    parts += _gain_section(g, charts)
    parts += agreement_section(data.get("kesepakatan"))
    parts.append("</body></html>")
    return "\n".join(parts)


def extremes_text(frame, label: str, value: str, fmt, where: str = "di tabel di bawah") -> str:
    """The highest and lowest value of a chart's data, named, for its text alternative."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return "belum ada data"
    top, bottom = rows.loc[rows[value].idxmax()], rows.loc[rows[value].idxmin()]
    text = (
        f"nilai tertinggi: {top[label]} ({fmt(top[value])}); nilai terendah: {bottom[label]} "
        f"({fmt(bottom[value])}); angka lengkapnya ada {where}"
    )
    return html.escape(text, quote=True)


def _scores_sections(data: dict, charts: dict) -> list[str]:
    """Scores per session and per kabupaten, completion, and difficulty per graded cell."""
    parts: list[str] = []
    ps = data["per_session"]
    parts += [
        "<h2>Nilai per sesi</h2>",
        f'<img src="{charts["sesi"]}" alt="Diagram kotak nilai per sesi; rata-rata {extremes_text(ps, "assignment", "mean", pct_text)}">',
        html_table(
            ["Sesi", "Nilai maks.", "Dinilai", "Rata-rata", "Median", "Terendah", "Tertinggi"],
            [
                [
                    r["assignment"],
                    num_text(r["max_score"], 0),
                    int(r["count"]),
                    pct_text(r["mean"]),
                    pct_text(r["median"]),
                    pct_text(r["min"]),
                    pct_text(r["max"]),
                ]
                for _, r in ps.iterrows()
            ],
        ),
    ]
    kab = data["per_kabupaten"]
    parts += [
        "<h2>Nilai per kabupaten</h2>",
        f'<img src="{charts["kabupaten"]}" alt="Diagram batang nilai rata-rata per kabupaten; {extremes_text(kab, "kabupaten", "mean", pct_text)}">',
        html_table(
            ["Kabupaten", "Peserta", "Peserta dinilai", "Rata-rata nilai"],
            [[r["kabupaten"], int(r["peserta"]), int(r["count"]), pct_text(r["mean"])] for _, r in kab.iterrows()],
        ),
    ]
    comp = data["completion"]
    parts += [
        "<h2>Penyelesaian</h2>",
        f'<img src="{charts["penyelesaian"]}" alt="Diagram penyelesaian per sesi; {extremes_text(comp, "assignment", "persen_selesai", pct_text)}">',
        html_table(
            ["Sesi", "Dinilai", "Gagal dinilai / belum selesai", "Tidak mengumpulkan", "Selesai"],
            [
                [r["assignment"], r["dinilai"], r["gagal"], r["tidak_mengumpulkan"], pct_text(r["persen_selesai"])]
                for _, r in comp.iterrows()
            ],
        ),
        '<p class="catatan">Kiriman yang gagal dinilai tidak dihitung sebagai nol; alasannya ada di '
        "laporan.csv (bagian nilai_peserta) dan di tabel hasil <code>bimtek autograde</code>.</p>",
    ]
    parts += [
        "<h2>Tingkat kesukaran per sel yang dinilai</h2>",
        "<p>p = jumlah poin yang diperoleh semua peserta dibagi jumlah poin maksimumnya. p kecil berarti sel itu "
        "sukar; p mendekati 1 berarti hampir semua peserta benar.</p>",
        f'<img src="{charts["kesukaran"]}" alt="Diagram tingkat kesukaran per sel; {extremes_text(data["difficulty"], "cell", "p", num_text)}">',
        html_table(
            ["Sesi", "Sel", "Peserta", "p"],
            [[r["assignment"], r["cell"], int(r["n"]), num_text(r["p"])] for _, r in data["difficulty"].iterrows()],
        ),
    ]
    return parts


GAIN_EXPLANATION = (
    "<p>g = (Tes Akhir − Tes Awal) / (maksimum − Tes Awal), dihitung dari persentase benar. Kategori: "
    "<b>tinggi</b> g &gt; 0,7; <b>sedang</b> 0,3 ≤ g ≤ 0,7; <b>rendah</b> g &lt; 0,3 (Hake 1998). "
    "Peserta yang Tes Awalnya sudah maksimal tidak punya ruang untuk naik: g-nya tidak dihitung dan "
    "dilaporkan terpisah. g kelas dihitung dari rata-rata kelas, seperti Hake.</p>"
)


def _gain_section(g: dict, charts: dict) -> list[str]:
    """Hake gain from the Tes Awal to the Tes Akhir: class, items, participants."""
    parts: list[str] = []
    parts.append("<h2>Gain Tes Awal → Tes Akhir (gain ternormalisasi Hake)</h2>")
    parts.append(GAIN_EXPLANATION)
    if g["class"] is None:
        parts.append(
            "<p><b>Belum dapat dihitung:</b> perlu nilai Tes Awal (sel <code>tes_awal_NN</code>, "
            f"sesi {TEST_SESSIONS['awal']}) dan Tes Akhir (sel <code>tes_akhir_NN</code>, "
            f"sesi {TEST_SESSIONS['akhir']}) dari peserta yang sama.</p>"
        )
        return parts
    parts.append(_gain_class_table(g["class"]))
    if g["pre_only"] or g["post_only"]:
        parts.append(
            f'<p class="catatan">Tidak ikut dihitung: {len(g["pre_only"])} peserta hanya punya Tes '
            f"Awal, {len(g['post_only'])} peserta hanya punya Tes Akhir.</p>"
        )
    parts += [
        f'<img src="{charts["gain_peserta"]}" alt="Diagram sebar Tes Awal dan Tes Akhir per peserta; angka tiap peserta ada di tabel Per peserta">',
        f'<img src="{charts["gain_butir"]}" alt="Diagram Tes Awal dan Tes Akhir per butir soal; angka tiap butir ada di tabel Per butir soal">',
        "<h3>Per butir soal</h3>",
        _gain_items_table(g["items"]),
        "<h3>Per peserta</h3>",
        _gain_participants_table(g["participants"]),
    ]
    return parts


def gain_cells(c: dict) -> list:
    """A class gain's cells: participants, Tes Awal and Tes Akhir means, g, category, mean g, already-maximal."""
    return [
        c["n"],
        pct_text(100 * c["pre"]),
        pct_text(100 * c["post"]),
        num_text(c["g"]),
        c["kategori"],
        num_text(c["rata_g_peserta"]),
        c["n_maksimal"],
    ]


def _gain_class_table(c: dict) -> str:
    return html_table(
        [
            "Peserta (kedua tes)",
            "Rata-rata Tes Awal",
            "Rata-rata Tes Akhir",
            "g kelas",
            "Kategori",
            "Rata-rata g peserta",
            "Tes Awal sudah maksimal",
        ],
        [gain_cells(c)],
    )


def _gain_items_table(items: pd.DataFrame) -> str:
    return html_table(
        ["Butir", "Tes Awal benar", "Tes Akhir benar", "g", "Kategori"],
        [
            [
                f"Soal {int(r['butir'])}",
                pct_text(100 * r["pre"]),
                pct_text(100 * r["post"]),
                num_text(r["g"]),
                r["kategori"],
            ]
            for _, r in items.iterrows()
        ],
    )


def _gain_participants_table(participants: pd.DataFrame) -> str:
    return html_table(
        ["Peserta", "Nama", "Kabupaten", "Tes Awal", "Tes Akhir", "g", "Kategori"],
        [
            [
                r["student"],
                r["nama"],
                r["kabupaten"],
                pct_text(100 * r["pre"]),
                pct_text(100 * r["post"]),
                num_text(r["g"]),
                r["kategori"],
            ]
            for _, r in participants.iterrows()
        ],
    )


def agreement_section(frame) -> list[str]:
    """The report's section on double marking (empty when no answer was marked twice)."""
    if frame is None or frame.empty:
        return []
    rows = [
        [r.sesi, r.tugas, r.kriteria, r.jawaban, "tidak terdefinisi" if r.kappa == "" else num_text(r.kappa, 3)]
        + [num_text(r.sama_persis_persen, 1) + "%"]
        for r in frame.itertuples()
    ]
    return [
        "<h2>Kesepakatan antarpenilai (meja rubrik)</h2>",
        "<p>Jawaban tertulis yang dinilai dua penilai, per kriteria rubrik: kappa berbobot kuadratik (Cohen, J. 1968. "
        "Weighted kappa: nominal scale agreement with provision for scaled disagreement or partial credit. "
        "<i>Psychological Bulletin</i> 70(4): 213–220) dan persentase penilaian yang sama persis. Kappa 1 berarti "
        "sepakat penuh, 0 berarti sepakat sebesar kebetulan saja.</p>",
        html_table(["Sesi", "Tugas", "Kriteria", "Jawaban", "Kappa", "Sama persis"], rows),
    ]
