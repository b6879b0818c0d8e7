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

``bimtek collect`` (:mod:`course.instructor.submissions`) takes a submission only from a
folder that the participant's own account created, with every file in it owned by that
account: what ``nbgrader submit`` run in the participant's server writes. So
``PrivateExchangeSubmit`` also refuses ``--student`` naming anyone but the submitting
account: such a folder would never be collected. (The folder's group is the grader's
only while nbgrader copies into it: ``copytree`` then sets the folder's own mode, which
drops the set-group-ID bit, so ``timestamp.txt`` and ``submission_secret.txt`` carry the
participant's group; the grader account, a member of every participant's group, reads
them, and ``bimtek collect`` runs as that account or as root.)

``SafeExchangeCollect`` makes ``nbgrader collect`` and the formgrader's Collect button do what
``bimtek collect`` does (with its default grace, and always checking owners).

Enabled by ``c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"``
(participants' servers: ``deploy/jupyter/semua/nbgrader_config.py``),
``c.ExchangeFactory.release_feedback = "course.instructor.exchange.PrivateExchangeReleaseFeedback"``
and ``c.ExchangeFactory.collect = "course.instructor.exchange.SafeExchangeCollect"``
(the grader's course folder, written by ``deploy/siapkan.py pengguna``).
"""

from __future__ import annotations

import glob
import grp
import os
import stat
from pathlib import Path

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.exchange.default.release_feedback import ExchangeReleaseFeedback
from nbgrader.exchange.default.submit import ExchangeSubmit
from nbgrader.utils import get_username, notebook_hash

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

    def init_dest(self):
        student_id = self.coursedir.student_id
        if student_id not in ("*", "", get_username()):
            self.fail(
                f"Kiriman hanya dapat dikirim atas nama akun Anda sendiri ({get_username()}), bukan {student_id}. "
                "Kirim ulang tanpa opsi --student."
            )
        super().init_dest()

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


class SafeExchangeCollect(ExchangeCollect):
    """``ExchangeCollect`` replaced by ``bimtek collect`` (:mod:`course.instructor.submissions`).

    The course, exchange and gradebook are read from the course folder's ``nbgrader_config.py``,
    as ``bimtek collect`` reads them; each refused folder is logged as a warning on one line.
    """

    def init_src(self):
        if not self.coursedir.course_id:
            self.fail("CourseDirectory.course_id tidak diatur di nbgrader_config.py.")

    def init_dest(self):
        pass

    def copy_files(self):
        from course.instructor.submissions import CollectError, Options, collect, summary

        try:
            result = collect(Options(root=Path(self.coursedir.root), session=self.coursedir.assignment_id))
        except CollectError as exc:
            self.fail(exc.friendly().replace("\n", " "))
        for student, folder in result.collected:
            self.log.info("Dikumpulkan: %s (inbound/%s)", student, folder)
        for refusal in result.refusals:
            self.log.warning(refusal.line())
        self.log.info(summary(result))
