"""The whole course flow on a real JupyterHub (deploy/jupyterhub_config.py) on loopback.

The suite starts JupyterHub (PyPI) with configurable-http-proxy (npm, ./node_modules),
two participants and an instructor as separate Unix accounts made by
``deploy/siapkan.py``, per-participant passwords, the nbgrader exchange, the
formgrader as a hub service run by the grader account, and the idle culler. Then:

1. the instructor, through the hub, generates and releases session 00 with the formgrader;
2. each participant, through their own server's REST API, fetches it, saves an answered
   notebook and submits it;
3. the instructor collects, autogrades, generates and releases feedback;
4. each participant fetches their own feedback.

Asserted: the scores; that participant A can read neither B's submission nor B's feedback,
through the hub or through the exchange folder (as Unix user A); passwords, the
participant view without instructor tools, the memory limit and the idle culler.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from tools.hubkit import COURSE_ID, BimtekHub, requirements_missing, run_as

from .cohorts import cells_by_id, perfect_answers
from .conftest import ROOT
from .lab_language import language

SESSION = "00-pengantar"
NOTEBOOK = f"{SESSION}.ipynb"
FG = f"/services/{COURSE_ID}/formgrader"

# A developer's machine without root or npm skips with the reason; CI (CI=true) fails instead.
MISSING = requirements_missing()
pytestmark = pytest.mark.skipif(bool(MISSING) and not os.environ.get("CI"), reason=str(MISSING))


def source_nb():
    return nbformat.read(ROOT / "source" / SESSION / NOTEBOOK, as_version=4)


def max_score() -> float:
    return float(
        sum(
            c.metadata["nbgrader"].get("points", 0)
            for c in source_nb().cells
            if c.metadata.get("nbgrader", {}).get("grade")
        )
    )


def answers_for(who: str) -> tuple[dict[str, str], float]:
    """A answers everything right; B gets the warm-ups right and answers "A" to every Tes Awal item."""
    perfect = perfect_answers(source_nb())
    if who == "a":
        return perfect, max_score()
    answers, expected = {}, 0.0
    for gid, solution in perfect.items():
        if gid.startswith("tes_awal_"):
            var = solution.split("=", 1)[0].strip()
            answers[gid] = f'{var} = "A"'
            expected += 1.0 if re.search(r'=\s*"A"', solution) else 0.0
        else:
            answers[gid] = solution
            expected += 1.0
    return answers, expected


def fill(nb_json: dict, answers: dict[str, str]) -> dict:
    nb = nbformat.from_dict(nb_json)
    for gid, cell in cells_by_id(nb).items():
        if gid in answers:
            cell.source = answers[gid]
    return json.loads(json.dumps(nb))


def ok_json(response) -> dict | list:
    assert response.status_code == 200, (
        f"{response.request.method} {response.url}: {response.status_code} {response.text[:500]}"
    )
    return response.json()


@pytest.fixture(scope="module")
def hub():
    if MISSING:
        pytest.fail(f"the hub flow cannot run here: {MISSING}")
    with BimtekHub(["a", "b"], ["instruktur"]) as running:
        yield running


@pytest.fixture(scope="module")
def flow(hub: BimtekHub):
    """Run the course flow once; return what the tests look at."""
    a, b = hub.participants
    (instructor,) = hub.instructors
    record: dict = {"start_s": {}}
    for user in hub.users:
        record["start_s"][user] = hub.start_server(user)
    tokens = {user: hub.user_token(user) for user in hub.users}
    ti = tokens[instructor]
    record["tokens"] = tokens

    # 1. The instructor generates and releases the session with the formgrader, through the hub.
    for action in ("assign", "release"):
        result = ok_json(hub.post(f"{FG}/api/assignment/{SESSION}/{action}", ti))
        assert result["success"], result
    assert (hub.exchange / COURSE_ID / "outbound" / SESSION / NOTEBOOK).is_file()

    # 2. Each participant fetches, saves an answered notebook, submits: their own server's REST API.
    expected = {}
    for who, user in (("a", a), ("b", b)):
        token, base = tokens[user], f"/user/{user}"
        listed = ok_json(
            hub.post(f"{base}/assignments/fetch", token, data={"course_id": COURSE_ID, "assignment_id": SESSION})
        )
        assert any(x["assignment_id"] == SESSION and x["status"] == "fetched" for x in listed["value"]), listed
        path = f"{base}/api/contents/{SESSION}/{NOTEBOOK}"
        fetched = ok_json(hub.get(path, token))
        answers, expected[user] = answers_for(who)
        saved = hub.put(
            path, token, json={"type": "notebook", "format": "json", "content": fill(fetched["content"], answers)}
        )
        assert saved.status_code == 200, saved.text
        submitted = ok_json(
            hub.post(f"{base}/assignments/submit", token, data={"course_id": COURSE_ID, "assignment_id": SESSION})
        )
        assert submitted.get("success", True) is not False, submitted
    record["expected"] = expected
    inbound = hub.exchange / COURSE_ID / "inbound"
    record["submission"] = {user: next(inbound.glob(f"{user}+{SESSION}+*")) for user in (a, b)}

    # 3. The instructor collects, autogrades, generates and releases feedback.
    result = ok_json(hub.post(f"{FG}/api/assignment/{SESSION}/collect", ti))
    assert result["success"], result
    for user in (a, b):
        result = ok_json(hub.post(f"{FG}/api/submission/{SESSION}/{user}/autograde", ti))
        assert result["success"], result
    for action in ("generate_feedback", "release_feedback"):
        result = ok_json(hub.post(f"{FG}/api/assignment/{SESSION}/{action}", ti))
        assert result["success"], result
    record["submissions"] = {s["student"]: s for s in ok_json(hub.get(f"{FG}/api/submissions/{SESSION}", ti))}

    # 4. Each participant fetches their own feedback.
    record["feedback_html"] = {}
    for user in (a, b):
        token, base = tokens[user], f"/user/{user}"
        ok_json(
            hub.post(
                f"{base}/assignments/fetch_feedback", token, data={"course_id": COURSE_ID, "assignment_id": SESSION}
            )
        )
        folders = ok_json(hub.get(f"{base}/api/contents/{SESSION}/feedback", token))["content"]
        assert len(folders) == 1, folders
        html = ok_json(hub.get(f"{base}/api/contents/{folders[0]['path']}/{SESSION}.html", token))
        record["feedback_html"][user] = html["content"]
    released = hub.exchange / COURSE_ID / "feedback"
    record["released_feedback"] = sorted(released.glob("*.html"))
    return record


def test_instructor_releases_and_participants_fetch_work_and_submit(hub, flow):
    for user in hub.participants:
        assert flow["submission"][user].is_dir()
        assert (flow["submission"][user] / NOTEBOOK).is_file()


def test_scores_are_exact(hub, flow):
    a, b = hub.participants
    assert flow["expected"][a] == max_score()
    assert 4 <= flow["expected"][b] < max_score()
    for user in (a, b):
        row = flow["submissions"][user]
        assert row["autograded"] is True
        assert float(row["max_score"]) == max_score()
        assert float(row["score"]) == flow["expected"][user], row


def test_each_participant_gets_their_own_feedback_without_hidden_tests(hub, flow):
    a, b = hub.participants
    assert len(flow["released_feedback"]) == 2
    for user in (a, b):
        html = flow["feedback_html"][user]
        # their own total, as nbgrader's feedback heading prints it
        assert f"(Score: {flow['expected'][user]:.1f} / {max_score():.1f})" in html
        for leak in ("HIDDEN TESTS", "assert nilai", "Traceback (most recent call last)"):
            assert leak not in html


def test_participant_cannot_read_another_participants_work_through_the_hub(hub, flow):
    a, b = hub.participants
    ta = flow["tokens"][a]
    for path in (
        f"/user/{b}/api/contents/{SESSION}/{NOTEBOOK}",
        f"/user/{b}/api/contents/{SESSION}/feedback",
        f"/user/{b}/assignments?course_id={COURSE_ID}",
    ):
        assert hub.get(path, ta).status_code == 403, path
    # nor through their own server, outside its home folder
    escaped = hub.get(f"/user/{a}/api/contents/..%2F{b}%2F{SESSION}%2F{NOTEBOOK}", ta)
    assert escaped.status_code in (400, 403, 404), escaped.status_code
    # their own assignment list shows only their own submission and feedback
    listed = ok_json(hub.get(f"/user/{a}/assignments?course_id={COURSE_ID}", ta))["value"]
    for item in listed:
        for nb in item.get("notebooks", []):
            assert b not in json.dumps(nb)


def test_participant_cannot_read_another_participants_work_through_the_exchange(hub, flow):
    a, b = hub.participants
    root = hub.exchange / COURSE_ID
    b_submission = flow["submission"][b]
    b_feedback = [p for p in flow["released_feedback"]]
    probe = f"""
