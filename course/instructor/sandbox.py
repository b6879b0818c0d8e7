"""A sandbox for participants' code while nbgrader grades it.

nbgrader runs a submission's code as the grading user, next to the solutions
and the gradebook, with no limits (its FAQ; issue #1429). Here the kernel that
runs a submission is started inside bubblewrap (Debian's ``bubblewrap``) and
under ``prlimit`` (util-linux), and nbgrader talks to it over IPC sockets, so
the kernel needs no network at all:

* its own, empty network namespace: no network, not even 127.0.0.1;
* its own PID namespace: it sees only its own processes, cannot signal the
  grader, and every process it starts dies with the kernel;
* a filesystem built from a short allow-list, read-only: the operating system
  (``/usr``, ``/etc``), the Python environment and the ``course`` package. The
  course folder itself (``source/``, ``submitted/``, ``autograded/``, the
  gradebook, other participants' work) is simply not there;
* a private working folder (``/home/peserta/<session>``, a size-limited tmpfs)
  holding read-only copies of the files beside the submission, and a private,
  size-limited ``/tmp``;
* an unprivileged user of its own (a uid per grading slot, no capabilities,
  ``no_new_privs``), so limits on processes apply and setuid programs do not
  raise privileges;
* limits on address space (memory), CPU time, processes and threads, file size
  and open files (``prlimit``);
* a clean environment: no variable of the grader (database URL, tokens) leaks in.

``SandboxKernelManager`` is a ``jupyter_client`` kernel manager that starts the
kernel this way; ``SandboxExecute`` is nbgrader's ``Execute`` preprocessor using
it. Everything else (preprocessors, scores, feedback) is nbgrader's own.

Running as root uses bubblewrap without a user namespace and drops to the
sandbox uid with ``setpriv``; running as another user uses bubblewrap's user
namespace (the kernel then keeps that user's uid outside the sandbox).
See ``docs/instruktur/penilaian.md`` for what this does and does not protect.
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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Dict as TDict
from traitlets import Integer, Unicode

# A uid per grading slot, from a range Debian reserves (65000-65533) and that no
# account uses; a lock file per uid keeps two concurrent runs from sharing one.
UID_BASE = int(os.environ.get("BIMTEK_SANDBOX_UID_BASE", "65100"))
UID_COUNT = 256
HOME = "/home/peserta"
# Environment variables a kernel may inherit from the grader (values, not secrets).
ENV_PASSTHROUGH = ("LANG", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "TZ", "PYTHONWARNINGS",
                   "PYTHONHASHSEED", "PYDEVD_DISABLE_FILE_VALIDATION")
# One thread per numeric library: the process limit counts threads too.
# (No MPLBACKEND: ipykernel sets its inline backend, as in a kernel nbgrader starts itself.)
ENV_FIXED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
             "NUMEXPR_MAX_THREADS": "1", "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandboxed kernel (all of them per kernel)."""

    memory_mb: int = 2048       # address space (RLIMIT_AS): a larger allocation raises MemoryError
    cpu_s: int = 600            # CPU seconds (RLIMIT_CPU); the kernel is killed past it
    processes: int = 128        # processes and threads of the sandbox uid (RLIMIT_NPROC)
    file_mb: int = 64           # largest file it may write (RLIMIT_FSIZE)
    open_files: int = 256       # open files (RLIMIT_NOFILE)
    home_mb: int = 256          # size of the private working folder (tmpfs)
    tmp_mb: int = 256           # size of the private /tmp (tmpfs)

    def prlimit_args(self) -> list[str]:
        mb = 1024 * 1024
        return [f"--as={self.memory_mb * mb}", f"--cpu={self.cpu_s}:{self.cpu_s + 5}",
                f"--nproc={self.processes}", f"--fsize={self.file_mb * mb}",
                f"--nofile={self.open_files}", "--core=0"]


@dataclass(frozen=True)
class Availability:
    """Whether a sandbox can be made here, how, and if not, why (in Indonesian)."""

    ok: bool
    mode: str = ""              # "root" (setpriv to a sandbox uid) or "userns" (not root)
    reason: str = ""
    tools: dict = field(default_factory=dict)


def _tool(name: str) -> str | None:
    override = os.environ.get(f"BIMTEK_{name.upper()}")
    if override is not None:
        return override if os.access(override, os.X_OK) else None
    return shutil.which(name, path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/bin", "/bin"]))


def python_paths() -> list[str]:
    """Read-only paths the kernel needs: the Python installation, the environment, ``course``."""
    import course

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             os.path.realpath(sys.prefix), os.path.realpath(sys.base_prefix),
             str(Path(course.__file__).resolve().parent)}
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


