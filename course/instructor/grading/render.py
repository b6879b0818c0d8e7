"""What an instructor sees on the terminal: the progress bar, the final table, the summary."""

from __future__ import annotations

import time
from typing import IO, TYPE_CHECKING

from course.instructor.grading.outcome import Outcome, number

if TYPE_CHECKING:
    from course.instructor.grading.pool import Run


class Progress:
    """A progress bar on a terminal, one line per submission elsewhere (logs, CI)."""

    def __init__(self, stream: IO | None, total: int):
        self.stream, self.total, self.done, self.failed = stream, total, 0, 0
        self.tty = bool(stream) and hasattr(stream, "isatty") and stream.isatty()
        self.start = time.monotonic()

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.status == "gagal"
        if not self.stream:
            return
        if outcome.status == "dinilai":
            what = f"dinilai {number(outcome.score)}/{number(outcome.max_score)}"
        else:
            what = f"gagal: {outcome.reason}"
        if self.tty:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            elapsed = time.monotonic() - self.start
            left = elapsed / self.done * (self.total - self.done) if self.done else 0
            bar = "█" * filled + "░" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} · {self.failed} gagal · sisa ±{duration(left)}   ")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{self.done}/{self.total}] {outcome.student}: {what}\n")
        self.stream.flush()


def duration(seconds: float) -> str:
    """A duration in Indonesian words: 42 detik, 3 menit 5 detik, 1 jam 2 menit."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} detik"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} menit {seconds} detik"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} jam {minutes} menit"


def table(run: Run) -> str:
    """The final table: every participant's outcome, in plain Indonesian."""
    rows = []
    for o in sorted(run.outcomes, key=lambda o: o.student):
        if o.status == "dinilai":
            rows.append((o.student, "dinilai", f"{number(o.score)}/{number(o.max_score)}", ""))
        elif o.status == "gagal":
            rows.append((o.student, "gagal", "–", o.reason or ""))
        elif o.status == "dilewati":
            if o.previous == "dinilai":
                rows.append(
                    (
                        o.student,
                        "dilewati",
                        f"{number(o.score)}/{number(o.max_score)}",
                        "sudah dinilai; kiriman tidak berubah",
                    )
                )
            else:
                rows.append((o.student, "dilewati", "–", f"tetap gagal: {o.reason}"))
        else:
            rows.append((o.student, "dibatalkan", "–", "penilaian dihentikan sebelum kiriman ini selesai"))
    head = ("Peserta", "Status", "Nilai", "Keterangan")
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(3)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(head[:3], widths)) + "  " + head[3],
        "  ".join("-" * w for w in widths) + "  " + "-" * 10,
    ]
    for r in rows:
        lines.append("  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3])
    return "\n".join(lines)


def summary(run: Run) -> str:
    """The closing lines: counts, time, workers, sandbox, where the feedback and the log are, what next."""
    counts = {k: sum(1 for o in run.outcomes if o.status == k) for k in ("dinilai", "gagal", "dilewati", "dibatalkan")}
    box = "aktif (bubblewrap)" if run.sandbox == "bwrap" else "TIDAK aktif"
    parts = [f"{counts['dinilai']} dinilai", f"{counts['gagal']} gagal", f"{counts['dilewati']} dilewati"]
    if counts["dibatalkan"]:
        parts.append(f"{counts['dibatalkan']} belum selesai")
    lines = [
        f"Ringkasan sesi {run.session}: " + ", ".join(parts) + f". Waktu {duration(run.seconds)}, "
        f"{run.workers} pekerja, kotak pasir {box}.",
        f"Umpan balik ada di {run.feedback}/<peserta>/{run.session}/; catatan penilaian di {run.log}.",
    ]
    if run.interrupted:
        lines.append(
            "Penilaian dihentikan. Jalankan perintah yang sama lagi untuk melanjutkan: "
            "kiriman yang sudah selesai tidak dinilai ulang."
        )
    elif counts["gagal"]:
        lines.append(
            'Kiriman yang gagal tidak bernilai nol: `nbgrader export` menandainya "gagal" beserta '
            "alasannya. Setelah peserta mengumpulkan ulang, jalankan perintah ini lagi."
        )
    lines.append(f"Langkah berikutnya: `nbgrader release_feedback {run.session}` lalu `nbgrader export`.")
    return "\n".join(lines)
