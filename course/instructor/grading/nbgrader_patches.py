"""Patches to nbgrader and nbconvert that the worker installs; nbgrader's own code does the grading.

* :func:`execute_classes`: nbgrader's ``Execute`` preprocessor with a cap on printed output,
  and its twin whose kernel runs in the sandbox of :mod:`course.instructor.sandbox`;
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

OUTPUT_CAP_BYTES = 10 * 1024 * 1024  # per cell; beyond it stdout is dropped (grading is unaffected)


def execute_classes(on_sandbox_kernel: Callable[[object], None]) -> tuple[type, type]:
    """nbgrader's Execute with an output cap, and its sandboxed twin.

    ``on_sandbox_kernel`` receives every ``SandboxKernelManager`` the sandboxed twin creates,
    so that the worker can read how that kernel exited (``SandboxKernelManager.kernel_exit``).
    """
    guarded = _guarded_execute_class()
    return guarded, _sandboxed_execute_class(guarded, on_sandbox_kernel)


def _output_size(msg: dict) -> int:
    """Characters an output message adds to a cell."""
    content = msg.get("content", {})
    kind = msg.get("msg_type")
    if kind == "stream":
        return len(content.get("text", ""))
    if kind in ("display_data", "execute_result", "update_display_data"):
        return sum(len(str(v)) for v in content.get("data", {}).values())
    if kind == "error":
        return sum(len(x) for x in content.get("traceback", []))
    return 0


def _kept_beyond_cap(msg: dict, size: int) -> dict | None:
    """What of an output past the cap is still recorded: stderr (shortened), errors (their last
    frames) and small results; None for the rest (printed text)."""
    content = msg.get("content", {})
    kind = msg.get("msg_type")
    if kind == "stream" and content.get("name") == "stderr":
        return {**msg, "content": {**content, "text": content.get("text", "")[:1000]}}
    if kind == "error":
        return {**msg, "content": {**content, "traceback": content.get("traceback", [])[-20:]}}
    if kind in ("execute_result", "display_data") and size < 100_000:
        return msg
    return None


def _guarded_execute_class() -> type:
    from jupyter_client.manager import AsyncKernelManager
    from nbformat import NotebookNode
    from nbgrader.preprocessors import Execute

    class GuardedExecute(Execute):
        """nbgrader's Execute; keeps at most OUTPUT_CAP_BYTES of stdout per cell.

        Errors, stderr and results are kept (in order), so nbgrader scores the cell as it
        would have without the cap; only the flood of printed text is dropped.
        """

        manager_class = AsyncKernelManager

        def __init__(self, *args, **kwargs):
            kwargs["kernel_manager_class"] = self.manager_class
            super().__init__(*args, **kwargs)
            self._sizes: dict[int, int] = {}
            self._noted: set[int] = set()
            # every output is in by then: stop the kernel at once instead of asking and waiting
            self.shutdown_kernel = "immediate"

        def output(self, outs, msg, display_id, cell_index):
            size = _output_size(msg)
            total = self._sizes.get(cell_index, 0) + size
            self._sizes[cell_index] = total
            if total <= OUTPUT_CAP_BYTES:
                return super().output(outs, msg, display_id, cell_index)
            if cell_index not in self._noted:
                self._noted.add(cell_index)
                outs.append(
                    NotebookNode(
                        output_type="stream",
                        name="stdout",
                        text=f"\n[Keluaran sel ini dipotong oleh penilai: lebih dari "
                        f"{OUTPUT_CAP_BYTES // (1024 * 1024)} MB.]\n",
                    )
                )
            kept = _kept_beyond_cap(msg, size)
            return None if kept is None else super().output(outs, kept, display_id, cell_index)

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
