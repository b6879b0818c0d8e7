"""``bimtek report``: the cohort (class) report an Indonesian training programme customarily produces.

A folder with ``index.html``, PNG charts and ``laporan.csv`` (every number of
the page, long format), from the gradebook only (SQLite or PostgreSQL):

* scores per session and per kabupaten;
* item difficulty (proportion of the points earned) for every graded cell;
* completion: graded, failed, not handed in, per session;
* pre/post gain from the Tes Awal (cells ``tes_awal_NN``, session 00) to the
  Tes Akhir (cells ``tes_akhir_NN``, session 08, the same items) as Hake's
  normalised gain g = (post − pre) / (max − pre), per participant, per item
  and for the class (from class means, as Hake 1998 does); categories high
  g > 0.7, medium 0.3–0.7, low < 0.3 (brief §6). A Tes Awal already at the
  maximum has no gain (division by zero): it is reported as its own category.

It works for whatever sessions exist in the gradebook. Scores are read with one
SQL query over nbgrader's tables; charts use a colour-blind-safe palette
(Okabe–Ito) and also differ by shape or position, never by colour alone.

This module writes the folder and ``laporan.csv``; the gradebook is read by
:mod:`course.instructor.cohort`, the numbers come from :mod:`~course.instructor.cohort_numbers`,
the charts from :mod:`~course.instructor.cohort_charts` and the page from
:mod:`~course.instructor.cohort_page`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from course.instructor.cohort import UNKNOWN_KABUPATEN, Cohort, CohortError, load_cohort
from course.instructor.cohort_charts import (
    chart_completion,
    chart_difficulty,
    chart_gain_items,
    chart_gain_people,
    chart_kabupaten,
    chart_sessions,
)
from course.instructor.cohort_numbers import agreement, gains, summaries
from course.instructor.cohort_page import render_html
from course.instructor.gradebook import db_url
from course.instructor.safe_output import SafeDictWriter, publish_folder

# Every file ``bimtek report`` writes; a folder holding only these is replaced whole.
REPORT_FILES = frozenset(
    {
        "index.html",
        "laporan.csv",
        "nilai_per_sesi.png",
        "nilai_per_kabupaten.png",
        "kesukaran_butir.png",
        "penyelesaian.png",
        "gain_peserta.png",
        "gain_butir.png",
    }
)


def build_report(root: Path, out: Path) -> Path:
    """Write the report folder; return it.

    Everything is written in a temporary folder beside ``out`` first and put in place at the
    end, so a failure leaves the previous report (or nothing), never half a report.
    """
    root = Path(root).resolve()
    out = out if out.is_absolute() else root / out
    cohort = load_cohort(root)
    if cohort.submissions[cohort.submissions["status"] == "dinilai"].empty and cohort.submissions.empty:
        raise CohortError(
            "belum ada kiriman yang dinilai di buku nilai.",
            "Jalankan dulu `bimtek autograde SESI` untuk sesi yang sudah dikumpulkan.",
        )
    data = summaries(cohort)
    data["kesepakatan"] = agreement(db_url(root))
    g = gains(cohort)
    with publish_folder(out, REPORT_FILES.__contains__, "index.html") as temp:
        charts = {
            "sesi": chart_sessions(data, temp / "nilai_per_sesi.png"),
            "kabupaten": chart_kabupaten(data, temp / "nilai_per_kabupaten.png"),
            "kesukaran": chart_difficulty(data, temp / "kesukaran_butir.png"),
            "penyelesaian": chart_completion(data, temp / "penyelesaian.png"),
        }
        if g["class"] is not None:
            charts["gain_peserta"] = chart_gain_people(g, temp / "gain_peserta.png")
            charts["gain_butir"] = chart_gain_items(g, temp / "gain_butir.png")
        write_csv(cohort, data, g, temp / "laporan.csv")
        (temp / "index.html").write_text(render_html(cohort, data, g, charts), encoding="utf-8")
    return out


CSV_COLUMNS = ["bagian", "sesi", "kabupaten", "peserta", "butir", "ukuran", "nilai", "keterangan"]


def _csv_row(bagian, ukuran, nilai, sesi="", kabupaten="", peserta="", butir="", keterangan="") -> dict:
    """One row of ``laporan.csv`` (long format): which part, which measure, its value."""
    return {
        "bagian": bagian,
        "sesi": sesi,
        "kabupaten": kabupaten,
        "peserta": peserta,
        "butir": butir,
        "ukuran": ukuran,
        "nilai": "" if nilai is None or pd.isna(nilai) else round(float(nilai), 6),
        "keterangan": keterangan,
    }


def _participant_rows(cohort: Cohort) -> Iterator[dict]:
    """Score and maximum of every submission, with its status (and reason) as the note."""
    kab = dict(zip(cohort.students["id"], cohort.students["kabupaten"]))
    for _, r in cohort.submissions.sort_values(["student", "assignment"]).iterrows():
        note = r["status"] + (f": {r['reason']}" if r["reason"] else "")
        for metric, value, keterangan in (("skor", r["score"], note), ("maksimum", r["max_score"], "")):
            where = (r["assignment"], kab.get(r["student"], UNKNOWN_KABUPATEN), r["student"])
            yield _csv_row("nilai_peserta", metric, value, *where, keterangan=keterangan)


def _summary_rows(data: dict) -> Iterator[dict]:
    """Per session, per kabupaten, item difficulty and completion."""
    for _, r in data["per_session"].iterrows():
        for ukuran, column in (
            ("jumlah_dinilai", "count"),
            ("rata_rata_persen", "mean"),
            ("median_persen", "median"),
            ("min_persen", "min"),
            ("maks_persen", "max"),
        ):
            yield _csv_row("sesi", ukuran, r[column], r["assignment"])
    for _, r in data["per_kabupaten"].iterrows():
        yield _csv_row("kabupaten", "peserta", r["peserta"], kabupaten=r["kabupaten"])
        yield _csv_row("kabupaten", "peserta_dinilai", r["count"], kabupaten=r["kabupaten"])
        yield _csv_row("kabupaten", "rata_rata_persen", r["mean"], kabupaten=r["kabupaten"])
    for _, r in data["difficulty"].iterrows():
        yield _csv_row("kesukaran", "p", r["p"], r["assignment"], butir=r["cell"], keterangan=f"n={int(r['n'])}")
    for _, r in data["completion"].iterrows():
        for ukuran in ("dinilai", "gagal", "tidak_mengumpulkan", "persen_selesai"):
            yield _csv_row("penyelesaian", ukuran, r[ukuran], r["assignment"])


def _gain_rows(g: dict) -> Iterator[dict]:
    """Hake gain per participant, per item and for the class; nothing when it cannot be computed."""
    if g["class"] is None:
        return
    for _, r in g["participants"].iterrows():
        for ukuran in ("pre", "post", "g"):
            yield _csv_row(
                "gain_peserta",
                ukuran,
                r[ukuran],
                kabupaten=r["kabupaten"],
                peserta=r["student"],
                keterangan=r["kategori"],
            )
    for _, r in g["items"].iterrows():
        for ukuran in ("pre", "post", "g"):
            yield _csv_row("gain_butir", ukuran, r[ukuran], butir=f"{int(r['butir']):02d}", keterangan=r["kategori"])
    c = g["class"]
    for ukuran in ("n", "pre", "post", "g", "rata_g_peserta", "n_maksimal"):
        yield _csv_row("gain_kelas", ukuran, c[ukuran], keterangan=c["kategori"] if ukuran == "g" else "")


def write_csv(cohort: Cohort, data: dict, g: dict, path: Path) -> None:
    """``laporan.csv``: text cells neutralised against spreadsheet formulas, numbers written as numbers."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = SafeDictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows([*_participant_rows(cohort), *_summary_rows(data), *_gain_rows(g)])
