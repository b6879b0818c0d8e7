"""Benchmark: the course on JupyterHub and in the browser (``python bench/run.py --only hub``).

* ``server_start_s``: a participant's single-user server on the real hub of
  ``deploy/jupyterhub_config.py`` (tools/hubkit.py), from the spawn request to ready;
  several starts, median and max;
* ``server_rss_mb``: resident memory of that idle single-user server (JupyterLab);
* per released session, in Chromium against JupyterLab (tools/browser.py): ``run_all_s``,
  the time from "Run All" to the last output, and ``kernel_peak_mb``, the kernel's peak
  resident memory (VmHWM) after Run All and poking every widget;
* ``per_participant_mb``: server + the largest kernel peak, what one participant with one
  session open uses; deploy/kubernetes/kapasitas.py sizes the Kubernetes requests from it.

The hub part needs root (it makes Unix accounts); without root it is left out and said so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTS = 3


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def _rss_mb(pid: int) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 2**20


def bench_hub_server() -> dict:
    from tools.hubkit import BimtekHub, requirements_missing

    missing = requirements_missing()
    if missing:
        return {"skipped": missing}
    with BimtekHub(["bench"], ["instruktur"], prefix="bkbench") as hub:
        user = hub.participants[0]
        starts, rss = [], []
        for _ in range(STARTS):
            starts.append(hub.start_server(user))
            time.sleep(2)  # let JupyterLab settle after its first requests
            procs = [p for p in hub.processes_of(user) if "jupyterhub-singleuser" in " ".join(p.cmdline())]
            rss.append(_rss_mb(procs[0].pid))
            hub.stop_server(user)
    return {
        "server_start_s": round(statistics.median(starts), 2),
        "server_start_max_s": round(max(starts), 2),
        "server_starts": [round(s, 2) for s in starts],
        "server_rss_mb": round(max(rss), 1),
    }


def bench_browser() -> list[dict]:
    from tools.browser import CHROMIUM, VIEWPORT, LabServer, chromium, prepare, released_sessions, run_session

    if not CHROMIUM.exists():
        return []
    rows = []
    with tempfile.TemporaryDirectory(prefix="bimtek-bench-") as tmp, LabServer(Path(tmp)) as lab, chromium() as browser:
        for session in released_sessions():
            path = prepare(session, Path(tmp))
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            kernels: list[str] = []
            try:
                found = run_session(page, lab, f"{session}/{path.name}")
                with urllib.request.urlopen(f"{lab.url}/api/sessions?token={lab.token}", timeout=10) as r:
                    kernels = [s["kernel"]["id"] for s in json.load(r) if s["path"].startswith(session)]
                peak = 0.0
                import psutil

                for proc in psutil.process_iter(["cmdline"]):
                    cmd = " ".join(proc.info["cmdline"] or [])
                    if "ipykernel_launcher" in cmd and any(k in cmd for k in kernels):
                        peak = max(peak, _peak_mb(proc.pid))
                rows.append(
                    {
                        "session": session,
                        "run_all_s": round(found["run_all_s"], 2),
                        "kernel_peak_mb": round(peak, 1),
                        "widgets": found["widgets"],
                        "charts": len(found["images"]) + found["svgs"],
                        "validate_ok": found["validate_ok"],
                    }
                )
                print(f"{session}: Run All {found['run_all_s']:.2f} s, kernel puncak {peak:.0f} MB")
            finally:
                context.close()
                # shut the session's kernel so the next session is measured alone
                for kernel in kernels:
                    req = urllib.request.Request(f"{lab.url}/api/kernels/{kernel}?token={lab.token}", method="DELETE")
                    try:
                        urllib.request.urlopen(req, timeout=10)
                    except OSError:
                        pass
    return rows


def run() -> dict:
    from bench.run import machine  # noqa: WPS433 - same folder when run through bench/run.py

    result = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    result["hub"] = bench_hub_server()
    result["sessions"] = bench_browser()
    headless = {}
    try:
        report = json.loads((ROOT / "bench" / "results" / "notebooks.json").read_text(encoding="utf-8"))
        headless = {r["session"]: r["peak_rss_mb"] for r in report["notebooks"]}
    except (OSError, ValueError, KeyError):
        pass
    kernel = max([r["kernel_peak_mb"] for r in result["sessions"]] + list(headless.values()) + [0.0])
    server = result["hub"].get("server_rss_mb", 0.0)
    result["kernel_peak_mb"] = round(kernel, 1)
    result["per_participant_mb"] = round(server + kernel, 1)
    return result


def markdown(result: dict) -> list[str]:
    sys.path.insert(0, str(ROOT / "deploy" / "kubernetes"))
    import kapasitas

    hub = result.get("hub", {})
    lines = [
        "## JupyterHub dan peramban / JupyterHub and the browser",
        "",
        f"Diukur / measured {result.get('date', '?')}; beban mesin (load average) saat mulai: "
        f"{', '.join(str(x) for x in result.get('load_average', []))} pada {result['machine']['cores']} core. "
        "Angka waktu pada mesin yang sibuk terlalu tinggi; memori hampir tidak terpengaruh.",
        "",
    ]
    if "skipped" in hub:
        lines += [f"Server hub tidak diukur: {hub['skipped']}.", ""]
    else:
        lines += [
            "| Ukuran | Nilai |",
            "|---|---|",
            f"| Start server peserta di JupyterHub (median dari {len(hub['server_starts'])}) | "
            f"{hub['server_start_s']:.2f} s (maks {hub['server_start_max_s']:.2f} s) |",
            f"| Memori server peserta (JupyterLab, tanpa kernel) | {hub['server_rss_mb']:.0f} MB |",
            f"| Memori puncak kernel terbesar (peramban dan tanpa tampilan) | {result['kernel_peak_mb']:.0f} MB |",
            f"| Memori per peserta (server + satu kernel) | {result['per_participant_mb']:.0f} MB |",
            "",
        ]
    if result.get("sessions"):
        lines += [
            "| Sesi | Run All sampai keluaran terakhir (s) | Memori puncak kernel (MB) | Widget | Grafik | Validate |",
            "|---|---|---|---|---|---|",
        ]
        for r in result["sessions"]:
            verdict = "lulus" if r["validate_ok"] else "GAGAL"
            lines.append(
                f"| {r['session']} | {r['run_all_s']:.2f} | {r['kernel_peak_mb']:.0f} | {r['widgets']} | "
                f"{r['charts']} | {verdict} |"
            )
        lines.append("")
    if result.get("per_participant_mb"):
        lines += [
            "### Kapasitas Kubernetes / Kubernetes capacity",
            "",
            "Dihitung oleh `deploy/kubernetes/kapasitas.py` dari angka di atas dan, bila lebih besar, puncak memori "
            "peserta di kelas 40 orang (lihat [deploy/kubernetes/README.md](../deploy/kubernetes/README.md)).",
            "",
        ]
        lines += kapasitas.table(kapasitas.sizing(kapasitas.need_mb(result["per_participant_mb"])))
    return lines


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
