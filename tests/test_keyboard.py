"""One session worked end to end with the keyboard alone: Chromium, a real JupyterLab, nbgrader's Validate.

Issue 15, item 4. ``release/00-pengantar`` is copied unanswered into a JupyterLab folder and opened
by its URL (the "open"). From then on the page gets ``page.keyboard`` input only, no mouse and no
``locator.click``/``fill``: Escape for command mode, ArrowDown past text cells, Shift+Enter to run
code cells, Enter + Control+a + typing to answer each graded exercise (answers from the source
solutions), Control+s to save, Shift+Tab into the notebook toolbar and ArrowRight to nbgrader's
Validate button, Enter to validate, Escape to close the dialog. The page is only read to check
where the focus is and what the outputs say. The keys pressed are recorded and written, with
Indonesian explanations, to ``docs/pintasan-keyboard.md`` (linked from the start page).
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter

import nbformat
import pytest

from tools.browser import CHROMIUM, VIEWPORT, LabServer, answers_from_source, chromium

from .conftest import ROOT

SESSION = "00-pengantar"
SHORTCUTS_DOC = ROOT / "docs" / "pintasan-keyboard.md"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"), reason="apt-get install chromium (see .ci/run)"
)

# What each key does for a participant, in the words of the start page (Indonesian, EYD V).
MEANING = {
    "Escape": (
        "Esc",
        "Keluar dari mode sunting ke mode perintah (tombol panah kini berpindah sel, tidak mengetik);"
        " di kotak dialog: menutup dialog.",
    ),
    "ArrowDown": ("↓ (panah bawah)", "Di mode perintah: pindah ke sel berikutnya (sama dengan tombol J)."),
    "Shift+Enter": ("Shift + Enter", "Menjalankan sel yang aktif lalu pindah ke sel berikutnya."),
    "Enter": (
        "Enter",
        "Di mode perintah: mulai menyunting sel yang aktif; pada tombol yang sedang disorot: menekan tombol itu.",
    ),
    "Control+a": ("Ctrl + A", "Di mode sunting: memilih seluruh isi sel, supaya jawaban lama tertimpa ketikan baru."),
    "Control+s": ("Ctrl + S", "Menyimpan notebook. Lakukan sesering mungkin."),
    "Shift+Tab": (
        "Shift + Tab",
        "Dari notebook (mode perintah): mundur ke bilah alat di atas notebook. Bila ada tautan di atas sel"
        " yang aktif, sorotan singgah dulu di tautan itu; tekan lagi sampai bilah alat tersorot.",
    ),
    "ArrowRight": (
        "→ (panah kanan)",
        "Di bilah alat: pindah ke tombol berikutnya, sampai tombol **Validate** tersorot.",
    ),
}

_FOCUS_JS = """() => {
  const e = document.activeElement;
  const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell')];
  return {
    active: cells.findIndex(c => c.classList.contains('jp-mod-active')),
    editing: !!document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook.jp-mod-editMode'),
    validate: !!(e && e.classList && e.classList.contains('validate-button')),
    toolbar: !!(e && e.closest && e.closest('.jp-NotebookPanel-toolbar')),
  };
}"""

_BUSY_JS = """() => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-InputPrompt')]
    .map(p => p.textContent.trim());
  return prompts.some(p => p === '[*]:')
    || !/\\|\\s*Idle/.test(document.querySelector('#jp-main-statusbar')?.textContent || '');
}"""


class Keys:
    """The participant's hands: every input goes through ``page.keyboard`` and is recorded."""

    def __init__(self, page):
        self.page = page
        self.sequence: list[str] = []

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.sequence.append(key)

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)
        self.sequence.append(f"type:{text}")

    def focus(self) -> dict:
        return self.page.evaluate(_FOCUS_JS)


