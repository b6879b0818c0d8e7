"""The HTML page (``index.html``) of the programme report over several angkatan, in Indonesian.

Laid out like the single-course page (:mod:`course.instructor.cohort_page`, whose style and gain
explanation it uses): one ``h1``, a section per view, tables with column headers, and charts whose
text alternative names the highest and lowest value.
"""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd

from course.instructor.cohort_page import (
    GAIN_EXPLANATION,
    PAGE_STYLE,
    extremes_text,
    gain_cells,
    html_table,
    num_text,
    pct_text,
)
from course.instructor.programme_report import ALL, ALL_LABEL, Programme
from course.itembank import TEST_SESSIONS


def _name(angkatan: str) -> str:
    return ALL_LABEL if angkatan == ALL else angkatan


def render_programme(programme: Programme, charts: dict) -> str:
    names = [p.name for p in programme.parts]
    people = int(programme.per_intake.iloc[-1]["peserta"])
    parts = [
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Laporan program Bimtek</title>'
        f"<style>{PAGE_STYLE}</style></head><body>",
        "<h1>Laporan program: Bimtek Manajemen Media Sosial dan Kehumasan</h1>",
        f'<p class="catatan">Dibuat {dt.datetime.now():%d-%m-%Y %H.%M} dari buku nilai {len(names)} angkatan '
        f"({html.escape(', '.join(names))}), {people} peserta. Semua angka halaman ini, juga angka tiap angkatan "
        'seperti pada laporan kelasnya masing-masing, ada di <a href="laporan.csv">laporan.csv</a> '
        "(kolom <code>angkatan</code>).</p>",
    ]
    parts += _intake_section(programme, charts)
    parts += _session_section(programme, charts)
    parts += _kabupaten_section(programme, charts)
    parts += _gain_section(programme, charts)
    parts.append("</body></html>")
    return "\n".join(parts)


def _intake_section(programme: Programme, charts: dict) -> list[str]:
    table = programme.per_intake
    only = table[table["angkatan"] != ALL]
    return [
        "<h2>Nilai per angkatan</h2>",
        f'<img src="{charts["angkatan"]}" alt="Diagram batang nilai rata-rata per angkatan; '
        f'{extremes_text(only, "angkatan", "rata_rata_persen", pct_text)}">',
        html_table(
            ["Angkatan", "Peserta", "Peserta dinilai", "Sesi dinilai", "Kiriman dinilai", "Rata-rata nilai"],
            [
                [_name(r.angkatan), r.peserta, r.peserta_dinilai, r.sesi_dinilai, r.kiriman_dinilai]
                + [pct_text(r.rata_rata_persen)]
                for r in table.itertuples()
            ],
        ),
        '<p class="catatan">Rata-rata nilai adalah rata-rata nilai peserta; nilai seorang peserta adalah rata-rata '
        "persentase sesi-sesinya yang dinilai, seperti pada tabel kabupaten di laporan kelas. Kiriman yang gagal "
        "dinilai tidak dihitung sebagai nol.</p>",
    ]


def _session_rows(frame: pd.DataFrame, with_intake: bool) -> list[list]:
    rows = []
    for _, r in frame.iterrows():
        head = (
            [r["assignment"], _name(r["angkatan"])] if with_intake else [r["assignment"], num_text(r["max_score"], 0)]
        )
        rows.append(
            head + [int(r["count"]), pct_text(r["mean"]), pct_text(r["median"]), pct_text(r["min"]), pct_text(r["max"])]
        )
    return rows


def _session_section(programme: Programme, charts: dict) -> list[str]:
    whole = programme.whole.data["per_session"]
    order = {p.name: i for i, p in enumerate(programme.parts)}
    per_intake = programme.per_session.sort_values(
        ["assignment", "angkatan"], key=lambda s: s.map(order) if s.name == "angkatan" else s
    )
    numbers = ["Dinilai", "Rata-rata", "Median", "Terendah", "Tertinggi"]
    return [
        "<h2>Nilai per sesi</h2>",
        f'<img src="{charts["sesi"]}" alt="Diagram kotak nilai per sesi, semua angkatan; rata-rata '
        f'{extremes_text(whole, "assignment", "mean", pct_text)}">',
        "<h3>Semua angkatan</h3>",
        html_table(["Sesi", "Nilai maks.", *numbers], _session_rows(whole, False)),
        "<h3>Per angkatan</h3>",
        html_table(["Sesi", "Angkatan", *numbers], _session_rows(per_intake, True)),
    ]


def _kabupaten_section(programme: Programme, charts: dict) -> list[str]:
    kab = programme.per_kabupaten
    return [
        "<h2>Nilai per kabupaten</h2>",
        f'<img src="{charts["kabupaten"]}" alt="Diagram batang nilai rata-rata per kabupaten, semua angkatan; '
        f'{extremes_text(kab, "kabupaten", "mean", pct_text)}">',
        html_table(
            ["Kabupaten", "Angkatan", "Peserta", "Peserta dinilai", "Rata-rata nilai"],
            [
                [r["kabupaten"], r["angkatan"], int(r["peserta"]), int(r["count"]), pct_text(r["mean"])]
                for _, r in kab.iterrows()
            ],
        ),
        '<p class="catatan">Kabupaten yang pesertanya ikut lebih dari satu angkatan dihitung sekali, dari semua '
        "pesertanya; angka tiap angkatan ada di laporan.csv (bagian kabupaten, kolom angkatan).</p>",
    ]


def _gain_row(name: str, c: dict | None) -> list:
    if c is None:
        return [_name(name), 0, "–", "–", "–", "belum dapat dihitung", "–", "–"]
    return [_name(name), *gain_cells(c)]


def _gain_section(programme: Programme, charts: dict) -> list[str]:
    headers = ["Angkatan", "Peserta (kedua tes)", "Rata-rata Tes Awal", "Rata-rata Tes Akhir", "g", "Kategori"]
    headers += ["Rata-rata g peserta", "Tes Awal sudah maksimal"]
    rows = [_gain_row(p.name, p.gains["class"]) for p in [*programme.parts, programme.whole]]
    parts = [
        "<h2>Gain Tes Awal → Tes Akhir (gain ternormalisasi Hake)</h2>",
        GAIN_EXPLANATION,
        "<p>g semua angkatan dihitung dengan cara yang sama dari rata-rata seluruh peserta yang mengikuti kedua tes, "
        "bukan dari rata-rata g tiap angkatan.</p>",
        html_table(headers, rows),
    ]
    whole = programme.whole.gains
    if whole["class"] is None:
        parts.append(
            "<p><b>Belum dapat dihitung:</b> perlu nilai Tes Awal (sesi "
            f"{TEST_SESSIONS['awal']}) dan Tes Akhir (sesi {TEST_SESSIONS['akhir']}) dari peserta yang sama.</p>"
        )
        return parts
    people = whole["participants"].copy()
    people["label"] = [f"{nama} ({sid.split('/', 1)[0]})" for nama, sid in zip(people["nama"], people["student"])]
    where = "di laporan.csv (bagian gain_peserta)"
    parts.append(
        f'<img src="{charts["gain_peserta"]}" alt="Diagram sebar Tes Awal dan Tes Akhir per peserta, semua '
        f'angkatan; untuk g, {extremes_text(people, "label", "g", num_text, where)}">'
    )
    return parts
