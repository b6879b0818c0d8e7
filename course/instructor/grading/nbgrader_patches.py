"""Patches to nbgrader and nbconvert that the worker installs; nbgrader's own code does the grading.

* :func:`execute_classes`: nbgrader's ``Execute`` preprocessor with a cap on every output (and on
  the size of a kernel's messages), and its twin whose kernel runs in the sandbox of
  :mod:`course.instructor.sandbox`;
* :func:`caching_exporter`: nbconvert's HTML exporter that reuses the HTML of cells every
  participant shares (feedback pages stay byte for byte the same);
* :func:`reuse_metadata_validators`: nbgrader's cell-metadata validation with one jsonschema
  validator per schema;
* :func:`overwrite_cells_that_find_a_place`: nbgrader's ``OverwriteCells`` that restores a
  deleted check even when the cell before it was deleted too;
* :func:`failure_recording`: an nbgrader converter that keeps the exception it only logs.

nbgrader is imported inside the functions: the supervisor imports this package and must not
pay for nbgrader's import.
"""

from __future__ import annotations

from collections.abc import Callable

from course.handover import MAX_CHARS, MIME_TYPE

# The output cap (see docs/instruktur/penilaian.md). Grading is unaffected: a graded cell's verdict comes
# from its errors, which are always kept (shortened); only the flood of output is dropped.
OUTPUT_CAP_BYTES = 2 * 1024 * 1024  # all outputs of a notebook kept, in characters
GRADE_CELL_RESERVE = 16 * 1024  # each graded cell keeps this much of its outputs even past the cap
MESSAGE_CAP_BYTES = 16 * 1024 * 1024  # the largest message part the grader accepts from a kernel
DISPLAY_ID_OUTPUTS = 50  # outputs kept per display id
ERROR_TEXT_CAP = 2000  # characters kept of an error's value and of each traceback line
WIDGETS_CAP_BYTES = 1024 * 1024  # widget state saved in the notebook's metadata
# A graded cell keeps the last answer it handed over (course.handover) whatever the cap: the judge
# (course.instructor.grading.judge) replaces it with the verdict before the notebook is saved.
HANDOVER_CAP = MAX_CHARS + 64 * 1024
CAP_NOTE = "[Keluaran dipotong oleh penilai: keluaran notebook ini melebihi batas {mb} MB.]"


class OutputTooLarge(Exception):
    """A kernel sent a message larger than MESSAGE_CAP_BYTES; the grader refused to receive it."""


def execute_classes(on_sandbox_kernel: Callable[[object], None]) -> tuple[type, type]:
    """nbgrader's Execute with an output cap, and its sandboxed twin.

    ``on_sandbox_kernel`` receives every ``SandboxKernelManager`` the sandboxed twin creates,
    so that the worker can read how that kernel exited (``SandboxKernelManager.kernel_exit``).
    """
    guarded = _guarded_execute_class()
    return guarded, _sandboxed_execute_class(guarded, on_sandbox_kernel)


def _output_size(msg: dict) -> int:
    """Characters an output message adds to a notebook."""
    content = msg.get("content", {})
    kind = msg.get("msg_type")
    if kind == "stream":
        return len(content.get("text", ""))
    if kind in ("display_data", "execute_result", "update_display_data"):
        return sum(len(str(v)) for v in content.get("data", {}).values()) + len(str(content.get("metadata", "")))
    if kind == "error":
        return (
            len(str(content.get("ename", "")))
            + len(str(content.get("evalue", "")))
            + sum(len(str(x)) for x in content.get("traceback", []))
        )
    return len(str(content))


def is_handover(output: dict) -> bool:
    """Whether an output (or an output message's content) carries an answer handed over by ``serahkan``."""
    return MIME_TYPE in (output.get("data") or {})


def keep_last_handover(outs: list) -> None:
    """Drop the answers a cell handed over before (only the last one is judged), so a flood cannot pile up."""
    outs[:] = [o for o in outs if not is_handover(o)]


def short_error(content: dict) -> dict:
    """An error's content with its value and traceback shortened (name and kind kept: nbgrader needs them)."""
    traceback = [str(line)[:ERROR_TEXT_CAP] for line in list(content.get("traceback", []))[-10:]]
    return {
        **content,
        "ename": str(content.get("ename", ""))[:200],
        "evalue": str(content.get("evalue", ""))[:ERROR_TEXT_CAP],
        "traceback": traceback,
    }


