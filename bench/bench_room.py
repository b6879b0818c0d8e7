"""Benchmark: a room of participants working at once on the real hub (``python bench/run.py --only room``).

    python bench/bench_room.py --peserta 40 --menit 10     # writes bench/results/room.json and RESULTS.md

tools/hubkit.py starts the course's JupyterHub (deploy/jupyterhub_config.py) on loopback with N participants
and one instructor, each a Unix account. The class, for D minutes (bench/room_participant.py):

* participants log in through the hub's login form at staggered times (spread over the first quarter of
  the class, at most 2 minutes), start their server with the start page, open JupyterLab, fetch session
  02 with the Assignment List and open it; then each runs the next cell every 20-40 s (seeded random),
  typing the model answer into answer cells, saves every minute (``PUT /api/contents``, read back at once),
  submits half-way through (a random moment between 40 % and 60 % of the class) and again at the end;
* the instructor released the session with the formgrader before the class and, every quarter of the
  class, collects and grades in a terminal as the grader account, as deploy/README.md says:
  ``bimtek collect SESI`` then ``bimtek autograde SESI``; once more after the class.

Figures (every one measured, none estimated):

* ``server_start_s``: spawn form posted to the hub reporting the server ready, p50 and p95;
* ``cell_latency_s``: ``execute_request`` sent to ``execute_reply`` received, over every cell run, p50/p95;
* ``memory_mb``: per participant, the largest sum of RSS of their processes (single-user server + kernel),
  sampled every 5 s; p50 and max over participants (RSS counts shared libraries once per process, so this
  overstates what a machine needs a little);
* ``hub_cpu``: CPU seconds (user + system) of the hub process and of configurable-http-proxy over the
  class, divided by its wall time (cores busy), also per participant; ``participant_cpu`` likewise for each
  participant's processes, and ``grading_cpu_s`` for the instructor's commands;
* ``lost_saves``: saves whose ``PUT`` failed or whose content read back differed, plus participants whose
  notebook at the end differs from their last save; must be 0;
* ``failed_submissions``: participants whose submit call failed, who have no submission in the exchange's
  inbound with the time of their last submit, whose last submission the instructor's ``bimtek collect`` did
  not collect, whose collected notebook differs from their last save, or whom autograde did not grade;
  must be 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pwd
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

SESSION = "02-analisis-engagement"
SEED = 20261202
CELL_EVERY = (20.0, 40.0)
SAVE_EVERY = 60.0
DEFAULT_PESERTA, DEFAULT_MENIT = 40, 10

from room_measure import Sampler, cpu_by_user, cpu_seconds, cpu_ticks, hub_processes, percentile  # noqa: E402


def answers() -> dict[str, str]:
    import nbformat

    from tests.cohorts import perfect_answers

    return perfect_answers(nbformat.read(ROOT / "source" / SESSION / f"{SESSION}.ipynb", as_version=4))


class Instructor:
    """The instructor's side: release through the formgrader, collect and grade as the grader account."""

    def __init__(self, hub):
        from tools.hubkit import COURSE_ID

        self.hub, self.course_id = hub, COURSE_ID
        self.fg = f"/services/{COURSE_ID}/formgrader"
        self.token = hub.user_token(hub.instructors[0])
        self.rounds: list[dict] = []
        self.cpu_s = 0.0

    def release(self) -> None:
        """Before the class: the participants into the gradebook (`bimtek roster import`), the session released."""
        roster = self.hub.base / "roster-buku-nilai.csv"
        rows = ["id,nama_depan,nama_belakang,email,kabupaten"] + [
            f"{user},Peserta,{user.rsplit('-', 1)[-1]},{user}@contoh.go.id,Kabupaten Contoh"
            for user in self.hub.participants
        ]
        roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
        roster.chmod(0o644)
        imported = self.bimtek("roster", "import", str(roster))
        if imported.returncode != 0:
            raise RuntimeError(f"bimtek roster import: {imported.stdout[-1000:]} {imported.stderr[-1000:]}")
        for action in ("assign", "release"):
            result = self.hub.post(f"{self.fg}/api/assignment/{SESSION}/{action}", self.token)
            if result.status_code != 200 or not result.json().get("success"):
                raise RuntimeError(f"formgrader {action}: {result.status_code} {result.text[:1000]}")

    def bimtek(self, *args: str) -> subprocess.CompletedProcess:
        """``bimtek ARGS`` in the course folder as the grader account, as in deploy/README.md."""
        entry = pwd.getpwnam(self.hub.grader)
        python = self.hub.bin / "python"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(
            ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--init-groups"]
            + [str(python), "-m", "course.instructor.cli", *args],
            cwd=self.hub.course_dir,
            env={
                "HOME": str(self.hub.course_dir),
                "PATH": f"{self.hub.bin}:/usr/bin:/bin",
                "BIMTEK_EXCHANGE": str(self.hub.exchange),
                "PYTHONWARNINGS": "ignore",
            },
            capture_output=True,
            text=True,
            timeout=1800,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu_s += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return proc

    def collect_and_grade(self, label: str) -> dict:
        started = time.perf_counter()
        collect = self.bimtek("collect", SESSION)
        collected = {
            line.split()[1]: line.split("inbound/")[1].rstrip(")")
            for line in collect.stdout.splitlines()
            if line.startswith("Dikumpulkan: ")
        }
        grade = self.bimtek("autograde", SESSION) if collected else None  # nothing new: nothing to grade
        row = {
            "round": label,
            "collected": collected,
            "collect_rc": collect.returncode,
            "autograde_rc": None if grade is None else grade.returncode,
            "seconds": round(time.perf_counter() - started, 2),
            "stderr": "\n".join(p.stderr[-800:] for p in (collect, grade) if p is not None and p.returncode),
        }
        self.rounds.append(row)
        return row

    def submissions(self) -> dict[str, dict]:
        listed = self.hub.get(f"{self.fg}/api/submissions/{SESSION}", self.token)
        listed.raise_for_status()
        return {row["student"]: row for row in listed.json()}


def schedule(n: int, minutes: float, seed: int) -> dict:
    """Login times, half-way submits and the class's end, as offsets in seconds from the start."""
    import random

    rng = random.Random(seed)
    length = minutes * 60
    window = min(120.0, length / 4)
    return {
        "length_s": length,
        "login": [window * i / max(1, n - 1) if n > 1 else 0.0 for i in range(n)],
        "mid_submit": [rng.uniform(0.4, 0.6) * length for _ in range(n)],
        "end_early": [rng.uniform(0.0, min(30.0, length / 10)) for _ in range(n)],
        "grade_rounds": [length * k / 4 for k in (1, 2, 3)],
    }


def _participant(p, login_at: float, mid_at: float, end_at: float) -> None:
    time.sleep(max(0.0, login_at - time.time()))
    try:
        p.login_and_start()
        p.open_session()
        p.work(mid_at, end_at, CELL_EVERY, SAVE_EVERY)
    except Exception as error:
        import traceback

        where = traceback.extract_tb(error.__traceback__)[-1]
        p.record.errors.append(f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})")


