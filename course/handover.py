"""Handing an answer over to the grader: the value, never a verdict.

A hidden test cell calls ``serahkan("nama_soal", jawaban)``. It judges nothing: it turns the
answer into plain JSON and shows it as one display output of type ``MIME_TYPE``. The grader
(``course.instructor.grading.judge``) reads the last such output of the cell, rebuilds the
value with :func:`decode` and judges it with the installed checks in its own process, so
nothing the participant's kernel does can change a verdict, only the answer value itself.

The encoding is JSON with tags, never pickle: ``None``, booleans, text, numbers and lists
are themselves; every JSON object is a tagged value (``{"$": "tuple", "v": [...]}``):
tuples, dicts (with any keys), sets, non-finite floats, NumPy scalars and arrays, dates and
times, pandas ``Series``, ``DataFrame`` and their indexes. Column data keeps its dtype.
A value that cannot be encoded (another type, too deep, too large) is handed over as a
payload with ``galat`` instead of ``jawaban``; the grader counts it as not right.

Nothing here imports pandas or NumPy: a value can only be a DataFrame when the kernel has
already imported pandas, and :func:`decode` imports them only for such values.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from typing import Any

__all__ = ["MIME_TYPE", "MAX_CHARS", "MAX_DEPTH", "Unreadable", "serahkan", "payload", "encode", "decode", "read"]

MIME_TYPE = "application/vnd.bimtek.jawaban+json"
VERSION = 1
MAX_DEPTH = 32  # nesting of lists, dicts and tables in one answer
MAX_CHARS = 8_000_000  # of the JSON text of one answer (the whole data set of session 02 is ~3 MB)

_NUMPY_NAMES = re.compile(r"(bool|u?int(8|16|32|64)|float(16|32|64))")
_EXTENSION_NAMES = {"str", "string", "boolean", "Float32", "Float64", "category", "object"} | {
    f"{u}Int{n}" for u in ("", "U") for n in (8, 16, 32, 64)
}
_TIME_UNITS = {"s", "ms", "us", "ns"}
_NAT = -(2**63)


class Unreadable(ValueError):
    """A value that cannot be handed over, or a payload that cannot be read back."""


# --------------------------------------------------------------------------- kernel side


def serahkan(soal: str, jawaban: Any = None) -> None:
    """Hand the answer to ``soal`` over to the grader (used in hidden test cells).

    Shows one display output of type ``MIME_TYPE`` holding the encoded answer; it judges
    nothing and never raises for the answer itself.
    """
    from IPython.display import publish_display_data

    publish_display_data({MIME_TYPE: payload(soal, jawaban)})


def payload(soal: str, jawaban: Any) -> dict:
    """The JSON object ``serahkan`` shows: the encoded answer, or ``galat`` saying why not."""
    try:
        encoded = encode(jawaban)
        size = len(json.dumps(encoded, ensure_ascii=False, allow_nan=False))
        if size > MAX_CHARS:
            raise Unreadable(f"jawaban terlalu besar untuk dinilai ({size:,} karakter).".replace(",", "."))
        return {"versi": VERSION, "soal": str(soal), "jawaban": encoded}
    except Exception as exc:  # any failure is a wrong answer for the grader, never a crash
        reason = str(exc) if isinstance(exc, Unreadable) else f"jawaban bertipe {type(jawaban).__name__}"
        return {"versi": VERSION, "soal": str(soal), "galat": f"Tidak dapat diserahkan: {reason}"}


def encode(value: Any, depth: int = 0) -> Any:
    """``value`` as tagged JSON; ``Unreadable`` for what cannot be handed over."""
    if depth > MAX_DEPTH:
        raise Unreadable("jawaban bersarang terlalu dalam.")
    np = sys.modules.get("numpy")
    if np is not None and isinstance(value, (np.generic, np.ndarray)):
        return _encode_array_like(value, depth)
    if value is None or isinstance(value, (bool, str)):
        return str(value) if isinstance(value, str) else value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list):
        return [encode(x, depth + 1) for x in value]
    if isinstance(value, tuple):
        return {"$": "tuple", "v": [encode(x, depth + 1) for x in value]}
    if isinstance(value, dict):
        return {"$": "dict", "v": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    if isinstance(value, (set, frozenset)):
        return {"$": type(value).__name__, "v": [encode(x, depth + 1) for x in value]}
    encoded = _encode_time(value)
    if encoded is not None:
        return encoded
    return _encode_array_like(value, depth)


def _float(value: float) -> Any:
    if math.isfinite(value):
        return value
    return {"$": "float", "v": repr(value)}  # "nan", "inf", "-inf"


def _encode_time(value: Any) -> dict | None:
    pd = sys.modules.get("pandas")
    if pd is not None:
        if value is pd.NaT:
            return {"$": "NaT"}
        if value is pd.NA:
            return {"$": "NA"}
        if isinstance(value, pd.Timestamp):
            tz = None if value.tz is None else str(value.tz)
            return {"$": "Timestamp", "v": value.isoformat(), "tz": tz}
        if isinstance(value, pd.Timedelta):
            return {"$": "Timedelta", "v": int(value.value)}
    if isinstance(value, dt.datetime):
        return {"$": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$": "date", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$": "time", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$": "timedelta", "v": [value.days, value.seconds, value.microseconds]}
    return None


def _encode_array_like(value: Any, depth: int) -> Any:
    np = sys.modules.get("numpy")
    pd = sys.modules.get("pandas")
    if np is not None and isinstance(value, np.generic):
        name = value.dtype.name
        if value.dtype.kind == "U":
            return str(value)
        if not _NUMPY_NAMES.fullmatch(name):
            raise Unreadable(f"jawaban bertipe numpy.{name}")
        return {"$": "np", "dtype": name, "v": encode(value.item(), depth + 1)}
    if np is not None and isinstance(value, np.ndarray):
        return {"$": "ndarray", "shape": list(value.shape), "column": _column(value.reshape(-1), depth)}
    if pd is not None and isinstance(value, pd.DataFrame):
        return {
            "$": "DataFrame",
            "columns": _index(value.columns, depth),
            "index": _index(value.index, depth),
            "data": [_column(value.iloc[:, i], depth) for i in range(value.shape[1])],
        }
    if pd is not None and isinstance(value, pd.Series):
        return {
            "$": "Series",
            "name": encode(value.name, depth + 1),
            "index": _index(value.index, depth),
            "column": _column(value, depth),
        }
    if pd is not None and isinstance(value, pd.Index):
        return _index(value, depth)
    raise Unreadable(f"jawaban bertipe {type(value).__name__}")


def _index(index: Any, depth: int) -> dict:
    import pandas as pd

    if isinstance(index, pd.RangeIndex):
        return {
            "$": "RangeIndex",
            "start": index.start,
            "stop": index.stop,
            "step": index.step,
            "name": encode(index.name),
        }
    if isinstance(index, pd.MultiIndex):
        levels = [_column(index.get_level_values(i), depth) for i in range(index.nlevels)]
        return {"$": "MultiIndex", "names": [encode(n, depth + 1) for n in index.names], "levels": levels}
    return {"$": "Index", "name": encode(index.name, depth + 1), "column": _column(index, depth)}


def _column(values: Any, depth: int) -> dict:
    """One column (Series, Index or 1-D array) with its dtype."""
    import numpy as np
    import pandas as pd

    dtype = values.dtype
    name = str(dtype)
    if isinstance(dtype, pd.DatetimeTZDtype):
        naive = pd.Series(values).dt.tz_convert("UTC").dt.tz_localize(None)
        return {"dtype": "datetimetz", "tz": str(dtype.tz), **_ticks(naive.to_numpy())}
    if isinstance(dtype, np.dtype) and dtype.kind in "mM":
        return {"dtype": dtype.kind, **_ticks(np.asarray(values))}
    if isinstance(dtype, pd.CategoricalDtype):
        cat = pd.Categorical(values)
        return {
            "dtype": "category",
            "categories": _column(cat.categories, depth + 1),
            "ordered": bool(cat.ordered),
            "codes": [int(c) for c in cat.codes],
        }
    if isinstance(dtype, np.dtype) and _NUMPY_NAMES.fullmatch(name):
        return {"dtype": name, "v": [encode(x) for x in np.asarray(values).tolist()]}
    if isinstance(dtype, np.dtype) and dtype.kind == "U":
        return {"dtype": "object", "v": [str(x) for x in np.asarray(values).tolist()]}
    if name in _EXTENSION_NAMES:
        items = values.tolist() if hasattr(values, "tolist") else list(values)
        return {"dtype": name, "v": [_cell(x, depth) for x in items]}
    raise Unreadable(f"kolom bertipe {name}")


def _cell(value: Any, depth: int) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return {"$": "float", "v": "nan"}
    return encode(value, depth + 2)


def _ticks(array: Any) -> dict:
    import numpy as np

    unit = np.datetime_data(array.dtype)[0]
    if unit not in _TIME_UNITS:
        raise Unreadable(f"satuan waktu {unit}")
    ticks = array.view("i8").tolist()
    return {"unit": unit, "v": [None if t == _NAT else t for t in ticks]}


# --------------------------------------------------------------------------- grader side


def read(data: Any) -> Any:
    """The answer held by a ``MIME_TYPE`` output's data; ``Unreadable`` when it holds none."""
    if not isinstance(data, dict) or data.get("versi") != VERSION:
        raise Unreadable("bentuk data jawaban tidak dikenal.")
    if "galat" in data:
        raise Unreadable(str(data["galat"])[:300])
    if "jawaban" not in data:
        raise Unreadable("data jawaban tidak memuat jawaban.")
    _measure(data["jawaban"])
    return decode(data["jawaban"])


