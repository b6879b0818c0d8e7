"""What a participant sees when something goes wrong.

Two kinds of problem reach a participant:

* ``InputError``: a course helper was called with the wrong kind of value
  (``None``, an empty string, a number where text was expected, ...). The
  message says, in Indonesian, what was expected and how to fix it.
* ``NotYetCorrect``: a self-check found the answer is not right yet. The
  message says what is wrong and gives a hint, without revealing the answer.

``install()`` registers an IPython handler so that these, and every Python or pandas
error a cell raises (a misspelt name, a quote left open, a smart quote from WhatsApp,
a wrong column, ``and`` between two columns; the paragraphs are in
``course.common_errors``), are shown as one friendly Indonesian paragraph instead of
a traceback and Python's English message. The cell still ends in an error, so nbgrader
scores a failing test cell as failed; ``%tb`` shows an instructor the original.
"""

from __future__ import annotations

import difflib
import linecache
import math
import numbers
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported only when a table is checked
    import pandas as pd

STUB_HINT = (
    "Sel jawaban ini belum diisi. Hapus baris `raise NotImplementedError()`, "
    "tulis jawaban Anda di tempatnya, lalu jalankan sel itu lagi."
)


class CourseError(Exception):
    """Base class for errors written for participants (message in Indonesian)."""

    label = "Perhatian"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.more: tuple[str, ...] = ()  # further lines: the hints of a repeated failure (course.hints)

    def friendly(self) -> str:
        text = f"{self.label}: {self.message}"
        if self.hint:
            text += f"\nPetunjuk: {self.hint}"
        for line in self.more:
            text += f"\n{line}"
        return text

    def __str__(self) -> str:  # what a plain traceback or a log shows
        return self.friendly()


class InputError(CourseError, ValueError):
    """A helper was given a value it cannot use."""

    label = "Masukan tidak dapat digunakan"


class EmptyInput(InputError):
    """An answer that was left as its placeholder (``None``, ``""`` or ``[]``)."""

    label = "Belum diisi"


class NotYetCorrect(CourseError, AssertionError):
    """A self-check verdict: the answer is not right yet (never shows the answer)."""

    label = "Belum tepat"


# ---------------------------------------------------------------------------
# Validators used by every helper that takes participant input.


def describe_value(value: Any) -> str:
    """Indonesian description of what a value is, for error messages."""
    if value is None:
        return "kosong (None)"
    if isinstance(value, bool):
        return f"nilai {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'teks "{shown}"'
    if isinstance(value, (int, float)):
        return f"angka {value}"
    if isinstance(value, (list, tuple)):
        return f"daftar berisi {len(value)} butir"
    if isinstance(value, dict):
        return f"kamus berisi {len(value)} butir"
    return f"nilai bertipe {type(value).__name__}"


def expect_text(value: Any, name: str = "teks", *, allow_empty: bool = False) -> str:
    """Return ``value`` stripped if it is text, else raise an ``InputError``."""
    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            f'Isi {name} dengan teks di antara tanda petik, misalnya "Pemkab Agam".',
        )
    if not isinstance(value, str):
        raise InputError(
            f"{name} harus berupa teks, tetapi yang diberikan adalah {describe_value(value)}.",
            'Tulis teks di antara tanda petik, misalnya "Pemkab Agam".',
        )
    text = value.strip()
    if not text and not allow_empty:
        raise EmptyInput(
            f"{name} masih berupa teks kosong.",
            f'Tulis isi {name} di antara tanda petik, jangan dibiarkan "".',
        )
    return text


def expect_number(value: Any, name: str = "angka", *, computed: bool = False) -> float:
    """Return ``value`` as a float if it is a real number, else raise ``InputError``.

    ``computed=True`` is for an answer that is the result of a calculation in a notebook
    (session 02): NumPy numbers and one-element arrays are accepted too, a pandas table or
    column is refused with a hint to reduce it to one number, and the messages speak of a
    calculation. NumPy and pandas are looked up in ``sys.modules``, never imported: a value
    can only be one of their objects once the notebook has loaded them.
    """
    if computed:
        return _computed_number(value, name)
    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            f"Isi {name} dengan angka, misalnya 8.5.",
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        hint = "Tulis angka tanpa tanda petik, misalnya 8.5."
        if isinstance(value, str) and "," in value:
            hint = (
                "Python memakai titik sebagai pemisah desimal dan angka ditulis tanpa "
                'tanda petik: tulis 8.5, bukan "8,5".'
            )
        hint = _decimal_comma_hint(value) or hint
        raise InputError(
            f"{name} harus berupa angka, tetapi yang diberikan adalah {describe_value(value)}.",
            hint,
        )
    if value != value:  # NaN
        raise InputError(f"{name} tidak boleh NaN (bukan angka).", "Periksa lagi perhitungan Anda.")
    return float(value)


