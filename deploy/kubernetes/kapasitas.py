#!/usr/bin/env python3
"""Size the Kubernetes requests and the capacity tables from the benchmarks.

    python deploy/kubernetes/kapasitas.py           # print the sizing and the tables
    python deploy/kubernetes/kapasitas.py --tulis   # write them into values.yaml, README.md, ../README.md

Two tables. The Kubernetes requests and nodes come from bench/results/hub.json (one participant, every
session) or, when larger, the largest participant's peak in bench/results/room.json; the participants per machine of one server (deploy/README.md) from bench/results/room.json, a
whole room working at once on the real hub (bench/bench_room.py); the rule of the second is in
``machine_sizing``.

The rule, in one place (tests/test_kubernetes.py checks values.yaml and the README agree):

* need = measured memory of one participant: idle JupyterLab server + the largest
  kernel peak of any session (one session open at a time);
* memory guarantee (request) = need x 1.25, rounded up to 64 MiB: what the scheduler
  reserves, so a node never holds more participants than fit;
* memory limit = max(1 GiB, guarantee x 2.5, rounded up to 256 MiB): room for a second
  open notebook before the kernel is killed;
* CPU guarantee 0.1, limit 1: participants read and type most of the time; Run All takes
  seconds of one core;
* participants per node = min((allocatable memory - 1 GiB for system pods) / guarantee,
  allocatable CPU / 0.1), allocatable taken as 90 % of the node.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = ROOT / "bench" / "results" / "hub.json"
ROOM = ROOT / "bench" / "results" / "room.json"
MACHINES = [(2, 8), (2, 24), (4, 16), (8, 32), (16, 64)]  # (cores, GiB) of one server
SYSTEM_MB = 1024  # the operating system and its page cache floor
CPU_TARGET = 0.6  # mean CPU use kept at or below 60 % of the cores: room for bursts (Run All, charts)
HEADROOM = 1.25
CPU_GUARANTEE = 0.1
CPU_LIMIT = 1
NODES = [("4 vCPU, 16 GiB", 4, 16), ("8 vCPU, 32 GiB", 8, 32), ("16 vCPU, 64 GiB", 16, 64)]
COHORTS = [100, 500, 2000]
BEGIN, END = "<!-- kapasitas:mulai -->", "<!-- kapasitas:selesai -->"
MACHINE_BEGIN, MACHINE_END = "<!-- kapasitas-mesin:mulai -->", "<!-- kapasitas-mesin:selesai -->"


def _up(value: float, step: int) -> int:
    return int(math.ceil(value / step) * step)


def sizing(per_participant_mb: float) -> dict:
    guarantee = _up(per_participant_mb * HEADROOM, 64)
    limit = max(1024, _up(guarantee * 2.5, 256))
    nodes = []
    for label, cpu, gib in NODES:
        by_memory = int((gib * 1024 * 0.9 - 1024) // guarantee)
        by_cpu = int(cpu * 0.9 // CPU_GUARANTEE)
        per_node = min(by_memory, by_cpu)
        nodes.append(
            {
                "node": label,
                "by_memory": by_memory,
                "by_cpu": by_cpu,
                "per_node": per_node,
                "nodes_for": {n: math.ceil(n / per_node) for n in COHORTS},
            }
        )
    return {
        "per_participant_mb": round(per_participant_mb),
        "guarantee_mb": guarantee,
        "limit_mb": limit,
        "cpu_guarantee": CPU_GUARANTEE,
        "cpu_limit": CPU_LIMIT,
        "nodes": nodes,
    }


def table(size: dict) -> list[str]:
    lines = [
        f"Memori terukur per peserta: **{size['per_participant_mb']} MB** → permintaan (guarantee) "
        f"**{size['guarantee_mb']}M**, batas (limit) **{size['limit_mb']}M**; CPU guarantee "
        f"{size['cpu_guarantee']}, limit {size['cpu_limit']}.",
        "",
        "| Node | Peserta per node (memori) | (CPU) | Peserta per node | "
        + " | ".join(f"Node untuk {n} peserta" for n in COHORTS)
        + " |",
        "|---|---|---|---|" + "---|" * len(COHORTS),
    ]
    for n in size["nodes"]:
        lines.append(
            f"| {n['node']} | {n['by_memory']} | {n['by_cpu']} | **{n['per_node']}** | "
            + " | ".join(str(n["nodes_for"][c]) for c in COHORTS)
            + " |"
        )
    return lines


def machine_sizing(room: dict, machines: list[tuple[int, int]] = MACHINES) -> dict:
    """Participants per server of ``cores`` and ``GiB`` from a measured room (bench/results/room.json).

    * memory: the largest participant's peak (JupyterLab server + kernel, RSS) under load x 1.25, as for
      Kubernetes; fixed costs = 1 GiB for the system + the hub and proxy (RSS at the end of the room) +
      the grader account at its peak (formgrader + `bimtek autograde`); by memory = (RAM - fixed) / need;
    * CPU: the room's mean CPU per participant = (all participants' processes + hub + proxy + the
      instructor's collect and autograde) CPU seconds / the class's wall time / participants; by CPU =
      cores x 60 % / that, so the mean load leaves 40 % for bursts (Run All, a chart);
    * participants per server = the smaller of the two.
    """
    n = room["participants"]
    per_participant = room["memory_mb"]["max"]
    need = per_participant * HEADROOM
    fixed = SYSTEM_MB + sum(room["hub_rss_mb"].values()) + (room.get("grader_peak_mb") or 0.0)
    grading = room["grading"]["cpu_s"] / room["wall_s"]
    cpu = (room["participant_cpu"]["cores_total"] + room["hub_cpu"]["cores"] + grading) / n
    rows = []
    for cores, gib in machines:
        by_memory = max(0, math.floor((gib * 1024 - fixed) / need + 1e-9))
        by_cpu = math.floor(cores * CPU_TARGET / cpu + 1e-9)
        rows.append(
            {
                "cores": cores,
                "gib": gib,
                "by_memory": by_memory,
                "by_cpu": by_cpu,
                "per_machine": min(by_memory, by_cpu),
            }
        )
    return {
        "measured": {
            "participants": n,
            "minutes": room["minutes"],
            "date": room["date"],
            "cores": room["machine"]["cores"],
            "gib": room["machine"]["memory_gib"],
            "cell_p95_s": room["cell_latency_s"]["p95"],
            "lost_saves": room["lost_saves"],
            "failed_submissions": room["failed_submissions"],
        },
        "per_participant_mb": round(per_participant),
        "need_mb": round(need),
        "fixed_mb": round(fixed),
        "cpu_per_participant": round(cpu, 4),
        "hub_cpu_per_participant": room["hub_cpu"]["cores_per_participant"],
        "rows": rows,
    }


def _id(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def machine_markdown(size: dict, heading: bool = True) -> list[str]:
    m = size["measured"]
    lines = ["### Peserta per server / participants per server", ""] if heading else []
    lines += [
        f"Dari kelas terukur: {m['participants']} peserta, {_id(m['minutes'], 0)} menit, pada {m['cores']} core dan "
        f"{_id(m['gib'], 1)} GiB ({m['date']}; latensi sel p95 {_id(m['cell_p95_s'], 2)} s, simpanan hilang "
        f"{m['lost_saves']}, kiriman gagal {m['failed_submissions']}). Cara menghitung (`machine_sizing` di "
        "`deploy/kubernetes/kapasitas.py`): kebutuhan memori = puncak memori peserta terbesar di bawah beban "
        f"({size['per_participant_mb']} MB) × 1,25 = **{size['need_mb']} MB**; biaya tetap = 1 GiB sistem + hub "
        f"dan proxy + akun penilai saat menilai = **{size['fixed_mb']} MB**; CPU rata-rata per peserta (server, "
        "kernel, dan bagiannya dari hub, proxy, serta `bimtek collect`/`autograde` instruktur selama kelas) = "
        f"**{_id(size['cpu_per_participant'], 4)} core** (hub + proxy saja {_id(size['hub_cpu_per_participant'], 4)}); "
        "menurut CPU = core × 60 % ÷ angka itu, agar lonjakan (Run All, grafik) tetap punya ruang. Peserta per "
        "server = yang lebih kecil.",
        "",
        "| Server | Menurut memori | Menurut CPU | Peserta per server |",
        "|---|---|---|---|",
    ]
    for r in size["rows"]:
        lines.append(
            f"| {r['cores']} core, {r['gib']} GiB | {r['by_memory']} | {r['by_cpu']} | **{r['per_machine']}** |"
        )
    return lines


def load(path: Path = RESULTS, room_path: Path = ROOM) -> dict:
    """Requests from the larger of one participant's memory over every session (hub.json) and the largest
    participant's peak in the measured room (room.json): the two measurements agree on one guarantee."""
    return sizing(need_mb(json.loads(path.read_text(encoding="utf-8"))["per_participant_mb"], room_path))


