"""Measuring a room (bench/bench_room.py): memory and CPU per Unix account, the hub's processes, percentiles."""

from __future__ import annotations

import threading
from pathlib import Path

SAMPLE_EVERY = 5.0


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(-(-q * len(ordered) // 100)))
    return ordered[min(rank, len(ordered)) - 1]


class Sampler(threading.Thread):
    """Every few seconds: each account's total RSS (max kept), until stopped."""

    def __init__(self, uids: dict[int, str]):
        super().__init__(daemon=True)
        self.uids, self.peak_mb = uids, {name: 0.0 for name in uids.values()}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak_mb = merge_peaks(self.peak_mb, rss_by_user(self.uids))
            self.stop.wait(SAMPLE_EVERY)


def rss_by_user(uids: dict[int, str]) -> dict[str, float]:
    import psutil

    total: dict[str, float] = {}
    for proc in psutil.process_iter(["uids", "memory_info"]):
        try:
            name = uids.get(proc.info["uids"].real)
            if name and proc.info["memory_info"]:
                total[name] = total.get(name, 0.0) + proc.info["memory_info"].rss / 2**20
        except (psutil.Error, AttributeError):
            pass
    return total


def merge_peaks(peaks: dict[str, float], sample: dict[str, float]) -> dict[str, float]:
    return {name: max(value, sample.get(name, 0.0)) for name, value in peaks.items()}


def cpu_by_user(uids: dict[int, str]) -> dict[str, float]:
    """CPU seconds (user + system) each account's live processes have used since they started."""
    import psutil

    total: dict[str, float] = {}
    for proc in psutil.process_iter(["uids", "cpu_times"]):
        try:
            name = uids.get(proc.info["uids"].real)
            if name and proc.info["cpu_times"]:
                total[name] = total.get(name, 0.0) + proc.info["cpu_times"].user + proc.info["cpu_times"].system
        except (psutil.Error, AttributeError):
            pass
    return total


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def hub_processes(hub) -> dict[str, object]:
    import psutil

    found = {"hub": psutil.Process(hub.proc.pid)}
    for child in found["hub"].children(recursive=True):
        try:
            if "configurable-http-proxy" in " ".join(child.cmdline()):
                found["proxy"] = child
        except psutil.Error:
            pass
    return found


def cpu_seconds(procs: dict[str, object]) -> dict[str, float]:
    return {name: p.cpu_times().user + p.cpu_times().system for name, p in procs.items()}
