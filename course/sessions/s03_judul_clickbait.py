"""Session 03 (Judul Berita dan Clickbait): helpers for participants and the exercise checks.

Participants call ``periksa_judul(judul)`` (the clickbait checker's report, printed)
and ``periksa_ejaan(teks)`` (the EYD V findings, printed). The exercises:

* ``judul_label``: label twelve headlines "clickbait" or "normal". Scored against the
  course's own answer key in ``course/data/judul_latihan.json`` (salted hashes, as
  in the item bank), never against the checker: the checker is a model that can err.
* ``tulis_ulang_1`` .. ``tulis_ulang_3``: rewrite a clickbait headline from its fact
  sheet; ``judul_rilis``: write the headline of a short release. All four are graded
  on the rules a participant can see (``ATURAN``): not a copy of the original, no
  clickbait reason from ``course.engines.clickbait``, the fact sheet's key facts, length
  within bounds, and no EYD finding from ``course.engines.spelling``.

The headlines, fact sheets and release are fictional ("contoh rekaan": there is no
Kabupaten Sukamaju); they are built on the marker list of ``../shared/domain/brief.md``
section 4.4 and its "normal headline" pattern (actor + active verb + concrete object
+ number/place/date).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from course.answer_keys import matches
from course.checks import Verdict, count_verdict, register
from course.engines import clickbait
from course.errors import InputError, describe_value, expect_list_of_text
from course.sessions.shared import ATURAN, KARAKTER_MAKS, KATA_MIN, MIRIP_MAKS, nilai_judul, periksa_ejaan

# The notebook calls periksa_judul and periksa_ejaan; sessions 05 and 07 grade release headlines
# with the same rules (course.sessions.shared).
__all__ = [
    "ATURAN",
    "KARAKTER_MAKS",
    "KATA_MIN",
    "LABELS",
    "MIRIP_MAKS",
    "judul_latihan",
    "lembar_fakta",
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
    """Fact sheet ``nomor`` (1-3) of the rewriting exercise."""
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
    missed = sum(1 for it, lab in zip(items, labels) if lab == "normal" and _is_key(it, "clickbait"))
    false_alarm = sum(1 for it, lab in zip(items, labels) if lab == "clickbait" and _is_key(it, "normal"))
    if not missed and not false_alarm:
        return Verdict(True, "Kedua belas label Anda sesuai dengan kunci kursus.")
    parts = []
    if missed:
        parts.append(f'{missed} judul clickbait Anda tandai "normal"')
    if false_alarm:
        parts.append(f'{false_alarm} judul normal Anda tandai "clickbait"')
    return Verdict(
        False,
        " dan ".join(parts) + ".",
        "Cari penandanya: kata penunjuk di awal (Ini, Begini), perintah (Simak), tanda tanya atau "
        "seru, kata emosi (Heboh, Bikin), daftar berangka. Judul normal menyebut pelaku, kata kerja "
        "aktif, dan fakta.",
    )


def _verdict(problems: list[tuple[str, str, str]], praise: str) -> Verdict:
    if not problems:
        return Verdict(True, praise)
    if len(problems) == 1:
        return Verdict(False, problems[0][1], problems[0][2])
    listed = " ".join(f"({i}) {msg}" for i, (_rule, msg, _hint) in enumerate(problems, start=1))
    return Verdict(False, f"ada {len(problems)} hal yang perlu diperbaiki: {listed}", problems[0][2])


def _make_rewrite_check(number: int):
    def judge(jawaban) -> Verdict:
        sheet = lembar_fakta(number)
        problems = nilai_judul(jawaban, sheet["wajib"], sheet["judul_asli"], f"judul_baru_{number}")
        return _verdict(problems, "Judul ini lugas, memuat fakta kunci, dan ejaannya rapi.")

    return judge


for _n in (1, 2, 3):
    register(f"tulis_ulang_{_n}")(_make_rewrite_check(_n))


@register("judul_rilis")
def _check_release_headline(jawaban) -> Verdict:
    problems = nilai_judul(jawaban, _data()["rilis"]["wajib"], nama="judul_rilis")
    return _verdict(problems, "Judul ini siap dipakai untuk siaran pers tersebut.")
