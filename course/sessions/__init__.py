"""One module per session notebook, and the course's one list of sessions.

Each module ``sNN_slug.py`` belongs to the notebook ``source/NN-slug/NN-slug.ipynb``: it registers
that session's checks (``course.checks.register``) and re-exports, in its ``__all__``, every name the
notebook imports (participant helpers, exercise data, engine functions the lesson shows). A notebook
imports only ``course``, its own session module and ``course.widgets``.

Session modules never import each other. What two sessions share (calendar rows, format and pillar
names, the headline rules, the release-headline verdict) lives in ``shared.py``; pure checkers and
data tools live in ``course.engines``. Session modules run in participants' kernels; session 00's
kernel loads no pandas.

``SESSIONS`` (the assignment names, "00-pengantar", ...) and ``MODULES`` (their dotted module names)
are derived from the module file names, so a new session is added by adding its ``sNN_slug.py``
next to its ``source/NN-slug/`` folder; ``tests/test_layout.py`` checks that the two agree.
"""

from __future__ import annotations

import pkgutil
import re

_SESSION_MODULE = re.compile(r"^s(\d\d)_([a-z0-9_]+)$")

# Dotted names of the session modules, in session order (importing this package imports none of them).
MODULES: tuple[str, ...] = tuple(
    f"{__name__}.{name}"
    for name in sorted(m.name for m in pkgutil.iter_modules(__path__) if _SESSION_MODULE.match(m.name))
)


def assignment_name(module: str) -> str:
    """The nbgrader assignment (``source/`` folder) of a session module: ``s01_konten_medsos`` -> ``01-konten-medsos``."""
    match = _SESSION_MODULE.match(module.rpartition(".")[2])
    if not match:
        raise ValueError(f"{module!r} is not a session module (sNN_slug)")
    return f"{match.group(1)}-{match.group(2).replace('_', '-')}"


# The sessions, in order: the folders of source/ and release/, and the ``sesi`` of the item bank.
SESSIONS: tuple[str, ...] = tuple(assignment_name(m) for m in MODULES)

__all__ = ["MODULES", "SESSIONS", "assignment_name"]
