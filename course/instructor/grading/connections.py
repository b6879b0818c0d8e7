"""One database engine per gradebook in a worker, instead of one per nbgrader step.

nbgrader opens a new ``Gradebook`` in every step that touches grades (``init_assignment``,
``OverwriteCells``, ``SaveAutoGrades``, ``AssignLatePenalties``, ``GetGrades`` of the feedback,
and the worker's own score lookup): twelve per submission of session 00. Each one creates an
engine, opens a connection, lists the tables and re-runs ``create_all`` over nbgrader's
fifteen tables, then disposes of the engine. Measured on the 2-core bench machine with SQLite:
about 0.15 s of a 1.8 s submission. PostgreSQL pays a network round trip for each of those.

:func:`reuse_gradebook_connections` keeps nbgrader's first ``Gradebook.__init__`` exactly as it
is (tables, alembic version, course row), keeps the engine and its connection pool for the
worker's life, and from then on gives each ``Gradebook`` a fresh ORM session on that engine and
still checks the course row. ``close`` ends the session (rolling back anything uncommitted, as
before) without disposing of the shared engine. Scores are unchanged: every query and commit
is nbgrader's own; only the connection set-up is shared.
"""

from __future__ import annotations

_ENGINES: dict[str, object] = {}


def reuse_gradebook_connections() -> None:
    """Patch ``nbgrader.api.Gradebook`` in this process (a grading worker) to share engines."""
    from nbgrader import api
    from sqlalchemy import create_engine
    from sqlalchemy.orm import scoped_session, sessionmaker

    if getattr(api.Gradebook, "_bimtek_shared_engines", False):
        return
    first_init = api.Gradebook.__init__

    def __init__(self, db_url: str, course_id: str = "default_course", authenticator=None):
        engine = _ENGINES.get(db_url)
        if engine is None:
            first_init(self, db_url, course_id, authenticator)  # creates the tables and the course row
            self.db.remove()
            self.engine.dispose()
            engine = _ENGINES[db_url] = create_engine(db_url, echo=False, future=True)
        self.engine = engine
        self.db = scoped_session(sessionmaker(autoflush=True, bind=engine, future=True))
        self.check_course(course_id=course_id)
        self.course_id = course_id
        self.authenticator = authenticator

    def close(self) -> None:
        self.db.remove()

    api.Gradebook.__init__ = __init__
    api.Gradebook.close = close
    api.Gradebook._bimtek_shared_engines = True
