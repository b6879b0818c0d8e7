"""Parallel, sandboxed, crash-proof autograding with real nbgrader underneath.

``bimtek autograde SESSION`` grades every submission of a session in nbgrader's
submitted folder (``CourseDirectory.submitted_directory``, ``submitted/`` unless the
course's ``nbgrader_config.py`` renames it). A pool of worker processes
(``--pekerja N``, default: the number of cores) each load nbgrader once and grade one
participant at a time with nbgrader's own ``Autograde`` converter (its preprocessors,
its gradebook) and then nbgrader's ``GenerateFeedback``, so scores are exactly those of
``nbgrader autograde``. The kernel that runs a participant's code is started in the
sandbox of :mod:`course.instructor.sandbox` unless ``--kotak-pasir mati``.

Nobody is lost:

* every submission ends ``dinilai`` (graded, score/max) or ``gagal`` (failed)
  with a plain-Indonesian reason, in the ``bimtek_status`` table of the
  gradebook (see :mod:`course.instructor.gradebook`), and with a feedback file: nbgrader's
  own for a graded one, a page saying what happened and what to do for a
  failed one;
* a failure is never a silent 0.0: ``nbgrader export`` (with the plugin set
  in ``nbgrader_config.py``, :mod:`course.instructor.export`) marks it ``gagal``;
* the submitted folder is only read; nbgrader writes the autograded and feedback folders;
* a submission is marked ``berjalan`` while it is graded. A crash or Ctrl-C
  leaves such rows (the gradebook itself is transactional); the next run
  grades them again, and skips every submission already finished whose files
  have not changed (a fingerprint of the submitted folder), so nothing is
  graded twice.

The modules, one job each:

* :mod:`~course.instructor.grading.outcome`: ``Outcome``, ``GradingError``, fingerprints, scores as text;
* :mod:`~course.instructor.grading.reasons`: why a submission failed (``REASONS``), the checks before
  nbgrader (``precheck``) and the failure feedback page;
* :mod:`~course.instructor.grading.nbgrader_patches`: the Execute classes, the caching exporter and the
  other patches the worker installs in nbgrader;
* :mod:`~course.instructor.grading.worker`: the worker process (``python -m course.instructor.grading
  --pekerja``);
* :mod:`~course.instructor.grading.pool`: the supervisor (``autograde``, the worker pool);
* :mod:`~course.instructor.grading.processes`: the supervisor's process tree (subreaper, orphans);
* :mod:`~course.instructor.grading.render`: the progress bar, the final table and the summary.
"""

from course.instructor.grading.outcome import GradingError, Outcome, fingerprint, number
from course.instructor.grading.pool import CourseFolders, Options, Run, autograde
from course.instructor.grading.reasons import REASONS, precheck, reason
from course.instructor.grading.render import summary, table

__all__ = [
    "REASONS",
    "CourseFolders",
    "GradingError",
    "Options",
    "Outcome",
    "Run",
    "autograde",
    "fingerprint",
    "number",
    "precheck",
    "reason",
    "summary",
    "table",
]
