"""What more than one session module needs: one place for each rule, so no session imports another.

* formats and content pillars: their aliases and ``normalise`` (sessions 01 and 07); platforms use
  ``course.vocabulary.platform_name``;
* the content calendar: ``jam_utama`` (the prime hour per platform in the synthetic data) and the
  reading of one calendar row (``calendar_row``, ``calendar_hour``, ``format_verdict``), used by the
  session 01 calendar and the session 07 project calendar;
* headlines: the session 03 rules (``ATURAN``, ``nilai_judul``) and the verdict on a release's
  headline (``release_headline_verdict``), used by sessions 03, 05 and 07;
* helpers participants call in more than one notebook: ``periksa_ejaan`` (sessions 03 and 05) and
  ``periksa_siaran`` (sessions 05 and 07). Each session module re-exports the ones its notebook uses.

The calendar helpers need pandas and the synthetic data set; they import them when first called, so
a session that only needs the headline rules (03, 05) does not load pandas.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any

from course.checks import Verdict, broken_rule
from course.engines import clickbait, press_release, spelling
from course.errors import InputError, describe_value, expect_columns, expect_frame, expect_number, expect_text
from course.vocabulary import PLATFORMS, platform_name

# ---------------------------------------------------------------------------
# Formats and content pillars (the names of ``course.engines.synthetic_data``)

PILLAR_ALIASES = {
    "balik layar": "di balik layar",
    "dibalik layar": "di balik layar",
    "behind the scenes": "di balik layar",
    "karir": "karier",
    "progres pembangunan": "progres",
    "progress": "progres",
    "profil kantor": "profil",
    "informasi layanan": "informasi",
    "info": "informasi",
    "seremoni": "seremonial",
    "seremoni/acara": "seremonial",
}
FORMAT_ALIASES = {
    "foto": "gambar",
    "image": "gambar",
    "gambar/foto": "gambar",
    "quiz": "kuis",
    "infografis": "infografik",
    "text": "teks",
    "tulisan": "teks",
    "siniar": "podcast",
    "reels": "video",
}


def normalise(value: str, choices, aliases: dict) -> str | None:
    """The one of ``choices`` that ``value`` names (any case and spacing, or an alias), else None."""
    key = " ".join(value.strip().casefold().split())
    key = aliases.get(key, key).casefold()
    for choice in choices:
        if choice.casefold() == key:
            return choice
    return None


@lru_cache(maxsize=1)
def format_per_platform() -> dict[str, tuple[str, ...]]:
    """Formats each platform carries in the course data (and in the calendar exercises)."""
    from course.engines import synthetic_data

    return {
        p: tuple(f for f in synthetic_data.FORMATS if f in synthetic_data.PLATFORM_SPECS[p]["formats"])
        for p in PLATFORMS
    }


@lru_cache(maxsize=1)
def jam_utama() -> dict:
    """Prime hour per platform in the synthetic data (median ER by reach, cleaned data)."""
    from course.engines import synthetic_data
    from course.engines.engagement_frames import jam_terbaik

    return jam_terbaik(synthetic_data.load_clean())


# ---------------------------------------------------------------------------
# One row of a content calendar

KALENDER_MAKS_SEREMONIAL = 1  # ceremonial posts a calendar may hold


def ceremonial_verdict(pillars: list[str], advice: str) -> Verdict | None:
    """The failing verdict when a calendar with these ``pillars`` holds more ceremonial posts than
    ``KALENDER_MAKS_SEREMONIAL``; ``advice`` ends the hint (what to post instead). Else None."""
    ceremonial = pillars.count("seremonial")
    return broken_rule(
        ceremonial > KALENDER_MAKS_SEREMONIAL,
        f"ada {ceremonial} unggahan seremonial.",
        f"Batasi unggahan seremonial paling banyak {KALENDER_MAKS_SEREMONIAL}; {advice}",
    )


def calendar_frame(value: Any, columns: tuple[str, ...]) -> Any:
    """The calendar answer as a DataFrame with ``columns``; ``InputError`` otherwise."""
    frame = expect_frame(value, "kalender")
    expect_columns(frame, columns, "kalender")
    return frame


def short_calendar(frame: Any, minimum: int, advice: str) -> Verdict | None:
    """The failing verdict when the calendar ``frame`` holds fewer than ``minimum`` posts; ``advice``
    ends the hint after "Rencanakan paling sedikit {minimum} unggahan". Else None."""
    return broken_rule(
        len(frame) < minimum,
        f"kalender baru berisi {len(frame)} unggahan.",
        f"Rencanakan paling sedikit {minimum} unggahan{advice}",
    )


def text_cell(value: Any, column: str, number: int) -> str:
    """A calendar cell that must be text; ``InputError`` naming the row otherwise."""
    if not isinstance(value, str):
        raise InputError(
            f"{column} pada baris ke-{number} berupa {describe_value(value)}, bukan teks.",
            "Tulis setiap isinya di antara tanda petik.",
        )
    return value


def calendar_row(raw_platform: Any, raw_format: Any, raw_pillar: Any, number: int) -> tuple[str, str, str]:
    """``(platform, format, pillar)`` of calendar row ``number``, each by its course name; ``InputError``
    when a cell is not text or names no known platform, format or pillar."""
    from course.engines import synthetic_data

    for value, column in ((raw_platform, "platform"), (raw_format, "format"), (raw_pillar, "pilar")):
        text_cell(value, column, number)
    platform = platform_name(raw_platform)
    if platform is None:
        raise InputError(
            f'platform "{raw_platform}" pada baris ke-{number} tidak dikenal.',
            "Pilih dari: " + ", ".join(f'"{p}"' for p in PLATFORMS) + ".",
        )
    fmt = normalise(raw_format, synthetic_data.FORMATS, FORMAT_ALIASES)
    if fmt is None:
        raise InputError(
            f'format "{raw_format}" pada baris ke-{number} tidak dikenal.',
            "Pilih dari: " + ", ".join(f'"{f}"' for f in synthetic_data.FORMATS) + ".",
        )
    pillar = normalise(raw_pillar, synthetic_data.PILLARS, PILLAR_ALIASES)
    if pillar is None:
        raise InputError(
            f'pilar "{raw_pillar}" pada baris ke-{number} tidak dikenal.',
            "Pilih dari: " + ", ".join(f'"{p}"' for p in synthetic_data.PILLARS) + ".",
        )
    return platform, fmt, pillar


def format_verdict(fmt: str, platform: str, number: int) -> Verdict | None:
    """The failing verdict when ``platform`` does not carry ``fmt`` in this course, else None."""
    allowed = format_per_platform()[platform]
    return broken_rule(
        fmt not in allowed,
        f"baris ke-{number}: format {fmt} tidak tersedia untuk {platform} dalam kursus ini.",
        f"Untuk {platform}, pilih salah satu: {', '.join(allowed)}.",
    )


def calendar_hour(value: Any, number: int, platform: str) -> int:
    """The posting hour of calendar row ``number``: a whole number 0-23; ``InputError`` otherwise."""
    if isinstance(value, str):
        raise InputError(
            f'jam pada baris ke-{number} ({platform}) ditulis sebagai teks "{value}".',
            "Tulis jam sebagai angka bulat tanpa tanda petik, misalnya 19 untuk pukul 19.00.",
        )
    number_value = expect_number(value, f"jam pada baris ke-{number}", computed=True)
    if number_value != int(number_value) or not 0 <= number_value <= 23:
        raise InputError(
            f"jam pada baris ke-{number} bernilai {value}, bukan jam bulat 0–23.",
            "Tulis jam sebagai angka bulat, misalnya 19 untuk pukul 19.00.",
        )
    return int(number_value)


# ---------------------------------------------------------------------------
# Headlines (session 03 rules; also the release headlines of sessions 05 and 07)

KATA_MIN = clickbait.KATA_MIN
KARAKTER_MAKS = clickbait.PANJANG_MAKS
MIRIP_MAKS = 0.8  # similarity to the original headline above which a rewrite counts as a copy

ATURAN = (
    "bukan salinan judul aslinya",
    "tidak ada alasan clickbait menurut pemeriksa judul",
    "memuat fakta kunci dari lembar fakta",
    f"panjangnya paling sedikit {KATA_MIN} kata dan paling banyak {KARAKTER_MAKS} karakter",
    "tidak ada temuan ejaan (EYD V)",
)


def normalise_text(text: str) -> str:
    """``text`` in lower case with punctuation removed and spaces collapsed (for comparing headlines)."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _copy_problem(norm: str, asli: str) -> tuple[str, str, str] | None:
    original = normalise_text(asli)
    if norm == original:
        return (
            "salinan",
            "judul ini masih sama dengan judul aslinya.",
            "Tulis judul baru dari lembar fakta, jangan menyalin judul lama.",
        )
    if difflib.SequenceMatcher(None, norm, original).ratio() >= MIRIP_MAKS:
        return (
            "salinan",
            "judul ini hampir sama dengan judul aslinya.",
            "Mulailah dari lembar fakta: siapa melakukan apa, lalu fakta kuncinya.",
        )
    return None


