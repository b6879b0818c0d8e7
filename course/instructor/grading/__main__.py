"""``python -m course.instructor.grading --pekerja``: a worker process, started by the supervisor
(:mod:`course.instructor.grading.pool`); see :mod:`course.instructor.grading.worker`."""

import sys

from course.instructor.grading.worker import worker_main

if __name__ == "__main__":
    if sys.argv[1:] == ["--pekerja"]:
        sys.exit(worker_main())
    sys.exit("Modul ini dijalankan oleh `bimtek autograde`.")
