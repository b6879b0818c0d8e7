"""JupyterHub for one Bimtek on one server (see deploy/README.md).

Everything a kabupaten IT officer changes is an environment variable (defaults
in brackets), so this file stays as it is in the repository:

    BIMTEK_PESERTA        roster CSV: nama_pengguna,nama_lengkap,instansi,peran
                          [/srv/bimtek/peserta.csv]
    BIMTEK_AUTH           "daftar" (own password per participant, from
                          BIMTEK_KATA_SANDI) or "bersama" (one shared password) [daftar]
    BIMTEK_KATA_SANDI     hashes written by `siapkan.py akun` [/srv/bimtek/kata-sandi.txt]
    BIMTEK_SANDI_BERSAMA  the shared password when BIMTEK_AUTH=bersama (8+ characters)
    BIMTEK_EXCHANGE       nbgrader exchange root [/srv/nbgrader/exchange]
    BIMTEK_KURSUS         course folder of the grader account [/srv/nbgrader/bimtek-kehumasan]
    BIMTEK_GRADER         Unix account that runs the formgrader [grader-bimtek]
    BIMTEK_GRADER_PORT    loopback port of the formgrader service [9999]
    BIMTEK_MEM_LIMIT      memory per participant [1G]
    BIMTEK_CPU_LIMIT      CPU per participant (systemd only) [1]
    BIMTEK_IDLE_TIMEOUT   seconds before an idle server is stopped [3600]
    BIMTEK_HUB_IP / BIMTEK_HUB_PORT  public address [all interfaces, 8000]
    BIMTEK_STATE          hub database and cookie secret [/srv/bimtek/hub]
    BIMTEK_PROXY          configurable-http-proxy [<repo>/node_modules/.bin/configurable-http-proxy]
    BIMTEK_PYTHON_BIN     folder of jupyterhub-singleuser [this interpreter's]
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bimtek_hub  # noqa: E402

c = get_config()  # noqa: F821 - provided by traitlets

env = os.environ.get
REPO = HERE.parent
BIN = Path(env("BIMTEK_PYTHON_BIN", str(Path(sys.executable).parent)))
STATE = Path(env("BIMTEK_STATE", "/srv/bimtek/hub"))
STATE.mkdir(mode=0o700, parents=True, exist_ok=True)
ROSTER = bimtek_hub.read_roster(env("BIMTEK_PESERTA", "/srv/bimtek/peserta.csv"))
COURSE = bimtek_hub.COURSE_ID
GRADER = env("BIMTEK_GRADER", "grader-bimtek")
GRADER_PORT = int(env("BIMTEK_GRADER_PORT", "9999"))
EXCHANGE = env("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
COURSE_DIR = env("BIMTEK_KURSUS", "/srv/nbgrader/bimtek-kehumasan")
INSTRUCTORS = sorted(bimtek_hub.by_role(ROSTER, "instruktur"))
ADMINS = sorted(bimtek_hub.by_role(ROSTER, "admin"))
PARTICIPANTS = sorted(bimtek_hub.by_role(ROSTER, "peserta"))

# --- Network: the public proxy; the hub and the services listen on loopback only.
c.JupyterHub.ip = env("BIMTEK_HUB_IP", "")
c.JupyterHub.port = int(env("BIMTEK_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env("BIMTEK_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env('BIMTEK_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.command = [env("BIMTEK_PROXY", str(REPO / "node_modules" / ".bin" / "configurable-http-proxy"))]
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")
c.JupyterHub.template_paths = [str(HERE / "templates")]  # the start page (spawn.html) in Indonesian
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every participant's server

# --- Who may log in: the roster, with their own password or one shared password.
c.Authenticator.allowed_users = set(PARTICIPANTS + INSTRUCTORS + ADMINS)
c.Authenticator.admin_users = set(ADMINS)
if env("BIMTEK_AUTH", "daftar") == "bersama":
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = env("BIMTEK_SANDI_BERSAMA")
    if env("BIMTEK_SANDI_ADMIN"):
        c.SharedPasswordAuthenticator.admin_password = env("BIMTEK_SANDI_ADMIN")
else:
    c.JupyterHub.authenticator_class = bimtek_hub.RosterAuthenticator
    c.RosterAuthenticator.password_file = env("BIMTEK_KATA_SANDI", "/srv/bimtek/kata-sandi.txt")

# --- Groups: participants, and instructors who reach the formgrader service.
c.JupyterHub.load_groups = {
    "peserta": {"users": PARTICIPANTS},
    "instruktur": {"users": INSTRUCTORS},
    f"formgrade-{COURSE}": {"users": INSTRUCTORS},  # nbgrader's name for a course's graders
}

# --- Single-user servers: one Unix user per participant, JupyterLab, a memory limit.
if bimtek_hub.systemd_running() and env("BIMTEK_SPAWNER", "auto") in ("auto", "systemd"):
    from systemdspawner import SystemdSpawner  # pip install jupyterhub-systemdspawner

    c.JupyterHub.spawner_class = bimtek_hub.make_spawner_class(SystemdSpawner)
    c.SystemdSpawner.cpu_limit = float(env("BIMTEK_CPU_LIMIT", "1"))
    c.SystemdSpawner.isolate_tmp = True
    c.SystemdSpawner.isolate_devices = True
    c.SystemdSpawner.unit_name_template = "bimtek-{USERNAME}"
else:
    c.JupyterHub.spawner_class = bimtek_hub.LocalLimitSpawner
c.Spawner.mem_limit = env("BIMTEK_MEM_LIMIT", "1G")
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
# Instructors open JupyterLab. Participants choose JupyterLab (default) or Jupyter Notebook 7 (/tree) on the
# hub's start page, an Indonesian form (bimtek_hub.INTERFACES); their choice sets default_url. Both
# interfaces are Indonesian: deploy/jupyter/semua/labconfig/default_setting_overrides.json.
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90
c.BimtekSpawner.exchange_root = EXCHANGE
c.BimtekSpawner.instructor_group = "instruktur"
c.Spawner.env_keep = ["PATH", "LANG", "LC_ALL", "PYTHONPATH"]

# --- Services: the course's formgrader (run by the grader account) and the idle culler.
c.JupyterHub.services = [
    {
        "name": COURSE,
        "display": True,
        "url": f"http://127.0.0.1:{GRADER_PORT}",
        "user": GRADER,
        "cwd": COURSE_DIR,
        "oauth_no_confirm": True,
        # The formgrader is its own page, opened in its own browser tab (nbgrader #1870:
        # inside JupyterLab's iframe it renders blank behind JupyterHub >= 4.1).
        "command": [
            str(BIN / "jupyterhub-singleuser"),
            f"--ServerApp.root_dir={COURSE_DIR}",
            "--ServerApp.default_url=/formgrader",
        ],
        "environment": {
            "HOME": COURSE_DIR,
            "BIMTEK_EXCHANGE": EXCHANGE,
            "PATH": f"{BIN}{os.pathsep}{env('PATH', '/usr/bin:/bin')}",
            "PYTHONWARNINGS": "ignore",
            "JUPYTERHUB_DEFAULT_URL": "/formgrader",
        },
    },
    {
        "name": "idle-culler",
        "command": [
            sys.executable,
            "-m",
            "jupyterhub_idle_culler",
            f"--timeout={int(env('BIMTEK_IDLE_TIMEOUT', '3600'))}",
            "--cull-every=300",
        ],
    },
]
c.JupyterHub.load_roles = [
    {
        "name": "instruktur-formgrader",
        "groups": ["instruktur", f"formgrade-{COURSE}"],
        "scopes": [f"access:services!service={COURSE}"],
    },
    {
        "name": "idle-culler",
        "services": ["idle-culler"],
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    },
]
