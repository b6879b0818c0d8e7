"""``bimtek report --angkatan A B …``: one programme report over several angkatan of one hub.

Each angkatan is a course folder of the programme folder (:mod:`course.instructor.intakes`) with its
own gradebook. The numbers are the single-course report's: every angkatan is read with
:func:`~course.instructor.cohort.load_cohort` and summarised with
:func:`~course.instructor.cohort_numbers.summaries` and :func:`~course.instructor.cohort_numbers.gains`.
The programme as a whole is the same computation over the angkatan's cohorts put together
(participants keyed ``angkatan/id``; one person belongs to one angkatan), so its Hake gain is the
class gain from the means of every participant with both tests, as in the single-course report,
never a mean of the angkatan's gains.

The folder (``laporan-program`` in the current folder unless ``--keluaran`` says otherwise) holds
``index.html`` (:mod:`~course.instructor.programme_page`), PNG charts and ``laporan.csv``: the
single-course report's long format with an ``angkatan`` column first. Its rows are, in order:
``bagian=angkatan`` (participants, participants graded, sessions graded, submissions graded, mean
score) per angkatan and for ``(semua angkatan)``; the whole programme's ``sesi``, ``kabupaten`` (the
angkatan named in ``keterangan``) and ``gain_kelas`` rows with angkatan ``(semua angkatan)``; then
every row of each angkatan's own ``laporan.csv``, exactly as ``bimtek report --kursus`` writes them.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from course.instructor.cohort import Cohort, CohortError, load_cohort
from course.instructor.cohort_charts import OKABE_ITO, chart_gain_people, chart_kabupaten, chart_sessions
from course.instructor.cohort_numbers import gains, summaries
from course.instructor.cohort_report import CSV_COLUMNS, write_csv
from course.instructor.intakes import Intake, find_intake
from course.instructor.safe_output import PLAIN_TEXT_RC, SafeDictWriter, drawable, publish_folder

PROGRAMME_OUT = "laporan-program"
ALL = "(semua angkatan)"  # not a possible angkatan name (intakes.NAME): the whole programme
ALL_LABEL = "Semua angkatan"  # how the page and the charts call it
PROGRAMME_COLUMNS = ["angkatan", *CSV_COLUMNS]
# Every file the programme report writes; a folder holding only these is replaced whole.
PROGRAMME_FILES = frozenset(
    {
        "index.html",
        "laporan.csv",
        "nilai_per_angkatan.png",
        "nilai_per_sesi.png",
        "nilai_per_kabupaten.png",
        "gain_peserta.png",
    }
)
SESSION_MEASURES = (
    ("jumlah_dinilai", "count"),
    ("rata_rata_persen", "mean"),
    ("median_persen", "median"),
    ("min_persen", "min"),
    ("maks_persen", "max"),
)
INTAKE_MEASURES = ("peserta", "peserta_dinilai", "sesi_dinilai", "kiriman_dinilai", "rata_rata_persen")
GAIN_MEASURES = ("n", "pre", "post", "g", "rata_g_peserta", "n_maksimal")


@dataclass
class Part:
    """One angkatan (or the whole programme, named ``ALL``): its cohort and the single-course numbers."""

    name: str
    cohort: Cohort
    data: dict
    gains: dict


@dataclass
class Programme:
    parts: list[Part]  # the angkatan, in the order asked for
    whole: Part  # every angkatan together
    per_intake: pd.DataFrame  # one row per angkatan, then the whole programme
    per_session: pd.DataFrame  # per session and angkatan (the single-course per_session rows, tagged)
    per_kabupaten: pd.DataFrame  # the whole programme's per_kabupaten, with the angkatan named


def _part(name: str, cohort: Cohort) -> Part:
    return Part(name, cohort, summaries(cohort), gains(cohort))


def _read_part(intake: Intake) -> Part:
    """The angkatan's cohort; a gradebook problem names the angkatan."""
    try:
        cohort = load_cohort(intake.folder)
    except CohortError as exc:
        raise CohortError(f"angkatan {intake.name}: {exc.message}", exc.hint) from None
    return _part(intake.name, cohort)


def _tagged(frame: pd.DataFrame, name: str, column: str) -> pd.DataFrame:
    frame = frame.copy()
    frame[column] = name + "/" + frame[column].astype(str)
    return frame


