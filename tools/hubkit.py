"""Run the course's real JupyterHub (deploy/jupyterhub_config.py) on loopback, for tests and benchmarks.

``BimtekHub`` prepares a throw-away Bimtek server in a temporary folder: a roster,
per-participant passwords, one Unix account per roster row (``deploy/siapkan.py``),
the grader account, the exchange and the course folder; then it starts JupyterHub
with configurable-http-proxy from ``node_modules``, every port on 127.0.0.1, and an
extra API service token to drive it. ``close()`` stops the hub (which stops the proxy
and every single-user server), kills whatever the test accounts still run, removes the
accounts and the folder. It needs root (Unix accounts) and is used as a context manager.
"""

from __future__ import annotations

import csv
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PROXY = ROOT / "node_modules" / ".bin" / "configurable-http-proxy"
COURSE_ID = "bimtek-kehumasan"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def requirements_missing() -> str | None:
    """Why the hub cannot run here, or None."""
    if os.geteuid() != 0:
        return "the hub test creates Unix accounts: run it as root"
    if not PROXY.exists():
        return f"{PROXY} is missing: run `make install-node` (npm ci)"
    for tool in ("useradd", "userdel", "groupadd", "groupdel", "setpriv"):
        if not shutil.which(tool):
            return f"{tool} is missing"
    for parent in [ROOT, *ROOT.parents]:
        if (os.stat(parent).st_mode & 0o005) != 0o005:
            return f"{parent} is not readable by other users; the participants' servers could not import course"
    return None


def world_usable(path: Path) -> bool:
    """Can any user run ``path`` (every folder above it searchable, the file itself readable)?"""
    path = path.resolve()
    if (os.stat(path).st_mode & 0o005) != 0o005:
        return False
    return all((os.stat(p).st_mode & 0o001) for p in path.parents)


ENV_CACHE = Path("/var/cache/bimtek-kehumasan")