def _measure(data: Any) -> None:
    """``Unreadable`` when JSON ``data`` nests deeper than ``decode`` goes or is larger than ``MAX_CHARS``
    (roughly: text length plus a few characters per item), checked without recursion before anything is built."""
    size, stack = 0, [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH + 8:
            raise Unreadable("jawaban bersarang terlalu dalam.")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
            size += sum(len(str(k)) + 4 for k in node)
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
            size += 1
        else:
            size += len(node) + 2 if isinstance(node, str) else 8
        if size > MAX_CHARS:
            raise Unreadable("jawaban terlalu besar untuk dinilai.")


def decode(data: Any, depth: int = 0) -> Any:
    """The value ``encode`` turned into ``data``; ``Unreadable`` for anything else."""
    if depth > MAX_DEPTH + 4:
        raise Unreadable("jawaban bersarang terlalu dalam.")
    if data is None or isinstance(data, (bool, str, int, float)):
        return data
    if isinstance(data, list):
        return [decode(x, depth + 1) for x in data]
    if not isinstance(data, dict) or not isinstance(data.get("$"), str):
        raise Unreadable("bentuk data jawaban tidak dikenal.")
    tag = data["$"]
    decoder = _DECODERS.get(tag)
    if decoder is None:
        raise Unreadable(f"tipe {tag[:40]!r} tidak dikenal.")
    try:
        return decoder(data, depth)
    except Unreadable:
        raise
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as exc:
        raise Unreadable(f"data {tag[:40]} rusak ({type(exc).__name__}).") from None


def _items(data: dict, depth: int) -> list:
    v = data["v"]
    if not isinstance(v, list):
        raise Unreadable("data jawaban rusak.")
    return [decode(x, depth + 1) for x in v]


def _pairs(data: dict, depth: int) -> dict:
    out = {}
    for pair in data["v"]:
        if not isinstance(pair, list) or len(pair) != 2:
            raise Unreadable("data dict rusak.")
        out[decode(pair[0], depth + 1)] = decode(pair[1], depth + 1)
    return out


def _special_float(data: dict, depth: int) -> float:
    if data["v"] not in ("nan", "inf", "-inf"):
        raise Unreadable("data float rusak.")
    return float(data["v"])


def _np_scalar(data: dict, depth: int) -> Any:
    return _numpy_dtype(data["dtype"]).type(decode(data["v"], depth + 1))


def _numpy_dtype(name: Any) -> Any:
    import numpy as np

    if not isinstance(name, str) or not _NUMPY_NAMES.fullmatch(name):
        raise Unreadable("dtype tidak dikenal.")
    return np.dtype(name)


def _ndarray(data: dict, depth: int) -> Any:
    import numpy as np

    shape = data["shape"]
    flat = _decode_column(data["column"], depth)
    if not isinstance(shape, list) or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise Unreadable("data ndarray rusak.")
    if math.prod(shape) != len(flat):
        raise Unreadable("data ndarray rusak.")
    return np.asarray(flat).reshape(shape)


def _time(data: dict, depth: int) -> Any:
    import pandas as pd

    tag, v = data["$"], data["v"]
    if tag == "Timestamp":
        stamp = pd.Timestamp(str(v))
        tz = data.get("tz")
        return stamp if tz is None else stamp.tz_convert(str(tz))
    if tag == "Timedelta":
        return pd.Timedelta(int(v))
    if tag == "datetime":
        return dt.datetime.fromisoformat(str(v))
    if tag == "date":
        return dt.date.fromisoformat(str(v))
    return dt.time.fromisoformat(str(v))


def _timedelta(data: dict, depth: int) -> dt.timedelta:
    days, seconds, micro = (int(x) for x in data["v"])
    return dt.timedelta(days=days, seconds=seconds, microseconds=micro)


def _missing(data: dict, depth: int) -> Any:
    import pandas as pd

    return pd.NaT if data["$"] == "NaT" else pd.NA


def _decode_index(data: Any, depth: int) -> Any:
    import pandas as pd

    if not isinstance(data, dict):
        raise Unreadable("data indeks rusak.")
    tag = data.get("$")
    if tag == "RangeIndex":
        bounds = [data["start"], data["stop"], data["step"]]
        if not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds):
            raise Unreadable("data RangeIndex rusak.")
        return pd.RangeIndex(*bounds, name=decode(data["name"], depth + 1))
    if tag == "MultiIndex":
        arrays = [_decode_column(c, depth) for c in data["levels"]]
        return pd.MultiIndex.from_arrays(arrays, names=[decode(n, depth + 1) for n in data["names"]])
    if tag == "Index":
        return pd.Index(_decode_column(data["column"], depth), name=decode(data["name"], depth + 1))
    raise Unreadable("data indeks rusak.")


