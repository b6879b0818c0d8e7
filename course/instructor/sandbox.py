"""A sandbox for participants' code while nbgrader grades it (nbgrader itself runs it unconfined).

The kernel runs inside bubblewrap (Debian's ``bubblewrap``) under ``prlimit`` (util-linux) and talks
to nbgrader over IPC sockets: its own empty network namespace (not even 127.0.0.1) and PID namespace
(it sees only its own processes; they die with it); a read-only filesystem from a short allow-list
(the operating system, the Python environment, the installed ``course`` package; never the course
folder, ``source/``, the gradebook or other participants' work); a private size-limited working folder
``/home/peserta/<session>`` with read-only copies of only the files the release ships (never other
files of the submission), a private ``/tmp``; an unprivileged uid per grading slot (no capabilities,
``no_new_privs``); limits on memory, CPU, processes, file size and open files; a clean environment
with ``PYTHONSAFEPATH`` and ``python -P -s``, so nothing is imported from the working folder.

``SandboxKernelManager`` is a ``jupyter_client`` kernel manager that starts the kernel this way and
records how it exited (``kernel_exit``); ``SandboxedExecute`` in
:mod:`course.instructor.grading.nbgrader_patches` is nbgrader's ``Execute`` using it. As root,
bubblewrap runs without a user namespace and ``setpriv`` drops to the sandbox uid; otherwise
bubblewrap's user namespace is used. See ``docs/instruktur/penilaian.md`` for what this protects.
"""

from __future__ import annotations

import errno
import fcntl
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Dict as TDict
from traitlets import Integer, Unicode
from traitlets import List as TList

# A uid per grading slot, from a range Debian reserves (65000-65533) and that no
# account uses; a lock file per uid keeps two concurrent runs from sharing one.
UID_BASE = int(os.environ.get("BIMTEK_SANDBOX_UID_BASE", "65100"))
UID_COUNT = 256
HOME = "/home/peserta"
# Environment variables a kernel may inherit from the grader (values, not secrets).
_LOCALE = "LANG LC_ALL LC_CTYPE LC_NUMERIC LC_TIME TZ"
ENV_PASSTHROUGH = (*_LOCALE.split(), "PYTHONWARNINGS", "PYTHONHASHSEED", "PYDEVD_DISABLE_FILE_VALIDATION")
# One thread per numeric library: the process limit counts threads too.
# (No MPLBACKEND: ipykernel sets its inline backend, as in a kernel nbgrader starts itself.)
_ONE_THREAD = "OPENBLAS_NUM_THREADS OMP_NUM_THREADS MKL_NUM_THREADS NUMEXPR_MAX_THREADS"
# PYTHONSAFEPATH: Python never puts the working folder (where the participant's files are) first on sys.path.
ENV_FIXED = dict.fromkeys([*_ONE_THREAD.split(), "PYTHONNOUSERSITE", "PYTHONDONTWRITEBYTECODE", "PYTHONSAFEPATH"], "1")


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed kernel (all of them per kernel)."""

    memory_mb: int = 2048  # address space (RLIMIT_AS): a larger allocation raises MemoryError
    cpu_s: int = 600  # CPU seconds (RLIMIT_CPU); the kernel is killed past it
    processes: int = 128  # processes and threads of the sandbox uid (RLIMIT_NPROC)
    file_mb: int = 64  # largest file it may write (RLIMIT_FSIZE)
    open_files: int = 256  # open files (RLIMIT_NOFILE)
    home_mb: int = 256  # size of the private working folder (tmpfs)
    tmp_mb: int = 256  # size of the private /tmp (tmpfs)

    def prlimit_args(self) -> list[str]:
        mb = 1024 * 1024
        args = [f"--as={self.memory_mb * mb}", f"--cpu={self.cpu_s}:{self.cpu_s + 5}", f"--nproc={self.processes}"]
        return args + [f"--fsize={self.file_mb * mb}", f"--nofile={self.open_files}", "--core=0"]


@dataclass(frozen=True)
class Availability:
    """Whether a sandbox can be made here, how, and if not, why (in Indonesian)."""

    ok: bool
    mode: str = ""  # "root" (setpriv to a sandbox uid) or "userns" (not root)
    reason: str = ""


def _tool(name: str) -> str | None:
    override = os.environ.get(f"BIMTEK_{name.upper()}")
    if override is not None:
        return override if os.access(override, os.X_OK) else None
    return shutil.which(name, path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/bin", "/bin"]))


def python_paths() -> list[str]:
    """Read-only paths the kernel needs: the Python installation, the environment, ``course``."""
    import course

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    paths.update(os.path.realpath(p) for p in (sys.prefix, sys.base_prefix))
    paths.add(str(Path(course.__file__).resolve().parent))
    exe = os.path.realpath(sys.executable)
    if not any(exe.startswith(p.rstrip("/") + "/") for p in paths):
        paths.add(os.path.dirname(exe))
    extra = os.environ.get("BIMTEK_SANDBOX_RO", "")
    paths.update(p for p in extra.split(os.pathsep) if p)
    # keep only existing paths, without one nested inside another
    ordered = sorted({os.path.realpath(p) if os.path.islink(p) else p for p in paths if os.path.exists(p)})
    kept: list[str] = []
    for p in ordered:
        if not any(p == k or p.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(p)
    return kept


def _system_binds() -> list[str]:
    """Bind the operating system read-only, keeping merged-/usr symlinks as symlinks."""
    args = ["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = f"/{name}"
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    return args


def _dirs_for(paths: list[str], existing: set[str]) -> list[str]:
    """``--dir`` arguments (mode 0755) for every missing parent of ``paths``."""
    args: list[str] = []
    for path in paths:
        parents = []
        parent = os.path.dirname(path.rstrip("/"))
        while parent not in ("", "/") and parent not in existing:
            parents.append(parent)
            parent = os.path.dirname(parent)
        for p in reversed(parents):
            existing.add(p)
            args += ["--perms", "0755", "--dir", p]
    return args


@lru_cache(maxsize=1)
def _matplotlib_font_caches() -> tuple[str, ...]:
    """The grader's matplotlib font cache, lent read-only so kernels need not rebuild it."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    base = os.environ.get("MPLCONFIGDIR") or os.path.join(cache_home, "matplotlib")
    try:
        return tuple(sorted(str(p) for p in Path(base).glob("fontlist-*.json")))
    except OSError:
        return ()


