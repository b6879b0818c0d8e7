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
from collections.abc import Callable, Iterable

from course.checks import Verdict
from course.errors import InputError


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


def judge_decisions(
    parsed: dict,
    order: Iterable,
    is_key: Callable[[object, str, str], bool],
    reasons: Iterable[str],
    noun: str,
    all_right: str,
    hint: str,
) -> Verdict:
    """Mark ``{number: (decision, reason code)}`` for every item in ``order``.

    Says which items have the wrong decision, and which have the right decision with the
    wrong reason code, without revealing either key.
    """
    reasons = list(reasons)
    wrong_decision, wrong_reason = [], []
    for n in order:
        decision, reason = parsed[n]
        if not is_key(n, decision, reason):
            if any(is_key(n, decision, r) for r in reasons):
                wrong_reason.append(str(n))
            else:
                wrong_decision.append(str(n))
    if not wrong_decision and not wrong_reason:
        return Verdict(True, all_right)
    parts = []
    if wrong_decision:
        parts.append(f"keputusan {noun} {', '.join(wrong_decision)} belum tepat")
    if wrong_reason:
        parts.append(f"keputusannya tepat, tetapi kode alasan {noun} {', '.join(wrong_reason)} belum tepat")
    return Verdict(False, "; ".join(parts) + ".", hint)
