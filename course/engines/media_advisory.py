"""An explainable checker for a media advisory (undangan liputan), the invitation to a press conference.

``periksa_undangan(teks, fakta=None)`` reads an advisory written as labelled lines ("Apa:",
"Kapan:", ...) and reports each element (apa, kapan, di mana, mengapa, narasumber, narahubung;
Simon Fraser University's communicators' toolkit and UNUGHA's coverage rules) and the form of
the date ("Kamis, 13 Juni 2024": month capitalised, weekday matching the date) and of the time
("pukul 09.30 WIB": EYD V Tanda Titik rule 7 separates hours and minutes with a dot; a time zone).

It returns a ``course.engines.press_conference.LaporanKonpers``; nothing is printed. Precision first: a
well-formed advisory passes cleanly. The end marks, the word pattern and the contact rule are
those of the press-release checker (``course.engines.release_parts``, ``course.engines.press_release``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from course.engines import press_release
from course.engines.press_conference import Hasil, LaporanKonpers
from course.engines.release_parts import END_MARK, quoted, split_words
from course.errors import InputError, describe_value, expect_text
from course.vocabulary import BULAN, HARI, tanggal_panjang


def _quote(text: str, limit: int = 60) -> str:
    return quoted(str(text), limit)


UNSUR_UNDANGAN = ("apa", "kapan", "di_mana", "mengapa", "narasumber", "narahubung")
NAMA_UNSUR = {
    "apa": "Apa (nama kegiatan)",
    "kapan": "Kapan",
    "di_mana": "Di mana",
    "mengapa": "Mengapa (tujuan)",
    "narasumber": "Narasumber",
    "narahubung": "Narahubung",
    "tanggal": "Tanggal (EYD)",
    "pukul": "Jam dan zona waktu",
}
LABEL_UNDANGAN = {
    "apa": ("apa", "acara", "kegiatan", "nama kegiatan", "nama acara", "agenda", "what"),
    "kapan": (
        "kapan",
        "waktu",
        "hari/tanggal",
        "hari, tanggal",
        "hari dan tanggal",
        "hari",
        "tanggal",
        "pukul",
        "jam",
        "jadwal",
        "when",
    ),
    "di_mana": ("di mana", "dimana", "tempat", "lokasi", "where"),
    "mengapa": ("mengapa", "tujuan", "latar belakang", "alasan", "why"),
    "narasumber": ("narasumber", "nara sumber", "pembicara"),
    "narahubung": (
        "narahubung",
        "kontak",
        "contact person",
        "cp",
        "informasi lebih lanjut",
        "kontak media",
        "keterangan lebih lanjut",
    ),
}
CONTOH_BARIS = {
    "apa": "Apa: Konferensi pers Bupati Sukamaju tentang ...",
    "kapan": "Kapan: Kamis, 13 Juni 2024, pukul 09.30 WIB",
    "di_mana": "Di mana: Ruang Rapat Utama Kantor Bupati Sukamaju, ...",
    "mengapa": "Mengapa: menjelaskan ... kepada warga",
    "narasumber": "Narasumber: Nama Lengkap, Jabatan",
    "narahubung": "Narahubung: Nama, jabatan, nomor telepon atau surel",
}
_LABEL_KE_UNSUR = {label: key for key, labels in LABEL_UNDANGAN.items() for label in labels}
_BARIS_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[A-Za-z][A-Za-z /,]{0,30}?)\s*:\s*(?P<isi>.*)$")
_TANGGAL_EYD = re.compile(
    r"(?:\b(?P<hari>[A-Za-z']+)\s*(?P<koma>,)?\s+)?\b(?P<tgl>\d{1,2})\s+(?P<bulan>[A-Za-z]+)"
    r"(?:\s+(?P<tahun>\d{4}))?\b"
)
_TANGGAL_ANGKA = re.compile(r"\b(?P<tgl>\d{1,2})[/-](?P<bln>\d{1,2})[/-](?P<thn>\d{2,4})\b")
_JAM_TEKS = re.compile(
    r"(?<![\d.:/])(?P<jam>\d{1,2})(?P<sep>[.:])(?P<menit>\d{2})(?![\d.:/])"
    r"(?P<rentang>\s*(?:[–—-]|s\.\s?d\.|sampai(?: dengan)?|hingga)\s*(?:\d{1,2}[.:]\d{2}|selesai))?"
    r"(?P<zona>\s*\b(?:WIB|WITA|WIT)\b)?",
    re.IGNORECASE,
)

Fields = dict[str, list[tuple[str, str]]]


# What the advisory shares with a press release: the end marks ("###", "-30-"), the word pattern
# (``course.engines.release_parts``) and the contact rule (``course.engines.press_release``).
def _contact_rule(value: str) -> press_release.Hasil:
    """The press-release checker's verdict on the contact block ``Narahubung: value`` (a name plus a
    phone number or an e-mail address); the checker's other checks cost nothing on one line."""
    return press_release.periksa("Narahubung: " + value)["narahubung"]


