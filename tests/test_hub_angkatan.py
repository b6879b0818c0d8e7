"""Two angkatan side by side on the real JupyterHub (deploy/jupyterhub_config.py), isolated both ways.

The suite makes angkatan A and B with the organiser's own command, as root
(``bimtek angkatan buat NAMA --peserta DAFTAR.csv --instruktur ... --akun``): each its own course
id, gradebook, grader account and formgrader service; one instructor teaches both. The hub is
started with ``BIMTEK_PROGRAM`` naming their folder (nbgrader's multiple-courses set-up:
``nbgrader-<course>`` and ``formgrade-<course>`` groups, ``JupyterHubAuthPlugin`` in the
participants' servers). Then each angkatan's instructor releases session 00 through their own
formgrader; each participant fetches, answers and submits; each instructor collects, grades and
releases feedback; each participant fetches their feedback.

Asserted, both ways (A against B and B against A): a participant cannot list, fetch, submit to or
read feedback of the other angkatan through their server's REST calls (nbgrader's Assignment List),
nor through the exchange folder as their own Unix account; an instructor reaches only their own
angkatan's formgrader; ``bimtek angkatan daftar`` counts each; the programme report and the
certificates cover both.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from tools.hubkit import BimtekHub, requirements_missing, run_as

from .conftest import ROOT
from .test_hub import NOTEBOOK, SESSION, answers_for, fill, ok_json

MISSING = requirements_missing()
pytestmark = pytest.mark.skipif(bool(MISSING) and not os.environ.get("CI"), reason=str(MISSING))
INTAKES = {"a": (["a1"], ["ia", "iab"]), "b": (["b1"], ["ib", "iab"])}


@pytest.fixture(scope="module")
def hub():
    if MISSING:
        pytest.fail(f"the hub flow cannot run here: {MISSING}")
    with BimtekHub([], [], prefix="bkang", intakes=INTAKES) as running:
        yield running


def people(hub: BimtekHub, key: str) -> tuple[str, str, str]:
    """(participant, own instructor, course id) of angkatan ``key``."""
    participants, instructors = hub.intakes[f"bkang-{key}"]
    return participants[0], instructors[0], hub.course_of(key)


def fg(course: str) -> str:
    return f"/services/{course}/formgrader"


def _flow_one(hub: BimtekHub, key: str, tokens: dict, record: dict) -> None:
    """Release, fetch, answer, submit, collect, grade, feedback, in angkatan ``key``."""
    participant, instructor, course = people(hub, key)
    ti, tp, base = tokens[instructor], tokens[participant], f"/user/{participant}"
    for action in ("assign", "release"):
        result = ok_json(hub.post(f"{fg(course)}/api/assignment/{SESSION}/{action}", ti))
        assert result["success"], (action, result)
    listed = ok_json(hub.post(f"{base}/assignments/fetch", tp, data={"course_id": course, "assignment_id": SESSION}))
    assert any(x["course_id"] == course and x["status"] == "fetched" for x in listed["value"]), listed
    path = f"{base}/api/contents/{SESSION}/{NOTEBOOK}"
    answers, record["expected"][participant] = answers_for(key)
    content = fill(ok_json(hub.get(path, tp))["content"], answers)
    assert hub.put(path, tp, json={"type": "notebook", "format": "json", "content": content}).status_code == 200
    submitted = ok_json(
        hub.post(f"{base}/assignments/submit", tp, data={"course_id": course, "assignment_id": SESSION})
    )
    assert submitted.get("success", True) is not False, submitted
    record["submission"][participant] = next((hub.exchange / course / "inbound").glob(f"{participant}+{SESSION}+*"))
    assert ok_json(hub.post(f"{fg(course)}/api/assignment/{SESSION}/collect", ti))["success"]
    assert ok_json(hub.post(f"{fg(course)}/api/submission/{SESSION}/{participant}/autograde", ti))["success"]
    for action in ("generate_feedback", "release_feedback"):
        assert ok_json(hub.post(f"{fg(course)}/api/assignment/{SESSION}/{action}", ti))["success"]
    record["scores"][participant] = {
        s["student"]: s["score"] for s in ok_json(hub.get(f"{fg(course)}/api/submissions/{SESSION}", ti))
    }
    ok_json(hub.post(f"{base}/assignments/fetch_feedback", tp, data={"course_id": course, "assignment_id": SESSION}))


@pytest.fixture(scope="module")
def flow(hub: BimtekHub):
    for user in hub.users:
        hub.start_server(user)
    tokens = {user: hub.user_token(user) for user in hub.users}
    record: dict = {"tokens": tokens, "expected": {}, "submission": {}, "scores": {}}
    for key in INTAKES:
        _flow_one(hub, key, tokens, record)
    return record


def test_each_angkatan_runs_its_own_course_with_exact_scores(hub, flow):
    for key in INTAKES:
        participant, _instructor, course = people(hub, key)
        assert flow["scores"][participant] == {participant: flow["expected"][participant]}
        assert (hub.program / f"bkang-{key}" / "gradebook.db").is_file()
        config = (hub.program / f"bkang-{key}" / "nbgrader_config.py").read_text(encoding="utf-8")
        assert f"c.CourseDirectory.course_id = {course!r}" in config
        # the session sources are shared, not copied
        assert (hub.program / f"bkang-{key}" / "source").resolve() == (ROOT / "source").resolve()


@pytest.mark.parametrize("own, other", [("a", "b"), ("b", "a")])
def test_a_participant_cannot_reach_the_other_angkatan_through_the_assignment_list(hub, flow, own, other):
    participant, _i, course = people(hub, own)
    _p, _i2, foreign = people(hub, other)
    token, base = flow["tokens"][participant], f"/user/{participant}"
    courses = ok_json(hub.get(f"{base}/courses", token))
    assert courses["success"] and courses["value"] == [course], courses
    everything = ok_json(hub.get(f"{base}/assignments?course_id=", token))["value"]
    assert {x["course_id"] for x in everything} == {course}, everything
    assert ok_json(hub.get(f"{base}/assignments?course_id={foreign}", token))["value"] == []
    data = {"course_id": foreign, "assignment_id": SESSION}
    home = f"{base}/api/contents/{SESSION}"
    before = sorted((x["name"], x["last_modified"]) for x in ok_json(hub.get(home, token))["content"])
    fetched = ok_json(hub.post(f"{base}/assignments/fetch", token, data=data))  # nbgrader answers with the list
    assert fetched["value"] == [], fetched
    after = sorted((x["name"], x["last_modified"]) for x in ok_json(hub.get(home, token))["content"])
    assert after == before  # nothing of the other angkatan arrived, nothing of one's own was overwritten
    submitted = ok_json(hub.post(f"{base}/assignments/submit", token, data=data))
    assert submitted["success"] is False, submitted
    assert not list((hub.exchange / foreign / "inbound").glob(f"{participant}+*"))
    feedback = ok_json(hub.post(f"{base}/assignments/fetch_feedback", token, data=data))
    assert all(x["course_id"] != foreign for x in feedback.get("value", [])), feedback
    # and the participant's own angkatan still works: their feedback arrived
    folders = ok_json(hub.get(f"{base}/api/contents/{SESSION}/feedback", token))["content"]
    assert len(folders) == 1, folders


@pytest.mark.parametrize("own, other", [("a", "b"), ("b", "a")])
def test_a_participant_cannot_reach_the_other_angkatan_through_the_exchange(hub, flow, own, other):
    participant, _i, _course = people(hub, own)
    foreign_participant, _i2, foreign = people(hub, other)
    root = hub.exchange / foreign
    probe = f"""
