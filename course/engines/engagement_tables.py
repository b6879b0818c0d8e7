"""Friendly Indonesian tables of posts: what a session 02 participant reads to answer.

Every function takes a table of posts with the columns of ``course.engines.synthetic_data``
(and, where it needs them, the ER columns of ``engagement_frames.siapkan``) and returns a
``Tabel``: a title, a pandas DataFrame with Indonesian headers and a note. A notebook shows
it as HTML with Indonesian numbers (3,09 and 12.345); ``Tabel.tabel`` holds the numbers for
code and tests. Wrong arguments raise one ``InputError`` in Indonesian.

"As good as the best" (``best_groups``) is the posting-hour rule of ``course.engines.posting_hours``
applied to any grouping: a group counts among the best when it has at least ``MIN_UNGGAHAN`` posts
and its median is at least ``SETARA`` of the highest such median (see that module for why). The
tables, the session 02 explorer and the session 02 checks all use it.

The functions participants call have Indonesian names and end their docstring with Indonesian help
(``help(ringkasan)`` or ``ringkasan?`` in a notebook); ``typed_number``, ``close`` and ``best_of``
are for the checks: numbers typed from a table may be rounded.
"""

from __future__ import annotations

import difflib
import html
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from course.engines import charts
from course.engines import engagement_frames as frames
from course.engines.engagement import format_angka
from course.engines.posting_hours import JAM_MIN_UNGGAHAN, JAM_RASIO_MIN
from course.engines.table_region import scroll_region
from course.errors import EmptyInput, InputError, describe_value, expect_columns, expect_frame, expect_number
from course.vocabulary import BULAN, PLATFORMS, platform_name

# "As good as the best": the posting-hour rule of ``course.engines.posting_hours``, used for every grouping.
SETARA = JAM_RASIO_MIN
MIN_UNGGAHAN = JAM_MIN_UNGGAHAN
SUMBER = "data sintetis"
ANALYSIS_COLUMNS = frames.ANALYSIS_COLUMNS
RELATIF = 0.005  # a number computed or typed with more decimals may differ from the data by 0.5 %
# What a participant may group by, and what may be summarised.
GROUPS = ("platform", "format", "pilar", "jam", "hari", "kabupaten", "tingkat_pengikut", "kontes", "tagar_tren")
NUMBERS = (
    "er_jangkauan",
    "er_pengikut",
    "er_impresi",
    "interaksi",
    "jangkauan",
    "pengikut",
    "impresi",
    "suka",
    "komentar",
    "bagikan",
    "simpan",
    "jangkauan_per_pengikut",
)
YES_NO = {True: "ya", False: "tidak"}
YES_NO_GROUPS = ("kontes", "tagar_tren")
POST_FIELDS = (
    *("id_unggahan", "kabupaten", "platform", "format", "waktu_wib", "pengikut", "jangkauan", "impresi"),
    *frames.INTERACTION_COLUMNS,
)


# --------------------------------------------------------------------------- the table shown


@dataclass(frozen=True, eq=False)
class Tabel:
    """A titled table with a note; shown with Indonesian numbers, read through ``tabel``."""

    judul: str
    tabel: pd.DataFrame
    catatan: str = ""
    desimal: dict[str, int] = field(default_factory=dict)
    ribuan: bool = True  # False: whole numbers without the thousands dot, to be typed into a formula as shown

    def tampilan(self) -> pd.DataFrame:
        """The table as text cells, numbers written the Indonesian way."""
        shown = self.tabel.copy().astype(object)
        for column in shown.columns:
            digits = self.desimal.get(str(column), 2)
            shown[column] = [_cell(value, digits, self.ribuan) for value in self.tabel[column]]
        return shown

    def _repr_html_(self) -> str:
        shown = self.tampilan()
        table = scroll_region(shown.to_html(escape=True), *shown.shape)
        parts = [f"<p><b>{html.escape(self.judul)}</b></p>", table]
        if self.catatan:
            parts.append(f"<p><i>{html.escape(self.catatan)}</i></p>")
        return "\n".join(parts)

    def __str__(self) -> str:
        text = f"{self.judul}\n{self.tampilan().to_string()}"
        return text + (f"\n{self.catatan}" if self.catatan else "")

    __repr__ = __str__


def _cell(value: Any, digits: int, thousands: bool = True) -> str:
    if value is None:
        return ""
    if pd.api.types.is_bool(value):
        return YES_NO[bool(value)]
    if pd.api.types.is_number(value):
        number = float(value)
        if number != number:
            return "kosong"
        text = format_angka(number, digits)
        return text if thousands else text.replace(".", "")
    return str(value)


WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")


def in_words(number: int) -> str:
    """A small whole number in words, as EYD V writes it in prose ("sepuluh"); larger ones in digits."""
    return WORDS[number] if 0 <= number < len(WORDS) else format_angka(number)


def lower_first(text: str) -> str:
    """``text`` with a lower-case first letter, unless it starts an acronym ("ER per ...")."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def label(column: str) -> str:
    """The short Indonesian name of a column, as in a sentence ("jangkauan", "ER per jangkauan")."""
    return lower_first(frames.LABELS.get(column, column).split(" (")[0])


def tanggal(stamp: Any) -> str:
    """``2024-01-05 07:10`` as ``5 Januari 2024 07.10`` (EYD V: a dot between hours and minutes)."""
    return f"{stamp.day} {BULAN[stamp.month - 1]} {stamp.year} {stamp.hour:02d}.{stamp.minute:02d}"


# --------------------------------------------------------------------------- argument checks


def _choice(value: Any, options: Sequence[str], name: str) -> str:
    listed = ", ".join(f'"{o}"' for o in options)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise EmptyInput(f"{name} masih kosong.", f"Tulis salah satu dari: {listed}.")
    if not isinstance(value, str):
        raise InputError(f"{name} harus berupa teks, bukan {describe_value(value)}.", f"Pilih dari: {listed}.")
    key = value.strip()
    if key in options:
        return key
    close = difflib.get_close_matches(key.casefold(), list(options), n=1, cutoff=0.6)
    hint = f'Mungkin maksud Anda "{close[0]}". ' if close else ""
    raise InputError(f'{name} "{key}" tidak dikenal.', f"{hint}Pilih dari: {listed}.")


def group_name(value: Any) -> str:
    """``value`` as one of ``GROUPS``; ``InputError`` otherwise."""
    return _choice(value, GROUPS, "kelompok")


def number_name(value: Any) -> str:
    """``value`` as one of ``NUMBERS``; ``InputError`` otherwise."""
    return _choice(value, NUMBERS, "kolom")


def platform_choice(value: Any) -> str:
    """A platform's canonical name ("ig" -> "Instagram"); ``InputError`` otherwise."""
    if isinstance(value, str) and platform_name(value):
        return str(platform_name(value))
    listed = ", ".join(f'"{p}"' for p in PLATFORMS)
    raise InputError(f"platform {describe_value(value)} tidak dikenal.", f"Pilih dari: {listed}.")


def platform_list(value: Any, name: str) -> list[str]:
    """One platform name or a list of them, as canonical names; ``InputError`` otherwise."""
    items = [value] if isinstance(value, str) else value
    if value is None or (isinstance(items, (list, tuple, set)) and not items):
        raise EmptyInput(f"{name} masih kosong.", 'Tulis nama platformnya di antara tanda petik, misalnya "X".')
    if not isinstance(items, (list, tuple, set)):
        raise InputError(f"{name} harus berupa nama platform, bukan {describe_value(value)}.", 'Misalnya "X".')
    names = []
    for item in items:
        found = platform_name(item) if isinstance(item, str) else None
        if found is None:
            listed = ", ".join(f'"{p}"' for p in PLATFORMS)
            raise InputError(f"{describe_value(item)} bukan nama platform.", f"Pilih dari: {listed}.")
        names.append(found)
    return names


def on_platform(data: Any, platform: Any = None, name: str = "data") -> pd.DataFrame:
    """The posts of ``data`` (all, or of one platform)."""
    frame = expect_frame(data, name)
    if platform is None:
        return frame
    expect_columns(frame, ["platform"], name)
    return frame[frame["platform"] == platform_choice(platform)]


def _where(platform: Any) -> str:
    return "semua platform" if platform is None else platform_choice(platform)


# --------------------------------------------------------------------------- tables


