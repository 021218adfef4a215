"""Command line: ``python -m timeline.evaluation {annotate,score} ...``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from timeline.evaluation.annotate import DEFAULT_PIPELINE, annotate_with_pipelines
from timeline.evaluation.scorer import score_directories


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one subcommand; the return value is the exit status."""
    parser = argparse.ArgumentParser(prog="python -m timeline.evaluation", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    annotate = commands.add_parser("annotate", help="run the pipeline over every .tml in IN_DIR, write TimeML")
    annotate.add_argument("in_dir")
    annotate.add_argument("out_dir")
    annotate.add_argument(
        "--pipeline",
        nargs="+",
        default=[DEFAULT_PIPELINE],
        metavar="NAME",
        help=(
            f"pipeline(s): module:function (default {DEFAULT_PIPELINE}), stage names like "
            "resolver=rules,detector=spacy, or timex-only; several write to OUT_DIR/NAME"
        ),
    )
    annotate.add_argument("--limit", type=int, default=None, help="only the first N files (sorted by path)")

    score = commands.add_parser("score", help="score SYS_DIR against GOLD_DIR (TempEval-3 conventions)")
    score.add_argument("gold_dir")
    score.add_argument("sys_dir")
    score.add_argument("--json", action="store_true", help="print the figures as JSON")
    score.add_argument(
        "--present-only", action="store_true", help="score only gold files with a system file (partial runs)"
    )

    args = parser.parse_args(argv)
    if args.command == "annotate":
        reports = annotate_with_pipelines(args.in_dir, args.out_dir, args.pipeline, limit=args.limit)
        failed = 0
        for name, report in reports.items():
            failed += len(report.failures)
            print(
                f"{name}: wrote {len(report.written)} documents in {report.seconds:.1f}s, "
                f"{len(report.failures)} failed",
                file=sys.stderr,
            )
        return 1 if failed else 0

    scores = score_directories(args.gold_dir, args.sys_dir, present_only=args.present_only)
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(scores.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
