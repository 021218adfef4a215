"""Scale-out with Dask on a local cluster of two worker processes: same timelines as one by one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask")
pytest.importorskip("dask.distributed")
pd = pytest.importorskip("pandas")

from timeline import extract_timeline  # noqa: E402
from timeline.distributed import (  # noqa: E402
    expand_paths,
    iter_timelines,
    timelines_from_dataframe,
    timelines_from_files,
)
from timeline.model import Timeline  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
SHORT = [
    "The vote failed Friday.",
    "Officials said on Monday that the bridge would reopen next week.",
    "The company announced the merger on March 3, 2023, and completed it in May.",
]


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/c.txt", "b/d.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert expand_paths(tmp_path) == [str(tmp_path / "a.txt"), str(tmp_path / "b/c.txt")]
    assert expand_paths(str(tmp_path / "**/*.md")) == [str(tmp_path / "b/d.md")]
    assert expand_paths([tmp_path / "b/d.md", tmp_path / "a.txt"]) == [
        str(tmp_path / "b/d.md"),
        str(tmp_path / "a.txt"),
    ]
    with pytest.raises(FileNotFoundError):
        expand_paths(str(tmp_path / "*.nothing"))


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with Client(cluster) as connected:
        yield connected
    cluster.close()


def _corpus(tmp_path: Path) -> list[Path]:
    texts = [*SHORT, *(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"doc{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    return paths


@pytest.mark.slow
def test_files_on_two_workers(client: object, tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    bag = timelines_from_files(
        tmp_path, dates={str(paths[0]): "2024-03-01"}, publication_date="2024-03-22", partition_size=2
    )
    records = bag.compute()
    assert [r["source"] for r in records] == sorted([*map(str, paths), str(tmp_path / "broken.txt")])
    by_source = {r["source"]: r for r in records}
    broken = by_source.pop(str(tmp_path / "broken.txt"))
    assert broken["timeline"] is None and "UnicodeDecodeError" in broken["error"]
    for i, path in enumerate(paths):
        record = by_source[str(path)]
        assert record["error"] is None
        json.dumps(record)  # JSON-ready
        expected = extract_timeline(path.read_text(encoding="utf-8"), "2024-03-01" if i == 0 else "2024-03-22")
        assert Timeline.from_dict(record["timeline"]) == expected
    assert list(iter_timelines([broken])) == [None]


@pytest.mark.slow
def test_dataframe_on_two_workers(client: object) -> None:
    texts = [*SHORT, *(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))]
    dates = ["2024-03-22", None, "2023-01-05", "2024-02-29", "not a date", "2024-03-01"][: len(texts)]
    frame = pd.DataFrame({"body": texts, "published": dates}, index=[f"row{i}" for i in range(len(texts))])
    result = timelines_from_dataframe(frame, text_column="body", date_column="published", npartitions=3).compute()
    assert list(result.index) == list(frame.index)
    for i, (text, day) in enumerate(zip(texts, dates, strict=True)):
        row = result.iloc[i]
        if day == "not a date":
            assert pd.isna(row["timeline"]) and "ValueError" in row["error"]
            continue
        assert pd.isna(row["error"])  # Dask may store strings as pyarrow: None reads back as NA
        assert Timeline.from_json(row["timeline"]) == extract_timeline(text, day)


def test_dataframe_missing_column() -> None:
    frame = pd.DataFrame({"body": ["x"]})
    with pytest.raises(KeyError, match="no column 'date'"):
        timelines_from_dataframe(frame, text_column="body", date_column="date")