def ringkasan(data: Any) -> Tabel:
    """Rows, duplicate rows, empty values per column, dates, kabupaten and platforms of ``data``.

    Indonesia: ringkasan isi tabel (jumlah baris, baris kembar, nilai kosong, rentang tanggal).
    Contoh: ``ringkasan(data)``.
    """
    frame = expect_frame(data, "data")
    expect_columns(frame, ANALYSIS_COLUMNS, "data")
    raw = frame[[c for c in frame.columns if c in ANALYSIS_COLUMNS or c in ("pilar", "teks", "tagar")]]
    rows: dict[str, Any] = {
        "Jumlah baris (unggahan)": len(frame),
        "Baris kembar (salinan berlebih)": int(raw.duplicated().sum()),
    }
    empty = raw.isna().sum()
    for column, count in empty[empty > 0].items():
        rows[f"Nilai kosong di kolom {column}"] = int(count)
    if not (empty > 0).any():
        rows["Nilai kosong"] = 0
    if len(frame):
        rows["Unggahan pertama"] = tanggal(frame["waktu_wib"].min())
        rows["Unggahan terakhir"] = tanggal(frame["waktu_wib"].max())
    rows["Jumlah kabupaten"] = int(frame["kabupaten"].nunique())
    rows["Platform"] = ", ".join(p for p in PLATFORMS if p in set(frame["platform"]))
    table = pd.DataFrame({"Nilai": list(rows.values())}, index=pd.Index(list(rows), name="Keterangan"))
    return Tabel(f"Ringkasan tabel ({SUMBER})", table, desimal={"Nilai": 0})


def lihat_unggahan(data: Any, id_unggahan: Any) -> Tabel:
    """The numbers of one post, read by its code (``"U00011"``).

    Indonesia: menampilkan angka satu unggahan. Contoh: ``lihat_unggahan(bersih, "U00005")``.
    """
    frame = expect_frame(data, "data")
    expect_columns(frame, POST_FIELDS, "data")
    if not isinstance(id_unggahan, str) or not id_unggahan.strip():
        raise InputError(
            f"kode unggahan harus berupa teks, bukan {describe_value(id_unggahan)}.",
            'Tulis kodenya di antara tanda petik, misalnya "U00011".',
        )
    key = id_unggahan.strip().upper()
    rows = frame[frame["id_unggahan"] == key]
    if rows.empty:
        raise InputError(f'unggahan "{key}" tidak ada di tabel ini.', 'Kode unggahan ditulis seperti "U00011".')
    post = rows.iloc[0]
    values = [tanggal(post[c]) if c == "waktu_wib" else post[c] for c in POST_FIELDS]
    labels = ["Kode unggahan", *(frames.LABELS.get(c, c).split(" (")[0] for c in POST_FIELDS[1:])]
    labels[POST_FIELDS.index("waktu_wib")] = "Waktu unggah (WIB)"
    table = pd.DataFrame({"Nilai": values}, index=pd.Index(labels, name="Kolom"))
    note = "Angka ditulis tanpa titik ribuan, sehingga dapat disalin langsung ke rumus."
    return Tabel(f"Unggahan {key} ({SUMBER})", table, note, desimal={"Nilai": 0}, ribuan=False)


def teratas(data: Any, kolom: Any, n: Any = 5, platform: Any = None) -> Tabel:
    """The ``n`` posts with the largest ``kolom`` (all platforms or one).

    Indonesia: ``n`` unggahan dengan nilai ``kolom`` terbesar.
    Contoh: ``teratas(bersih, "komentar")`` atau ``teratas(bersih, "jangkauan", platform="TikTok")``.
    """
    column = number_name(kolom)
    frame = on_platform(data, platform)
    expect_columns(frame, ["id_unggahan", "kabupaten", "platform", "format", "waktu_wib", column], "data")
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 50:
        raise InputError(f"n harus bilangan bulat 1–50, bukan {describe_value(n)}.", "Misalnya n=5.")
    top = frame.sort_values(column, ascending=False, kind="stable").head(n)
    head = frames.LABELS.get(column, column)
    table = pd.DataFrame(
        {
            "Kode unggahan": top["id_unggahan"].to_numpy(),
            "Kabupaten": top["kabupaten"].to_numpy(),
            "Platform": top["platform"].to_numpy(),
            "Format": top["format"].to_numpy(),
            "Waktu unggah (WIB)": [tanggal(s) for s in top["waktu_wib"]],
            head: top[column].to_numpy(),
        },
        index=pd.RangeIndex(1, len(top) + 1, name="Peringkat"),
    )
    title = f"{len(top)} unggahan dengan {label(column)} terbesar, {_where(platform)} ({SUMBER})"
    return Tabel(title, table, desimal={head: _digits(column)})


def _digits(column: str) -> int:
    """Decimals shown for ``column``: two for rates and ratios, none for counts."""
    return 2 if column.startswith("er_") or column == "jangkauan_per_pengikut" else 0


def best_groups(medians: pd.Series, counts: pd.Series, share: float = SETARA, minimum: int = MIN_UNGGAHAN) -> list:
    """Labels of the groups that count among the best, best first.

    A group counts when it has at least ``minimum`` posts and its median is at least ``share`` of
    the highest median among such groups. When no group has ``minimum`` posts, all groups count
    as large enough (a small table is still read, with a warning in ``median_table``)."""
    values = medians.dropna()
    large = values[counts.reindex(values.index).fillna(0) >= minimum]
    pool = large if not large.empty else values
    if pool.empty:
        return []
    top = float(pool.max())
    near = pool[pool >= share * top] if top > 0 else pool[pool == top]
    return list(near.sort_values(ascending=False, kind="stable").index)


