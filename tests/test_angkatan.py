"""``bimtek angkatan buat`` / ``daftar`` (course/instructor/intakes.py) and the organiser's walkthrough.

The real command in a temporary programme folder: the angkatan's own course folder (course id,
gradebook with the roster, shared sources, the installed course's settings), updates that keep what
was handed out, every refusal in one Indonesian line with nothing written, the numbers ``daftar``
shows after a real ``nbgrader release_assignment``, what the hub reads from it
(deploy/bimtek_hub.py, deploy/jupyterhub_config.py), and every command of
docs/instruktur/angkatan.md run or parsed as shown. The Unix side (``--akun``) and the isolation on
a running hub are in tests/test_hub_angkatan.py.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from traitlets.config.loader import PyFileConfigLoader

from course.instructor.cli import build_parser

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "deploy"))
import bimtek_hub

HEADER = "id,nama_depan,nama_belakang,email,kabupaten\n"
JATIM_1 = HEADER + (
    "sari-bwi,Sari,Wulandari,sari@contoh.go.id,Kabupaten Banyuwangi\nbudi-jbr,Budi,,budi@contoh.go.id,Kabupaten Jember\n"
)
JATIM_2 = HEADER + "wayan-bdg,Wayan,,wayan@contoh.go.id,Kabupaten Bondowoso\n"


def bimtek(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd or ROOT,
        env={**os.environ, **env},
    )


def make(tmp_path: Path, name: str, roster: str, *extra: str) -> subprocess.CompletedProcess:
    path = tmp_path / f"{name}.csv"
    path.write_text(roster, encoding="utf-8")
    program, exchange = tmp_path / "angkatan", tmp_path / "exchange"
    return bimtek(
        "angkatan",
        "buat",
        name,
        "--peserta",
        str(path),
        "--program",
        str(program),
        "--pertukaran",
        str(exchange),
        *extra,
    )


def test_an_angkatan_is_its_own_course_folder_with_shared_sources(tmp_path):
    proc = make(tmp_path, "jatim-1", JATIM_1, "--instruktur", "rina", "adi")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Angkatan jatim-1 dibuat: kode kursus bimtek-jatim-1, 2 peserta, 2 instruktur")
    folder = tmp_path / "angkatan" / "jatim-1"
    data = json.loads((folder / "angkatan.json").read_text(encoding="utf-8"))
    assert data["course_id"] == "bimtek-jatim-1" and data["penilai"] == "grader-jatim-1"
    assert data["peserta"] == ["budi-jbr", "sari-bwi"] and data["instruktur"] == ["adi", "rina"]
    for shared in ("source", "kunci"):  # linked, not copied
        assert (folder / shared).is_symlink() and (folder / shared).resolve() == (ROOT / shared).resolve()
    config = PyFileConfigLoader("nbgrader_config.py", path=str(folder)).load_config()
    assert config.CourseDirectory.course_id == "bimtek-jatim-1"
    assert config.CourseDirectory.db_url == f"sqlite:///{folder / 'gradebook.db'}"
    assert config.Exchange.root == str(tmp_path / "exchange")
    # the course's own settings come from the installed course, not a copy
    assert config.Autograde.autograde_preprocessors[1] == "course.instructor.grading.judge.JudgeAnswers"
    assert "load_subconfig" in (folder / "nbgrader_config.py").read_text(encoding="utf-8")
    import sqlalchemy as sa

    eng = sa.create_engine(f"sqlite:///{folder / 'gradebook.db'}")
    with eng.connect() as conn:
        kabupaten = dict(conn.execute(sa.text("SELECT id, kabupaten FROM bimtek_peserta")).all())
    eng.dispose()
    assert kabupaten == {"sari-bwi": "Kabupaten Banyuwangi", "budi-jbr": "Kabupaten Jember"}


def test_running_it_again_updates_the_roster_and_keeps_course_port_and_date(tmp_path):
    assert make(tmp_path, "jatim-1", JATIM_1).returncode == 0
    first = json.loads((tmp_path / "angkatan" / "jatim-1" / "angkatan.json").read_text(encoding="utf-8"))
    assert make(tmp_path, "jatim-2", JATIM_2).returncode == 0
    again = make(
        tmp_path, "jatim-1", JATIM_1 + "dewi-sby,Dewi,,dewi@contoh.go.id,Kota Surabaya\n", "--instruktur", "rina"
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Angkatan jatim-1 diperbarui: kode kursus bimtek-jatim-1, 3 peserta, 1 instruktur")
    now = json.loads((tmp_path / "angkatan" / "jatim-1" / "angkatan.json").read_text(encoding="utf-8"))
    assert (now["port"], now["dibuat"], now["course_id"]) == (first["port"], first["dibuat"], first["course_id"])
    assert now["peserta"] == ["budi-jbr", "dewi-sby", "sari-bwi"]
    ports = {json.loads(p.read_text())["port"] for p in (tmp_path / "angkatan").glob("*/angkatan.json")}
    assert len(ports) == 2  # each angkatan's formgrader on its own port


@pytest.mark.parametrize(
    "name, roster, extra, message",
    [
        ("Jatim 1", JATIM_1, (), "nama angkatan 'Jatim 1' tidak dapat dipakai"),
        ("jatim-3", JATIM_2, (), "peserta wayan-bdg sudah terdaftar di angkatan jatim-2"),
        ("jatim-3", HEADER + "Wayan.B,Wayan,,w@contoh.go.id,Kab\n", (), "id 'Wayan.B' tidak dapat menjadi nama akun"),
        ("jatim-3", JATIM_1.replace("sari-bwi", "rina"), ("--instruktur", "rina"), "rina tercantum sebagai peserta"),
        ("jatim-3", HEADER + "ani,Ani,,bukan-surel,Kab\n", (), "Baris 2"),
        ("jatim-3", JATIM_1.replace("budi", "eko"), ("--port", "PORT-JATIM-2"), "sudah dipakai angkatan lain"),
    ],
)
def test_refusals_are_one_indonesian_line_and_write_nothing(tmp_path, name, roster, extra, message):
    assert make(tmp_path, "jatim-2", JATIM_2).returncode == 0
    port = str(json.loads((tmp_path / "angkatan" / "jatim-2" / "angkatan.json").read_text())["port"])
    proc = make(
        tmp_path, name, roster.replace("sari-bwi", "ani-bwi"), *(port if e == "PORT-JATIM-2" else e for e in extra)
    )
    assert proc.returncode == 2, proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("Galat: ")
    assert message in proc.stderr, proc.stderr
    assert sorted(p.name for p in (tmp_path / "angkatan").iterdir()) == ["jatim-2"]


def test_daftar_counts_participants_releases_and_graded_submissions(tmp_path):
    assert make(tmp_path, "jatim-1", JATIM_1, "--instruktur", "rina").returncode == 0
    assert make(tmp_path, "jatim-2", JATIM_2, "--instruktur", "rina", "dewi").returncode == 0
    folder = tmp_path / "angkatan" / "jatim-1"
    nbgrader = [sys.executable, "-m", "nbgrader"]
    for step in ("generate_assignment", "release_assignment"):
        done = subprocess.run([*nbgrader, step, "00-pengantar"], cwd=folder, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "exchange" / "bimtek-jatim-1" / "outbound" / "00-pengantar").is_dir()
    proc = bimtek("angkatan", "daftar", "--program", str(tmp_path / "angkatan"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split("  ")[0] == "angkatan" and "kiriman dinilai" in lines[0]
    assert re.split(r"\s{2,}", lines[1]) == ["jatim-1", "bimtek-jatim-1", "2", "1", "0", "rina"]
    assert re.split(r"\s{2,}", lines[2]) == ["jatim-2", "bimtek-jatim-2", "1", "0", "0", "dewi, rina"]
    empty = bimtek("angkatan", "daftar", BIMTEK_PROGRAM=str(tmp_path / "belum-ada"))
    assert empty.returncode == 0 and empty.stdout.startswith("Belum ada angkatan di ")


def test_the_hub_registers_every_angkatan_with_nbgraders_groups_services_and_roles(tmp_path):
    assert make(tmp_path, "jatim-1", JATIM_1, "--instruktur", "rina", "adi").returncode == 0
    assert make(tmp_path, "jatim-2", JATIM_2, "--instruktur", "rina").returncode == 0
    env = {
        "BIMTEK_PROGRAM": str(tmp_path / "angkatan"),
        "BIMTEK_PESERTA": str(tmp_path / "tidak-ada.csv"),
        "BIMTEK_STATE": str(tmp_path / "hub"),
        "BIMTEK_KURSUS": str(tmp_path / "tidak-ada"),
    }
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        config = PyFileConfigLoader("jupyterhub_config.py", path=str(ROOT / "deploy")).load_config()
    finally:
        for key, value in old.items():
            os.environ.pop(key, None) if value is None else os.environ.__setitem__(key, value)
    groups = config.JupyterHub.load_groups
    assert groups["nbgrader-bimtek-jatim-1"]["users"] == ["budi-jbr", "sari-bwi"]
    assert groups["formgrade-bimtek-jatim-1"]["users"] == ["adi", "rina"]
    assert groups["nbgrader-bimtek-jatim-2"]["users"] == ["wayan-bdg"]
    assert groups["formgrade-bimtek-jatim-2"]["users"] == ["rina"]
    assert config.Authenticator.allowed_users == {"adi", "budi-jbr", "rina", "sari-bwi", "wayan-bdg"}
    services = {s["name"]: s for s in config.JupyterHub.services}
    assert set(services) == {"bimtek-jatim-1", "bimtek-jatim-2", "idle-culler"}  # no single-course formgrader
    assert services["bimtek-jatim-1"]["user"] == "grader-jatim-1"
    assert services["bimtek-jatim-1"]["cwd"] == str(tmp_path / "angkatan" / "jatim-1")
    roles = {r["name"]: r for r in config.JupyterHub.load_roles}
    assert roles["formgrader-bimtek-jatim-2"]["groups"] == ["formgrade-bimtek-jatim-2"]
    assert roles["formgrader-bimtek-jatim-2"]["scopes"] == ["access:services!service=bimtek-jatim-2"]
    assert "read:users:groups!user" in config.Spawner.server_token_scopes
    assert config.RosterAuthenticator.extra_password_files == [
        str(tmp_path / "angkatan" / n / "rahasia" / "kata-sandi.txt") for n in ("jatim-1", "jatim-2")
    ]
    assert bimtek_hub.course_of(["peserta", "nbgrader-bimtek-jatim-2"]) == "bimtek-jatim-2"
    assert bimtek_hub.course_of(["instruktur", "formgrade-bimtek-jatim-1"]) == ""


def test_a_participant_in_two_angkatan_files_stops_the_hub_with_a_reason(tmp_path):
    assert make(tmp_path, "jatim-1", JATIM_1).returncode == 0
    assert make(tmp_path, "jatim-2", JATIM_2).returncode == 0
    edited = tmp_path / "angkatan" / "jatim-2" / "angkatan.json"
    data = json.loads(edited.read_text(encoding="utf-8"))
    edited.write_text(json.dumps({**data, "peserta": ["wayan-bdg", "sari-bwi"]}), encoding="utf-8")
    with pytest.raises(bimtek_hub.RosterError, match="Peserta 'sari-bwi' terdaftar di angkatan jatim-1 dan jatim-2"):
        bimtek_hub.read_programme(tmp_path / "angkatan")


def documented_commands() -> list[list[str]]:
    text = (ROOT / "docs" / "instruktur" / "angkatan.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, re.S)
    return [shlex.split(line) for block in blocks for line in block.splitlines() if line.strip()]


def test_the_organisers_walkthrough_runs_as_shown(tmp_path):
    """The doc's commands, in order: angkatan buat and daftar run for real (``--akun``, which makes Unix
    accounts, runs in tests/test_hub_angkatan.py), the others parse with the real command line."""
    commands = documented_commands()
    assert [c[:3] for c in commands] == [
        ["bimtek", "angkatan", "buat"],
        ["bimtek", "angkatan", "buat"],
        ["systemctl", "restart", "bimtek-hub"],
        ["bimtek", "angkatan", "daftar"],
        ["cd", "/srv/nbgrader/angkatan/jatim-1"],
        ["bimtek", "collect", "00-pengantar"],
        ["bimtek", "autograde", "00-pengantar"],
        ["bimtek", "report", "--angkatan"],
        ["bimtek", "certificates", "--angkatan"],
    ]
    (tmp_path / "jatim-1.csv").write_text(JATIM_1, encoding="utf-8")
    (tmp_path / "jatim-2.csv").write_text(JATIM_2.replace("wayan", "putu"), encoding="utf-8")
    env = {"BIMTEK_PROGRAM": str(tmp_path / "angkatan"), "BIMTEK_EXCHANGE": str(tmp_path / "exchange")}
    parser = build_parser()
    for command in commands:
        if command[0] != "bimtek":
            continue
        args = command[1:]
        parser.parse_args(args)  # argparse exits (failing the test) on an unknown option
        if args[:1] == ["angkatan"]:
            proc = bimtek(*[a for a in args if a != "--akun"], cwd=tmp_path, **env)
            assert proc.returncode == 0, (command, proc.stderr)
    listing = bimtek("angkatan", "daftar", **env).stdout
    assert re.search(r"jatim-1\s+bimtek-jatim-1\s+2\s+0\s+0\s+adi, rina", listing), listing
    assert re.search(r"jatim-2\s+bimtek-jatim-2\s+1\s+0\s+0\s+dewi, rina", listing), listing


def test_the_readme_walks_an_organiser_through_adding_an_angkatan_with_real_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Untuk penyelenggara", 1)[1].split("\n## ", 1)[0]
    commands = [shlex.split(c) for c in re.findall(r"`(bimtek [^`]+)`", section)]
    commands = [c for c in commands if c[1] != "roster"]  # named only for its column format
    assert [c[1:3] for c in commands] == [
        ["angkatan", "buat"],
        ["angkatan", "daftar"],
        ["report", "--angkatan"],
        ["certificates", "--angkatan"],
    ]
    parser = build_parser()
    for command in commands:
        parser.parse_args(command[1:])  # argparse exits (failing the test) on an unknown option
    assert "docs/instruktur/angkatan.md" in section
