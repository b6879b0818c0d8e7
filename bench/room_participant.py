"""One participant of the room benchmark (bench/bench_room.py), as their browser talks to the hub.

No browser runs (Chromium for 40 users on 2 cores is not feasible); the HTTP and websocket calls are the
ones JupyterLab makes, with the same authentication a browser has:

* log in through the hub's login form (``/hub/login``, a cookie session, the ``_xsrf`` form field),
  so the hub's password check and cookie, the start page and OAuth to the single-user server are all
  part of the load; a token from the admin API would skip them;
* start the server with the hub's start page form (``/hub/spawn``, JupyterLab chosen), then open
  ``/user/NAME/lab``, which runs the OAuth hand-shake and leaves the server's cookie and ``_xsrf`` cookie;
* fetch the session with the Assignment List's call (``POST /user/NAME/assignments/fetch``, nbgrader's
  ``server_extensions/assignment_list/handlers.py``), open the notebook (``GET /api/contents``), create a
  session (``POST /api/sessions``) and talk to the kernel over ``/api/kernels/ID/channels``;
* run cells one after another (``execute_request``; latency to ``execute_reply``), save with
  ``PUT /api/contents`` and read the file back, submit with ``POST /user/NAME/assignments/submit``.
"""

from __future__ import annotations

import html
import json
import random
import re
import time
import uuid
from dataclasses import dataclass, field

import requests
import websocket


@dataclass
class Record:
    """What one participant met; bench_room.py turns these into the room's figures."""

    user: str
    start_s: float | None = None
    cells: list[dict] = field(default_factory=list)  # {"latency_s", "status", "index"}
    saves: int = 0
    lost_saves: list[str] = field(default_factory=list)
    last_saved: list[str] | None = None  # cell sources of the last save
    submits: list[dict] = field(default_factory=list)  # {"at", "ok", "detail"}
    errors: list[str] = field(default_factory=list)


def sources(nb: dict) -> list[str]:
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in nb["cells"]]


