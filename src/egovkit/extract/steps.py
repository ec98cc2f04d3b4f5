"""The extraction pipeline as data: named steps run in a declared order on one ``DocState``.

A ``Step`` is a small function that reads the slots earlier steps wrote on the state and
writes its own (the slots it names in ``writes``). ``Pipeline`` holds the steps as a tuple,
checks when it is built that every slot a step reads is written by an earlier step (or has
a default), runs them in order, and can time each one. The default steps and the state live
in ``egovkit.extract.document``; this module loads them only when asked.

Examples:
    >>> import egovkit
    >>> egovkit.pipeline_steps()[:3]
    ('metadata', 'text', 'date')
    >>> timings: dict[str, float] = {}
    >>> doc = egovkit.Pipeline().run(egovkit.normalize("克州电子政务内网于2005年2月建成。"), timings=timings)
    >>> list(timings) == list(egovkit.pipeline_steps())
    True
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..errors import ArgumentError

if TYPE_CHECKING:  # pragma: no cover - typing only; the state loads with the extractors
    from ..model import Document
    from ..parse.dates import Reference
    from ..text import CleanText
    from .document import DocState

__all__ = ["Pipeline", "Step", "pipeline_steps"]


@dataclass(frozen=True)
class Step:
    """One named step of the extraction pipeline.

    Attributes:
        name: the step's name (``"plans"``), unique in a pipeline.
        func: the function run on the ``DocState``; it sets the slots in ``writes``.
        reads: the state's slots it reads (the inputs ``clean``, ``name``, ``reference``
            and ``format`` are always there).
        writes: the slots it sets. A slot may be set again by a later step only when that
            step names it in ``writes`` too (the ``titles`` step hands on a context that
            knows the plan titles); nothing is changed in place behind the pipeline's back.
    """

    name: str
    func: Callable[[DocState], None]
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()

    @property
    def description(self) -> str:
        """The first line of the step function's docstring."""
        doc = (self.func.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""


class Pipeline:
    """A declared sequence of extraction steps; ``Pipeline()`` is the one ``parse`` runs.

    Args:
        steps: the steps in order; None (the default) for egovkit's own steps.

    Raises:
        ArgumentError: two steps share a name, or a step reads a slot that no earlier step
            writes and that has no default (``ctx``: every extractor needs the context).
    """

    def __init__(self, steps: Iterable[Step] | None = None) -> None:
        if steps is None:
            from .document import STEPS

            steps = STEPS
        self._steps = tuple(steps)
        _check(self._steps)

    @property
    def steps(self) -> tuple[Step, ...]:
        """The steps, in the order they run."""
        return self._steps

    @property
    def names(self) -> tuple[str, ...]:
        """The steps' names, in the order they run."""
        return tuple(s.name for s in self._steps)

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps (their slots keep their defaults: no networks …)."""
        self._known(names)
        return Pipeline(s for s in self._steps if s.name not in names)

    def replace(self, name: str, func: Callable[[DocState], None]) -> Pipeline:
        """A copy where step ``name`` runs ``func`` instead (same reads and writes)."""
        self._known((name,))
        return Pipeline(replace(s, func=func) if s.name == name else s for s in self._steps)

    def add(self, step: Step, *, after: str | None = None) -> Pipeline:
        """A copy with ``step`` run after the step named ``after`` (default: last).

        Examples:
            >>> import egovkit
            >>> def no_warnings(state: egovkit.DocState) -> None:
            ...     state.warnings.clear()
            >>> p = egovkit.Pipeline().add(egovkit.Step("quiet", no_warnings, writes=("warnings",)))
            >>> p.names[-1], egovkit.parse("", pipeline=p).warnings
            ('quiet', ())
        """
        if after is None:
            return Pipeline((*self._steps, step))
        self._known((after,))
        at = self.names.index(after) + 1
        return Pipeline((*self._steps[:at], step, *self._steps[at:]))

    def _known(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.names:
                raise ArgumentError("step", name, self.names)

    def run(
        self,
        clean: CleanText,
        *,
        name: str | None = None,
        reference: Reference = None,
        format: str | None = None,
        timings: dict[str, float] | None = None,
        date: Reference = None,
    ) -> Document:
        """Run every step on a cleaned text and return the Document.

        Args:
            clean: the cleaned text (``egovkit.normalize``).
            name: as for ``egovkit.parse``.
            reference: as for ``egovkit.parse``.
            format: as for ``egovkit.parse``.
            date: as for ``egovkit.parse``.
            timings: a dict that each step's wall time in seconds is added to, by step name
                (pass the same dict to many runs to sum them over a corpus).
        """
        from .document import DocState, assemble

        state = DocState(clean=clean, name=name, reference=reference, format=format, given_date=date)
        for step in self._steps:
            if timings is None:
                step.func(state)
                continue
            begin = time.perf_counter()
            step.func(state)
            timings[step.name] = timings.get(step.name, 0.0) + time.perf_counter() - begin
        return assemble(state)


def _check(steps: tuple[Step, ...]) -> None:
    """Refuse duplicate names and reads of required slots nothing earlier writes."""
    from .document import INPUTS, REQUIRED

    written = set(INPUTS)
    seen: set[str] = set()
    for step in steps:
        if step.name in seen:
            raise ArgumentError("steps", step.name, reason=f"two steps are named {step.name!r}")
        seen.add(step.name)
        missing = [slot for slot in step.reads if slot in REQUIRED and slot not in written]
        if missing:
            raise ArgumentError(
                "steps", step.name, reason=f"step {step.name!r} reads {missing} before any step writes it"
            )
        written.update(step.writes)


def pipeline_steps() -> tuple[str, ...]:
    """The names of the extraction steps ``parse`` runs, in order."""
    return Pipeline().names
