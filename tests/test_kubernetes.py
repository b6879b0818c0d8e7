"""deploy/kubernetes, offline: the values file (merged over the chart's defaults with the guide's --set and
--set-file values, validated against the real Zero to JupyterHub chart schema in ../shared/vendor/), the
manifests, the image recipe, the capacity derived from the benchmark, and the per-participant exchange with
real nbgrader; and many angkatan: the guide's commands run as written for two angkatan (kubectl recorded,
not run), the hub's extraConfig run with a real traitlets Config and the real deploy/bimtek_hub.py, and one
angkatan's session released with tukar.py to its own participants only.

No Kubernetes and no Docker engine run here (the guide says so). The exchange test plays
what the pods do: every participant's nbgrader sees only their own exchange folder (the
pod's ``subPath`` mount) and everything runs as one UID, as in Zero to JupyterHub.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from tools.pipeline import nbgrader, scratch_course

from . import kubernetes_support as ks
from .cohorts import cells_by_id, perfect_answers
from .conftest import ROOT, SHARED

K8S = ROOT / "deploy" / "kubernetes"
sys.path.insert(0, str(K8S))

import chart_values  # noqa: E402
import kapasitas  # noqa: E402
import tukar  # noqa: E402

CHART = SHARED / "vendor" / "zero-to-jupyterhub"

SESSION = "00-pengantar"
guide = ks.guide  # the overrides of the guide's `helm upgrade --install` line


def values() -> dict:
    return yaml.safe_load((K8S / "values.yaml").read_text(encoding="utf-8"))


def with_values(data: dict, tmp_path: Path) -> chart_values.Overrides:
    """The guide's command with `data` in place of values.yaml."""
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return dataclasses.replace(guide(), values_files=(path,))


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
    run = ks.organiser()
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
    run = ks.organiser("-f", str(tmp_path / "salah.yaml"))
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
    run = ks.organiser("--set", "hub.dbb.password=x", "--set", "singleuser.storage.capacity=2Gi")
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


