#!/usr/bin/env python3
"""A per-participant nbgrader exchange for Kubernetes, and grading shards (deploy/kubernetes/README.md).

On Zero to JupyterHub every user pod runs as the same UID, so nbgrader's file exchange
on one shared volume lets anyone read everyone's submissions. Here each participant has
an exchange of their own, ``ROOT/peserta/<name>/``, and their pod mounts only that folder
(a ``subPath`` of the shared volume) as nbgrader's ``Exchange.root``: fetch, submit and
fetch_feedback are plain nbgrader inside it. The grader's pod mounts the whole volume
and runs nbgrader's own exchange classes once per participant (in one process, so a
thousand participants take seconds, not a thousand nbgrader start-ups):

    python tukar.py rilis SESI          # release SESI into every participant's exchange
    python tukar.py kumpulkan SESI      # collect every participant's submission
    python tukar.py umpan-balik SESI    # release each participant's feedback to them alone
    python tukar.py bagian --indeks I --jumlah K [SESI]   # participants of grading shard I of K

Options: ``--kursus`` (course folder with nbgrader_config.py, default: current folder),
``--kursus-id`` (the course id; default: ``CourseDirectory.course_id`` of the course folder's
nbgrader_config.py, else bimtek-kehumasan), ``--akar`` (the exchange volume, default
/srv/nbgrader/pertukaran), ``--peserta`` (roster CSV, or an angkatan's ``angkatan.json`` whose
``peserta`` list is used; default: every folder under ROOT/peserta).

Many angkatan (deploy/kubernetes/grader-angkatan.yaml): each angkatan has its own course id
(``bimtek-<nama>``) and grader pod. A participant belongs to one angkatan only, so releasing with
that angkatan's ``--peserta`` puts its sessions in its own participants' exchanges alone, and inside
each exchange everything of a course stays under ``<course id>/`` (nbgrader's layout).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

COURSE_ID = "bimtek-kehumasan"


def participants(root: Path, roster: str | None = None) -> list[str]:
    """The roster's participants (CSV rows with peran peserta, or an angkatan.json's ``peserta``)."""
    if roster and roster.endswith(".json"):
        with open(roster, encoding="utf-8") as handle:
            return sorted(str(n).strip().lower() for n in json.load(handle).get("peserta", []) if str(n).strip())
    if roster:
        with open(roster, newline="", encoding="utf-8-sig") as handle:
            return sorted(
                r["nama_pengguna"].strip().lower()
                for r in csv.DictReader(handle)
                if (r.get("peran") or "peserta").strip().lower() == "peserta" and r["nama_pengguna"].strip()
            )
    folder = root / "peserta"
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def shard(names: list[str], index: int, count: int) -> list[str]:
    """Participants of shard ``index`` (0-based) of ``count``: every count-th name, so shards stay even."""
    if count < 1 or not 0 <= index < count:
        raise ValueError(f"indeks {index} di luar 0..{count - 1}")
    return sorted(names)[index::count]


def _course_config(course_dir: Path):
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    cfg = Config()
    if (course_dir / "nbgrader_config.py").exists():
        cfg.merge(PyFileConfigLoader("nbgrader_config.py", path=str(course_dir)).load_config())
    return cfg


def course_id_of(course_dir: Path) -> str:
    """The course id the course folder's nbgrader_config.py sets (an angkatan's ``bimtek-<nama>``)."""
    value = _course_config(course_dir).CourseDirectory.get("course_id")
    return value if isinstance(value, str) and value else COURSE_ID


def _config(course_dir: Path, exchange_root: Path, session: str, student: str | None, course_id: str):
    cfg = _course_config(course_dir)
    cfg.CourseDirectory.root = str(course_dir)
    cfg.CourseDirectory.course_id = course_id
    cfg.CourseDirectory.assignment_id = session
    cfg.Exchange.root = str(exchange_root)
    if student:
        cfg.CourseDirectory.student_id = student
    return cfg


def _run(kind: str, course_dir: Path, exchange_root: Path, session: str, student: str | None, course_id: str, **traits):
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeCollect, ExchangeReleaseAssignment, ExchangeReleaseFeedback

    cls = {"rilis": ExchangeReleaseAssignment, "kumpulkan": ExchangeCollect, "umpan-balik": ExchangeReleaseFeedback}[
        kind
    ]
    cfg = _config(course_dir, exchange_root, session, student, course_id)
    coursedir = CourseDirectory(config=cfg)
    exchange = cls(coursedir=coursedir, authenticator=Authenticator(config=cfg), config=cfg, **traits)
    exchange.start()


def release(course_dir: Path, root: Path, session: str, names: list[str], course_id: str | None = None) -> None:
    """``session`` into the exchange of each of ``names`` (only they), under the course id's folder."""
    course_id = course_id or course_id_of(course_dir)
    for name in names:
        own = root / "peserta" / name
        own.mkdir(parents=True, exist_ok=True)
        _run("rilis", course_dir, own, session, None, course_id, force=True)


