"""Helpers of tests/test_kubernetes.py for many angkatan on Kubernetes: the guide's commands run as written
(kubectl only recorded), the hub's configuration built as the Zero to JupyterHub chart builds it, and nbgrader as
a participant's pod and an angkatan's grader pod run it."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

import yaml
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from tools.pipeline import nbgrader_env, scratch_course

from .conftest import ROOT

K8S = ROOT / "deploy" / "kubernetes"
sys.path.insert(0, str(K8S))

import chart_values  # noqa: E402


def guide() -> chart_values.Overrides:
    """The overrides of the guide's `helm upgrade --install` line (deploy/kubernetes/README.md)."""
    return chart_values.guide_overrides()


# Two angkatan as an organiser makes them: A and B have their own participants; sri teaches both.
ANGKATAN = {"a": (["ani", "bayu"], "rina sri"), "b": (["citra", "dedi"], "adi sri")}
ROSTER_HEADER = "nama_pengguna,nama_lengkap,instansi,peran\n"
# langkah 3's roster: the one course's instructor and participant, and an admin
MAIN_ROSTER = ROSTER_HEADER + "wati,Wati,Diskominfo,instruktur\nola,Ola,Diskominfo,admin\nlama,Lama,Pemkab,peserta\n"
INSTRUCTORS = (
    ROSTER_HEADER + "rina,Rina,Diskominfo,instruktur\nadi,Adi,Diskominfo,instruktur\nsri,Sri,Diskominfo,instruktur\n"
)
KUBECTL_SHIM = r"""kubectl() {
  printf '%s\n' "$*" >> "$KUBECTL_LOG/perintah.txt"
  if [[ "$*" == *"apply -f -"* ]]; then cat > "$(mktemp "$KUBECTL_LOG/masukan-XXXXXX")"; fi
}
"""


def guide_block(index: int, heading: str = "## Menambah angkatan") -> list[str]:
    """The lines of a ```bash block of the guide's section `heading`."""
    text = (K8S / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    section = section[: section.index("\n## ", 1)]
    return re.findall(r"```bash\n(.*?)```", section, flags=re.S)[index].splitlines()


def run_guide(work: Path, lines: list[str], log: Path) -> None:
    """Commands of the guide, as written, in `work` (the repository's deploy/ linked there); kubectl only
    records its arguments and what it is given to apply."""
    log.mkdir()
    script = "set -euo pipefail\n" + KUBECTL_SHIM + "\n".join(lines)
    env = dict(nbgrader_env(work), KUBECTL_LOG=str(log))
    proc = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def run_guide_for(work: Path, name: str, participants: list[str], instructors: str) -> Path:
    """The guide's commands for one angkatan (its second block), with this angkatan's name and instructors."""
    lines = guide_block(1)
    assert lines[0].startswith("NAMA=") and lines[1].startswith("INSTRUKTUR="), lines[:2]
    rows = "".join(f"{p},{p.title()},{p}@contoh.go.id,Kabupaten Contoh\n" for p in participants)
    (work / f"{name}.csv").write_text("nama_pengguna,nama_depan,email,kabupaten\n" + rows, encoding="utf-8")
    log = work / f"kubectl-{name}"
    run_guide(work, [f"NAMA={name}", f"INSTRUKTUR={instructors!r}", *lines[2:]], log)
    return log


def applied(log: Path) -> list[dict]:
    """The Kubernetes objects the guide's commands gave `kubectl apply -f -` (the rendered grader template)."""
    docs = []
    for path in sorted(log.glob("masukan-*")):
        docs += [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]
    return docs


def chart_config(
    hub_values: dict, single_user_env: dict, etc: Path, flat: Path, hub_files: Path, monkeypatch
) -> Config:
    """The hub's configuration as Zero to JupyterHub builds it (files/hub/jupyterhub_config.py of the chart at
    48ea50e): its services and roles from hub.services and hub.loadRoles, hub.config passed through, then every
    hub.extraConfig entry run with exec, with a real traitlets Config as `c` and the mounted files at `etc`,
    `flat` (the Secret bimtek-angkatan) and `hub_files` (hub.extraFiles)."""
    c = Config()
    c.JupyterHub.services = []
    c.JupyterHub.load_roles = []
    for key, service in copy.deepcopy(hub_values.get("services", {})).items():
        service.setdefault("name", key)
        service["api_token"] = service.pop("apiToken", None) or "token-dari-secret-chart"
        c.JupyterHub.services.append(service)
    for key, role in copy.deepcopy(hub_values.get("loadRoles", {})).items():
        role.setdefault("name", key)
        c.JupyterHub.load_roles.append(role)
    # singleuser.extraEnv (the chart sets KubeSpawner.environment; the tests' spawner is KubeSpawner's base class)
    c.Spawner.environment = dict(single_user_env)
    for section, settings in copy.deepcopy(hub_values.get("config", {})).items():
        c[section].update(settings)
    hub_file = hub_values["extraFiles"]["bimtek-hub"]
    (hub_files / Path(hub_file["mountPath"]).name).write_text(hub_file["stringData"], encoding="utf-8")
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "bimtek_hub", raising=False)  # the mounted file, not an earlier import
    mounts = {
        str(Path(hub_file["mountPath"]).parent): hub_files,
        "/etc/bimtek-angkatan": flat,
        "/etc/bimtek": etc,
    }
    for key, code in sorted(hub_values["extraConfig"].items()):
        for path, here in mounts.items():
            assert code.count(f'"{path}"') <= 1
            code = code.replace(f'"{path}"', repr(str(here)))
        exec(compile(code, f"hub.extraConfig.{key}", "exec"), {"c": c})
    return c