def _instructor_rounds(instructor: Instructor, at: list[float], done: threading.Event) -> None:
    for k, when in enumerate(at, 1):
        if done.wait(max(0.0, when - time.time())):
            return
        instructor.collect_and_grade(f"kelas-{k}")


def run_class(hub, n: int, minutes: float, seed: int) -> dict:
    """Drive the room on a running hub; return the raw observations."""
    from room_participant import Participant

    from tools.hubkit import COURSE_ID

    plan = schedule(n, minutes, seed)
    instructor = Instructor(hub)
    instructor.release()
    model = answers()
    people = [
        Participant(hub, user, hub.passwords[user], SESSION, COURSE_ID, model, seed + i)
        for i, user in enumerate(hub.participants)
    ]
    uids = {pwd.getpwnam(u).pw_uid: u for u in hub.participants}
    sampler = Sampler({**uids, pwd.getpwnam(hub.grader).pw_uid: hub.grader})
    procs = hub_processes(hub)
    cpu_before, ticks_before, t0 = cpu_seconds(procs), cpu_ticks(), time.time()
    end = t0 + plan["length_s"]
    sampler.start()
    threads = [
        threading.Thread(
            target=_participant,
            args=(p, t0 + plan["login"][i], t0 + plan["mid_submit"][i], end - plan["end_early"][i]),
            daemon=True,
        )
        for i, p in enumerate(people)
    ]
    done = threading.Event()
    grader = threading.Thread(
        target=_instructor_rounds, args=(instructor, [t0 + s for s in plan["grade_rounds"]], done), daemon=True
    )
    for thread in [*threads, grader]:
        thread.start()
    for thread in threads:
        thread.join(timeout=plan["length_s"] + 900)
    done.set()
    grader.join()
    wall = time.time() - t0
    cpu_after, participant_cpu, ticks_after = cpu_seconds(procs), cpu_by_user(uids), cpu_ticks()
    for p in people:
        if p.record.last_saved is not None:
            p.check_saved("akhir kelas")
        p.close()
    final = instructor.collect_and_grade("sesudah-kelas")
    sampler.stop.set()
    sampler.join()
    return {
        "plan": plan,
        "wall_s": wall,
        "records": [p.record for p in people],
        "memory_mb": sampler.peak_mb,
        "hub_cpu_s": {k: cpu_after[k] - cpu_before[k] for k in cpu_after},
        "hub_rss_mb": {k: p.memory_info().rss / 2**20 for k, p in procs.items()},
        "participant_cpu_s": participant_cpu,
        "machine_busy": (ticks_after[0] - ticks_before[0]) / max(1, ticks_after[1] - ticks_before[1]),
        "instructor": instructor,
        "final": final,
        "submissions": instructor.submissions(),
    }