def _length_problem(text: str) -> tuple[str, str, str] | None:
    words = len(re.findall(r"\w+", text))
    if words < KATA_MIN:
        return (
            "panjang",
            f"judul ini hanya {words} kata.",
            f"Tulis paling sedikit {KATA_MIN} kata: pelaku, kata kerja, dan fakta utamanya.",
        )
    if len(text) > KARAKTER_MAKS:
        return (
            "panjang",
            f"judul ini {len(text)} karakter, lebih dari {KARAKTER_MAKS}.",
            "Pangkas kata yang tidak perlu; satu judul, satu gagasan.",
        )
    return None


def nilai_judul(judul, wajib: list[dict], asli: str | None = None, nama: str = "judul") -> list[tuple[str, str, str]]:
    """Problems of a written headline under ``ATURAN``: ``(rule, message, hint)`` tuples; empty when it passes.

    ``nama`` is the participant's variable, named in the message when the answer is unusable.
    """
    text = expect_text(judul, nama)
    problems: list[tuple[str, str, str]] = []
    norm = normalise_text(text)
    copy = _copy_problem(norm, asli) if asli is not None else None
    if copy:
        problems.append(copy)
    report = clickbait.periksa(text)
    if report.alasan or report.clickbait:
        first = report.alasan[0] if report.alasan else None
        names = "; ".join(a.teks.rstrip(".") for a in report.alasan) or "skornya di atas ambang"
        problems.append(
            (
                "clickbait",
                f"pemeriksa judul masih menemukan ciri clickbait: {names}.",
                first.saran if first else "Hapus kata pemancing dan tulis faktanya.",
            )
        )
    missing = [group["nama"] for group in wajib if not any(v in norm for v in group["varian"])]
    if missing:
        problems.append(
            (
                "fakta",
                "belum memuat fakta kunci: " + ", ".join(missing) + ".",
                "Baca lagi lembar faktanya dan masukkan fakta yang belum ada.",
            )
        )
    length = _length_problem(text)
    if length:
        problems.append(length)
    findings = spelling.periksa_judul(text)
    if findings:
        problems.append(
            (
                "ejaan",
                f"ada {len(findings)} temuan ejaan, misalnya {findings[0]}",
                f'Perbaiki ejaannya; usulan: "{spelling.perbaiki(text, judul=True)}".',
            )
        )
    return problems