import os, json
paths = {
        json.dumps(
            {
                "inbound": str(root / "inbound"),
                "feedback": str(root / "feedback"),
                "b_notebook": str(b_submission / NOTEBOOK),
                "b_secret": str(b_submission / "submission_secret.txt"),
                "b_home_notebook": f"/home/{b}/{SESSION}/{NOTEBOOK}",
                "outbound": str(root / "outbound" / SESSION / NOTEBOOK),
            }
        )
    }
found = {{}}
for key, path in paths.items():
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").read(1)
        found[key] = "read"
    except PermissionError:
        found[key] = "denied"
feedback = {json.dumps([str(p) for p in b_feedback])}
readable = 0
for path in feedback:
    try:
        open(path, "rb").read(1)
        readable += 1
    except PermissionError:
        pass
found["feedback_files_readable"] = readable
print(json.dumps(found))
"""
    proc = run_as(a, probe)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["outbound"] == "read"  # the released (blank) session is for everyone
    for key in ("inbound", "feedback", "b_notebook", "b_secret", "b_home_notebook"):
        assert found[key] == "denied", (key, found)
    # Of the two released feedback files, A can open exactly one: their own.
    assert found["feedback_files_readable"] == 1, found


def test_participant_cannot_read_answers_keys_or_tests_in_the_course_repository(hub, flow):
    """A participant's kernel imports the course from the repository; nothing else in it is theirs to read."""
    secret = {
        "solution": ROOT / "source" / SESSION / NOTEBOOK,
        "keys": ROOT / "kunci" / "bank_soal.json",
        "cohorts": ROOT / "tests" / "cohorts" / "s00_pengantar.py",
        "test_discussion": ROOT / "docs" / "instruktur" / "pembahasan-tes.md",
        "git": ROOT / ".git" / "HEAD",
    }
    probe = f"""
import json
found = {{}}
for key, path in {json.dumps({k: str(v) for k, v in secret.items()})}.items():
    try:
        open(path, "rb").read(1)
        found[key] = "read"
    except PermissionError:
        found[key] = "denied"
from course.sessions import s00_pengantar
from course import cek
found["course"] = "imported"
print(json.dumps(found))
"""
    proc = run_as(hub.participants[0], probe)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found == {**{key: "denied" for key in secret}, "course": "imported"}, found


