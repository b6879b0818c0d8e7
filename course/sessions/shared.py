"""What more than one session module needs: one place for each rule, so no session imports another.

* formats and content pillars: their aliases and ``normalise`` (sessions 01 and 07); platforms use
  ``course.vocabulary.platform_name``;
* the content calendar of sessions 01 and 07: reading it (``calendar_rows``, ``read_post``) and judging a
  post (``post_verdict``: a format its platform carries, an hour the posting-hour rule of
  ``course.engines.posting_hours`` accepts);
* headlines: the verdict on a release's headline (``release_headline_verdict``, sessions 05 and 07)
  under the headline rules of session 03, which live in ``course.engines.headline_rules``;
* helpers participants call in more than one notebook: ``periksa_ejaan`` (sessions 03 and 05) and
  ``periksa_siaran`` (sessions 05 and 07). Each session module re-exports the ones its notebook uses.

The calendar helpers need pandas and the synthetic data set; they import them when first called, so
a session that only needs the headline rules (03, 05) does not load pandas.
"""

from __future__ import annotations

import datetime as _dt
import difflib
from typing import Any, NamedTuple

from course.checks import Verdict, broken_rule
from course.engines import headline_rules, press_release, spelling
from course.errors import EmptyInput, InputError, describe_value, expect_columns, expect_number, expect_text
from course.vocabulary import HARI, PLATFORMS, platform_name

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


# ---------------------------------------------------------------------------
# A content calendar: a list of posts (dicts), as the notebooks show, or a DataFrame. Its hours follow the
# posting-hour rule of ``course.engines.posting_hours`` (stated there once).

KALENDER_MAKS_SEREMONIAL = 1  # ceremonial posts a calendar may hold


class Post(NamedTuple):
    """One calendar post by its course names (``read_post``); ``row`` is the post as written."""

    number: int
    date: _dt.date
    hour: int
    platform: str
    fmt: str
    pillar: str
    row: dict

    @property
    def day(self) -> str:
        return HARI[self.date.weekday()]


def ceremonial_verdict(pillars: list[str], advice: str) -> Verdict | None:
    """The failing verdict when a calendar with these ``pillars`` holds more ceremonial posts than
    ``KALENDER_MAKS_SEREMONIAL``; ``advice`` ends the hint (what to post instead). Else None."""
    ceremonial = pillars.count("seremonial")
    return broken_rule(
        ceremonial > KALENDER_MAKS_SEREMONIAL,
        f"ada {ceremonial} unggahan seremonial.",
        f"Batasi unggahan seremonial paling banyak {KALENDER_MAKS_SEREMONIAL}; {advice}",
    )


def calendar_rows(value: Any, columns: tuple[str, ...]) -> list[dict]:
    """The calendar answer as rows holding ``columns`` (a list of dicts, or a DataFrame); ``InputError`` else."""
    import pandas as pd

    example = '[{"tanggal": "2025-09-04", "jam": 19, ...}, {...}]'
    if value is None or (isinstance(value, list | tuple) and not value):
        raise EmptyInput("kalender masih kosong.", f"Tulis satu kamus untuk setiap unggahan: kalender = {example}.")
    if isinstance(value, pd.DataFrame):
        expect_columns(value, columns, "kalender")
        return value.to_dict("records")
    if not isinstance(value, list | tuple):
        raise InputError(
            f"kalender harus berupa daftar unggahan, bukan {describe_value(value)}.",
            f"Tulis kalender = {example}, satu kamus untuk setiap unggahan, seperti contoh.",
        )
    for number, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            raise InputError(
                f"unggahan ke-{number} berupa {describe_value(row)}, bukan kamus.",
                'Tulis setiap unggahan di antara kurung kurawal, misalnya {"tanggal": "2025-09-04", "jam": 19, ...}.',
            )
        missing = [c for c in columns if c not in row]
        if missing:
            close = difflib.get_close_matches(missing[0], [str(k) for k in row], n=1, cutoff=0.6)
            raise InputError(
                f'unggahan ke-{number} belum punya "{missing[0]}".',
                f'Ada "{close[0]}"; tulis persis "{missing[0]}".'
                if close
                else f'Tambahkan "{missing[0]}": ... seperti contoh.',
            )
    return list(value)


def short_calendar(rows: list, minimum: int, advice: str) -> Verdict | None:
    """The failing verdict when the calendar holds fewer than ``minimum`` posts; ``advice`` ends the hint after
    "Rencanakan paling sedikit {minimum} unggahan". Else None."""
    return broken_rule(
        len(rows) < minimum,
        f"kalender baru berisi {len(rows)} unggahan.",
        f"Rencanakan paling sedikit {minimum} unggahan{advice}",
    )


