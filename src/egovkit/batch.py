"""Many documents at once: in order, failures captured, on local processes or any Executor."""

from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from pydantic import BaseModel, ConfigDict, Field

from .errors import ArgumentError
from .model import Document

__all__ = ["ParseFailure", "parse_many"]


class ParseFailure(BaseModel):
    """A document ``parse_many`` could not parse: which one, and why."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="The input as given (a path, or the start of a text).")
    error: str = Field(
        description="What went wrong, readable on its own: 'source: ErrorClass: message'."
    )
    message: str = Field(description="The exception's message.")
    error_type: str = Field(
        default="", description="The exception's class name, e.g. 'DecodeError'."
    )

    def __str__(self) -> str:
        """One line naming the source, the error and its message: what to print for a user."""
        return self.error


def _describe(source: object) -> str:
    if isinstance(source, (str, os.PathLike)):
        text = os.fspath(source)
        return text if len(text) < 200 else text[:60] + "…"
    if isinstance(source, bytes):
        return f"<{len(source)} bytes>"
    return repr(source)[:60]


def _parse_one(
    source: object, reference: object, date: object = None, format: str | None = None
) -> Document | ParseFailure:
    """Parse one source in a worker; any error comes back as a ParseFailure (picklable).

    Not only the errors egovkit means to raise: a defect on one document (a ``ValueError``
    deep in a rule, a ``RecursionError``) must not stop a run over thousands, nor leave a
    pool without its result. ``KeyboardInterrupt`` and ``SystemExit`` still stop the run.
    """
    from .extract import parse

    try:
        return parse(source, reference=reference, date=date, format=format)  # type: ignore[arg-type]
    except Exception as exc:
        return _failure(source, exc)


def _failure(source: object, exc: BaseException) -> ParseFailure:
    """The ParseFailure for ``exc`` raised while parsing ``source``."""
    where, kind, message = _describe(source), type(exc).__name__, str(exc)[:2000]
    readable = f"{where}: {kind}: {message}" if message else f"{where}: {kind}"
    return ParseFailure(source=where, error=readable, message=message, error_type=kind)


_CHUNK_CHARS = 30_000  # a chunk closes at this much input, so one long report is a task alone


def _weight(source: object) -> int:
    """About how much text a source holds: its length, or a file's size."""
    if isinstance(source, (str, bytes)):
        return len(source)
    if isinstance(source, os.PathLike):
        try:
            return os.path.getsize(source)
        except OSError:
            return 0
    return 0