def cap_notebook(nb) -> None:
    """The cap applied to the finished notebook (display updates can copy one output into many):
    outputs past OUTPUT_CAP_BYTES are replaced by a note, errors are shortened and kept."""
    from nbformat import NotebookNode

    total = 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        graded = bool(cell.get("metadata", {}).get("nbgrader", {}).get("grade"))
        kept, own, cut = [], 0, False
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                kept.append(NotebookNode(short_error(out)))
                continue
            size = len(str(out.get("text", ""))) + sum(len(str(v)) for v in out.get("data", {}).values())
            if graded and is_handover(out) and size <= HANDOVER_CAP:
                kept.append(out)
            elif total + size <= OUTPUT_CAP_BYTES or (graded and own + size <= GRADE_CELL_RESERVE):
                kept.append(out)
                total, own = total + size, own + size
            elif not cut:
                cut = True
                note = CAP_NOTE.format(mb=OUTPUT_CAP_BYTES // (1024 * 1024))
                kept.append(NotebookNode(output_type="stream", name="stdout", text=f"\n{note}\n"))
        cell.outputs = kept
    if len(str(nb.metadata.get("widgets", ""))) > WIDGETS_CAP_BYTES:
        del nb.metadata["widgets"]


def capped_client_class() -> type:
    """jupyter_client's client whose sockets refuse a message part over MESSAGE_CAP_BYTES before
    reading it (ZMQ_MAXMSGSIZE drops the connection), so the grader's memory stays bounded; a
    monitor records each such refusal (``refused``)."""
    import zmq
    from jupyter_client.asynchronous import AsyncKernelClient
    from zmq.utils.monitor import recv_monitor_message

    class CappedKernelClient(AsyncKernelClient):
        _monitors: list | None = None

        def _create_connected_socket(self, channel, identity=None):
            sock = self.context.socket(_socket_type(channel))
            sock.linger = 1000
            sock.setsockopt(zmq.MAXMSGSIZE, MESSAGE_CAP_BYTES)
            if identity:
                sock.identity = identity
            address = f"inproc://bimtek-monitor-{id(sock)}"
            sock.monitor(address, zmq.EVENT_DISCONNECTED)
            pair = zmq.Context.shadow(self.context.underlying).socket(zmq.PAIR)
            pair.linger = 0
            pair.connect(address)
            if self._monitors is None:
                self._monitors = []
            self._monitors.append(pair)
            sock.connect(self._make_url(channel))
            return sock

        def stop_channels(self):
            for pair in self._monitors or []:  # before the context is terminated, which waits for every socket
                pair.close(linger=0)
            self._monitors = []
            super().stop_channels()

        def refused(self) -> bool:
            """Whether a connection was dropped since the last call (a message over the cap)."""
            dropped = False
            for pair in self._monitors or []:
                while True:
                    try:
                        recv_monitor_message(pair, flags=zmq.NOBLOCK)
                    except zmq.Again:
                        break
                    dropped = True
            return dropped

    return CappedKernelClient


def _socket_type(channel: str) -> int:
    from jupyter_client.connect import channel_socket_types

    return channel_socket_types[channel]


def _capped_output(executor, output, outs, msg, display_id, cell_index):
    """GuardedExecute.output: ``output`` (nbclient's) for what the cap keeps, a note once per cell for the rest."""
    from nbformat import NotebookNode

    size = _output_size(msg)
    if msg.get("msg_type") == "error":
        if any(o.get("output_type") == "error" for o in outs):
            return None  # one error per cell is what nbgrader needs
        return output(outs, {**msg, "content": short_error(msg["content"])}, display_id, cell_index)
    graded = bool(executor.nb.cells[cell_index].metadata.get("nbgrader", {}).get("grade"))
    if graded and is_handover(msg.get("content", {})) and size <= HANDOVER_CAP:
        keep_last_handover(outs)
        return output(outs, msg, display_id, cell_index)
    own = executor._own.get(cell_index, 0)
    # nbclient updates every earlier output of a display id on each new one: keep few, or it is quadratic
    shared = sum(len(v) for v in executor._display_id_map.get(display_id, {}).values()) if display_id else 0
    within = executor._total + size <= OUTPUT_CAP_BYTES or (graded and own + size <= GRADE_CELL_RESERVE)
    if within and shared < DISPLAY_ID_OUTPUTS:
        executor._total += size
        executor._own[cell_index] = own + size
        return output(outs, msg, display_id, cell_index)
    if cell_index not in executor._noted:
        executor._noted.add(cell_index)
        note = CAP_NOTE.format(mb=OUTPUT_CAP_BYTES // (1024 * 1024))
        outs.append(NotebookNode(output_type="stream", name="stdout", text=f"\n{note}\n"))
    return None


def _guarded_execute_class() -> type:
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync
    from nbclient.exceptions import CellTimeoutError
    from nbgrader.preprocessors import Execute

    client_class = capped_client_class()

    class GuardedExecute(Execute):
        """nbgrader's Execute with the output cap (module constants) on every kind of output.

        Past OUTPUT_CAP_BYTES, nothing but errors (shortened) is kept, so nbgrader scores every
        cell as it would have without the cap; messages over MESSAGE_CAP_BYTES are never received
        (the submission fails with ``keluaran_terlalu_besar``).
        """

        manager_class = AsyncKernelManager

        def __init__(self, *args, **kwargs):
            kwargs["kernel_manager_class"] = self.manager_class
            super().__init__(*args, **kwargs)
            self._total, self._own, self._noted = 0, {}, set()
            # every output is in by then: stop the kernel at once instead of asking and waiting
            self.shutdown_kernel = "immediate"

        def preprocess(self, nb, resources=None, km=None):
            self._total, self._own, self._noted = 0, {}, set()
            nb, resources = super().preprocess(nb, resources, km)
            cap_notebook(nb)
            return nb, resources

        def create_kernel_manager(self):
            km = super().create_kernel_manager()
            km.client_factory = client_class
            return km

        async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
            try:
                result = await super().async_execute_cell(cell, cell_index, execution_count, store_history)
            except CellTimeoutError as exc:
                if self.kc is not None and self.kc.refused():
                    raise OutputTooLarge(MESSAGE_CAP_BYTES) from exc
                raise
            if self.kc is not None and self.kc.refused():
                raise OutputTooLarge(MESSAGE_CAP_BYTES)
            return result

        def _update_display_id(self, display_id, msg):
            if _output_size(msg) > GRADE_CELL_RESERVE:
                note = CAP_NOTE.format(mb=OUTPUT_CAP_BYTES // (1024 * 1024))
                msg = {**msg, "content": {**msg["content"], "data": {"text/plain": note}, "metadata": {}}}
            return super()._update_display_id(display_id, msg)

        def output(self, outs, msg, display_id, cell_index):
            return _capped_output(self, super().output, outs, msg, display_id, cell_index)

        # nbclient binds the synchronous name to its own coroutine: rebind ours.
        execute_cell = run_sync(async_execute_cell)

    return GuardedExecute


def _sandboxed_execute_class(guarded: type, on_sandbox_kernel: Callable[[object], None]) -> type:
    from jupyter_core.utils import run_sync

    from course.instructor.sandbox import SandboxKernelManager

    class SandboxedExecute(guarded):
        """GuardedExecute whose kernel runs in the sandbox.

        Once the kernel listens, its IPC folder is closed; after every cell, processes the
        cell left behind (a fork bomb, a background job) are stopped; at the end the kernel
        is killed, not asked, and every process of the sandbox dies with it.
        """

        manager_class = SandboxKernelManager

        def create_kernel_manager(self):
            km = super().create_kernel_manager()
            on_sandbox_kernel(km)
            return km

        async def async_start_new_kernel_client(self):
            kc = await super().async_start_new_kernel_client()
            self.km.lock_sandbox()
            return kc

        async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
            try:
                return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
            finally:
                if self.km is not None:
                    self.km.sweep()

        # nbclient binds the synchronous names to its own coroutines: rebind ours.
        start_new_kernel_client = run_sync(async_start_new_kernel_client)
        execute_cell = run_sync(async_execute_cell)

    return SandboxedExecute


def caching_exporter(base):
    """nbconvert's HTML exporter that remembers the HTML of Markdown cells and highlighted code.

    Most cells are the same for every participant (nbgrader restores locked cells), so the
    feedback of the next participant reuses their HTML; the page is byte for byte the same.
    """
    from jinja2 import pass_context
    from nbconvert.filters.highlight import Highlight2HTML

    class CachingHighlight(Highlight2HTML):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._cache: dict = {}

        def __call__(self, source, language=None, metadata=None):
            key = (source, language)
            if key not in self._cache:
                if len(self._cache) > 20000:
                    self._cache.clear()
                self._cache[key] = super().__call__(source, language, metadata)
            return self._cache[key]

    class CachingExporter(base):
        _markdown: dict = {}
        _highlighters: dict = {}

        @pass_context
        def markdown2html(self, context, source):
            if self.embed_images or context.get("cell", {}).get("attachments"):
                return super().markdown2html(context, source)
            if source not in self._markdown:
                if len(self._markdown) > 20000:
                    self._markdown.clear()
                self._markdown[source] = super().markdown2html(context, source)
            return self._markdown[source]

        def from_notebook_node(self, nb, resources=None, **kw):
            if "highlight_code" not in self.filters or isinstance(self.filters["highlight_code"], CachingHighlight):
                info = nb.metadata.get("language_info", {})
                lexer = info.get("pygments_lexer", info.get("name", None))
                if lexer not in self._highlighters:
                    self._highlighters[lexer] = CachingHighlight(pygments_lexer=lexer, parent=self)
                self.filters["highlight_code"] = self._highlighters[lexer]
            return super().from_notebook_node(nb, resources, **kw)

    CachingExporter.__name__ = base.__name__
    return CachingExporter


def reuse_metadata_validators() -> None:
    """Make nbgrader's cell-metadata validation build its jsonschema validator once.

    nbgrader checks every cell's metadata with ``jsonschema.validate``, which first re-checks
    the schema itself against the JSON Schema meta-schema, on every cell, twice per
    submission: measured at about a third of a second per submission of session 00. This
    keeps the same steps (``validator_for``, ``check_schema`` once per schema, then
    ``best_match`` over ``iter_errors``), so the same metadata passes or fails with the
    same error.
    """
    import json as _json

    import jsonschema
    from nbgrader.nbgraderformat import common

    if getattr(common.jsonschema, "_bimtek_cached", False):
        return
    validators: dict[str, object] = {}

    class CachedJsonschema:
        _bimtek_cached = True

        def __getattr__(self, name):
            return getattr(jsonschema, name)

        @staticmethod
        def validate(instance, schema, *args, **kwargs):
            if args or kwargs:
                return jsonschema.validate(instance, schema, *args, **kwargs)
            key = _json.dumps(schema, sort_keys=True)
            validator = validators.get(key)
            if validator is None:
                cls = jsonschema.validators.validator_for(schema)
                cls.check_schema(schema)
                validator = validators[key] = cls(schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
            if error is not None:
                raise error

    common.jsonschema = CachedJsonschema()


def overwrite_cells_that_find_a_place():
    """nbgrader's OverwriteCells, with missing grade cells put back even when their neighbour is gone.

    With ``add_missing_cells`` nbgrader 0.9 puts a deleted grade cell back right after the source
    cell before it, and raises ``KeyError`` when that cell was deleted as well (an answer cell
    deleted together with its check), which fails the whole submission. This keeps nbgrader's
    placement whenever nbgrader manages, and otherwise puts the cell after the nearest earlier
    source cell still in the notebook (or first), so the rest of the work is graded and the
    missing check scores what nbgrader's restored cell scores.
    """
    import copy

    from nbgrader import utils
    from nbgrader.preprocessors import OverwriteCells

    class PlacingOverwriteCells(OverwriteCells):
        def add_missing_grade_cells(self, nb, resources):
            original = copy.deepcopy(nb)
            try:
                return super().add_missing_grade_cells(nb, resources)
            except KeyError:
                nb = original
            source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
            source_cells = source_nb.source_cells
            source_ids = [cell.name for cell in source_cells]
            solution_ids = {cell.name for cell in source_nb.solution_cells}
            for grade_cell in source_nb.grade_cells:
                present = {
                    cell.metadata["nbgrader"]["grade_id"]: i
                    for i, cell in enumerate(nb.cells)
                    if (utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell))
                    and "grade_id" in cell.metadata.get("nbgrader", {})
                }
                if grade_cell.name in present:
                    continue
                self.log.warning("Missing grade cell %s encountered, adding to notebook", grade_cell.name)
                position = source_ids.index(grade_cell.name)
                cell = self.missing_cell_transform(
                    source_cells[position], grade_cell.max_score, is_solution=grade_cell.name in solution_ids
                )
                before = next((present[name] for name in reversed(source_ids[:position]) if name in present), -1)
                nb.cells.insert(before + 1, cell)
            return nb, resources

    PlacingOverwriteCells.__name__ = "OverwriteCells"
    return PlacingOverwriteCells


def failure_recording(base):
    """A subclass of an nbgrader converter that keeps the exception nbgrader only logs."""

    class Recording(base):
        failure = None

        def convert_single_notebook(self, notebook_filename):
            try:
                super().convert_single_notebook(notebook_filename)
            except BaseException as exc:
                self.failure = exc
                raise

    Recording.__name__ = base.__name__
    return Recording
