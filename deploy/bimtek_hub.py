"""JupyterHub pieces for a Bimtek on one server (loaded by ``deploy/jupyterhub_config.py``).

* ``read_roster``: the participant list (CSV) that both the account script and the
  hub read: who may log in, who is an instructor, who is an admin.
* ``hash_password`` / ``check_password``: salted scrypt hashes of the generated
  per-participant passwords (the hub never stores a password in plain text).
* ``RosterAuthenticator``: logs in a roster user with their own generated password.
* ``make_spawner_class(base)``: what every single-user server gets: the nbgrader
  exchange, one course, JupyterLab, the participant view (no instructor tools),
  and a memory limit. ``LocalLimitSpawner`` applies it to local processes
  (one Unix user per participant) with a per-process ``RLIMIT_DATA``;
  ``make_spawner_class`` applies it to SystemdSpawner when systemd runs, which
  enforces ``mem_limit`` for the user's whole server with cgroups.
* ``INTERFACES`` / ``interface_form``: participants choose JupyterLab (default) or Jupyter
  Notebook 7 on the hub's start page (an accessible form in Indonesian); the choice sets
  the server's ``default_url``. Instructors get no form and keep the configured one.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import re
import resource
import secrets
from pathlib import Path

HERE = Path(__file__).resolve().parent
COURSE_ID = "bimtek-kehumasan"
ROLES = ("peserta", "instruktur", "admin")
USERNAME = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
# Jupyter config dirs handed to single-user servers (JUPYTER_CONFIG_PATH), by role.
CONFIG_DIRS = {
    "semua": HERE / "jupyter" / "semua",  # everyone: nbgrader exchange and course id
    "peserta": HERE / "jupyter" / "peserta",  # participants: instructor tools off
}


class RosterError(ValueError):
    """A problem in the roster CSV, described in Indonesian."""


def read_roster(path: str | os.PathLike) -> list[dict]:
    """Rows of a roster CSV: ``nama_pengguna,nama_lengkap,instansi,peran``.

    ``peran`` is ``peserta`` (default), ``instruktur`` or ``admin``. Usernames
    become Unix account names, so they are lower-case letters, digits and ``-``.
    """
    rows, seen = [], set()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "nama_pengguna" not in reader.fieldnames:
            raise RosterError(
                f"{path}: kolom 'nama_pengguna' tidak ada. Baris pertama harus: "
                "nama_pengguna,nama_lengkap,instansi,peran"
            )
        for number, row in enumerate(reader, start=2):
            name = (row.get("nama_pengguna") or "").strip().lower()
            if not name:
                continue
            if not USERNAME.match(name):
                raise RosterError(
                    f"{path} baris {number}: nama pengguna '{name}' tidak sah. Gunakan huruf kecil, "
                    "angka, dan tanda hubung, diawali huruf, paling panjang 31 karakter."
                )
            if name in seen:
                raise RosterError(f"{path} baris {number}: nama pengguna '{name}' muncul dua kali.")
            role = (row.get("peran") or "peserta").strip().lower() or "peserta"
            if role not in ROLES:
                raise RosterError(
                    f"{path} baris {number}: peran '{role}' tidak dikenal; pilih peserta, instruktur, atau admin."
                )
            seen.add(name)
            rows.append(
                {
                    "nama_pengguna": name,
                    "nama_lengkap": (row.get("nama_lengkap") or "").strip(),
                    "instansi": (row.get("instansi") or "").strip(),
                    "peran": role,
                }
            )
    if not rows:
        raise RosterError(f"{path}: daftar peserta kosong.")
    return rows


def by_role(roster: list[dict], *roles: str) -> set[str]:
    return {r["nama_pengguna"] for r in roster if r["peran"] in roles}


# ---------------------------------------------------------------------------
# Many angkatan on one hub (nbgrader's multiple-courses set-up)

PROGRAMME_FILE = "angkatan.json"


def read_programme(root: str | os.PathLike | None) -> list[dict]:
    """Every angkatan registered under ``root``: the ``angkatan.json`` files that
    ``bimtek angkatan buat`` writes (name, course id, formgrader port, grader account,
    participants, instructors). A participant may belong to one angkatan only; an
    instructor may teach several."""
    if not root or not Path(root).is_dir():
        return []
    intakes, owner = [], {}
    for path in sorted(Path(root).glob(f"*/{PROGRAMME_FILE}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RosterError(f"{path}: tidak dapat dibaca ({exc}); buat ulang dengan `bimtek angkatan buat`.") from exc
        data["folder"] = str(path.parent)
        for name in data.get("peserta", []):
            if name in owner:
                raise RosterError(
                    f"Peserta '{name}' terdaftar di angkatan {owner[name]} dan {data['nama']}; "
                    "seorang peserta hanya boleh ikut satu angkatan."
                )
            owner[name] = data["nama"]
        intakes.append(data)
    return intakes


def programme_groups(intakes: list[dict]) -> dict[str, dict]:
    """nbgrader's groups per course: ``nbgrader-<course>`` (participants, who see and fetch its
    sessions through nbgrader's JupyterHubAuthPlugin) and ``formgrade-<course>`` (its instructors)."""
    groups: dict[str, dict] = {}
    for intake in intakes:
        course = intake["course_id"]
        groups[f"nbgrader-{course}"] = {"users": sorted(intake.get("peserta", []))}
        groups[f"formgrade-{course}"] = {"users": sorted(intake.get("instruktur", []))}
    return groups


