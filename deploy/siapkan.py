#!/usr/bin/env python3
"""Prepare a Bimtek server from the roster (deploy/README.md, langkah 2 dan 3).

    python deploy/siapkan.py akun peserta.csv --keluar /srv/bimtek
        own password per participant: kartu-akun.csv (to print and hand out) and
        kata-sandi.txt (scrypt hashes, read by the hub), both readable by root only.

    python deploy/siapkan.py pengguna peserta.csv --exchange /srv/nbgrader/exchange \\
            --kursus /srv/nbgrader/bimtek-kehumasan            (as root)
        one Unix account per roster row (home folder closed to others), the grader
        account and its group, the exchange root, and the course folder of the grader
        (nbgrader_config.py and source/ of this repository).

    python deploy/siapkan.py hapus peserta.csv --ya                     (as root)
        removes the roster's Unix accounts and their home folders after the Bimtek.

Messages are in Indonesian: instructors and IT officers read them.
"""

from __future__ import annotations

import argparse
import grp
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from bimtek_hub import RosterError, hash_password, new_password, read_roster  # noqa: E402

from course.instructor.safe_output import csv_writer  # noqa: E402 - formula-like cells neutralised

# What a participant's server and kernel need from the repository: the course package, its Python,
# the hub's deploy settings, the blank release. Everything else in it (source/ with model answers and
# hidden tests, kunci/ with the Tes keys, tests/ with cohort answers, docs/ with the test discussion,
# .git with all of it) is closed to other users by ``pengguna``.
PARTICIPANT_READABLE = frozenset(
    {
        ".venv",
        "course",
        "deploy",
        "node_modules",
        "release",
        "bimtek_kehumasan.egg-info",
        "pyproject.toml",
        "README.md",
        "MULAI.md",
        "LICENSE",
        "nbgrader_config.py",  # the course's nbgrader settings, loaded by every angkatan's own file
    }
)


def close_repository(repo: Path) -> list[str]:
    """Take group and other permissions from every top-level entry of ``repo`` that participants
    do not need (the allow-list above); returns the names closed. New folders are closed by default."""
    closed = []
    for entry in sorted(repo.iterdir()):
        if entry.name in PARTICIPANT_READABLE or entry.is_symlink():
            continue
        mode = entry.stat().st_mode & 0o7777
        # source/ and kunci/ stay readable by the angkatan's graders (bimtek angkatan buat --akun).
        keep = 0o070 if entry.name in GRADER_SHARED and _group_name(entry.stat().st_gid) == GRADER_GROUP else 0
        if mode & ~keep & 0o077:
            os.chmod(entry, mode & ~(0o077 & ~keep))
        closed.append(entry.name)
    return closed


GRADER_SHARED = ("source", "kunci")
GRADER_GROUP = "bimtek-penilai"


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return ""


COURSE_CONFIG_EXTRA = """

# --- Server Bimtek (ditambahkan oleh deploy/siapkan.py pengguna) ---------------
# Feedback is released to each participant's own Unix group only; submissions stay
# readable by their owner and the grader group only.
c.ExchangeFactory.release_feedback = "course.instructor.exchange.PrivateExchangeReleaseFeedback"
c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"
"""


def cmd_akun(args) -> int:
    roster = read_roster(args.roster)
    out = Path(args.keluar)
    out.mkdir(parents=True, exist_ok=True)
    cards, hashes = out / "kartu-akun.csv", out / "kata-sandi.txt"
    for path in (cards, hashes):
        if path.exists() and not args.timpa:
            print(
                f"{path} sudah ada. Tambahkan --timpa untuk membuat kata sandi baru bagi semua peserta.",
                file=sys.stderr,
            )
            return 1
    rows = [(r, new_password()) for r in roster]
    old_umask = os.umask(0o077)
    try:
        with open(cards, "w", newline="", encoding="utf-8") as handle:
            writer = csv_writer(handle)
            writer.writerow(["nama_pengguna", "kata_sandi", "nama_lengkap", "instansi", "peran"])
            for r, password in rows:
                writer.writerow([r["nama_pengguna"], password, r["nama_lengkap"], r["instansi"], r["peran"]])
        hashes.write_text(
            "# nama_pengguna:hash (dibuat oleh deploy/siapkan.py akun)\n"
            + "".join(f"{r['nama_pengguna']}:{hash_password(password)}\n" for r, password in rows),
            encoding="utf-8",
        )
    finally:
        os.umask(old_umask)
    os.chmod(cards, 0o600)
    os.chmod(hashes, 0o600)
    print(f"{len(rows)} akun dibuat. Cetak {cards} dan bagikan per orang; hub membaca {hashes}.")
    return 0


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"Perintah gagal: {' '.join(cmd)}\n{proc.stderr.strip()}")


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def _ensure_user(name: str, comment: str = "", home: str | None = None, group: str | None = None) -> None:
    if not _user_exists(name):
        cmd = ["useradd", "--create-home", "--shell", "/bin/bash", "--comment", comment[:60] or name]
        if home:
            cmd += ["--home-dir", home]
        if group:
            cmd += ["--gid", group]
        _run(cmd + [name])
    entry = pwd.getpwnam(name)
    Path(entry.pw_dir).mkdir(parents=True, exist_ok=True)
    os.chown(entry.pw_dir, entry.pw_uid, entry.pw_gid)
    os.chmod(entry.pw_dir, 0o700)  # nobody else reads a participant's notebooks


