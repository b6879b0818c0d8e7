"""Instant self-checks for participants, and the verdicts the grader computes.

Every exercise has one named check. A check is a function that takes the
participant's answer and returns a ``Verdict``; it raises ``InputError`` when the
answer is not even of the right kind. Three calls use it:

* ``cek("nama_soal", jawaban)`` in a visible test cell: prints a friendly
  Indonesian verdict. When the answer is not right yet it raises
  ``NotYetCorrect`` (shown as one paragraph by ``course.errors.install``), so
  nbgrader sees the test fail. It works without any grader (Binder).
* ``serahkan("nama_soal", jawaban)`` (``course.handover``) in a hidden test cell:
  hands the answer value to the grader, which calls :func:`grade` in its own
  process (``course.instructor.grading.judge``). Nothing in the kernel decides a score.
* ``nilai("nama_soal", jawaban)``: True or False, for the course's own tests and old
  notebooks; never raises for bad answers.

Hints get more concrete when the same check fails again in a kernel (``course.hints``): the
verdict's message and hint first, then ``where`` to look, then a worked ``example`` of a similar
item, never the answer. A check supplies these with ``register(..., where=..., example=...)`` or on
one ``Verdict``; generic texts stand in for them. An exception a check raises on an odd answer is
shown as an Indonesian "cannot be checked" message, never Python's English one. None of this
changes a verdict: the grader judges in its own process.

Checks with ``reveal=False`` (the Tes Awal and Tes Akhir items) hold no key in the
package: their ``judge`` only validates the form of an answer (``cek`` then confirms
that it was recorded), and their ``keyed`` function judges it with the key that only
the grader has (``kunci/<key_file>`` in the course root).
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from typing import Any

from course import hints
from course.engines.results import Report
from course.errors import CourseError, EmptyInput, InputError, NotYetCorrect, describe_value
from course.sessions import MODULES as SESSION_MODULES

# Modules that register checks when imported, in the order ``_load`` imports them: session 00 first
# (its kernel loads no pandas), then the item bank (Tes Awal, asked in session 00), then the other
# sessions. The session list is ``course.sessions.MODULES``; a new session needs no change here.
CHECK_MODULES = (SESSION_MODULES[0], "course.itembank", *SESSION_MODULES[1:])


class KeyFileError(Exception):
    """The grader-side key of a ``reveal=False`` check is missing or broken: the grader's fault,
    never the participant's (the grader stops instead of scoring the answer)."""


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: right or not, with a message and a hint.

    ``where`` and ``example`` (optional) are the hints of a repeated failure of this kind: where to
    look (second failure) and a worked example of a similar item (third and later); they override the
    check's own (``register``)."""

    correct: bool
    message: str = ""
    hint: str = ""
    where: str = ""
    example: str = ""


@dataclass(frozen=True)
class Check:
    """A registered check. With ``reveal=False``, ``judge`` only validates the answer's form
    and ``keyed(jawaban, key)`` gives the verdict from the grader-side key file ``key_file``."""

    name: str
    judge: Callable[[Any], Verdict]
    reveal: bool = True
    recorded: str = "Jawaban Anda sudah tercatat."
    keyed: Callable[[Any, Any], Verdict] | None = None
    key_file: str | None = None
    where: str = ""
    example: str = ""


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
    name: str,
    *,
    reveal: bool = True,
    recorded: str | None = None,
    keyed: Callable[[Any, Any], Verdict] | None = None,
    key_file: str | None = None,
    where: str = "",
    example: str = "",
) -> Callable[[Callable[[Any], Verdict]], Callable[[Any], Verdict]]:
    """Decorator: register ``judge`` as the check called ``name``.

    A check with ``reveal=False`` needs ``keyed`` and ``key_file``: ``judge`` then only
    validates the form, and the grader judges with ``keyed(jawaban, key)``. ``where`` (where to
    look: the worked example or section) and ``example`` (a worked example of a similar item, never
    the answer) are shown by ``cek`` on the second and third failure (``course.hints``)."""
    if not reveal and (keyed is None or not key_file):
        raise ValueError(f"check {name!r}: reveal=False needs keyed= and key_file=")

    def wrap(judge: Callable[[Any], Verdict]) -> Callable[[Any], Verdict]:
        if name in _REGISTRY and _REGISTRY[name].judge is not judge:
            raise ValueError(f"check {name!r} is registered twice")
        _REGISTRY[name] = Check(name, judge, reveal, recorded or Check.recorded, keyed, key_file, where, example)
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
    """Run the check ``name`` on ``jawaban`` (raises ``InputError`` on unusable input).

    For a ``reveal=False`` check this only validates the form; see :func:`grade`."""
    return lookup(name).judge(jawaban)


