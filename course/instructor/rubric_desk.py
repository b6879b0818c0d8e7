"""The rubric desk: an instructor marks written answers one at a time, in a notebook (ipywidgets).

``meja_rubrik("04")`` shows, for the session's written answer (its rubric in ``course/data/rubrik.json``):

* the participant's text only, under a stable pseudonym (never the username);
* the rubric: one row of level buttons per criterion, each labelled with its descriptors;
* SUGGESTIONS from the course's own checkers (length, words the rubric looks for, EYD findings),
  never the mark;
* a comment box with a comment bank the instructor grows (``meja-rubrik/bank-komentar.json`` in the
  course folder);
* keyboard shortcuts, typed in the "Pintasan" box: a digit picks that level for the active criterion
  and moves to the next criterion, ``k`` moves to the next criterion, ``s`` saves, ``n``/``p`` go to the
  next/previous answer;
* progress: answer n of N, and how many are marked.

Saving writes the points and the comment into nbgrader's gradebook as a manual grade (see
``course.instructor.rubric_store``). A second marker (``peran="kedua"``) marks a seeded sample and
her marks are stored beside the gradebook, for the agreement report only.
"""

from __future__ import annotations

import html
import json
import secrets
from pathlib import Path

from course.instructor.rubric_marks import double_sample, for_session, load_rubrics, pseudonym, suggestions, total
from course.instructor.rubric_store import Store

SHORTCUTS = "0–9 pilih tingkat · k kriteria berikutnya · s simpan · n jawaban berikutnya · p jawaban sebelumnya"


class CommentBank:
    """Reusable comments per written answer, in a JSON file of the course folder."""

    def __init__(self, path: Path, grade_id: str):
        self.path, self.grade_id = path, grade_id

    def _all(self) -> dict[str, list[str]]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def comments(self) -> list[str]:
        return list(self._all().get(self.grade_id, []))

    def add(self, text: str) -> bool:
        text = text.strip()
        data = self._all()
        items = data.setdefault(self.grade_id, [])
        if not text or text in items:
            return False
        items.append(text)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(self.path)
        return True


def course_salt(course: Path) -> str:
    """The course's secret for pseudonyms (made once, kept in the course folder)."""
    path = course / "meja-rubrik" / "garam.txt"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(16), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


def _assignment(course: Path, session: str) -> str:
    for folder in sorted((course / "source").glob("*")):
        if folder.name == session or folder.name.split("-", 1)[0] == session:
            return folder.name
    return session