def test_resources_and_capacity_table_come_from_the_benchmark():
    size = kapasitas.load()
    memory = values()["singleuser"]["memory"]
    hint = "run `python deploy/kubernetes/kapasitas.py --tulis` after the benchmark"
    assert ks.mebibytes(memory["guarantee"]) == size["guarantee_mb"], hint
    assert ks.mebibytes(memory["limit"]) == size["limit_mb"], hint
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
        ks.participant_nbgrader(["fetch_assignment", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
        path = home / SESSION / f"{SESSION}.ipynb"
        nb = nbformat.read(path, as_version=4)
        if user == "peserta-a":  # A answers everything; B submits the untouched notebook
            for gid, cell in cells_by_id(nb).items():
                if gid in answers:
                    cell.source = answers[gid]
        nbformat.write(nb, path)
        ks.participant_nbgrader(["submit", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
    # An impostor: B's pod submits under A's name; it lands in B's own exchange and is never collected as A.
    impostor = tmp_path / "rumah" / "peserta-b"
    ks.participant_nbgrader(
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
        ks.participant_nbgrader(["fetch_feedback", SESSION, "--course", "bimtek-kehumasan"], exchange, home, user)
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


# --- many angkatan ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    """Two angkatan made with the guide's commands; the Secret's folder is what the hub mounts."""
    return ks.make_programme(tmp_path_factory.mktemp("organiser"))


def test_two_angkatan_need_no_other_helm_values_and_the_guides_command_stays_valid(programme):
    # Adding an angkatan changes no Helm value: the guide's command (values.yaml, --set, --set-file) is checked
    # against the real chart schema as it is, with the Secret of the angkatan mounted by an optional volume.
    assert chart_values.check(guide()) == []
    merged = chart_values.merged_values(guide())
    volumes = {v["name"]: v for v in merged["hub"]["extraVolumes"]}
    assert volumes["angkatan"]["secret"] == {"secretName": "bimtek-angkatan", "optional": True}
    # the guide's commands recorded one Secret made from the flat folder the hub mounts
    commands = (programme["logs"]["a"] / "perintah.txt").read_text(encoding="utf-8").splitlines()
    assert any(
        c.startswith("-n bimtek create secret generic bimtek-angkatan --from-file=rahasia/angkatan/") for c in commands
    )
    keys = sorted(p.name for p in programme["flat"].iterdir())
    assert keys == [
        "_instruktur.kata-sandi.txt",
        "a.json",
        "a.kata-sandi.txt",
        "a.token",
        "b.json",
        "b.kata-sandi.txt",
        "b.token",
    ]
    assert all(re.fullmatch(r"[-._a-zA-Z0-9]+", k) for k in keys)  # valid Secret keys
    assert re.fullmatch(r"[0-9a-f]{64}", (programme["flat"] / "a.token").read_text(encoding="utf-8"))
    assert (programme["flat"] / "a.token").read_text() != (programme["flat"] / "b.token").read_text()


def test_hub_extra_config_gives_each_angkatan_its_groups_roles_service_and_course(programme, tmp_path, monkeypatch):
    import asyncio

    c = ks.merged_hub(monkeypatch, tmp_path, programme["etc"], programme["flat"])
    groups = c.JupyterHub.load_groups
    assert groups["nbgrader-bimtek-a"] == {"users": ["ani", "bayu"]}
    assert groups["nbgrader-bimtek-b"] == {"users": ["citra", "dedi"]}
    assert groups["formgrade-bimtek-a"] == {"users": ["rina", "sri"]}
    assert groups["formgrade-bimtek-b"] == {"users": ["adi", "sri"]}
    assert groups["nbgrader-bimtek-kehumasan"] == {"users": ["lama"]}  # the one course runs on beside them
    assert {"ani", "bayu", "citra", "dedi", "rina", "adi", "sri", "lama", "ola"} <= c.Authenticator.allowed_users
    assert c.Authenticator.admin_users == {"ola"}
    # instructors reach their own angkatan's formgrader only; participants none
    assert ks.service_access(c, "rina") == {"bimtek-a"}
    assert ks.service_access(c, "adi") == {"bimtek-b"}
    assert ks.service_access(c, "sri") == {"bimtek-a", "bimtek-b"}
    assert ks.service_access(c, "wati") == {"bimtek-kehumasan"}  # langkah 3's instructor: the one course
    assert ks.service_access(c, "ani") == set() and ks.service_access(c, "citra") == set()
    # one hub service per angkatan, at its grader pod, with the token of the Secret
    services = {s["name"]: s for s in c.JupyterHub.services}
    assert set(services) == {"bimtek-kehumasan", "bimtek-a", "bimtek-b"}
    for name in ("a", "b"):
        service = services[f"bimtek-{name}"]
        assert service["url"] == f"http://bimtek-grader-{name}:9999"
        assert service["api_token"] == (programme["flat"] / f"{name}.token").read_text(encoding="utf-8")
    # the server's token may read the user's groups (nbgrader's JupyterHubAuthPlugin)
    assert {"read:users:groups!user", "read:users:name!user", "access:servers!server"} <= set(
        c.Spawner.server_token_scopes
    )
    # the participant's pod: their angkatan's course, and nbgrader in the image takes it and asks the hub
    env_a, env_b, env_teacher = (asyncio.run(ks.spawn_env(c, u)) for u in ("ani", "citra", "sri"))
    assert env_a["BIMTEK_KURSUS_ID"] == "bimtek-a" and env_b["BIMTEK_KURSUS_ID"] == "bimtek-b"
    assert "BIMTEK_KURSUS_ID" not in env_teacher
    assert env_a["BIMTEK_EXCHANGE"] == "/srv/nbgrader/exchange"  # singleuser.extraEnv kept
    pod = ks.image_nbgrader({**env_a, "JUPYTERHUB_API_TOKEN": "token-server", "JUPYTERHUB_USER": "ani"}, monkeypatch)
    assert pod.CourseDirectory.course_id == "bimtek-a"
    assert pod.Authenticator.plugin_class == "nbgrader.auth.JupyterHubAuthPlugin"
    assert pod.CourseDirectory.student_id == "ani"


def test_each_angkatans_participants_log_in_with_their_own_passwords(programme, tmp_path, monkeypatch):
    import asyncio
    import csv

    c = ks.merged_hub(monkeypatch, tmp_path, programme["etc"], programme["flat"])
    authenticator = c.JupyterHub.authenticator_class(config=c)
    expected = {name: people for name, (people, _teachers) in ks.ANGKATAN.items()} | {
        "instruktur": ["adi", "rina", "sri"]
    }
    for name, people in expected.items():
        cards = programme["work"] / "rahasia" / name / "kartu-akun.csv"
        rows = {r["nama_pengguna"]: r["kata_sandi"] for r in csv.DictReader(cards.open(encoding="utf-8"))}
        assert sorted(rows) == people
        for person, password in rows.items():
            assert asyncio.run(authenticator.authenticate(None, {"username": person, "password": password})) == person
            assert (
                asyncio.run(authenticator.authenticate(None, {"username": person, "password": password + "x"})) is None
            )


def test_without_the_angkatan_secret_the_one_course_runs_as_before(programme, tmp_path, monkeypatch):
    import asyncio

    empty = tmp_path / "tanpa-angkatan"  # an optional Secret that does not exist mounts as an empty folder
    empty.mkdir()
    c = ks.merged_hub(monkeypatch, tmp_path, programme["etc"], empty)
    assert [s["name"] for s in c.JupyterHub.services] == ["bimtek-kehumasan"]
    assert set(c.JupyterHub.load_groups) == {
        "peserta",
        "instruktur",
        "nbgrader-bimtek-kehumasan",
        "formgrade-bimtek-kehumasan",
    }
    assert c.Authenticator.allowed_users == {"wati", "ola", "lama"}
    assert ks.service_access(c, "wati") == {"bimtek-kehumasan"}
    env = asyncio.run(ks.spawn_env(c, "lama"))
    assert env["BIMTEK_KURSUS_ID"] == "bimtek-kehumasan"
    assert ks.image_nbgrader({"JUPYTERHUB_USER": "lama"}, monkeypatch).CourseDirectory.course_id == "bimtek-kehumasan"


def test_rendered_grader_of_an_angkatan_matches_the_hub_service(programme, tmp_path, monkeypatch):
    c = ks.merged_hub(monkeypatch, tmp_path, programme["etc"], programme["flat"])
    services = {s["name"]: s for s in c.JupyterHub.services}
    single = {d["kind"]: d for d in yaml.safe_load_all((K8S / "grader.yaml").read_text(encoding="utf-8"))}
    for name in ks.ANGKATAN:
        docs = ks.applied(programme["logs"][name])
        assert sorted(d["kind"] for d in docs) == ["ConfigMap", "Deployment", "PersistentVolumeClaim", "Service"]
        assert "ANGKATAN_GANTI" not in json.dumps(docs)
        kinds = {d["kind"]: d for d in docs}
        service, deployment = kinds["Service"], kinds["Deployment"]
        host, port = services[f"bimtek-{name}"]["url"].removeprefix("http://").split(":")
        assert service["metadata"]["name"] == host and service["spec"]["ports"][0]["port"] == int(port)
        pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert service["spec"]["selector"].items() <= pod_labels.items()
        assert not single["Service"]["spec"]["selector"].items() <= pod_labels.items()  # one course's Service
        for other in set(ks.ANGKATAN) - {name}:  # and no other angkatan's Service selects this pod
            other_service = next(d for d in ks.applied(programme["logs"][other]) if d["kind"] == "Service")
            assert not other_service["spec"]["selector"].items() <= pod_labels.items()
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        env = {e["name"]: e for e in container["env"]}
        assert env["JUPYTERHUB_SERVICE_NAME"]["value"] == f"bimtek-{name}"
        assert env["JUPYTERHUB_API_TOKEN"]["valueFrom"]["secretKeyRef"] == {
            "name": "bimtek-angkatan",
            "key": f"{name}.token",
        }
        volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
        assert volumes["angkatan"]["secret"]["items"] == [{"key": f"{name}.json", "path": "angkatan.json"}]
        assert (
            volumes["kursus"]["persistentVolumeClaim"]["claimName"]
            == kinds["PersistentVolumeClaim"]["metadata"]["name"]
        )
        mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
        assert container["workingDir"] + "/nbgrader_config.py" in mounts
        assert tukar.course_id_of(ks.angkatan_course(programme, name, tmp_path)) == f"bimtek-{name}"
        # the image's nbgrader settings in the grader pod: no JupyterHubAuthPlugin for a service
        pod_env = {e["name"]: e["value"] for e in container["env"] if "value" in e} | {"JUPYTERHUB_API_TOKEN": "t"}
        assert "plugin_class" not in ks.image_nbgrader(pod_env, monkeypatch).Authenticator


def test_an_angkatans_session_reaches_its_own_participants_only(programme, tmp_path):
    guide_release = [line for line in ks.guide_block(2) if "tukar.py rilis" in line]
    assert guide_release and guide_release[0].endswith(f"tukar.py rilis {SESSION} --peserta /etc/bimtek/angkatan.json")
    root = tmp_path / "pertukaran"
    courses = {name: ks.angkatan_course(programme, name, tmp_path) for name in ks.ANGKATAN}
    nbgrader(["generate_assignment", SESSION, "--force"], courses["a"])
    run = ks.grader_tukar(
        ["rilis", SESSION, "--peserta", str(programme["flat"] / "a.json"), "--akar", str(root)], courses["a"]
    )
    assert run.stdout.strip() == f"{SESSION} (bimtek-a) dirilis ke exchange 2 peserta."
    assert sorted(p.name for p in (root / "peserta").iterdir()) == ["ani", "bayu"]  # B's participants: nothing
    for person in ("ani", "bayu"):
        assert (root / "peserta" / person / "bimtek-a" / "outbound" / SESSION / f"{SESSION}.ipynb").is_file()
    nbgrader(["generate_assignment", SESSION, "--force"], courses["b"])
    ks.grader_tukar(
        ["rilis", SESSION, "--peserta", str(programme["flat"] / "b.json"), "--akar", str(root)], courses["b"]
    )
    for name, (people, _teachers) in ks.ANGKATAN.items():
        for person in people:
            assert [p.name for p in (root / "peserta" / person).iterdir()] == [f"bimtek-{name}"]
    # In A's participant's pod: the session of their own course, fetched and submitted without naming it
    exchange, home = root / "peserta" / "ani", tmp_path / "rumah-ani"
    home.mkdir()
    listing = ks.pod_nbgrader(["list"], exchange, home, "ani", "bimtek-a")
    assert (
        f"bimtek-a {SESSION}" in listing.stdout + listing.stderr and "bimtek-b" not in listing.stdout + listing.stderr
    )
    for step in (["fetch_assignment", SESSION], ["submit", SESSION]):
        proc = ks.pod_nbgrader(step, exchange, home, "ani", "bimtek-a")
        assert proc.returncode == 0, proc.stdout + proc.stderr
    foreign = ks.pod_nbgrader(
        ["fetch_assignment", SESSION, "--course", "bimtek-b"], exchange, tmp_path, "ani", "bimtek-a"
    )
    assert foreign.returncode != 0  # B's release is not in A's participant's exchange
    # Submissions stay under the course id: B's grader collects nothing of A's participant, A's grader does
    run_b = ks.grader_tukar(
        ["kumpulkan", SESSION, "--peserta", str(programme["flat"] / "b.json"), "--akar", str(root)], courses["b"]
    )
    assert run_b.stdout.strip() == f"0 dari 2 peserta sudah mengumpulkan {SESSION} (bimtek-b)."
    run_a = ks.grader_tukar(
        ["kumpulkan", SESSION, "--peserta", str(programme["flat"] / "a.json"), "--akar", str(root)], courses["a"]
    )
    assert run_a.stdout.strip() == f"1 dari 2 peserta sudah mengumpulkan {SESSION} (bimtek-a)."
    assert (courses["a"] / "submitted" / "ani" / SESSION / f"{SESSION}.ipynb").is_file()
    assert not (courses["b"] / "submitted").exists()
