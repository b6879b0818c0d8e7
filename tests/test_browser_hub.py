"""A participant's first screens on the real hub, in Chromium: Indonesian, and a choice of interface.

The course's JupyterHub (deploy/jupyterhub_config.py, started by tools.hubkit as in
tests/test_hub.py) with two participants. Each logs in through the hub's login page (in
Indonesian, deploy/templates/login.html), as in the room. The first screen is the start page: an Indonesian form with two labelled
radio buttons (JupyterLab, chosen unless changed, or Jupyter Notebook 7). One presses
Mulai and lands in JupyterLab whose menus are Indonesian, with no setting of their own;
the other chooses Notebook 7 and lands on its file page (/tree), Indonesian too. The
labels asserted are read from the pinned language pack. Screenshots go to docs/screenshots/.

The pack (4.5.post3) translates menu items, dialogs, the launcher and the file browser, but
not the titles of the main menu bar (JupyterLab looks them up in the "menu" context, which
the pack does not carry); the project's settings overrides name them (Berkas, Sunting, Tampilan,
Jalankan, Kernel, Tab, Pengaturan, Bantuan), and the first screen is asserted with them.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tools.browser import CHROMIUM, VIEWPORT, chromium
from tools.hubkit import COURSE_ID, BimtekHub, requirements_missing

from .conftest import ROOT
from .lab_language import indonesian_menu_problems

SCREENSHOTS = ROOT / "docs" / "screenshots"
FORM_SHOT = SCREENSHOTS / "hub-pilih-antarmuka.png"
LAB_SHOT = SCREENSHOTS / "hub-lab-indonesia.png"
NOTEBOOK_SHOT = SCREENSHOTS / "hub-notebook7-indonesia.png"

# Root, configurable-http-proxy (`make install-node`) and Chromium; a developer's machine without them
# skips with the reason, CI (CI=true) fails instead.
MISSING = requirements_missing() or (None if CHROMIUM.exists() else "apt-get install chromium (see .ci/run)")
pytestmark = pytest.mark.skipif(bool(MISSING) and not os.environ.get("CI"), reason=str(MISSING))


def pack_labels() -> dict[str, str]:
    """English label -> Indonesian, from the installed (pinned) language pack."""
    import jupyterlab_language_pack_id_ID as pack

    path = Path(pack.__file__).parent / "locale" / "id_ID" / "LC_MESSAGES" / "jupyterlab.json"
    messages = json.loads(path.read_text(encoding="utf-8"))
    return {key: value[0] for key, value in messages.items() if key and isinstance(value, list)}


@pytest.fixture(scope="module")
def hub():
    if MISSING:
        pytest.fail(f"the hub browser test cannot run here: {MISSING}")
    with BimtekHub(["lab", "nb"], ["instruktur"], prefix="bkpr") as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


def log_in(page, hub: BimtekHub, user: str) -> None:
    """The hub's login page, filled in as a participant does; the start page follows."""
    page.goto(f"{hub.url}/hub/login")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Masuk"
    page.get_by_label("Nama pengguna:", exact=True).fill(user)  # the labels a screen reader reads out
    page.get_by_label("Kata sandi:", exact=True).fill(hub.passwords[user])
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_selector("#pilih-antarmuka", timeout=60_000)


def menu_bar(page) -> list[str]:
    page.wait_for_selector(".lm-MenuBar-itemLabel", timeout=120_000)
    page.wait_for_function("() => document.querySelectorAll('.lm-MenuBar-itemLabel').length >= 4", timeout=60_000)
    return page.eval_on_selector_all(".lm-MenuBar-itemLabel", "els => els.map(e => e.textContent.trim())")