def grade(name: str, jawaban: Any, key_of: Callable[[str], Any]) -> Verdict:
    """The grader's verdict on ``jawaban`` for the check ``name``.

    ``key_of(key_file)`` returns the grader-side key of a ``reveal=False`` check (it is only
    called for those). Raises ``InputError`` on unusable input, like :func:`periksa`."""
    check = lookup(name)
    if check.reveal:
        return check.judge(jawaban)
    check.judge(jawaban)  # the form first: a bad letter is explained, never looked up
    assert check.keyed is not None and check.key_file is not None  # enforced by register()
    return check.keyed(jawaban, key_of(check.key_file))


def cek(soal: str, jawaban: Any = None) -> None:
    """Self-check: print a friendly verdict; raise ``NotYetCorrect`` (or ``InputError``) if not right yet.

    A repeated failure of the same check shows more concrete hints (``course.hints``); an answer left
    empty does not count as a try."""
    check = lookup(soal)
    try:
        verdict = check.judge(jawaban)
    except EmptyInput:
        raise
    except CourseError as exc:
        if check.reveal:
            hints.escalate(check.name, exc, check.where, check.example)
        raise
    except Exception as exc:  # a check that cannot cope with an odd answer: explained, never Python's English
        raise _unreadable(check, jawaban) from exc
    if not check.reveal:
        print(f"\u2714 {check.recorded}")
        return
    if verdict.correct:
        hints.passed(check.name)
        text = "\u2705 Tepat!"
        if verdict.message:
            text += " " + verdict.message
        print(text)
        return
    error = NotYetCorrect(verdict.message or "jawaban ini belum sesuai dengan yang diminta soal.", verdict.hint or None)
    raise hints.escalate(check.name, error, verdict.where or check.where, verdict.example or check.example)


def _unreadable(check: Check, jawaban: Any) -> CourseError:
    """The error ``cek`` shows when the check itself raised on ``jawaban`` (counted as a failed try)."""
    error = InputError(
        f"jawaban ini tidak dapat diperiksa karena bentuknya berbeda dari yang diminta soal "
        f"(yang diberikan: {describe_value(jawaban)}).",
        "Baca lagi soalnya dan samakan bentuk jawaban Anda dengan contoh di atas soal: teks di antara tanda "
        "petik, angka tanpa tanda petik, daftar di dalam kurung siku, kamus di dalam kurung kurawal.",
    )
    return hints.escalate(check.name, error, check.where, check.example) if check.reveal else error


def nilai(soal: str, jawaban: Any = None) -> bool:
    """True when the answer is right; never raises for bad answers.

    The course's own tests use it; hidden tests hand answers over with ``serahkan`` instead.
    A ``reveal=False`` check cannot be judged here (its key is only on the grader's side): it
    raises ``AssertionError`` saying so."""
    check = lookup(soal)
    if not check.reveal:
        # An AssertionError, so that an old `assert nilai(...)` fails its cell instead of passing; the
        # kernel shows it as "Belum tepat: jawaban ini belum lolos pemeriksaan." plus this sentence.
        raise AssertionError(
            f"Soal {check.name} hanya diperiksa oleh penguji kursus lewat serahkan(...), tidak di notebook."
        )
    try:
        return bool(check.judge(jawaban).correct)
    except CourseError:
        return False