def collect(course_dir: Path, root: Path, session: str, names: list[str], course_id: str | None = None) -> list[str]:
    course_id = course_id or course_id_of(course_dir)
    collected = []
    for name in names:
        own = root / "peserta" / name
        if any((own / course_id / "inbound").glob(f"{name}+{session}+*")):
            # Only the participant's own submissions are in their exchange, whatever their names say.
            _run("kumpulkan", course_dir, own, session, name, course_id, update=True)
            collected.append(name)
    return collected


def release_feedback(
    course_dir: Path, root: Path, session: str, names: list[str], course_id: str | None = None
) -> list[str]:
    course_id = course_id or course_id_of(course_dir)
    released = []
    for name in names:
        if (course_dir / "feedback" / name / session).is_dir():
            _run("umpan-balik", course_dir, root / "peserta" / name, session, name, course_id)
            released.append(name)
    return released


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tukar.py", description="Exchange nbgrader per peserta untuk Kubernetes.")
    parser.add_argument("perintah", choices=["rilis", "kumpulkan", "umpan-balik", "bagian"])
    parser.add_argument("sesi", nargs="?", help="nama sesi, misalnya 00-pengantar")
    parser.add_argument("--kursus", default=".", help="folder kursus (bawaan: folder ini)")
    parser.add_argument("--kursus-id", help="kode kursus (bawaan: dari nbgrader_config.py folder kursus)")
    parser.add_argument("--akar", default=os.environ.get("BIMTEK_PERTUKARAN", "/srv/nbgrader/pertukaran"))
    parser.add_argument(
        "--peserta", help="daftar peserta (CSV atau angkatan.json); bawaan: semua folder di AKAR/peserta"
    )
    parser.add_argument("--indeks", type=int, default=int(os.environ.get("JOB_COMPLETION_INDEX", "0")))
    parser.add_argument("--jumlah", type=int, default=int(os.environ.get("BIMTEK_BAGIAN", "1")))
    args = parser.parse_args(argv)
    root, course = Path(args.akar), Path(args.kursus).resolve()
    names = participants(root, args.peserta)
    course_id = args.kursus_id or course_id_of(course)
    if args.perintah == "bagian":
        if args.sesi:  # only those who submitted this session
            names = [n for n in names if (course / "submitted" / n / args.sesi).is_dir()]
        print(" ".join(shard(names, args.indeks, args.jumlah)))
        return 0
    if not args.sesi:
        parser.error("SESI wajib diisi")
    if not names:
        print("Tidak ada peserta: isi --peserta atau buat folder AKAR/peserta/<nama>.", file=sys.stderr)
        return 1
    if args.perintah == "rilis":
        release(course, root, args.sesi, names, course_id)
        print(f"{args.sesi} ({course_id}) dirilis ke exchange {len(names)} peserta.")
    elif args.perintah == "kumpulkan":
        done = collect(course, root, args.sesi, names, course_id)
        print(f"{len(done)} dari {len(names)} peserta sudah mengumpulkan {args.sesi} ({course_id}).")
    else:
        done = release_feedback(course, root, args.sesi, names, course_id)
        print(f"Umpan balik {args.sesi} dirilis ke {len(done)} peserta.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
