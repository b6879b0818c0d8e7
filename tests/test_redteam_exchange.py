"""Red team of the exchange: participants attacking `bimtek collect` (issue 14, items 3 and 4).

Every attack is made by a real Unix account on a real exchange laid out as nbgrader makes it
(`inbound/` writable by all, not listable), next to honest participants who submit with the
hub's real submit code. Each test asserts exactly what ends in `submitted/`: the attacker's own
honest submission (or nothing), the victim's real work byte for byte, and one refusal line per
planted folder. The last test grades the result with the real `bimtek autograde` (sandboxed:
run this file under the shared grading lock, see the test guide).

Attacks: a symlink as the inbound folder (to the solution folder and to the solution notebook);
a symlink inside a submission; a folder forged in a victim's name by another account; a file
inside a victim's folder replaced by another account; timestamps in the future, after the due
date plus grace, unreadable, or naming a FIFO as time zone; a participant not in the roster; a
hard link to a file the attacker cannot read; folder names with path tricks and newlines; a FIFO
inside a submission.
"""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from .grading_support import MAX_SCORE, NOTEBOOK, SESSION, bimtek, statuses
from .test_collect import accounts, as_user, refusal_lines, scene, stamp, uid, utcnow  # noqa: F401 - fixtures

ANI, MALLORY, TAMU = uid("ani"), uid("mallory"), uid("tamu")


@pytest.fixture
def honest(scene):  # noqa: F811 - the fixture imported above
    """Ani (the victim) and Mallory (the attacker) have each made one honest submission."""
    scene.victim = scene.submit(ANI, scene.notebook("sempurna"))
    scene.own = scene.submit(MALLORY, scene.notebook("sebagian"))
    return scene


def assert_only_honest_collected(made, proc, refused: int) -> list[str]:
    """Exactly Ani's and Mallory's honest submissions are in submitted/, and ``refused`` folders were refused."""
    lines = refusal_lines(proc)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert len(lines) == refused, lines
    assert made.submitted_students() == {ANI, MALLORY}
    assert made.submitted(ANI) == made.inbound_files(made.victim)
    assert made.submitted(ANI)[NOTEBOOK] == made.notebook("sempurna")
    assert made.submitted(MALLORY) == made.inbound_files(made.own)
    assert f"{refused} folder ditolak." in proc.stdout
    return lines


def newer() -> str:
    return stamp(utcnow() + dt.timedelta(seconds=1))


def test_a_symlink_in_inbound_to_the_solution_is_refused_not_followed(honest):
    solution = honest.course / "source" / SESSION
    folder_link = f"{MALLORY}+{SESSION}+{newer()}+tautan1"
    file_link = f"{MALLORY}+{SESSION}+{newer()}+tautan2"

    def plant() -> None:
        os.symlink(solution, honest.inbound / folder_link)
        os.symlink(solution / NOTEBOOK, honest.inbound / file_link)

    as_user(MALLORY, plant)
    proc = honest.collect()
    lines = assert_only_honest_collected(honest, proc, refused=2)
    assert all("tautan simbolik (symlink)" in line and f"peserta {MALLORY}" in line for line in lines)
    solution_bytes = (solution / NOTEBOOK).read_bytes()
    assert all(data != solution_bytes for data in honest.submitted(MALLORY).values())


def test_a_symlink_inside_a_submission_is_refused_and_the_older_own_work_is_kept(honest):
    solution = honest.course / "source" / SESSION / NOTEBOOK
    name = f"{MALLORY}+{SESSION}+{newer()}+dalam"
    when = name.split("+")[2]

    def plant() -> None:
        folder = honest.inbound / name
        folder.mkdir()
        os.symlink(solution, folder / NOTEBOOK)
        (folder / "timestamp.txt").write_text(when)

    as_user(MALLORY, plant)
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert f"'{NOTEBOOK}' di dalam kiriman adalah tautan simbolik" in line


def test_a_folder_forged_in_the_victims_name_is_refused_and_the_victim_keeps_her_work(honest):
    assert honest.collect().returncode == 0  # Ani's real work is already collected ...
    collected = honest.course / "submitted" / ANI / SESSION / NOTEBOOK
    inode = collected.stat().st_ino
    when = newer()  # ... when Mallory plants a newer folder in her name
    honest.plant(MALLORY, f"{ANI}+{SESSION}+{when}+palsu", {NOTEBOOK: honest.notebook("kosong")}, when)
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert collected.stat().st_ino == inode  # not even rewritten
    assert line.startswith(f"Ditolak: peserta {ANI}, folder inbound/{ANI}+{SESSION}+{when}+palsu: ")
    assert f"dibuat oleh akun {MALLORY}, bukan oleh akun {ANI} sendiri" in line


