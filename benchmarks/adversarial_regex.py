"""Time the date resolver alone on adversarial inputs of growing size.

Run: ``.venv/bin/python benchmarks/adversarial_regex.py [--full] [--max N] [--rule NAME]``.

Each row is one repeated fragment ("Friday ", "last ", "1/1/1/1"...) at 1,000 to 100,000
repetitions. Two stages are timed: ``find_mentions`` (the rule patterns and overlap
resolution) and, with ``--full``, the whole :class:`RuleBasedResolver` (resolution and the
reference-time chain too). The ``x10`` column is the time of the largest size over the time of
the one ten times smaller (each the best CPU time of three runs): about 10 is linear, 100 is
quadratic. ``--rule NAME`` times one
rule's ``finditer`` alone, to find which pattern backtracks.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver
from timeline.resolver.extract import find_mentions
from timeline.resolver.language import load_language

FRAGMENTS: dict[str, str] = {
    "Friday ": "Friday ",
    "last ": "last ",
    "last Friday ": "last Friday ",
    "1/": "1/",
    "12/": "12/",
    "1/1/1/1 ": "1/1/1/1 ",
    "digits": "1234567890",
    "digits+spaces": "2024 ",
    "the the ": "the the ",
    "March 22, ": "March 22, ",
    "March ": "March ",
    "22 March ": "22 March ",
    "in March ": "in March ",
    "early ": "early ",
    "the end of ": "the end of ",
    "a few ": "a few ",
    "about ": "about ",
    "two ": "two ",
    "twenty-one ": "twenty-one ",
    "1 day ": "1 day ",
    "days ": "days ",
    "years ago ": "years ago ",
    "every ": "every ",
    "10:30 ": "10:30 ",
    "at 10.": "at 10.",
    "1990s ": "1990s ",
    "Q1 ": "Q1 ",
    "the first ": "the first ",
    "-": "-",
    "2024-": "2024-",
    "no spaces": "a",
    "'": "'",
    "mid-": "mid-",
    "Monday, ": "Monday, ",
    "Mon. ": "Mon. ",
    # sentences whose rules look at the other times of their sentence (a month beside a full date
    # of it, a weekday beside "this weekend"): the look must stay within the sentence
    "month dated. ": "In January sales rose. On 1 January 2025 it opened. ",
    "weekday of a week. ": "Shows open this weekend, with a parade on Saturday. ",
    # the same in one sentence of clauses joined by semicolons: its rules walk over every time of it
    "month dated; ": "In January sales rose; on 1 January 2025 it opened; ",
    "weekday of a week; ": "shows open this weekend, with a parade on Saturday; ",
    "clock; ": "charged at 3 p.m.; ",
}


def _time(fn: Callable[[], object], repeat: int = 3) -> float:
    """The best CPU time of ``repeat`` runs: wall time on a shared machine, or one run against
    the best of three, reads noise as growth."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--full", action="store_true", help="also time the whole RuleBasedResolver")
    parser.add_argument("--max", type=int, default=100_000, help="largest number of repetitions")
    parser.add_argument("--rule", help="time one rule's finditer instead of find_mentions")
    parser.add_argument("--only", help="only fragments whose label contains this")
    args = parser.parse_args()

    language = load_language("en")
    resolver = RuleBasedResolver()
    sizes = [n for n in (1_000, 10_000, 100_000, 1_000_000) if n <= args.max]
    find_mentions("warm-up on Friday, March 22, 2024", language)
    rule = None
    if args.rule:
        matching = [r for r in language.rules if r.name == args.rule]
        if not matching:
            parser.error(f"no rule {args.rule!r}; rules: {', '.join(r.name for r in language.rules)}")
        rule = matching[0]

    stages: list[tuple[str, Callable[[str], object]]]
    if rule is not None:
        stages = [(f"rule {rule.name}", lambda text: sum(1 for _ in rule.pattern.finditer(text)))]
    else:
        stages = [("find_mentions", lambda text: find_mentions(text, language))]
        if args.full:
            stages.append(("resolver", lambda text: resolver(Document(text=text, publication_date=None))))
            pub = __import__("datetime").date(2024, 3, 22)
            stages.append(("resolver+date", lambda text: resolver(Document(text=text, publication_date=pub))))

    header = f"{'fragment':<16}{'stage':<15}" + "".join(f"{f'n={n:,}':>12}" for n in sizes) + f"{'x10':>7}"
    print(header)
    for label, fragment in FRAGMENTS.items():
        if args.only and args.only not in label:
            continue
        for stage, run in stages:
            times = []
            for n in sizes:
                text = fragment * n
                times.append(_time(lambda text=text, run=run: run(text)))
            ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else float("nan")
            cells = "".join(f"{t * 1000:>10.1f}ms" for t in times)
            print(f"{label!r:<16}{stage:<15}{cells}{ratio:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
