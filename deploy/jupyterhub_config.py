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
    BIMTEK_PROGRAM        folder of the angkatan made by `bimtek angkatan buat`, each with its own
                          course id, grader account and formgrader [/srv/nbgrader/angkatan]
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
# Every angkatan (bimtek angkatan buat): restart the hub after adding one.
PROGRAMME = bimtek_hub.read_programme(env("BIMTEK_PROGRAM", "/srv/nbgrader/angkatan"))
ROSTER_FILE = env("BIMTEK_PESERTA", "/srv/bimtek/peserta.csv")
ROSTER = bimtek_hub.read_roster(ROSTER_FILE) if PROGRAMME == [] or Path(ROSTER_FILE).exists() else []
COURSE = bimtek_hub.COURSE_ID
GRADER = env("BIMTEK_GRADER", "grader-bimtek")
GRADER_PORT = int(env("BIMTEK_GRADER_PORT", "9999"))
EXCHANGE = env("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
COURSE_DIR = env("BIMTEK_KURSUS", "/srv/nbgrader/bimtek-kehumasan")
INSTRUCTORS = sorted(bimtek_hub.by_role(ROSTER, "instruktur"))
ADMINS = sorted(bimtek_hub.by_role(ROSTER, "admin"))
PARTICIPANTS = sorted(bimtek_hub.by_role(ROSTER, "peserta"))
PROGRAMME_PARTICIPANTS = sorted({p for intake in PROGRAMME for p in intake["peserta"]})
PROGRAMME_INSTRUCTORS = sorted({i for intake in PROGRAMME for i in intake["instruktur"]})

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
c.Authenticator.allowed_users = set(
    PARTICIPANTS + INSTRUCTORS + ADMINS + PROGRAMME_PARTICIPANTS + PROGRAMME_INSTRUCTORS
)
c.Authenticator.admin_users = set(ADMINS)
if env("BIMTEK_AUTH", "daftar") == "bersama":
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = env("BIMTEK_SANDI_BERSAMA")
    if env("BIMTEK_SANDI_ADMIN"):
        c.SharedPasswordAuthenticator.admin_password = env("BIMTEK_SANDI_ADMIN")
else:
    c.JupyterHub.authenticator_class = bimtek_hub.RosterAuthenticator
    c.RosterAuthenticator.password_file = env("BIMTEK_KATA_SANDI", "/srv/bimtek/kata-sandi.txt")
    # Each angkatan's own passwords (bimtek angkatan buat --akun writes them, readable by root only).
    c.RosterAuthenticator.extra_password_files = [
        str(Path(intake["folder"]) / "rahasia" / "kata-sandi.txt") for intake in PROGRAMME
    ]

# --- Groups: participants, and instructors who reach the formgrader service. nbgrader's names for a
# course's participants (nbgrader-<course>) and graders (formgrade-<course>), one pair per angkatan.
c.JupyterHub.load_groups = {
    "peserta": {"users": sorted(set(PARTICIPANTS + PROGRAMME_PARTICIPANTS))},
    "instruktur": {"users": sorted(set(INSTRUCTORS + PROGRAMME_INSTRUCTORS))},
    f"nbgrader-{COURSE}": {"users": PARTICIPANTS},
    f"formgrade-{COURSE}": {"users": INSTRUCTORS},
    **bimtek_hub.programme_groups(PROGRAMME),
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
# The server's own token may also read the user's groups: nbgrader's JupyterHubAuthPlugin asks for them.
c.Spawner.server_token_scopes = [
    "users:activity!user",
    "access:servers!server",
    "read:users:name!user",
    "read:users:groups!user",
]


# --- Services: each course's formgrader (run by its grader account) and the idle culler.
def formgrader(name: str, port: int, user: str, folder: str) -> dict:
    """A course's formgrader as a hub service: its own page, opened in its own browser tab
    (nbgrader #1870: inside JupyterLab's iframe it renders blank behind JupyterHub >= 4.1)."""
    return {
        "name": name,
        "display": True,
        "url": f"http://127.0.0.1:{port}",
        "user": user,
        "cwd": folder,
        "oauth_no_confirm": True,
        "command": [
            str(BIN / "jupyterhub-singleuser"),
            f"--ServerApp.root_dir={folder}",
            "--ServerApp.default_url=/formgrader",
        ],
        "environment": {
            "HOME": folder,
            "BIMTEK_EXCHANGE": EXCHANGE,
            "PATH": f"{BIN}{os.pathsep}{env('PATH', '/usr/bin:/bin')}",
            "PYTHONWARNINGS": "ignore",
            "JUPYTERHUB_DEFAULT_URL": "/formgrader",
        },
    }


c.JupyterHub.services = [
    # The single course of BIMTEK_PESERTA, unless every participant comes through an angkatan.
    *([formgrader(COURSE, GRADER_PORT, GRADER, COURSE_DIR)] if PARTICIPANTS or INSTRUCTORS or not PROGRAMME else []),
    *(formgrader(i["course_id"], int(i["port"]), i["penilai"], i["folder"]) for i in PROGRAMME),
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
        "groups": [f"formgrade-{COURSE}"],  # not every instructor: an angkatan's reach only their own
        "scopes": [f"access:services!service={COURSE}"],
    },
    *bimtek_hub.programme_roles(PROGRAMME),
    {
        "name": "idle-culler",
        "services": ["idle-culler"],
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    },
]
