"""The ``timeline`` command: the timeline of one article, or of many.

Inputs are text files, directories (their ``*.txt`` files) or ``-`` for standard input. The
publication date of each comes, first found, from ``--published``, a sidecar file
(``NAME.meta.json`` with ``{"publication_date": ...}``, or ``NAME.date`` holding the date;
``NAME`` with or without the ``.txt``), or the article's own dateline or byline
(:func:`timeline.dateline.detect_publication_date`, exact dates only). Which date was used, and
where it came from, is said on standard error.

Exit status: 0 when every input was processed, 1 when an input could not be read or processed
(the others are still written), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from timeline.model import Timeline
    from timeline.pipeline import Pipeline

__all__ = ["EXAMPLES", "FORMATS", "build_parser", "main"]

#: Output formats and the suffix of the files written for each when ``-o`` is a directory.
FORMATS = {"text": ".timeline.txt", "json": ".timeline.json", "timeml": ".tml", "html": ".html"}

EXAMPLES = """\
examples:
  timeline article.txt --published 2024-03-22
  timeline article.txt --format json -o article.json
  cat article.txt | python -m timeline - --published 2024-03-22
  timeline articles/ --format html -o pictures/         (one page per *.txt file)
  timeline a.txt b.txt --format json > timelines.jsonl  (one JSON object per line)

publication date, first found:
  --published DATE                  the same date for every input
  NAME.meta.json                    {"publication_date": "2024-03-22"} beside the article
  NAME.date                         a file holding just the date
  the article's dateline or byline  e.g. "WASHINGTON, March 22, 2024 (AP) --"
Without one, times relative to publication ("Friday", "last week") stay unresolved.

