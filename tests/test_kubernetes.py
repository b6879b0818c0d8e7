"""deploy/kubernetes, offline: the values file (merged over the chart's defaults with the guide's --set and
--set-file values, validated against the real Zero to JupyterHub chart schema in ../shared/vendor/), the
manifests, the image recipe, the capacity derived from the benchmark, and the per-participant exchange with
real nbgrader.

No Kubernetes and no Docker engine run here (the guide says so). The exchange test plays
what the pods do: every participant's nbgrader sees only their own exchange folder (the
pod's ``subPath`` mount) and everything runs as one UID, as in Zero to JupyterHub.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from tools.pipeline import nbgrader, nbgrader_env, scratch_course

from .cohorts import cells_by_id, perfect_answers
from .conftest import ROOT, SHARED

K8S = ROOT / "deploy" / "kubernetes"
sys.path.insert(0, str(K8S))

import chart_values  # noqa: E402
import kapasitas  # noqa: E402
import tukar  # noqa: E402

CHART = SHARED / "vendor" / "zero-to-jupyterhub"

SESSION = "00-pengantar"


def values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text(encoding="utf-8"))


def guide() -> chart_values.Overrides:
    """The overrides of the guide's `helm upgrade --install` line (deploy/kubernetes/README.md)."""
    return chart_values.guide_overrides()


def with_values(data: dict, tmp_path: Path) -> chart_values.Overrides:
    """The guide's command with `data` in place of values.yaml."""
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return dataclasses.replace(guide(), values_files=(path,))


def organiser(*args: str) -> subprocess.CompletedProcess:
    """The checker as an organiser runs it, from the repository's root."""
    command = [sys.executable, str(K8S / "chart_values.py"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_values_validate_against_the_real_chart_schema_with_the_guides_overrides():
    assert (CHART / "values.schema.yaml").is_file(), f"the chart's schema belongs in {CHART}"
    overrides = guide()
    assert overrides.values_files == (K8S / "values.yaml",)  # the file the other tests read is the one installed
    assert chart_values.check(overrides) == []
    merged = chart_values.merged_values(overrides)
    bimtek_hub = (ROOT / "deploy" / "bimtek_hub.py").read_text(encoding="utf-8")
    assert merged["hub"]["extraFiles"]["bimtek-hub"]["stringData"] == bimtek_hub  # --set-file
    assert merged["hub"]["services"]["bimtek-kehumasan"]["apiToken"] == chart_values.SECRET  # --set, a secret
    assert merged["hub"]["db"]["password"] == chart_values.SECRET
    chart_defaults = yaml.safe_load((CHART / "values.yaml").read_text(encoding="utf-8"))
    assert merged["proxy"]["chp"] == chart_defaults["proxy"]["chp"]  # what we leave alone comes from the chart
    run = organiser()
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("COCOK: deploy/kubernetes/values.yaml dengan 2 --set dan 1 --set-file")
    assert len(run.stdout.splitlines()) == 1


def test_without_the_guides_set_file_the_chart_rejects_the_hub_file():
    problems = chart_values.check(dataclasses.replace(guide(), set_files=()))
    assert problems == ["hub.extraFiles.bimtek-hub: harus memuat tepat satu dari kunci data, stringData, binaryData"]


def test_a_misspelt_key_is_caught(tmp_path):
    broken = values()
    broken["singleuser"]["memmory"] = broken["singleuser"].pop("memory")
    assert chart_values.check(with_values(broken, tmp_path)) == [
        "singleuser.memmory: kunci ini tidak dikenal skema chart (salah ketik atau salah tempat); maksudnya `memory`?"
    ]
    (tmp_path / "salah.yaml").write_text("hub:\n  db:\n    passwrd: x\n", encoding="utf-8")
    run = organiser("-f", str(tmp_path / "salah.yaml"))
    assert run.returncode == 1, run.stdout + run.stderr
    verdict, *errors = run.stdout.splitlines()
    assert verdict.startswith("TIDAK COCOK:") and "1 kesalahan" in verdict
    assert errors == [
        "  - hub.db.passwrd: kunci ini tidak dikenal skema chart (salah ketik atau salah tempat); maksudnya `password`?"
    ]


def test_a_wrong_type_is_caught(tmp_path):
    broken = values()
    broken["cull"]["timeout"] = "1 jam"
    broken["singleuser"]["cpu"]["limit"] = "satu"
    assert chart_values.check(with_values(broken, tmp_path)) == [
        'cull.timeout: harus bilangan bulat atau kosong (null), tertulis "1 jam"',
        'singleuser.cpu.limit: harus angka atau kosong (null), tertulis "satu"',
    ]
    # --set types a whole number as Helm does; --set-string keeps it text, which the chart refuses here
    assert chart_values.check(guide().plus(sets=["cull.timeout=7200"])) == []
    assert chart_values.check(guide().plus(set_strings=["cull.timeout=7200"])) == [
        'cull.timeout: harus bilangan bulat atau kosong (null), tertulis "7200"'
    ]


def test_a_set_to_a_nonexistent_path_is_caught():
    run = organiser("--set", "hub.dbb.password=x", "--set", "singleuser.storage.capacity=2Gi")
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.splitlines()[1:] == [
        "  - hub.dbb: kunci ini tidak dikenal skema chart (salah ketik atau salah tempat); maksudnya `db`?"
    ]
    assert chart_values.check(guide().plus(sets=["cull.enabled=salah"])) == [
        'cull.enabled: harus true atau false, tertulis "salah"'
    ]


def test_helm_set_syntax_and_merge_semantics():
    assert chart_values.parse_set(r"hub.extraFiles.a\.b.mode=420,x[1].y=true,z={p,2},s=007,n=null,t=a\,b") == [
        (["hub", "extraFiles", "a.b", "mode"], 420),
        (["x", 1, "y"], True),
        (["z"], ["p", 2]),
        (["s"], "007"),
        (["n"], None),
        (["t"], "a,b"),
    ]
    merged = chart_values.merged_values(
        guide().plus(sets=["hub.db.pvc=null", "proxy.https.hosts[1]=kedua.example.go.id"])
    )
    assert "pvc" not in merged["hub"]["db"]  # null deletes a default
    assert merged["proxy"]["https"]["hosts"] == ["GANTI-bimtek.example.go.id", "kedua.example.go.id"]
    assert merged["singleuser"]["storage"]["extraVolumes"] == values()["singleuser"]["storage"]["extraVolumes"]
    assert chart_values.coalesce({"a": {"b": 1, "c": [1, 2]}}, {"a": {"b": None, "c": [3]}}) == {"a": {"c": [3]}}
    # a guide that drops a secret's --set is followed: nothing is hard-coded here
    text = (K8S / "README.md").read_text(encoding="utf-8").replace(" --set hub.db.password=...", "")
    assert "--set hub.db.password" not in text
    args = chart_values.guide_command(text)
    assert chart_values.overrides_from_command(args).sets == ("hub.services.bimtek-kehumasan.apiToken=GANTI-RAHASIA",)


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


def test_participants_choose_jupyterlab_or_notebook_7_as_on_one_server(tmp_path):
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
    # The chart hands profileList to KubeSpawner untouched (its schema says only "array"): the checker adds
    # KubeSpawner's documented profile keys, so a misspelt override does not silently do nothing.
    broken = values()
    broken["singleuser"]["profileList"][1]["kubespawner_overide"] = {"default_url": "/tree"}
    assert chart_values.check(with_values(broken, tmp_path)) == [
        "singleuser.profileList[1].kubespawner_overide: kunci profil tidak dikenal KubeSpawner; "
        "maksudnya `kubespawner_override`?"
    ]


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