def open_menu(page, title: str) -> list[str]:
    """Open the main menu titled ``title``; return the labels of its items (the menu stays open)."""
    title_label = page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{re.escape(title)}$")).first
    for _attempt in range(3):  # a click while JupyterLab still lays out its shell may not open the menu
        page.keyboard.press("Escape")
        title_label.click()
        try:
            page.wait_for_selector(".lm-Menu .lm-Menu-itemLabel", timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    page.wait_for_timeout(300)
    return page.eval_on_selector_all(
        ".lm-Menu .lm-Menu-itemLabel", "els => els.map(e => e.textContent.trim()).filter(x => x)"
    )


def translated(items: list[str], labels: dict[str, str]) -> list[str]:
    """The items that are the pack's Indonesian text (and not the same word in English)."""
    indonesian = {value for key, value in labels.items() if value != key}
    return [item for item in items if item in indonesian]


def file_browser_headers(page) -> str:
    page.wait_for_selector(".jp-DirListing-header", timeout=60_000)
    return page.inner_text(".jp-DirListing-header")


def page_config(page) -> dict:
    return json.loads(page.eval_on_selector("#jupyter-config-data", "e => e.textContent"))


def test_start_page_offers_jupyterlab_and_notebook_7_in_indonesian_and_lab_is_indonesian(hub, browser):
    user = hub.participants[0]
    labels = pack_labels()
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    page = context.new_page()
    try:
        log_in(page, hub, user)
        # What a screen reader announces: one named group of two labelled radio buttons, and the button.
        group = page.get_by_role("group", name="Pilih tampilan kerja Anda")
        assert group.count() == 1
        lab = group.get_by_role("radio", name="JupyterLab")
        notebook = group.get_by_role("radio", name="Jupyter Notebook 7")
        assert lab.is_checked() and not notebook.is_checked()
        described = page.eval_on_selector(
            "#antarmuka-notebook", "e => document.getElementById(e.getAttribute('aria-describedby')).textContent"
        )
        assert "pembaca layar" in described
        assert page.get_by_role("heading", level=1).inner_text().strip() == "Mulai server Anda"
        page.screenshot(path=str(FORM_SHOT))

        page.get_by_role("button", name="Mulai").click()
        page.wait_for_url(re.compile(rf"/user/{user}/lab"), timeout=120_000)
        bar = menu_bar(page)
        assert indonesian_menu_problems(bar) == [], bar  # Berkas, Jalankan, Pengaturan, Bantuan; no English title
        assert page_config(page)["appName"] == "JupyterLab"
        header = file_browser_headers(page)
        assert labels["Name"] in header and "Name" not in header, header  # Nama
        items = open_menu(page, "Berkas")
        for english in ("Save All", "Log Out"):  # Simpan Semua, Keluar
            assert labels[english] in items and english not in items, (english, items)
        assert len(translated(items, labels)) >= 5, items
        # The Run menu, open, for the screenshot of the first screen: most of its items in Indonesian.
        items = open_menu(page, "Jalankan")
        assert len(translated(items, labels)) >= 4, items  # Jalankan semua di atas sel yang dipilih, ...
        page.screenshot(path=str(LAB_SHOT))
        page.keyboard.press("Escape")
    finally:
        context.close()


def test_choosing_notebook_7_opens_its_file_page_in_indonesian(hub, browser):
    user = hub.participants[1]
    labels = pack_labels()
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    page = context.new_page()
    try:
        log_in(page, hub, user)
        page.get_by_role("radio", name="Jupyter Notebook 7").check()
        page.get_by_role("button", name="Mulai").click()
        page.wait_for_url(re.compile(rf"/user/{user}/tree"), timeout=120_000)
        bar = menu_bar(page)
        assert indonesian_menu_problems(bar, page="tree") == [], bar
        config = page_config(page)
        assert config["appName"] == "Jupyter Notebook" and config["notebookPage"] == "tree", config.get("appName")
        header = file_browser_headers(page)
        for english in ("Name", "Last Modified"):  # Nama, Terakhir Diubah
            assert labels[english] in header and english not in header, header
        items = open_menu(page, "Berkas")
        for english in ("Save All", "Log Out"):
            assert labels[english] in items and english not in items, (english, items)
        assert len(translated(items, labels)) >= 5, items
        page.screenshot(path=str(NOTEBOOK_SHOT))
        page.keyboard.press("Escape")
    finally:
        context.close()


def test_in_notebook_7_a_participant_fetches_and_submits_from_the_assignment_list(hub, browser):
    """Notebook 7 is a way in for the whole Bimtek: nbgrader's Assignment List works on its file page. The
    instructor releases session 00 (the formgrader's API, as in tests/test_hub.py); the participant who chose
    Notebook 7 (previous test) opens Nbgrader → Assignment List, presses Fetch, then Submit, and the submission
    is in the exchange."""
    session, formgrader = "00-pengantar", f"/services/{COURSE_ID}/formgrader"
    (instructor,) = hub.instructors
    hub.start_server(instructor)
    token = hub.user_token(instructor)
    for action in ("assign", "release"):
        response = hub.post(f"{formgrader}/api/assignment/{session}/{action}", token)
        assert response.status_code == 200 and response.json()["success"], response.text[:300]
    user = hub.participants[1]
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    page = context.new_page()
    try:
        page.goto(f"{hub.url}/hub/login")
        page.get_by_label("Nama pengguna:", exact=True).fill(user)
        page.get_by_label("Kata sandi:", exact=True).fill(hub.passwords[user])
        page.get_by_role("button", name="Masuk").click()
        page.wait_for_url(re.compile(rf"/user/{user}/tree"), timeout=120_000)  # the server kept Notebook 7
        assert page_config(page)["appName"] == "Jupyter Notebook"
        menu_bar(page)
        open_menu(page, "Nbgrader")
        page.locator(".lm-Menu .lm-Menu-item[data-command='nbgrader:open-assignment-list']").click()
        released = page.locator("#released_assignments_list")
        released.get_by_text(session).first.wait_for(timeout=60_000)
        released.get_by_role("button", name="Fetch").click()
        downloaded = page.locator("#fetched_assignments_list")
        downloaded.get_by_text(session).first.wait_for(timeout=60_000)
        downloaded.get_by_role("button", name="Submit").first.click()
        page.locator("#submitted_assignments_list").get_by_text(session).first.wait_for(timeout=60_000)
        page.screenshot(path=str(SCREENSHOTS / "hub-notebook7-tugas.png"))
    finally:
        context.close()
    inbound = hub.exchange / COURSE_ID / "inbound"
    assert list(inbound.glob(f"{user}+{session}+*")), sorted(p.name for p in inbound.iterdir())
