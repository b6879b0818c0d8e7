#!/usr/bin/env python3
"""Check the Helm values against the Zero to JupyterHub chart's own schema, offline, as Helm would.

    python deploy/kubernetes/chart_values.py                      # the guide's command, as written
    python deploy/kubernetes/chart_values.py --set cull.every=60  # plus more overrides of your own
    python deploy/kubernetes/chart_values.py --chart DIR          # another copy of the chart

Before it renders anything, `helm upgrade --install` builds the values and validates them against the
chart's ``values.schema.json``; this module does the same steps without a cluster:

1. the values files (``-f``/``--values``) layered in order: maps merge key by key, anything else replaces;
2. ``--set`` (typed as Helm types it: true/false, null, whole numbers), then ``--set-string``, then
   ``--set-file`` (the file's text), in Helm's order; keys are dotted, ``\\.`` escapes a dot in a key,
   ``name[0]`` addresses a list item, commas separate several assignments, ``{a,b}`` is a list;
3. the result coalesced over the chart's defaults (``values.yaml``): maps merge recursively, lists and
   scalars replace, a null deletes the key;
4. validation with JSON Schema draft 7 against the chart's ``values.schema.yaml`` (or ``.json``).

The command comes from the guide (``deploy/kubernetes/README.md``, the ``helm upgrade --install`` line), so
the check follows the guide when it changes; the secrets the guide leaves to the organiser (``<...>``,
``...``, ``$(...)``) are replaced by the placeholder ``GANTI-RAHASIA``. More overrides (for example the
settings of further angkatan) are passed as extra ``--set``/``--set-file``/``-f`` values: `Overrides.plus`.

The chart passes ``singleuser.profileList`` to KubeSpawner untouched and its schema only says "array", so
the profile keys are checked against KubeSpawner's documented ``profile_list`` keys as well.

Every message the organiser reads is in Indonesian; exit status 0 (valid), 1 (not valid), 2 (cannot check).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import difflib
import json
import os
import re
import shlex
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft7Validator, ValidationError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHART = ROOT.parent / "shared" / "vendor" / "zero-to-jupyterhub"
GUIDE = HERE / "README.md"
SECRET = "GANTI-RAHASIA"
# KubeSpawner.profile_list: the keys its documentation names for one profile.
PROFILE_KEYS = ("display_name", "slug", "description", "default", "kubespawner_override", "profile_options")
TYPES = {
    "string": "teks",
    "integer": "bilangan bulat",
    "number": "angka",
    "boolean": "true atau false",
    "object": "peta (kunci: nilai)",
    "array": "daftar",
    "null": "kosong (null)",
}


class ChartValuesError(Exception):
    """The check cannot run (no chart, no command in the guide, a missing --set-file); message in Indonesian."""


@dataclasses.dataclass(frozen=True)
class Overrides:
    """What `helm upgrade --install` is given on top of the chart: files, then --set, --set-string, --set-file."""

    values_files: tuple[Path, ...] = ()
    sets: tuple[str, ...] = ()
    set_strings: tuple[str, ...] = ()
    set_files: tuple[str, ...] = ()

    def plus(
        self,
        values_files: Iterable[str | Path] = (),
        sets: Iterable[str] = (),
        set_strings: Iterable[str] = (),
        set_files: Iterable[str] = (),
    ) -> Overrides:
        """These overrides followed by more of each kind (later ones win, as on Helm's command line)."""
        return Overrides(
            self.values_files + tuple(Path(p) for p in values_files),
            self.sets + tuple(sets),
            self.set_strings + tuple(set_strings),
            self.set_files + tuple(set_files),
        )


# --- the guide's command -------------------------------------------------------------------------------


def guide_command(text: str) -> list[str]:
    """The guide's `helm upgrade --install ...` command as arguments, secrets replaced by SECRET."""
    match = re.search(r"`(helm upgrade --install [^`]+)`", text)
    if not match:
        raise ChartValuesError("Perintah `helm upgrade --install ...` tidak ditemukan di panduan.")
    command = re.sub(r"<[^>]*>", SECRET, match.group(1))
    command = re.sub(r"\$\([^)]*\)", SECRET, command)
    command = re.sub(r"=\.\.\.(?=\s|$)", "=" + SECRET, command)
    return shlex.split(command)


def overrides_from_command(args: list[str], base: Path = ROOT) -> Overrides:
    """The values files and --set/--set-string/--set-file options of a helm command line."""
    options: dict[str, list[str]] = {"-f": [], "--values": [], "--set": [], "--set-string": [], "--set-file": []}
    pending = None
    for arg in args:
        if pending is not None:
            options[pending].append(arg)
            pending = None
        elif arg in options:
            pending = arg
        elif arg.split("=", 1)[0] in options and "=" in arg:
            name, value = arg.split("=", 1)
            options[name].append(value)
    files = [base / p for p in options["-f"] + options["--values"]]
    return Overrides(
        tuple(files), tuple(options["--set"]), tuple(options["--set-string"]), tuple(options["--set-file"])
    )


def guide_overrides(guide: Path = GUIDE) -> Overrides:
    """The overrides of the guide's command, paths taken from the repository's root (where the guide runs it)."""
    return overrides_from_command(guide_command(guide.read_text(encoding="utf-8")))


# --- Helm's --set syntax ---------------------------------------------------------------------------------


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split on `separator` outside backslash escapes and outside {...} lists; escapes are kept."""
    parts, current, depth, i = [], "", 0, 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            current += text[i : i + 2]
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    parts.append(current)
    return parts


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def typed(text: str, as_string: bool) -> Any:
    """Helm's typing of a --set value: true/false, null and whole numbers (no leading zero); else text."""
    if as_string:
        return text
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if text.lower() == "null":
        return None
    if text == "0" or re.fullmatch(r"-?[1-9]\d*", text):
        return int(text)
    return text


def key_path(key: str) -> list:
    """`a.b\\.c[0].d` -> ["a", "b.c", 0, "d"]."""
    path: list = []
    for part in split_unescaped(key, "."):
        name, indexes = re.fullmatch(r"(.*?)((?:\[\d+\])*)", part, flags=re.S).groups()  # type: ignore[union-attr]
        if not name:
            raise ChartValuesError(f"--set: kunci `{key}` tidak lengkap (ada bagian kosong di antara titik).")
        path.append(unescape(name))
        path.extend(int(i) for i in re.findall(r"\[(\d+)\]", indexes))
    return path


def child(node: Any, step: Any, empty: Any) -> Any:
    """The container under `step`, replaced by `empty` when it is missing or of another kind."""
    if isinstance(node, list):
        node.extend([None] * (step + 1 - len(node)))
        if not isinstance(node[step], type(empty)):
            node[step] = empty
        return node[step]
    if not isinstance(node.get(step), type(empty)):
        node[step] = empty
    return node[step]


def assign(tree: dict, path: list, value: Any) -> None:
    """Set `value` at `path` in `tree`, creating maps and lists on the way (Helm's strvals.ParseInto)."""
    if isinstance(path[0], int):
        raise ChartValuesError("--set: kunci harus diawali nama, bukan nomor daftar.")
    node = tree
    for step, following in zip(path, path[1:]):
        node = child(node, step, [] if isinstance(following, int) else {})
    last = path[-1]
    if isinstance(node, list):
        node.extend([None] * (last + 1 - len(node)))
    node[last] = value


def parse_set(text: str, as_string: bool = False) -> list[tuple[list, Any]]:
    """One --set argument (`a.b=c,d[0]=e`) as (path, value) pairs."""
    pairs: list[tuple[list, Any]] = []
    for assignment in split_unescaped(text, ","):
        key, equals, raw = assignment.partition("=")
        if not equals:
            raise ChartValuesError(f"--set `{assignment}`: tidak ada tanda `=` (bentuknya kunci=nilai).")
        if raw.startswith("{") and raw.endswith("}"):
            items = split_unescaped(raw[1:-1], ",") if raw[1:-1] else []
            value = [typed(unescape(item), as_string) for item in items]
        else:
            value = typed(unescape(raw), as_string)
        pairs.append((key_path(key), value))
    return pairs


def set_file_pair(text: str, base: Path) -> tuple[list, str]:
    """One --set-file argument (`a.b=path`): the path's text at the key."""
    key, equals, name = text.partition("=")
    path = base / name
    if not equals or not path.is_file():
        raise ChartValuesError(f"--set-file {text}: berkas `{name}` tidak ada (jalankan dari akar repositori).")
    return key_path(key), path.read_text(encoding="utf-8")


# --- merging -----------------------------------------------------------------------------------------------


def layer(base: dict, top: dict) -> dict:
    """Values files in order: maps merge key by key, anything else (nulls too) replaces."""
    merged = copy.deepcopy(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = layer(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def coalesce(defaults: dict, user: dict) -> dict:
    """User values over the chart's defaults: maps merge recursively, lists and scalars replace, null deletes."""
    merged = copy.deepcopy(defaults)
    for key, value in user.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict):
            merged[key] = coalesce(merged[key] if isinstance(merged.get(key), dict) else {}, value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def read_yaml(path: Path) -> dict:
    if not path.is_file():
        raise ChartValuesError(f"Berkas nilai `{path}` tidak ada.")
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def user_values(overrides: Overrides, base: Path = ROOT) -> dict:
    """What the organiser gives Helm, before the chart's defaults: files, --set, --set-string, --set-file."""
    values: dict = {}
    for file in overrides.values_files:
        values = layer(values, read_yaml(file))
    for text, as_string in [(s, False) for s in overrides.sets] + [(s, True) for s in overrides.set_strings]:
        for key, value in parse_set(text, as_string):
            assign(values, key, value)
    for text in overrides.set_files:
        key, content = set_file_pair(text, base)
        assign(values, key, content)
    return values


def load_chart(chart: Path = CHART) -> tuple[dict, dict]:
    """The chart's schema (values.schema.yaml in its source, .json in a packaged chart) and defaults."""
    schemas = [chart / "values.schema.yaml", chart / "values.schema.json"]
    schema_file = next((p for p in schemas if p.is_file()), None)
    if schema_file is None or not (chart / "values.yaml").is_file():
        raise ChartValuesError(
            f"Skema chart tidak ditemukan di `{chart}` (perlu values.schema.yaml atau values.schema.json dan "
            "values.yaml; misalnya `helm pull jupyterhub/jupyterhub --version VERSI --untar`, lalu --chart)."
        )
    schema = yaml.safe_load(schema_file.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return schema, read_yaml(chart / "values.yaml")


def merged_values(overrides: Overrides, chart: Path = CHART) -> dict:
    """The values Helm validates and renders with: the user's coalesced over the chart's defaults."""
    _schema, defaults = load_chart(chart)
    return coalesce(defaults, user_values(overrides))


# --- Indonesian messages -------------------------------------------------------------------------------


def dotted(path: Iterable) -> str:
    """A path as in --set: `hub.extraFiles.bimtek-hub`, `singleuser.profileList[1]`; `\\.` for a dot in a key."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else ("." if text else "") + str(step).replace(".", "\\.")
    return text or "(akar)"


def shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def unknown_keys(error: ValidationError) -> list[str]:
    """additionalProperties: the keys neither named nor matched by a pattern, each with a likely intended key."""
    known = list(error.schema.get("properties", {}))
    patterns = list(error.schema.get("patternProperties", {}))
    lines = []
    for key in sorted(error.instance):
        if key in known or any(re.search(p, key) for p in patterns):
            continue
        guess = difflib.get_close_matches(key, known, n=1)
        hint = f"; maksudnya `{guess[0]}`?" if guess else ""
        where = dotted([*error.absolute_path, key])
        lines.append(f"{where}: kunci ini tidak dikenal skema chart (salah ketik atau salah tempat){hint}")
    return lines


def describe(error: ValidationError) -> list[str]:
    """One schema error as Indonesian lines, each naming the path and what the chart's schema expects."""
    where, kind, rule, value = dotted(error.absolute_path), error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        return unknown_keys(error)
    if kind == "type":
        wanted = " atau ".join(TYPES.get(t, t) for t in ([rule] if isinstance(rule, str) else rule))
        return [f"{where}: harus {wanted}, tertulis {shown(value)}"]
    if kind == "required":
        return [f"{dotted([*error.absolute_path, k])}: wajib ada, tetapi tidak ada" for k in rule if k not in value]
    if kind == "enum":
        return [f"{where}: harus salah satu dari {', '.join(map(shown, rule))}; tertulis {shown(value)}"]
    if kind in ("oneOf", "anyOf") and all(set(option) == {"required"} for option in rule):
        names = ", ".join("/".join(option["required"]) for option in rule)
        many = "tepat satu" if kind == "oneOf" else "paling sedikit satu"
        return [f"{where}: harus memuat {many} dari kunci {names}"]
    return [f"{where}: tidak memenuhi aturan skema chart `{kind}: {shown(rule)}`; tertulis {shown(value)}"]


def profile_errors(values: dict) -> list[str]:
    """singleuser.profileList: KubeSpawner's keys only (the chart's schema checks no more than "array")."""
    profiles = (values.get("singleuser") or {}).get("profileList") or []
    lines = []
    for index, profile in enumerate(profiles if isinstance(profiles, list) else []):
        base = ["singleuser", "profileList", index]
        if not isinstance(profile, dict):
            lines.append(f"{dotted(base)}: harus peta (kunci: nilai), tertulis {shown(profile)}")
            continue
        for key in sorted(set(profile) - set(PROFILE_KEYS)):
            guess = difflib.get_close_matches(key, PROFILE_KEYS, n=1)
            hint = f"; maksudnya `{guess[0]}`?" if guess else ""
            lines.append(f"{dotted([*base, key])}: kunci profil tidak dikenal KubeSpawner{hint}")
        if "display_name" not in profile:
            lines.append(f"{dotted([*base, 'display_name'])}: wajib ada, tetapi tidak ada")
    return lines


def check(overrides: Overrides, chart: Path = CHART) -> list[str]:
    """Every problem with the values Helm would build from `overrides`, in Indonesian; empty when valid."""
    schema, defaults = load_chart(chart)
    values = coalesce(defaults, user_values(overrides))
    errors = sorted(Draft7Validator(schema).iter_errors(values), key=lambda e: [str(s) for s in e.absolute_path])
    return [line for error in errors for line in describe(error)] + profile_errors(values)


# --- command line ------------------------------------------------------------------------------------------


def shorter(path: Path) -> str:
    """A path as the guide writes it: from the repository's root (`../shared/...` beside it)."""
    return os.path.relpath(path.resolve(), ROOT)


def verdict(overrides: Overrides, chart: Path, problems: list[str]) -> str:
    files = ", ".join(shorter(p) for p in overrides.values_files) or "(tanpa berkas nilai)"
    given = f"{len(overrides.sets) + len(overrides.set_strings)} --set dan {len(overrides.set_files)} --set-file"
    if problems:
        return (
            f"TIDAK COCOK: {files} dengan {given} punya {len(problems)} kesalahan menurut skema chart {shorter(chart)}:"
        )
    return f"COCOK: {files} dengan {given}, digabung di atas nilai bawaan chart, sesuai skema chart {shorter(chart)}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Periksa nilai Helm terhadap skema chart Zero to JupyterHub.")
    parser.add_argument("--chart", type=Path, default=CHART, help="folder chart (values.schema.* dan values.yaml)")
    parser.add_argument("--panduan", type=Path, default=GUIDE, help="panduan yang memuat perintah helm")
    parser.add_argument("-f", "--values", action="append", default=[], help="berkas nilai tambahan")
    parser.add_argument("--set", action="append", default=[], help="kunci=nilai tambahan")
    parser.add_argument("--set-string", action="append", default=[], help="kunci=nilai tambahan, selalu teks")
    parser.add_argument("--set-file", action="append", default=[], help="kunci=berkas tambahan")
    args = parser.parse_args(argv)
    try:
        overrides = guide_overrides(args.panduan).plus(args.values, args.set, args.set_string, args.set_file)
        problems = check(overrides, args.chart)
    except ChartValuesError as error:
        print(f"TIDAK BISA DIPERIKSA: {error}")
        return 2
    print(verdict(overrides, args.chart, problems))
    for line in problems:
        print(f"  - {line}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