def programme_roles(intakes: list[dict]) -> list[dict]:
    """Each angkatan's instructors (and only they) reach its formgrader service."""
    return [
        {
            "name": f"formgrader-{intake['course_id']}",
            "description": f"Instruktur angkatan {intake['nama']} membuka formgrader angkatannya.",
            "groups": [f"formgrade-{intake['course_id']}"],
            "scopes": [f"access:services!service={intake['course_id']}"],
        }
        for intake in intakes
    ]


def course_of(group_names) -> str:
    """The one course a user takes part in (their ``nbgrader-<course>`` group), or ``""``."""
    courses = sorted(g[len("nbgrader-") :] for g in group_names if g.startswith("nbgrader-"))
    return courses[0] if len(courses) == 1 else ""


# ---------------------------------------------------------------------------
# Passwords

_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read aloud and type


def new_password(groups: int = 3, size: int = 4) -> str:
    """A random password such as ``kq7m-2xva-9ehp`` (about 59 bits for 3 groups of 4)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(size)) for _ in range(groups))


def hash_password(password: str, *, n: int = 2**14, r: int = 8, p: int = 1) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def read_password_file(path: str | os.PathLike) -> dict[str, str]:
    """``nama_pengguna:hash`` lines, as written by ``siapkan.py akun``."""
    found = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and ":" in line:
            name, stored = line.split(":", 1)
            found[name.strip()] = stored.strip()
    return found


# ---------------------------------------------------------------------------
# JupyterHub classes (imported lazily so the account script runs without JupyterHub)


def _authenticator_class():
    from jupyterhub.auth import Authenticator
    from traitlets import List, Unicode

    class RosterAuthenticator(Authenticator):
        """Each roster user logs in with their own generated password (``siapkan.py akun``)."""

        password_file = Unicode(config=True, help="File of `nama_pengguna:scrypt-hash` lines.")
        extra_password_files = List(Unicode(), config=True, help="Each angkatan's own password file.")

        _cache: tuple[tuple, dict] = ((), {})

        def _hashes(self) -> dict[str, str]:
            files = [f for f in [self.password_file, *self.extra_password_files] if os.path.exists(f)]
            stamp = tuple((f, os.stat(f).st_mtime) for f in files)
            if stamp != self._cache[0]:
                merged: dict[str, str] = {}
                for path in files:
                    merged.update(read_password_file(path))
                self._cache = (stamp, merged)
            return self._cache[1]

        async def authenticate(self, handler, data):
            name = self.normalize_username((data or {}).get("username", ""))
            stored = self._hashes().get(name)
            if stored and check_password((data or {}).get("password", ""), stored):
                return name
            self.log.warning("Login gagal untuk %r", name)
            return None

    return RosterAuthenticator


def __getattr__(name):  # RosterAuthenticator / LocalLimitSpawner on first use
    if name == "RosterAuthenticator":
        return _authenticator_class()
    if name == "LocalLimitSpawner":
        from jupyterhub.spawner import LocalProcessSpawner

        return make_spawner_class(LocalProcessSpawner)
    raise AttributeError(name)


def parse_bytes(text: str | int) -> int:
    """``"1G"`` / ``"768M"`` / ``1073741824`` to bytes."""
    if isinstance(text, int):
        return text
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*", str(text), flags=re.I)
    if not match:
        raise ValueError(f"ukuran memori tidak dikenal: {text!r} (contoh: 1G, 768M)")
    number, unit = match.groups()
    return int(float(number) * 1024 ** "_KMGT".index(unit.upper() or "_"))


# ---------------------------------------------------------------------------
# The participant's choice of interface

# name -> (default_url, label, description); the first is the default.
INTERFACES = {
    "lab": (
        "/lab",
        "JupyterLab",
        "Tampilan lengkap: daftar berkas di samping, beberapa notebook berdampingan dalam tab. Pilihan biasa di kelas.",
    ),
    "notebook": (
        "/tree",
        "Jupyter Notebook 7",
        "Tampilan sederhana, satu notebook per tab peramban. Lebih mudah dipakai dengan pembaca layar, "
        "pembesaran layar, atau hanya dengan papan ketik.",
    ),
}
DEFAULT_INTERFACE = "lab"


def interface_form(user_options: dict | None = None) -> str:
    """The hub's options form: labelled radio buttons in a fieldset, the last choice preselected."""
    chosen = (user_options or {}).get("antarmuka")
    chosen = chosen if chosen in INTERFACES else DEFAULT_INTERFACE
    rows = []
    for name, (_url, label, description) in INTERFACES.items():
        checked = " checked" if name == chosen else ""
        rows.append(
            f'<div class="radio">\n'
            f'  <input type="radio" name="antarmuka" id="antarmuka-{name}" value="{name}"'
            f' aria-describedby="antarmuka-{name}-ket"{checked}>\n'
            f'  <label for="antarmuka-{name}"><strong>{label}</strong></label>\n'
            f'  <p id="antarmuka-{name}-ket" class="help-block">{description}</p>\n'
            f"</div>"
        )
    return (
        '<fieldset id="pilih-antarmuka" lang="id">\n'
        "<legend>Pilih tampilan kerja Anda</legend>\n"
        + "\n".join(rows)
        + '\n<p class="help-block">Ingin berganti tampilan nanti? Buka menu File, pilih Pusat Panel Kontrol '
        "(Hub Control Panel), tekan Stop My Server, lalu Start My Server: formulir ini muncul lagi.</p>\n"
        "</fieldset>"
    )