def _decode_column(data: Any, depth: int) -> Any:
    """A column as a pandas Series of its dtype (positional index)."""
    import numpy as np
    import pandas as pd

    if not isinstance(data, dict) or not isinstance(data.get("dtype"), str):
        raise Unreadable("data kolom rusak.")
    name = data["dtype"]
    if name in ("M", "m", "datetimetz"):
        unit = data["unit"]
        if unit not in _TIME_UNITS:
            raise Unreadable("satuan waktu tidak dikenal.")
        ticks = np.array([_NAT if t is None else int(t) for t in data["v"]], dtype="i8")
        series = pd.Series(ticks.view(f"{'m' if name == 'm' else 'M'}8[{unit}]"))
        return series.dt.tz_localize("UTC").dt.tz_convert(str(data["tz"])) if name == "datetimetz" else series
    if name == "category":
        categories = _decode_column(data["categories"], depth + 1)
        codes = [int(c) for c in data["codes"]]
        if any(not -1 <= c < len(categories) for c in codes):
            raise Unreadable("data kategori rusak.")
        cat = pd.Categorical.from_codes(codes, categories=pd.Index(categories), ordered=bool(data["ordered"]))
        return pd.Series(cat)
    values = _items(data, depth)
    if _NUMPY_NAMES.fullmatch(name):
        return pd.Series(np.array(values, dtype=_numpy_dtype(name)))
    if name not in _EXTENSION_NAMES:
        raise Unreadable("dtype tidak dikenal.")
    if name == "object":
        array = np.empty(len(values), dtype=object)
        for i, x in enumerate(values):
            array[i] = x
        return pd.Series(array, dtype=object)
    return pd.Series(values, dtype=name)


