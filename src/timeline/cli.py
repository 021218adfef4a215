"""The ``timeline`` command: print the timeline of an article.

Examples::

    timeline article.txt --published 2024-03-22
    cat article.txt | timeline - --published 2024-03-22 --format json
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXAMPLES = """\
examples:
  timeline seeds/000_cf887b448339b9f4.txt --published 2024-03-22
  timeline article.txt --published 2024-03-22 --format json > timeline.json
  cat article.txt | python -m timeline - --published 2024-03-22
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn a news article into a chronological timeline of its events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", help="the article as a UTF-8 text file, or - to read standard input")
    parser.add_argument("--published", "-p", metavar="DATE", help="publication date, ISO 8601 (e.g. 2024-03-22)")
    parser.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--model", metavar="NAME", help="spaCy model to parse with (default: en_core_web_sm if installed)")
    parser.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of standard output")
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    args = build_parser().parse_args(argv)
    from timeline import ModelNotFoundError, Pipeline, extract_timeline

    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"timeline: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    try:
        pipeline = Pipeline(model=args.model) if args.model else None
        result = extract_timeline(text, publication_date=args.published, pipeline=pipeline)
    except (TypeError, ValueError, ModelNotFoundError) as exc:
        print(f"timeline: {exc}", file=sys.stderr)
        return 1
    rendered = result.to_json() if args.format == "json" else result.to_text()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(rendered + "\n")
    else:
        sys.stdout.write(rendered + "\n")
    return 0
