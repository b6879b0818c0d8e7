"""Answer keys kept as salted hashes, and the marking of "decision + reason code" exercises.

No answer sits in a notebook or in plain text in ``course/``: a check compares the hash of
what the participant wrote with the stored hash. Each session module has its own salt.

``salted`` is the course's one answer hash: SHA-256 of ``"salt|item|answer"`` in hex. The keys
written in the session modules keep its first 16 hex digits; the item bank
(``course/data/bank_soal.json``) and the headline labels (``course/data/judul_latihan.json``)
keep all 64. ``matches`` compares with a stored key of either length.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

from course.checks import Verdict, missing_verdict
from course.errors import InputError, describe_value


def salted(salt: str, item: str, answer: str, digits: int = 16) -> str:
    """The stored form of ``answer`` to ``item``: the first ``digits`` hex digits of a salted SHA-256."""
    return hashlib.sha256(f"{salt}|{item}|{answer}".encode()).hexdigest()[:digits]


def matches(stored: str, salt: str, item: str, answer: str) -> bool:
    """True when ``answer`` hashes to the stored key ``stored`` (16 or 64 hex digits)."""
    return salted(salt, item, answer, digits=len(stored)) == stored


def numbered(answers: dict, items: Iterable, noun: str) -> dict:
    """``answers`` keyed by item number (``1`` or ``"1"``), checked against ``items``."""
    items = list(items)
    where = f"Pakai nomor {items[0]} sampai {items[-1]} sebagai kunci."
    keys = {}
    for k, v in answers.items():
        try:
            keys[int(k)] = v
        except (TypeError, ValueError):
            raise InputError(f"kunci {k!r} bukan nomor {noun}.", where) from None
    unknown = [str(n) for n in keys if n not in items]
    if unknown:
        raise InputError(f"{noun} {', '.join(unknown)} tidak ada.", where)
    return keys


def decision_pair(value: object, n: object, noun: str, example: str) -> tuple[str, str]:
    """The ``[decision, reason code]`` answer for item ``n`` as two texts, or an ``InputError`` showing ``example``."""
    if not isinstance(value, (list, tuple)) or len(value) != 2 or not all(isinstance(x, str) for x in value):
        raise InputError(
            f"jawaban untuk {noun} {n} harus berupa pasangan [keputusan, kode alasan], bukan {describe_value(value)}.",
            f"Contoh: {example}.",
        )
    return value[0], value[1]


@dataclass(frozen=True)
class DecisionKeys:
    """The stored keys of a "decision + reason code" exercise.

    ``keys[n]`` is ``salted(salt, f"{tag}:{n}", f"{decision}:{reason}")`` for item ``n``, in item
    order; ``reasons`` are the reason codes, ``noun`` names one item ("unggahan") and ``every``
    all of them ("keempat unggahan"). ``also[n]`` holds the stored keys of further answers an editor
    would defend for item ``n`` (accepted like the key).
    """

    salt: str
    tag: str
    keys: dict[int, str]
    reasons: tuple[str, ...]
    noun: str
    every: str
    also: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def is_key(self, n: int, decision: str, reason: str) -> bool:
        stored = salted(self.salt, f"{self.tag}:{n}", f"{decision}:{reason}")
        return stored == self.keys[n] or stored in self.also.get(n, ())

    def missing_verdict(self, answers: Container[int]) -> Verdict | None:
        """The failing verdict naming the items ``answers`` has not decided yet, else None."""
        return missing_verdict(
            answers, self.keys, self.noun, "belum diputuskan", f"Isi keputusan dan kode alasan untuk {self.every}."
        )


def judge_decisions(parsed: dict[int, tuple[str, str]], exercise: DecisionKeys, hint: str) -> Verdict:
    """Mark ``{number: (decision, reason code)}`` for every item of ``exercise``.

    Says which items have the wrong decision, and which have the right decision with the
    wrong reason code, without revealing either key.
    """
    noun = exercise.noun
    wrong_decision, wrong_reason = [], []
    for n in exercise.keys:
        decision, reason = parsed[n]
        if not exercise.is_key(n, decision, reason):
            if any(exercise.is_key(n, decision, r) for r in exercise.reasons):
                wrong_reason.append(str(n))
            else:
                wrong_decision.append(str(n))
    if not wrong_decision and not wrong_reason:
        return Verdict(True, f"Keputusan dan alasan untuk {exercise.every} sudah tepat.")
    parts = []
    if wrong_decision:
        parts.append(f"keputusan {noun} {', '.join(wrong_decision)} belum tepat")
    if wrong_reason:
        parts.append(f"keputusannya tepat, tetapi kode alasan {noun} {', '.join(wrong_reason)} belum tepat")
    return Verdict(False, "; ".join(parts) + ".", hint)
