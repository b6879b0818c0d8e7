"""One instructor marking in its own process (for test_rubric_postgres.py): saves through the desk's store.

    python -m tests.rubric_worker COURSE MARKER START_AT PLAN.json RESULT.json

PLAN is a list of rounds, each a list of [student, points, comment]; all saves start at START_AT (epoch
seconds) so that two processes really overlap. RESULT gets the number of saves and conflict retries.
"""

from __future__ import annotations

import json
import sys
import time

from course.instructor.rubric_store import Store
from tests.rubric_support import GRADE_ID, SESSION


def main(course: str, marker: str, start_at: float, plan_file: str, result_file: str) -> int:
    store = Store(course)
    answers = {a.student: a for a in store.answers(SESSION, GRADE_ID)}
    with open(plan_file, encoding="utf-8") as handle:
        plan = json.load(handle)
    time.sleep(max(0.0, start_at - time.time()))
    saves = 0
    for round_ in plan:
        for student, points, comment in round_:
            store.save(SESSION, answers[student], GRADE_ID, {0: points}, comment, marker)
            saves += 1
    with open(result_file, "w", encoding="utf-8") as handle:
        json.dump({"saves": saves, "retries": store.retries, "finished": time.time()}, handle)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5]))