@pytest.fixture(scope="module")
def worked(tmp_path_factory):
    """Open the unanswered session in JupyterLab and work it with the keyboard; return what happened."""
    workspace = tmp_path_factory.mktemp("keyboard")
    shutil.copytree(ROOT / "release" / SESSION, workspace / SESSION)
    path = workspace / SESSION / f"{SESSION}.ipynb"
    with LabServer(workspace) as lab, chromium() as browser:
        page = browser.new_context(viewport=VIEWPORT, device_scale_factor=1).new_page()
        started = time.perf_counter()
        page.goto(lab.lab_url(f"{SESSION}/{SESSION}.ipynb"))
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=90_000)
        page.wait_for_function("() => !(" + _BUSY_JS + ")()", timeout=90_000)
        keys = Keys(page)
        result = {"path": path, "keys": keys}
        result["steps"] = answer_all(keys, nbformat.read(path, as_version=4))
        page.wait_for_function("() => !(" + _BUSY_JS + ")()", timeout=180_000, polling=200)
        result["checks"] = self_check_outputs(page)
        keys.press("Control+s")
        page.wait_for_function(
            "() => !document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-mod-dirty, "
            ".lm-TabBar-tab.lm-mod-current.jp-mod-dirty')",
            timeout=20_000,
        )
        result["validate"] = validate(keys)
        result["seconds"] = time.perf_counter() - started
        yield result


def answer_all(keys: Keys, nb) -> list[dict]:
    """Walk the notebook top to bottom as a participant would; answer each graded exercise."""
    answers = answers_from_source(SESSION)
    last = max(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade"))
    keys.press("Escape")
    steps = []
    for index, cell in enumerate(nb.cells[: last + 1]):
        where = keys.focus()
        assert where["active"] == index and not where["editing"], (index, where)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.cell_type != "code":
            keys.press("ArrowDown")
        elif grade_id in answers:
            keys.press("Enter")
            assert keys.focus()["editing"], f"Enter did not open cell {index} for editing"
            keys.press("Control+a")
            keys.type(answers[grade_id])
            keys.press("Shift+Enter")
            steps.append({"cell": index, "grade_id": grade_id, "answer": answers[grade_id]})
        else:
            keys.press("Shift+Enter")
    return steps


def self_check_outputs(page) -> list[dict]:
    """The text of every self-check cell's output (the cells that call ``cek``)."""
    return page.evaluate("""() => [...document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-CodeCell')]
      .map((c, i) => ({i, source: c.querySelector('.jp-InputArea-editor')?.textContent || '',
                       out: c.querySelector('.jp-OutputArea')?.innerText || '',
                       error: !!c.querySelector('[data-mime-type="application/vnd.jupyter.error"], '
                                               + '[data-mime-type="application/vnd.jupyter.stderr"]')}))
      .filter(c => c.source.includes('cek('))""")


def validate(keys: Keys) -> dict:
    """Reach nbgrader's Validate button with the keyboard, press it, read and close the dialog."""
    page = keys.page
    keys.press("Escape")
    # Shift+Tab walks back from the active cell through the links above it (rendered Markdown) to the toolbar.
    for _ in range(30):
        keys.press("Shift+Tab")
        if keys.focus()["toolbar"]:
            break
    assert keys.focus()["toolbar"], "Shift+Tab from the notebook does not reach its toolbar"
    for _ in range(30):
        if keys.focus()["validate"]:
            break
        keys.press("ArrowRight")
    assert keys.focus()["validate"], "the Validate button cannot be reached with the arrow keys"
    keys.press("Enter")
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=120_000)
    page.wait_for_selector(
        ".jp-Dialog .validation-success, .jp-Dialog .validation-failed, .jp-Dialog .validation-error, .jp-Dialog pre",
        timeout=120_000,
    )
    found = {"text": dialog.inner_text(), "ok": page.locator(".jp-Dialog .validation-success").count() > 0}
    keys.press("Escape")
    dialog.wait_for(state="detached", timeout=10_000)
    found["closed"] = True
    return found


def test_every_exercise_answered_and_checked_by_keyboard(worked):
    steps = worked["steps"]
    assert len(steps) == len(answers_from_source(SESSION)) == 22
    checks = worked["checks"]
    assert len(checks) == len(steps)
    for check in checks:
        assert not check["error"], check
        assert "\u2705 Tepat!" in check["out"] or "\u2714" in check["out"], check