def _labels(index: pd.Index, group: str) -> list:
    return [YES_NO.get(v, v) if group in YES_NO_GROUPS else v for v in index]


def median_table(data: Any, kelompok: Any, kolom: Any = "er_jangkauan", platform: Any = None) -> Tabel:
    """Median of ``kolom`` (a column, or a list of them) per value of ``kelompok``, with the number
    of posts; for one column, highest first, with the best and the thin groups marked."""
    group = group_name(kelompok)
    columns = [number_name(k) for k in kolom] if isinstance(kolom, (list, tuple)) else [number_name(kolom)]
    frame = on_platform(data, platform)
    expect_columns(frame, [group, *columns], "data")
    grouped = frame.groupby(group, observed=True)
    medians = grouped[columns].median()
    counts = grouped[columns[0]].count()
    heads = {c: f"Median {lower_first(frames.LABELS.get(c, c))}" for c in columns}
    table = medians.rename(columns=heads)
    table["Jumlah unggahan"] = counts
    what = label(columns[0]) if len(columns) == 1 else "beberapa kolom"
    title = f"Median {what} menurut {label(group)}, {_where(platform)} ({SUMBER})"
    ranked = len(columns) == 1 and group not in YES_NO_GROUPS
    if ranked:
        best = best_groups(medians[columns[0]], counts)
        table = table.sort_values(heads[columns[0]], ascending=False, kind="stable")
        table["Catatan"] = [_remark(label, best, int(counts[label])) for label in table.index]
    elif group == "platform":
        table = table.reindex([p for p in PLATFORMS if p in table.index])
    table.index = pd.Index(_labels(table.index, group), name=frames.LABELS.get(group, group))
    note = (
        f"Setara dengan yang tertinggi: median paling sedikit {format_angka(SETARA * 100)}% dari median "
        f"tertinggi, dari paling sedikit {in_words(MIN_UNGGAHAN)} unggahan."
        if ranked
        else ""
    )
    digits = {heads[c]: _digits(c) or 1 for c in columns}  # a median of counts may end in ,5
    return Tabel(title, table, note, desimal={**digits, "Jumlah unggahan": 0})


def _remark(label: Any, best: list, count: int) -> str:
    if count < MIN_UNGGAHAN:
        return "unggahan sedikit: hati-hati"
    if best and label == best[0]:
        return "tertinggi"
    if label in best:
        return "setara dengan yang tertinggi"
    return ""


def rata_rata_dan_median(data: Any, kolom: Any, platform: Any = None) -> Tabel:
    """Mean and median of ``kolom``, with all posts and without the single largest one.

    Indonesia: rata-rata dan median, dengan dan tanpa satu unggahan terbesar.
    Contoh: ``rata_rata_dan_median(bersih, "jangkauan", platform="TikTok")``.
    """
    column = number_name(kolom)
    frame = on_platform(data, platform)
    expect_columns(frame, [column], "data")
    values = frame[column].dropna()
    if len(values) < 2:
        raise InputError("terlalu sedikit unggahan untuk dibandingkan.", "Pilih platform atau kolom lain.")
    without = values.sort_values(kind="stable").iloc[:-1]
    table = pd.DataFrame(
        {
            "Rata-rata": [values.mean(), without.mean()],
            "Median": [values.median(), without.median()],
            "Jumlah unggahan": [len(values), len(without)],
        },
        index=pd.Index(["Semua unggahan", "Tanpa satu unggahan terbesar"], name=frames.LABELS.get(column, column)),
    )
    digits = _digits(column)
    return Tabel(
        f"Rata-rata dan median {label(column)}, {_where(platform)} ({SUMBER})",
        table,
        desimal={"Rata-rata": digits, "Median": digits, "Jumlah unggahan": 0},
    )


def compare_groups(data: Any, kelompok: Any, kolom: Any, platform: Any = None) -> frames.Perbandingan:
    """``engagement_frames.bandingkan`` for a True/False column, on all posts or one platform."""
    group = group_name(kelompok)
    if group not in YES_NO_GROUPS:
        raise InputError(
            f'kelompok "{group}" bukan kolom ya/tidak.', 'Untuk perbandingan, pakai "kontes" atau "tagar_tren".'
        )
    column = number_name(kolom)
    return frames.bandingkan(on_platform(data, platform), group, column)


