"""The supervisor's view of its process tree (from ``/proc``): what to stop, what to reap.

The supervisor becomes the subreaper of everything its workers and their kernels start,
so a process a participant leaves behind (a daemon, a double fork) ends up its child and is
stopped and collected, never left running.
"""

from __future__ import annotations

import ctypes
import os
import signal


def become_subreaper() -> None:
    """Orphans of workers and kernels become our children, so none is left behind."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    except OSError:
        pass


def children_map() -> dict[int, list[int]]:
    """parent pid -> child pids, for every process (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode("utf-8", "replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    return children


def subtree(children: dict[int, list[int]], pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    found, stack = [pid], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def orphans(children: dict[int, list[int]], keep: set[int]) -> list[int]:
    """Our descendants, except the subtrees of ``keep`` (live workers, children we had before)."""
    found = []
    for child in children.get(os.getpid(), []):
        if child not in keep:
            found += subtree(children, child)
    return found


def kill_all(pids: list[int]) -> None:
    """SIGKILL every process of ``pids`` (one already gone is skipped)."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def reap_orphans(keep: set[int]) -> None:
    """Collect exited orphans (we are their subreaper) without touching our own workers."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None or info.si_pid == 0 or info.si_pid in keep:
            return
        try:
            os.waitpid(info.si_pid, os.WNOHANG)
        except ChildProcessError:
            return


# -- one run per course at a time ------------------------------------------------------------------------
LOCK_NAME = "autograde.lock"


class Busy(Exception):
    """Another ``bimtek autograde`` holds the course's lock (``holder``: what it wrote in the lock file)."""

    def __init__(self, holder: str):
        super().__init__(holder)
        self.holder = holder


class CourseLock:
    """An exclusive ``flock`` on ``<course>/.bimtek/autograde.lock`` while a run grades the course.

    A second run refuses at once (:class:`Busy`) instead of interleaving with the first; the lock
    goes with the process that holds it, so a run killed with ``kill -9`` never leaves it behind.
    """

    def __init__(self, root):
        import fcntl

        folder = os.path.join(str(root), ".bimtek")
        os.makedirs(folder, exist_ok=True)
        self.path = os.path.join(folder, LOCK_NAME)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(self.fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(self.fd)
            raise Busy(holder) from None
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"pid {os.getpid()}".encode(), 0)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.release()


# -- which `course` package --------------------------------------------------------------------------------
def installed_course() -> str | None:
    """The folder of the ``course`` package Python imports when the working folder is not on ``sys.path``
    (``python -P``): the installed one, which the workers import and the sandbox binds."""
    import subprocess
    import sys

    probe = "import course, os; print(os.path.dirname(os.path.realpath(course.__file__)))"
    try:
        proc = subprocess.run([sys.executable, "-P", "-c", probe], cwd="/", capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (proc.stdout.strip() or None) if proc.returncode == 0 else None
