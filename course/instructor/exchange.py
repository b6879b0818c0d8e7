"""nbgrader exchange for a hub where every participant is a separate Unix user.

nbgrader's own ``ExchangeSubmit`` leaves each submission world-readable (files
0444, folder 0777) and relies on the folder name, which holds a random string,
staying secret in an unlistable ``inbound/``. ``PrivateExchangeSubmit`` then
closes the submission to everyone but its owner and the grader group: the
``inbound/`` folder is set-group-ID and belongs to the grader account's group
(nbgrader creates it so on release), so the copied folder and files carry that
group, and ``0o2770`` / ``0o440`` leave nothing for other participants. The
``submission_secret.txt`` that names the participant's feedback file is closed
the same way, so nobody else can work out where that feedback lies either.

Enabled by ``c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"``
(participants' servers: ``deploy/jupyter/semua/nbgrader_config.py``) and
``c.ExchangeFactory.release_feedback = "course.instructor.exchange.PrivateExchangeReleaseFeedback"``
(the grader's course folder, written by ``deploy/siapkan.py pengguna``).
"""

from __future__ import annotations

import glob
import grp
import os
import stat
from pathlib import Path

from nbgrader.exchange.default.release_feedback import ExchangeReleaseFeedback
from nbgrader.exchange.default.submit import ExchangeSubmit
from nbgrader.utils import notebook_hash

DIR_MODE = stat.S_ISGID | 0o770
FILE_MODE = 0o440


def close_to_group(path: str) -> None:
    """Owner and group only: folders ``2770``, files ``0440`` (the owner keeps delete rights)."""
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), FILE_MODE)
        os.chmod(dirpath, DIR_MODE)


class PrivateExchangeSubmit(ExchangeSubmit):
    """``ExchangeSubmit`` whose submission only its owner and the grader group can read."""

    def copy_files(self):
        super().copy_files()
        close_to_group(os.path.join(self.inbound_path, self.assignment_filename))


class PrivateExchangeReleaseFeedback(ExchangeReleaseFeedback):
    """``ExchangeReleaseFeedback`` whose feedback file only its participant (and the grader) can read.

    nbgrader copies each feedback file world-readable into an unlistable folder under a
    name derived from the participant's ``submission_secret.txt``. Here each file is also
    given to the participant's own Unix group (same name as the account, Debian's default)
    with mode ``0640``; the grader account must be a member of those groups
    (``deploy/siapkan.py pengguna`` adds it). Where that is not possible the file keeps
    nbgrader's permissions and a warning is logged.
    """

    def copy_files(self):
        super().copy_files()
        exclude = set(filter(None, (self.coursedir.student_id_exclude or "").split(",")))
        for html_file in glob.glob(os.path.join(self.src_path, "*.html")):
            feedback_dir, name = os.path.split(html_file)
            student_id = self._student_of(feedback_dir)
            if student_id is None or student_id in exclude:
                continue
            with open(os.path.join(feedback_dir, "submission_secret.txt")) as fh:
                secret = fh.read()
            checksum = notebook_hash(secret=secret, notebook_id=os.path.splitext(name)[0])
            released = os.path.join(self.dest_path, f"{checksum}.html")
            try:
                os.chown(released, -1, grp.getgrnam(student_id).gr_gid)
                os.chmod(released, 0o640)
            except (KeyError, PermissionError) as exc:
                self.log.warning("Feedback of %s stays readable by name only (%s)", student_id, exc)

    def _student_of(self, feedback_dir: str) -> str | None:
        """The student id in ``feedback/<student>/<assignment>``."""
        parts = Path(feedback_dir).parts
        return parts[-2] if len(parts) >= 2 else None
