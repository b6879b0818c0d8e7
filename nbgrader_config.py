"""nbgrader settings for the Bimtek Kehumasan course.

Run nbgrader from the folder that holds this file (the course root). A
deployment sets two environment variables instead of editing this file:

* ``BIMTEK_EXCHANGE``: the exchange root shared by instructors and participants
  (default ``/srv/nbgrader/exchange``);
* ``BIMTEK_DB_URL``: the gradebook, e.g. ``postgresql://user@host/bimtek``
  (default: ``gradebook.db``, SQLite, in the course root).
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

c.CourseDirectory.course_id = "bimtek-kehumasan"
c.Exchange.root = os.environ.get("BIMTEK_EXCHANGE", "/srv/nbgrader/exchange")
if os.environ.get("BIMTEK_DB_URL"):
    c.CourseDirectory.db_url = os.environ["BIMTEK_DB_URL"]

# Every session folder is an assignment; data files beside a notebook are released with it.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# What a participant sees in an answer cell of a released notebook. No
# `raise NotImplementedError()`: each answer cell starts with a placeholder line
# (`jawaban = None`) that the self-check explains when it is left unchanged.
c.ClearSolutions.code_stub = {"python": "# TULIS JAWABAN ANDA DI SINI"}
c.ClearSolutions.text_stub = "TULIS JAWABAN ANDA DI SINI"

# Grading: an explicit time limit per cell, and short tracebacks so a failing
# hidden assert never quotes its own line in the feedback.
c.Execute.timeout = 60
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal"]

# Hidden tests only hand the answer over (`serahkan`); the grader judges it in its own process right
# after the notebook ran, with the installed checks and the keys in kunci/ (never released), and
# replaces the test cell's outputs with the verdict (course/instructor/grading/judge.py). The rest is
# nbgrader's default list.
c.Autograde.autograde_preprocessors = [
    "nbgrader.preprocessors.Execute",
    "course.instructor.grading.judge.JudgeAnswers",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# A participant who deletes a graded cell gets it back (nbgrader issue #1682).
c.OverwriteCells.add_missing_cells = True

# Feedback never shows hidden tests (nbgrader issue #917).
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# `nbgrader export` marks a submission that could not be graded as "gagal" with its reason
# (columns `status` and `keterangan`), never as a silent 0.0 (see course/instructor/export.py).
c.ExportApp.plugin_class = "course.instructor.export.StatusCsvExport"
