"""Indonesian explanations of the Python and pandas errors a participant can cause.

A participant who cannot program meets Python's own errors: a quote left open, a smart quote pasted
from WhatsApp, a name typed wrong, ``and`` between two columns of a table. Python describes them in
English; :func:`describe` turns each into one friendly Indonesian paragraph that says what happened,
and a ``Petunjuk`` that says how to fix it. The English message is used only to recognise the error
(its first 2,000 characters), never shown.

``EXPLANATIONS`` lists the mistakes this module recognises, most specific first; each is one
:class:`Explanation` (a stable English ``key``, a short Indonesian ``title``, the paragraph and the fix,
with ``$name`` placeholders filled from the error) and a matcher. An error no matcher recognises still
gets an Indonesian paragraph chosen by its kind (``FALLBACKS``). ``course.errors`` shows the result in
the kernel; ``docs/instruktur/`` lists the titles for instructors.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from string import Template
from typing import Any

from course.errors_text import FALLBACKS, SYNTAX_TEXTS, TEXTS

MESSAGE_LIMIT = 2000  # characters of Python's message read to recognise an error

# Names of Python's and pandas' kinds of value, as a participant would call them.
KINDS = {
    "str": "teks",
    "int": "angka bulat",
    "float": "angka desimal",
    "bool": "nilai True atau False",
    "list": "daftar",
    "dict": "kamus",
    "tuple": "pasangan nilai",
    "set": "himpunan",
    "NoneType": "nilai kosong (None)",
    "DataFrame": "tabel",
    "Series": "kolom tabel",
    "function": "perintah",
    "builtin_function_or_method": "perintah",
    "method": "perintah",
}

SMART_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2032\u2033"
SPECIAL_SPACES = "\u00a0\u200b\u200c\u200d\u2007\u202f\ufeff\u2060"
CLOSERS = {"(": ")", "[": "]", "{": "}"}
COURSE_COMMANDS = ("cek", "mulai", "serahkan", "nilai")  # imported by the first cell of every notebook
TEXT_WORDS = {"true": "True", "false": "False", "none": "None", "null": "None", "nil": "None"}


@dataclass(frozen=True)
class Context:
    """What is known about an error besides the exception: where it happened and what names exist."""

    line: str = ""  # the source line that failed ("" when unknown)
    cell: str = ""  # the whole cell's source ("" when unknown)
    namespace: Mapping[str, Any] = field(default_factory=dict)  # the participant's names and values


@dataclass(frozen=True)
class Explanation:
    """One recognised mistake: ``text`` says what happened, ``fix`` what to do (``$x`` placeholders)."""

    key: str
    title: str
    text: str
    fix: str

    def render(self, fields: Mapping[str, str]) -> str:
        return Template(self.text).safe_substitute(fields) + "\nPetunjuk: " + Template(self.fix).safe_substitute(fields)


def kind(type_name: str) -> str:
    """The Indonesian name of a Python type name ("str" -> "teks")."""
    return KINDS.get(type_name, "nilai ini")


def message_of(exc: BaseException) -> str:
    """Python's message for ``exc`` (for a syntax error, without its file and line), cut to ``MESSAGE_LIMIT``."""
    if isinstance(exc, SyntaxError):
        return str(exc.msg or "")[:MESSAGE_LIMIT]
    try:
        return str(exc)[:MESSAGE_LIMIT]
    except Exception:  # an exception whose __str__ fails
        return ""


# ------------------------------------------------------------------------------ matchers


Fields = dict[str, str]
Matcher = Callable[[BaseException, str, Context], Fields | None]


def _said(*patterns: str) -> Matcher:
    """A matcher for messages that match one of ``patterns``; named groups become fields."""
    compiled = [re.compile(p) for p in patterns]

    def match(exc: BaseException, message: str, ctx: Context) -> Fields | None:
        for pattern in compiled:
            found = pattern.search(message)
            if found:
                return {k: v for k, v in found.groupdict().items() if v is not None}
        return None

    return match


