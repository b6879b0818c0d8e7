"""What ``tools.browser.run_session`` does inside the page, in JupyterLab and in Notebook 7 alike.

Every step is independent of the interface language: menu items are found by their lumino
``data-command``, the kernel's state is read from the application object (the servers of
``LabServer`` expose it to the page), cells by their prompts, nbgrader's Validate button by its class.
"""

from __future__ import annotations

from pathlib import Path

# JavaScript run in the page --------------------------------------------------------------

_KERNEL_JS = """
() => {
  const app = window.jupyterapp;
  const widget = app && app.shell.currentWidget;
  const kernel = widget && widget.sessionContext && widget.sessionContext.session
    && widget.sessionContext.session.kernel;
  return kernel ? kernel.connectionStatus + '/' + kernel.status : 'none';
}
"""

STATE_JS = (
    """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const cells = [...panel.querySelectorAll('.jp-Notebook .jp-CodeCell')];
  const prompts = cells.map(c => (c.querySelector('.jp-InputPrompt')?.textContent || '').trim());
  return {
    cells: cells.length,
    pending: prompts.filter(p => p === '[*]:').length,
    unrun: prompts.filter(p => p === '[ ]:' || p === '').length,
    kernel: ("""
    + _KERNEL_JS.strip()
    + """)(),
  };
}
"""
)

OUTPUTS_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const outputs = [...panel.querySelectorAll('.jp-OutputArea-output')];
  const errors = outputs.filter(o => ['application/vnd.jupyter.stderr', 'application/vnd.jupyter.error']
      .includes(o.getAttribute('data-mime-type')))
      .map(o => o.innerText.slice(0, 400));
  const images = [...panel.querySelectorAll('.jp-OutputArea-output img')].map(img => ({
      loaded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width,
      alt: img.getAttribute('alt')}));
  const svgs = [...panel.querySelectorAll('.jp-OutputArea-output[data-mime-type="image/svg+xml"] svg')].length;
  const widgetOutputs = outputs.filter(o => o.querySelector(':scope > .jupyter-widgets')
      || /Error displaying widget|Loading widget/.test(o.innerText));
  const broken = widgetOutputs.filter(o => /Error displaying widget|Loading widget/.test(o.innerText)
      || o.querySelector('.widget-error')).length;
  return {errors, images, svgs, widgets: widgetOutputs.length, brokenWidgets: broken};
}
"""

SNAPSHOT_JS = """
(el) => el.innerText + '|' + [...el.querySelectorAll('img')].map(i => i.src.length + ':' + i.src.slice(-64)).join(',')
       + '|' + [...el.querySelectorAll('input, select, textarea')].map(i => i.value).join(',')
