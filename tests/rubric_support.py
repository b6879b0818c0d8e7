"""A scratch course with written answers of session 04 (``citra_jawab``) autograded by nbgrader.

Made once per gradebook URL and copied per test, like ``grading_support`` does for session 00.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import ROOT
from .grading_support import clone, run_nbgrader

SESSION = "04-media-massa"
NOTEBOOK = f"{SESSION}.ipynb"
GRADE_ID = "citra_jawab"
ANSWERS = {
    "u_ani": "Diskominfo Sukamaju melayani warga. Kami berjanji menjawab pertanyaan warga pada hari kerja yang sama. "
    "Buktinya seperti unggahan 4A yang mengakui gangguan.",
    "u_budi": "Sukamaju Hebat, Sukamaju Bermartabat!",
    "u_cahya": "Kami melayani sepenuh hati. Buktinya unggahan 1A tentang peresmian kantor.",
    "u_dodi": "Kami menghimbau warga membaca kanal resmi. Janji kami: informasi gangguan layanan diumumkan di hari yang "
    "sama, seperti 4A.",
}
_TEMPLATES: dict[str, Path] = {}


def _submission(release: dict, text: str) -> dict:
    nb = json.loads(json.dumps(release))
    for cell in nb["cells"]:
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == GRADE_ID:
            cell["source"] = text
    return nb


def make_written_course(dest: Path, db_url: str | None = None, answers: dict[str, str] = ANSWERS) -> Path:
    """Session 04 generated, one submission per participant of ``answers``, autograded."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(ROOT / "source" / SESSION, dest / "source" / SESSION)
    run_nbgrader(["generate_assignment", SESSION, "--force"], dest, db_url)
    release = json.loads((dest / "release" / SESSION / NOTEBOOK).read_text(encoding="utf-8"))
    for student, text in answers.items():
        folder = dest / "submitted" / student / SESSION
        folder.mkdir(parents=True)
        nb = _submission(release, text)
        (folder / NOTEBOOK).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "timestamp.txt").write_text("2025-03-03 10:00:00.000000 UTC", encoding="utf-8")
    run_nbgrader(["autograde", SESSION], dest, db_url)
    return dest


def written_course(tmp_path_factory, db_url: str | None = None) -> Path:
    key = db_url or "sqlite"
    if key not in _TEMPLATES:
        _TEMPLATES[key] = make_written_course(tmp_path_factory.mktemp("rubrik") / "kursus", db_url)
    return clone(_TEMPLATES[key], tmp_path_factory.mktemp("rubrik") / "kursus")
