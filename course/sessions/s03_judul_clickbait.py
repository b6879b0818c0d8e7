"""Session 03 (Judul Berita dan Clickbait): helpers for participants and the exercise checks.

Participants call ``periksa_judul(judul)`` (the clickbait checker's report, printed),
``periksa_ejaan(teks)`` (the EYD V findings, printed) and ``aturan_judul()`` (the table of the
headline rules, rendered from ``course.engines.headline_rules.ATURAN_JUDUL``). The exercises:

* ``judul_label``: label twelve headlines "clickbait" or "normal". Scored against the
  course's own answer key in ``course/data/judul_latihan.json`` (salted hashes, as
  in the item bank), never against the checker: the checker is a model that can err.
  A wrong answer names the headlines to read again.
* ``tulis_ulang_1`` .. ``tulis_ulang_3``: rewrite a clickbait headline from its fact
  sheet; ``judul_rilis``: write the headline of a short release. All four are graded
  on the rules a participant can see (``ATURAN_JUDUL``): not a copy of the original, no
  clickbait reason from ``course.engines.clickbait``, at least two key facts with the core of
  the news among them (each row of a fact sheet is a key fact; for the release, its actor and
  subject plus the numbers and places of its text), length within bounds, and no EYD finding
  from ``course.engines.spelling``. The institution is one key fact among others, never required.

The headlines, fact sheets and release are fictional ("contoh rekaan": there is no
Kabupaten Sukamaju); the labelled headlines follow the markers of the clickbait literature
cited in the notebook (Blom & Hansen 2015; Biyani et al. 2016; CLICK-ID, William & Sari 2020)
and its "normal headline" pattern. Headlines that editors would dispute are discussed in the
notebook after the exercise, never graded.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from course.answer_keys import matches
from course.checks import Verdict, count_verdict, register
from course.engines import clickbait
from course.engines.headline_rules import (
    ATURAN,
    ATURAN_JUDUL,
    FAKTA_MIN,
    KARAKTER_MAKS,
    KATA_MIN,
    MIRIP_MAKS,
    FaktaKunci,
    fakta_dalam,
    fakta_kunci,
    fakta_naskah,
    nilai_judul,
)
from course.errors import InputError, describe_value, expect_list_of_text
from course.sessions.shared import periksa_ejaan

# The notebook calls periksa_judul, periksa_ejaan and aturan_judul; sessions 05 and 07 grade release
# headlines with the same rules (course.engines.headline_rules through course.sessions.shared).
__all__ = [
    "ATURAN",
    "ATURAN_JUDUL",
    "FAKTA_MIN",
    "KARAKTER_MAKS",
    "KATA_MIN",
    "LABELS",
    "MIRIP_MAKS",
    "Tabel",
    "aturan_judul",
    "aturan_markdown",
    "judul_latihan",
    "lembar_fakta",
    "lembar_fakta_markdown",
    "nilai_judul",
    "periksa_ejaan",
    "periksa_judul",
    "siaran_pers",
]

LABELS = ("clickbait", "normal")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("course").joinpath("data/judul_latihan.json").read_text(encoding="utf-8"))


def judul_latihan() -> list[str]:
    """The twelve headlines of the labelling exercise, in order."""
    return [item["judul"] for item in _data()["label"]]


def lembar_fakta(nomor: int) -> dict:
    """Fact sheet ``nomor`` (1-3) of the rewriting exercise: ``judul_asli`` and its ``fakta`` rows."""
    sheets = _data()["lembar_fakta"]
    if isinstance(nomor, bool) or not isinstance(nomor, int) or not 1 <= nomor <= len(sheets):
        raise InputError(
            f"nomor lembar fakta harus 1 sampai {len(sheets)}, bukan {describe_value(nomor)}.",
            "Tulis nomornya tanpa tanda petik, misalnya lembar_fakta(1).",
        )
    return sheets[nomor - 1]


def siaran_pers() -> list[str]:
    """The paragraphs of the short release of exercise 3."""
    return list(_data()["rilis"]["teks"])


# ---------------------------------------------------------------------------
# Tables rendered from the data (the notebook, the instructor doc and the tests compare them)


class Tabel:
    """A Markdown table that Jupyter renders (``_repr_markdown_``); ``print`` shows the same text."""

    def __init__(self, markdown: str):
        self.markdown = markdown

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.markdown


def aturan_markdown(rincian: bool = False) -> str:
    """The headline rules as a Markdown table; ``rincian=True`` adds how the check applies each one."""
    header = "| No. | Nama | Aturan | Berlaku untuk |" + (" Cara pemeriksa menerapkannya |" if rincian else "")
    rows = [header, "|---|---|---|---|" + ("---|" if rincian else "")]
    for number, rule in enumerate(ATURAN_JUDUL, start=1):
        scope = "judul tulis ulang" if rule.tulis_ulang_saja else "semua judul"
        row = f"| {number} | {rule.nama} | {rule.teks} | {scope} |"
        rows.append(row + (f" {rule.rincian} |" if rincian else ""))
    return "\n".join(rows)


def aturan_judul() -> Tabel:
    """The table of the headline rules that the checks of this session (and of sessions 05 and 07) apply."""
    return Tabel(aturan_markdown())


def lembar_fakta_markdown(nomor: int) -> str:
    """Fact sheet ``nomor`` as the notebook shows it: one row per key fact, the core of the news marked."""
    rows = ["| Unsur | Fakta |", "|---|---|"]
    for row in lembar_fakta(nomor)["fakta"]:
        unsur = f"**{row['unsur']} (inti berita)**" if row["inti"] else row["unsur"]
        rows.append(f"| {unsur} | {row['isi']} |")
    return "\n".join(rows)


def fakta_kunci_markdown() -> str:
    """The key facts of every writing exercise and the ways of writing them the check recognises (instructor doc)."""

    def line(soal: str, row: dict) -> str:
        name = f"**{row['nama']}** (inti berita)" if row["inti"] else row["nama"]
        ways = ", ".join(row["varian"])
        if row.get("juga"):
            ways += "; bersama salah satu dari: " + ", ".join(row["juga"])
        return f"| {soal} | {name} | {ways} |"

    rows = ["| Soal | Fakta kunci | Tulisan yang dikenali (cukup satu) |", "|---|---|---|"]
    for number, sheet in enumerate(_data()["lembar_fakta"], start=1):
        rows += [line(f"2.{number} ({sheet['id']})", row) for row in sheet["fakta"]]
    rows += [line("3 (siaran pers)", row) for row in _data()["rilis"]["fakta_kunci"]]
    rows.append(
        "| 3 (siaran pers) | angka dan nama tempat dari naskah | setiap angka di siaran; nama sesudah Kecamatan, Desa, dan sebagainya |"
    )
    return "\n".join(rows)


# ---------------------------------------------------------------------------
# Helpers participants call


def periksa_judul(judul) -> None:
    """Print the clickbait checker's report on ``judul`` (``course.engines.clickbait.periksa`` returns it as data)."""
    report = clickbait.periksa(judul)
    print(report.teks())
    if not report.clickbait and report.alasan:
        print("Catatan: skornya di bawah ambang, tetapi penanda di atas tetap sebaiknya dihapus.")