def _line(pattern: str, message: str = "invalid syntax") -> Matcher:
    """A matcher for a plain "invalid syntax" whose failing line matches ``pattern``."""
    compiled = re.compile(pattern)

    def match(exc: BaseException, said: str, ctx: Context) -> Fields | None:
        if not said.startswith(message):
            return None
        found = compiled.search(_strings_removed(ctx.line))
        return {k: v for k, v in found.groupdict().items() if v is not None} if found else None

    return match


def _strings_removed(text: str) -> str:
    return re.sub(r"\"[^\"\n]*\"|'[^'\n]*'", '""', text)


def _unclosed_quote(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    if "unterminated string" in message or "EOL while scanning" in message:
        return {}
    if message.startswith("incomplete input"):
        cell = ctx.cell or ctx.line
        without = re.sub(r"\"[^\"\n]*\"|'[^'\n]*'", "", cell.replace('"""', "").replace("'''", ""))
        return {} if ('"' in without or "'" in without) else None
    return None


def _triple_quote(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    if "unterminated triple-quoted" in message:
        return {}
    cell = ctx.cell or ctx.line
    if message.startswith("incomplete input") and (cell.count('"""') % 2 or cell.count("'''") % 2):
        return {}
    return None


def _unclosed_bracket(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    found = re.search(r"'([(\[{])' was never closed", message)
    if found:
        return {"bracket": found.group(1), "closer": CLOSERS[found.group(1)]}
    if not message.startswith("incomplete input"):
        return None
    stack: list[str] = []
    for ch in _strings_removed(ctx.cell or ctx.line):
        if ch in CLOSERS:
            stack.append(ch)
        elif ch in CLOSERS.values() and stack:
            stack.pop()
    return {"bracket": stack[-1], "closer": CLOSERS[stack[-1]]} if stack else None


def _invalid_character(chars: str, *, inverse: bool = False) -> Matcher:
    def match(exc: BaseException, message: str, ctx: Context) -> Fields | None:
        found = re.search(r"invalid (?:non-printable )?character '?(.)'? \(U\+([0-9A-Fa-f]+)\)", message)
        if found is None:
            found = re.search(r"invalid non-printable character U\+([0-9A-Fa-f]+)", message)
            char = chr(int(found.group(1), 16)) if found else ""
        else:
            char = found.group(1)
        if not char:
            return None
        if (char in chars) != inverse:
            return {"char": char}
        return None

    return match


def _space_in_name(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    if not message.startswith("invalid syntax"):
        return None
    found = re.match(r"^\s*([A-Za-z_]\w*(?:[ \t]+[A-Za-z_]\w*)+)\s*=(?!=)", ctx.line)
    if not found or re.search(r"\b(if|for|while|def|class|import|from|return|and|or|not|in|is)\b", found.group(1)):
        return None
    name = found.group(1)
    return {"name": name, "fixed": "_".join(name.split())}


def _builtin_word(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "")
    fixed = TEXT_WORDS.get(name.lower())
    return {"name": name, "fixed": fixed} if fixed and name != fixed else None


def _check_name_unquoted(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "")
    pattern = r"\b(cek|serahkan|lihat_contoh)\(\s*" + re.escape(name) + r"\b"
    found = re.search(pattern, ctx.line or ctx.cell) if name else None
    return {"name": name, "call": found.group(1)} if found else None


def _course_helper(mandiri: bool) -> Matcher:
    """A matcher for a course command used before the first cell ran (or ``lihat_contoh`` off Binder)."""

    def match(exc: BaseException, message: str, ctx: Context) -> Fields | None:
        name = str(getattr(exc, "name", "") or "")
        if name == "lihat_contoh":
            from course.hints import mandiri as on_binder

            return {"name": name} if on_binder() == mandiri else None
        return {"name": name} if mandiri and name in COURSE_COMMANDS else None

    return match


def _close_names(name: str, names: Iterable[str]) -> list[str]:
    public = [n for n in names if isinstance(n, str) and not n.startswith("_")]
    return difflib.get_close_matches(name, public, n=2, cutoff=0.75)


def _name_typo(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "")
    close = _close_names(name, ctx.namespace) if name else []
    return {"name": name, "close": ", ".join(f"`{c}`" for c in close)} if close else None


def _name_is_text(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "")
    return {"name": name} if name[:1].isupper() else None


def _name_any(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "") or (re.findall(r"'([^']*)'", message) or ["?"])[0]
    return {"name": name}


def _columns_of(namespace: Mapping[str, Any]) -> list[str]:
    """Column names of the tables, and keys of the dicts, among the participant's names."""
    found: list[str] = []
    for value in list(namespace.values())[-200:]:
        columns = getattr(value, "columns", None) if type(value).__name__ == "DataFrame" else None
        keys = list(value)[:200] if isinstance(value, dict) else []
        found.extend(str(c) for c in list(columns if columns is not None else [])[:200])
        found.extend(str(k) for k in keys)
    return found


def _key(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    key = exc.args[0] if exc.args else ""
    if isinstance(key, tuple):
        return None
    shown = repr(key)[:80]
    close = difflib.get_close_matches(str(key), _columns_of(ctx.namespace), n=1, cutoff=0.6)
    return {"key": shown, "close": f' Mungkin maksud Anda "{close[0]}".' if close else ""}


def _attribute(tables: bool) -> Matcher:
    def match(exc: BaseException, message: str, ctx: Context) -> Fields | None:
        found = re.search(r"'(\w+)' object has no attribute '(\w+)'", message)
        module = None if found else re.search(r"module '([\w.]+)' has no attribute '(\w+)'", message)
        if module and not tables:
            found, owner_kind = module, f"paket `{module.group(1)}`"
        elif not found or (found.group(1) in ("DataFrame", "Series")) != tables:
            return None
        else:
            owner_kind = kind(found.group(1))
        attr = found.group(2)
        options = [n for n in dir(getattr(exc, "obj", None)) if not n.startswith("_")] if hasattr(exc, "obj") else []
        if tables:
            options += _columns_of(ctx.namespace)
        close = difflib.get_close_matches(attr, options, n=1, cutoff=0.7)
        return {"kind": owner_kind, "attr": attr, "close": f" Mungkin maksud Anda `.{close[0]}`." if close else ""}

    return match


def _with_kind(pattern: str) -> Matcher:
    compiled = re.compile(pattern)

    def match(exc: BaseException, message: str, ctx: Context) -> Fields | None:
        found = compiled.search(message)
        return {"kind": kind(found.group("type"))} if found else None

    return match


def _arguments(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    found = re.match(
        r"^(?:[\w.<>]*\.)?(\w+)\(\) (missing|takes|got an unexpected keyword argument|got multiple)", message
    )
    if not found:
        found = re.match(r"^'(\w+)' is an invalid keyword argument for (\w+)\(\)", message)
        return {"func": found.group(2), "what": "ada nama isian yang tidak dikenal"} if found else None
    what = {
        "missing": "ada isian yang belum diberikan",
        "takes": "isiannya terlalu banyak",
        "got an unexpected keyword argument": "ada nama isian yang tidak dikenal",
        "got multiple": "satu isian diberikan dua kali",
    }[found.group(2)]
    return {"func": found.group(1), "what": what}


def _module(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    name = str(getattr(exc, "name", "") or "")
    close = difflib.get_close_matches(name, ["pandas", "numpy", "matplotlib", "course", "ipywidgets"], n=1)
    return {"module": name, "close": f" Mungkin maksud Anda `{close[0]}`." if close else ""}


def _file(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    return {"file": str(getattr(exc, "filename", "") or "")}


def _always(exc: BaseException, message: str, ctx: Context) -> Fields | None:
    return {}


def _is(*kinds: type[BaseException]) -> tuple[type[BaseException], ...]:
    return kinds


# The matchers, in the order they are tried; the key names the paragraph in ``TEXTS``/``SYNTAX_TEXTS``.
SYNTAX_RULES: list[tuple[str, Matcher]] = [
    ("smart_quotes", _invalid_character(SMART_QUOTES)),
    ("special_space", _invalid_character(SPECIAL_SPACES)),
    ("word_symbol", _invalid_character(SMART_QUOTES + SPECIAL_SPACES, inverse=True)),
    ("triple_quote", _triple_quote),
    ("unclosed_quote", _unclosed_quote),
    ("unclosed_bracket", _unclosed_bracket),
    ("unmatched_bracket", _said(r"unmatched '(?P<bracket>.)'", r"closing parenthesis '(?P<bracket>.)' does not match")),
    ("dict_colon", _said(r"':' expected after dictionary key", r"expression expected after dictionary key")),
    ("dict_colon", _line(r"[{,]\s*\"\"\s+[\"\w]")),
    ("missing_comma", _said(r"Perhaps you forgot a comma")),
    ("assign_reversed", _said(r"cannot assign to (literal|expression|function call|f-string|comparison|subscript)")),
    ("equals_compare", _said(r"Maybe you meant '==' (or ':=' )?instead of '='")),
    ("outside_block", _said(r"'(return|break|continue|yield|await)' outside")),
    ("leading_zero", _said(r"leading zeros in decimal integer literals")),
    ("thousands", _line(r"\d\.\d{3}\.\d{3}|(?i:\brp\.?\s*)\d")),
    ("number_unit", _said(r"invalid (decimal|imaginary|hexadecimal|octal|binary) literal")),
    ("percent", _line(r"\d\s*%\s*(?:$|[,)\]}#])")),
    ("time_colon", _line(r"(?<![\w.])\d{1,2}:\d{2}(?![\d])")),
    ("school_math", _line(r"\d\s*[xX:]\s*\d")),
    ("space_in_name", _space_in_name),
    ("backslash", _said(r"unexpected character after line continuation", r"unicodeescape")),
    ("unexpected_indent", _said(r"unexpected indent")),
    ("expected_indent", _said(r"expected an indented block")),
    ("indent_mismatch", _said(r"unindent does not match", r"inconsistent use of tabs")),
]

RULES: list[tuple[str, tuple[type[BaseException], ...], Matcher]] = [
    ("builtin_word", _is(NameError), _builtin_word),
    ("check_name_unquoted", _is(NameError), _check_name_unquoted),
    ("course_command", _is(NameError), _course_helper(mandiri=True)),
    ("reveal_unavailable", _is(NameError), _course_helper(mandiri=False)),
    ("name_typo", _is(NameError), _name_typo),
    ("name_is_text", _is(NameError), _name_is_text),
    ("name_unknown", _is(NameError), _name_any),
    ("none_value", _is(TypeError, AttributeError), _said(r"NoneType")),
    (
        "text_with_number",
        _is(TypeError),
        _said(
            r"can only concatenate str",
            r"for [-+*/%]+: '(int|float|str)' and '(str|int|float)'",
            r"can't multiply sequence by non-int",
        ),
    ),
    (
        "compare_text_number",
        _is(TypeError),
        _said(r"not supported between instances of '(str|int|float)' and '(str|int|float)'"),
    ),
    ("unhashable", _is(TypeError), _said(r"unhashable type")),
    (
        "missing_comma_call",
        _is(TypeError),
        _said(r"'(tuple|list)' object is not callable", r"list indices must be integers or slices, not (tuple|str)"),
    ),
    ("not_callable", _is(TypeError), _with_kind(r"'(?P<type>\w+)' object is not callable")),
    ("not_subscriptable", _is(TypeError), _with_kind(r"'(?P<type>\w+)' object is not subscriptable")),
    ("not_iterable", _is(TypeError), _with_kind(r"'(?P<type>\w+)' object is not iterable")),
    ("not_iterable", _is(TypeError), _with_kind(r"object of type '(?P<type>\w+)' has no len")),
    ("arguments", _is(TypeError), _arguments),
    ("text_reduction", _is(TypeError), _said(r"Cannot perform reduction|could not convert .* to numeric|dtype")),
    ("series_truth", _is(ValueError), _said(r"truth value of an? (Series|DataFrame|array)")),
    ("array_lengths", _is(ValueError), _said(r"All arrays must be of the same length")),
    (
        "length_mismatch",
        _is(ValueError),
        _said(r"Length of values \((?P<given>\d+)\) does not match length of index \((?P<expected>\d+)\)"),
    ),
    (
        "columns_count",
        _is(ValueError),
        _said(r"(?P<given>\d+) columns passed, passed data had (?P<expected>\d+) columns"),
    ),
    (
        "date_text",
        _is(ValueError),
        _said(
            r"Unknown datetime string|Invalid date specified|time data",
            r"does not match format|day is out of range|month must be in",
        ),
    ),
    (
        "number_text",
        _is(ValueError),
        _said(
            r"could not convert string to float: (?P<value>.{0,60})",
            r"invalid literal for int\(\) with base 10: (?P<value>.{0,60})",
            r"Unable to parse string \"?(?P<value>[^\"]{0,60})",
        ),
    ),
    ("unpack", _is(ValueError), _said(r"too many values to unpack", r"not enough values to unpack")),
    ("several_columns", _is(KeyError), lambda e, m, c: {} if e.args and isinstance(e.args[0], tuple) else None),
    ("columns_missing", _is(KeyError), _said(r"None of \[.*\] are in the \[columns\]", r"not in index")),
    ("key_missing", _is(KeyError), _key),
    ("table_attribute", _is(AttributeError), _attribute(tables=True)),
    ("attribute", _is(AttributeError), _attribute(tables=False)),
    ("zero_division", _is(ZeroDivisionError), _always),
    ("index_range", _is(IndexError), _always),
    ("module_missing", _is(ModuleNotFoundError), _module),
    ("file_missing", _is(FileNotFoundError), _file),
    ("interrupted", _is(KeyboardInterrupt), _always),
    ("exit", _is(SystemExit), _always),
    ("memory", _is(MemoryError), _always),
    ("recursion", _is(RecursionError), _always),
]

EXPLANATIONS: dict[str, Explanation] = {
    key: Explanation(key, title, text, fix) for key, (title, text, fix) in {**SYNTAX_TEXTS, **TEXTS}.items()
}


def _syntax_fields(exc: SyntaxError, ctx: Context) -> Fields:
    line = getattr(exc, "lineno", None)
    shown = (getattr(exc, "text", None) or ctx.line or "").strip()
    return {
        "where": f" pada baris {line}" if line else "",
        "shown": f" Baris itu: `{shown[:200]}`." if shown else "",
    }


def recognise(exc: BaseException, ctx: Context | None = None) -> tuple[Explanation, Fields]:
    """The explanation of ``exc`` and the values of its placeholders (a fallback when none matches)."""
    ctx = ctx or Context()
    message = message_of(exc)
    if isinstance(exc, SyntaxError):
        base = _syntax_fields(exc, ctx)
        if not ctx.line and getattr(exc, "text", None):
            ctx = Context(str(exc.text), ctx.cell, ctx.namespace)
        for key, match in SYNTAX_RULES:
            found = match(exc, message, ctx)
            if found is not None:
                return EXPLANATIONS[key], {**base, **found}
        return EXPLANATIONS["syntax"], base
    for key, kinds, match in RULES:
        if isinstance(exc, kinds):
            found = match(exc, message, ctx)
            if found is not None:
                return EXPLANATIONS[key], found
    for kinds, key in FALLBACKS:
        if isinstance(exc, kinds):
            return EXPLANATIONS[key], {}
    return EXPLANATIONS["other"], {}


def describe(exc: BaseException, ctx: Context | None = None) -> str:
    """One Indonesian paragraph and a ``Petunjuk`` line for ``exc``; never Python's English message."""
    explanation, fields = recognise(exc, ctx)
    return explanation.render(fields)