def interface_from_form(form_data: dict) -> dict:
    """Form data (lists of strings) to ``{"antarmuka": name}``; anything unknown is the default."""
    values = form_data.get("antarmuka") or [DEFAULT_INTERFACE]
    name = values[0] if values[0] in INTERFACES else DEFAULT_INTERFACE
    return {"antarmuka": name}


def apply_interface(spawner, user_options: dict) -> None:
    """A participant's server opens the chosen interface (JupyterLab unless Notebook 7 was chosen)."""
    if spawner._is_instructor():
        return
    name = (user_options or {}).get("antarmuka")
    spawner.default_url = INTERFACES[name if name in INTERFACES else DEFAULT_INTERFACE][0]


def make_spawner_class(base):
    """``base`` (LocalProcessSpawner or SystemdSpawner) with the Bimtek settings mixed in."""
    from jupyterhub.spawner import LocalProcessSpawner
    from traitlets import Unicode, default

    class BimtekSpawner(base):
        exchange_root = Unicode("/srv/nbgrader/exchange", config=True, help="nbgrader exchange root")
        instructor_group = Unicode("instruktur", config=True, help="hub group of the instructors")

        def _is_instructor(self) -> bool:
            return any(g.name == self.instructor_group for g in getattr(self.user, "groups", []))

        @default("options_form")
        def _default_options_form(self):
            return lambda spawner: "" if spawner._is_instructor() else interface_form(spawner.user_options)

        @default("options_from_form")
        def _default_options_from_form(self):
            return interface_from_form

        @default("apply_user_options")
        def _default_apply_user_options(self):
            return apply_interface

        def get_env(self):
            env = super().get_env()
            dirs = [str(CONFIG_DIRS["semua"])]
            if not self._is_instructor():
                dirs.insert(0, str(CONFIG_DIRS["peserta"]))  # first wins
            env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(dirs)
            env["BIMTEK_EXCHANGE"] = self.exchange_root
            # The participant's angkatan (their nbgrader-<course> group): nbgrader's default course.
            env["BIMTEK_KURSUS_ID"] = course_of(g.name for g in getattr(self.user, "groups", []))
            env["BIMTEK_PERAN"] = "instruktur" if self._is_instructor() else "peserta"
            env.setdefault("PYTHONWARNINGS", "ignore")
            return env

        if issubclass(base, LocalProcessSpawner):

            def make_preexec_fn(self, name):
                become_user = super().make_preexec_fn(name)
                limit = parse_bytes(self.mem_limit) if self.mem_limit else 0

                def preexec():
                    # A per-process cap on the data segment (heap and anonymous memory):
                    # the single-user server and each kernel it starts inherit it.
                    if limit:
                        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
                    become_user()

                return preexec

    BimtekSpawner.__qualname__ = "BimtekSpawner"
    return BimtekSpawner


def systemd_running() -> bool:
    return Path("/run/systemd/system").is_dir()