"""

INIT_SCRIPT = f"window.__bimtekState = {STATE_JS.strip()};\nwindow.__bimtekSnap = {SNAPSHOT_JS.strip()};"

# Run All in JupyterLab's Run menu, and in Notebook 7's.
RUN_ALL_COMMANDS = ("runmenu:run-all", "notebook:run-all-cells")


def wait_kernel_idle(page, timeout_ms: int = 90_000) -> None:
    """Wait until the notebook's kernel is connected and idle (the page's own session, not a label)."""
    page.wait_for_function(f"() => ({_KERNEL_JS.strip()})() === 'connected/idle'", timeout=timeout_ms, polling=100)


def wait_run_all_done(page, timeout_ms: int = 180_000) -> None:
    page.wait_for_function(
        "() => { const s = window.__bimtekState(); return s && s.pending === 0 && s.unrun === 0 "
        "&& s.kernel === 'connected/idle'; }",
        timeout=timeout_ms,
        polling=100,
    )


def menu_labels(page) -> list[str]:
    """The labels of the main menu bar, as shown."""
    return page.eval_on_selector_all(".lm-MenuBar-itemLabel", "els => els.map(e => e.textContent.trim())")


def open_menu_with(page, commands: tuple[str, ...]):
    """Open, one after the other, the main menus until one holds an item for one of ``commands``."""
    selector = ", ".join(f'.lm-Menu [data-command="{c}"]' for c in commands)
    items = page.locator(".lm-MenuBar-item")
    for i in range(items.count()):
        items.nth(i).click()
        item = page.locator(selector)
        if item.count() and item.first.is_visible():
            return item.first
        page.keyboard.press("Escape")
    raise AssertionError(f"no menu item for {commands} in the menus {menu_labels(page)}")


def run_all(page) -> None:
    open_menu_with(page, RUN_ALL_COMMANDS).click()


CONTROLS = (
    ".widget-slider, .widget-dropdown, .widget-select, .widget-text, .widget-textarea, "
    ".widget-toggle-buttons, .widget-radio, .widget-checkbox, .widget-button, .widget-toggle-button"
)


def _poke(page, control) -> str | None:
    """Give one control an input, as a participant would; return what was done, or None."""
    classes = control.get_attribute("class") or ""
    if "widget-slider" in classes:
        handle = control.locator(".noUi-handle, .ui-slider-handle, input[type=range]").first
        handle.focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        return "slider ArrowRight"
    if "widget-dropdown" in classes or "widget-select" in classes:
        select = control.locator("select").first
        current = select.input_value()
        values = select.evaluate("s => [...s.options].map(o => o.value)")
        other = next((v for v in values if v != current), None)
        if other is None:
            return None
        select.select_option(other)
        return f"dropdown {other}"
    if "widget-text" in classes:  # Text, Textarea and the number boxes (IntText, BoundedIntText, ...)
        box = control.locator("input, textarea").first
        if box.get_attribute("type") == "number":  # a number: one step up with the arrow key, then Enter
            box.focus()
            box.press("ArrowUp")
            box.press("Enter")
            return "number stepped"
        box.click()
        box.press("Control+End")  # add to what is there, as a participant editing a draft would
        box.press_sequentially(" Warga diimbau waspada banjir.")
        box.press("Enter" if box.evaluate("e => e.tagName") == "INPUT" else "Tab")
        return "text typed"
    if "widget-toggle-buttons" in classes:
        control.locator("button:not(.mod-active)").first.click()
        return "toggle clicked"
    if "widget-radio" in classes:
        control.locator("input:not(:checked)").first.click()
        return "radio clicked"
    if "widget-checkbox" in classes:
        control.locator("input").first.click()
        return "checkbox clicked"
    if "widget-button" in classes or "widget-toggle-button" in classes:
        control.click()
        return "button clicked"
    return None


def poke_widgets(page) -> list[dict]:
    """Give every control of every widget an input; each must change something in its cell's output."""
    responses = []
    outputs = page.locator(".jp-OutputArea-output:has(> .jupyter-widgets)")
    for i in range(outputs.count()):
        output = outputs.nth(i)
        output.scroll_into_view_if_needed()
        area = output.locator(
            "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' jp-OutputArea ')][1]"
        )
        controls = output.locator(CONTROLS)
        if controls.count() == 0:
            responses.append({"widget": i, "action": None, "changed": False})
        for k in range(controls.count()):
            before = area.evaluate("el => window.__bimtekSnap(el)")
            action = _poke(page, controls.nth(k))
            changed = False
            if action:
                try:
                    page.wait_for_function(
                        "([el, before]) => window.__bimtekSnap(el) !== before",
                        arg=[area.element_handle(), before],
                        timeout=15_000,
                    )
                    changed = True
                except Exception:
                    changed = False
            responses.append({"widget": i, "control": k, "action": action, "changed": changed})
    return responses


def validate(page, shots: Path | None = None) -> tuple[bool, str]:
    """Save, then nbgrader's Validate button on the notebook toolbar; return (success, dialog text).

    With ``shots``, the toolbar with the button and the dialog are saved there as
    ``tombol-validate.png`` and ``validate-berhasil.png``.
    """
    page.keyboard.press("Control+s")
    page.wait_for_timeout(800)
    button = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .validate-button").first
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        toolbar = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar").first
        toolbar.screenshot(path=str(shots / "tombol-validate.png"))
    button.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=120_000)
    page.wait_for_selector(
        ".jp-Dialog .validation-success, .jp-Dialog .validation-failed, .jp-Dialog .validation-error, .jp-Dialog pre",
        timeout=120_000,
    )
    text = dialog.inner_text()
    ok = page.locator(".jp-Dialog .validation-success").count() > 0
    if shots is not None:
        page.locator(".jp-Dialog-content").first.screenshot(path=str(shots / "validate-berhasil.png"))
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=10_000)
    return ok, text


def frame_for_screenshot(page) -> None:
    """Show what matters: the first chart or widget, else the first passed self-check, near the top."""
    page.evaluate("""() => {
      const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
      const pick = panel.querySelector('.jp-OutputArea-output img, .jp-OutputArea-output > .jupyter-widgets')
        || [...panel.querySelectorAll('.jp-OutputArea-output')].find(o => o.innerText.includes('\\u2705'));
      if (!pick) return;
      const cell = pick.closest('.jp-Cell');
      let target = cell;
      // a widget: start at its cell, so its whole output fits; a chart: the text above it too;
      // a self-check: the exercise above it
      const before = pick.classList.contains('jupyter-widgets') ? 0 : (pick.tagName === 'IMG' ? 1 : 2);
      for (let i = 0; i < before && target.previousElementSibling; i++) target = target.previousElementSibling;
      target.scrollIntoView({block: 'start'});
    }""")
    page.wait_for_timeout(400)