def merged_hub(monkeypatch, tmp_path, etc: Path, flat: Path) -> Config:
    merged = chart_values.merged_values(guide())
    mount_paths = {m["name"]: m["mountPath"] for m in merged["hub"]["extraVolumeMounts"]}
    assert mount_paths == {"peserta": "/etc/bimtek", "angkatan": "/etc/bimtek-angkatan"}
    hub_files = tmp_path / "hub-files"
    hub_files.mkdir()
    return chart_config(merged["hub"], merged["singleuser"]["extraEnv"], etc, flat, hub_files, monkeypatch)


def service_access(c: Config, user: str) -> set[str]:
    """The services `user` may open: the access:services scopes of the roles they hold, directly or by group."""
    groups = {name for name, group in c.JupyterHub.load_groups.items() if user in group["users"]}
    return {
        scope.split("=", 1)[1]
        for role in c.JupyterHub.load_roles
        if user in role.get("users", []) or groups & set(role.get("groups", []))
        for scope in role["scopes"]
        if scope.startswith("access:services!service=")
    }


async def spawn_env(c: Config, user_name: str) -> dict:
    """The environment JupyterHub gives `user_name`'s server: a real Spawner with the hub's configuration, the
    user and groups in a real JupyterHub database (load_groups), the pre-spawn hook run as the hub runs it."""
    from jupyterhub import orm
    from jupyterhub.objects import Hub
    from jupyterhub.spawner import Spawner  # KubeSpawner's base: the hook, environment and get_env are its
    from jupyterhub.user import User
    from jupyterhub.utils import maybe_future

    db = orm.new_session_factory("sqlite://")()
    user = orm.User(name=user_name)
    db.add(user)
    for name, group in c.JupyterHub.load_groups.items():
        if user_name in group["users"]:
            user.groups.append(orm.Group(name=name))
    db.commit()
    hub = Hub(ip="127.0.0.1", port=8081, base_url="/hub/")
    spawner = Spawner(config=c, user=User(user, {"db": db}), hub=hub, api_token="token-server")
    await maybe_future(spawner.run_pre_spawn_hook())
    return spawner.get_env()


def image_nbgrader(env: dict, monkeypatch) -> Config:
    """The image's nbgrader_config.py as a pod with `env` loads it."""
    for key in ("BIMTEK_KURSUS_ID", "JUPYTERHUB_API_TOKEN", "JUPYTERHUB_USER", "JUPYTERHUB_SERVICE_NAME"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return PyFileConfigLoader("nbgrader_config.py", path=str(K8S)).load_config()


def angkatan_course(programme, name: str, tmp_path: Path) -> Path:
    """Angkatan `name`'s course folder as its grader pod has it: the course's sources and keys, and the
    nbgrader_config.py of the rendered ConfigMap (loading the course's own settings from where the image has them)."""
    docs = applied(programme["logs"][name])
    (config_map,) = [d for d in docs if d["kind"] == "ConfigMap"]
    text = config_map["data"]["nbgrader_config.py"]
    assert text.count('"/opt/bimtek/nbgrader_config.py"') == 1
    course = scratch_course(tmp_path / f"kursus-{name}", ROOT)
    text = text.replace('"/opt/bimtek/nbgrader_config.py"', repr(str(ROOT / "nbgrader_config.py")))
    (course / "nbgrader_config.py").write_text(text, encoding="utf-8")
    return course


def pod_nbgrader(args: list[str], exchange: Path, home: Path, user: str, course: str) -> subprocess.CompletedProcess:
    """nbgrader in a participant's pod of the angkatan with course id `course` (BIMTEK_KURSUS_ID from the hub)."""
    env = dict(nbgrader_env(home), JUPYTERHUB_USER=user, BIMTEK_EXCHANGE=str(exchange), BIMTEK_KURSUS_ID=course)
    (home / "nbgrader_config.py").write_text((K8S / "nbgrader_config.py").read_text(encoding="utf-8"), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=home, env=env, capture_output=True, text=True, timeout=300
    )


def grader_tukar(args: list[str], course: Path) -> subprocess.CompletedProcess:
    """tukar.py as the guide runs it in an angkatan's grader pod (its course folder as the working folder)."""
    proc = subprocess.run(
        [sys.executable, str(K8S / "tukar.py"), *args],
        cwd=course,
        env=nbgrader_env(course),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def make_programme(work: Path) -> dict:
    """Two angkatan made with the guide's commands in `work`; the Secret's folder is what the hub mounts."""
    (work / "deploy").symlink_to(ROOT / "deploy")
    (work / "instruktur.csv").write_text(INSTRUCTORS, encoding="utf-8")
    run_guide(work, guide_block(0), work / "kubectl-instruktur")  # the instructors' accounts, once
    logs = {name: run_guide_for(work, name, people, teachers) for name, (people, teachers) in ANGKATAN.items()}
    etc = work / "etc-bimtek"  # the bimtek-peserta Secret (langkah 3): instructors and an admin
    etc.mkdir()
    (etc / "peserta.csv").write_text(MAIN_ROSTER, encoding="utf-8")
    return {"work": work, "flat": work / "rahasia" / "angkatan", "etc": etc, "logs": logs}


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


def organiser(*args: str) -> subprocess.CompletedProcess:
    """The checker as an organiser runs it, from the repository's root."""
    command = [sys.executable, str(K8S / "chart_values.py"), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def mebibytes(text: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([MG])", str(text)).groups()
    return int(number) * (1024 if unit == "G" else 1)
