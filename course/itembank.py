"""The item bank of the Tes Awal (session 00) and Tes Akhir (session 08, its own short notebook).

One bank, two forms. Both tests ask the same items in the same order, so a
participant's gain can be computed per item and overall; the Tes Akhir shows
each item's options in another order (a parallel form), so remembering a letter
from the Tes Awal does not help.

The bank lives in ``course/data/bank_soal.json``: questions, options and sources,
and NO key, since the package is in every participant's hands. The key is only on
the grader's side, in ``kunci/bank_soal.json`` at the course root (``KEY_FILE``),
never installed and never released: a secret and, per item, the keyed hash
(HMAC-SHA256 with that secret, :func:`key_digest`) of the correct option's text.
:func:`read_key` reads it; :func:`is_correct` judges a letter with it.

Check names are ``tes_awal_NN`` and ``tes_akhir_NN`` (NN = item number, 01..); ``TEST_SESSIONS`` names
the notebook of each form. Each item's ``sesi`` is the session that teaches its topic: one of the
sessions between the two tests, never the Tes Akhir's own.
They are registered with ``reveal=False``: in the kernel ``cek`` only validates
the letter and confirms the answer was recorded; the grader judges it with the key
(``course.checks.grade``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from course.checks import KeyFileError, Verdict, register
from course.errors import EmptyInput, InputError, describe_value, expect_filled
from course.sessions import SESSIONS

KEY_FILE = "bank_soal.json"  # in the grader's key folder (``kunci/`` at the course root)
FORMS = ("awal", "akhir")
# The session (notebook) that asks each form: the Tes Awal opens the course, the Tes Akhir has its own slot.
TEST_SESSIONS = {"awal": "00-pengantar", "akhir": "08-tes-akhir"}
LETTERS = "ABCD"
# ``SESSIONS`` (course.sessions): every item's ``sesi`` is one of them.
__all__ = [
    "KEY_FILE",
    "FORMS",
    "TEST_SESSIONS",
    "LETTERS",
    "SESSIONS",
    "Item",
    "AnswerKey",
    "key_digest",
    "make_key",
    "read_key",
    "correct_letter",
    "items",
    "item",
    "option_order",
    "options",
    "normalise_letter",
    "is_correct",
    "question_markdown",
    "check_name",
]


@dataclass(frozen=True)
class Item:
    id: str
    sesi: str
    topik: str
    pertanyaan: str
    pilihan: tuple[str, ...]
    sumber: str


@dataclass(frozen=True)
class AnswerKey:
    """The grader's key: ``secret`` and, per item id, the keyed hash of its correct option."""

    secret: bytes
    digests: dict[str, str]


def key_digest(secret: bytes, item_id: str, option_text: str) -> str:
    """HMAC-SHA256 (hex) of an option's text (spaces normalised) under the key's ``secret``."""
    normalised = " ".join(option_text.split())
    return hmac.new(secret, f"{item_id}|{normalised}".encode(), hashlib.sha256).hexdigest()


def make_key(correct: dict[str, str], secret: bytes) -> dict:
    """The JSON of a key file for ``{item id: correct option text}`` (how ``kunci/`` is written)."""
    return {
        "keterangan": "Kunci Tes Awal dan Tes Akhir, hanya untuk penilai. Jangan dibagikan kepada peserta.",
        "rahasia": secret.hex(),
        "kunci": {item_id: key_digest(secret, item_id, text) for item_id, text in correct.items()},
    }


def read_key(raw: Any) -> AnswerKey:
    """The key of a parsed key file; ``KeyFileError`` (in Indonesian) when it does not fit the bank."""
    where = f"kunci/{KEY_FILE}"
    try:
        secret = bytes.fromhex(raw["rahasia"])
        digests = {str(k): str(v) for k, v in raw["kunci"].items()}
    except (TypeError, KeyError, ValueError, AttributeError):
        raise KeyFileError(f'berkas {where} rusak: perlu "rahasia" (heksadesimal) dan "kunci" per butir.') from None
    missing = [it.id for it in items() if it.id not in digests]
    if len(secret) < 16 or missing:
        raise KeyFileError(f"berkas {where} tidak cocok dengan bank soal (butir tanpa kunci: {', '.join(missing)}).")
    return AnswerKey(secret, digests)


@lru_cache(maxsize=1)
def items() -> tuple[Item, ...]:
    """All items, in test order."""
    raw = json.loads(resources.files("course").joinpath("data/bank_soal.json").read_text(encoding="utf-8"))
    return tuple(Item(r["id"], r["sesi"], r["topik"], r["pertanyaan"], tuple(r["pilihan"]), r["sumber"]) for r in raw)