def _decimal_comma_hint(value: Any) -> str | None:
    """The hint for ``8,5`` typed without quotes: Python reads it as the pair of numbers (8, 5)."""
    if isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value):
        whole, part = value
        return (
            f"Python membaca {whole},{part} sebagai dua angka yang dipisahkan koma. Pemisah desimal di Python "
            f"adalah titik: tulis {whole}.{part}."
        )
    return None


def _computed_number(value: Any, name: str) -> float:
    """``expect_number(..., computed=True)``: a calculated number, from Python, NumPy or a 1-element array."""
    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            f"Ganti None dengan perhitungannya; barisnya diawali `{name} = ` agar hasilnya tersimpan.",
        )
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(value, (pd.Series, pd.DataFrame)):
        raise InputError(
            f"{name} berupa tabel atau kolom, padahal yang diminta satu angka.",
            "Ambil satu angkanya, misalnya dengan .sum(), .median(), atau .mean() di ujung perhitungan.",
        )
    np = sys.modules.get("numpy")
    if np is not None and isinstance(value, np.ndarray) and value.size == 1:
        value = value.item()
    if (
        isinstance(value, bool)
        or (np is not None and isinstance(value, np.bool_))
        or not isinstance(value, numbers.Real)
    ):
        hint = "Tulis perhitungannya tanpa tanda petik; hasilnya harus angka."
        if isinstance(value, str) and "," in value:
            hint = "Python memakai titik sebagai pemisah desimal dan angka ditulis tanpa tanda petik."
        hint = _decimal_comma_hint(value) or hint
        raise InputError(f"{name} harus berupa angka, tetapi yang diberikan adalah {describe_value(value)}.", hint)
    number = float(value)
    if math.isnan(number):
        raise InputError(
            f"{name} bernilai NaN (bukan angka).",
            "Biasanya karena ada nilai kosong atau nama yang salah ketik; periksa lagi perhitungannya.",
        )
    return number


def expect_list_of_text(value: Any, name: str = "daftar") -> list[str]:
    """Return a list of stripped strings, else raise ``InputError``."""
    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).", 'Tulis daftar di dalam kurung siku, misalnya ["X", "Instagram"].'
        )
    if isinstance(value, str) or not isinstance(value, (list, tuple, set)):
        raise InputError(
            f"{name} harus berupa daftar (list), tetapi yang diberikan adalah {describe_value(value)}.",
            'Tulis butir-butirnya di dalam kurung siku dan pisahkan dengan koma, misalnya ["X", "Instagram"].',
        )
    items = []
    for position, item in enumerate(value, start=1):
        items.append(expect_text(item, f"butir ke-{position} pada {name}"))
    if not items:
        raise EmptyInput(f"{name} masih kosong.", "Isi daftar dengan paling sedikit satu butir.")
    return items


