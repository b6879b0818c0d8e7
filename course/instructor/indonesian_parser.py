"""An ``argparse.ArgumentParser`` that speaks Bahasa Indonesia, through argparse's public extension points only.

* Help: ``-h``/``--bantuan`` (``--help`` still works, hidden); arguments and options sit in argument groups
  titled "argumen" and "opsi"; the usage line starts with "penggunaan:" (``HelpFormatter.add_usage`` with a
  ``prefix``).
* Errors: argparse's English messages are translated by a table of regular expressions in ``error()``; the
  result is one line on stderr (``bimtek autograde: galat: ... Bantuan: bimtek autograde --bantuan``) and exit status 2.
* Renamed options: ``add_argument(..., hidden_alias="--old")`` also accepts the former spelling, with the same
  destination and type, hidden from help, so scripts written for it keep working.
"""

from __future__ import annotations

import argparse
import re

USAGE_PREFIX = "penggunaan: "
HELP_TEXT = "tampilkan bantuan ini lalu keluar"

# argparse's English messages (as Python 3.11 words them) and their Indonesian wording; the first match wins.
# A wording is a ``re.Match.expand`` template or a function of the match.
_TYPES = {"int": "bilangan bulat", "float": "angka"}
_WORDING = (
    (r"^argument (?P<name>[^:]+): (?P<rest>.*)$", lambda m: f"argumen {m['name']}: {translate(m['rest'])}"),
    (r"^the following arguments are required: (.*)$", r"argumen berikut wajib diisi: \1"),
    (r"^unrecognized arguments: (.*)$", r"argumen tidak dikenal: \1"),
    (r"^invalid choice: (.*) \(choose from (.*)\)$", r"pilihan \1 tidak ada (pilih salah satu: \2)"),
    (r"^unknown parser (.*) \(choices: (.*)\)$", r"perintah \1 tidak dikenal (pilihan: \2)"),
    (r"^invalid (\S+) value: (.*)$", lambda m: f"nilai {m[2]} tidak sah (harus {_TYPES.get(m[1], m[1])})"),
    (r"^expected one argument$", "perlu satu nilai"),
    (r"^expected at most one argument$", "paling banyak satu nilai"),
    (r"^expected at least one argument$", "paling sedikit satu nilai"),
    (r"^expected (\d+) arguments?$", r"perlu \1 nilai"),
    (r"^ambiguous option: (.*) could match (.*)$", r"opsi \1 ambigu: bisa berarti \2"),
    (r"^not allowed with argument (.*)$", r"tidak boleh dipakai bersama argumen \1"),
    (r"^ignored explicit argument (.*)$", r"opsi ini tidak menerima nilai (tertulis \1)"),
    (r"^one of the arguments (.*) is required$", r"salah satu argumen ini wajib diisi: \1"),
    (r"^unexpected option string: (.*)$", r"opsi tidak terduga: \1"),
    (r"^can't open '(.*)': (.*)$", r"berkas '\1' tidak dapat dibuka: \2"),
)
_MESSAGES = tuple((re.compile(pattern, re.DOTALL), wording) for pattern, wording in _WORDING)


def translate(message: str) -> str:
    """argparse's English ``message`` in Indonesian; a message it does not know is returned as it is."""
    for pattern, wording in _MESSAGES:
        match = pattern.match(message)
        if match:
            return wording(match) if callable(wording) else match.expand(wording)
    return message


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """Starts the usage line with "penggunaan:" instead of "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class IndonesianParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose help and errors are in Bahasa Indonesia (its subcommands too).

    ``hidden_aliases`` maps every former (hidden) option spelling to the one shown in help;
    ``commands`` is the subcommands action (``commands.choices``: name -> parser), None without subcommands.
    """

    def __init__(self, *args, add_help: bool = True, **kwargs):
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self.arguments = self.add_argument_group("argumen")
        self.options = self.add_argument_group("opsi")
        self.hidden_aliases: dict[str, str] = {}
        self.commands: argparse.Action | None = None
        if add_help:
            self.add_argument("-h", "--bantuan", action="help", help=HELP_TEXT, hidden_alias="--help")

    def add_argument(self, *names, hidden_alias: str | None = None, **kwargs):
        """Positionals go to the "argumen" group, options to "opsi"; ``hidden_alias`` adds a hidden spelling."""
        is_option = bool(names) and names[0][:1] in self.prefix_chars
        group = self.options if is_option else self.arguments
        action = group.add_argument(*names, **kwargs)
        if hidden_alias:
            alias = {key: value for key, value in kwargs.items() if key not in ("help", "default", "required")}
            if action.option_strings and "dest" not in alias and kwargs.get("action") not in ("help", "version"):
                alias["dest"] = action.dest
            group.add_argument(hidden_alias, **alias, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            self.hidden_aliases[hidden_alias] = action.option_strings[-1]
        return action

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("title", "perintah")
        self.commands = super().add_subparsers(**kwargs)
        return self.commands

    def error(self, message):
        """One line of Indonesian on stderr, then exit status 2."""
        hint = f". Bantuan: {self.prog} --bantuan" if "--bantuan" in self.hidden_aliases.values() else ""
        text = " ".join(translate(str(message)).split())
        self.exit(2, f"{self.prog}: galat: {text}{hint}\n")
