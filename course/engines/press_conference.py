"""An explainable checker for a press conference's rundown, and the report shape of its checkers.

``susun_rundown(acara, durasi_menit, mulai)`` builds the rundown table (``acara``,
``durasi_menit``, ``mulai``, ``selesai``; times as EYD text "09.30") from a dict
``{item: minutes}`` or from two lists, and ``periksa_rundown(rundown, mulai, selesai,
tanya_jawab_menit)`` checks a table against stated constraints: consistent times, starts at the
given time, ends on time, a real question session, and the order every press conference shares.

No standard fixes the rundown of a press conference. The typical order (registration, opening,
statements, questions, closing) is a synthesis of practitioners' guides; the check enforces only
what every one of them shares, and accepts the principal and the supporting speaker in either order.
How long questions last varies between guides, so the check only rejects a question session shorter
than ``TANYA_JAWAB_MENIT`` minutes (two or three questions) and gives advice, not a failure, when the
statements take longer than the questions.

It returns a ``LaporanKonpers`` with one ``Hasil`` per check; nothing is printed. The media-advisory
checker of the same session (``course.engines.media_advisory``) reports in the same shape.
Precision first: a well-formed rundown passes cleanly. Session 06 grades its exercises with
these checkers; the rundown planner widget draws ``periksa_rundown``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from course.engines.release_parts import quoted
from course.engines.results import Report
from course.errors import EmptyInput, InputError, describe_value, expect_text

if TYPE_CHECKING:  # pandas is imported only when a rundown is built or checked
    import pandas as pd

# ---------------------------------------------------------------------------
# Results (one line of a report)


@dataclass(frozen=True)
class Hasil:
    """One check of a report: its id, its Indonesian name, ok or not, and the message."""

    id: str
    nama: str
    ok: bool
    pesan: str


@dataclass(frozen=True)
class LaporanKonpers(Report):
    """A report: the checks in order, plus hints that do not fail anything (``catatan``)."""

    judul: str
    hasil: tuple[Hasil, ...]
    catatan: tuple[str, ...] = ()

    def teks(self) -> str:
        done = sum(h.ok for h in self.hasil)
        lines = [f"{self.judul}: {done} dari {len(self.hasil)} cek lolos."]
        lines += [f"{'✔' if h.ok else '✘'} {h.nama}: {h.pesan}" for h in self.hasil]
        lines += [f"Catatan: {c}" for c in self.catatan]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


def _quote(text: str, limit: int = 60) -> str:
    return quoted(str(text), limit)


# ---------------------------------------------------------------------------
# Rundown

KOLOM_RUNDOWN = ("acara", "durasi_menit", "mulai", "selesai")
# Kinds of item in the typical rundown (a synthesis of practitioners' guides), recognised by keywords.
JENIS_ACARA = {
    "registrasi": ("registrasi", "pendaftaran", "daftar hadir"),
    "pembukaan": ("pembukaan", "pembuka"),
    "pendukung": ("pendukung",),
    "pernyataan": ("pernyataan", "paparan"),
    "tanya_jawab": ("tanya jawab", "tanya-jawab", "sesi tanya"),
    "penutup": ("penutup", "penutupan"),
}
NAMA_JENIS = {
    "registrasi": "registrasi wartawan",
    "pembukaan": "pembukaan oleh moderator",
    "pernyataan": "pernyataan narasumber utama",
    "pendukung": "penjelasan narasumber pendukung",
    "tanya_jawab": "tanya jawab",
    "penutup": "penutupan",
}
WAJIB_JENIS = ("registrasi", "pembukaan", "pernyataan", "tanya_jawab", "penutup")
# (earlier, later): the order every press conference shares, the only order the check enforces.
# The principal and the supporting speaker may come in either order (both before the questions).
URUTAN = (
    ("pembukaan", "pernyataan"),
    ("pembukaan", "pendukung"),
    ("pernyataan", "tanya_jawab"),
    ("pendukung", "tanya_jawab"),
    ("tanya_jawab", "penutup"),
)
# The shortest question session the check accepts: two or three questions. Guides differ on how long
# questions should last; anything from this floor up is accepted.
TANYA_JAWAB_MENIT = 15

# The default constraints (the session 06 exercise and the rundown planner): a morning press conference
# from 09.30 (the fact sheet) to 11.00 at the latest, with a question session of at least 15 minutes.
SYARAT_RUNDOWN = {"mulai": "09.30", "selesai": "11.00", "tanya_jawab_menit": TANYA_JAWAB_MENIT}

_JAM = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*(?:WIB|WITA|WIT)?\s*$", re.IGNORECASE)


def ke_menit(waktu: Any, name: str = "waktu") -> int:
    """Minutes after midnight of a time written "09.30" (or "09:30"); ``InputError`` otherwise."""
    text = expect_text(waktu, name)
    match = _JAM.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise InputError(
            f"{name} {_quote(text)} bukan jam yang dapat dibaca.",
            'Tulis jam dan menit dengan titik di antara tanda petik, misalnya "09.30".',
        )
    return int(match.group(1)) * 60 + int(match.group(2))


def ke_jam(menit: int) -> str:
    """``570`` -> ``"09.30"`` (EYD V: a dot between hours and minutes)."""
    menit = int(menit)
    if not 0 <= menit < 24 * 60:
        raise InputError("rundown melewati tengah malam.", "Periksa jam mulai dan durasi setiap acara.")
    return f"{menit // 60:02d}.{menit % 60:02d}"


def _durasi(value: Any, where: str) -> int:
    if isinstance(value, bool) or value is None:
        raise InputError(
            f"durasi {where} harus berupa bilangan bulat menit, bukan {describe_value(value)}.",
            "Tulis durasi dalam menit tanpa tanda petik, misalnya 15.",
        )
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(
            f"durasi {where} harus berupa bilangan bulat menit, bukan {describe_value(value)}.",
            "Tulis durasi dalam menit tanpa tanda petik, misalnya 15.",
        ) from None
    if isinstance(value, str):
        raise InputError(
            f"durasi {where} ditulis sebagai teks {_quote(value)}.",
            'Tulis angka menitnya tanpa tanda petik, misalnya 15, bukan "15".',
        )
    if number != number or number != int(number) or number <= 0:
        raise InputError(
            f"durasi {where} harus bilangan bulat menit yang lebih dari 0, bukan {value}.",
            "Tulis durasi dalam menit bulat, misalnya 15.",
        )
    return int(number)


def _pairs(acara: Any, durasi_menit: Any) -> tuple[list[str], list[int]]:
    """The item names and their whole minutes, from a dict ``{item: minutes}`` or from two lists."""
    import pandas as pd

    if isinstance(acara, dict):
        if durasi_menit is not None:
            raise InputError(
                "durasi sudah tertulis di dalam kamus acara, jadi daftar durasi tidak perlu ditulis lagi.",
                'Tulis susun_rundown({"Registrasi wartawan": 15, ...}, mulai="09.30").',
            )
        acara, durasi_menit = list(acara), list(acara.values())
    if acara is None or durasi_menit is None:
        raise EmptyInput(
            "daftar acara atau durasinya masih kosong (None).",
            'Isi acara dan menitnya: susun_rundown({"Registrasi wartawan": 15, ...}, mulai="09.30").',
        )
    for value, name in ((acara, "acara"), (durasi_menit, "durasi_menit")):
        if isinstance(value, str) or not isinstance(value, (list, tuple, pd.Series)):
            raise InputError(
                f"{name} harus berupa daftar (list) atau kamus (dict), bukan {describe_value(value)}.",
                'Tulis setiap acara dengan menitnya, misalnya {"Registrasi wartawan": 15, "Tanya jawab": 20}.',
            )
    items = [expect_text(a, f"acara ke-{i}") for i, a in enumerate(acara, start=1)]
    minutes = [_durasi(d, f"acara ke-{i}") for i, d in enumerate(durasi_menit, start=1)]
    if not items:
        raise EmptyInput("daftar acara masih kosong.", "Isi paling sedikit satu mata acara.")
    if len(items) != len(minutes):
        raise InputError(
            f"ada {len(items)} acara tetapi {len(minutes)} durasi.",
            "Setiap acara perlu tepat satu durasi, dalam urutan yang sama.",
        )
    return items, minutes


def susun_rundown(acara: Any, durasi_menit: Any = None, mulai: str = "09.00") -> pd.DataFrame:
    """The rundown table: items and durations in order, with computed start and end times.

    ``acara`` is a dict ``{item name: whole minutes}`` in rundown order, or a list of item names
    with ``durasi_menit`` a list of whole minutes of the same length; ``mulai`` is the start time as
    text ("09.30"). Each item starts when the previous one ends.
    """
    import pandas as pd

    if isinstance(acara, dict) and isinstance(durasi_menit, str):  # susun_rundown({...}, "09.30")
        durasi_menit, mulai = None, durasi_menit
    items, minutes = _pairs(acara, durasi_menit)
    start = ke_menit(mulai, "jam mulai")
    rows = []
    for item, minute in zip(items, minutes):
        rows.append({"acara": item, "durasi_menit": minute, "mulai": ke_jam(start), "selesai": ke_jam(start + minute)})
        start += minute
    return pd.DataFrame(rows, columns=list(KOLOM_RUNDOWN))


def expect_rundown(rundown: Any, name: str = "rundown") -> pd.DataFrame:
    """The rundown as a DataFrame with valid columns and durations; ``InputError`` otherwise."""
    import pandas as pd

    if rundown is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            f'Buat tabelnya dengan {name} = susun_rundown(acara, durasi, mulai="09.30").',
        )
    if isinstance(rundown, pd.Series) or not isinstance(rundown, pd.DataFrame):
        raise InputError(
            f"{name} harus berupa tabel (DataFrame), tetapi yang diberikan adalah {describe_value(rundown)}.",
            f'Buat tabelnya dengan {name} = susun_rundown(acara, durasi, mulai="09.30").',
        )
    present = [str(c) for c in rundown.columns]
    for column in KOLOM_RUNDOWN:
        if column not in rundown.columns:
            close = difflib.get_close_matches(column, present, n=1, cutoff=0.6)
            hint = (
                f'Ada kolom "{close[0]}"; nama kolomnya harus persis "{column}".'
                if close
                else "Buat tabelnya dengan susun_rundown(...), yang menghitung kolom mulai dan selesai."
            )
            raise InputError(f'{name} belum punya kolom "{column}".', hint)
    if rundown.empty:
        raise EmptyInput(f"{name} belum berisi acara.", "Isi paling sedikit satu mata acara.")
    for i, value in enumerate(rundown["durasi_menit"].tolist(), start=1):
        _durasi(value, f"baris ke-{i}")
    for i, value in enumerate(rundown["acara"].tolist(), start=1):
        if not isinstance(value, str) or not value.strip():
            raise InputError(
                f"acara baris ke-{i} harus berupa teks, bukan {describe_value(value)}.",
                "Tulis nama setiap acara di antara tanda petik.",
            )
    for column in ("mulai", "selesai"):
        for i, value in enumerate(rundown[column].tolist(), start=1):
            ke_menit(value, f"{column} baris ke-{i}")
    return rundown


def jenis_acara(nama: str) -> str:
    """The kind of a rundown item ("registrasi", "tanya_jawab", ... or "lain") from its name."""
    low = " ".join(str(nama).lower().split())
    for kind, words in JENIS_ACARA.items():
        if any(w in low for w in words):
            return kind
    return "lain"


def _cek_waktu(names: list[str], minutes: list[int], starts: list[int], ends: list[int]) -> Hasil:
    """Times consistent with the durations: each item starts when the previous one ends."""
    bad = None
    for i, (s, e, d) in enumerate(zip(starts, ends, minutes)):
        if e != s + d:
            bad = (
                f'"{names[i]}" mulai {ke_jam(s)} selama {d} menit seharusnya selesai {ke_jam(s + d)}, bukan {ke_jam(e)}'
            )
        elif i and s != ends[i - 1]:
            bad = f'"{names[i]}" mulai {ke_jam(s)}, padahal acara sebelumnya selesai {ke_jam(ends[i - 1])}'
        if bad:
            break
    return Hasil(
        "waktu",
        "Jam mulai dan selesai",
        bad is None,
        "Setiap acara mulai saat acara sebelumnya selesai."
        if bad is None
        else bad + ". Hitung ulang dengan susun_rundown(...).",
    )


def _cek_mulai(starts: list[int], start: int) -> Hasil:
    ok = starts[0] == start
    return Hasil(
        "mulai",
        "Mulai tepat waktu",
        ok,
        f"Acara pertama mulai pukul {ke_jam(starts[0])}."
        if ok
        else f"acara pertama mulai pukul {ke_jam(starts[0])}, padahal harus mulai pukul {ke_jam(start)}.",
    )


def _cek_selesai(ends: list[int], end: int) -> Hasil:
    last = max(ends)
    ok = last <= end
    return Hasil(
        "selesai",
        "Selesai tepat waktu",
        ok,
        f"Acara terakhir selesai pukul {ke_jam(last)}, tidak melewati {ke_jam(end)}."
        if ok
        else f"acara terakhir selesai pukul {ke_jam(last)}, terlambat {last - end} menit dari batas "
        f"{ke_jam(end)}; pangkas durasi acara lain.",
    )


def _cek_tanya_jawab(names: list[str], minutes: list[int], minimum: int) -> Hasil:
    total = sum(minutes)
    qa = sum(m for n, m in zip(names, minutes) if jenis_acara(n) == "tanya_jawab")
    if qa == 0:
        return Hasil(
            "tanya_jawab",
            "Tanya jawab",
            False,
            "belum ada sesi tanya jawab; konferensi pers tanpa tanya jawab cukup diganti siaran pers.",
        )
    share = round(qa / total * 100) if total else 0
    if qa >= minimum:
        return Hasil(
            "tanya_jawab",
            "Tanya jawab",
            True,
            f"Tanya jawab {qa} menit dari {total} menit ({share} persen), paling sedikit {minimum} menit.",
        )
    return Hasil(
        "tanya_jawab",
        "Tanya jawab",
        False,
        f"tanya jawab baru {qa} menit, kurang dari {minimum} menit: hanya cukup untuk satu atau dua pertanyaan. "
        "Tambah waktunya dengan memangkas acara lain.",
    )


def _catatan(names: list[str], minutes: list[int]) -> tuple[str, ...]:
    """Advice that fails nothing: statements that take longer than the questions."""
    talk = sum(m for n, m in zip(names, minutes) if jenis_acara(n) in ("pernyataan", "pendukung"))
    qa = sum(m for n, m in zip(names, minutes) if jenis_acara(n) == "tanya_jawab")
    if qa and talk > qa:
        return (
            f"pernyataan dan penjelasan narasumber ({talk} menit) lebih lama daripada tanya jawab ({qa} menit). "
            "Ini bukan kesalahan, tetapi wartawan datang terutama untuk bertanya; pertimbangkan mempersingkat "
            "pernyataan dan membagikan rinciannya dalam press kit.",
        )
    return ()


def _cek_urutan(names: list[str]) -> Hasil:
    """The order of the typical rundown: every required kind present, registration first, ``URUTAN`` kept."""
    kinds = [jenis_acara(n) for n in names]
    missing = [NAMA_JENIS[k] for k in WAJIB_JENIS if k not in kinds]
    problems = []
    if missing:
        problems.append("belum ada acara " + ", ".join(missing))
    if "registrasi" in kinds and kinds[0] != "registrasi":
        problems.append("registrasi wartawan belum menjadi acara pertama")
    for before, after in URUTAN:
        if (
            before in kinds
            and after in kinds
            and kinds.index(before) > max(i for i, k in enumerate(kinds) if k == after)
        ):
            problems.append(f"{NAMA_JENIS[before]} seharusnya sebelum {NAMA_JENIS[after]}")
    more = f" (dan {len(problems) - 3} lainnya)" if len(problems) > 3 else ""
    return Hasil(
        "urutan",
        "Urutan acara",
        not problems,
        "Urutannya mengikuti rundown tipikal." if not problems else "; ".join(problems[:3]) + more + ".",
    )


def periksa_rundown(
    rundown: Any, mulai: str, selesai: str, tanya_jawab_menit: int = TANYA_JAWAB_MENIT
) -> LaporanKonpers:
    """Check a rundown against the constraints; one ``Hasil`` per constraint, advice in ``catatan``."""
    frame = expect_rundown(rundown)
    start, end = ke_menit(mulai, "jam mulai"), ke_menit(selesai, "batas selesai")
    if isinstance(tanya_jawab_menit, bool) or not isinstance(tanya_jawab_menit, int) or tanya_jawab_menit < 0:
        raise InputError(
            f"lama tanya jawab paling sedikit harus bilangan bulat menit, bukan {describe_value(tanya_jawab_menit)}.",
            "Tulis misalnya tanya_jawab_menit=15.",
        )
    names = [str(a) for a in frame["acara"]]
    minutes = [int(d) for d in frame["durasi_menit"]]
    starts = [ke_menit(v) for v in frame["mulai"]]
    ends = [ke_menit(v) for v in frame["selesai"]]
    results = (
        _cek_waktu(names, minutes, starts, ends),
        _cek_mulai(starts, start),
        _cek_selesai(ends, end),
        _cek_tanya_jawab(names, minutes, tanya_jawab_menit),
        _cek_urutan(names),
    )
    return LaporanKonpers("Pemeriksaan rundown", results, _catatan(names, minutes))