def participant_python_bin() -> Path:
    """The ``bin/`` folder the participants' servers run from.

    This interpreter's when every user may run it. Otherwise (a Python under /root,
    as pyenv installs it) a virtual environment built once from the system's Python
    with the pinned course stack and JupyterHub, as a server's /opt environment would
    be, kept in /var/cache/bimtek-kehumasan and keyed by the pins.
    """
    here = Path(sys.executable)
    if world_usable(here):
        return here.parent
    import hashlib

    pins = "".join(
        (ROOT / name).read_text() for name in ("requirements.txt", "requirements-dev.txt", "constraints.txt")
    )
    key = hashlib.sha256((pins + str(ROOT)).encode()).hexdigest()[:12]
    venv = ENV_CACHE / f"uji-env-{key}"
    stamp = venv / ".siap"
    if stamp.exists():
        stamp.touch()  # in use: another checkout's clean-up keeps it
        return venv / "bin"
    base = next(
        (Path(p) for p in ("/usr/bin/python3.13", "/usr/bin/python3.12", "/usr/bin/python3.11") if Path(p).exists()),
        None,
    )
    if base is None:
        raise RuntimeError("no system Python 3.11+ usable by every user (apt-get install python3 python3-venv)")
    ENV_CACHE.mkdir(parents=True, exist_ok=True)
    os.chmod(ENV_CACHE, 0o755)
    # Environments of older pins, unused for a week: another checkout's (a CI clone) may be in use right now.
    for old in ENV_CACHE.glob("uji-env-*"):
        used = old / ".siap"
        if used.exists() and time.time() - used.stat().st_mtime > 7 * 86400:
            shutil.rmtree(old, ignore_errors=True)
    subprocess.run([str(base), "-m", "venv", str(venv)], check=True, capture_output=True)
    hub_pins = [
        line.strip()
        for line in (ROOT / "requirements-dev.txt").read_text().splitlines()
        if line.strip().startswith(("jupyterhub==", "jupyterhub-idle-culler=="))
    ]
    # The pins were frozen on a newer 3.11.x: leave out a transitive pin this interpreter cannot
    # install (pip names it), keep every other one.
    constraints = (ROOT / "constraints.txt").read_text().splitlines()
    for _ in range(8):
        (venv / "constraints.txt").write_text("\n".join(constraints) + "\n")
        proc = subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--progress-bar=off",
                "-r",
                str(ROOT / "requirements.txt"),
                *hub_pins,
                "-c",
                str(venv / "constraints.txt"),
            ],
            capture_output=True,
            text=True,
            timeout=900,
        )
        if proc.returncode == 0:
            break
        conflict = re.search(r"The user requested \(constraint\) ([A-Za-z0-9_.-]+)==", proc.stdout + proc.stderr)
        if not conflict:
            break
        constraints = [c for c in constraints if not c.lower().startswith(conflict.group(1).lower() + "==")]
    if proc.returncode != 0:
        raise RuntimeError(f"building {venv} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "bimtek_kursus.pth").write_text(str(ROOT) + "\n")  # `course` from this working tree
    stamp.touch()
    return venv / "bin"


def run_as(user: str, code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run Python ``code`` as Unix ``user`` (its uid, gid and groups), as a participant's own process would."""
    entry = pwd.getpwnam(user)
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={entry.pw_uid}",
            f"--regid={entry.pw_gid}",
            "--init-groups",
            str(participant_python_bin() / "python"),
            "-c",
            code,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd="/",
        env={"HOME": entry.pw_dir, "PATH": os.environ.get("PATH", ""), "PYTHONWARNINGS": "ignore"},
    )


class BimtekHub:
    def __init__(
        self,
        participants: list[str],
        instructors: list[str],
        prefix: str = "bkuji",
        mem_limit: str = "1G",
        idle_timeout: int = 3600,
        intakes: dict[str, tuple[list[str], list[str]]] | None = None,
    ):
        self.prefix = prefix
        self.participants = [f"{prefix}-{p}" for p in participants]
        self.instructors = [f"{prefix}-{i}" for i in instructors]
        # Angkatan made with `bimtek angkatan buat --akun`: name -> (participants, instructors).
        self.intakes = {
            f"{prefix}-{name}": ([f"{prefix}-{p}" for p in people], [f"{prefix}-{i}" for i in teachers])
            for name, (people, teachers) in (intakes or {}).items()
        }
        self.grader = f"{prefix}-grader"
        self.grader_group = f"{prefix}-penilai"
        self.mem_limit = mem_limit
        self.idle_timeout = idle_timeout
        self.base: Path | None = None
        self.proc: subprocess.Popen | None = None
        self.token = secrets.token_hex(32)
        self.passwords: dict[str, str] = {}
        self.log_path: Path | None = None

    # ------------------------------------------------------------------ set-up
    def __enter__(self) -> BimtekHub:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def users(self) -> list[str]:
        people = [u for p, i in self.intakes.values() for u in p + i]
        return list(dict.fromkeys(self.participants + self.instructors + people))

    def course_of(self, intake: str) -> str:
        return f"bimtek-{self.prefix}-{intake}"

    def _make_intakes(self, program: Path) -> None:
        """Each angkatan through the real command, as an organiser runs it (as root, with --akun)."""
        for name, (people, teachers) in self.intakes.items():
            roster = self.base / f"{name}.csv"
            with open(roster, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["id", "nama_depan", "nama_belakang", "email", "kabupaten"])
                for n, user in enumerate(people, 1):
                    writer.writerow([user, f"Peserta {n}", "Uji", f"{user}@contoh.go.id", f"Kabupaten Uji {name}"])
            proc = subprocess.run(
                [sys.executable, "-m", "course.instructor.cli", "angkatan", "buat", name, "--peserta", str(roster),
                 "--instruktur", *teachers, "--program", str(program), "--pertukaran", str(self.exchange),
                 "--port", str(free_port()), "--akun"],
                capture_output=True, text=True, timeout=300, cwd=ROOT,
            )  # fmt: skip
            if proc.returncode != 0:
                raise RuntimeError(f"bimtek angkatan buat {name} failed:\n{proc.stdout}\n{proc.stderr}")
            with open(program / name / "rahasia" / "kartu-akun.csv", newline="", encoding="utf-8") as handle:
                self.passwords.update({r["nama_pengguna"]: r["kata_sandi"] for r in csv.DictReader(handle)})

    def start(self, timeout: float = 90) -> None:
        self._remove_accounts()  # left over from an interrupted run
        self.base = Path(tempfile.mkdtemp(prefix="bimtek-hub-", dir="/tmp"))
        os.chmod(self.base, 0o755)
        state = self.base / "hub"
        state.mkdir(mode=0o700)
        self.roster = self.base / "peserta.csv"
        self.exchange = self.base / "exchange"
        self.course_dir = self.base / "kursus"
        self.program = self.base / "angkatan"
        secrets_dir = self.base / "rahasia"
        if self.participants or self.instructors:
            self._single_course(secrets_dir)
        self._make_intakes(self.program)
        self._start_hub(state, secrets_dir, timeout)

    def _single_course(self, secrets_dir: Path) -> None:
        with open(self.roster, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["nama_pengguna", "nama_lengkap", "instansi", "peran"])
            for n, name in enumerate(self.participants, 1):
                writer.writerow([name, f"Peserta Uji {n}", "Diskominfo Kabupaten Contoh (uji)", "peserta"])
            for name in self.instructors:
                writer.writerow([name, "Instruktur Uji", "Panitia (uji)", "instruktur"])
        self._siapkan("akun", str(self.roster), "--keluar", str(secrets_dir))
        with open(secrets_dir / "kartu-akun.csv", newline="", encoding="utf-8") as handle:
            self.passwords = {row["nama_pengguna"]: row["kata_sandi"] for row in csv.DictReader(handle)}
        self._siapkan(
            "pengguna",
            str(self.roster),
            "--grader",
            self.grader,
            "--grup-grader",
            self.grader_group,
            "--exchange",
            str(self.exchange),
            "--kursus",
            str(self.course_dir),
        )

    def _start_hub(self, state: Path, secrets_dir: Path, timeout: float) -> None:
        self.port, self.grader_port = free_port(), free_port()
        config = self.base / "jupyterhub_config.py"
        config.write_text(
            "# Test wrapper: the deployment's config plus an API token for the test suite.\n"
            "c = get_config()\n"
            f"load_subconfig({str(DEPLOY / 'jupyterhub_config.py')!r})\n"
            "c.JupyterHub.services.append({'name': 'uji', 'api_token': %r})\n"
            "c.JupyterHub.load_roles.append({'name': 'uji', 'services': ['uji'], 'scopes': "
            "['admin:users', 'admin:servers', 'tokens', 'list:users', 'read:users', 'read:servers', "
            "'admin:groups', 'list:services', 'read:services']})\n" % self.token,
            encoding="utf-8",
        )
        env = dict(
            os.environ,
            BIMTEK_PESERTA=str(self.roster),
            BIMTEK_AUTH="daftar",
            BIMTEK_KATA_SANDI=str(secrets_dir / "kata-sandi.txt"),
            BIMTEK_EXCHANGE=str(self.exchange),
            BIMTEK_KURSUS=str(self.course_dir),
            BIMTEK_GRADER=self.grader,
            BIMTEK_GRADER_PORT=str(self.grader_port),
            BIMTEK_MEM_LIMIT=self.mem_limit,
            BIMTEK_IDLE_TIMEOUT=str(self.idle_timeout),
            BIMTEK_HUB_IP="127.0.0.1",
            BIMTEK_HUB_PORT=str(self.port),
            BIMTEK_HUB_API_PORT=str(free_port()),
            BIMTEK_PROXY_API_PORT=str(free_port()),
            BIMTEK_STATE=str(state),
            BIMTEK_PROGRAM=str(self.program),
            BIMTEK_SPAWNER="local",
            PYTHONWARNINGS="ignore",
        )
        self.bin = participant_python_bin()
        env["BIMTEK_PYTHON_BIN"] = str(self.bin)
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        self.log_path = self.base / "jupyterhub.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "jupyterhub", "-f", str(config)],
                cwd=state,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterHub exited ({self.proc.returncode}):\n{self.log()}")
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.3)
        else:
            raise RuntimeError(f"JupyterHub did not answer in {timeout} s:\n{self.log()}")
        if self.participants or self.instructors:
            self.wait_for_service(COURSE_ID, timeout=timeout)
        for name in self.intakes:
            self.wait_for_service(f"bimtek-{name}", timeout=timeout)

    def _siapkan(self, *args: str) -> None:
        proc = subprocess.run(
            [sys.executable, str(DEPLOY / "siapkan.py"), *args], capture_output=True, text=True, timeout=300
        )
        if proc.returncode != 0:
            raise RuntimeError(f"siapkan.py {args[0]} failed:\n{proc.stdout}\n{proc.stderr}")

    def log(self, tail: int = 6000) -> str:
        if self.log_path and self.log_path.exists():
            return self.log_path.read_text(errors="replace")[-tail:]
        return ""

    # ------------------------------------------------------------------ API
    def api(self, method: str, path: str, token: str | None = None, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {token or self.token}"}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=60, **kwargs)

    def get(self, path: str, token: str, **kwargs) -> requests.Response:
        """GET through the public proxy (``/user/...``, ``/services/...``) with a user's token."""
        return requests.get(
            f"{self.url}{path}",
            headers={"Authorization": f"token {token}"},
            timeout=120,
            allow_redirects=False,
            **kwargs,
        )

    def post(self, path: str, token: str, **kwargs) -> requests.Response:
        return requests.post(
            f"{self.url}{path}",
            headers={"Authorization": f"token {token}"},
            timeout=300,
            allow_redirects=False,
            **kwargs,
        )

    def put(self, path: str, token: str, **kwargs) -> requests.Response:
        return requests.put(
            f"{self.url}{path}",
            headers={"Authorization": f"token {token}"},
            timeout=120,
            allow_redirects=False,
            **kwargs,
        )

    def wait_for_service(self, name: str, timeout: float = 60) -> None:
        deadline = time.time() + timeout
        url = f"{self.url}/services/{name}/api/status"
        while time.time() < deadline:
            try:
                r = requests.get(
                    url, headers={"Authorization": f"token {self.token}"}, timeout=3, allow_redirects=False
                )
                if r.status_code in (200, 403):  # up (the test service itself has no access: 403)
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"service {name} did not start:\n{self.log()}")

    def user_token(self, user: str, note: str = "uji") -> str:
        r = self.api("POST", f"/users/{user}/tokens", json={"note": note, "expires_in": 3600})
        r.raise_for_status()
        return r.json()["token"]

    def start_server(self, user: str, timeout: float = 120) -> float:
        """Start ``user``'s server; return the seconds from request to ready."""
        started = time.perf_counter()
        r = self.api("POST", f"/users/{user}/server")
        if r.status_code not in (201, 202, 400):
            raise RuntimeError(f"spawn {user}: {r.status_code} {r.text}\n{self.log()}")
        deadline = time.time() + timeout
        while time.time() < deadline:
            info = self.api("GET", f"/users/{user}").json()
            server = info.get("servers", {}).get("", {})
            if server.get("ready"):
                return time.perf_counter() - started
            if not info.get("pending") and not server:
                raise RuntimeError(f"server of {user} failed to start:\n{self.log()}")
            time.sleep(0.2)
        raise RuntimeError(f"server of {user} not ready in {timeout} s:\n{self.log()}")

    def stop_server(self, user: str, timeout: float = 60) -> None:
        self.api("DELETE", f"/users/{user}/server")
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not self.api("GET", f"/users/{user}").json().get("servers"):
                return
            time.sleep(0.3)

    def login(self, user: str, password: str) -> requests.Response:
        """Log in through the hub's login form, as a browser does; return the final response."""
        session = requests.Session()
        page = session.get(f"{self.url}/hub/login", timeout=30)
        xsrf = session.cookies.get("_xsrf", "")
        r = session.post(
            f"{self.url}/hub/login?next=/hub/home",
            timeout=60,
            allow_redirects=False,
            data={"username": user, "password": password, "_xsrf": xsrf},
        )
        r.session = session  # type: ignore[attr-defined]
        assert page.status_code == 200
        return r

    def processes_of(self, user: str) -> list[psutil.Process]:
        uid = pwd.getpwnam(user).pw_uid
        found = []
        for proc in psutil.process_iter(["uids", "cmdline"]):
            try:
                if proc.info["uids"] and proc.info["uids"].real == uid:
                    found.append(proc)
            except psutil.Error:
                pass
        return found

    # ------------------------------------------------------------------ clean-up
    def close(self) -> None:
        if self.proc is not None:
            # The whole process group: the hub, its proxy and services, even when the hub itself
            # already exited (a hub that fails at start-up leaves its proxy behind); then whatever
            # it started in a session of its own (services, the culler) that outlived it.
            try:
                descendants = psutil.Process(self.proc.pid).children(recursive=True)
            except psutil.Error:
                descendants = []
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
            deadline = time.time() + 10
            while time.time() < deadline:
                try:
                    os.killpg(self.proc.pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.2)
            else:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            if self.proc.poll() is None:
                self.proc.wait(timeout=10)
            for proc in descendants:
                try:
                    proc.kill()
                except psutil.Error:
                    pass
            psutil.wait_procs(descendants, timeout=10)
        self._remove_accounts()
        if self.base is not None and self.base.exists():
            shutil.rmtree(self.base, ignore_errors=True)

    def _remove_accounts(self) -> None:
        """Kill every process of the test accounts, then remove the accounts and their group."""
        graders = [self.grader, *(f"grader-{name}" for name in self.intakes)]
        names = [*graders, *self.users]  # the graders first: members of the participants' groups
        for name in names:
            try:
                procs = self.processes_of(name)
            except KeyError:
                continue
            for proc in procs:
                try:
                    proc.kill()
                except psutil.Error:
                    pass
            psutil.wait_procs(procs, timeout=10)
        for name in names:
            try:
                entry = pwd.getpwnam(name)
            except KeyError:
                continue
            subprocess.run(["userdel", name], capture_output=True)
            # Homes under /home go with the account; the grader's home is the course folder.
            if entry.pw_dir.startswith("/home/") and Path(entry.pw_dir).exists():
                shutil.rmtree(entry.pw_dir, ignore_errors=True)
            subprocess.run(["rm", "-rf", f"/var/mail/{name}"], capture_output=True)
        groups = [*self.users, self.grader_group]
        for name in self.intakes:
            groups += [f"angkatan-{name}", f"penilai-{name}"]
        if self.intakes:
            # source/ and kunci/ were shared with the graders' group: give them back to root's group.
            for shared in ("source", "kunci"):
                os.chown(ROOT / shared, os.stat(ROOT / shared).st_uid, 0)
            groups.append("bimtek-penilai")
        for group in groups:
            subprocess.run(["groupdel", group], capture_output=True)
