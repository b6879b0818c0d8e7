"""What a participant sees when something goes wrong.

Two kinds of problem reach a participant:

* ``InputError``: a course helper was called with the wrong kind of value
  (``None``, an empty string, a number where text was expected, ...). The
  message says, in Indonesian, what was expected and how to fix it.
* ``NotYetCorrect``: a self-check found the answer is not right yet. The
  message says what is wrong and gives a hint, without revealing the answer.

``install()`` registers an IPython handler so that these, and the common Python
errors a beginner meets (a misspelt name, a wrong column, a forgotten answer),
are shown as one friendly Indonesian paragraph instead of a traceback. The cell
still ends in an error, so nbgrader scores a failing test cell as failed.
"""

from __future__ import annotations

import difflib
import math
import numbers
import sys
from collections.abc import Iterable
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

    def friendly(self) -> str:
        text = f"{self.label}: {self.message}"
        if self.hint:
            text += f"\nPetunjuk: {self.hint}"
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
        raise InputError(
            f"{name} harus berupa angka, tetapi yang diberikan adalah {describe_value(value)}.",
            hint,
        )
    if value != value:  # NaN
        raise InputError(f"{name} tidak boleh NaN (bukan angka).", "Periksa lagi perhitungan Anda.")
    return float(value)


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


def _close_names(name: str, namespace: Iterable[str]) -> list[str]:
    public = [n for n in namespace if not n.startswith("_")]
    return difflib.get_close_matches(name, public, n=2, cutoff=0.75)


def _explain_syntax_error(value: BaseException) -> str:
    line = getattr(value, "lineno", None)
    where = f" pada baris {line}" if line else ""
    shown = (getattr(value, "text", None) or "").strip()
    text = f"Penulisan kode{where} belum benar sehingga Python tidak dapat membacanya."
    if shown:
        text += f" Baris itu: `{shown}`."
    if isinstance(value, IndentationError):
        return text + "\nPetunjuk: periksa spasi di awal baris; baris jawaban biasanya dimulai tanpa spasi."
    return (
        text + "\nPetunjuk: periksa pasangan tanda petik dan kurung, serta tanda = di antara nama "
        "dan nilainya, misalnya durasi_jam = 8.5."
    )


def explain(exc: BaseException, namespace: Iterable[str] = ()) -> str:
    """Describe ``exc`` in Indonesian for a participant, without a traceback."""
    if isinstance(exc, CourseError):
        return exc.friendly()
    if isinstance(exc, SyntaxError):
        return _explain_syntax_error(exc)
    if isinstance(exc, NotImplementedError):
        return f"Belum diisi: {STUB_HINT}"
    if isinstance(exc, AssertionError):
        detail = str(exc).strip()
        text = "Belum tepat: jawaban ini belum lolos pemeriksaan."
        if detail:
            text += f" {detail}"
        return text + "\nPetunjuk: baca lagi soalnya, perbaiki sel jawaban, lalu jalankan sel ini lagi."
    if isinstance(exc, NameError):
        name = getattr(exc, "name", None) or str(exc).split("'")[1 if "'" in str(exc) else 0]
        text = f"Nama `{name}` belum dikenal."
        close = _close_names(name, namespace)
        if close:
            text += " Mungkin maksud Anda: " + ", ".join(f"`{c}`" for c in close) + "."
        return (
            text + "\nPetunjuk: periksa ejaannya (huruf besar dan kecil dibedakan), "
            "dan pastikan sel yang membuat nama itu, termasuk sel jawaban di atas, sudah dijalankan."
        )
    if isinstance(exc, KeyError):
        key = exc.args[0] if exc.args else ""
        return (
            f"Kunci atau kolom {key!r} tidak ditemukan.\n"
            "Petunjuk: periksa ejaan nama kolom; tampilkan daftar kolom dengan `data.columns`."
        )
    if isinstance(exc, ZeroDivisionError):
        return (
            "Ada pembagian dengan nol.\n"
            "Petunjuk: periksa penyebutnya (misalnya jangkauan atau jumlah pengikut) tidak bernilai 0."
        )
    if isinstance(exc, TypeError):
        return (
            f"Jenis nilai tidak cocok: {exc}.\n"
            "Petunjuk: angka ditulis tanpa tanda petik dan teks diapit tanda petik; "
            "periksa lagi nilai yang Anda pakai."
        )
    if isinstance(exc, ValueError):
        return f"Nilai tidak dapat digunakan: {exc}.\nPetunjuk: periksa lagi isi jawaban Anda."
    if isinstance(exc, AttributeError):
        return f"Perintah atau atribut tidak ditemukan: {exc}.\nPetunjuk: periksa ejaan setelah tanda titik."
    if isinstance(exc, (IndexError,)):
        return f"Urutan di luar jangkauan: {exc}.\nPetunjuk: ingat, Python mulai menghitung dari 0."
    if isinstance(exc, (FileNotFoundError,)):
        return (
            f"Berkas tidak ditemukan: {exc.filename}.\n"
            "Petunjuk: periksa nama berkas dan pastikan berkas ada di folder yang sama dengan notebook ini."
        )
    return (
        f"Terjadi kesalahan ({type(exc).__name__}): {exc}.\n"
        "Petunjuk: baca lagi sel ini; bila tetap bingung, tanyakan kepada instruktur."
    )


def _ipython_handler(
    shell: Any, etype: type[BaseException], value: BaseException, tb: Any, tb_offset: int | None = None
) -> None:
    """IPython custom exception handler: one friendly paragraph, still an error."""
    try:
        text = explain(value, getattr(shell, "user_ns", {}).keys())
    except Exception:  # never let the handler itself fail
        text = f"Terjadi kesalahan ({etype.__name__})."
    lines = ["\u274c " + text]
    show = getattr(shell, "_showtraceback", None)
    if show is not None:
        show(etype, value, lines)
    else:  # pragma: no cover - a shell without the ipykernel hook
        print(lines[0], file=sys.stderr)
    return None


def install() -> bool:
    """Show errors in the running IPython kernel as friendly Indonesian text.

    Returns True when a kernel was found. Outside IPython it does nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is always there in the course
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((Exception,), _ipython_handler)
    return True