import json, os
found = {{}}
for key, path in {
        json.dumps(
            {
                "course": str(root),
                "outbound": str(root / "outbound"),
                "released": str(root / "outbound" / SESSION / NOTEBOOK),
                "inbound": str(root / "inbound"),
                "submission": str(flow["submission"][foreign_participant] / NOTEBOOK),
                "feedback": str(root / "feedback"),
            }
        )
    }.items():
    try:
        os.listdir(path) if not path.endswith(".ipynb") else open(path, "rb").read(1)
        found[key] = "read"
    except PermissionError:
        found[key] = "denied"
try:
    os.mkdir({str(root / "inbound" / (participant + "+" + SESSION + "+2026-01-01 00:00:00.000000 UTC"))!r})
    found["write_inbound"] = "written"
except PermissionError:
    found["write_inbound"] = "denied"
try:
    os.rename({str(root)!r}, {str(root) + "-dipindah"!r})
    found["rename"] = "renamed"
except PermissionError:
    found["rename"] = "denied"
print(json.dumps(found))
"""
    proc = run_as(participant, probe)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert set(found.values()) == {"denied"}, found
    assert root.is_dir()


def test_instructors_reach_only_their_own_angkatans_formgrader(hub, flow):
    tokens = flow["tokens"]
    _p, ia, course_a = people(hub, "a")
    _p, ib, course_b = people(hub, "b")
    both = "bkang-iab"
    assert hub.get(f"{fg(course_a)}/api/assignments", tokens[ia]).status_code == 200
    assert hub.get(f"{fg(course_b)}/api/assignments", tokens[ia]).status_code == 403
    assert hub.get(f"{fg(course_a)}/api/assignments", tokens[ib]).status_code == 403
    for course in (course_a, course_b):  # the instructor given both angkatan reaches both
        assert hub.get(f"{fg(course)}/api/assignments", tokens[both]).status_code == 200
    for key in INTAKES:  # and no participant reaches any formgrader
        participant, _i, _c = people(hub, key)
        for course in (course_a, course_b):
            assert hub.get(f"{fg(course)}/api/assignments", tokens[participant]).status_code == 403


def bimtek(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_the_organiser_lists_both_angkatan_with_their_numbers(hub, flow):
    proc = bimtek("angkatan", "daftar", "--program", str(hub.program))
    assert proc.returncode == 0, proc.stderr
    rows = [line.split() for line in proc.stdout.splitlines()[1:]]
    assert [r[:5] for r in rows] == [
        ["bkang-a", "bimtek-bkang-a", "1", "1", "1"],
        ["bkang-b", "bimtek-bkang-b", "1", "1", "1"],
    ], proc.stdout


def test_participants_log_in_with_their_angkatans_passwords(hub, flow):
    a1, _i, _c = people(hub, "a")
    b1, _i, _c = people(hub, "b")
    assert hub.login(a1, hub.passwords[a1]).status_code == 302
    assert hub.login(b1, hub.passwords[a1]).status_code == 403
    with open(hub.program / "bkang-a" / "rahasia" / "kartu-akun.csv", newline="", encoding="utf-8") as handle:
        cards = {r["nama_pengguna"]: r["angkatan"] for r in csv.DictReader(handle)}
    assert cards == {a1: "bkang-a", "bkang-ia": "bkang-a", "bkang-iab": "bkang-a"}
    assert os.stat(hub.program / "bkang-a" / "rahasia").st_mode & 0o077 == 0


def test_the_programme_report_and_the_certificates_cover_both_angkatan(hub, flow, tmp_path):
    program = str(hub.program)
    out = tmp_path / "laporan-program"
    proc = bimtek("report", "--angkatan", "bkang-a", "bkang-b", "--program", program, "--keluaran", str(out))
    assert proc.returncode == 0, proc.stderr
    with open(out / "laporan.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    graded = {
        r["angkatan"]: float(r["nilai"]) for r in rows if r["bagian"] == "angkatan" and r["ukuran"] == "peserta_dinilai"
    }
    assert graded == {"bkang-a": 1, "bkang-b": 1, "(semua angkatan)": 2}, graded
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "bkang-a" in page and "bkang-b" in page
    for key in INTAKES:
        participant, _i, _c = people(hub, key)
        certs = tmp_path / f"sertifikat-{key}"
        proc = bimtek(
            "certificates", "--angkatan", f"bkang-{key}", "--program", program, "--mulai", "2026-03-02",
            "--jam", "8", "--keluaran", str(certs),
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        with open(certs / "daftar-sertifikat.csv", newline="", encoding="utf-8") as handle:
            listing = {r["id"]: r for r in csv.DictReader(handle)}
        assert listing[participant]["angkatan"] == f"bkang-{key}", listing
        assert listing[participant]["memenuhi_syarat"] == "ya", listing