class Participant:
    """Log in, start, open the session, work, save, submit: one thread per participant."""

    def __init__(self, hub, user: str, password: str, session: str, course_id: str, answers: dict, seed: int):
        self.hub, self.user, self.password = hub, user, password
        self.session_name, self.course_id, self.answers = session, course_id, answers
        self.random = random.Random(seed)
        self.http = requests.Session()
        self.base = f"{hub.url}/user/{user}"
        self.path = f"{session}/{session}.ipynb"
        self.record = Record(user)
        self.nb: dict | None = None
        self.ws: websocket.WebSocket | None = None
        self.kernel_session = uuid.uuid4().hex
        self.filled: set[int] = set()
        self.save_count = 0

    # ------------------------------------------------------------------ hub
    def login_and_start(self) -> None:
        page = self.http.get(f"{self.hub.url}/hub/login", timeout=60)
        page.raise_for_status()
        sent = self.http.post(
            f"{self.hub.url}/hub/login?next=/hub/spawn",
            data={"username": self.user, "password": self.password, "_xsrf": self._cookie("_xsrf", "/hub/")},
            allow_redirects=False,
            timeout=120,
        )
        if sent.status_code != 302:
            raise RuntimeError(f"login {sent.status_code}")
        form = self.http.get(f"{self.hub.url}/hub/spawn", timeout=120)
        started = time.perf_counter()
        spawn = self.http.post(
            form.url,
            data={"antarmuka": "lab", "_xsrf": self._cookie("_xsrf", "/hub/")},
            allow_redirects=False,
            timeout=300,
        )
        if spawn.status_code != 302:
            raise RuntimeError(f"spawn {spawn.status_code}: {spawn.text[:300]}")
        self.wait_ready(spawn.headers["Location"])
        self.record.start_s = time.perf_counter() - started
        lab = self.http.get(f"{self.base}/lab", timeout=120)  # OAuth with the hub; the server's cookies
        if lab.status_code != 200:
            raise RuntimeError(f"lab {lab.status_code}")

    def wait_ready(self, pending: str) -> None:
        """Follow the start page's progress bar as the browser does (its EventSource on the progress URL)."""
        page = self.http.get(requests.compat.urljoin(self.hub.url, pending), timeout=120, allow_redirects=False)
        found = re.search(r'new EventSource\("([^"]+)"\)', page.text)
        if page.status_code == 302 or not found:  # already running: the page sends the browser on
            return
        url = requests.compat.urljoin(self.hub.url, html.unescape(found.group(1)))
        with self.http.get(url, stream=True, timeout=300) as events:
            for line in events.iter_lines(decode_unicode=True):
                if not line or not line.startswith("data:"):
                    continue
                event = json.loads(line[5:])
                if event.get("ready"):
                    return
                if event.get("failed"):
                    raise RuntimeError(f"spawn failed: {event.get('message')}")
        raise RuntimeError("the progress stream ended before the server was ready")

    def _cookie(self, name: str, path: str) -> str:
        for cookie in self.http.cookies:
            if cookie.name == name and cookie.path == path:
                return cookie.value
        for cookie in self.http.cookies:
            if cookie.name == name:
                return cookie.value
        return ""

    def _headers(self) -> dict:
        return {"X-XSRFToken": self._cookie("_xsrf", f"/user/{self.user}/")}

    def _post(self, path: str, **kwargs) -> requests.Response:
        return self.http.post(f"{self.base}{path}", headers=self._headers(), timeout=300, **kwargs)

    # ------------------------------------------------------------------ notebook
    def open_session(self) -> None:
        fetched = self._post(
            "/assignments/fetch", data={"course_id": self.course_id, "assignment_id": self.session_name}
        )
        fetched.raise_for_status()
        got = self.http.get(f"{self.base}/api/contents/{self.path}", params={"content": 1}, timeout=120)
        got.raise_for_status()
        self.nb = got.json()["content"]
        made = self._post(
            "/api/sessions",
            json={"path": self.path, "name": self.path, "type": "notebook", "kernel": {"name": "python3"}},
        )
        made.raise_for_status()
        kernel = made.json()["kernel"]["id"]
        url = self.base.replace("http://", "ws://") + f"/api/kernels/{kernel}/channels?session_id={self.kernel_session}"
        cookie = "; ".join(f"{c.name}={c.value}" for c in self.http.cookies if c.path.startswith(f"/user/{self.user}"))
        self.ws = websocket.create_connection(url, cookie=cookie, header=self._header_lines(), timeout=300)

    def _header_lines(self) -> list[str]:
        return [f"{k}: {v}" for k, v in self._headers().items()]

    def code_cells(self) -> list[int]:
        return [i for i, c in enumerate(self.nb["cells"]) if c["cell_type"] == "code"]

    def run_cell(self, index: int) -> None:
        """Type the answer (answer cells), then execute the cell as JupyterLab's Shift+Enter does."""
        cell = self.nb["cells"][index]
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in self.answers:
            cell["source"] = self.answers[grade_id]
            self.filled.add(index)
        code = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        msg_id = uuid.uuid4().hex
        message = {
            "header": {
                "msg_id": msg_id,
                "username": self.user,
                "session": self.kernel_session,
                "msg_type": "execute_request",
                "version": "5.3",
                "date": "",
            },
            "parent_header": {},
            "metadata": {},
            "content": {
                "code": code,
                "silent": False,
                "store_history": True,
                "user_expressions": {},
                "allow_stdin": False,
                "stop_on_error": True,
            },
            "channel": "shell",
            "buffers": [],
        }
        started = time.perf_counter()
        self.ws.send(json.dumps(message))
        latency, status, idle = None, None, False
        while latency is None or not idle:
            reply = json.loads(self.ws.recv())
            if reply.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = reply["header"]["msg_type"]
            if kind == "execute_reply":
                latency, status = time.perf_counter() - started, reply["content"]["status"]
            elif kind == "status" and reply["content"]["execution_state"] == "idle":
                idle = True
        self.record.cells.append({"index": index, "latency_s": latency, "status": status, "grade_id": grade_id})

    def save(self) -> None:
        """Save the notebook with this minute's change (a note in the last answer typed), read it back."""
        self.save_count += 1
        if self.filled:
            last = max(self.filled)
            cell = self.nb["cells"][last]
            text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            cell["source"] = text.split("\n# disimpan ke-")[0] + f"\n# disimpan ke-{self.save_count}"
        model = {"type": "notebook", "format": "json", "content": self.nb}
        put = self.http.put(f"{self.base}/api/contents/{self.path}", json=model, headers=self._headers(), timeout=120)
        self.record.saves += 1
        if put.status_code != 200:
            self.record.lost_saves.append(f"save {self.save_count}: PUT {put.status_code}")
            return
        self.record.last_saved = sources(self.nb)
        self.check_saved(f"save {self.save_count}")

    def check_saved(self, label: str) -> None:
        back = self.http.get(f"{self.base}/api/contents/{self.path}", params={"content": 1}, timeout=120)
        if back.status_code != 200 or sources(back.json()["content"]) != self.record.last_saved:
            self.record.lost_saves.append(f"{label}: read back differs ({back.status_code})")

    def submit(self) -> None:
        at = time.time()
        sent = self._post("/assignments/submit", data={"course_id": self.course_id, "assignment_id": self.session_name})
        ok, detail = sent.status_code == 200, f"HTTP {sent.status_code}"
        if ok:
            body = sent.json()
            ok = not (isinstance(body, dict) and body.get("success") is False)
            detail = "" if ok else str(body.get("value", ""))[-500:]
        self.record.submits.append({"at": at, "ok": ok, "detail": detail})

    # ------------------------------------------------------------------ the class
    def work(self, mid_submit_at: float, end_at: float, cell_every: tuple[float, float], save_every: float) -> None:
        """Run a cell every 20-40 s, save every minute, submit half-way and at the end (times: time.time())."""
        cells = self.code_cells()
        position, next_save, mid_done = 0, time.time() + save_every, False
        while True:
            wait = self.random.uniform(*cell_every)
            now = time.time()
            if not mid_done and now + wait >= mid_submit_at:  # "submit what you have", then keep working
                self.pause(max(0.0, mid_submit_at - now))
                self.save()
                self.submit()
                mid_done = True
                continue
            if now + wait >= end_at:
                break
            while now + wait > next_save:  # the minute's save comes first
                self.pause(max(0.0, next_save - now))
                self.save()
                next_save += save_every
                now = time.time()
            self.pause(max(0.0, wait - (time.time() - now)))
            self.run_cell(cells[position % len(cells)])
            position += 1
        self.pause(max(0.0, end_at - time.time()))
        self.save()
        self.submit()

    def pause(self, seconds: float) -> None:
        """Wait as an open JupyterLab tab does: reading the kernel's websocket, answering the server's pings."""
        until = time.time() + seconds
        while (left := until - time.time()) > 0:
            if self.ws is None:
                time.sleep(left)
                return
            self.ws.settimeout(min(left, 5.0))
            try:
                self.ws.recv()  # a ping is answered inside recv(); other messages are not ours to wait for
            except websocket.WebSocketTimeoutException:
                pass
        if self.ws is not None:
            self.ws.settimeout(300)

    def close(self) -> None:
        if self.ws is not None:
            try:
                self.ws.close()
            except OSError:
                pass