def test_a_file_replaced_inside_the_victims_folder_by_another_account_is_refused(honest):
    # Ani submits again with nbgrader's plain submit, which leaves the folder writable by all (0777);
    # Mallory, who learnt its name, swaps her notebook for an empty one.
    time.sleep(1)
    exposed = honest.submit(ANI, honest.notebook("salah_tipe"), private=False)
    empty = honest.notebook("kosong")

    def swap() -> None:
        target = honest.inbound / exposed / NOTEBOOK
        target.unlink()
        target.write_bytes(empty)

    as_user(MALLORY, swap)
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert f"folder inbound/{exposed}: berkas '{NOTEBOOK}' dibuat oleh akun {MALLORY}" in line


def test_timestamps_in_the_future_are_refused_for_the_victims_name_and_for_ones_own(honest):
    future = "2099-01-01 00:00:00.000000 UTC"
    honest.plant(MALLORY, f"{ANI}+{SESSION}+{future}+masa", {NOTEBOOK: honest.notebook("kosong")}, future)
    honest.plant(MALLORY, f"{MALLORY}+{SESSION}+{future}+depan", {NOTEBOOK: honest.notebook("sempurna")}, future)
    forged, own = assert_only_honest_collected(honest, honest.collect(), refused=2)
    assert f"peserta {ANI}," in forged and f"dibuat oleh akun {MALLORY}" in forged  # the owner is named first
    assert f"peserta {MALLORY}," in own and "2099-01-01 00:00:00 UTC berada di masa depan" in own


def test_a_submission_after_the_due_date_plus_grace_is_refused_until_the_grace_allows_it(honest):
    honest.set_duedate(utcnow())
    time.sleep(1.5)
    late = honest.submit(ANI, honest.notebook("salah_tipe"))
    proc = honest.collect("--tenggang", "0")
    (line,) = refusal_lines(proc)
    assert proc.returncode == 1
    assert f"folder inbound/{late}: dikirim " in line and "ditambah tenggang 0 menit" in line
    assert honest.submitted(ANI) == honest.inbound_files(honest.victim)
    proc = honest.collect()  # the default grace (15 minutes) takes it
    assert proc.returncode == 0, proc.stderr
    assert honest.submitted(ANI) == honest.inbound_files(late)


def test_unreadable_or_inconsistent_timestamps_are_refused_even_one_naming_a_fifo_as_time_zone(honest):
    fifo = honest.base / "jebakan"
    os.mkfifo(fifo)
    os.chmod(fifo, 0o666)
    when = newer()
    earlier = stamp(utcnow() - dt.timedelta(hours=1))
    planted = {  # folder name -> (timestamp.txt, why it is refused)
        f"{MALLORY}+{SESSION}+kemarin sore+a": ("kemarin sore", "tidak dapat dibaca (yang diharapkan berbentuk"),
        f"{MALLORY}+{SESSION}+2099-13-45 99:99:99.0 UTC+b": (when, "tidak dapat dibaca (yang diharapkan berbentuk"),
        f"{MALLORY}+{SESSION}+{when}+c": (f"{when[:-4]} {fifo}", "tidak dapat dibaca (yang diharapkan berbentuk"),
        f"{MALLORY}+{SESSION}+{when}+d": (earlier, "timestamp.txt berbeda dengan yang di nama folder"),
        f"{MALLORY}+{SESSION}+{when}+e": (None, "timestamp.txt tidak ada di folder ini"),
    }
    for name, (text, _why) in planted.items():
        honest.plant(MALLORY, name, {NOTEBOOK: honest.notebook("sempurna")}, text)
    lines = assert_only_honest_collected(honest, honest.collect(), refused=len(planted))
    for name, (_text, why) in planted.items():
        (line,) = [line for line in lines if f"folder inbound/{name}: " in line]
        assert why in line, line


def test_a_participant_not_in_the_roster_is_refused(honest):
    guest = honest.submit(TAMU, honest.notebook("sempurna"))
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert line.startswith(f"Ditolak: peserta {TAMU}, folder inbound/{guest}: ")
    assert "tidak ada dalam daftar peserta" in line


