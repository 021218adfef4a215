"""Scale-out with Dask: a corpus in, one timeline (a JSON-ready dict) per document out.

Needs the ``dask`` extra (``pip install "timeline[dask]"``: ``dask[distributed]`` and pandas).
Each partition of the corpus goes through :func:`timeline.batch.extract_timelines` on a worker;
the spaCy model is loaded once per worker process and kept for every later partition.

Recipe::

    from dask.distributed import Client, LocalCluster
    from timeline.distributed import timelines_from_files, timelines_from_dataframe

    # one single-threaded worker per core: spaCy's parser is CPU-bound and holds the GIL
    client = Client(LocalCluster(n_workers=4, threads_per_worker=1, processes=True))

    # 1. files: a directory (every *.txt below it), a glob, or a list of paths
    bag = timelines_from_files("corpus/**/*.txt", publication_date="2024-03-22")
    bag.map(json.dumps).to_textfiles("out/*.jsonl")   # or: records = bag.compute()

    # 2. a dataframe column (pandas or dask), with an optional date column
    frame = timelines_from_dataframe(df, text_column="body", date_column="published")
    frame.to_parquet("out/")                          # columns: index kept, "timeline" (JSON)

Each record of :func:`timelines_from_files` is
``{"source": path, "timeline": Timeline.to_dict(), "error": None}``; a document that fails
(undecodable file, invalid date) gets ``"timeline": None`` and the error message instead of
stopping the whole job. :func:`timelines_from_dataframe` adds a column of ``Timeline.to_json``
strings (missing where a row failed) and an ``error`` column (missing where it did not; Dask
may store both as pyarrow strings, so test with ``pandas.isna``). Turn a dict back into a
:class:`~timeline.model.Timeline` with ``Timeline.from_dict``.

See ``docs/scale-out.md`` for why Dask and how to size the cluster.
"""

from __future__ import annotations

import glob as globbing
import importlib
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.pipeline import Pipeline

__all__ = ["expand_paths", "iter_timelines", "timelines_from_dataframe", "timelines_from_files", "timelines_of_records"]

#: Documents per Dask partition by default: enough to amortise the task overhead and to fill
#: spaCy's batches, small enough to spread a corpus over the workers.
DEFAULT_PARTITION_SIZE = 64

DateLike = str | date | datetime | None


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError('timeline.distributed needs Dask: pip install "timeline[dask]"') from exc


