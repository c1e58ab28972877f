"""Diagnostics are data: built by the stage that finds the problem, rendered once by `emitter`.

A `Diagnostic` has a level, a message, an optional error code, labelled spans (exactly one
primary span for errors that point somewhere; its label may be empty), children (`note:` /
`help:` lines, with or without a span of their own) and suggestions (code replacements,
rendered as rustc's `help:` with the patched source line).

Builders return `self` so a stage can write

    Diagnostic.error("expected `;`, found `}`", span).with_label(span, "expected `;`")

and then hand it to `DiagCtxt.emit`. A diagnostic is not changed once emitted.
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    HELP = "help"
    FAILURE_NOTE = "failure-note"
    """Notes printed without a `note:` prefix style of their own (the closing lines)."""
    ICE = "error: internal compiler error"


class Applicability(enum.Enum):
    MACHINE_APPLICABLE = "MachineApplicable"
    MAYBE_INCORRECT = "MaybeIncorrect"
    HAS_PLACEHOLDERS = "HasPlaceholders"
    UNSPECIFIED = "Unspecified"


@dataclass(frozen=True, slots=True)
class Label:
    span: Span
    message: str
    primary: bool


@dataclass(frozen=True, slots=True)
class SubstitutionPart:
    span: Span
    snippet: str
    """The text that replaces `span` (an empty span inserts, an empty snippet deletes)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    message: str
    parts: tuple[SubstitutionPart, ...]
    applicability: Applicability = Applicability.MACHINE_APPLICABLE
    style: str = "normal"
    """"normal": shown as a patched source line under `help:` (rustc's verbose style);
    "inline": when it is the diagnostic's only suggestion, one short part, the message
    mentions the replacement directly as a label (`help: ...: `x``), else as "normal";
    "hide_inline": like "inline" but the label omits the code (`help: remove this `mut``);
    "hide_code": only the message, as `= help: ...`; "hidden": not shown in human output
    (still in JSON)."""
    alternatives: tuple[tuple[SubstitutionPart, ...], ...] = ()
    """Further substitutions offered as alternatives to `parts` (rustc shows up to four,
    e.g. one `use` line per candidate import, and counts the rest)."""


@dataclass(slots=True)
class SubDiagnostic:
    """A `note:`/`help:` child. Without labels it renders as `= note: ...` under the parent."""

    level: Level
    message: str
    labels: list[Label] = field(default_factory=list)
    highlights: tuple[tuple[int, int], ...] = ()
    """Char ranges of `message` to emphasise (rustc's highlighted parts: the differing types
    in `expected X, found Y` notes); only visible in colour (bold magenta)."""

    @property
    def primary_span(self) -> Span | None:
        for label in self.labels:
            if label.primary:
                return label.span
        return None


@dataclass(slots=True)
class Diagnostic:
    level: Level
    message: str
    code: str | None = None
    labels: list[Label] = field(default_factory=list)
    children: list[SubDiagnostic] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    lint: str | None = None
    """For warnings from lints: the lint name (`unused_variables`)."""
    highlights: tuple[tuple[int, int], ...] = ()
    """Char ranges of `message` to emphasise, as for `SubDiagnostic.highlights`."""

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def error(cls, message: str, span: Span | None = None, code: str | None = None) -> Diagnostic:
        d = cls(Level.ERROR, message, code)
        if span is not None:
            d.labels.append(Label(span, "", True))
        return d

    @classmethod
    def warning(cls, message: str, span: Span | None = None, lint: str | None = None) -> Diagnostic:
        d = cls(Level.WARNING, message, lint=lint)
        if span is not None:
            d.labels.append(Label(span, "", True))
        return d

    def with_code(self, code: str) -> Diagnostic:
        self.code = code
        return self

    def with_primary(self, span: Span, message: str = "") -> Diagnostic:
        """Set the primary span (replacing an unlabelled one given at construction)."""
        self.labels = [lb for lb in self.labels if not (lb.primary and lb.span == span and not lb.message)]
        self.labels.append(Label(span, message, True))
        return self

    def with_label(self, span: Span, message: str) -> Diagnostic:
        """A secondary label (`---` underline) at `span`."""
        self.labels.append(Label(span, message, False))
        return self

    def with_note(self, message: str, span: Span | None = None) -> Diagnostic:
        sub = SubDiagnostic(Level.NOTE, message)
        if span is not None:
            sub.labels.append(Label(span, "", True))
        self.children.append(sub)
        return self

    def with_help(self, message: str, span: Span | None = None) -> Diagnostic:
        sub = SubDiagnostic(Level.HELP, message)
        if span is not None:
            sub.labels.append(Label(span, "", True))
        self.children.append(sub)
        return self

    def with_suggestion(
        self,
        message: str,
        parts: list[tuple[Span, str]],
        applicability: Applicability = Applicability.MACHINE_APPLICABLE,
        style: str = "normal",
    ) -> Diagnostic:
        self.suggestions.append(
            Suggestion(message, tuple(SubstitutionPart(s, t) for s, t in parts), applicability, style)
        )
        return self

    # -- queries -------------------------------------------------------------------------------

    @property
    def primary_span(self) -> Span | None:
        for label in self.labels:
            if label.primary:
                return label.span
        return None

    @property
    def is_error(self) -> bool:
        return self.level in (Level.ERROR, Level.ICE)
