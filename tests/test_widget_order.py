"""A click sees what was typed just before it, in the real kernel, with the messages JupyterLab sends.

The browser sends a text box's value (on blur) before the click of the button beside it; the kernel must
handle the two in that order, or the participant's answer to the press-conference practice (and the
instructor's comment in the rubric desk) arrives cut or empty. JupyterLab 4.6 sends widget messages on a
kernel subshell by default, and ipykernel 7.4 routes each widget's messages to the thread that last wrote
to it, so the box's value and the click can run on two threads and the click sometimes ran first (in
Chromium: 1 to 4 empty answers in 16). The course's JupyterLab settings (the same file on every server)
send widget messages on the main shell; these tests drive the real kernel as JupyterLab does under that
setting, and show the race under JupyterLab's default.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from jupyter_client.manager import start_new_kernel

OVERRIDES = Path(__file__).resolve().parent.parent / "deploy/jupyter/semua/labconfig/default_setting_overrides.json"
SETUP = """
import ipywidgets as w, json
box = w.Textarea(continuous_update=False)
button = w.Button(description="Jawab")
seen = []
button.on_click(lambda _b: (seen.append(box.value), setattr(box, "value", "")))
print(json.dumps({"box": box.model_id, "button": button.model_id}))
"""
ROUNDS = 60


def comms_over_subshells() -> str:
    """The course's choice, as JupyterLab reads it (its own default is ``perCommTarget``)."""
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    return overrides.get("@jupyterlab/apputils-extension:kernels-settings", {}).get(
        "commsOverSubshells", "perCommTarget"
    )


def run(client, code: str) -> str:
    out: list[str] = []

    def keep(msg):
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        elif msg["msg_type"] == "error":
            out.append("\n".join(msg["content"]["traceback"]))

    client.execute_interactive(code, output_hook=keep, timeout=60)
    return "".join(out).strip().splitlines()[-1]


def subshell(client) -> str:
    """A subshell, as JupyterLab asks for one for the widgets' comm target."""
    msg = client.session.msg("create_subshell_request", {})
    client.control_channel.send(msg)
    reply = client.control_channel.get_msg(timeout=30)
    return reply["content"]["subshell_id"]


def clicks_after_typing(client, mode: str) -> tuple[list[str], list[str]]:
    """Type into the box and click, ``ROUNDS`` times back to back; what each click saw."""
    ids = json.loads(run(client, SETUP))
    shell = None if mode == "disabled" else subshell(client)

    def send(comm_id: str, data: dict) -> None:
        msg = client.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
        msg["header"]["subshell_id"] = shell
        client.shell_channel.send(msg)

    typed = [f"Jawaban {n}: {uuid.uuid4().hex[:8]}" for n in range(ROUNDS)]
    for text in typed:
        send(ids["box"], {"method": "update", "state": {"value": text}, "buffer_paths": []})
        send(ids["button"], {"method": "custom", "content": {"event": "click"}})
    seen: list[str] = []
    for _ in range(100):  # the last clicks may still be on their way on another thread
        seen = json.loads(run(client, "print(json.dumps(seen))"))
        if len(seen) == ROUNDS:
            break
    return typed, seen


@pytest.fixture
def kernel():
    manager, client = start_new_kernel(kernel_name="python3", startup_timeout=60)
    try:
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_the_course_sends_widget_messages_on_the_main_shell():
    assert comms_over_subshells() == "disabled"


def test_a_click_sees_the_value_sent_just_before_it(kernel):
    typed, seen = clicks_after_typing(kernel, comms_over_subshells())
    wrong = [(t, s) for t, s in zip(typed, seen, strict=True) if t != s]
    assert not wrong, f"{len(wrong)} dari {ROUNDS} klik melihat nilai lain, mis. {wrong[:3]}"


def test_under_jupyterlabs_default_a_click_can_overtake_the_value(kernel):
    """Why the setting is there: with widget messages on a subshell, the kernel (ipykernel 7.4) runs some
    clicks before the value typed just before them (measured: 53 and 58 of 60). Should a later ipykernel
    keep them in order, this test fails and the setting can go."""
    typed, seen = clicks_after_typing(kernel, "perCommTarget")
    assert seen != typed