def failed_submissions(hub, observed: dict) -> dict[str, str]:
    """Participants whose last submission did not reach the gradebook intact, with the reason."""
    from room_participant import sources

    from tools.hubkit import COURSE_ID

    inbound = hub.exchange / COURSE_ID / "inbound"
    collected_folders: dict[str, set[str]] = {}
    for row in observed["instructor"].rounds:
        for user, folder in row["collected"].items():
            collected_folders.setdefault(user, set()).add(folder)
    failed = {}
    for record in observed["records"]:
        user = record.user
        folders = sorted(p.name for p in inbound.glob(f"{user}+{SESSION}+*"))
        collected = hub.course_dir / "submitted" / user / SESSION / f"{SESSION}.ipynb"
        row = observed["submissions"].get(user, {})
        if len(record.submits) < 2 or not all(s["ok"] for s in record.submits):
            failed[user] = f"submit: {record.submits} {record.errors}"
        elif len(folders) != len(record.submits):
            failed[user] = f"inbound has {len(folders)} submissions for {len(record.submits)} submits"
        elif folders[-1] not in collected_folders.get(user, set()):
            failed[user] = f"bimtek collect did not collect {folders[-1]}"
        elif not collected.is_file() or sources(json.loads(collected.read_text())) != record.last_saved:
            failed[user] = "the collected notebook is not the last save"
        elif not row.get("autograded") or row.get("score") is None:
            failed[user] = f"not graded: {row}"
    return failed


