"""The instructor side of the course: what the people who run a Bimtek use, never the participants.

The ``bimtek`` command (:mod:`~course.instructor.cli`) and what it drives: parallel, sandboxed autograding
with nbgrader (``grading``, ``sandbox``), the participant roster (``roster``), the cohort report
(``cohort_report`` with ``cohort``, ``cohort_numbers``, ``cohort_charts``, ``cohort_page``), completion
certificates (``certificates``), the notebook lint (``lint``), and nbgrader plugins and helpers set in
``nbgrader_config.py`` (``export``, ``exchange``, ``gradebook``).

Nothing on the participant side (the runtime, ``course.sessions``, ``course.engines``, ``course.widgets``)
ever imports this package: a participant's kernel never loads grading or gradebook code.
"""
