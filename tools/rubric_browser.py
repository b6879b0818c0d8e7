"""Driving the rubric desk in a real JupyterLab with Chromium: shared by the browser test and the bench.

Every step waits for what the desk shows (the header's total, the status line, the next answer), so the
timings are those an instructor sees: from the first key of an answer to the next answer on screen.
"""

from __future__ import annotations

import re
import time

from tools.browser_page import INIT_SCRIPT, run_all, wait_kernel_idle, wait_run_all_done

DESK = ".bimtek-meja-rubrik"


def open_desk(page, lab, path: str) -> None:
    """Open the desk notebook, Run All (through the menu, in any language), wait for the desk."""
    page.add_init_script(script=INIT_SCRIPT)
    page.goto(lab.lab_url(path))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=90_000)
    wait_kernel_idle(page)
    run_all(page)
    wait_run_all_done(page)
    page.wait_for_selector(f"{DESK} .meja-kepala", timeout=60_000)


def text_of(page, name: str) -> str:
    return page.locator(f"{DESK} .{name}").inner_text()


def wait_text(page, name: str, pattern: str, timeout_ms: int = 30_000) -> None:
    page.wait_for_function(
        "([sel, pat]) => { const el = document.querySelector(sel); return el && new RegExp(pat).test(el.innerText); }",
        arg=[f"{DESK} .{name}", pattern],
        timeout=timeout_ms,
        polling=50,
    )


def type_comment(page, comment: str) -> None:
    box = page.locator(f"{DESK} .meja-komentar textarea")
    box.click()
    box.fill("")
    page.keyboard.type(comment)


def press(page, key: str) -> None:
    """One shortcut typed into the Pintasan box."""
    page.locator(f"{DESK} .meja-pintasan input").click()
    page.keyboard.type(key)


def mark_with_keyboard(page, points: int, comment: str) -> float:
    """Level digit, comment, ``s``; returns the seconds until the desk says it saved."""
    started = time.perf_counter()
    press(page, str(points))
    wait_text(page, "meja-kepala", rf"· {points} dari \d+ poin")
    type_comment(page, comment)
    press(page, "s")
    wait_text(page, "meja-status", rf"^Tersimpan: .* mendapat {points} dari")
    return time.perf_counter() - started


def mark_with_mouse(page, points: int, comment: str) -> float:
    started = time.perf_counter()
    page.locator(f"{DESK} .widget-toggle-button").filter(has_text=re.compile(rf"^{points}$")).first.click()
    wait_text(page, "meja-kepala", rf"· {points} dari \d+ poin")
    type_comment(page, comment)
    page.locator(f"{DESK} button", has_text="Simpan (s)").click()
    wait_text(page, "meja-status", rf"^Tersimpan: .* mendapat {points} dari")
    return time.perf_counter() - started


def next_answer(page, position: int, keyboard: bool = True) -> None:
    """Go on to answer ``position`` (1-based) with ``n`` or the Berikutnya button."""
    if keyboard:
        press(page, "n")
    else:
        page.locator(f"{DESK} button", has_text="Berikutnya").click()
    wait_text(page, "meja-kepala", rf"Jawaban {position} dari")
