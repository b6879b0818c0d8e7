"""Shared fixtures: the project root and a scratch course graded by real nbgrader."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The tests run the course as participants would; no user-level Jupyter config may leak in.
os.environ.setdefault("PYTHONWARNINGS", "ignore")
# Commands the tests run (bimtek, jupyter, nbgrader, alembic) come from this environment.
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