def bwrap_args(*, uid: int, limits: Limits, mode: str, ipc_dir: str, workdir: str,
               files: dict[str, str], env: dict[str, str], ro_paths: list[str]) -> list[str]:
    """The ``prlimit … bwrap …`` prefix that runs a command in the sandbox.

    ``files`` maps names inside ``workdir`` to host paths bound read-only there.
    """
    prlimit, bwrap = _tool("prlimit"), _tool("bwrap")
    args = [prlimit, *limits.prlimit_args(), "--", bwrap,
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--hostname", "kotak-pasir", "--die-with-parent", "--new-session"]
    if mode == "userns":
        args += ["--unshare-user", "--uid", str(uid), "--gid", str(uid), "--disable-userns",
                 "--cap-drop", "ALL"]
    args += _system_binds()
    existing = {"/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/tmp", "/home",
                "/proc", "/dev"}
    args += ["--proc", "/proc", "--dev", "/dev",
             "--perms", "1777", "--size", str(limits.tmp_mb * 1024 * 1024), "--tmpfs", "/tmp",
             "--perms", "0755", "--dir", "/home",
             "--perms", "0777", "--size", str(limits.home_mb * 1024 * 1024), "--tmpfs", HOME]
    existing.add(HOME)
    args += _dirs_for(ro_paths, existing)
    for path in ro_paths:
        args += ["--ro-bind", path, path]
    args += _dirs_for([ipc_dir], existing)
    args += ["--bind", ipc_dir, ipc_dir]
    args += ["--perms", "0777", "--dir", workdir]
    for name, host in sorted(files.items()):
        args += ["--ro-bind", host, f"{workdir}/{name}"]
    args += ["--perms", "0777", "--dir", f"{HOME}/.config", "--perms", "0777", "--dir", f"{HOME}/.config/matplotlib"]
    for font_cache in _matplotlib_font_caches():
        args += ["--ro-bind", font_cache, f"{HOME}/.config/matplotlib/{os.path.basename(font_cache)}"]
    args += ["--clearenv"]
    for key, value in sorted(env.items()):
        args += ["--setenv", key, value]
    args += ["--chdir", workdir]
    if mode == "root":
        args += ["--", _tool("setpriv"), f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                 "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"]
    args += ["--"]
    return args


@lru_cache(maxsize=1)
def _matplotlib_font_caches() -> tuple[str, ...]:
    """The grader's matplotlib font cache, lent read-only so kernels need not rebuild it."""
    base = os.environ.get("MPLCONFIGDIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "matplotlib")
    try:
        return tuple(sorted(str(p) for p in Path(base).glob("fontlist-*.json")))
    except OSError:
        return ()


def kernel_env(workdir: str) -> dict[str, str]:
    """The whole environment of a sandboxed kernel."""
    env = {k: os.environ[k] for k in ENV_PASSTHROUGH if k in os.environ}
    env.setdefault("LANG", "C.UTF-8")
    env.update(ENV_FIXED)
    env.update({"PATH": os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin", "/usr/bin", "/bin"]),
                "HOME": HOME, "USER": "peserta", "LOGNAME": "peserta", "TMPDIR": "/tmp",
                "MPLCONFIGDIR": f"{HOME}/.config/matplotlib", "PWD": workdir})
    return env


@lru_cache(maxsize=None)
def available() -> Availability:
    """Whether a sandbox can be made on this machine (tried for real, once per process)."""
    tools = {name: _tool(name) for name in ("bwrap", "prlimit", "setpriv")}
    if sys.platform != "linux":
        return Availability(False, reason="kotak pasir hanya tersedia di Linux", tools=tools)
    if not tools["bwrap"]:
        return Availability(False, reason="program bwrap tidak ditemukan (pasang paket Debian `bubblewrap`)",
                            tools=tools)
    if not tools["prlimit"]:
        return Availability(False, reason="program prlimit tidak ditemukan (paket `util-linux`)", tools=tools)
    mode = "root" if os.geteuid() == 0 else "userns"
    if mode == "root" and not tools["setpriv"]:
        return Availability(False, reason="program setpriv tidak ditemukan (paket `util-linux`)", tools=tools)
    uid = UID_BASE if mode == "root" else os.geteuid()
    with tempfile.TemporaryDirectory(prefix="bimtek-uji-kotak-") as tmp:
        ipc = os.path.join(tmp, "ipc")
        os.mkdir(ipc)
        cmd = bwrap_args(uid=uid, limits=Limits(), mode=mode, ipc_dir=ipc, workdir=f"{HOME}/uji", files={},
                         env=kernel_env(f"{HOME}/uji"), ro_paths=python_paths())
        probe = ("import os, socket\n"
                 "assert os.getuid() != 0 or os.environ.get('BIMTEK_PROBE_ROOT_OK')\n"
                 "s = socket.socket()\n"
                 "try:\n    s.connect(('127.0.0.1', 9)); print('NET')\n"
                 "except OSError:\n    print('OK', os.getuid())\n")
        try:
            proc = subprocess.run([*cmd, sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                                  cwd=tmp, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Availability(False, reason=f"bwrap tidak dapat dijalankan: {exc}", tools=tools)
    if proc.returncode != 0 or not proc.stdout.startswith("OK"):
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        why = detail[-1] if detail else f"kode keluar {proc.returncode}"
        return Availability(False, reason=f"bwrap gagal membuat kotak pasir di mesin ini ({why})", tools=tools)
    return Availability(True, mode=mode, tools=tools)


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


class Box:
    """The host side of one sandboxed kernel: a private folder with its IPC sockets."""

    def __init__(self, source_dir: str, uid: int, limits: Limits, mode: str, session: str):
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
        self._stage_files(source_dir)

    def _stage_files(self, source_dir: str) -> None:
        """Read-only copies of the files beside the notebook (data files), never the notebooks."""
        if not source_dir or not os.path.isdir(source_dir):
            return
        for entry in sorted(os.listdir(source_dir)):
            src = os.path.join(source_dir, entry)
            if entry.endswith(".ipynb") or entry.startswith(".") or os.path.islink(src):
                continue
            dst = os.path.join(self.stage, entry)
            if os.path.isdir(src):
                shutil.copytree(src, dst, symlinks=False, ignore=shutil.ignore_patterns("*.ipynb", ".*"))
                for dirpath, dirnames, filenames in os.walk(dst):
                    os.chmod(dirpath, 0o755)
                    for name in filenames:
                        os.chmod(os.path.join(dirpath, name), 0o644)
            elif os.path.isfile(src):
                shutil.copyfile(src, dst)
                os.chmod(dst, 0o644)
            else:
                continue
            self.files[entry] = dst

    def command(self, kernel_cmd: list[str]) -> list[str]:
        prefix = bwrap_args(uid=self.uid, limits=self.limits, mode=self.mode, ipc_dir=self.ipc_dir,
                            workdir=self.workdir, files=self.files, env=kernel_env(self.workdir),
                            ro_paths=python_paths())
        return prefix + kernel_cmd

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


# The exit status of the last sandboxed kernels of this process, for the grader's diagnosis.
EXITS: list[dict] = []


class SandboxKernelManager(AsyncKernelManager):
    """Starts the kernel inside bubblewrap and prlimit; talks to it over IPC sockets."""

    sandbox_uid = Integer(UID_BASE, help="uid the sandboxed kernel runs as (root only)").tag(config=True)
    sandbox_mode = Unicode("root", help="root (setpriv) or userns").tag(config=True)
    sandbox_limits = TDict({}, help="Limits fields, e.g. {'memory_mb': 2048}").tag(config=True)
    sandbox_session = Unicode("", help="name of the working folder inside the sandbox").tag(config=True)

    _box: Box | None = None
    _log = None

    async def _async_pre_start_kernel(self, **kw):
        limits = Limits(**self.sandbox_limits)
        self._box = Box(kw.get("cwd") or "", self.sandbox_uid, limits, self.sandbox_mode, self.sandbox_session)
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
        cmd = super().format_kernel_cmd(extra_arguments)
        return self._box.command(cmd) if self._box is not None else cmd

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        # bwrap sets the kernel's whole environment itself (--clearenv/--setenv)
        kw["env"] = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        # the kernel's own stdout/stderr (not the notebook's output) go to a file of the box,
        # bounded by the file-size limit, read back when the kernel dies
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
            tail = ""
            if self._box is not None:
                try:
                    with open(os.path.join(self._box.base, "kernel.log"), "rb") as handle:
                        handle.seek(0, os.SEEK_END)
                        handle.seek(max(0, handle.tell() - 4000))
                        tail = handle.read().decode("utf-8", "replace")
                except OSError:
                    pass
            EXITS.append({"returncode": code, "log": tail})
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


def describe_exit(code: int | None) -> tuple[str, str]:
    """(reason code, Indonesian reason) for a sandboxed kernel that stopped by itself."""
    if code is None:
        return "kernel_mati", "kernel berhenti mendadak"
    sig = code - 128 if code > 128 else (-code if code < 0 else 0)
    if sig == signal.SIGXCPU:
        return "batas_cpu", "kernel dihentikan karena melewati batas waktu CPU"
    if sig == signal.SIGXFSZ:
        return "batas_berkas", "kernel dihentikan karena menulis berkas melebihi batas ukuran"
    if sig in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
        return "batas_memori", "kernel mati (kemungkinan kehabisan memori atau galat pustaka)"
    if sig:
        return "kernel_mati", f"kernel mati karena sinyal {signal.Signals(sig).name}"
    return "kernel_mati", f"kernel berhenti sendiri (kode keluar {code}), misalnya karena os._exit()"

