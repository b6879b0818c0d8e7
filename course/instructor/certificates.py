"""``bimtek certificates``: one PDF "sertifikat penyelesaian" per participant who completed the course.

The completion rule is configurable: every required session (by default every
session in the gradebook) graded (not failed, not missing), and, optionally, a
minimum percentage of the total score over those sessions. Each certificate
names the participant, the kabupaten, the training, its dates and hours, the
sessions completed and, when there is one, the Tes Akhir result.

It is a certificate of completion issued by the organiser, never an official
STTPP (the LAN-accredited diklat certificate; brief §6): the PDF says so.
Made with matplotlib (no new dependency); a ``daftar-sertifikat.csv`` lists who
received one and, for everyone else, why not.

Names and kabupaten are drawn literally (no mathtext: ``$``, ``\\``, ``_`` stay as typed), the
listing's cells are neutralised against spreadsheet formulas, file names are built from the
participant id with anything but ``A-Za-z0-9._-`` replaced (plus a hash, so two ids never share a
file), and the whole folder is written in a temporary folder and put in place at the end.

In the course folder of an angkatan (one with ``angkatan.json``, :mod:`course.instructor.intakes`),
each certificate names the angkatan under the training's title and the listing gains an ``angkatan``
column; elsewhere both are as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from course.errors import CourseError
from course.instructor.cohort import POST, UNKNOWN_KABUPATEN, Cohort, load_cohort
from course.instructor.intakes import INTAKE_FILE, Intake
from course.instructor.safe_output import PLAIN_TEXT_RC, SafeDictWriter, drawable, publish_folder
from course.vocabulary import BULAN

LISTING = "daftar-sertifikat.csv"


class CertificateError(CourseError):
    label = "Galat"


def _ours(name: str) -> bool:
    """A file ``bimtek certificates`` writes."""
    return name == LISTING or (name.startswith("sertifikat-") and name.endswith(".pdf"))


@dataclass
class Training:
    title: str
    start: str
    end: str | None
    hours: float
    organiser: str = "Panitia Bimtek"
    place: str = ""

    def dates(self) -> tuple[dt.date, dt.date]:
        start = _parse_date(self.start, "--mulai")
        end = _parse_date(self.end, "--selesai") if self.end else start
        if end < start:
            raise CertificateError(
                f"tanggal selesai {self.end} lebih awal dari tanggal mulai {self.start}.",
                "Periksa --mulai dan --selesai.",
            )
        return start, end


@dataclass
class Rule:
    sessions: list[str] | None = None  # required sessions; None: every session in the gradebook
    min_percent: float = 0.0  # minimum score over the required sessions, in percent


@dataclass
class Result:
    folder: Path
    listing: Path
    issued: list[str] = field(default_factory=list)
    not_issued: dict[str, str] = field(default_factory=dict)


def intake_name(root: Path) -> str:
    """The angkatan whose course folder ``root`` is (its ``angkatan.json``), or "" for a plain course folder."""
    return Intake.read(root).name if (root / INTAKE_FILE).is_file() else ""


def _parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise CertificateError(
            f"tanggal {text!r} pada {option} tidak dapat dibaca.",
            "Tulis tanggal sebagai TAHUN-BULAN-HARI, misalnya 2025-03-03.",
        ) from None


def indonesian_date_range(start: dt.date, end: dt.date) -> str:
    """``26 Oktober 2023``, ``3–5 Maret 2025``, ``28 Februari–1 Maret 2025``."""

    def full(d: dt.date) -> str:
        return f"{d.day} {BULAN[d.month - 1]} {d.year}"

    if start == end:
        return full(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {BULAN[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {BULAN[start.month - 1]}–{full(end)}"
    return f"{full(start)}–{full(end)}"


def _hours(value: float) -> str:
    return (f"{value:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


def _required_sessions(root: Path, training: Training, rule: Rule) -> tuple[Cohort, list[str]]:
    """The cohort and the required sessions; refuse clearly without roster, grades or known sessions."""
    if not training.title.strip():
        raise CertificateError("nama pelatihan kosong.", "Isi --judul.")
    if not training.hours or training.hours <= 0:
        raise CertificateError("lama pelatihan (--jam) harus lebih dari 0.", "Misalnya --jam 24.")
    training.dates()
    cohort = load_cohort(root)
    if not cohort.has_roster:
        raise CertificateError(
            "daftar peserta belum diimpor, jadi nama lengkap dan kabupaten tidak diketahui.",
            "Jalankan dulu `bimtek roster import peserta.csv`.",
        )
    if cohort.submissions[cohort.submissions["status"] == "dinilai"].empty:
        raise CertificateError("belum ada nilai di buku nilai.", "Jalankan dulu `bimtek autograde SESI`.")
    known = list(cohort.assignments["assignment"])
    required = rule.sessions or known
    unknown = [s for s in required if s not in known]
    if unknown:
        raise CertificateError(
            f"sesi wajib {', '.join(unknown)} tidak ada di buku nilai.", f"Sesi yang ada: {', '.join(known)}."
        )
    return cohort, required


def _decide(person, graded: pd.DataFrame, required: list[str], max_scores: dict, rule: Rule):
    """The sessions ``person`` completed, their percentage and why no certificate ("" when one is due)."""
    mine = graded[graded["student"] == person.id]
    done = [s for s in required if s in set(mine["assignment"])]
    missing = [s for s in required if s not in done]
    total = float(mine[mine["assignment"].isin(required)]["score"].sum())
    maximum = float(sum(max_scores.get(s, 0.0) for s in required))
    percent = 100.0 * total / maximum if maximum else 0.0
    reason = ""
    if person.kabupaten == UNKNOWN_KABUPATEN:
        reason = "tidak ada di daftar peserta (kabupaten belum diisi)"
    elif missing:
        reason = "belum menyelesaikan sesi " + ", ".join(missing)
    elif percent + 1e-9 < rule.min_percent:
        reason = f"nilai {percent:.1f}% di bawah syarat {rule.min_percent:g}%".replace(".", ",")
    return done, percent, reason


def make_certificates(root: Path, out: Path, training: Training, rule: Rule) -> Result:
    """Write one PDF per participant meeting ``rule``; refuse clearly without roster or grades."""
    root = Path(root).resolve()
    cohort, required = _required_sessions(root, training, rule)
    start, end = training.dates()
    graded = cohort.submissions[cohort.submissions["status"] == "dinilai"]
    out = out if out.is_absolute() else root / out
    result = Result(out, out / LISTING)
    max_scores = dict(zip(cohort.assignments["assignment"], cohort.assignments["max_score"]))
    post_items = cohort.grades[cohort.grades["cell"].str.match(POST.pattern)]
    post = post_items.groupby("student")[["score", "max_score"]].sum()
    rows = []
    intake = intake_name(root)
    with publish_folder(out, _ours, LISTING) as temp:
        for index, person in enumerate(cohort.students.itertuples(index=False), start=1):
            done, percent, reason = _decide(person, graded, required, max_scores, rule)
            # An angkatan's certificates carry its name, so two angkatan of one year never share a number.
            series = f"{start.year}-{intake.upper()}" if intake else f"{start.year}"
            number = f"BIMTEK-{series}-{index:04d}-{hashlib.sha256(person.id.encode()).hexdigest()[:4].upper()}"
            filename = ""
            if not reason:
                post_pct = None
                if person.id in post.index and post.loc[person.id, "max_score"] > 0:
                    post_pct = 100.0 * post.loc[person.id, "score"] / post.loc[person.id, "max_score"]
                filename = f"sertifikat-{_safe(person.id)}.pdf"
                draw_certificate(
                    temp / filename,
                    person.nama,
                    person.kabupaten,
                    training,
                    start,
                    end,
                    done,
                    post_pct,
                    number,
                    intake=intake,
                )
                result.issued.append(person.id)
            else:
                result.not_issued[person.id] = reason
            rows.append(
                {
                    "id": person.id,
                    "nama": person.nama,
                    "kabupaten": person.kabupaten,
                    **({"angkatan": intake} if intake else {}),
                    "memenuhi_syarat": "ya" if not reason else "tidak",
                    "alasan": reason,
                    "nilai_persen": f"{percent:.1f}",
                    "nomor": number if not reason else "",
                    "berkas": filename,
                }
            )
        with open(temp / LISTING, "w", newline="", encoding="utf-8") as handle:
            writer = SafeDictWriter(handle, fieldnames=list(rows[0]) if rows else ["id"])
            writer.writeheader()
            writer.writerows(rows)
    return result


def _safe(text: str) -> str:
    """A file-name part for the id ``text``: itself when it is plain, else its plain characters and a hash.

    Only ``A-Za-z0-9._-`` survive, so no id can name another folder (``../x``) or a hidden file;
    the hash keeps two ids that differ only in other characters (``a b``, ``a_b``) apart.
    """
    plain = re.sub(r"[^A-Za-z0-9._-]", "_", text)[:80]
    if plain == text and not text.startswith("."):
        return plain
    return f"{plain.lstrip('.')}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def _draw_border(fig) -> None:
    """Two frames: a thick blue one and a thin orange one inside it."""
    from matplotlib.patches import Rectangle

    fig.patches.append(
        Rectangle((0.03, 0.04), 0.94, 0.92, transform=fig.transFigure, fill=False, edgecolor="#0072B2", linewidth=4)
    )
    fig.patches.append(
        Rectangle(
            (0.045, 0.058), 0.91, 0.884, transform=fig.transFigure, fill=False, edgecolor="#E69F00", linewidth=1.5
        )
    )


def _write_recipient(text, number: str, name: str, kabupaten: str) -> None:
    """The title, the certificate number and who receives it."""
    text(0.5, 0.85, "SERTIFIKAT PENYELESAIAN", ha="center", fontsize=30, fontweight="bold", color="#0072B2")
    text(0.5, 0.80, f"Nomor: {number}", ha="center", fontsize=10, color="#555555")
    text(0.5, 0.72, "diberikan kepada", ha="center", fontsize=14)
    text(0.5, 0.635, name, ha="center", fontsize=30, fontweight="bold")
    text(0.5, 0.58, kabupaten, ha="center", fontsize=16)


def _write_training(
    text,
    training: Training,
    start: dt.date,
    end: dt.date,
    sessions: list[str],
    post_percent: float | None,
    intake: str = "",
) -> None:
    """The training (and its angkatan), its organiser, dates and hours, the sessions completed, the notice."""
    text(0.5, 0.50 + (0.01 if intake else 0), "yang telah menyelesaikan", ha="center", fontsize=13)
    text(0.5, 0.455 if intake else 0.445, training.title, ha="center", fontsize=19, fontweight="bold", wrap=True)
    if intake:
        text(0.5, 0.418, f"Angkatan {drawable(intake)}", ha="center", fontsize=13)
    where = f" di {training.place}" if training.place.strip() else ""
    text(
        0.5,
        0.385,
        f"diselenggarakan oleh {training.organiser} pada {indonesian_date_range(start, end)}{where}",
        ha="center",
        fontsize=12,
    )
    text(0.5, 0.345, f"selama {_hours(training.hours)} jam", ha="center", fontsize=12)
    detail = f"Sesi yang diselesaikan: {', '.join(sessions)}"
    if post_percent is not None:
        detail += f" · Tes Akhir: {post_percent:.0f}% benar".replace(".", ",")
    text(0.5, 0.27, detail, ha="center", fontsize=9, color="#333333", wrap=True)
    text(0.5, 0.19, f"{training.organiser}", ha="center", fontsize=11)
    text(
        0.5,
        0.09,
        "Sertifikat penyelesaian ini diterbitkan oleh penyelenggara pelatihan. "
        "Sertifikat ini bukan STTPP dan tidak menggantikan sertifikat diklat terakreditasi.",
        ha="center",
        fontsize=8,
        color="#555555",
    )


def draw_certificate(
    path: Path,
    name: str,
    kabupaten: str,
    training: Training,
    start: dt.date,
    end: dt.date,
    sessions: list[str],
    post_percent: float | None,
    number: str,
    intake: str = "",
) -> None:
    """One A4 landscape page, drawn with matplotlib, saved as PDF (fonts embedded); ``intake``: the angkatan."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    name, kabupaten = drawable(name), drawable(kabupaten)
    with plt.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans", **PLAIN_TEXT_RC}):
        fig = plt.figure(figsize=(11.69, 8.27))
        _draw_border(fig)
        _write_recipient(fig.text, number, name, kabupaten)
        _write_training(fig.text, training, start, end, sessions, post_percent, intake)
        fig.savefig(
            path,
            format="pdf",
            metadata={
                "Title": f"Sertifikat penyelesaian: {name}",
                "Subject": training.title,
                "Author": training.organiser,
                "Keywords": f"sertifikat penyelesaian; {kabupaten}",
            },
        )
        plt.close(fig)


def summary_frame(result: Result) -> pd.DataFrame:
    return pd.read_csv(result.listing, dtype=str).fillna("")
