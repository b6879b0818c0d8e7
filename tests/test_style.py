"""Lint, format and type check, as `make lint` runs them: ruff and mypy with the settings in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

COMMANDS = {
    "ruff check": [str(BIN / "ruff"), "check", "--output-format", "concise", "."],
    "ruff format": [str(BIN / "ruff"), "format", "--check", "--output-format", "concise", "."],
    "mypy": [str(BIN / "mypy")],
}

ADVICE = {
    "ruff check": "Fix the findings (`make format` fixes the safe ones).",
    "ruff format": "Run `make format` (the files listed would be reformatted).",
    "mypy": "Annotate or fix the reported code (mypy checks the files listed in [tool.mypy] of pyproject.toml).",
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_clean(name):
    command = COMMANDS[name]
    assert Path(command[0]).exists(), f"{command[0]} is missing: run `make install` (requirements-dev.txt pins it)"
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"`{name}` failed. {ADVICE[name]}\n{result.stdout}{result.stderr}"