def cmd_pengguna(args) -> int:
    if os.geteuid() != 0:
        print("Perintah ini membuat akun Unix: jalankan sebagai root (sudo).", file=sys.stderr)
        return 1
    roster = read_roster(args.roster)
    if not _group_exists(args.grup_grader):
        _run(["groupadd", args.grup_grader])
    course = Path(args.kursus)
    course.parent.mkdir(parents=True, exist_ok=True)
    _ensure_user(args.grader, "Penilai Bimtek", home=str(course), group=args.grup_grader)
    grader = pwd.getpwnam(args.grader)
    for row in roster:
        _ensure_user(row["nama_pengguna"], row["nama_lengkap"])
    # The grader joins each participant's own group, so released feedback can be given to
    # that participant alone (course.instructor.exchange.PrivateExchangeReleaseFeedback).
    own_groups = [r["nama_pengguna"] for r in roster if _group_exists(r["nama_pengguna"])]
    if own_groups:
        _run(["usermod", "--append", "--groups", ",".join(own_groups), args.grader])
    # The course folder of the grader account: the nbgrader config and the session sources.
    (course / "nbgrader_config.py").write_text(
        (REPO / "nbgrader_config.py").read_text(encoding="utf-8") + COURSE_CONFIG_EXTRA, encoding="utf-8"
    )
    shutil.copytree(
        REPO / "source",
        course / "source",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
    )
    # The Tes Awal/Akhir keys: read by the grader only, never by a participant's account.
    shutil.copytree(REPO / "kunci", course / "kunci", dirs_exist_ok=True)
    for dirpath, _dirnames, filenames in os.walk(course):
        os.chown(dirpath, grader.pw_uid, grader.pw_gid)
        for name in filenames:
            os.chown(os.path.join(dirpath, name), grader.pw_uid, grader.pw_gid)
    os.chmod(course / "kunci", 0o700)
    # Participants' kernels import the course from this repository: close what holds answers.
    close_repository(REPO)
    # The exchange root belongs to the grader; nbgrader creates the course's inbound/outbound/
    # feedback inside it on the first release, with the grader's group on inbound/.
    exchange = Path(args.exchange)
    exchange.mkdir(parents=True, exist_ok=True)
    os.chown(exchange, grader.pw_uid, grader.pw_gid)
    os.chmod(exchange, 0o755)
    print(
        f"{len(roster)} akun Unix siap; akun penilai {args.grader} (grup {args.grup_grader}); "
        f"exchange {exchange}; folder kursus {course}."
    )
    return 0


def cmd_hapus(args) -> int:
    if os.geteuid() != 0:
        print("Perintah ini menghapus akun Unix: jalankan sebagai root (sudo).", file=sys.stderr)
        return 1
    roster = read_roster(args.roster)
    if not args.ya:
        print(
            f"Ini akan menghapus {len(roster)} akun beserta folder rumahnya. Ulangi dengan --ya bila yakin.",
            file=sys.stderr,
        )
        return 1
    removed = 0
    for row in roster:
        if _user_exists(row["nama_pengguna"]):
            subprocess.run(["userdel", "--remove", row["nama_pengguna"]], capture_output=True)
            removed += 1
    print(f"{removed} akun dihapus.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="siapkan.py", description="Siapkan server Bimtek dari daftar peserta.")
    sub = parser.add_subparsers(dest="perintah", required=True)
    akun = sub.add_parser("akun", help="buat kata sandi per peserta")
    akun.add_argument("roster", help="daftar peserta (CSV)")
    akun.add_argument("--keluar", default="/srv/bimtek", help="folder hasil (bawaan /srv/bimtek)")
    akun.add_argument("--timpa", action="store_true", help="ganti kata sandi yang sudah ada")
    akun.set_defaults(run=cmd_akun)
    pengguna = sub.add_parser("pengguna", help="buat akun Unix, akun penilai, exchange, folder kursus")
    pengguna.add_argument("roster")
    pengguna.add_argument("--grader", default="grader-bimtek", help="akun penilai (bawaan grader-bimtek)")
    pengguna.add_argument("--grup-grader", default="bimtek-grader", help="grup penilai (bawaan bimtek-grader)")
    pengguna.add_argument("--exchange", default="/srv/nbgrader/exchange")
    pengguna.add_argument("--kursus", default="/srv/nbgrader/bimtek-kehumasan")
    pengguna.set_defaults(run=cmd_pengguna)
    hapus = sub.add_parser("hapus", help="hapus akun Unix peserta setelah Bimtek")
    hapus.add_argument("roster")
    hapus.add_argument("--ya", action="store_true")
    hapus.set_defaults(run=cmd_hapus)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (RosterError, FileNotFoundError) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