def test_a_hard_link_to_a_file_the_attacker_cannot_read_is_refused(honest):
    secret = honest.base / "rahasia.ipynb"
    secret.write_bytes((honest.course / "source" / SESSION / NOTEBOOK).read_bytes())
    os.chmod(secret, 0o600)
    name = f"{MALLORY}+{SESSION}+{newer()}+keras"
    when = name.split("+")[2]
    honest.plant(MALLORY, name, {"catatan.txt": b"milik sendiri"}, when)

    def link() -> None:
        os.link(secret, honest.inbound / name / NOTEBOOK)

    if open("/proc/sys/fs/protected_hardlinks").read().strip() == "1":
        with pytest.raises(AssertionError, match="PermissionError"):
            as_user(MALLORY, link)  # the kernel refuses it here
    # Where the kernel allows it (fs.protected_hardlinks=0), the link is a file of another account:
    os.link(secret, honest.inbound / name / NOTEBOOK)
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert f"berkas '{NOTEBOOK}' dibuat oleh akun root, bukan oleh akun {MALLORY}" in line


def test_folder_names_with_path_tricks_and_newlines_are_refused_on_one_line_each(honest):
    when = newer()
    names = [
        f"..+{SESSION}+{when}+a",
        f".+{SESSION}+{when}+b",
        f"{MALLORY}\nDikumpulkan: semua+{SESSION}+{when}+c",
        f"{MALLORY}+{SESSION}+{when}+..",
        f"{MALLORY}+{SESSION}+{when}+d+e",
        f"{ANI}/../{MALLORY}",  # not a file name; only here to prove "/" cannot be planted
    ]
    planted = []
    for name in names:
        try:
            honest.plant(MALLORY, name, {NOTEBOOK: honest.notebook("sempurna")}, when)
            planted.append(name)
        except AssertionError as exc:
            assert "/" in name and "FileNotFoundError" in str(exc)
    assert len(planted) == 5
    proc = honest.collect()
    lines = assert_only_honest_collected(honest, proc, refused=5)
    assert any("\\nDikumpulkan: semua" in line for line in lines)
    assert all(line.startswith(("Dikumpulkan: ", "5 kiriman", "2 kiriman")) for line in proc.stdout.splitlines())
    assert sorted(p.name for p in (honest.course / "submitted").iterdir()) == sorted([ANI, MALLORY])
    assert not (honest.course / SESSION).exists() and not (honest.course.parent / SESSION).exists()


def test_a_fifo_inside_a_submission_is_refused_without_hanging(honest):
    name = f"{MALLORY}+{SESSION}+{newer()}+pipa"
    when = name.split("+")[2]
    honest.plant(MALLORY, name, {}, when)

    as_user(MALLORY, lambda: os.mkfifo(honest.inbound / name / NOTEBOOK))
    start = time.time()
    (line,) = assert_only_honest_collected(honest, honest.collect(), refused=1)
    assert time.time() - start < 60
    assert "bukan berkas biasa ataupun folder" in line


def test_collect_then_autograde_gives_honest_participants_their_exact_scores(scene):  # noqa: F811
    """The whole flow: honest submissions and attacks, `bimtek collect`, the real `bimtek autograde`."""
    expected = {ANI: "sempurna", uid("budi"): "salah_tipe", uid("citra"): "kosong", MALLORY: "sebagian"}
    for user, kind in expected.items():
        scene.submit(user, scene.notebook(kind))
    when = newer()
    solution = scene.course / "source" / SESSION

    as_user(MALLORY, lambda: os.symlink(solution, scene.inbound / f"{MALLORY}+{SESSION}+{when}+t"))
    scene.plant(MALLORY, f"{ANI}+{SESSION}+{when}+p", {NOTEBOOK: scene.notebook("kosong")}, when)
    scene.plant(MALLORY, f"{uid('citra')}+{SESSION}+{when}+q", {NOTEBOOK: scene.notebook("sempurna")}, when)
    collected = scene.collect()
    assert collected.returncode == 1 and len(refusal_lines(collected)) == 3
    assert scene.submitted_students() == set(expected)

    graded = bimtek(["autograde", SESSION, "--pekerja", "2"], scene.course)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    found = statuses(scene.course)
    scores = {student: (row["status"], row["score"], row["max_score"]) for student, row in found.items()}
    wanted = {
        user: ("dinilai", float(scene.specs[kind]["expected"]), float(MAX_SCORE)) for user, kind in expected.items()
    }
    assert scores == wanted
    assert wanted[ANI][1] == MAX_SCORE and wanted[MALLORY][1] == MAX_SCORE - 2 and wanted[uid("citra")][1] == 0