def combine(parts: list[Part]) -> Cohort:
    """Every angkatan as one cohort: participants keyed ``angkatan/id``, each session and cell once."""
    students = [_tagged(p.cohort.students, p.name, "id").assign(angkatan=p.name) for p in parts]
    assignments = pd.concat([p.cohort.assignments for p in parts], ignore_index=True)
    cells = pd.concat([p.cohort.cells for p in parts], ignore_index=True)
    return Cohort(
        students=pd.concat(students, ignore_index=True),
        assignments=assignments.drop_duplicates("assignment").sort_values("assignment").reset_index(drop=True),
        cells=cells.drop_duplicates(["assignment", "notebook", "cell"]).reset_index(drop=True),
        grades=pd.concat([_tagged(p.cohort.grades, p.name, "student") for p in parts], ignore_index=True),
        submissions=pd.concat([_tagged(p.cohort.submissions, p.name, "student") for p in parts], ignore_index=True),
        has_roster=all(p.cohort.has_roster for p in parts),
    )


def _intake_row(part: Part) -> dict:
    """Participants, participants and sessions graded, submissions graded, mean of the participants' scores."""
    graded = part.data["graded"]
    people = part.data["per_person"]["persen"].dropna()
    return {
        "angkatan": part.name,
        "peserta": len(part.cohort.students),
        "peserta_dinilai": int(graded["student"].nunique()),
        "sesi_dinilai": int(graded["assignment"].nunique()),
        "kiriman_dinilai": len(graded),
        "rata_rata_persen": float(people.mean()) if len(people) else float("nan"),
    }


def _kabupaten(whole: Part) -> pd.DataFrame:
    """The whole programme's scores per kabupaten, with the angkatan its participants came from."""
    named = whole.cohort.students.groupby("kabupaten", sort=False)["angkatan"].agg(
        lambda s: ", ".join(dict.fromkeys(s))
    )
    return whole.data["per_kabupaten"].merge(named.reset_index(), on="kabupaten", how="left")


def load_programme(intakes: list[Intake]) -> Programme:
    """Read every angkatan's gradebook and compute the single-course numbers per angkatan and overall."""
    parts = [_read_part(intake) for intake in intakes]
    whole = _part(ALL, combine(parts))
    per_session = pd.concat([p.data["per_session"].assign(angkatan=p.name) for p in parts], ignore_index=True)
    return Programme(
        parts=parts,
        whole=whole,
        per_intake=pd.DataFrame([_intake_row(p) for p in [*parts, whole]]),
        per_session=per_session,
        per_kabupaten=_kabupaten(whole),
    )


def build_programme_report(root: Path, names: list[str], out: Path) -> Path:
    """Write the programme report of angkatan ``names`` of the programme folder ``root`` to ``out``; return it.

    An unknown name stops everything before anything is read (one Indonesian line). As with the
    single-course report, the folder is written beside ``out`` first and put in place at the end.
    """
    intakes = [find_intake(Path(root), name) for name in dict.fromkeys(names)]
    programme = load_programme(intakes)
    if programme.whole.cohort.submissions.empty:
        raise CohortError(
            f"belum ada kiriman yang dinilai di buku nilai angkatan {', '.join(i.name for i in intakes)}.",
            "Jalankan dulu `bimtek autograde SESI --kursus FOLDER-ANGKATAN` untuk sesi yang sudah dikumpulkan.",
        )
    from course.instructor.programme_page import render_programme

    out = Path(out).resolve()
    with publish_folder(out, PROGRAMME_FILES.__contains__, "index.html") as temp:
        whole = programme.whole
        charts = {
            "angkatan": chart_intakes(programme.per_intake, temp / "nilai_per_angkatan.png"),
            "sesi": chart_sessions(whole.data, temp / "nilai_per_sesi.png"),
            "kabupaten": chart_kabupaten(whole.data, temp / "nilai_per_kabupaten.png"),
        }
        if whole.gains["class"] is not None:
            charts["gain_peserta"] = chart_gain_people(whole.gains, temp / "gain_peserta.png")
        write_programme_csv(programme, temp / "laporan.csv")
        (temp / "index.html").write_text(render_programme(programme, charts), encoding="utf-8")
    return out