# ---------------------------------------------------------------------------
# Checks


def _is_key(item: dict, label: str) -> bool:
    """True when ``label`` is the stored key of headline ``item`` (course.answer_keys, all 64 hex digits)."""
    return matches(item["kunci"], _data()["garam"], item["id"], label)


def _normal_label(value: str, position: int) -> str:
    low = value.strip().casefold()
    if low in LABELS:
        return low
    raise InputError(
        f'butir ke-{position} bertuliskan "{value.strip()}", padahal pilihannya hanya "clickbait" atau "normal".',
        'Tulis persis "clickbait" atau "normal" untuk setiap judul.',
    )


def _numbers(numbers: list[int]) -> str:
    listed = [str(n) for n in numbers]
    if len(listed) < 3:
        return " dan ".join(listed)
    return ", ".join(listed[:-1]) + f", dan {listed[-1]}"


@register("judul_label")
def _check_labels(jawaban) -> Verdict:
    items = _data()["label"]
    labels = expect_list_of_text(jawaban, "label_judul")
    wrong_count = count_verdict(
        len(labels),
        len(items),
        "daftar Anda",
        "label",
        "judul",
        "label, satu untuk setiap judul, dengan urutan yang sama.",
    )
    if wrong_count:
        return wrong_count
    labels = [_normal_label(v, i) for i, v in enumerate(labels, start=1)]
    wrong = [n for n, (item, label) in enumerate(zip(items, labels), start=1) if not _is_key(item, label)]
    if not wrong:
        return Verdict(True, "Kedua belas label Anda sesuai dengan kunci kursus.")
    return Verdict(
        False,
        f"label judul nomor {_numbers(wrong)} belum sesuai dengan kunci kursus; baca lagi judul itu.",
        "Cocokkan setiap judul itu dengan tabel penanda di bagian 1: adakah kata penunjuk yang menahan isi "
        "(Ini, Begini), perintah kepada pembaca (Simak, Intip), pertanyaan atau seruan, kata emosi (Heboh, "
        "Bikin), atau daftar berangka? Judul normal menyebut apa yang terjadi dengan faktanya.",
    )


def _verdict(problems: list[tuple[str, str, str]], praise: str) -> Verdict:
    if not problems:
        return Verdict(True, praise)
    if len(problems) == 1:
        return Verdict(False, problems[0][1], problems[0][2])
    listed = " ".join(f"({i}) {msg}" for i, (_rule, msg, _hint) in enumerate(problems, start=1))
    return Verdict(False, f"ada {len(problems)} hal yang perlu diperbaiki: {listed}", problems[0][2])


def _praise(judul: str, facts: tuple[FaktaKunci, ...], fit: str) -> str:
    found = fakta_dalam(judul, facts)
    listed = ", ".join(found[:-1]) + (", dan " if len(found) > 2 else " dan ") + found[-1]
    return f"Judul ini {fit} dan ejaannya rapi; fakta kunci yang dimuat: {listed}."


def _make_rewrite_check(number: int):
    def judge(jawaban) -> Verdict:
        sheet = lembar_fakta(number)
        problems = nilai_judul(jawaban, sheet["fakta"], sheet["judul_asli"], f"judul_baru_{number}")
        if problems:
            return _verdict(problems, "")
        return _verdict([], _praise(jawaban, fakta_kunci(sheet["fakta"]), "lugas"))

    return judge


for _n in (1, 2, 3):
    register(f"tulis_ulang_{_n}")(_make_rewrite_check(_n))


@register("judul_rilis")
def _check_release_headline(jawaban) -> Verdict:
    rows = _data()["rilis"]["fakta_kunci"]
    from_text = fakta_naskah(" ".join(siaran_pers()))
    problems = nilai_judul(jawaban, rows, nama="judul_rilis", tambahan=from_text)
    if problems:
        return _verdict(problems, "")
    return _verdict([], _praise(jawaban, fakta_kunci(rows) + from_text, "siap dipakai untuk siaran itu"))
