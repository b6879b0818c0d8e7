"""The delivery plan (docs/instruktur/agenda.md) agrees with the notebooks, and the one-day core path fits the day.

The agenda has three parts, each a Markdown table:

* "Waktu dan latihan setiap sesi": per session the minutes of the core path and of all exercises, and which
  exercises are core ("Latihan inti") and which are optional or advanced ("Latihan pilihan atau lanjutan"),
  by grade id. The minutes must be the ones the notebook itself states in its introduction; the two exercise
  columns together must be exactly the notebook's exercises, and a ``lanjutan_`` exercise is never core.
* "Agenda satu hari": 07.30–16.00 WIB like the seed Bimtek of 26 October 2023, with opening, a talk and breaks,
  about six contact hours; every session gets at least its core minutes.
* "Agenda dua hari": two such days; every session gets the minutes of all its exercises.

In both agendas the Tes Awal (session 00) comes first and the Tes Akhir (session 08) has its own slot after a
break, never straight after the project of session 07. Each check is a function returning its problems, so
the tests at the end can prove, on broken copies, that each check fails when it should.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nbformat
import pytest

from course.sessions import SESSIONS

from .conftest import ROOT

AGENDA = ROOT / "docs" / "instruktur" / "agenda.md"
DAY_START, DAY_END = 7 * 60 + 30, 16 * 60  # the seed Bimtek: 07.30–16.00 WIB
CONTACT = (330, 390)  # "about six contact hours" in minutes
FIRST, LAST = "00", "08"  # Tes Awal, Tes Akhir


# ------------------------------------------------------------------------------------------ the notebooks


def notebook(session: str):
    return nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4)


def introduction(nb) -> str:
    """The Markdown before the first code cell: where a notebook states its minutes."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            break
        parts.append(cell.source)
    return "\n\n".join(parts)


MINUTES = re.compile(r"(\d+)(?:\s*[–-]\s*(\d+))?\s*menit")


def _sentences(text: str) -> list[str]:
    """Prose sentences (table rows kept whole, one per line), Markdown emphasis removed."""
    found = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        rows = [line for line in lines if line.lstrip().startswith("|")]
        prose = " ".join(line.strip() for line in lines if not line.lstrip().startswith("|")).replace("**", "")
        found += rows
        found += [s for s in re.split(r"(?<=\.)\s+(?=[A-Z*])", prose) if s]
    return found


def _upper(match: re.Match) -> int:
    """A range "30–45 menit" counts as its upper end: plan for the slower participant."""
    return int(match.group(2) or match.group(1))


def stated_minutes(text: str) -> tuple[int, int, str]:
    """(core minutes, minutes of all exercises, the sentence read) from a notebook's introduction.

    Core: the first prose sentence about the core path ("jalur inti") that gives minutes, its first number;
    without one, "Perkiraan waktu: …", "Seluruhnya …" or "Waktu: …". All exercises: a second number in the core
    sentence when it speaks of the optional exercises ("pilihan", "semua latihan"); otherwise the core plus the
    minutes of the advanced track ("jalur lanjutan", in prose or in the notebook's time table)."""
    sentences = _sentences(text)
    prose = [s for s in sentences if not s.startswith("|")]
    core_sentence = next((s for s in prose if re.search(r"\binti\b", s) and MINUTES.search(s)), None)
    if core_sentence is None:
        core_sentence = next(
            (s for s in prose if re.search(r"Perkiraan waktu|Seluruhnya|Waktu\s*:", s) and MINUTES.search(s)), None
        )
    if core_sentence is None:
        raise AssertionError("no sentence states the minutes (e.g. 'Jalur inti memerlukan sekitar 45 menit.')")
    numbers = list(MINUTES.finditer(core_sentence))
    core = _upper(numbers[0])
    if len(numbers) > 1 and re.search(r"pilihan|semua latihan", core_sentence):
        return core, _upper(numbers[1]), core_sentence
    extra = next(
        (_upper(m) for s in sentences if re.search(r"lanjutan", s) and s != core_sentence for m in MINUTES.finditer(s)),
        0,
    )
    return core, core + extra, core_sentence


def exercises(nb) -> set[str]:
    """Every exercise of a notebook by grade id: each graded cell, and each advanced (lanjutan_) self-check."""
    found = set()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        gid = meta.get("grade_id", "")
        if meta.get("grade"):
            found.add(gid)
        elif gid.startswith("lanjutan_") and cell.cell_type == "code" and "cek(" in cell.source:
            found.add(gid)
    return found


