"""``bimtek angkatan buat --akun`` (as root): the Unix side of an angkatan on a one-server hub.

For angkatan ``NAMA`` (course ``bimtek-NAMA``):

* one Unix account per participant and instructor (home folder closed to others), and
  a printed-card file with a generated password for each new account
  (``rahasia/kartu-akun.csv``) plus the scrypt hashes the hub reads
  (``rahasia/kata-sandi.txt``), both readable by root only;
* the angkatan's grader account ``grader-NAMA`` (its home is the angkatan's folder, its
  primary group ``penilai-NAMA``), a member of the shared group ``bimtek-penilai`` that may
  read the course's ``source/`` and ``kunci/`` (shared by every angkatan, closed to
  participants), and of each participant's own group (feedback for that participant alone,
  ``course.instructor.exchange.PrivateExchangeReleaseFeedback``);
* the group ``angkatan-NAMA`` (participants, instructors, grader) and the angkatan's folder in
  the exchange, ``<exchange>/bimtek-NAMA``, owned by the grader with that group and mode
  0750: nobody outside the angkatan can list, fetch from, submit to or read feedback in it,
  whatever they type. The exchange root is 1777 (sticky): nobody removes or renames
  another's folder, and nobody can take a future angkatan's name by creating it first
  without ``buat`` refusing it.
"""

from __future__ import annotations

import csv
import grp
import importlib.util
import os
import pwd
import stat
import subprocess
from pathlib import Path

from course.instructor.intakes import COURSE_REPO, Intake, IntakeError
from course.instructor.safe_output import csv_writer

SHARED_GROUP = "bimtek-penilai"
SHARED_WITH_GRADERS = ("source", "kunci")


def _hub_module():
    """deploy/bimtek_hub.py of the course (password hashing shared with the hub)."""
    spec = importlib.util.spec_from_file_location("bimtek_hub", COURSE_REPO / "deploy" / "bimtek_hub.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise IntakeError(f"perintah {' '.join(cmd)} gagal: {proc.stderr.strip() or proc.returncode}.")


def _group(name: str) -> grp.struct_group | None:
    try:
        return grp.getgrnam(name)
    except KeyError:
        return None


def _user(name: str) -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        return None


def _ensure_group(name: str) -> None:
    if _group(name) is None:
        _run(["groupadd", name])


def _ensure_user(name: str, home: Path | None = None, group: str | None = None) -> bool:
    """Create the account if missing; its home is closed to others. Returns whether it is new."""
    new = _user(name) is None
    if new:
        cmd = ["useradd", "--create-home", "--shell", "/bin/bash"]
        cmd += ["--home-dir", str(home)] if home else []
        cmd += ["--gid", group] if group else []
        _run(cmd + [name])
    entry = pwd.getpwnam(name)
    Path(entry.pw_dir).mkdir(parents=True, exist_ok=True)
    os.chown(entry.pw_dir, entry.pw_uid, entry.pw_gid)
    os.chmod(entry.pw_dir, 0o700)
    return new


def _members(group: str, users: list[str]) -> None:
    for user in users:
        _run(["usermod", "--append", "--groups", group, user])


def _passwords(intake: Intake, users: list[str]) -> int:
    """Cards and hashes for accounts that have none yet; returns how many were made."""
    hub = _hub_module()
    secret = intake.folder / "rahasia"
    secret.mkdir(mode=0o700, exist_ok=True)
    os.chown(secret, 0, 0)
    os.chmod(secret, 0o700)
    cards, hashes = secret / "kartu-akun.csv", secret / "kata-sandi.txt"
    known = hub.read_password_file(hashes) if hashes.exists() else {}
    fresh = [(u, hub.new_password()) for u in users if u not in known]
    if not fresh:
        return 0
    old_umask = os.umask(0o077)
    try:
        new_file = not cards.exists()
        with open(cards, "a", newline="", encoding="utf-8") as handle:
            writer = csv_writer(handle)
            if new_file:
                writer.writerow(["nama_pengguna", "kata_sandi", "angkatan", "peran"])
            for user, password in fresh:
                role = "instruktur" if user in intake.instructors else "peserta"
                writer.writerow([user, password, intake.name, role])
        with open(hashes, "a", encoding="utf-8") as handle:
            if not known:
                handle.write(f"# nama_pengguna:hash angkatan {intake.name} (bimtek angkatan buat --akun)\n")
            handle.writelines(f"{user}:{hub.hash_password(password)}\n" for user, password in fresh)
    finally:
        os.umask(old_umask)
    return len(fresh)


def _share_sources_with_graders() -> None:
    """``source/`` and ``kunci/`` of the course: readable by the graders' group, closed to everyone else."""
    gid = grp.getgrnam(SHARED_GROUP).gr_gid
    for name in SHARED_WITH_GRADERS:
        path = COURSE_REPO / name
        os.chown(path, os.stat(path).st_uid, gid)
        os.chmod(path, 0o750)
    # The course's nbgrader settings, loaded by each angkatan's own file, hold no secret.
    os.chmod(COURSE_REPO / "nbgrader_config.py", 0o644)


def _exchange_folder(intake: Intake) -> Path:
    root = Path(intake.exchange)
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, stat.S_ISVTX | 0o777)  # nbgrader's release keeps 0777; sticky: no renaming others' folders
    grader = pwd.getpwnam(intake.grader)
    folder = root / intake.course_id
    if folder.exists() and os.lstat(folder).st_uid not in (grader.pw_uid, 0):
        owner = pwd.getpwuid(os.lstat(folder).st_uid).pw_name
        raise IntakeError(
            f"{folder} sudah ada dan dibuat oleh akun {owner}, bukan oleh penilai angkatan.",
            f"Periksa isinya, hapus folder itu (sudo rm -r {folder}), lalu jalankan perintah ini lagi.",
        )
    folder.mkdir(exist_ok=True)
    os.chown(folder, grader.pw_uid, grp.getgrnam(f"angkatan-{intake.name}").gr_gid)
    os.chmod(folder, 0o750)
    return folder


