"""Instant self-checks for participants, and the verdicts hidden tests assert on.

Every exercise has one named check. A check is a function that takes the
participant's answer and returns a ``Verdict``; it raises ``InputError`` when the
answer is not even of the right kind. Two calls use it:

* ``cek("nama_soal", jawaban)`` in a visible test cell: prints a friendly
  Indonesian verdict. When the answer is not right yet it raises
  ``NotYetCorrect`` (shown as one paragraph by ``course.errors.install``), so
  nbgrader sees the test fail. It works without any grader (Binder).
* ``nilai("nama_soal", jawaban)`` in a hidden test cell: ``assert nilai(...)``.
  It returns True or False and never raises, so the answer text is never in a
  notebook cell and a failing hidden test quotes nothing.

Checks with ``reveal=False`` (the Tes Awal and Tes Akhir items) only confirm
that an answer was recorded; their verdict is known after grading.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from typing import Any

from course.engines.results import Report
from course.errors import CourseError, InputError, NotYetCorrect
from course.sessions import MODULES as SESSION_MODULES

# Modules that register checks when imported, in the order ``_load`` imports them: session 00 first
# (its kernel loads no pandas), then the item bank (Tes Awal, asked in session 00), then the other
# sessions. The session list is ``course.sessions.MODULES``; a new session needs no change here.
CHECK_MODULES = (SESSION_MODULES[0], "course.itembank", *SESSION_MODULES[1:])


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: right or not, with a message and a hint."""

    correct: bool
    message: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Check:
    name: str
    judge: Callable[[Any], Verdict]
    reveal: bool = True
    recorded: str = "Jawaban Anda sudah tercatat."


def group_check(
    ids: Iterable[str], report_of: Callable[[Any], Report], hint: str, noun: str = "cek"
) -> Callable[[Any], Verdict]:
    """A check that passes when the results ``ids`` of ``report_of(jawaban)`` are all ok,
    and otherwise lists the failing ones with their messages ("2 dari 6 {noun} belum lolos. ...")."""

    ids = tuple(ids)

    def judge(jawaban: Any) -> Verdict:
        report = report_of(jawaban)
        failed = [report[i] for i in ids if not report[i].ok]
        if not failed:
            return Verdict(True, "Lolos: " + ", ".join(report[i].nama for i in ids) + ".")
        listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
        return Verdict(False, f"{len(failed)} dari {len(ids)} {noun} belum lolos. {listed}", hint)

    return judge


def count_verdict(given: int, expected: int, subject: str, unit: str, things: str, write: str) -> Verdict | None:
    """The failing verdict when a list answer holds ``given`` items instead of ``expected``, else None:
    "{subject} berisi {given} {unit}, padahal ada {expected} {things}." with the hint "Tulis tepat {expected} {write}"."""
    if given == expected:
        return None
    return Verdict(
        False, f"{subject} berisi {given} {unit}, padahal ada {expected} {things}.", f"Tulis tepat {expected} {write}"
    )


def missing_verdict(answers: Container[Any], items: Iterable[Any], noun: str, state: str, hint: str) -> Verdict | None:
    """The failing verdict naming the ``items`` that ``answers`` leaves out ("{noun} A, C {state}."), else None.
    Underscores in an item's name are shown as spaces ("di_mana" -> "di mana")."""
    missing = [str(n).replace("_", " ") for n in items if n not in answers]
    if not missing:
        return None
    return Verdict(False, f"{noun} {', '.join(missing)} {state}.", hint)


def judged(ok: bool, right: str, message: str, hint: str) -> Verdict:
    """``Verdict(True, right)`` when the answer is ``ok``, else ``Verdict(False, message, hint)``."""
    return Verdict(True, right) if ok else Verdict(False, message, hint)


def broken_rule(broken: bool, message: str, hint: str) -> Verdict | None:
    """``Verdict(False, message, hint)`` when a rule is ``broken``, else None (so rules chain with ``or``)."""
    return Verdict(False, message, hint) if broken else None


_REGISTRY: dict[str, Check] = {}
_loaded = False


def register(
    name: str, *, reveal: bool = True, recorded: str | None = None
) -> Callable[[Callable[[Any], Verdict]], Callable[[Any], Verdict]]:
    """Decorator: register ``judge`` as the check called ``name``."""

    def wrap(judge: Callable[[Any], Verdict]) -> Callable[[Any], Verdict]:
        if name in _REGISTRY and _REGISTRY[name].judge is not judge:
            raise ValueError(f"check {name!r} is registered twice")
        _REGISTRY[name] = Check(name, judge, reveal, recorded or Check.recorded)
        return judge

    return wrap


def _load(name: str | None = None) -> None:
    """Import the check modules: all of them, or (with ``name``) only until that check is
    registered, so a session's kernel does not load what later sessions need (session 00's
    checks come first and need no pandas)."""
    global _loaded
    if _loaded:
        return
    for module in CHECK_MODULES:
        if name is not None and name in _REGISTRY:
            return
        importlib.import_module(module)
    _loaded = True


def names() -> list[str]:
    """All registered check names."""
    _load()
    return sorted(_REGISTRY)


def lookup(name: Any) -> Check:
    """The check called ``name``, or an ``InputError`` that suggests the right name."""
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            'nama soal harus berupa teks, misalnya "pemanasan_1".',
            "Salin nama soal persis seperti tertulis di sel pemeriksaan.",
        )
    key = name.strip()
    _load(key)
    if key not in _REGISTRY:
        close = difflib.get_close_matches(key, list(_REGISTRY), n=1, cutoff=0.6)
        hint = (
            f'Mungkin maksud Anda "{close[0]}".'
            if close
            else "Salin nama soal persis seperti tertulis di sel pemeriksaan."
        )
        raise InputError(f'soal "{key}" tidak dikenal.', hint)
    return _REGISTRY[key]


def periksa(name: str, jawaban: Any) -> Verdict:
    """Run the check ``name`` on ``jawaban`` (raises ``InputError`` on unusable input)."""
    return lookup(name).judge(jawaban)


def cek(soal: str, jawaban: Any = None) -> None:
    """Self-check: print a friendly verdict; raise ``NotYetCorrect`` if not right yet."""
    check = lookup(soal)
    verdict = check.judge(jawaban)
    if not check.reveal:
        print(f"\u2714 {check.recorded}")
        return
    if verdict.correct:
        text = "\u2705 Tepat!"
        if verdict.message:
            text += " " + verdict.message
        print(text)
        return
    raise NotYetCorrect(verdict.message or "jawaban ini belum sesuai dengan yang diminta soal.", verdict.hint or None)


def nilai(soal: str, jawaban: Any = None) -> bool:
    """Hidden-test verdict: True when the answer is right; never raises for bad answers."""
    check = lookup(soal)
    try:
        return bool(check.judge(jawaban).correct)
    except CourseError:
        return False