def release_headline_verdict(siaran: Any, wajib: list[dict]) -> Verdict:
    """The verdict on the headline of the release ``siaran`` under the headline rules, with the key
    facts ``wajib`` (the ``rilis_judul`` check of session 05, ``proyek_judul`` of session 07)."""
    title = press_release.judul_dari(expect_text(siaran, "siaran"))
    if not title:
        return Verdict(
            False,
            "judul siaran pers belum ditemukan.",
            "Tulis judul di baris tersendiri di atas paragraf pertama, sesudah label SIARAN PERS.",
        )
    problems = nilai_judul(title, wajib, nama="judul siaran")
    if not problems:
        return Verdict(True, f'Judul "{title}" lugas, memuat fakta kunci, dan ejaannya rapi.')
    listed = " ".join(f"({n}) {msg}" for n, (_rule, msg, _hint) in enumerate(problems, start=1))
    return Verdict(False, f'judul "{title}": {listed}', problems[0][2])


# ---------------------------------------------------------------------------
# Helpers participants call in more than one notebook


def periksa_ejaan(teks, judul: bool = False) -> None:
    """Print the EYD V findings in ``teks`` (a headline when ``judul=True``).

    ``course.engines.spelling.periksa_teks`` and ``periksa_judul`` return them as data.
    """
    found = spelling.periksa_judul(teks) if judul else spelling.periksa_teks(teks)
    if not found:
        print("\u2714 Tidak ada temuan ejaan.")
    for finding in found:
        print(f"- {finding}")
    if found:
        print(f"Usulan perbaikan: {spelling.perbaiki(teks, judul=judul)}")


def periksa_siaran(teks, fakta: dict | None = None) -> None:
    """Print the press-release checker's report (``course.engines.press_release.periksa`` returns it as data)."""
    print(press_release.periksa(teks, fakta).teks())