def _series_value(data: dict, depth: int) -> Any:
    import pandas as pd

    index = _decode_index(data["index"], depth)
    column = _decode_column(data["column"], depth)
    if len(index) != len(column):
        raise Unreadable("data Series rusak.")
    return pd.Series(column.array, index=index, name=decode(data["name"], depth + 1))


def _frame(data: dict, depth: int) -> Any:
    import pandas as pd

    index = _decode_index(data["index"], depth)
    columns = _decode_index(data["columns"], depth)
    data_columns = [_decode_column(c, depth) for c in data["data"]]
    if len(columns) != len(data_columns) or any(len(c) != len(index) for c in data_columns):
        raise Unreadable("data DataFrame rusak.")
    frame = pd.DataFrame({i: c.array for i, c in enumerate(data_columns)}, index=index)
    frame.columns = columns
    return frame


_DECODERS = {
    "tuple": lambda d, depth: tuple(_items(d, depth)),
    "set": lambda d, depth: set(_items(d, depth)),
    "frozenset": lambda d, depth: frozenset(_items(d, depth)),
    "dict": _pairs,
    "float": _special_float,
    "np": _np_scalar,
    "ndarray": _ndarray,
    "Timestamp": _time,
    "Timedelta": _time,
    "datetime": _time,
    "date": _time,
    "time": _time,
    "timedelta": _timedelta,
    "NaT": _missing,
    "NA": _missing,
    "Series": _series_value,
    "DataFrame": _frame,
    "RangeIndex": _decode_index,
    "MultiIndex": _decode_index,
    "Index": _decode_index,
}