exit status: 0 ok, 1 an input could not be read or processed, 2 usage error
"""


class UsageError(Exception):
    """Bad arguments (exit status 2)."""


class InputError(Exception):
    """An input that cannot be read or processed (exit status 1)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn news articles into chronological timelines of their events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a UTF-8 text file, a directory (its *.txt files), or - for standard input",
    )
    parser.add_argument(
        "--published", "-p", metavar="DATE", help="publication date of every input, ISO 8601 (e.g. 2024-03-22)"
    )
    parser.add_argument("--format", "-f", choices=tuple(FORMATS), default="text", help="output format (default: text)")
    parser.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="write to PATH instead of standard output; a directory when there are several inputs "
        f"(files named after the inputs: {', '.join(f'{k} {v}' for k, v in FORMATS.items())})",
    )
    parser.add_argument(
        "--model", metavar="NAME", help="spaCy model to parse with (default: en_core_web_sm if installed)"
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="always show the progress bar"
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show the progress bar")
    parser.add_argument("--quiet", "-q", action="store_true", help="do not say which publication date was used")
    return parser


# --- inputs ---------------------------------------------------------------------------------


def _expand(inputs: Sequence[str]) -> list[str]:
    """Files to process, in order: directories give their ``*.txt`` files (sorted)."""
    if inputs.count("-") > 1:
        raise UsageError("standard input (-) can only be given once")
    files: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            found = sorted(str(p) for p in path.glob("*.txt") if p.is_file() and not p.name.endswith(FORMATS["text"]))
            if not found:
                raise InputError(f"{item}: directory has no *.txt files")
            files += found
        else:
            files.append(item)
    return files


def _read(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _sidecars(path: str, suffix: str) -> list[Path]:
    p = Path(path)
    names = [p.with_name(p.name + suffix)]
    if p.suffix:
        names.append(p.with_name(p.stem + suffix))
    return names


def _coerce(value: object, where: str) -> date:
    from timeline.inputs import coerce_publication_date

    try:
        result = coerce_publication_date(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: {exc}") from None
    if result is None:
        raise InputError(f"{where}: publication_date is empty")
    return result


def _sidecar_date(path: str) -> tuple[date, str] | None:
    if path == "-":
        return None
    for meta in _sidecars(path, ".meta.json"):
        if meta.is_file():
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(f"{meta}: cannot read metadata: {exc}") from None
            if isinstance(data, dict) and data.get("publication_date") is not None:
                return _coerce(data["publication_date"], str(meta)), str(meta)
    for stamp in _sidecars(path, ".date"):
        if stamp.is_file():
            try:
                raw = stamp.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{stamp}: cannot read: {exc}") from None
            return _coerce(raw, str(stamp)), str(stamp)
    return None


def _publication_date(path: str, text: str, given: date | None) -> tuple[date | None, str]:
    """The date to anchor ``text`` to and a sentence saying where it came from."""
    if given is not None:
        return given, f"publication date {given.isoformat()} (--published)"
    found = _sidecar_date(path)
    if found is not None:
        return found[0], f"publication date {found[0].isoformat()} (from {found[1]})"
    from timeline.dateline import detect_publication_date

    guess = detect_publication_date(text)
    if guess is not None and guess.date is not None:
        evidence = f"{guess.method.value} {guess.text.strip()!r}"
        return guess.date, f"publication date {guess.date.isoformat()} (read from the text: {evidence})"
    return None, "no publication date found (give --published or a NAME.meta.json); relative times stay unresolved"


# --- outputs --------------------------------------------------------------------------------


def _render(timeline: Timeline, fmt: str, name: str) -> str:
    if fmt == "json":
        return timeline.to_json()
    if fmt == "timeml":
        return timeline.to_timeml(doc_id=name)
    if fmt == "html":
        return timeline.to_html(title=None if name == "stdin" else name)
    return timeline.to_text()


def _stem(path: str) -> str:
    if path == "-":
        return "stdin"
    name = Path(path).name
    return name[: -len(".txt")] if name.endswith(".txt") else name


def _targets(files: list[str], output: str | None, fmt: str) -> list[Path | None]:
    """Where each input's result goes (``None``: standard output)."""
    if output is None:
        if len(files) > 1 and fmt in ("timeml", "html"):
            raise UsageError(f"several inputs in format {fmt} need -o DIRECTORY")
        return [None] * len(files)
    out = Path(output)
    wants_dir = output.endswith(("/", os.sep)) or out.is_dir()
    if len(files) == 1 and not wants_dir:
        targets: list[Path | None] = [out]
    else:
        if out.exists() and not out.is_dir():
            raise UsageError(f"-o {output}: several inputs need a directory, and this is a file")
        targets = [out / (_stem(f) + FORMATS[fmt]) for f in files]
        seen: dict[Path | None, str] = {}
        for f, target in zip(files, targets, strict=True):
            if target in seen:
                raise UsageError(f"{seen[target]} and {f} would both be written to {target}")
            seen[target] = f
    inputs = {Path(f).resolve() for f in files if f != "-"}
    for target in targets:
        if target is not None and target.resolve() in inputs:
            raise UsageError(f"refusing to overwrite the input {target} (choose another -o)")
    return targets


class Progress:
    """A one-line progress bar on a terminal stream; notes are printed above it."""

    WIDTH = 24

    def __init__(self, total: int, stream: TextIO, *, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.done = 0
        self.current = ""
        self._shown = 0

    def _clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self._shown = 0

    def _draw(self) -> None:
        if not self.enabled:
            return
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        label = self.current if len(self.current) <= 40 else "…" + self.current[-39:]
        line = f"[{bar}] {self.done}/{self.total} {label}"
        self.stream.write("\r" + line)
        self.stream.flush()
        self._shown = len(line)

    def start(self, name: str) -> None:
        self.current = name
        self._clear()
        self._draw()

    def advance(self) -> None:
        self.done += 1
        self._clear()
        self._draw()

    def note(self, message: str) -> None:
        self._clear()
        print(message, file=self.stream)
        self._draw()

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = 0


def _pipeline(model: str | None) -> Pipeline:
    from timeline import Pipeline, default_pipeline

    return Pipeline(model=model) if model else default_pipeline()


def _write(target: Path | None, rendered: str) -> None:
    if target is None:
        sys.stdout.write(rendered + "\n")
        sys.stdout.flush()
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rendered + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None


def _run(args: argparse.Namespace) -> int:
    from timeline import ModelNotFoundError
    from timeline.inputs import coerce_publication_date

    try:
        given = coerce_publication_date(args.published)
    except ValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    try:
        files = _expand(args.inputs)
    except InputError as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 1
    targets = _targets(files, args.output, args.format)
    several = len(files) > 1
    show_bar = args.progress if args.progress is not None else (several and sys.stderr.isatty())
    progress = Progress(len(files), sys.stderr, enabled=bool(show_bar))
    failures = 0
    pipeline: Pipeline | None = None
    for path, target in zip(files, targets, strict=True):
        name = "stdin" if path == "-" else path
        progress.start(name)
        try:
            text = _read(path)
            published, source = _publication_date(path, text, given)
            if not args.quiet:
                progress.note(f"timeline: {name}: {source}")
            if pipeline is None:
                pipeline = _pipeline(args.model)
            result = pipeline(text, published)
            rendered = _render(result, args.format, _stem(path))
            if target is None and several:
                one_line = args.format == "json"
                rendered = result.to_json(indent=None) if one_line else f"==> {name} <==\n{rendered}\n"
            _write(target, rendered)
        except ModelNotFoundError as exc:
            progress.note(f"timeline: {exc}")
            progress.finish()
            return 1
        except (InputError, TypeError, ValueError) as exc:
            failures += 1
            message = str(exc) if isinstance(exc, InputError) else f"{name}: {exc}"
            progress.note(f"timeline: {message}")
        progress.advance()
    progress.finish()
    if failures and several:
        print(f"timeline: {failures} of {len(files)} inputs failed", file=sys.stderr)
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return _run(args)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
