"""Synthetic gradebooks for the report and certificate tests and the report benchmark.

The structure (sessions, notebooks, graded cells, students) and, for small
cohorts, every grade are written through nbgrader's own ``Gradebook`` API into a
scratch course, so the report reads exactly what nbgrader writes. A large cohort
(the 500 × 10 benchmark) inserts submissions and grades into nbgrader's own
tables in bulk (nbgrader's ORM would take minutes), with the same columns
nbgrader's ``add_submission`` fills.

Sessions 00 and 08 carry the Tes Awal / Tes Akhir item ids of course/itembank.py
(``tes_awal_NN`` and ``tes_akhir_NN``), session 07 the project's; no ``source/`` is created.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import uuid
from pathlib import Path

from course import itembank

from .conftest import ROOT

N_ITEMS = len(itembank.items())
KABUPATEN = [
    "Kabupaten Agam",
    "Kabupaten Banyuwangi",
    "Kabupaten Sleman",
    "Kabupaten Gowa",
    "Kabupaten Badung",
    "Kabupaten Kutai Kartanegara",
    "Kabupaten Lombok Timur",
    "Kabupaten Bantul",
    "Kabupaten Sidoarjo",
    "Kabupaten Tabanan",
    "Kabupaten Banjar",
    "Kabupaten Jayapura",
    "Kabupaten Minahasa",
    "Kabupaten Pidie",
]


def session_cells(name: str) -> list[tuple[str, float]]:
    """Graded cells (name, points) of a synthetic session; 00 and 07 carry the test items."""
    if name.startswith("00-"):
        return [(f"pemanasan_{i}", 1.0) for i in range(1, 5)] + [
            (f"tes_awal_{n:02d}", 1.0) for n in range(1, N_ITEMS + 1)
        ]
    if name.endswith("-tes-akhir"):
        return [(f"tes_akhir_{n:02d}", 1.0) for n in range(1, N_ITEMS + 1)]
    if name.startswith("07-"):
        return [("proyek_rencana", 4.0), ("proyek_siaran", 4.0)]
    slug = name.split("-", 1)[1].replace("-", "_")
    return [(f"{slug}_{i}", 1.0 if i % 3 else 2.0) for i in range(1, 9)]


def course(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "nbgrader_config.py", dest / "nbgrader_config.py")
    return dest


def fill(
    dest: Path,
    sessions: list[str],
    students: list[dict],
    scores: dict,
    *,
    bulk: bool = False,
    kabupaten: bool = True,
    statuses: dict | None = None,
) -> str:
    """Write a gradebook into ``dest``.

    ``students``: [{"id", "first_name", "last_name", "email", "kabupaten"}];
    ``scores``: {(student, session): {cell: score}} (a missing key: no submission);
    ``statuses``: {(student, session): (status, reason)} rows for ``bimtek_status``.
    Returns the gradebook URL.
    """
    import sqlalchemy as sa
    from nbgrader.api import Grade, Gradebook, SubmittedAssignment, SubmittedNotebook

    from course.instructor import gradebook as gbk

    url = "sqlite:///" + str(Path(dest).resolve() / "gradebook.db")
    with Gradebook(url, "bimtek-kehumasan") as gb:
        for session in sessions:
            gb.add_assignment(session)
            gb.add_notebook(session, session)
            for cell, points in session_cells(session):
                gb.add_grade_cell(cell, session, session, max_score=points, cell_type="code")
        for s in students:
            gb.add_student(s["id"], first_name=s["first_name"], last_name=s.get("last_name"), email=s.get("email"))
        if not bulk:
            for (student, session), cells in scores.items():
                submission = gb.add_submission(session, student, timestamp=dt.datetime(2025, 3, 3, 10))
                for grade in submission.notebooks[0].grades:
                    grade.auto_score = float(cells.get(grade.name, 0.0))
                    grade.needs_manual_grade = False
                gb.db.commit()
        else:
            cell_ids = {}
            notebook_ids = {}
            assignment_ids = {}
            for session in sessions:
                assignment = gb.find_assignment(session)
                assignment_ids[session] = assignment.id
                notebook = assignment.notebooks[0]
                notebook_ids[session] = notebook.id
                for cell in notebook.grade_cells:
                    cell_ids[(session, cell.name)] = cell.id
            subs, nbs, grades = [], [], []
            for (student, session), cells in scores.items():
                sid, nid = uuid.uuid4().hex, uuid.uuid4().hex
                subs.append(
                    {
                        "id": sid,
                        "assignment_id": assignment_ids[session],
                        "student_id": student,
                        "timestamp": dt.datetime(2025, 3, 3, 10),
                    }
                )
                nbs.append({"id": nid, "assignment_id": sid, "notebook_id": notebook_ids[session], "flagged": False})
                for cell, _ in session_cells(session):
                    grades.append(
                        {
                            "id": uuid.uuid4().hex,
                            "notebook_id": nid,
                            "cell_id": cell_ids[(session, cell)],
                            "auto_score": float(cells.get(cell, 0.0)),
                            "needs_manual_grade": False,
                        }
                    )
            with gb.engine.begin() as conn:
                conn.execute(sa.insert(SubmittedAssignment.__table__), subs)
                conn.execute(sa.insert(SubmittedNotebook.__table__), nbs)
                conn.execute(sa.insert(Grade.__table__), grades)
    eng = gbk.engine(url)
    with eng.begin() as conn:
        if kabupaten:
            conn.execute(
                sa.insert(gbk.PESERTA),
                [{"id": s["id"], "kabupaten": s["kabupaten"], "imported_at": gbk.now()} for s in students],
            )
        for (student, session), (status, reason) in (statuses or {}).items():
            conn.execute(
                sa.insert(gbk.STATUS).values(
                    assignment=session, student=student, status=status, reason=reason, updated_at=gbk.now()
                )
            )
    eng.dispose()
    return url


def people(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    first = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Made", "Nur", "Yusuf", "Putu", "Lestari", "Andi", "Wahyu"]
    last = ["Aminah", "Santoso", "Lestari", "Saputra", "Wijaya", "", "Hidayat", "Pratama", "Kurniawan"]
    return [
        {
            "id": f"peserta{i:04d}",
            "first_name": rng.choice(first),
            "last_name": rng.choice(last) or None,
            "email": f"peserta{i:04d}@contoh.go.id",
            "kabupaten": KABUPATEN[i % len(KABUPATEN)],
        }
        for i in range(n)
    ]


def random_scores(students: list[dict], sessions: list[str], seed: int = 2, submit_rate: float = 0.93) -> dict:
    """Plausible scores: each participant has an ability; the Tes Akhir is better than the Tes Awal."""
    rng = random.Random(seed)
    scores = {}
    for s in students:
        ability = rng.uniform(0.2, 0.9)
        for session in sessions:
            if rng.random() > submit_rate and not session.startswith("00-"):
                continue
            cells = {}
            for cell, points in session_cells(session):
                p = ability
                if cell.startswith("tes_awal_"):
                    p = ability * 0.6
                elif cell.startswith("tes_akhir_"):
                    p = min(0.98, ability + 0.25)
                cells[cell] = points if rng.random() < p else 0.0
            scores[(s["id"], session)] = cells
    return scores


SESSIONS_10 = [
    "00-pengantar",
    "01-konten-medsos",
    "02-analisis-engagement",
    "03-judul-clickbait",
    "04-media-massa",
    "05-siaran-pers",
    "06-konferensi-pers",
    "07-proyek-akhir",
    "08-tes-akhir",
    "09-tindak-lanjut",
]