def test_per_participant_passwords(hub, flow):
    a, b = hub.participants
    assert hub.login(a, hub.passwords[a]).status_code == 302
    assert hub.login(b, hub.passwords[a]).status_code == 403  # A's password does not open B's account
    assert hub.login(a, "salah-sandi").status_code == 403


def test_participants_see_assignments_but_not_instructor_tools(hub, flow):
    a = hub.participants[0]
    ta = flow["tokens"][a]
    assert hub.get(f"{FG}", ta).status_code == 403  # the course's formgrader service
    assert hub.get(f"/user/{a}/formgrader", ta).status_code == 404  # no formgrader on their own server
    assert hub.get(f"/user/{a}/assignments?course_id={COURSE_ID}", ta).status_code == 200
    page = hub.get(f"/user/{a}/lab", ta)
    assert page.status_code == 200
    config = json.loads(
        re.search(
            r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', page.text, flags=re.S
        ).group(1)
    )
    disabled = config["disabledExtensions"]
    for plugin in ("formgrader", "create-assignment", "course-list"):
        assert f"@jupyter/nbgrader:{plugin}" in disabled
    for plugin in ("assignment-list", "validate-assignment"):
        assert f"@jupyter/nbgrader:{plugin}" not in disabled


def test_instructors_open_the_formgrader_as_its_own_page(hub, flow):
    ti = flow["tokens"][hub.instructors[0]]
    first = hub.get(FG, ti)
    assert first.status_code in (200, 302)
    page = hub.get(f"{FG}/manage_assignments", ti)
    assert page.status_code == 200 and "formgrade" in page.text.lower()
    # its own tab: the hub lists it as a service with its own URL (nbgrader #1870)
    services = ok_json(hub.api("GET", "/services"))
    assert services[COURSE_ID]["display"] is True


def test_memory_limit_applies_to_every_participant_process(hub, flow):
    for user in hub.participants:
        servers = [p for p in hub.processes_of(user) if "jupyterhub-singleuser" in " ".join(p.cmdline())]
        assert servers, f"no server process for {user}"
        limits = Path(f"/proc/{servers[0].pid}/limits").read_text()
        line = next(row for row in limits.splitlines() if row.startswith("Max data size"))
        assert line.split()[3] == str(1 << 30), line