def need_mb(one_participant_mb: float, room_path: Path = ROOM) -> float:
    """The memory a participant needs: the larger of hub.json's figure and the room's largest peak."""
    room = json.loads(room_path.read_text(encoding="utf-8")) if room_path.exists() else {"skipped": "-"}
    return max(one_participant_mb, room["memory_mb"]["max"]) if "skipped" not in room else one_participant_mb


def _replace_block(path: Path, begin: str, end: str, lines: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    block = "\n".join([begin, *lines, end])
    path.write_text(
        re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda m: block, text, flags=re.S), encoding="utf-8"
    )


def write(size: dict, machine: dict | None = None) -> None:
    _replace_block(HERE / "README.md", BEGIN, END, table(size))
    if machine is not None:
        _replace_block(
            ROOT / "deploy" / "README.md", MACHINE_BEGIN, MACHINE_END, machine_markdown(machine, heading=False)
        )
    values = HERE / "values.yaml"
    text = values.read_text(encoding="utf-8")
    text = re.sub(r"(\n    guarantee: )\S+(  # kapasitas\.py: memori)", rf"\g<1>{size['guarantee_mb']}M\g<2>", text)
    text = re.sub(r"(\n    limit: )\S+(  # kapasitas\.py: memori)", rf"\g<1>{size['limit_mb']}M\g<2>", text)
    values.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Hitung permintaan sumber daya dan tabel kapasitas.")
    parser.add_argument("--tulis", action="store_true", help="tulis ke values.yaml dan README.md")
    args = parser.parse_args(argv)
    if not RESULTS.exists():
        print(f"{RESULTS} belum ada: jalankan `python bench/run.py --only hub` dulu.", file=sys.stderr)
        return 1
    size = load()
    print("\n".join(table(size)))
    machine = None
    room = json.loads(ROOM.read_text(encoding="utf-8")) if ROOM.exists() else {"skipped": "belum diukur"}
    if "skipped" not in room:
        machine = machine_sizing(room)
        print()
        print("\n".join(machine_markdown(machine, heading=False)))
    if args.tulis:
        write(size, machine)
        print("values.yaml, README.md, dan ../README.md sudah diperbarui.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