def _fields(text: str) -> Fields:
    """Labelled lines of an advisory: ``{unsur: [(label as written, value), ...]}``.

    A value goes on over the following lines (a list of speakers, a contact block) until
    a blank line, another labelled line or an end mark (those of a press release).
    """
    found: dict[str, list[list[str]]] = {}
    current: list[str] | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _BARIS_LABEL.match(line)
        key = _LABEL_KE_UNSUR.get(" ".join(match.group("label").lower().split())) if match else None
        if match and key:
            current = [match.group("label").strip(), match.group("isi").strip()]
            found.setdefault(key, []).append(current)
        elif not line.strip() or END_MARK.match(line):
            current = None
        elif current is not None:
            current[1] = (current[1] + " " + line.strip()).strip()
    return {k: [(label, value) for label, value in v] for k, v in found.items()}


def _value(fields: Fields, key: str) -> str:
    return " ".join(value for _label, value in fields.get(key, []) if value).strip()


def _cek_isi(fields: Fields, key: str, min_words: int, what: str) -> Hasil:
    value = _value(fields, key)
    if key not in fields:
        return Hasil(key, NAMA_UNSUR[key], False, f'belum ada baris {what}; tulis misalnya "{CONTOH_BARIS[key]}".')
    if len(split_words(value)) < min_words:
        shown = _quote(value) if value else "kosong"
        return Hasil(
            key, NAMA_UNSUR[key], False, f"isinya {shown} terlalu singkat; tulis paling sedikit {min_words} kata."
        )
    return Hasil(key, NAMA_UNSUR[key], True, f"{_quote(value)}.")


def _cek_narasumber(fields: Fields) -> Hasil:
    result = _cek_isi(fields, "narasumber", 2, "narasumber")
    if not result.ok:
        return result
    value = _value(fields, "narasumber")
    caps = [w for w in split_words(value) if w[:1].isupper()]
    if len(caps) < 2:
        return Hasil(
            "narasumber",
            NAMA_UNSUR["narasumber"],
            False,
            f'{_quote(value)} belum menyebut nama dan jabatan narasumber; tulis misalnya "Nama Lengkap, Jabatan".',
        )
    return Hasil("narasumber", NAMA_UNSUR["narasumber"], True, f"{_quote(value)}.")


def _cek_narahubung(fields: Fields) -> Hasil:
    if "narahubung" not in fields:
        return Hasil(
            "narahubung",
            NAMA_UNSUR["narahubung"],
            False,
            'belum ada narahubung; tulis "Narahubung:" diikuti nama, jabatan, dan nomor telepon atau surel.',
        )
    result = _contact_rule(_value(fields, "narahubung"))
    if result.ok:
        return Hasil("narahubung", NAMA_UNSUR["narahubung"], True, f"{_quote(_value(fields, 'narahubung'))}.")
    return Hasil("narahubung", NAMA_UNSUR["narahubung"], False, result.pesan[len("Narahubung ") :])


