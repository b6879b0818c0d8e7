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

import difflib
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources

from course.engines import spelling as bahasa
from course.engines import clickbait as headlines
from course.checks import Verdict, register
from course.errors import InputError, describe_value, expect_list_of_text, expect_text

LABELS = ("clickbait", "normal")
KATA_MIN = headlines.KATA_MIN
KARAKTER_MAKS = headlines.PANJANG_MAKS
MIRIP_MAKS = 0.8  # similarity to the original headline above which a rewrite counts as a copy

ATURAN = (
    "bukan salinan judul aslinya",
    "tidak ada alasan clickbait menurut pemeriksa judul",
    "memuat fakta kunci dari lembar fakta",
    f"panjangnya paling sedikit {KATA_MIN} kata dan paling banyak {KARAKTER_MAKS} karakter",
    "tidak ada temuan ejaan (EYD V)",
)


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
        raise InputError(f"nomor lembar fakta harus 1 sampai {len(sheets)}, bukan {describe_value(nomor)}.",
                         "Tulis nomornya tanpa tanda petik, misalnya lembar_fakta(1).")
    return sheets[nomor - 1]


def siaran_pers() -> list[str]:
    """The paragraphs of the short release of exercise 3."""
    return list(_data()["rilis"]["teks"])


# ---------------------------------------------------------------------------
# Helpers participants call

def periksa_judul(judul) -> None:
    """Print the clickbait checker's report on ``judul`` (``course.engines.clickbait.periksa`` returns it as data)."""
    report = headlines.periksa(judul)
    print(report.teks())
    if not report.clickbait and report.alasan:
        print("Catatan: skornya di bawah ambang, tetapi penanda di atas tetap sebaiknya dihapus.")


def periksa_ejaan(teks, judul: bool = False) -> None:
    """Print the EYD V findings in ``teks`` (a headline when ``judul=True``).

    ``course.engines.spelling.periksa_teks`` and ``periksa_judul`` return them as data.
    """
    found = bahasa.periksa_judul(teks) if judul else bahasa.periksa_teks(teks)
    if not found:
        print("\u2714 Tidak ada temuan ejaan.")
    for finding in found:
        print(f"- {finding}")
    if found:
        print(f"Usulan perbaikan: {bahasa.perbaiki(teks, judul=judul)}")


# ---------------------------------------------------------------------------
# Checks

def _key(item_id: str, label: str) -> str:
    return hashlib.sha256(f"{_data()['garam']}|{item_id}|{label}".encode("utf-8")).hexdigest()


def _normal_label(value: str, position: int) -> str:
    low = value.strip().casefold()
    if low in LABELS:
        return low
    raise InputError(f"butir ke-{position} bertuliskan \"{value.strip()}\", padahal pilihannya hanya "
                     "\"clickbait\" atau \"normal\".", "Tulis persis \"clickbait\" atau \"normal\" untuk setiap judul.")


@register("judul_label")
def _check_labels(jawaban) -> Verdict:
    items = _data()["label"]
    labels = expect_list_of_text(jawaban, "label_judul")
    if len(labels) != len(items):
        return Verdict(False, f"daftar Anda berisi {len(labels)} label, padahal ada {len(items)} judul.",
                       f"Tulis tepat {len(items)} label, satu untuk setiap judul, dengan urutan yang sama.")
    labels = [_normal_label(v, i) for i, v in enumerate(labels, start=1)]
    missed = sum(1 for it, lab in zip(items, labels) if lab == "normal" and _key(it["id"], "clickbait") == it["kunci"])
    false_alarm = sum(1 for it, lab in zip(items, labels) if lab == "clickbait" and _key(it["id"], "normal") == it["kunci"])
    if not missed and not false_alarm:
        return Verdict(True, "Kedua belas label Anda sesuai dengan kunci kursus.")
    parts = []
    if missed:
        parts.append(f"{missed} judul clickbait Anda tandai \"normal\"")
    if false_alarm:
        parts.append(f"{false_alarm} judul normal Anda tandai \"clickbait\"")
    return Verdict(False, " dan ".join(parts) + ".",
                   "Cari penandanya: kata penunjuk di awal (Ini, Begini), perintah (Simak), tanda tanya atau "
                   "seru, kata emosi (Heboh, Bikin), daftar berangka. Judul normal menyebut pelaku, kata kerja "
                   "aktif, dan fakta.")


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def nilai_judul(judul, wajib: list[dict], asli: str | None = None, nama: str = "judul") -> list[tuple[str, str, str]]:
    """Problems of a written headline under ``ATURAN``: ``(rule, message, hint)`` tuples; empty when it passes.

    ``nama`` is the participant's variable, named in the message when the answer is unusable.
    """
    text = expect_text(judul, nama)
    problems: list[tuple[str, str, str]] = []
    norm = _normalise(text)
    if asli is not None:
        original = _normalise(asli)
        ratio = difflib.SequenceMatcher(None, norm, original).ratio()
        if norm == original:
            problems.append(("salinan", "judul ini masih sama dengan judul aslinya.",
                             "Tulis judul baru dari lembar fakta, jangan menyalin judul lama."))
        elif ratio >= MIRIP_MAKS:
            problems.append(("salinan", "judul ini hampir sama dengan judul aslinya.",
                             "Mulailah dari lembar fakta: siapa melakukan apa, lalu fakta kuncinya."))
    report = headlines.periksa(text)
    if report.alasan or report.clickbait:
        first = report.alasan[0] if report.alasan else None
        names = "; ".join(a.teks.rstrip(".") for a in report.alasan) or "skornya di atas ambang"
        problems.append(("clickbait", f"pemeriksa judul masih menemukan ciri clickbait: {names}.",
                         first.saran if first else "Hapus kata pemancing dan tulis faktanya."))
    missing = [group["nama"] for group in wajib if not any(v in norm for v in group["varian"])]
    if missing:
        problems.append(("fakta", "belum memuat fakta kunci: " + ", ".join(missing) + ".",
                         "Baca lagi lembar faktanya dan masukkan fakta yang belum ada."))
    words = len(re.findall(r"\w+", text))
    if words < KATA_MIN:
        problems.append(("panjang", f"judul ini hanya {words} kata.",
                         f"Tulis paling sedikit {KATA_MIN} kata: pelaku, kata kerja, dan fakta utamanya."))
    elif len(text) > KARAKTER_MAKS:
        problems.append(("panjang", f"judul ini {len(text)} karakter, lebih dari {KARAKTER_MAKS}.",
                         "Pangkas kata yang tidak perlu; satu judul, satu gagasan."))
    findings = bahasa.periksa_judul(text)
    if findings:
        problems.append(("ejaan", f"ada {len(findings)} temuan ejaan, misalnya {findings[0]}",
                         f"Perbaiki ejaannya; usulan: \"{bahasa.perbaiki(text, judul=True)}\"."))
    return problems


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