def item(number: int) -> Item:
    """The item with 1-based ``number`` in test order."""
    bank = items()
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= len(bank):
        raise InputError(
            f"nomor soal harus bilangan bulat 1 sampai {len(bank)}, bukan {describe_value(number)}.",
            "Salin nomor soal dari judul soalnya.",
        )
    return bank[number - 1]


def _check_form(form: str) -> str:
    if form not in FORMS:
        raise InputError(
            f'bentuk tes harus "awal" atau "akhir", bukan {describe_value(form)}.',
            'Tulis "awal" untuk Tes Awal dan "akhir" untuk Tes Akhir.',
        )
    return form


def option_order(form: str, it: Item) -> list[int]:
    """Indices into ``it.pilihan`` in the order the form shows them."""
    _check_form(form)
    n = len(it.pilihan)
    if form == "awal":
        return list(range(n))
    shift = 1 + int(hashlib.sha256(it.id.encode()).hexdigest(), 16) % (n - 1)
    return [(i + shift) % n for i in range(n)]


def options(form: str, number: int) -> list[tuple[str, str]]:
    """``[(letter, text), ...]`` as shown in the given form."""
    it = item(number)
    return [(LETTERS[pos], it.pilihan[idx]) for pos, idx in enumerate(option_order(form, it))]


def normalise_letter(jawaban: Any, number: int) -> str:
    """The participant's answer as one upper-case letter, or a friendly ``InputError``."""
    name = f"jawaban_{number:02d}"
    allowed = LETTERS[: len(item(number).pilihan)]
    listed = ", ".join(allowed[:-1]) + f", atau {allowed[-1]}"
    text = expect_filled(
        jawaban,
        EmptyInput(
            f"{name} masih kosong.",
            f'Tulis satu huruf pilihan Anda ({listed}) di antara tanda petik, misalnya {name} = "A".',
        ),
        InputError(
            f"{name} harus berupa satu huruf di antara tanda petik, bukan {describe_value(jawaban)}.",
            f'Contoh penulisan: {name} = "A".',
        ),
    )
    letter = re.sub(r"^[\s(]*([A-Za-z])[\s.)]*$", r"\1", text).upper()
    if len(letter) != 1 or letter not in allowed:
        raise InputError(f'"{text}" bukan pilihan yang tersedia.', f"Tulis satu huruf saja: {listed}.")
    return letter


def is_correct(form: str, number: int, jawaban: Any, key: AnswerKey) -> bool:
    """True when ``jawaban`` picks the correct option of item ``number`` in ``form`` (by the grader's ``key``)."""
    letter = normalise_letter(jawaban, number)
    chosen = dict(options(form, number))[letter]
    it = item(number)
    return hmac.compare_digest(key_digest(key.secret, it.id, chosen), key.digests[it.id])


def correct_letter(form: str, number: int, key: AnswerKey) -> str:
    """The letter of the correct option of item ``number`` in ``form``."""
    return next(letter for letter, _ in options(form, number) if is_correct(form, number, letter, key))


def question_markdown(form: str, number: int) -> str:
    """The Markdown of one question as it stands in the test notebook."""
    it = item(number)
    lines = [f"**Soal {number}** · *{it.topik}*", "", it.pertanyaan, ""]
    lines += [f"- **{letter}.** {text}" for letter, text in options(form, number)]
    lines += ["", f'Isi jawaban Anda pada sel di bawah ini: `jawaban_{number:02d} = "..."`.']
    return "\n".join(lines)


def check_name(form: str, number: int) -> str:
    return f"tes_{_check_form(form)}_{number:02d}"


def _make_checks(form: str, number: int) -> tuple[Callable[[Any], Verdict], Callable[[Any, Any], Verdict]]:
    def validate(jawaban: Any) -> Verdict:
        normalise_letter(jawaban, number)  # a friendly InputError for anything but one letter
        return Verdict(True)

    def keyed(jawaban: Any, raw_key: Any) -> Verdict:
        return Verdict(is_correct(form, number, jawaban, read_key(raw_key)))

    return validate, keyed


def _register_all() -> None:
    recorded = (
        "Jawaban Anda sudah tercatat. Benar atau tidaknya akan terlihat setelah penilaian; "
        "Anda boleh mengubahnya sebelum mengumpulkan."
    )
    for form in FORMS:
        for number in range(1, len(items()) + 1):
            validate, keyed = _make_checks(form, number)
            register(check_name(form, number), reveal=False, recorded=recorded, keyed=keyed, key_file=KEY_FILE)(
                validate
            )


_register_all()
