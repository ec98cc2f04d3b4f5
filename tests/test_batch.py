"""parse_many: order kept, failures captured, any Executor (processes, Dask) accepted."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from egovkit import Document, ParseFailure, parse, parse_many

from .conftest import SEED_FILES


def _inputs(tmp_path: Path) -> list[object]:
    binary = tmp_path / "bad.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    return [*SEED_FILES[:3], str(tmp_path / "missing.txt"), binary, "克州电子政务内网2005年建成。"]


def _check(results: list[Document | ParseFailure]) -> None:
    assert [type(r).__name__ for r in results] == ["Document"] * 3 + ["ParseFailure"] * 2 + ["Document"]
    assert [r.name for r in results[:3]] == [p.name for p in SEED_FILES[:3]]  # type: ignore[union-attr]
    missing, binary = results[3], results[4]
    assert isinstance(missing, ParseFailure) and missing.error_type == "SourceNotFoundError"
    assert isinstance(binary, ParseFailure) and binary.error_type == "DecodeError" and binary.message
    # the readable error names the file, the class and the reason, so a log line is enough
    assert binary.error == f"{binary.source}: DecodeError: {binary.message}" == str(binary)
    assert missing.error.startswith(missing.source) and "SourceNotFoundError" in missing.error


def test_in_process_keeps_order_and_captures_failures(tmp_path: Path) -> None:
    seen: list[int] = []
    results = list(parse_many(_inputs(tmp_path), workers=1, progress=seen.append))
    _check(results)
    assert seen == [1, 2, 3, 4, 5, 6]
    assert results[0] == parse(SEED_FILES[0])  # the same Document as a single parse


@pytest.mark.parametrize("pool", [ProcessPoolExecutor, ThreadPoolExecutor], ids=["processes", "threads"])
def test_any_executor(tmp_path: Path, pool: type) -> None:
    with pool(max_workers=2) as ex:
        _check(list(parse_many(_inputs(tmp_path), executor=ex, chunk_size=2)))


def test_own_process_pool(tmp_path: Path) -> None:
    _check(list(parse_many(_inputs(tmp_path), workers=2, chunk_size=1)))


def test_dask_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        _check(list(parse_many(_inputs(tmp_path), executor=client.get_executor())))


class _Recording(ThreadPoolExecutor):
    """A thread pool that records how many sources each task carried."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.sizes: list[int] = []

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        self.sizes.append(len(args[0]))
        return super().submit(fn, *args, **kwargs)


def test_a_task_closes_at_its_size_or_at_about_30k_characters() -> None:
    long_text = "克州电子政务内网建成。" * 3_500  # 38,500 characters
    texts = ["短文一。", "短文二。", long_text, "短文三。", "短文四。", "短文五。"]
    with _Recording() as ex:
        results = list(parse_many(texts, executor=ex, chunk_size=4))
    assert [r.text for r in results] == texts  # type: ignore[union-attr]
    assert ex.sizes == [3, 3]  # the long text closes the first task; the rest fill the next


def test_file_sources_weigh_their_size(tmp_path: Path) -> None:
    from egovkit.batch import _weight

    f = tmp_path / "a.txt"
    f.write_text("克州" * 100, encoding="utf-8")
    assert _weight(f) == f.stat().st_size
    assert _weight(tmp_path / "missing.txt") == 0
    assert _weight("克州") == 2


def test_stopping_early_shuts_the_own_pool_down() -> None:
    import multiprocessing

    results = parse_many(["克州电子政务内网建成。"] * 12, workers=2, chunk_size=1)
    first = next(results)
    assert isinstance(first, Document)
    results.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []  # the workers are gone, not left to GC


# --- a defect on one document becomes its ParseFailure, whatever it raises -------------------

_POISON = "克州电子政务内网建成。毒"


def _poison_normalize(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make normalize raise a plain RuntimeError (not an EgovkitError) on one document.

    Forked workers inherit the patch, so the pool tests use the fork start method.
    """
    import egovkit.extract.pipeline as pipeline

    real = pipeline.normalize

    def broken(raw: str | bytes, **kw: object) -> object:
        if isinstance(raw, str) and raw.endswith("毒"):
            raise RuntimeError("a defect deep in a rule")
        return real(raw, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "normalize", broken)


def _check_poisoned(results: list[Document | ParseFailure]) -> None:
    assert [type(r).__name__ for r in results] == ["Document", "ParseFailure", "Document"]
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert failure.error_type == "RuntimeError" and failure.message == "a defect deep in a rule"
    assert failure.error.endswith("RuntimeError: a defect deep in a rule")
    assert failure.source == _POISON


def test_any_exception_is_a_parse_failure_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    _poison_normalize(monkeypatch)
    _check_poisoned(list(parse_many(["短文一。", _POISON, "短文二。"], workers=1)))


def test_any_exception_is_a_parse_failure_in_a_forked_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    _poison_normalize(monkeypatch)
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as ex:
        _check_poisoned(list(parse_many(["短文一。", _POISON, "短文二。"], executor=ex, chunk_size=1)))
    with ThreadPoolExecutor(max_workers=2) as ex:
        _check_poisoned(list(parse_many(["短文一。", _POISON, "短文二。"], executor=ex, chunk_size=1)))


_DIGIT_LIKE = "新建机房面积200m².建成了机房.购置了设备.培训了干部.开通了网站.建立了制度.完善了机制"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_once_crashed_the_cleaner_does_not_stop_a_run(workers: int) -> None:
    texts = ["短文一。", _DIGIT_LIKE, "短文二。"]
    results = list(parse_many(texts, workers=workers, chunk_size=1))
    assert [type(r).__name__ for r in results] == ["Document"] * 3
    assert results[1].text.startswith("新建机房面积200m²，建成了机房，")  # type: ignore[union-attr]


def test_parse_many_format_overrides_the_sniffing() -> None:
    page = "<html><body><p>克州电子政务内网于2005年2月建成。</p></body></html>"
    (sniffed,) = parse_many([page], workers=1)
    (as_text,) = parse_many([page], workers=1, format="text")
    assert isinstance(sniffed, Document) and isinstance(as_text, Document)
    assert (sniffed.format, sniffed.text) == ("html", "克州电子政务内网于2005年2月建成。")
    assert as_text.format == "text" and "<p>" in as_text.text


def test_parse_many_refuses_an_unknown_format() -> None:
    from egovkit.errors import ArgumentError

    with pytest.raises(ArgumentError):
        next(parse_many(["克州"], workers=1, format="odt"))