def kernel_env(workdir: str) -> dict[str, str]:
    """The whole environment of a sandboxed kernel."""
    env = {k: os.environ[k] for k in ENV_PASSTHROUGH if k in os.environ}
    env.setdefault("LANG", "C.UTF-8")
    env.update(ENV_FIXED)
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"])
    env.update(HOME=HOME, USER="peserta", LOGNAME="peserta", TMPDIR="/tmp", PWD=workdir)
    env["MPLCONFIGDIR"] = f"{HOME}/.config/matplotlib"
    return env


# Run in a sandbox by `available`: not root (unless allowed), and no network.
_PROBE = (
    "import os, socket\n"
    "assert os.getuid() != 0 or os.environ.get('BIMTEK_PROBE_ROOT_OK')\n"
    "s = socket.socket()\n"
    "try:\n    s.connect(('127.0.0.1', 9)); print('NET')\n"
    "except OSError:\n    print('OK', os.getuid())\n"
)


@cache
def available() -> Availability:
    """Whether a sandbox can be made on this machine (tried for real, once per process)."""
    tools = {name: _tool(name) for name in ("bwrap", "prlimit", "setpriv")}
    if sys.platform != "linux":
        return Availability(False, reason="kotak pasir hanya tersedia di Linux")
    if not tools["bwrap"]:
        return Availability(False, reason="program bwrap tidak ditemukan (pasang paket Debian `bubblewrap`)")
    if not tools["prlimit"]:
        return Availability(False, reason="program prlimit tidak ditemukan (paket `util-linux`)")
    mode = "root" if os.geteuid() == 0 else "userns"
    if mode == "root" and not tools["setpriv"]:
        return Availability(False, reason="program setpriv tidak ditemukan (paket `util-linux`)")
    box = Box("", UID_BASE if mode == "root" else os.geteuid(), Limits(), mode, "uji")
    try:
        cmd, clean = box.command([sys.executable, "-c", _PROBE]), {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=box.base, env=clean)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Availability(False, reason=f"bwrap tidak dapat dijalankan: {exc}")
    finally:
        box.remove()
    if proc.returncode != 0 or not proc.stdout.startswith("OK"):
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        why = detail[-1] if detail else f"kode keluar {proc.returncode}"
        return Availability(False, reason=f"bwrap gagal membuat kotak pasir di mesin ini ({why})")
    return Availability(True, mode=mode)