def _eyd_date_problem(match: re.Match[str], shown: str, fakta: dict | None) -> str | None:
    """What is wrong with a date written with the month's name (``None`` when it is right)."""
    month_word = match.group("bulan")
    if month_word != month_word.capitalize():
        return f'tanggal {shown}: nama bulan ditulis dengan huruf kapital di awal, yaitu "{month_word.capitalize()}" (EYD V, huruf kapital).'
    if not match.group("tahun"):
        return (
            f'tanggal {shown} belum menyebut tahunnya; tulis tanggal, nama bulan, dan tahun, misalnya "13 Juni 2024".'
        )
    try:
        date = dt.date(int(match.group("tahun")), BULAN.index(month_word) + 1, int(match.group("tgl")))
    except ValueError:
        return f"tanggal {shown} tidak ada di kalender; periksa lagi angkanya."
    day = match.group("hari")
    if day and day.lower() in [h.lower() for h in HARI]:
        if day != day.capitalize():
            return f'tanggal {shown}: nama hari ditulis dengan huruf kapital di awal, yaitu "{day.capitalize()}" (EYD V, huruf kapital).'
        if HARI[date.weekday()] != day:
            return (
                f"tanggal {shown}: {date.day} {BULAN[date.month - 1]} {date.year} jatuh pada hari "
                f"{HARI[date.weekday()]}, bukan {day}; periksa kalendernya."
            )
    if fakta and fakta.get("tanggal") and date != fakta["tanggal"]:
        return f"tanggal {shown} berbeda dengan tanggal konferensi pers di lembar fakta; salin tanggalnya dari lembar fakta."
    return None


def _numeric_date_message(numeric: re.Match[str]) -> str:
    """A date written in numbers only: the message, with the date written out when it exists."""
    example = "Kamis, 13 Juni 2024"
    try:
        year = int(numeric.group("thn"))
        example = tanggal_panjang(
            dt.date(year + 2000 if year < 100 else year, int(numeric.group("bln")), int(numeric.group("tgl")))
        )
    except ValueError:
        pass
    return f'tanggal {_quote(numeric.group(0))} ditulis dengan angka saja; tulis nama bulannya dengan huruf, misalnya "{example}".'


def _cek_tanggal(kapan: str, fakta: dict | None) -> Hasil:
    name = NAMA_UNSUR["tanggal"]
    if not kapan:
        return Hasil(
            "tanggal",
            name,
            False,
            'tanggal belum ditulis; tulis baris "Kapan:" dengan hari dan tanggalnya, misalnya "Kamis, 13 Juni 2024".',
        )
    for match in _TANGGAL_EYD.finditer(kapan):
        if match.group("bulan").lower() not in [b.lower() for b in BULAN]:
            continue
        shown = _quote(match.group(0).strip(), 40)
        problem = _eyd_date_problem(match, shown, fakta)
        if problem:
            return Hasil("tanggal", name, False, problem)
        return Hasil("tanggal", name, True, f"{shown} ditulis dengan nama bulan dan tahun.")
    numeric = _TANGGAL_ANGKA.search(kapan)
    if numeric:
        return Hasil("tanggal", name, False, _numeric_date_message(numeric))
    return Hasil(
        "tanggal",
        name,
        False,
        f"tanggal belum ditemukan di {_quote(kapan, 50)}; tulis hari, tanggal, "
        'nama bulan, dan tahun, misalnya "Kamis, 13 Juni 2024".',
    )