def figures(hub, observed: dict) -> dict:
    records = observed["records"]
    n, wall = len(records), observed["wall_s"]
    starts = [r.start_s for r in records if r.start_s is not None]
    latencies = [c["latency_s"] for r in records for c in r.cells]
    memory = [observed["memory_mb"][r.user] for r in records]
    grader_mb = observed["memory_mb"].get(hub.grader)
    hub_cpu = observed["hub_cpu_s"]
    participant_cpu = [observed["participant_cpu_s"].get(r.user, 0.0) for r in records]
    failed = failed_submissions(hub, observed)
    lost = [f"{r.user}: {x}" for r in records for x in r.lost_saves]

    def rounded(value, digits=2):
        return None if value is None else round(value, digits)

    return {
        "participants": n,
        "minutes": round(observed["plan"]["length_s"] / 60, 2),
        "wall_s": round(wall, 1),
        "server_start_s": {
            "p50": rounded(percentile(starts, 50)),
            "p95": rounded(percentile(starts, 95)),
            "max": rounded(max(starts, default=None)),
            "n": len(starts),
        },
        "cell_latency_s": {
            "p50": rounded(percentile(latencies, 50), 3),
            "p95": rounded(percentile(latencies, 95), 3),
            "max": rounded(max(latencies, default=None), 3),
            "n": len(latencies),
        },
        "cells_per_participant": {r.user: len(r.cells) for r in records},
        "cells_not_ok": sum(1 for r in records for c in r.cells if c["status"] != "ok"),
        "memory_mb": {"p50": rounded(percentile(memory, 50), 1), "max": rounded(max(memory, default=None), 1)},
        "hub_cpu": {
            "hub_s": rounded(hub_cpu.get("hub")),
            "proxy_s": rounded(hub_cpu.get("proxy")),
            "cores": rounded(sum(hub_cpu.values()) / wall, 4),
            "cores_per_participant": rounded(sum(hub_cpu.values()) / wall / max(1, n), 5),
        },
        "hub_rss_mb": {k: round(v, 1) for k, v in observed["hub_rss_mb"].items()},
        "grader_peak_mb": rounded(grader_mb, 1),
        "participant_cpu": {
            "cores_p50": rounded(percentile([c / wall for c in participant_cpu], 50), 4),
            "cores_total": rounded(sum(participant_cpu) / wall, 3),
        },
        "grading": {"cpu_s": round(observed["instructor"].cpu_s, 1), "rounds": observed["instructor"].rounds},
        "machine_busy": round(observed["machine_busy"], 3),
        "saves": sum(r.saves for r in records),
        "lost_saves": len(lost),
        "lost_save_details": lost[:20],
        "submissions": sum(len(r.submits) for r in records),
        "failed_submissions": len(failed),
        "failed_submission_details": failed,
        "errors": {r.user: r.errors for r in records if r.errors},
    }


def measure(n: int = DEFAULT_PESERTA, minutes: float = DEFAULT_MENIT, seed: int = SEED) -> dict:
    """Start the hub with ``n`` participants and one instructor, run the class, return the figures."""
    from bench.run import machine
    from tools.hubkit import BimtekHub, requirements_missing

    result = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "session": SESSION,
        "seed": seed,
        "model": {"cell_every_s": list(CELL_EVERY), "save_every_s": SAVE_EVERY, "submits": "half-way and at the end"},
    }
    missing = requirements_missing()
    if missing:
        return {**result, "skipped": missing}
    names = [f"p{i:02d}" for i in range(1, n + 1)]
    with BimtekHub(names, ["instruktur"], prefix="bkroom", idle_timeout=3600) as hub:
        try:
            observed = run_class(hub, n, minutes, seed)
            result.update(figures(hub, observed))
        finally:
            if os.environ.get("BIMTEK_ROOM_LOG"):  # keep the hub's log (it goes with the hub's folder)
                Path(os.environ["BIMTEK_ROOM_LOG"]).write_text(hub.log(tail=10**8), encoding="utf-8")
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def run() -> dict:
    """``bench/run.py --only room``: the full room, N=40 for 10 minutes."""
    return measure()


