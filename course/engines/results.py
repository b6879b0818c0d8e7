"""The shared shape of a checker's report: results with an ``id`` and an ``ok``.

``course.engines.press_release.LaporanSiaran`` builds on it, and so do the session checks that
group a checker's results (``course.checks.group_check``); it lives with the engines so that
an engine never imports the check registry.
"""

from __future__ import annotations

from typing import Any


class Report:
    """Shared behaviour of a checker's report (``hasil``: results with ``id`` and ``ok``)."""

    hasil: tuple[Any, ...]

    def __getitem__(self, check_id: str) -> Any:
        for item in self.hasil:
            if item.id == check_id:
                return item
        raise KeyError(check_id)

    @property
    def lolos(self) -> list[str]:
        return [h.id for h in self.hasil if h.ok]

    @property
    def gagal(self) -> list[str]:
        return [h.id for h in self.hasil if not h.ok]

    @property
    def semua_ok(self) -> bool:
        return not self.gagal