def marked_optional(nb) -> set[str]:
    """Exercises whose own heading ("### Latihan …") calls them optional ("pilihan") or advanced ("lanjutan")."""
    found, heading = set(), ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#") and not line.startswith(("### BEGIN", "### END")):
                    heading = line if "Latihan" in line else ""
        gid = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if gid in exercises(nb) and re.search(r"\b(pilihan|lanjutan)\b", heading):
            found.add(gid)
    return found


# ------------------------------------------------------------------------------------------ the agenda


@dataclass(frozen=True)
class Slot:
    start: int  # minutes since midnight
    end: int
    minutes: int
    activity: str
    session: str  # "00".."08", or "" for opening, talks and breaks

    @property
    def label(self) -> str:
        return f"{self.start // 60:02d}.{self.start % 60:02d} {self.activity}"


def _clock(text: str) -> int:
    hours, minutes = text.split(".")
    return int(hours) * 60 + int(minutes)


def _tables(markdown: str) -> dict[str, list[list[str]]]:
    """Every Markdown table under its nearest heading (heading text -> body rows as lists of cells)."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        elif line.startswith("|") and heading:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if set("".join(cells)) <= set("-: "):
                continue
            tables.setdefault(heading, []).append(cells)
    return {h: rows[1:] for h, rows in tables.items()}  # drop each header row


def session_table(markdown: str) -> dict[str, dict]:
    rows = next(rows for h, rows in _tables(markdown).items() if h.startswith("Waktu dan latihan setiap sesi"))
    table = {}
    for sesi, core, total, inti, lain in rows:
        table[sesi] = {"core": int(core), "total": int(total), "inti": _ids(inti), "lain": _ids(lain)}
    return table


def _ids(cell: str) -> set[str]:
    """Grade ids written as `a`, `b` or as a range `tes_awal_01`–`tes_awal_18`."""
    found = set()
    for first, last in re.findall(r"`([a-z0-9_]+)`(?:\s*–\s*`([a-z0-9_]+)`)?", cell):
        if not last:
            found.add(first)
            continue
        stem, a = re.fullmatch(r"(.*?)(\d+)", first).groups()
        b = re.fullmatch(rf"{re.escape(stem)}(\d+)", last).group(1)
        found |= {f"{stem}{n:0{len(a)}d}" for n in range(int(a), int(b) + 1)}
    return found


def agendas(markdown: str) -> dict[str, list[Slot]]:
    """Each day's timetable: "Agenda satu hari", "Hari 1", "Hari 2" (tables with Waktu, Menit, Kegiatan, Sesi)."""
    days = {}
    for heading, rows in _tables(markdown).items():
        if not re.match(r"(Agenda satu hari|Hari \d)", heading):
            continue
        slots = []
        for waktu, menit, kegiatan, sesi in rows:
            start, end = (_clock(t) for t in re.split(r"\s*–\s*", waktu))
            slots.append(Slot(start, end, int(menit), kegiatan, sesi.strip()))
        days[heading] = slots
    return days


# ------------------------------------------------------------------------------------------ the checks


def timetable_problems(day: list[Slot]) -> list[str]:
    """Contiguous, each row's minutes equal to its times, inside 07.30–16.00."""
    problems = []
    for slot in day:
        if slot.end - slot.start != slot.minutes:
            problems.append(f"{slot.label}: {slot.end - slot.start} minutes between its times, {slot.minutes} stated")
    for before, after in zip(day, day[1:]):
        if after.start != before.end:
            problems.append(f"{after.label}: starts at {after.start} but the row before ends at {before.end}")
    if day and (day[0].start < DAY_START or day[-1].end > DAY_END):
        problems.append(f"the day runs {day[0].label} to {day[-1].end}, outside 07.30–16.00")
    return problems


def contact_minutes(day: list[Slot]) -> int:
    return sum(s.minutes for s in day if s.session)