def _time_problems(times: list[re.Match[str]]) -> list[str]:
    """Impossible times, a colon instead of a dot, no time zone, a time zone in lower case."""
    problems = []
    for match in times:
        shown = _quote(match.group(0).strip(), 40)
        hour, minute = int(match.group("jam")), int(match.group("menit"))
        if hour > 23 or minute > 59:
            problems.append(f"jam {shown} tidak ada; jam 00 sampai 23, menit 00 sampai 59")
        elif match.group("sep") == ":" or ":" in (match.group("rentang") or ""):
            problems.append(
                f"jam {shown} memakai titik dua; EYD V memakai titik di antara jam dan menit, "
                f'misalnya "pukul {hour:02d}.{minute:02d}"'
            )
    zoned = [m for m in times if m.group("zona")]
    if not zoned:
        first = times[0]
        problems.append(
            f"jam {_quote(first.group(0).strip(), 40)} belum diberi zona waktu; tambahkan WIB (atau "
            f'WITA/WIT) sesudah jamnya, misalnya "pukul {int(first.group("jam")):02d}.'
            f'{first.group("menit")} WIB"'
        )
    for match in zoned:
        zone = match.group("zona").strip()
        if zone != zone.upper():
            problems.append(f'zona waktu {_quote(zone)} adalah singkatan; tulis dengan huruf kapital: "{zone.upper()}"')
            break
    return problems


def _cek_pukul(kapan: str, fakta: dict | None) -> Hasil:
    name = NAMA_UNSUR["pukul"]
    if not kapan:
        return Hasil("pukul", name, False, 'jam belum ditulis; tulis misalnya "pukul 09.30 WIB" di baris "Kapan:".')
    times = list(_JAM_TEKS.finditer(kapan))
    if not times:
        return Hasil(
            "pukul",
            name,
            False,
            f"jam belum ditemukan di {_quote(kapan, 50)}; tulis jam dan menit dengan "
            'angka, misalnya "pukul 09.30 WIB".',
        )
    problems = _time_problems(times)
    if problems:
        return Hasil("pukul", name, False, "; ".join(problems) + ".")
    if fakta and fakta.get("pukul"):
        written = [f"{int(m.group('jam')):02d}.{m.group('menit')}" for m in times]
        if fakta["pukul"] not in written:
            return Hasil(
                "pukul",
                name,
                False,
                f"jam {', '.join(written)} berbeda dengan jam di lembar fakta; salin jam mulainya dari lembar fakta.",
            )
    shown = ", ".join(_quote(m.group(0).strip(), 40) for m in times if m.group("zona"))
    return Hasil("pukul", name, True, f"{shown} memakai titik dan zona waktu.")


def periksa_undangan(teks: Any, fakta: dict | None = None) -> LaporanKonpers:
    """Check a media advisory (undangan liputan) written as labelled lines ("Apa:", "Kapan:", ...).

    ``fakta`` (optional) is ``{"tanggal": datetime.date, "pukul": "09.30"}``: the date and a
    start time the advisory must carry.
    """
    text = expect_text(teks, "undangan liputan")
    if fakta is not None and not isinstance(fakta, dict):
        raise InputError(
            f"fakta harus berupa kamus (dict), bukan {describe_value(fakta)}.",
            'Contoh: {"tanggal": datetime.date(2024, 6, 13), "pukul": "09.30"}.',
        )
    fields = _fields(text)
    kapan = _value(fields, "kapan")
    results = (
        _cek_isi(fields, "apa", 3, "apa (nama kegiatan)"),
        _cek_isi(fields, "kapan", 2, "kapan (hari, tanggal, dan jam)"),
        _cek_isi(fields, "di_mana", 2, "di mana (tempat dan alamat)"),
        _cek_isi(fields, "mengapa", 5, "mengapa (tujuan kegiatan)"),
        _cek_narasumber(fields),
        _cek_narahubung(fields),
        _cek_tanggal(kapan, fakta),
        _cek_pukul(kapan, fakta),
    )
    notes = []
    if not re.search(r"undangan\s+liputan|media\s+advisory", text, re.IGNORECASE):
        notes.append('beri label "UNDANGAN LIPUTAN" di baris pertama agar redaksi langsung tahu isinya.')
    return LaporanKonpers("Pemeriksaan undangan liputan", results, tuple(notes))