class RubricDesk:
    """State and widgets of one desk (one session's written answer, one marker)."""

    def __init__(self, course=".", sesi="04", grade_id=None, penilai="", peran="pertama", **options):
        self.course = Path(course).resolve()
        rubrics = for_session(load_rubrics(), sesi)
        if grade_id:
            rubrics = [r for r in rubrics if r.grade_id == grade_id]
        if not rubrics:
            raise ValueError(f"Sesi {sesi} tidak punya jawaban tertulis yang dinilai instruktur.")
        self.rubric = rubrics[0]
        self.assignment = _assignment(self.course, self.rubric.session)
        self.marker, self.role = penilai, peran
        self.store = Store(self.course, options.get("url"))
        answers = self.store.answers(self.assignment, self.rubric.grade_id)
        if peran == "kedua":
            chosen = set(
                double_sample([a.student for a in answers], options.get("sampel", 0.2), options.get("benih", 1))
            )
            answers = [a for a in answers if a.student in chosen]
        salt = course_salt(self.course)
        self.names = {a.student: pseudonym(a.student, salt) for a in answers}
        self.answers = sorted(answers, key=lambda a: self.names[a.student])
        self.levels = self.store.saved(self.assignment, self.rubric.grade_id, peran)
        self.comments: dict[str, str] = {}
        self.bank = CommentBank(self.course / "meja-rubrik" / "bank-komentar.json", self.rubric.grade_id)
        self.position, self.active = 0, 0
        self._build()
        self.show_answer(0)

    # -------------------------------------------------------------- widgets
    def _build(self) -> None:
        import ipywidgets as w

        self.header = w.HTML()
        self.text = w.HTML(layout=w.Layout(border="1px solid #888", padding="8px", width="100%"))
        self.criteria = []
        for index, criterion in enumerate(self.rubric.criteria):
            buttons = w.ToggleButtons(
                options=[(str(lv.points), lv.points) for lv in criterion.levels],
                value=None,
                description=criterion.name[:40],
                tooltips=[f"{lv.points} poin: {lv.descriptor}"[:200] for lv in criterion.levels],
                style={"description_width": "initial"},
            )
            buttons.observe(lambda change, i=index: self._picked(i, change["new"]), names="value")
            self.criteria.append(buttons)
        self.descriptors = w.HTML()
        self.suggest = w.HTML()
        # Synced when the box loses focus, so the whole comment leaves the browser before the click or the
        # shortcut that saves it (with continuous updates the browser holds back keystrokes while one is in
        # flight; a quick "Simpan" once saved "Masih sl"). The kernel keeps the two in order because the
        # course's JupyterLab settings send widget messages on the main shell (tests/test_widget_order.py).
        self.comment = w.Textarea(
            description="Komentar", continuous_update=False, layout=w.Layout(width="100%", height="5em")
        )
        self.bank_list = w.Dropdown(description="Bank komentar", options=self.bank.comments(), value=None)
        use = w.Button(description="Pakai komentar")
        keep = w.Button(description="Simpan ke bank")
        use.on_click(lambda _b: self._use_bank())
        keep.on_click(lambda _b: self._keep_bank())
        self.keys = w.Text(description="Pintasan", placeholder=SHORTCUTS, layout=w.Layout(width="100%"))
        self.keys.continuous_update = True
        self.keys.observe(self._typed, names="value")
        previous = w.Button(description="◀ Sebelumnya (p)")
        save = w.Button(description="Simpan (s)", button_style="primary")
        following = w.Button(description="Berikutnya (n) ▶")
        previous.on_click(lambda _b: self.move(-1))
        save.on_click(lambda _b: self.save())
        following.on_click(lambda _b: self.move(1))
        self.status = w.HTML()
        self.widget = w.VBox(
            [self.header, self.text, *self.criteria, self.descriptors, self.suggest, self.comment]
            + [w.HBox([self.bank_list, use, keep]), self.keys, w.HBox([previous, save, following]), self.status]
        )
        self.widget.add_class("bimtek-meja-rubrik")
        for widget, name in ((self.header, "meja-kepala"), (self.status, "meja-status"), (self.keys, "meja-pintasan")):
            widget.add_class(name)
        self.comment.add_class("meja-komentar")

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    # -------------------------------------------------------------- state
    @property
    def current(self):
        return self.answers[self.position] if self.answers else None

    def marked(self) -> int:
        return sum(1 for a in self.answers if len(self.levels.get(a.student, {})) == len(self.rubric.criteria))

    def show_answer(self, position: int) -> None:
        self.position, self.active = max(0, min(position, len(self.answers) - 1)), 0
        self.status.value = ""
        answer = self.current
        title = html.escape(f"{self.rubric.session} — {self.rubric.title}")
        if answer is None:
            self.header.value = f"<b>{title}</b><br>Belum ada jawaban yang dinilai otomatis untuk sesi ini."
            return
        levels = dict(self.levels.get(answer.student, {}))
        self._loading = True
        for index, buttons in enumerate(self.criteria):
            buttons.value = levels.get(index)
        if answer.student not in self.comments and self.role == "pertama":
            self.comments[answer.student] = self.store.comment(self.assignment, answer, self.rubric.grade_id)
        self.comment.value = self.comments.get(answer.student, "")
        self._loading = False
        self.levels[answer.student] = levels
        self.text.value = f'<div style="white-space:pre-wrap">{html.escape(answer.text.strip()) or "(kosong)"}</div>'
        items = "".join(f"<li>{html.escape(s)}</li>" for s in suggestions(self.rubric, answer.text))
        self.suggest.value = f"<b>SARAN dari pemeriksa kursus (bukan nilai; Anda yang menilai)</b><ul>{items}</ul>"
        self._refresh()

    def _refresh(self, note: str = "") -> None:
        answer = self.current
        head = html.escape(f"{self.rubric.session} — {self.rubric.title}")
        points = total(self.rubric, self.levels.get(answer.student, {})) if answer else None
        shown = "belum lengkap" if points is None else f"{points} dari {self.rubric.maximum} poin"
        self.header.value = (
            f"<b>{head}</b><br>Jawaban {self.position + 1} dari {len(self.answers)} · "
            f"<b>{html.escape(self.names[answer.student])}</b> · {shown} · sudah dinilai {self.marked()} dari "
            f"{len(self.answers)}" + (" · penilai kedua" if self.role == "kedua" else "")
        )
        rows = []
        for index, criterion in enumerate(self.rubric.criteria):
            name = html.escape(criterion.name)
            name = f"<b>▶ {name}</b>" if index == self.active else name
            levels = "; ".join(f"<b>{lv.points}</b>: {html.escape(lv.descriptor)}" for lv in criterion.levels)
            rows.append(f"<li>{name}: {levels}</li>")
        self.descriptors.value = f"<ul>{''.join(rows)}</ul>"
        if note:
            self.status.value = html.escape(note)

    # -------------------------------------------------------------- actions
    def _picked(self, index: int, points) -> None:
        if getattr(self, "_loading", False) or self.current is None:
            return
        levels = self.levels.setdefault(self.current.student, {})
        if points is None:
            levels.pop(index, None)
        else:
            levels[index] = points
        self._refresh()

    def pick(self, points: int) -> None:
        """Set the active criterion's level (the digit shortcut) and move to the next criterion."""
        criterion = self.rubric.criteria[self.active]
        if points not in {lv.points for lv in criterion.levels}:
            self._refresh(f"Tingkat {points} tidak ada pada kriteria {criterion.name}.")
            return
        self.criteria[self.active].value = points
        self.active = min(self.active + 1, len(self.criteria) - 1)
        self._refresh()

    def save(self) -> bool:
        answer = self.current
        if answer is None:
            return False
        levels = self.levels.get(answer.student, {})
        points = total(self.rubric, levels)
        if points is None:
            self._refresh("Belum tersimpan: pilih tingkat untuk setiap kriteria dulu.")
            return False
        self.comments[answer.student] = self.comment.value
        self.store.save(
            self.assignment, answer, self.rubric.grade_id, levels, self.comment.value, self.marker, self.role
        )
        self._refresh(f"Tersimpan: {self.names[answer.student]} mendapat {points} dari {self.rubric.maximum} poin.")
        return True

    def move(self, step: int) -> None:
        if self.current is not None:
            self.comments[self.current.student] = self.comment.value
        self.show_answer(self.position + step)

    def key(self, char: str) -> None:
        """One keyboard shortcut."""
        if char.isdigit():
            self.pick(int(char))
        elif char == "k":
            self.active = (self.active + 1) % len(self.criteria)
            self._refresh()
        elif char == "s":
            self.save()
        elif char == "n":
            self.move(1)
        elif char == "p":
            self.move(-1)

    def _typed(self, change) -> None:
        typed = change["new"]
        if not typed:
            return
        self.keys.value = ""
        for char in typed.lower():
            self.key(char)

    def _use_bank(self) -> None:
        if self.bank_list.value:
            joined = (self.comment.value.rstrip() + " " + self.bank_list.value).strip()
            self.comment.value = joined

    def _keep_bank(self) -> None:
        if self.bank.add(self.comment.value):
            self.bank_list.options = self.bank.comments()
            self._refresh("Komentar disimpan ke bank komentar.")


def meja_rubrik(sesi: str, kursus: str = ".", penilai: str = "", peran: str = "pertama", **options) -> RubricDesk:
    """Open the rubric desk for session ``sesi`` (e.g. ``"04"``) of the course in ``kursus``."""
    return RubricDesk(kursus, sesi, penilai=penilai, peran=peran, **options)