PathSource = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def expand_paths(source: PathSource, *, pattern: str = "**/*.txt") -> list[str]:
    """The files of ``source``, sorted: a directory (its files matching ``pattern``), a glob
    (``**`` allowed), a single file, or a list of paths (kept in the given order)."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            return sorted(str(p) for p in path.glob(pattern) if p.is_file())
        if path.is_file():
            return [str(path)]
        found = sorted(p for p in globbing.glob(str(source), recursive=True) if Path(p).is_file())
        if not found:
            raise FileNotFoundError(f"no files match {str(source)!r}")
        return found
    return [str(p) for p in source]


def _pipeline(pipeline: Pipeline | None) -> Pipeline:
    if pipeline is not None:
        return pipeline
    from timeline import default_pipeline

    return default_pipeline()


def _read(path: str, encoding: str) -> str:
    return Path(path).read_text(encoding=encoding)


def timelines_of_records(
    records: Sequence[tuple[str, str | None, DateLike]],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 32,
) -> list[dict[str, Any]]:
    """Timelines of ``(source, text, date)`` records (what one partition holds), as dicts
    ``{"source", "timeline", "error"}``. A record whose text is ``None`` failed upstream and
    its error is kept. Runs wherever it is called: this is the function the workers run."""
    from timeline.batch import extract_timelines
    from timeline.inputs import check_text, coerce_publication_date

    pipe = _pipeline(pipeline)
    out: list[dict[str, Any]] = [{"source": source, "timeline": None, "error": None} for source, _, _ in records]
    good: list[int] = []
    items: list[tuple[str, DateLike]] = []
    for i, (_, text, published) in enumerate(records):
        if text is None:
            out[i]["error"] = "could not read the text"
            continue
        try:
            check_text(text, max_length=pipe.max_length)
            coerce_publication_date(published)
        except (TypeError, ValueError) as exc:
            out[i]["error"] = f"{type(exc).__name__}: {exc}"
            continue
        good.append(i)
        items.append((text, published))
    for i, timeline in zip(good, extract_timelines(items, pipeline=pipe, batch_size=batch_size), strict=True):
        out[i]["timeline"] = timeline.to_dict()
    return out


def _file_partition(
    paths: Sequence[str],
    publication_date: DateLike,
    dates: dict[str, DateLike] | None,
    encoding: str,
    pipeline: Pipeline | None,
) -> list[dict[str, Any]]:
    records: list[tuple[str, str | None, DateLike]] = []
    errors: dict[int, str] = {}
    for i, path in enumerate(paths):
        published = dates.get(path, publication_date) if dates else publication_date
        try:
            records.append((path, _read(path, encoding), published))
        except (OSError, UnicodeDecodeError) as exc:
            records.append((path, None, published))
            errors[i] = f"{type(exc).__name__}: {exc}"
    out = timelines_of_records(records, pipeline=pipeline)
    for i, message in errors.items():
        out[i]["error"] = message
    return out


def timelines_from_files(
    source: PathSource,
    *,
    publication_date: DateLike = None,
    dates: dict[str, DateLike] | None = None,
    pattern: str = "**/*.txt",
    encoding: str = "utf-8",
    partition_size: int = DEFAULT_PARTITION_SIZE,
    pipeline: Pipeline | None = None,
) -> Any:
    """A lazy Dask bag of ``{"source", "timeline", "error"}`` dicts, one per file, in path order.

    Args:
        source: a directory, a glob, a file or a list of paths (see :func:`expand_paths`).
        publication_date: the date of every file without an entry in ``dates``.
        dates: publication date per path (as listed by :func:`expand_paths`).
        pattern: the files of a directory ``source``.
        encoding: of the files.
        partition_size: files per task.
        pipeline: the pipeline (pickled to the workers; default :func:`timeline.default_pipeline`).

    Nothing runs until ``.compute()`` (or ``to_textfiles``...) on the active Dask scheduler.
    """
    _require_dask()
    db = importlib.import_module("dask.bag")  # untyped library: used through Any

    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, not {partition_size}")
    paths = expand_paths(source, pattern=pattern)
    chunks = [paths[i : i + partition_size] for i in range(0, len(paths), partition_size)]
    bag = db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(
        _file_partition, publication_date, dates, encoding, pipeline
    )
    return bag.flatten()


def _frame_partition(
    frame: Any,
    text_column: str,
    date_column: str | None,
    publication_date: DateLike,
    pipeline: Pipeline | None,
) -> Any:
    import json

    pd = importlib.import_module("pandas")

    texts = frame[text_column].tolist()
    published: list[Any] = frame[date_column].tolist() if date_column else [publication_date] * len(texts)
    records: list[tuple[str, str | None, DateLike]] = []
    for i, (text, day) in enumerate(zip(texts, published, strict=True)):
        value: DateLike = None if day is None or (not isinstance(day, str) and pd.isna(day)) else day
        if isinstance(value, pd.Timestamp):
            value = value.to_pydatetime()
        records.append((str(i), text if isinstance(text, str) else None, value))
    results = timelines_of_records(records, pipeline=pipeline)
    return pd.DataFrame(
        {
            "timeline": [json.dumps(r["timeline"]) if r["timeline"] is not None else None for r in results],
            "error": [r["error"] for r in results],
        },
        index=frame.index,
    )


def timelines_from_dataframe(
    frame: Any,
    *,
    text_column: str,
    date_column: str | None = None,
    publication_date: DateLike = None,
    npartitions: int | None = None,
    pipeline: Pipeline | None = None,
) -> Any:
    """A lazy Dask dataframe, same index as ``frame``, with columns ``timeline`` (the
    ``Timeline.to_json`` of the row, compact) and ``error`` (``None`` or why the row failed).

    Args:
        frame: a pandas dataframe (split into ``npartitions``, default one per
            :data:`DEFAULT_PARTITION_SIZE` rows) or a dask dataframe (its partitions kept).
        text_column: the column of texts (a non-string cell is an error for that row).
        date_column: a column of publication dates (ISO strings, dates, datetimes, Timestamps;
            missing values mean no date); else ``publication_date`` for every row.
    """
    _require_dask()
    dd = importlib.import_module("dask.dataframe")
    pd = importlib.import_module("pandas")

    if isinstance(frame, pd.DataFrame):
        parts = npartitions or max(1, -(-len(frame) // DEFAULT_PARTITION_SIZE))
        frame = dd.from_pandas(frame, npartitions=parts, sort=False)
    missing = [c for c in (text_column, date_column) if c is not None and c not in frame.columns]
    if missing:
        raise KeyError(f"no column {missing[0]!r} in the dataframe (columns: {list(frame.columns)})")
    meta = pd.DataFrame({"timeline": pd.Series([], dtype=object), "error": pd.Series([], dtype=object)})
    result = frame.map_partitions(_frame_partition, text_column, date_column, publication_date, pipeline, meta=meta)
    return result


def iter_timelines(records: Iterable[dict[str, Any]]) -> Iterator[Any]:
    """The :class:`~timeline.model.Timeline` objects of computed records (``None`` for failures)."""
    from timeline.model import Timeline

    for record in records:
        yield Timeline.from_dict(record["timeline"]) if record.get("timeline") is not None else None