# --------------------------------------------------------------------------- helpers participants call
# (with ``ringkasan``, ``lihat_unggahan``, ``teratas`` and ``rata_rata_dan_median`` above)


def median_per(data: Any, kelompok: Any, kolom: Any = "er_jangkauan", platform: Any = None) -> Tabel:
    """Median of ``kolom`` (one column or a list) per value of ``kelompok``, with the number of posts
    (``median_table``; ``engagement_frames.median_per`` is the plain Series of one column).

    Indonesia: median ``kolom`` untuk setiap ``kelompok`` (platform, format, pilar, jam, hari,
    kabupaten, tingkat_pengikut, kontes, tagar_tren), tertinggi di atas.
    Contoh: ``median_per(bersih, "platform")``, ``median_per(bersih, "format", platform="Instagram")``.
    """
    return median_table(data, kelompok, kolom, platform)


def bandingkan(data: Any, kelompok: Any, kolom: Any, platform: Any = None) -> frames.Perbandingan:
    """``compare_groups``: median of ``kolom`` with and without ``kelompok`` (``kontes`` or ``tagar_tren``), their ratio and
    a bootstrap 95 % interval.

    Indonesia: membandingkan median dua kelompok (ya dan tidak), rasionya, dan selang 95%.
    Contoh: ``bandingkan(bersih, "kontes", "komentar", platform="Facebook")``.
    """
    return compare_groups(data, kelompok, kolom, platform)


def grafik_median(data: Any, kelompok: Any, kolom: Any = "er_jangkauan", platform: Any = None) -> Any:
    """Bar chart of the median of ``kolom`` per ``kelompok`` (all platforms or one).

    Indonesia: grafik batang median per kelompok. Contoh: ``grafik_median(bersih, "platform");``.
    """
    group, column = group_name(kelompok), number_name(kolom)
    frame = on_platform(data, platform)
    where = "" if platform is None else f"{platform_choice(platform)}: "
    title = f"{where}median {label(column)} per {label(group)} ({SUMBER})"
    return charts.grafik_median(frame, group, column, judul=title[:1].upper() + title[1:])


def grafik_per_jam(data: Any, platform: Any = None) -> Any:
    """One line per platform: median ER by reach per posting hour.

    Indonesia: grafik median ER per jam unggah. Contoh: ``grafik_per_jam(bersih, platform="TikTok");``.
    """
    chosen = None if platform is None else platform_choice(platform)
    return charts.grafik_per_jam(on_platform(data), platform=chosen)


def grafik_tingkat_pengikut(data: Any, platform: Any) -> Any:
    """Median ER by followers per follower tier, for one platform.

    Indonesia: grafik ER menurut kelompok jumlah pengikut.
    Contoh: ``grafik_tingkat_pengikut(bersih, "Instagram");``.
    """
    return charts.grafik_tingkat_pengikut(on_platform(data), platform_choice(platform))


# --------------------------------------------------------------------------- reading typed answers


def close(value: float, expected: float) -> bool:
    """``value`` is ``expected`` as a participant may write it: within 0.5 %, or rounded to one or two decimals."""
    if math.isclose(value, expected, rel_tol=RELATIF, abs_tol=1e-12):
        return True
    return any(math.isclose(value, round(expected, digits), abs_tol=1e-9) for digits in (1, 2))


def typed_number(value: Any, name: str) -> float:
    """A number the participant typed; friendly errors for None, text and "3,09" (read by Python as a tuple)."""
    if value is None:
        raise EmptyInput(
            f"{name} masih kosong (None).", "Ganti None dengan angka yang Anda temukan, lalu jalankan selnya."
        )
    if isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value):
        raise InputError(
            f"{name} terbaca sebagai dua angka ({value[0]} dan {value[1]}) karena ditulis dengan koma.",
            f"Di Python, desimal ditulis dengan titik: tulis {value[0]}.{value[1]}, bukan {value[0]},{value[1]}.",
        )
    if isinstance(value, str):
        raise InputError(
            f'{name} ditulis sebagai teks "{value}".',
            "Tulis angkanya tanpa tanda petik dan tanpa tanda %, dengan titik sebagai desimal, misalnya 2.75.",
        )
    return expect_number(value, name, computed=True)


def best_of(frame: pd.DataFrame, group: str, column: str = "er_jangkauan") -> list:
    """The groups of ``frame`` that count among the best by median ``column`` (``best_groups``)."""
    grouped = frame.groupby(group, observed=True)[column]
    return best_groups(grouped.median(), grouped.count())
