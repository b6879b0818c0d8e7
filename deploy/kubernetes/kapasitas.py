#!/usr/bin/env python3
"""Size the Kubernetes requests and the capacity table from the benchmark (bench/results/hub.json).

    python deploy/kubernetes/kapasitas.py           # print the sizing and the table
    python deploy/kubernetes/kapasitas.py --tulis   # write them into values.yaml and README.md

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
HEADROOM = 1.25
CPU_GUARANTEE = 0.1
CPU_LIMIT = 1
NODES = [("4 vCPU, 16 GiB", 4, 16), ("8 vCPU, 32 GiB", 8, 32), ("16 vCPU, 64 GiB", 16, 64)]
COHORTS = [100, 500, 2000]
BEGIN, END = "<!-- kapasitas:mulai -->", "<!-- kapasitas:selesai -->"


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


def load(path: Path = RESULTS) -> dict:
    result = json.loads(path.read_text(encoding="utf-8"))
    return sizing(result["per_participant_mb"])


def write(size: dict) -> None:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "\n".join([BEGIN, *table(size), END])
    readme.write_text(
        re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda m: block, text, flags=re.S), encoding="utf-8"
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
    if args.tulis:
        write(size)
        print("values.yaml dan README.md sudah diperbarui.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