def expect_filled(value: Any, empty: EmptyInput, not_text: InputError) -> str:
    """Return ``value`` stripped when it is text that is not blank; raise ``empty`` when it is
    ``None`` or blank text, ``not_text`` when it is anything else (the caller words both)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise empty
    if not isinstance(value, str):
        raise not_text
    return value.strip()


def expect_choice(value: Any, choices: Iterable[str], name: str = "pilihan") -> str:
    """Return the choice matching ``value`` (case-insensitive), else raise ``InputError``."""
    options = list(choices)
    listed = ", ".join(f'"{c}"' for c in options)
    wanted = expect_filled(
        value,
        EmptyInput(f"{name} masih kosong.", f"Pilih salah satu dari: {listed}."),
        InputError(
            f"{name} harus berupa teks, tetapi yang diberikan adalah {describe_value(value)}.",
            f"Tulis salah satu dari {listed}, lengkap dengan tanda petik.",
        ),
    ).casefold()
    for option in options:
        if option.casefold() == wanted:
            return option
    raise InputError(
        f'"{value.strip()}" tidak ada di antara pilihan.',
        f"Pilih salah satu dari: {listed}.",
    )


def expect_dict(value: Any, name: str, example: str) -> dict:
    """A non-empty dict, or ``EmptyInput`` / ``InputError`` showing ``example``."""
    if value is None or (isinstance(value, dict) and not value):
        raise EmptyInput(f"{name} masih kosong.", f"Isi kamusnya, misalnya {example}.")
    if not isinstance(value, dict):
        raise InputError(
            f"{name} harus berupa kamus (dict), bukan {describe_value(value)}.",
            f"Tulis di dalam kurung kurawal, misalnya {example}.",
        )
    return value


def expect_frame(value: Any, name: str = "data") -> pd.DataFrame:
    """Return ``value`` if it is a DataFrame, else raise a friendly ``InputError``.

    pandas is imported here, when a table is checked, so importing this module never loads it.
    """
    import pandas as pd

    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            f"Simpan hasilnya dengan baris yang diawali `{name} = ...`, jalankan sel itu, lalu jalankan sel ini lagi.",
        )
    if isinstance(value, pd.Series):
        raise InputError(
            f"{name} berupa satu kolom (Series), padahal yang diperlukan tabel utuh (DataFrame).",
            "Simpan seluruh tabelnya, bukan satu kolomnya saja.",
        )
    if not isinstance(value, pd.DataFrame):
        raise InputError(
            f"{name} harus berupa tabel (DataFrame), tetapi yang diberikan adalah {describe_value(value)}.",
            "Periksa lagi baris yang mengisi variabel itu.",
        )
    return value


def expect_columns(frame: pd.DataFrame, columns: Iterable[str], name: str = "data") -> None:
    """Raise ``InputError`` naming the first missing column and the closest existing one."""
    present = [str(c) for c in frame.columns]
    for column in columns:
        if column in frame.columns and frame[column].isna().all() and len(frame):
            raise EmptyInput(
                f'kolom "{column}" pada {name} masih kosong.',
                f'Ganti None dengan perhitungannya dan simpan ke kolom itu: {name}["{column}"] = ...',
            )
        if column not in frame.columns:
            close = difflib.get_close_matches(column, present, n=1, cutoff=0.6)
            hint = (
                f'Ada kolom "{close[0]}"; apakah itu maksudnya? Nama kolom harus persis "{column}".'
                if close
                else f'Tambahkan kolom "{column}" seperti pada contoh di atas; '
                f"tampilkan nama kolom yang ada dengan {name}.columns."
            )
            raise InputError(f'{name} belum punya kolom "{column}".', hint)


# ---------------------------------------------------------------------------
# Turning any exception into one friendly paragraph.


def explain(
    exc: BaseException, namespace: Iterable[str] | Mapping[str, Any] = (), *, line: str = "", cell: str = ""
) -> str:
    """Describe ``exc`` in Indonesian for a participant, without a traceback or Python's English message.

    ``namespace`` (the participant's names, or names and values) lets a misspelt name or column be
    matched to the right one; ``line`` and ``cell`` are the failing source line and the whole cell.
    The paragraphs for Python's and pandas' own errors are in ``course.common_errors``."""
    if isinstance(exc, CourseError):
        return exc.friendly()
    if isinstance(exc, NotImplementedError):
        return f"Belum diisi: {STUB_HINT}"
    if isinstance(exc, AssertionError):
        detail = str(exc).strip()
        text = "Belum tepat: jawaban ini belum lolos pemeriksaan."
        if detail:
            text += f" {detail}"
        return text + "\nPetunjuk: baca lagi soalnya, perbaiki sel jawaban, lalu jalankan sel ini lagi."
    from course.common_errors import Context, describe  # the paragraphs load only when an error is shown

    names = namespace if isinstance(namespace, Mapping) else dict.fromkeys(namespace)
    return describe(exc, Context(line, cell, names))


def _is_cell(filename: str) -> bool:
    """True for the file name IPython gives a notebook cell's code (``/tmp/ipykernel_123/456.py``)."""
    return "ipykernel_" in filename or filename.startswith("<ipython-input")


def failing_source(value: BaseException, tb: Any) -> tuple[str, str]:
    """The failing line and the whole source of the participant's cell, or ``("", "")`` when unknown."""
    if isinstance(value, SyntaxError):
        cell = "".join(linecache.getlines(value.filename)) if value.filename else ""
        return (value.text or "").rstrip("\n"), cell
    found: tuple[str, int] | None = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if _is_cell(code.co_filename):
            found = (code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    if found is None:
        return "", ""
    lines = linecache.getlines(found[0])
    line = lines[found[1] - 1].rstrip("\n") if 0 < found[1] <= len(lines) else ""
    return line, "".join(lines)


def _remember(etype: type[BaseException], value: BaseException, tb: Any) -> None:
    """Keep the exception where IPython's ``%tb`` looks for it, so an instructor can see the original."""
    sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
    if sys.version_info >= (3, 12):
        sys.last_exc = value


def _ipython_handler(
    shell: Any, etype: type[BaseException], value: BaseException, tb: Any, tb_offset: int | None = None
) -> None:
    """IPython custom exception handler: one friendly Indonesian paragraph, still an error.

    The error output's traceback (what JupyterLab shows) is only that paragraph; its ``ename`` and
    ``evalue`` stay Python's, for tools and logs. ``%tb`` shows the original traceback."""
    try:
        _remember(etype, value, tb)
        line, cell = failing_source(value, tb)
        text = explain(value, getattr(shell, "user_ns", {}), line=line, cell=cell)
    except Exception:  # never let the handler itself fail
        text = "Terjadi kesalahan saat sel ini dijalankan.\nPetunjuk: jalankan lagi sel-sel dari atas."
    lines = ["\u274c " + text]
    show = getattr(shell, "_showtraceback", None)
    if show is not None:
        show(etype, value, lines)
    else:  # pragma: no cover - a shell without the ipykernel hook
        print(lines[0], file=sys.stderr)
    return None


def _friendly_tracebacks(shell: Any) -> None:
    """Route IPython's own ``showtraceback`` (errors found while IPython prepares a cell, such as a
    misaligned indentation, code that parses but cannot compile, ``sys.exit()``, a widget callback
    that fails) through the friendly handler too. ``%tb`` keeps showing the original traceback."""
    if getattr(shell, "_bimtek_friendly", False):
        return
    original_show = shell.showtraceback
    original_tb = shell.find_line_magic("tb")
    state = {"original": False}

    def showtraceback(exc_tuple: Any = None, *args: Any, **kwargs: Any) -> None:
        etype, value, tb = exc_tuple if exc_tuple is not None else sys.exc_info()
        if etype is None:
            etype, value, tb = getattr(sys, "last_type", None), getattr(sys, "last_value", None), None
        if state["original"] or etype is None or value is None:
            return original_show(exc_tuple, *args, **kwargs)
        _ipython_handler(shell, etype, value, tb if tb is not None else getattr(sys, "last_traceback", None))
        return None

    def tb_magic(line: str = "") -> None:
        state["original"] = True
        try:
            if original_tb is not None:
                original_tb(line)
            else:  # pragma: no cover - IPython always has %tb
                original_show()
        finally:
            state["original"] = False

    shell.showtraceback = showtraceback
    shell.register_magic_function(tb_magic, "line", "tb")
    shell._bimtek_friendly = True


def install() -> bool:
    """Show errors in the running IPython kernel as friendly Indonesian text.

    Every exception a cell raises (and a cell stopped with the Stop button) is shown as one paragraph
    from :func:`explain`: through IPython's custom exception handler for errors of the cell's code
    (syntax errors included), and through ``showtraceback`` for the errors IPython finds itself.
    Python's compile-time warnings ("perhaps you missed a comma?") and IPython's English advice after
    ``sys.exit()``, printed before or after the error they concern, are silenced: the error itself is
    explained. ``%tb`` shows the original traceback (for instructors). Returns True when a kernel was
    found; outside IPython it does nothing."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is always there in the course
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((Exception, KeyboardInterrupt), _ipython_handler)
    _friendly_tracebacks(shell)
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    warnings.filterwarnings("ignore", message="To exit: use")
    return True