def per_session(days: list[list[Slot]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for day in days:
        for slot in day:
            if slot.session:
                found[slot.session] = found.get(slot.session, 0) + slot.minutes
    return found


def fit_problems(days: list[list[Slot]], need: dict[str, int], what: str) -> list[str]:
    """Every session gets at least ``need`` minutes over the given days."""
    given = per_session(days)
    return [
        f"session {sesi}: the agenda gives {given.get(sesi, 0)} minutes, its {what} takes {minutes}"
        for sesi, minutes in sorted(need.items())
        if given.get(sesi, 0) < minutes
    ]


def order_problems(days: list[list[Slot]]) -> list[str]:
    """Sessions in course order; the Tes Awal first; the Tes Akhir last, in its own slot after a break."""
    slots = [s for day in days for s in day]
    sessions = [s.session for s in slots if s.session]
    problems = []
    if sessions != sorted(sessions):
        problems.append(f"sessions out of order: {sessions}")
    if sessions and (sessions[0] != FIRST or sessions[-1] != LAST):
        problems.append(f"the agenda must open with session {FIRST} and close with session {LAST}")
    for before, slot in zip(slots, slots[1:]):
        if slot.session == LAST and before.session and before.session != LAST:
            problems.append(f"{slot.label}: the Tes Akhir follows session {before.session} with no break")
    return problems


# ------------------------------------------------------------------------------------------ the tests


@pytest.fixture(scope="module")
def text() -> str:
    return AGENDA.read_text(encoding="utf-8")


def numbers(session: str) -> str:
    return session[:2]


def test_every_session_states_the_minutes_the_agenda_plans_for(text):
    table = session_table(text)
    assert set(table) == {numbers(s) for s in SESSIONS}, "the session table lists other sessions than source/"
    problems = []
    for session in SESSIONS:
        core, total, sentence = stated_minutes(introduction(notebook(session)))
        row = table[numbers(session)]
        if (core, total) != (row["core"], row["total"]):
            problems.append(
                f"{session}: the notebook says core {core}, all {total} min ({sentence!r}); "
                f"the agenda says core {row['core']}, all {row['total']}"
            )
    assert not problems, "\n".join(problems)


def test_core_and_other_exercises_are_exactly_each_notebooks_exercises(text):
    table = session_table(text)
    problems = []
    for session in SESSIONS:
        row = table[numbers(session)]
        found = exercises(notebook(session))
        listed = row["inti"] | row["lain"]
        if row["inti"] & row["lain"]:
            problems.append(f"{session}: listed as core and as optional: {sorted(row['inti'] & row['lain'])}")
        if listed != found:
            problems.append(
                f"{session}: missing from the agenda {sorted(found - listed)}, not in the notebook {sorted(listed - found)}"
            )
        advanced_core = sorted(gid for gid in row["inti"] if gid.startswith("lanjutan_"))
        if advanced_core:
            problems.append(f"{session}: advanced exercises listed as core: {advanced_core}")
        optional_core = sorted(row["inti"] & marked_optional(notebook(session)))
        if optional_core:
            problems.append(
                f"{session}: the notebook marks these optional, the agenda lists them as core: {optional_core}"
            )
    assert not problems, "\n".join(problems)


def test_the_one_day_agenda_is_the_seed_day_with_about_six_contact_hours(text):
    (day,) = [d for h, d in agendas(text).items() if h.startswith("Agenda satu hari")]
    assert timetable_problems(day) == []
    assert (day[0].start, day[-1].end) == (DAY_START, DAY_END)
    assert CONTACT[0] <= contact_minutes(day) <= CONTACT[1], contact_minutes(day)
    assert any(not s.session for s in day[:3]), "the day opens with registration, opening or a talk"
    assert sum(1 for s in day if not s.session and s.minutes >= 45) >= 1, "a lunch and prayer break (ISHOMA)"


def test_the_one_day_core_path_fits_the_day(text):
    """Each session's one-day slot holds its core path, as the notebook states it."""
    (day,) = [d for h, d in agendas(text).items() if h.startswith("Agenda satu hari")]
    need = {numbers(s): stated_minutes(introduction(notebook(s)))[0] for s in SESSIONS}
    problems = fit_problems([day], need, "core path") + order_problems([day])
    if sum(need.values()) > contact_minutes(day):
        problems.insert(0, f"the core paths take {sum(need.values())} minutes; the day has {contact_minutes(day)}")
    assert not problems, "\n".join(problems)


def test_the_two_day_agenda_gives_every_session_all_its_exercises(text):
    days = [d for h, d in sorted(agendas(text).items()) if h.startswith("Hari ")]
    assert len(days) == 2
    for day in days:
        assert timetable_problems(day) == []
    need = {numbers(s): stated_minutes(introduction(notebook(s)))[1] for s in SESSIONS}
    assert fit_problems(days, need, "full path") == []
    assert order_problems(days) == []


def test_the_agenda_is_linked_from_the_instructor_guide_and_the_readme():
    for path in (ROOT / "docs" / "instruktur" / "panduan.md", ROOT / "README.md"):
        assert "agenda.md" in path.read_text(encoding="utf-8"), path


# ------------------------------------------------------------------------- the checks can fail


@pytest.mark.parametrize(
    "intro,expected",
    [
        # the core path in prose, the advanced track in another sentence (01, 07)
        ("Jalur inti (Latihan 1–5) memakan waktu sekitar 60 menit. **Jalur lanjutan** (sekitar 10 menit).", (60, 70)),
        # a range counts as its upper end; "yaitu 50 menit" inside the core sentence is no total (02)
        ("Jalur inti: sekitar 70 menit, yaitu 50 menit untuk latihan. Jalur lanjutan (30–45 menit).", (70, 115)),
        # core and all exercises in one sentence (03, 05)
        ("Jalur inti memerlukan sekitar 45 menit; dengan latihan pilihan, sekitar 65 menit.", (45, 65)),
        ("Sekitar 65 menit untuk jalur inti, atau 95 menit bila semua latihan dikerjakan.", (65, 95)),
        # the advanced track only in the notebook's time table (04)
        ("Jalur inti memerlukan sekitar 55 menit.\n\n| Jalur lanjutan: pandas | tidak wajib | 10 menit |", (55, 65)),
        # no core/advanced split (06, 08, 00)
        ("Semua bagian termasuk jalur inti.\n\nSeluruhnya sekitar 80 menit.", (80, 80)),
        ("Perkiraan waktu: 20 menit.", (20, 20)),
        ("Perkiraan waktu: 45–60 menit.", (60, 60)),
    ],
)
def test_the_minutes_are_read_from_each_form_the_notebooks_use(intro, expected):
    assert stated_minutes(intro)[:2] == expected


def test_a_notebook_that_states_no_minutes_is_refused():
    with pytest.raises(AssertionError, match="no sentence states the minutes"):
        stated_minutes("## Tujuan belajar\n\nSetelah sesi ini Anda dapat menulis siaran pers.")


def test_the_checks_catch_a_broken_agenda():
    def slot(start, end, sesi, minutes=None):
        a, b = _clock(start), _clock(end)
        return Slot(a, b, b - a if minutes is None else minutes, "kegiatan", sesi)

    good = [
        slot("07.30", "08.00", ""),
        slot("08.00", "09.00", "00"),
        slot("09.00", "09.15", ""),
        slot("09.15", "09.35", "08"),
    ]
    assert timetable_problems(good) == [] and order_problems([good]) == []
    assert fit_problems([good], {"00": 60, "08": 20}, "core path") == []
    # a gap, a wrong minute count, a day past 16.00
    assert timetable_problems([good[0], slot("08.10", "09.00", "00")])
    assert timetable_problems([slot("07.30", "08.00", "", minutes=25)])
    assert timetable_problems([slot("15.30", "16.30", "00")])
    # a slot shorter than the core path
    assert fit_problems([good], {"00": 75}, "core path") == [
        "session 00: the agenda gives 60 minutes, its core path takes 75"
    ]
    # the Tes Akhir straight after the project, and sessions out of order
    assert order_problems([[slot("07.30", "09.30", "07"), slot("09.30", "09.50", "08")]])
    assert order_problems([[slot("07.30", "08.00", "01"), slot("08.00", "09.00", "00")]])


def test_exercise_ranges_expand_and_lanjutan_in_the_core_column_is_caught():
    assert _ids("`tes_awal_01`–`tes_awal_03`, `pemanasan_1`") == {
        "tes_awal_01",
        "tes_awal_02",
        "tes_awal_03",
        "pemanasan_1",
    }
    broken = (
        "## Waktu dan latihan setiap sesi\n\n| Sesi | Inti | Semua | Latihan inti | Latihan lain |\n|---|---|---|---|---|\n"
        "| 04 | 55 | 65 | `kej_kasus`, `lanjutan_media_pandas` | – |\n"
    )
    row = session_table(broken)["04"]
    assert "lanjutan_media_pandas" in row["inti"] and row["lain"] == set()