def _num(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


def markdown(result: dict) -> list[str]:
    m = result["machine"]
    lines = [
        "## Satu kelas sekaligus di hub / a room under load (`bench/bench_room.py`)",
        "",
        f"Diukur {result['date']} pada {m['cpu']}, {m['cores']} core, {m['memory_gib']} GiB RAM; load average "
        f"sebelum {', '.join(map(str, result.get('load_average_before', [])))}.",
        "",
    ]
    if "skipped" in result:
        return lines + [f"Tidak diukur: {result['skipped']}.", ""]
    s, c, mem, hub = result["server_start_s"], result["cell_latency_s"], result["memory_mb"], result["hub_cpu"]
    lines += [
        f"{result['participants']} peserta dan satu instruktur di JupyterHub sungguhan (`deploy/jupyterhub_config.py`) "
        f"selama {_num(result['minutes'], 0)} menit, sesi `{result['session']}`. Peserta masuk lewat formulir login "
        "secara bergiliran (dua menit pertama), memulai server, mengambil sesi lewat Assignment List, menjalankan satu "
        "sel setiap 20–40 detik, menyimpan setiap menit, dan mengirim di tengah dan di akhir kelas; instruktur "
        "menjalankan `bimtek collect` dan `bimtek autograde` setiap seperempat kelas dan sekali lagi sesudahnya.",
        "",
        "| Ukuran | Nilai |",
        "|---|---|",
        f"| Start server (p50 / p95 / maks, {s['n']} server) | {_num(s['p50'])} / {_num(s['p95'])} / {_num(s['max'])} s |",
        f"| Latensi sel, execute_request → execute_reply (p50 / p95 / maks, {c['n']} sel) | "
        f"{_num(c['p50'], 3)} / {_num(c['p95'], 3)} / {_num(c['max'], 3)} s |",
        f"| Memori per peserta, server + kernel, puncak RSS (p50 / maks) | {_num(mem['p50'], 0)} / {_num(mem['max'], 0)} MB |",
        f"| CPU hub + proxy (core rata-rata; per peserta) | {_num(hub['cores'], 3)}; {_num(hub['cores_per_participant'], 4)} |",
        f"| CPU peserta, server + kernel (core, semua peserta; p50 per peserta) | "
        f"{_num(result['participant_cpu']['cores_total'], 3)}; {_num(result['participant_cpu']['cores_p50'], 4)} |",
        f"| CPU penilaian instruktur (collect + autograde, {len(result['grading']['rounds'])} putaran) | "
        f"{_num(result['grading']['cpu_s'], 1)} s |",
        f"| Mesin sibuk selama kelas (semua proses, /proc/stat) | {_num(result['machine_busy'] * 100, 0)} % |",
        f"| Sel yang tidak `ok` | {result['cells_not_ok']} |",
        f"| Simpanan hilang (dari {result['saves']}) | **{result['lost_saves']}** |",
        f"| Kiriman gagal (dari {result['submissions']}) | **{result['failed_submissions']}** |",
        "",
        "Cara mengukur: lihat docstring `bench/bench_room.py`. Waktu adalah waktu dinding pada mesin ini; memori adalah "
        "RSS (pustaka bersama terhitung per proses, jadi sedikit berlebih).",
        "",
    ]
    lines += capacity_section(result)
    return lines


def capacity_section(result: dict) -> list[str]:
    sys.path.insert(0, str(ROOT / "deploy" / "kubernetes"))
    import kapasitas

    return kapasitas.machine_markdown(kapasitas.machine_sizing(result))


def write_results(result: dict, out: Path = ROOT / "bench") -> None:
    """bench/results/room.json, then RESULTS.md rebuilt from every benchmark's JSON as bench/run.py does."""
    from bench.run import extra_benchmarks, write_markdown

    results = out / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "room.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report = json.loads((results / "notebooks.json").read_text(encoding="utf-8"))
    sections = []
    for topic, module in extra_benchmarks().items():
        target = results / f"{topic}.json"
        if target.exists():
            sections += [""] + module.markdown(json.loads(target.read_text(encoding="utf-8")))
    write_markdown(report, out / "RESULTS.md", sections)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ukur satu kelas yang bekerja sekaligus di JupyterHub.")
    parser.add_argument(
        "--peserta", type=int, default=DEFAULT_PESERTA, help=f"jumlah peserta (bawaan {DEFAULT_PESERTA})"
    )
    parser.add_argument("--menit", type=float, default=DEFAULT_MENIT, help=f"lama kelas (bawaan {DEFAULT_MENIT})")
    parser.add_argument("--benih", type=int, default=SEED, help="benih acak")
    parser.add_argument("--json", type=Path, help="tulis hasil ke berkas JSON ini saja (RESULTS.md tidak diubah)")
    args = parser.parse_args(argv)
    result = measure(args.peserta, args.menit, args.benih)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    else:
        write_results(result)
    print(text)
    ok = "skipped" not in result and not result["lost_saves"] and not result["failed_submissions"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
