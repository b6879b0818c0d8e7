"""The item bank of the Tes Awal (session 00) and Tes Akhir (session 07).

One bank, two forms. Both tests ask the same items in the same order, so a
participant's gain can be computed per item and overall; the Tes Akhir shows
each item's options in another order (a parallel form), so remembering a letter
from the Tes Awal does not help.

The bank lives in ``course/data/bank_soal.json``. It holds no answer key in
plain text: for each item it stores ``kunci``, a salted SHA-256 of the correct
option's text (``course.answer_keys.salted``, all 64 hex digits). The participant's letter is mapped to the option text of the
form and hashed the same way. Anyone who can run Python can still try all four
letters; the hash keeps the key out of the released notebooks and out of a
casual read of the package, which is what a pre-test needs.

Check names are ``tes_awal_NN`` and ``tes_akhir_NN`` (NN = item number, 01..).
They are registered with ``reveal=False``: ``cek`` only confirms the answer was
recorded, ``nilai`` gives the verdict in the hidden test.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from course.answer_keys import salted
from course.checks import Verdict, register
from course.errors import EmptyInput, InputError, describe_value, expect_filled
from course.sessions import SESSIONS

SALT = "bimtek-kehumasan/bank-soal/v1"
FORMS = ("awal", "akhir")
LETTERS = "ABCD"
# ``SESSIONS`` (course.sessions): every item's ``sesi`` is one of them.
__all__ = [
    "SALT",
    "FORMS",
    "LETTERS",
    "SESSIONS",
    "Item",
    "key_hash",
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
    kunci: str
    sumber: str


def key_hash(item_id: str, option_text: str) -> str:
    """Salted hash of an option's text; the bank stores it for the correct option."""
    normalised = " ".join(option_text.split())
    return salted(SALT, item_id, normalised, digits=64)


@lru_cache(maxsize=1)
def items() -> tuple[Item, ...]:
    """All items, in test order."""
    raw = json.loads(resources.files("course").joinpath("data/bank_soal.json").read_text(encoding="utf-8"))
    return tuple(
        Item(r["id"], r["sesi"], r["topik"], r["pertanyaan"], tuple(r["pilihan"]), r["kunci"], r["sumber"]) for r in raw
    )


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


def normalise_letter(jawaban, number: int) -> str:
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


def is_correct(form: str, number: int, jawaban) -> bool:
    """True when ``jawaban`` picks the correct option of item ``number`` in ``form``."""
    letter = normalise_letter(jawaban, number)
    chosen = dict(options(form, number))[letter]
    return key_hash(item(number).id, chosen) == item(number).kunci


def question_markdown(form: str, number: int) -> str:
    """The Markdown of one question as it stands in the test notebook."""
    it = item(number)
    lines = [f"**Soal {number}** · *{it.topik}*", "", it.pertanyaan, ""]
    lines += [f"- **{letter}.** {text}" for letter, text in options(form, number)]
    lines += ["", f'Isi jawaban Anda pada sel di bawah ini: `jawaban_{number:02d} = "..."`.']
    return "\n".join(lines)


def check_name(form: str, number: int) -> str:
    return f"tes_{_check_form(form)}_{number:02d}"


def _make_judge(form: str, number: int):
    def judge(jawaban) -> Verdict:
        return Verdict(is_correct(form, number, jawaban))

    return judge


def _register_all() -> None:
    recorded = (
        "Jawaban Anda sudah tercatat. Benar atau tidaknya akan terlihat setelah penilaian; "
        "Anda boleh mengubahnya sebelum mengumpulkan."
    )
    for form in FORMS:
        for number in range(1, len(items()) + 1):
            register(check_name(form, number), reveal=False, recorded=recorded)(_make_judge(form, number))


_register_all()