def read_date(value: Any, name: str) -> _dt.date:
    """A date from "YYYY-MM-DD" text, a ``date`` or a ``Timestamp``; ``InputError`` naming ``name`` otherwise."""
    if isinstance(value, _dt.date):
        return value.date() if isinstance(value, _dt.datetime) else value  # a pandas Timestamp is a datetime
    hint = 'Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya "2025-09-04".'
    if not isinstance(value, str):
        raise InputError(f"{name} harus berupa tanggal dalam teks, bukan {describe_value(value)}.", hint)
    try:
        return _dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f'{name} "{value.strip()}" tidak dapat dibaca sebagai tanggal.', hint) from None


def calendar_row(raw_platform: Any, raw_format: Any, raw_pillar: Any, number: int) -> tuple[str, str, str]:
    """``(platform, format, pillar)`` of post ``number``, each by its course name; ``InputError`` when a cell is
    not text or names no known platform, format or pillar."""
    from course.engines import synthetic_data

    named = []
    for raw, column, choices, aliases in (
        (raw_platform, "platform", PLATFORMS, None),
        (raw_format, "format", synthetic_data.FORMATS, FORMAT_ALIASES),
        (raw_pillar, "pilar", synthetic_data.PILLARS, PILLAR_ALIASES),
    ):
        if not isinstance(raw, str):
            raise InputError(
                f"{column} pada unggahan ke-{number} berupa {describe_value(raw)}, bukan teks.",
                "Tulis setiap isinya di antara tanda petik.",
            )
        found = normalise(raw, choices, aliases) if aliases else platform_name(raw)
        if found is None:
            raise InputError(
                f'{column} "{raw}" pada unggahan ke-{number} tidak dikenal.',
                "Pilih dari: " + ", ".join(f'"{c}"' for c in choices) + ".",
            )
        named.append(found)
    return named[0], named[1], named[2]


def calendar_hour(value: Any, where: str) -> int:
    """A posting hour: a whole number 0-23; ``InputError`` naming ``where`` (e.g. "jam pada unggahan ke-3 (X)")."""
    if isinstance(value, str):
        raise InputError(
            f'{where} ditulis sebagai teks "{value}".',
            "Tulis jam sebagai angka bulat tanpa tanda petik, misalnya 19 untuk pukul 19.00.",
        )
    number_value = expect_number(value, where, computed=True)
    if number_value != int(number_value) or not 0 <= number_value <= 23:
        raise InputError(
            f"{where} bernilai {value}, bukan jam bulat 0–23.",
            "Tulis jam sebagai angka bulat, misalnya 19 untuk pukul 19.00.",
        )
    return int(number_value)


def read_post(row: dict, number: int) -> Post:
    """Post ``number`` of a calendar (a row of ``calendar_rows``); ``InputError`` when a cell is unreadable."""
    platform, fmt, pillar = calendar_row(row["platform"], row["format"], row["pilar"], number)
    date = read_date(row["tanggal"], f"tanggal unggahan ke-{number}")
    hour = calendar_hour(row["jam"], f"jam pada unggahan ke-{number} ({platform})")
    return Post(number, date, hour, platform, fmt, pillar, row)


def post_verdict(post: Post) -> Verdict | None:
    """The failing verdict when ``post`` has a format its platform lacks or an hour the rule does not accept."""
    from course.engines import posting_hours  # loads pandas: only the calendar sessions come here

    allowed = posting_hours.format_per_platform()[post.platform]
    if post.fmt not in allowed:
        return Verdict(
            False,
            f"unggahan ke-{post.number}: format {post.fmt} tidak tersedia untuk {post.platform} dalam kursus ini.",
            f"Untuk {post.platform}, pilih salah satu: {', '.join(allowed)}.",
        )
    problem = posting_hours.posting_hour_problem(post.platform, post.hour, post.day)
    if problem:
        return Verdict(
            False, f"unggahan ke-{post.number} ({post.day}, {post.date.isoformat()}): {problem[0]}.", problem[1]
        )
    return None


# ---------------------------------------------------------------------------
# Headlines: the rules of course.engines.headline_rules, on the headline of a release (sessions 05 and 07)


def release_headline_verdict(siaran: Any, fakta: list[dict]) -> Verdict:
    """The verdict on the headline of the release ``siaran`` under the headline rules, with the key facts
    ``fakta`` plus the numbers and places of the release's own text (the ``rilis_judul`` check of session 05,
    ``proyek_judul`` of session 07)."""
    text = expect_text(siaran, "siaran")
    title = press_release.judul_dari(text)
    if not title:
        return Verdict(
            False,
            "judul siaran pers belum ditemukan.",
            "Tulis judul di baris tersendiri di atas paragraf pertama, sesudah label SIARAN PERS.",
        )
    body = text.replace(title, " ", 1)
    problems = headline_rules.nilai_judul(
        title,
        fakta,
        nama="judul siaran",
        tambahan=headline_rules.fakta_naskah(body),
        nama_diri=spelling.nama_diri(body),
    )
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