def _give_folder_to_grader(intake: Intake) -> None:
    grader = pwd.getpwnam(intake.grader)
    for dirpath, dirnames, filenames in os.walk(intake.folder):
        if Path(dirpath) == intake.folder:
            dirnames[:] = [d for d in dirnames if d != "rahasia"]
        os.lchown(dirpath, grader.pw_uid, grader.pw_gid)
        for name in filenames:
            os.lchown(os.path.join(dirpath, name), grader.pw_uid, grader.pw_gid)
        for name in dirnames:
            if os.path.islink(os.path.join(dirpath, name)):
                os.lchown(os.path.join(dirpath, name), grader.pw_uid, grader.pw_gid)
    os.chmod(intake.folder, 0o750)


def create_accounts(intake: Intake) -> dict[str, int]:
    """Everything above, idempotent; returns counts for the summary line."""
    if os.geteuid() != 0:
        raise IntakeError(
            "--akun membuat akun Unix dan grup: jalankan sebagai root.",
            "Ulangi dengan sudo, atau tanpa --akun bila akun dibuat dengan cara lain.",
        )
    people = intake.participants + intake.instructors
    new_accounts = sum(_ensure_user(name) for name in people)
    for group in (SHARED_GROUP, f"penilai-{intake.name}", f"angkatan-{intake.name}"):
        _ensure_group(group)
    _ensure_user(intake.grader, home=intake.folder, group=f"penilai-{intake.name}")
    _members(SHARED_GROUP, [intake.grader])
    _members(f"angkatan-{intake.name}", [*people, intake.grader])
    own_groups = ",".join(p for p in intake.participants if _group(p) is not None)
    if own_groups:
        _run(["usermod", "--append", "--groups", own_groups, intake.grader])
    _share_sources_with_graders()
    _give_folder_to_grader(intake)
    _exchange_folder(intake)
    cards = _passwords(intake, people)
    return {"akun_baru": new_accounts, "kata_sandi_baru": cards}


def read_cards(intake: Intake) -> dict[str, str]:
    """The printed-card passwords of an angkatan (root only)."""
    path = intake.folder / "rahasia" / "kartu-akun.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["nama_pengguna"]: row["kata_sandi"] for row in csv.DictReader(handle)}