def test_typed_answers_are_saved_on_disk(worked):
    nb = nbformat.read(worked["path"], as_version=4)
    saved = {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells if "nbgrader" in c.metadata}
    for step in worked["steps"]:
        assert saved[step["grade_id"]] == step["answer"], step


def test_validate_reached_and_passed_by_keyboard(worked):
    found = worked["validate"]
    assert found["ok"], found["text"]
    assert found["closed"]


def test_only_keys_and_the_shortcuts_page(worked):
    sequence = worked["keys"].sequence
    pressed = [k for k in sequence if not k.startswith("type:")]
    assert set(pressed) <= set(MEANING), set(pressed) - set(MEANING)
    text = shortcuts_page(sequence)
    SHORTCUTS_DOC.write_text(text, encoding="utf-8")
    assert "Validate" in text and "Shift + Enter" in text
    print(f"\nkeyboard session: {len(sequence)} inputs in {worked['seconds']:.1f} s")
    print(compress(sequence))


def compress(sequence: list[str]) -> str:
    """``a a a b`` -> ``a ×3, b``: the sequence in a readable form for the report."""
    out: list[list] = []
    for key in sequence:
        if out and out[-1][0] == key:
            out[-1][1] += 1
        else:
            out.append([key, 1])
    return ", ".join(k if n == 1 else f"{k} ×{n}" for k, n in out)


def shortcuts_page(sequence: list[str]) -> str:
    """The Markdown page of the shortcuts the keyboard-only session used, in Indonesian."""
    counts = Counter(k for k in sequence if not k.startswith("type:"))
    order = [k for k in MEANING if counts[k]]
    rows = [f"| {MEANING[k][0]} | {MEANING[k][1]} | {counts[k]} |" for k in order]
    return "\n".join(
        [
            "# Pintasan keyboard untuk peserta",
            "",
            "<!-- Berkas ini dibuat otomatis oleh tests/test_keyboard.py; jangan disunting dengan tangan. -->",
            "",
            f"Sesi {SESSION} dapat dikerjakan sampai selesai **hanya dengan keyboard**: membuka notebook, menjawab,",
            "menjalankan, memeriksa, menyimpan, dan memvalidasi. Uji otomatis `tests/test_keyboard.py` mengerjakannya",
            "di Chromium pada JupyterLab sungguhan tanpa tetikus, lalu menulis tabel ini dari tombol yang benar-benar",
            "ditekannya.",
            "",
            "| Tombol | Gunanya | Ditekan dalam uji |",
            "|---|---|---|",
            *rows,
            "",
            "## Urutan untuk satu latihan",
            "",
            "1. Tekan **Esc** (mode perintah), lalu **↓** atau **J** sampai sel jawaban tersorot.",
            "2. Tekan **Enter** untuk menyunting sel itu, **Ctrl + A** untuk memilih isinya, lalu ketik jawaban.",
            "3. Tekan **Shift + Enter** untuk menjalankan sel jawaban; kursor pindah ke sel *Cek mandiri*.",
            "4. Tekan **Shift + Enter** lagi. Bila jawaban sudah benar, muncul ✅ **Tepat!**",
            "5. Simpan dengan **Ctrl + S**.",
            "",
            "## Tombol Validate tanpa tetikus",
            "",
            "Tombol **Validate** (dari nbgrader, labelnya tetap berbahasa Inggris) ada di bilah alat di atas notebook.",
            "Tekan **Esc**, lalu **Shift + Tab** (beberapa kali bila sorotan singgah di tautan) sampai sorotan ada di",
            "bilah alat. Tekan **→** beberapa kali sampai tombol **Validate** tersorot, lalu **Enter**. Hasil validasi",
            "muncul di kotak dialog; tutup dengan **Esc**. nbgrader tidak menyediakan pintasan keyboard langsung untuk",
            "Validate, dan perintah itu juga tidak ada di palet perintah (**Ctrl + Shift + C**).",
            "",
        ]
    )