def test_idle_culler_runs_as_a_hub_service(hub, flow):
    services = ok_json(hub.api("GET", "/services"))
    assert "idle-culler" in services
    assert any("--timeout=3600" in part for part in services["idle-culler"]["command"])
    import psutil

    assert any("jupyterhub_idle_culler" in " ".join(p.info["cmdline"] or []) for p in psutil.process_iter(["cmdline"]))


def test_single_user_servers_started(hub, flow):
    for user, seconds in flow["start_s"].items():
        assert 0 < seconds < 120, (user, seconds)


# --- The Indonesian interface and the choice of JupyterLab or Notebook 7 (issue 15). These run last:
# they stop and start servers.


def test_every_server_through_the_hub_is_indonesian(hub, flow):
    for user in hub.users:
        shown = language(f"{hub.url}/user/{user}", {"Authorization": f"token {flow['tokens'][user]}"})
        assert shown["locale"] == "id_ID" and shown["user"] is None, (user, shown["locale"])
        assert shown["labels"]["Settings"] == ["Pengaturan"], user


def redirect_of(hub: BimtekHub, user: str, token: str) -> str:
    response = hub.get(f"/user/{user}/", token)
    assert response.status_code == 302, response.status_code
    return response.headers["Location"].split("?", 1)[0]


def wait_ready(hub: BimtekHub, user: str, timeout: float = 120) -> dict:
    import time

    deadline = time.time() + timeout
    while time.time() < deadline:
        server = hub.api("GET", f"/users/{user}").json().get("servers", {}).get("", {})
        if server.get("ready"):
            return server
        time.sleep(0.3)
    raise AssertionError(f"server of {user} not ready:\n{hub.log()}")


def test_participants_choose_jupyterlab_or_notebook_7_on_an_indonesian_start_page(hub, flow):
    a, b = hub.participants
    # Started without a choice (the API, or a participant who just presses Mulai): JupyterLab.
    assert redirect_of(hub, a, flow["tokens"][a]).endswith(f"/user/{a}/lab")
    hub.stop_server(b)
    session = hub.login(b, hub.passwords[b]).session
    page = session.get(f"{hub.url}/hub/spawn", timeout=60)
    assert page.status_code == 200, page.status_code
    for text in ("Mulai server Anda", "<legend>Pilih tampilan kerja Anda</legend>", ">Mulai</button>"):
        assert text in page.text
    assert re.search(r'<input type="radio" name="antarmuka" id="antarmuka-lab" value="lab"[^>]* checked>', page.text)
    action = re.search(r'<form[^>]* action="([^"]+)"', page.text).group(1).replace("&amp;", "&")
    sent = session.post(
        f"{hub.url}{action}",
        data={"antarmuka": "notebook", "_xsrf": session.cookies.get("_xsrf", "")},
        allow_redirects=False,
        timeout=120,
    )
    assert sent.status_code == 302, (sent.status_code, sent.text[:500])
    server = wait_ready(hub, b)
    assert server["user_options"] == {"antarmuka": "notebook"}
    assert redirect_of(hub, b, flow["tokens"][b]).endswith(f"/user/{b}/tree")  # Jupyter Notebook 7
    tree = hub.get(f"/user/{b}/tree", flow["tokens"][b])
    assert tree.status_code == 200 and "Notebook" in tree.text
    shown = language(f"{hub.url}/user/{b}", {"Authorization": f"token {flow['tokens'][b]}"})
    assert shown["locale"] == "id_ID"
    # The next start page remembers the choice.
    hub.stop_server(b)
    again = session.get(f"{hub.url}/hub/spawn", timeout=60)
    assert re.search(r'id="antarmuka-notebook" value="notebook"[^>]* checked>', again.text)


def test_instructors_get_no_form_and_keep_jupyterlab(hub, flow):
    (instructor,) = hub.instructors
    hub.stop_server(instructor)
    session = hub.login(instructor, hub.passwords[instructor]).session
    spawn = session.get(f"{hub.url}/hub/spawn", allow_redirects=False, timeout=120)
    assert spawn.status_code == 302 and "antarmuka" not in spawn.text, spawn.status_code
    wait_ready(hub, instructor)
    assert redirect_of(hub, instructor, flow["tokens"][instructor]).endswith(f"/user/{instructor}/lab")