class SlotUid:
    """A sandbox uid held for this process (a lock file per uid)."""

    def __init__(self, preferred: int = 0):
        self.uid = None
        self._fd = None
        if os.geteuid() != 0:
            self.uid = os.geteuid()
            return
        lock_dir = Path(tempfile.gettempdir())
        for offset in list(range(preferred, UID_COUNT)) + list(range(0, preferred)):
            uid = UID_BASE + offset
            try:
                pwd.getpwuid(uid)
                continue  # a real account: never borrow it
            except KeyError:
                pass
            fd = os.open(lock_dir / f"bimtek-kotak-pasir-{uid}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EAGAIN, errno.EACCES):
                    continue
                raise
            self.uid, self._fd = uid, fd
            return
        raise RuntimeError("semua uid kotak pasir sedang dipakai")

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


# bubblewrap's isolation: its own PID, network, IPC, UTS and cgroup namespaces; it dies with its parent.
BWRAP_ISOLATION = "--unshare-pid --unshare-net --unshare-ipc --unshare-uts --unshare-cgroup-try".split()
BWRAP_ISOLATION += "--hostname kotak-pasir --die-with-parent --new-session".split()
USERNS_DROP = "--disable-userns --cap-drop ALL".split()
SETPRIV_DROP = "--clear-groups --inh-caps=-all --bounding-set=-all --no-new-privs".split()
# Folders bubblewrap makes itself, or `_system_binds` binds: never made again with --dir.
MADE_BY_BWRAP = frozenset("/usr /etc /bin /sbin /lib /lib32 /lib64 /libx32 /tmp /home /proc /dev".split())


class Box:
    """The host side of one sandboxed kernel: a private folder with its IPC sockets and the staged
    files (``files``: name in the working folder -> read-only copy), and the command that runs it.

    Only the files named in ``allowed`` (paths relative to ``source_dir``: the data files the release
    ships) are staged, and only when they are regular files reached without a symlink; whatever else
    a participant put beside the notebook (a ``course/`` package, ``.py`` files, ``.pth`` files, an
    ``.ipython/`` folder) is not visible to the kernel.
    """

    def __init__(
        self, source_dir: str, uid: int, limits: Limits, mode: str, session: str, allowed: list[str] | None = None
    ):
        self.uid, self.limits, self.mode = uid, limits, mode
        self.base = tempfile.mkdtemp(prefix="bimtek-kotak-")
        os.chmod(self.base, 0o711)
        self.ipc_dir = os.path.join(self.base, "ipc")
        os.mkdir(self.ipc_dir)
        # writable by the sandbox uid while the kernel binds its sockets; `lock()` closes it
        os.chmod(self.ipc_dir, 0o1777 if mode == "root" else 0o700)
        self.stage = os.path.join(self.base, "berkas")
        os.mkdir(self.stage, 0o755)
        self.workdir = f"{HOME}/{session or 'kerja'}"
        self.files: dict[str, str] = {}
        self._stage_files(source_dir, allowed or [])

    def _stage_files(self, source_dir: str, allowed: list[str]) -> None:
        """Read-only copies of the allowed files beside the notebook (data files), never notebooks."""
        from course.instructor.grading.outcome import regular_file

        if not source_dir or not os.path.isdir(source_dir):
            return
        for relative in sorted(set(allowed)):
            parts = Path(relative).parts
            if (
                not parts
                or relative.endswith(".ipynb")
                or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
            ):
                continue
            src = regular_file(Path(source_dir), parts)
            if src is None:
                continue
            dst = os.path.join(self.stage, *parts)
            os.makedirs(os.path.dirname(dst), mode=0o755, exist_ok=True)
            shutil.copyfile(src, dst, follow_symlinks=False)
            os.chmod(dst, 0o644)
            self.files.setdefault(parts[0], os.path.join(self.stage, parts[0]))

    def command(self, kernel_cmd: list[str]) -> list[str]:
        """``kernel_cmd`` run in the sandbox: ``prlimit … -- bwrap … [-- setpriv …] -- kernel_cmd``."""
        args = [_tool("prlimit"), *self.limits.prlimit_args(), "--", _tool("bwrap"), *BWRAP_ISOLATION]
        if self.mode == "userns":
            args += ["--unshare-user", "--uid", str(self.uid), "--gid", str(self.uid), *USERNS_DROP]
        args += _system_binds() + self._filesystem_args() + ["--clearenv"]
        for key, value in sorted(kernel_env(self.workdir).items()):
            args += ["--setenv", key, value]
        args += ["--chdir", self.workdir]
        if self.mode == "root":
            args += ["--", _tool("setpriv"), f"--reuid={self.uid}", f"--regid={self.uid}", *SETPRIV_DROP]
        return [*args, "--", *kernel_cmd]

    def _filesystem_args(self) -> list[str]:
        """/proc, /dev, private /tmp and home (tmpfs), the read-only paths, the IPC folder, the working
        folder with the staged files (read-only), and the grader's matplotlib font cache (read-only)."""
        mb = 1024 * 1024
        args = ["--proc", "/proc", "--dev", "/dev"]
        args += ["--perms", "1777", "--size", str(self.limits.tmp_mb * mb), "--tmpfs", "/tmp"]
        args += ["--perms", "0755", "--dir", "/home"]
        args += ["--perms", "0777", "--size", str(self.limits.home_mb * mb), "--tmpfs", HOME]
        existing = {*MADE_BY_BWRAP, HOME}
        ro_paths = python_paths()
        args += _dirs_for(ro_paths, existing)
        for path in ro_paths:
            args += ["--ro-bind", path, path]
        args += _dirs_for([self.ipc_dir], existing) + ["--bind", self.ipc_dir, self.ipc_dir]
        args += ["--perms", "0777", "--dir", self.workdir]
        for name, host in sorted(self.files.items()):
            args += ["--ro-bind", host, f"{self.workdir}/{name}"]
        config = f"{HOME}/.config"
        args += ["--perms", "0777", "--dir", config, "--perms", "0777", "--dir", f"{config}/matplotlib"]
        for font_cache in _matplotlib_font_caches():
            args += ["--ro-bind", font_cache, f"{config}/matplotlib/{os.path.basename(font_cache)}"]
        return args

    def give(self, path: str) -> None:
        """Let the sandbox uid read a file of the host side (the connection file)."""
        if self.mode == "root":
            os.chown(path, self.uid, self.uid)
        os.chmod(path, 0o400)

    def lock(self) -> None:
        """Once the kernel is listening, no new file can be made in the IPC folder."""
        if self.mode == "root":
            os.chmod(self.ipc_dir, 0o711)

    def remove(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


def uid_processes(uid: int) -> list[int]:
    """Live processes whose owner is ``uid`` (zombies excluded)."""
    found = []
    with os.scandir("/proc") as entries:
        for entry in entries:
            if not entry.name.isdigit():
                continue
            try:
                if entry.stat().st_uid != uid:
                    continue
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    state = handle.read().rsplit(b")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if state not in (b"Z", b"X"):
                found.append(int(entry.name))
    return found


def _start_time(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return int(handle.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return 1 << 62


def safe_python(cmd: list[str]) -> list[str]:
    """A Python kernel command with ``-P -s``: nothing is imported from the working folder or a
    user site folder, whatever the kernelspec says (``PYTHONSAFEPATH`` is set as well)."""
    if cmd and os.path.basename(cmd[0]).startswith("python") and "-P" not in cmd[1:3]:
        return [cmd[0], "-P", "-s", *cmd[1:]]
    return cmd


@dataclass(frozen=True)
class KernelExit:
    """How a sandboxed kernel ended: its exit status (None: still running 5 s after it was stopped)."""

    returncode: int | None


class SandboxKernelManager(AsyncKernelManager):
    """Starts the kernel inside bubblewrap and prlimit; talks to it over IPC sockets.

    Once the kernel's resources are cleaned up, ``kernel_exit`` says how it ended, for whoever used
    this manager (the grading worker explains a dead kernel with it: ``grading.reasons.describe_exit``).
    """

    sandbox_uid = Integer(UID_BASE, help="uid the sandboxed kernel runs as (root only)").tag(config=True)
    sandbox_mode = Unicode("root", help="root (setpriv) or userns").tag(config=True)
    sandbox_limits = TDict({}, help="Limits fields, e.g. {'memory_mb': 2048}").tag(config=True)
    sandbox_session = Unicode("", help="name of the working folder inside the sandbox").tag(config=True)
    sandbox_files = TList(Unicode(), help="files (relative paths) staged beside the notebook").tag(config=True)

    _box: Box | None = None
    _log = None
    kernel_exit: KernelExit | None = None

    async def _async_pre_start_kernel(self, **kw):
        limits = Limits(**self.sandbox_limits)
        self._box = Box(
            kw.get("cwd") or "",
            self.sandbox_uid,
            limits,
            self.sandbox_mode,
            self.sandbox_session,
            allowed=list(self.sandbox_files),
        )
        self.transport = "ipc"
        self.ip = os.path.join(self._box.ipc_dir, "k")
        self.connection_file = os.path.join(self._box.ipc_dir, "kernel.json")
        kw["cwd"] = self._box.base
        return await super()._async_pre_start_kernel(**kw)

    def write_connection_file(self, **kwargs) -> None:
        super().write_connection_file(**kwargs)
        if self._box is not None and os.path.exists(self.connection_file):
            self._box.give(self.connection_file)

    def format_kernel_cmd(self, extra_arguments=None) -> list[str]:
        cmd = safe_python(super().format_kernel_cmd(extra_arguments))
        return self._box.command(cmd) if self._box is not None else cmd

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        # bwrap sets the kernel's whole environment itself (--clearenv/--setenv)
        kw["env"] = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        # the kernel's own stdout/stderr (not the notebook's output) go to a file of the box,
        # bounded by the file-size limit, so that they fill neither the grader's log nor its pipes
        self._log = open(os.path.join(self._box.base, "kernel.log"), "wb")
        kw["stdout"] = kw["stderr"] = self._log
        kw["stdin"] = subprocess.DEVNULL
        await super()._async_launch_kernel(kernel_cmd, **kw)

    async def _async_interrupt_kernel(self) -> None:
        # A signal would reach bubblewrap, not the kernel: ask the kernel itself (it sends
        # SIGINT to its own process group inside the sandbox).
        if self.has_kernel:
            msg = self.session.msg("interrupt_request", content={})
            self._connect_control_socket()
            self.session.send(self._control_socket, msg)
        else:
            raise RuntimeError("Cannot interrupt kernel. No kernel is running!")

    _kernel_pid: int | None = None

    def lock_sandbox(self) -> None:
        """Called once the kernel answers: close the IPC folder, remember the kernel's pid."""
        if self._box is None:
            return
        self._box.lock()
        if self.sandbox_mode == "root":
            pids = uid_processes(self.sandbox_uid)
            self._kernel_pid = min(pids, key=_start_time) if pids else None

    def sweep(self) -> int:
        """Stop every process of the sandbox except the kernel itself; return how many.

        Only with a uid of its own (root mode): in user-namespace mode the uid is the grader's.
        """
        if self._box is None or self.sandbox_mode != "root" or self._kernel_pid is None:
            return 0
        stopped = 0
        for _ in range(5):  # a fork bomb may refill while we stop it
            others = [pid for pid in uid_processes(self.sandbox_uid) if pid != self._kernel_pid]
            if not others:
                break
            for pid in others:
                try:
                    os.kill(pid, signal.SIGKILL)
                    stopped += 1
                except (ProcessLookupError, PermissionError):
                    pass
        return stopped

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        process = getattr(self.provisioner, "process", None) if self.provisioner else None
        if process is not None:
            try:
                code = process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
            self.kernel_exit = KernelExit(code)
        if self._log is not None:
            self._log.close()
            self._log = None
        try:
            await super()._async_cleanup_resources(restart=restart)
        finally:
            if self._box is not None and not restart:
                self._box.remove()
                self._box = None

    # AsyncKernelManager binds its public coroutine names to the base functions: rebind ours.
    pre_start_kernel = _async_pre_start_kernel
    _launch_kernel = _async_launch_kernel
    interrupt_kernel = _async_interrupt_kernel
    cleanup_resources = _async_cleanup_resources
