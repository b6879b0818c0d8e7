"""deploy/kubernetes, offline: the values file, the manifests, the image recipe, the capacity
derived from the benchmark, and the per-participant exchange with real nbgrader.

No Kubernetes and no Docker engine run here (the guide says so). The exchange test plays
what the pods do: every participant's nbgrader sees only their own exchange folder (the
pod's ``subPath`` mount) and everything runs as one UID, as in Zero to JupyterHub.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from jsonschema import Draft7Validator

from tools.pipeline import nbgrader, nbgrader_env, scratch_course

from .cohorts import cells_by_id, perfect_answers
from .conftest import ROOT

K8S = ROOT / "deploy" / "kubernetes"
sys.path.insert(0, str(K8S))

import kapasitas  # noqa: E402
import tukar  # noqa: E402

SESSION = "00-pengantar"


def values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text(encoding="utf-8"))


def test_values_match_the_documented_chart_schema_subset():
    schema = json.loads((K8S / "values.schema.subset.json").read_text(encoding="utf-8"))
    errors = sorted(Draft7Validator(schema).iter_errors(values()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'.'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_a_misspelt_key_is_caught():
    schema = json.loads((K8S / "values.schema.subset.json").read_text(encoding="utf-8"))
    broken = values()
    broken["singleuser"]["memmory"] = broken["singleuser"].pop("memory")
    assert list(Draft7Validator(schema).iter_errors(broken))


def test_image_resources_exchange_and_culler_are_set():
    v = values()
    image = v["singleuser"]["image"]
    assert image["name"].endswith("bimtek-kehumasan-singleuser") and image["tag"]
    for kind in ("memory", "cpu"):
        assert v["singleuser"][kind]["guarantee"] and v["singleuser"][kind]["limit"]
    mounts = v["singleuser"]["storage"]["extraVolumeMounts"]
    mount = next(m for m in mounts if m["mountPath"] == "/srv/nbgrader/exchange")
    assert mount["subPath"] == "peserta/{username}"  # each pod sees only its own exchange
    assert "JUPYTERHUB_USER" in (K8S / "nbgrader_config.py").read_text()  # submissions carry the hub user
    assert v["hub"]["db"]["type"] == "postgres"
    assert v["cull"]["enabled"] is True and v["cull"]["timeout"] > 0
    assert "access:services!service=bimtek-kehumasan" in v["hub"]["loadRoles"]["instruktur-formgrader"]["scopes"]
    assert v["singleuser"]["networkPolicy"]["egressAllowRules"]["nonPrivateIPs"] is False


def mebibytes(text: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([MG])", str(text)).groups()
    return int(number) * (1024 if unit == "G" else 1)


def test_resources_and_capacity_table_come_from_the_benchmark():
    size = kapasitas.load()
    memory = values()["singleuser"]["memory"]
    hint = "run `python deploy/kubernetes/kapasitas.py --tulis` after the benchmark"
    assert mebibytes(memory["guarantee"]) == size["guarantee_mb"], hint
    assert mebibytes(memory["limit"]) == size["limit_mb"], hint
    result = json.loads(kapasitas.RESULTS.read_text(encoding="utf-8"))
    assert size["guarantee_mb"] >= result["per_participant_mb"]  # a request covers what was measured
    readme = (K8S / "README.md").read_text(encoding="utf-8")
    assert "\n".join(kapasitas.table(size)) in readme, hint
    for node in size["nodes"]:
        assert node["per_node"] >= 1


def test_manifests_parse_and_grade_with_bimtek_autograde_in_shards():
    grader = list(yaml.safe_load_all((K8S / "grader.yaml").read_text(encoding="utf-8")))
    kinds = sorted(d["kind"] for d in grader)
    assert kinds == ["Deployment", "PersistentVolumeClaim", "PersistentVolumeClaim", "Service"]
    deployment = next(d for d in grader if d["kind"] == "Deployment")
    env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "BIMTEK_DB_URL" in env and "JUPYTERHUB_API_TOKEN" in env
    job = yaml.safe_load((K8S / "penilaian-job.yaml").read_text(encoding="utf-8"))
    assert job["kind"] == "Job" and job["spec"]["completionMode"] == "Indexed"
    container = job["spec"]["template"]["spec"]["containers"][0]
    script = container["command"][-1]
    assert re.search(r'bimtek autograde "\$SESI" --pekerja \d+', script)
    assert "tukar.py bagian" in script and "JOB_COMPLETION_INDEX" in script
    bagian = next(e["value"] for e in container["env"] if e["name"] == "BIMTEK_BAGIAN")
    assert int(bagian) == job["spec"]["completions"]
    assert container["resources"]["requests"]["memory"] and container["resources"]["limits"]["memory"]


def test_dockerfile_builds_from_environment_yml_with_the_course():
    text = (K8S / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM \S+:\S+", text, flags=re.M), "pin the base image"
    assert "environment.yml" in text and "micromamba install -y -n base -f /tmp/environment.yml" in text
    assert "jupyterhub-singleuser=6.1.1" in text  # the hub's version (requirements-dev.txt)
    assert "jupyterhub==6.1.1" in (ROOT / "requirements-dev.txt").read_text()
    assert "deploy/jupyter/peserta" in text and "nbgrader_config.py" in text
    assert 'CMD ["jupyterhub-singleuser"]' in text
    # The Indonesian interface: the pack (environment.yml's pip: section, checked at build time) and the
    # default language (the settings overrides every hub uses) in the image's own Jupyter config.
    assert re.search(r"python -c \"import [^\"]*jupyterlab_language_pack_id_ID", text)
    assert (
        "cp /opt/bimtek/deploy/jupyter/semua/labconfig/default_setting_overrides.json "
        "/opt/conda/etc/jupyter/labconfig/" in text
    )
    peserta = text.index("deploy/jupyter/peserta/. /opt/conda/etc/jupyter/")
    assert peserta < text.index("semua/labconfig/default_setting_overrides.json")  # labconfig/ exists by then
    assert (ROOT / "deploy" / "jupyter" / "peserta" / "labconfig").is_dir()


def test_participants_choose_jupyterlab_or_notebook_7_as_on_one_server():
    sys.path.insert(0, str(ROOT / "deploy"))
    import bimtek_hub

    profiles = values()["singleuser"]["profileList"]
    assert [p["kubespawner_override"]["default_url"] for p in profiles] == [
        url for url, _label, _description in bimtek_hub.INTERFACES.values()
    ]
    for profile, (_url, label, description) in zip(profiles, bimtek_hub.INTERFACES.values(), strict=True):
        assert (profile["display_name"], profile["description"]) == (label, description)
    assert [p.get("default", False) for p in profiles] == [True, False]  # JupyterLab unless chosen otherwise
    assert values()["singleuser"]["defaultUrl"] == "/lab"
    schema = json.loads((K8S / "values.schema.subset.json").read_text(encoding="utf-8"))
    broken = values()
    broken["singleuser"]["profileList"][1]["kubespawner_overide"] = {"default_url": "/tree"}
    assert list(Draft7Validator(schema).iter_errors(broken))


def test_shards_cover_every_participant_once():
    names = [f"peserta-{i:03d}" for i in range(103)]
    shards = [tukar.shard(names, i, 8) for i in range(8)]
    assert sorted(n for s in shards for n in s) == sorted(names)
    assert max(map(len, shards)) - min(map(len, shards)) <= 1
    with pytest.raises(ValueError):
        tukar.shard(names, 8, 8)


def participant_nbgrader(args: list[str], exchange: Path, home: Path, user: str) -> subprocess.CompletedProcess:
    """nbgrader as in a participant's pod: their own exchange as the root, their hub name in JUPYTERHUB_USER."""
    env = nbgrader_env(home)
    env.update(JUPYTERHUB_USER=user, BIMTEK_EXCHANGE=str(exchange))
    cfg = home / "nbgrader_config.py"
    cfg.write_text((K8S / "nbgrader_config.py").read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=home, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_per_participant_exchange_end_to_end(tmp_path):
    course = scratch_course(tmp_path / "kursus", ROOT)
    nbgrader(["generate_assignment", SESSION, "--force"], course)
    root = tmp_path / "pertukaran"
    users = ["peserta-a", "peserta-b"]
    tukar.release(course, root, SESSION, users)
    source = nbformat.read(ROOT / "source" / SESSION / f"{SESSION}.ipynb", as_version=4)
    answers = perfect_answers(source)
    answers["pemanasan_1_jawab"] = 'nama_kabupaten = "Kabupaten Penanda Rahasia A"'
    for user in users:
        home = tmp_path / "rumah" / user
        home.mkdir(parents=True)
        exchange = root / "peserta" / user
        participant_nbgrader(["fetch_assignment", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
        path = home / SESSION / f"{SESSION}.ipynb"
        nb = nbformat.read(path, as_version=4)
        if user == "peserta-a":  # A answers everything; B submits the untouched notebook
            for gid, cell in cells_by_id(nb).items():
                if gid in answers:
                    cell.source = answers[gid]
        nbformat.write(nb, path)
        participant_nbgrader(["submit", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
    # An impostor: B's pod submits under A's name; it lands in B's own exchange and is never collected as A.
    impostor = tmp_path / "rumah" / "peserta-b"
    participant_nbgrader(
        ["submit", SESSION, "--course", "bimtek-kehumasan"], root / "peserta" / "peserta-b", impostor, "peserta-a"
    )
    assert tukar.collect(course, root, SESSION, users) == users
    for user in users:
        assert (course / "submitted" / user / SESSION / f"{SESSION}.ipynb").is_file()
    nbgrader(["autograde", SESSION], course)
    nbgrader(["generate_feedback", SESSION], course)
    assert tukar.release_feedback(course, root, SESSION, users) == users
    scores = {}
    for user in users:
        exchange = root / "peserta" / user
        home = tmp_path / "rumah" / user
        participant_nbgrader(["fetch_feedback", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
        (html,) = list((home / SESSION / "feedback").rglob(f"{SESSION}.html"))
        scores[user] = re.search(r"\(Score: ([\d.]+) / ([\d.]+)\)", html.read_text(encoding="utf-8")).groups()
        # the participant's own exchange holds their work only, and exactly one feedback file
        assert len(list((exchange / "bimtek-kehumasan" / "feedback").glob("*.html"))) == 1
    # A's exchange never holds anything of B's (B's holds B's own impostor attempt, never collected as A)
    assert not [p.name for p in (root / "peserta" / "peserta-a").rglob("peserta-b*")]
    collected_a = (course / "submitted" / "peserta-a" / SESSION / f"{SESSION}.ipynb").read_text(encoding="utf-8")
    assert "Kabupaten Penanda Rahasia A" in collected_a
    total = scores["peserta-a"][1]
    assert scores["peserta-a"][0] == total and float(scores["peserta-b"][0]) == 0.0
    # nothing of A's outside A's exchange and the grader's course folder
    a_files = [
        p
        for p in (root / "peserta" / "peserta-b").rglob("*")
        if p.is_file() and "Penanda Rahasia A" in p.read_text(encoding="utf-8", errors="ignore")
    ]
    assert a_files == []