def _chunk(sources: list[object], reference: object, date: object = None, format: str | None = None) -> bytes:
    """Parse a chunk in a worker and pickle the results ourselves (see ``_unpack``)."""
    results = [_parse_one(s, reference, date, format) for s in sources]
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> list[Document | ParseFailure]:
    """Unpickle a chunk's results with the cyclic GC paused.

    A chunk holds tens of thousands of small model objects; unpickling them with the GC
    running spends most of its time in collections that find nothing, on the one process
    that must keep up with all the workers.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        results: list[Document | ParseFailure] = pickle.loads(blob)  # our own workers' output
    finally:
        if enabled:
            gc.enable()
    return results


def _expanded(sources: Iterable[str | bytes | os.PathLike[str]]) -> Iterator[str | bytes | os.PathLike[str]]:
    """Each source, with folders and globs replaced by the files they name (lazily)."""
    from pathlib import Path

    from ._inputs import expand_paths, is_glob

    for source in sources:
        if isinstance(source, (str, os.PathLike)):
            text = os.fspath(source)
            if "\n" not in text and len(text) < 1024 and (os.path.isdir(text) or is_glob(text)):
                skipped: list[tuple[str, str]] = []
                found = expand_paths(text, skipped=skipped)
                # documents egovkit cannot read (.doc, .wps) come back as ParseFailures
                found += [p for p, why in skipped if why.endswith("convert it to .docx")]
                if found != [text]:
                    yield from (Path(p) for p in sorted(found))
                    continue
        yield source


def parse_many(
    sources: Iterable[str | bytes | os.PathLike[str]],
    *,
    workers: int | None = None,
    executor: Executor | None = None,
    progress: Callable[[int], None] | None = None,
    reference: object = None,
    chunk_size: int = 4,
    date: object = None,
    format: str | None = None,
) -> Iterator[Document | ParseFailure]:
    """Parse many documents, yielding each result in input order.

    A source that cannot be parsed (missing file, binary bytes …) yields a
    ``ParseFailure`` in its place instead of raising, so one bad file does not stop a
    run over thousands. Results are yielded as they complete, in order, with a bounded number
    in flight, so memory does not grow with the number of documents.

    Args:
        sources: texts, bytes or paths (an iterable; it is consumed lazily). A folder stands
            for the documents in it, and a glob (``"pages/**/*.html"``) for its matches; a
            ``.doc`` or ``.wps`` file in a folder yields a ParseFailure saying to convert it.
        workers: processes to use when no ``executor`` is given; ``None`` means one per CPU,
            ``1`` parses in this process.
        executor: any ``concurrent.futures.Executor`` — a ``ProcessPoolExecutor``, or Dask
            distributed's ``Client.get_executor()`` to go past one machine.
        progress: called with the number of documents done after each one.
        reference: a date relative expressions resolve against (see ``egovkit.parse``).
        chunk_size: at most this many documents per task sent to a worker (amortises the
            transfer cost); a task also closes once it holds about 30,000 characters, so a
            long report does not hold up the short ones queued behind it.
        date: the date of every document, winning over what each says (see ``egovkit.parse``).
        format: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"`` for every source, overriding the
            suffix and the content sniffing (see ``egovkit.parse``); None decides per source.

    Raises:
        ArgumentError: a ``format`` egovkit does not read (on the first result, before any parse).

    Examples:
        >>> [type(r).__name__ for r in parse_many(["克州电子政务", b"\\x00\\x01\\x02\\x03" * 64], workers=1)]
        ['Document', 'ParseFailure']
    """
    from .formats import FORMATS

    if format is not None and format not in FORMATS:
        raise ArgumentError("format", format, tuple(FORMATS))
    workers = workers if workers is not None else (os.cpu_count() or 1)
    sources = _expanded(sources)
    if executor is None and workers <= 1:
        results: Generator[Document | ParseFailure, None, None] = (
            _parse_one(s, reference, date, format) for s in sources
        )
    else:
        results = _pooled(sources, workers, executor, reference, chunk_size, date, format)
    try:
        for done, result in enumerate(results, 1):
            if progress is not None:
                progress(done)
            yield result
    finally:
        results.close()  # a caller that stops early shuts our pool down now, not at GC


def _pooled(
    sources: Iterable[object],
    workers: int,
    executor: Executor | None,
    reference: object,
    chunk_size: int,
    date: object = None,
    format: str | None = None,
) -> Generator[Document | ParseFailure, None, None]:
    """Results in input order from chunks parsed on ``executor`` (or a process pool of our own)."""
    own = executor is None
    pool: Executor = executor if executor is not None else ProcessPoolExecutor(max_workers=workers)
    window = max(2, 2 * workers)
    pending: deque[Future[bytes]] = deque()
    try:
        batch: list[object] = []
        weight = 0
        for source in sources:
            batch.append(source)
            weight += _weight(source)
            if len(batch) >= chunk_size or weight >= _CHUNK_CHARS:
                pending.append(pool.submit(_chunk, batch, reference, date, format))
                batch, weight = [], 0
            while len(pending) >= window:
                yield from _unpack(pending.popleft().result())
        if batch:
            pending.append(pool.submit(_chunk, batch, reference, date, format))
        while pending:
            yield from _unpack(pending.popleft().result())
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
