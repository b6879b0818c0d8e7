"""What a participant's kernel loads: the course runtime, never the grader, the instructor side or tools/.

For every session, a real Jupyter kernel (the course's Python) runs every code cell of the SOURCE notebook,
solutions included so that every check runs, in a copy of the session folder (the data files beside the
notebook are there, as in a participant's home). Then the kernel reports ``sys.modules``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = sorted(p.name for p in (ROOT / "source").glob("[0-9][0-9]-*") if p.is_dir())

# Sessions whose participants work with pandas DataFrames or charts of a data set (read in the notebooks):
#   01 reads the synthetic posts CSV through a course helper and charts it (the calendar is a list of values);
#   02 is the engagement analysis of the same CSV through helpers (muat_data, bersihkan, median_per, charts,
#      the explorer widget); its optional advanced track uses pandas directly;
#   04 shows the synthetic media list, a DataFrame from media_sintetis(), filtered by saring_media();
#   06 builds the press-conference rundown with susun_rundown() from a dict, which returns a DataFrame;
#   07 reads the data set through helpers (jam_terbaik_per) and shows the final-project calendar as a table.
# Sessions 00 (warm-up), 03 (headlines) and 05 (press release) work on numbers, lists and text only.
PANDAS_SESSIONS = {
    "01-konten-medsos",
    "02-analisis-engagement",
    "04-media-massa",
    "06-konferensi-pers",
    "07-proyek-akhir",
}

# Never in a participant's kernel: the grader, the instructor side, the repository-only tools.
FORBIDDEN = ("nbgrader", "course.instructor", "tools")

REPORT = "import json, sys\nprint(json.dumps(sorted(sys.modules)))"


@dataclass
class Run:
    errors: list[str]  # "cell N: ename: evalue" for every cell that raised
    modules: set[str]  # sys.modules of the kernel after the last cell


def run_session(session: str, workdir: Path) -> Run:
    folder = workdir / session
    shutil.copytree(ROOT / "source" / session, folder)
    nb = nbformat.read(folder / f"{session}.ipynb", as_version=4)
    nb.cells = [c for c in nb.cells if c.cell_type == "code"] + [nbformat.v4.new_code_cell(REPORT)]
    client = NotebookClient(
        nb, kernel_name="python3", timeout=300, allow_errors=True, resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    errors = [
        f"cell {i}: {o.ename}: {o.evalue}"
        for i, cell in enumerate(nb.cells)
        for o in cell.outputs
        if o.output_type == "error"
    ]
    stdout = [o.text for o in nb.cells[-1].outputs if o.output_type == "stream" and o.name == "stdout"]
    return Run(errors, set(json.loads("".join(stdout))) if stdout else set())


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """``runs(session)``: each session's notebook runs once, on first use, in its own kernel."""
    workdir = tmp_path_factory.mktemp("participant")
    done: dict[str, Run] = {}

    def get(session: str) -> Run:
        if session not in done:
            done[session] = run_session(session, workdir)
        return done[session]

    return get


def clean_run(runs, session: str) -> set[str]:
    """The modules of a run in which every cell ran; a half-run notebook proves nothing about imports."""
    run = runs(session)
    assert not run.errors, f"{session} did not run cleanly ({len(run.errors)} cells raised; see the test above)"
    assert "course.checks" in run.modules, "the notebook did not run the course at all"
    return run.modules


def test_the_pandas_list_names_real_sessions():
    assert PANDAS_SESSIONS <= set(SESSIONS)
    assert SESSIONS, "no source/NN-slug folders found"


@pytest.mark.parametrize("session", SESSIONS)
def test_every_cell_of_the_source_notebook_runs(runs, session):
    errors = runs(session).errors
    assert not errors, f"{session}: cells of the source notebook (with solutions) raised:\n" + "\n".join(errors)


@pytest.mark.parametrize("session", SESSIONS)
def test_kernel_loads_no_grader_instructor_or_tools(runs, session):
    loaded = clean_run(runs, session)
    leaked = sorted(m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN))
    assert not leaked, (
        f"Running {session} loads {leaked} in the participant's kernel. The runtime, sessions, engines and "
        "widgets must not import nbgrader, course.instructor or tools (see tests/test_architecture.py)."
    )


@pytest.mark.parametrize("session", SESSIONS)
def test_pandas_only_where_the_session_uses_it(runs, session):
    loaded = clean_run(runs, session)
    uses = "pandas" in loaded
    if session in PANDAS_SESSIONS:
        assert uses, f"{session} works with DataFrames but pandas was not loaded: is the notebook still run?"
    else:
        assert not uses, (
            f"Running {session} loads pandas, which this session never uses (measured: 0.3 s and about "
            "57 MB more per kernel, warm cache). Import pandas lazily, inside the functions that need it, "
            "or keep the session's imports away from the modules that import it at top level."
        )
