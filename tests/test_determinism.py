"""The same input gives the same output on any day, in any process, from any thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from timeline import Pipeline, extract_timeline
from timeline.model import Event

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cf887b448339b9f4.txt"

#: Installed as ``sitecustomize`` in a child process: every clock the standard library offers
#: reads the fake instant in ``TIMELINE_FAKE_NOW`` (an ISO datetime).
_FAKE_CLOCK = textwrap.dedent(
    """
    import datetime as _dt, os, time as _time

    _now = _dt.datetime.fromisoformat(os.environ["TIMELINE_FAKE_NOW"])
    _stamp = _now.replace(tzinfo=_dt.timezone.utc).timestamp()


    class _FakeDate(_dt.date):
        @classmethod
        def today(cls):
            return cls(_now.year, _now.month, _now.day)


    class _FakeDateTime(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(_stamp, tz) if tz is not None else cls.fromtimestamp(_stamp)

        @classmethod
        def utcnow(cls):
            return cls.fromtimestamp(_stamp, _dt.timezone.utc).replace(tzinfo=None)

        @classmethod
        def today(cls):
            return cls.now()


    _dt.date = _FakeDate
    _dt.datetime = _FakeDateTime
    _time.time = lambda: _stamp
    _time.time_ns = lambda: int(_stamp * 1e9)
    _time.localtime = lambda secs=None: _time.gmtime(_stamp if secs is None else secs)
    """
)

_CHILD = textwrap.dedent(
    """
    import datetime, json, sys, time
    from timeline import Pipeline, extract_timeline
    text = open(sys.argv[1], encoding="utf-8").read()
    resolver_only = Pipeline(detector=lambda document: [])
    out = {
        "clock": [datetime.date.today().isoformat(), datetime.datetime.now().isoformat(), time.time()],
        "full": extract_timeline(text, "2024-03-22").to_dict(),
        "undated": extract_timeline(text).to_dict(),
        "resolver": resolver_only(text, "2024-03-22").to_dict(),
    }
    print(json.dumps(out))
    """
)


def _run_at(tmp_path: Path, fake_now: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if fake_now is not None:
        site = tmp_path / f"site-{fake_now[:10]}"
        site.mkdir()
        (site / "sitecustomize.py").write_text(_FAKE_CLOCK, encoding="utf-8")
        env["PYTHONPATH"] = str(site)
        env["TIMELINE_FAKE_NOW"] = fake_now
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(SEED)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out: dict[str, object] = json.loads(result.stdout)
    return out


@pytest.mark.slow
def test_output_does_not_depend_on_the_clock(tmp_path: Path) -> None:
    real = _run_at(tmp_path, None)
    past = _run_at(tmp_path, "1999-12-31T23:59:30")
    future = _run_at(tmp_path, "2087-06-15T04:00:00")
    # the fake clocks really were in force in the children
    assert past["clock"][:2] == ["1999-12-31", "1999-12-31T23:59:30"]  # type: ignore[index]
    assert future["clock"][:2] == ["2087-06-15", "2087-06-15T04:00:00"]  # type: ignore[index]
    for key in ("full", "undated", "resolver"):
        assert past[key] == real[key], key
        assert future[key] == real[key], key
    assert real["full"]["times"]  # type: ignore[index]


def _no_events(document: object) -> list[Event]:
    return []


def _texts() -> list[str]:
    seed = SEED.read_text(encoding="utf-8")
    articles = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    texts = [seed, *(p.read_text(encoding="utf-8") for p in articles[:5])]
    # the seed cut in pieces, so threads run different documents at the same time
    texts += [seed[i : i + 1500] for i in range(0, len(seed), 1500)]
    return texts


@pytest.mark.parametrize("full", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["resolver", "spacy"])
def test_one_pipeline_shared_by_four_threads_gives_the_single_thread_results(full: bool) -> None:
    pipeline = Pipeline() if full else Pipeline(detector=_no_events)
    texts = _texts() * 2
    expected = [pipeline(text, "2024-03-22").to_dict() for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda text: pipeline(text, "2024-03-22").to_dict(), texts))
    assert got == expected
    assert any(d["times"] for d in expected)


def test_the_same_input_twice_in_one_process_gives_the_same_output() -> None:
    text = SEED.read_text(encoding="utf-8")
    first = extract_timeline(text, "2024-03-22", pipeline=Pipeline(detector=_no_events)).to_json()
    second = extract_timeline(text, "2024-03-22", pipeline=Pipeline(detector=_no_events)).to_json()
    assert first == second