def chart_intakes(per_intake: pd.DataFrame, path: Path) -> str:
    """Bars of the mean score per angkatan (the whole programme drawn apart: hatched, grey)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = per_intake.iloc[::-1]
    with plt.rc_context({"font.size": 10, "axes.spines.top": False, "axes.spines.right": False, **PLAIN_TEXT_RC}):
        fig, ax = plt.subplots(figsize=(8, max(2.5, 0.4 * len(rows) + 1.2)))
        means = rows["rata_rata_persen"].fillna(0)
        whole = [name == ALL for name in rows["angkatan"]]
        colours = [OKABE_ITO["abu"] if w else OKABE_ITO["biru"] for w in whole]
        labels = [ALL_LABEL if w else drawable(n) for n, w in zip(rows["angkatan"], whole)]
        bars = ax.barh(labels, means, color=colours, edgecolor="black")
        for bar, w, (_, row) in zip(bars, whole, rows.iterrows()):
            bar.set_hatch("//" if w else "")
            label = "–" if pd.isna(row["rata_rata_persen"]) else f"{row['rata_rata_persen']:.0f}%".replace(".", ",")
            ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{label} (n={row['peserta_dinilai']})")
        ax.set_xlim(0, 115)
        ax.set_xlabel("Rata-rata nilai peserta (% dari maksimum, semua sesi yang dinilai)")
        ax.set_title("Nilai rata-rata per angkatan", fontweight="bold")
        height = fig.get_figheight()
        fig.subplots_adjust(left=0.25, right=0.97, top=1 - 0.45 / height, bottom=0.6 / height)
        fig.savefig(path, dpi=110)
        plt.close(fig)
    return path.name


def _row(angkatan: str, bagian: str, ukuran: str, nilai, sesi="", kabupaten="", keterangan="") -> dict:
    """One programme row of ``laporan.csv`` (the single-course long format, with the angkatan)."""
    return {
        "angkatan": angkatan,
        "bagian": bagian,
        "sesi": sesi,
        "kabupaten": kabupaten,
        "peserta": "",
        "butir": "",
        "ukuran": ukuran,
        "nilai": "" if nilai is None or pd.isna(nilai) else round(float(nilai), 6),
        "keterangan": keterangan,
    }


def _programme_rows(programme: Programme) -> Iterator[dict]:
    """Per angkatan, then the whole programme's sessions, kabupaten and class gain."""
    for _, r in programme.per_intake.iterrows():
        for ukuran in INTAKE_MEASURES:
            yield _row(r["angkatan"], "angkatan", ukuran, r[ukuran])
    for _, r in programme.whole.data["per_session"].iterrows():
        for ukuran, column in SESSION_MEASURES:
            yield _row(ALL, "sesi", ukuran, r[column], sesi=r["assignment"])
    for _, r in programme.per_kabupaten.iterrows():
        note = f"angkatan: {r['angkatan']}"
        for ukuran, column in (("peserta", "peserta"), ("peserta_dinilai", "count"), ("rata_rata_persen", "mean")):
            yield _row(ALL, "kabupaten", ukuran, r[column], kabupaten=r["kabupaten"], keterangan=note)
    c = programme.whole.gains["class"]
    for ukuran in GAIN_MEASURES if c is not None else ():
        yield _row(ALL, "gain_kelas", ukuran, c[ukuran], keterangan=c["kategori"] if ukuran == "g" else "")


def single_course_rows(part: Part) -> list[dict]:
    """The rows ``bimtek report --kursus`` writes for this angkatan (its own laporan.csv), with the angkatan."""
    with tempfile.TemporaryDirectory(prefix="bimtek-laporan-") as folder:
        path = Path(folder) / "laporan.csv"
        write_csv(part.cohort, part.data, part.gains, path)
        with open(path, newline="", encoding="utf-8") as handle:
            return [{"angkatan": part.name, **row} for row in csv.DictReader(handle)]


def write_programme_csv(programme: Programme, path: Path) -> None:
    """``laporan.csv`` of the programme: text neutralised against spreadsheet formulas (SafeDictWriter)."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = SafeDictWriter(handle, fieldnames=PROGRAMME_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_programme_rows(programme))
        for part in programme.parts:
            writer.writerows(single_course_rows(part))
