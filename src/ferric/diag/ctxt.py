"""The diagnostic context: where every stage sends its diagnostics.

Stages call `emit`; the driver renders everything at the end (or streams, see `Emitter`)
and asks `has_errors` / `error_count` to decide the exit code. Identical diagnostics are
reported once, as rustc does.
"""

from __future__ import annotations

from ferric.diag.diagnostic import Diagnostic, Level


class DiagCtxt:
    __slots__ = ("_seen", "diagnostics", "error_count", "treat_warnings_as_errors", "warning_count")

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[tuple[object, ...]] = set()
        self.error_count = 0
        self.warning_count = 0
        self.treat_warnings_as_errors = False

    def emit(self, diag: Diagnostic) -> None:
        key = (diag.level, diag.message, diag.code, tuple(diag.labels), len(diag.children))
        if key in self._seen:
            return
        self._seen.add(key)
        self.diagnostics.append(diag)
        if diag.is_error:
            self.error_count += 1
        elif diag.level is Level.WARNING:
            self.warning_count += 1

    def emit_distinct(self, diag: Diagnostic) -> None:
        """Emit `diag` even if an identical one was emitted: for a diagnostic whose span
        differs from the earlier one's only by a desugaring that ferric's spans do not
        record (rustc's spans do, so rustc keeps both)."""
        self._seen.discard((diag.level, diag.message, diag.code, tuple(diag.labels), len(diag.children)))
        self.emit(diag)

    def snapshot(self) -> tuple[int, int, int]:
        """A point to roll back to when a speculative parse is abandoned."""
        return len(self.diagnostics), self.error_count, self.warning_count

    def rollback(self, snap: tuple[int, int, int]) -> None:
        n, errors, warnings = snap
        for d in self.diagnostics[n:]:
            self._seen.discard((d.level, d.message, d.code, tuple(d.labels), len(d.children)))
        del self.diagnostics[n:]
        self.error_count = errors
        self.warning_count = warnings

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0

    def error_codes(self) -> list[str]:
        """Distinct error codes in order of first appearance (for the closing explain line)."""
        codes: list[str] = []
        for d in self.diagnostics:
            if d.is_error and d.code and d.code not in codes:
                codes.append(d.code)
        return codes
