"""The ``timeline`` command, run in-process through ``main`` and once as ``python -m timeline``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main

VOTE = "The vote failed Friday.\n"
DATELINED = "WASHINGTON, March 22, 2024 (AP) — The vote failed Friday.\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- usage and bad input: no model needed -------------------------------------------------------


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "timeline article.txt --published 2024-03-22" in out
    assert "NAME.meta.json" in out and "exit status" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["a.txt", "--format", "pdf"],
        ["a.txt", "--progress", "--no-progress"],
        ["a.txt", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage: timeline" in capsys.readouterr().err


def test_bad_published_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    assert main([str(article), "--published", "22/03/2024"]) == 2
    err = capsys.readouterr().err
    assert "--published" in err and "not a valid ISO 8601 date" in err


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt"), "--published", "2024-03-22"]) == 1
    captured = capsys.readouterr()
    assert "nope.txt: no such file" in captured.err
    assert captured.out == ""


def test_non_utf8_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 opened Friday.".encode("latin-1"))
    assert main([str(bad), "-p", "2024-03-22"]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_directory_without_text_files_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert "no *.txt files" in capsys.readouterr().err


def test_several_inputs_in_html_need_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write(tmp_path / "a.txt", VOTE), _write(tmp_path / "b.txt", VOTE)
    assert main([str(a), str(b), "--format", "html"]) == 2
    assert "need -o DIRECTORY" in capsys.readouterr().err


def test_two_inputs_with_one_output_name_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a, b = _write(tmp_path / "x" / "a.txt", VOTE), _write(tmp_path / "y" / "a.txt", VOTE)
    assert main([str(a), str(b), "-o", str(tmp_path / "out")]) == 2
    assert "would both be written" in capsys.readouterr().err


def test_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    assert main([str(article), "-o", str(article)]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == VOTE


def test_several_inputs_with_a_file_as_output_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write(tmp_path / "a.txt", VOTE), _write(tmp_path / "b.txt", VOTE)
    out = _write(tmp_path / "out.json", "")
    assert main([str(a), str(b), "-o", str(out)]) == 2
    assert "need a directory" in capsys.readouterr().err


def test_bad_sidecar_date_exits_1_naming_the_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    _write(tmp_path / "a.meta.json", json.dumps({"publication_date": "March 22"}))
    assert main([str(article)]) == 1
    err = capsys.readouterr().err
    assert "a.meta.json" in err and "not a valid ISO 8601 date" in err


# --- running the pipeline ------------------------------------------------------------------


@pytest.mark.slow
def test_one_file_with_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    assert main([str(article), "--published", "2024-03-22"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Timeline (published 2024-03-22)")
    assert "2024-03-22" in captured.out and "'failed'" in captured.out
    assert "publication date 2024-03-22 (--published)" in captured.err


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sidecar", "content"),
    [
        ("a.meta.json", json.dumps({"publication_date": "2024-01-10", "title": "x"})),
        ("a.txt.meta.json", json.dumps({"publication_date": "2024-01-10"})),
        ("a.date", "2024-01-10\n"),
        ("a.txt.date", "2024-01-10"),
    ],
)
def test_date_from_a_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str], sidecar: str, content: str) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    _write(tmp_path / sidecar, content)
    assert main([str(article), "--format", "json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["publication_date"] == "2024-01-10"
    assert [t["value"] for t in data["times"]] == ["2024-01-05"]
    assert f"publication date 2024-01-10 (from {tmp_path / sidecar})" in captured.err


@pytest.mark.slow
def test_published_beats_the_sidecar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    _write(tmp_path / "a.date", "2024-01-10")
    assert main([str(article), "-p", "2024-03-22", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["publication_date"] == "2024-03-22"


@pytest.mark.slow
def test_date_from_the_dateline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", DATELINED)
    assert main([str(article), "-f", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["publication_date"] == "2024-03-22"
    assert "publication date 2024-03-22 (read from the text: dateline" in captured.err


@pytest.mark.slow
def test_no_date_anywhere_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    assert main([str(article), "-f", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["publication_date"] is None
    assert "no publication date found" in captured.err


@pytest.mark.slow
def test_quiet_says_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    assert main([str(article), "-p", "2024-03-22", "-q"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.slow
def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(VOTE))
    assert main(["-", "--published", "2024-03-22", "--format", "timeml"]) == 0
    out = capsys.readouterr().out
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-03-22"' in out
    assert "<TimeML" in out


@pytest.mark.slow
def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = _write(tmp_path / "a.txt", VOTE)
    target = tmp_path / "page.html"
    assert main([str(article), "-p", "2024-03-22", "-f", "html", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    page = target.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "failed" in page


@pytest.mark.slow
def test_directory_to_directory_with_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    _write(src / "a.txt", VOTE)
    _write(src / "a.date", "2024-03-22")
    _write(src / "b.txt", DATELINED)
    _write(src / "c.txt", "It rained on Monday.\n")
    _write(src / "old.timeline.txt", "an earlier output, not an article")
    out = tmp_path / "out"
    assert main([str(src), "-f", "json", "-o", str(out) + "/", "--progress"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.timeline.json", "b.timeline.json", "c.timeline.json"]
    dates = {p.name: json.loads(p.read_text(encoding="utf-8"))["publication_date"] for p in out.iterdir()}
    assert dates == {"a.timeline.json": "2024-03-22", "b.timeline.json": "2024-03-22", "c.timeline.json": None}
    assert "[########################] 3/3" in captured.err
    assert captured.err.count("publication date") == 3


@pytest.mark.slow
def test_one_bad_input_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path / "good.txt", VOTE)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    assert main([str(missing), str(good), "-p", "2024-03-22", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "1 of 2 inputs failed" in err
    assert (out / "good.timeline.txt").read_text(encoding="utf-8").startswith("Timeline (published 2024-03-22)")
    assert not (out / "missing.timeline.txt").exists()


@pytest.mark.slow
def test_several_inputs_as_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path / "a.txt", VOTE)
    b = _write(tmp_path / "b.txt", "It rained on Monday.\n")
    assert main([str(a), str(b), "-p", "2024-03-22", "-f", "json", "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == [VOTE, "It rained on Monday.\n"]


@pytest.mark.slow
def test_python_dash_m_timeline() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "-", "--published", "2024-03-22", "--format", "json"],
        input=VOTE,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [(e["event"]["text"], e["time"]["value"]) for e in data["entries"]][-1] == ("failed", "2024-03-22")
    assert "publication date 2024-03-22 (--published)" in done.stderr
