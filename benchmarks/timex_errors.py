"""Timex errors of the rule-based resolver on TBAQ-cleaned, grouped by rule, for quick iteration.

Usage::

    .venv/bin/python benchmarks/timex_errors.py [CORPUS_DIR] [--kind fp|fn|value|type|span|all] [--rule NAME]
        [--shapes] [--table]

Runs :class:`~timeline.resolver.RuleBasedResolver` without a spaCy parse on every TEXT with the
DCT as publication date, aligns system and gold TIMEX3 spans (any overlap, as the TempEval-3
scorer does) and prints false positives, false negatives, inexact spans and wrong values or
types, then a count per rule. ``--shapes`` adds a count of wrong values by shape, digits
replaced by 9 ("9999-W99 => 9999-WXX"): conventions the resolver and the gold disagree on show
up there as large classes. ``--table`` prints only the counts: one row per rule, one column per
kind of error, split by subcorpus (AQUAINT/TimeBank), misses by gold type, then the wrong values
by what differs between system and gold (judged by their form alone). Gold strings are shown to
study conventions, not to copy.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from timeline.evaluation.timeml import read_timeml
from timeline.pipeline import Document
from timeline.resolver import RuleBasedResolver

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def _shape(value: str | None) -> str:
    return "None" if value is None else re.sub(r"\d", "9", value)


def main(argv: list[str] | None = None) -> int:
    """Print the errors; exit status 2 when the corpus is missing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--kind", default="all", choices=["fp", "fn", "value", "type", "span", "all", "none"])
    parser.add_argument("--rule", default=None, help="only errors of this rule")
    parser.add_argument("--context", action="store_true", help="show the surrounding text")
    parser.add_argument("--shapes", action="store_true", help="count wrong values by shape (digits as 9)")
    parser.add_argument("--table", action="store_true", help="only the counts: rules x kinds of error, by subcorpus")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    resolver = RuleBasedResolver(use_parse=False)
    per_rule: Counter[tuple[str, str]] = Counter()
    table: Counter[tuple[str, str, str]] = Counter()  # (rule or missed gold type, kind, subcorpus)
    causes: Counter[tuple[str, str]] = Counter()  # (what differs in a wrong value, subcorpus)
    shapes: Counter[str] = Counter()
    if args.table:
        args.kind = "none"
    for path in sorted(corpus.rglob("*.tml")):
        sub = path.parent.name
        gold = read_timeml(path)
        system = resolver(Document(text=gold.text, publication_date=gold.dct))
        text = gold.text
        matched_gold: set[int] = set()
        for s in system:
            overlaps = [i for i, g in enumerate(gold.timexes) if g.start < s.end and s.start < g.end]
            where = _context(text, s.start, s.end) if args.context else repr(s.text)
            if not overlaps:
                per_rule[(s.rule or "?", "fp")] += 1
                table[(s.rule or "?", "fp", sub)] += 1
                if args.kind in ("fp", "all") and args.rule in (None, s.rule):
                    print(f"FP    {s.rule:<22} {where} -> {s.value}  [{path.stem} dct={gold.dct_value}]")
                continue
            g = gold.timexes[overlaps[0]]
            matched_gold.update(overlaps)
            show = args.rule in (None, s.rule)
            table[(s.rule or "?", "found", sub)] += 1
            if (g.start, g.end) != (s.start, s.end):
                per_rule[(s.rule or "?", "span")] += 1
                table[(s.rule or "?", "span", sub)] += 1
                if args.kind in ("span", "all") and show:
                    print(f"SPAN  {s.rule:<22} {s.text!r} gold {g.text!r}")
            if g.type != s.type.value:
                per_rule[(s.rule or "?", "type")] += 1
                table[(s.rule or "?", "type", sub)] += 1
                if args.kind in ("type", "all") and show:
                    print(f"TYPE  {s.rule:<22} {s.text!r} {s.type.value} gold {g.text!r} {g.type}")
            if g.value != s.value:
                per_rule[(s.rule or "?", "value")] += 1
                table[(s.rule or "?", "value", sub)] += 1
                shapes[f"{_shape(s.value)} => {_shape(g.value)}"] += 1
                causes[(_cause(s.value, g.value), sub)] += 1
                if args.kind in ("value", "all") and show:
                    print(
                        f"VALUE {s.rule:<22} {where} -> {s.value} gold {g.text!r} {g.value}"
                        f"  [{path.stem} dct={gold.dct_value}]"
                    )
        for i, g in enumerate(gold.timexes):
            if i not in matched_gold:
                per_rule[("(missed)", "fn")] += 1
                table[(f"(missed {g.type})", "fn", sub)] += 1
                if args.kind in ("fn", "all") and args.rule is None:
                    where = _context(text, g.start, g.end) if args.context else repr(g.text)
                    print(f"FN    {g.type:<9} {g.value!s:<14} {where}  [{path.stem} dct={gold.dct_value}]")
    if args.table:
        # TBAQ's two subcorpora; another corpus (MEANTIME) is one column of its own folder's name
        found = {sub for _, _, sub in table}
        subs = ("AQUAINT", "TimeBank") if found <= {"AQUAINT", "TimeBank"} else (*sorted(found), "")
        _print_table(table, subs)
        print(f"\nwrong values by what differs (system vs gold), {'/'.join(s for s in subs if s)}:")
        for cause in sorted({c for c, _ in causes}, key=lambda c: -sum(causes[(c, sub)] for sub in subs)):
            per = [causes[(cause, sub)] for sub in subs]
            print(f"  {sum(per):5d} ({per[0]}/{per[1]})  {cause}")
        return 0
    if args.shapes:
        print("\nwrong values by shape (system => gold):")
        for shape, n in shapes.most_common():
            print(f"  {n:5d}  {shape}")
    print("\nerrors per rule:")
    for (rule, kind), n in sorted(per_rule.items(), key=lambda item: -item[1]):
        print(f"  {n:5d}  {kind:<6} {rule}")
    return 0


_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


def _cause(system: str | None, gold: str | None) -> str:
    """What a wrong value differs in, by its form alone (the same test for every error)."""
    sv, gv = system or "", gold or ""
    if sv.startswith("P") != gv.startswith("P"):
        return "a length (P...) against a point in time"
    if sv.startswith("P"):
        return "two lengths written differently (unit, amount or X)"
    if "_REF" in sv or "_REF" in gv:
        return "PRESENT/PAST/FUTURE_REF against a value"
    if re.sub(r"-W0(\d)\b", r"-W\1", sv) == re.sub(r"-W0(\d)\b", r"-W\1", gv):
        return "the same ISO week, its number written without the zero by the gold (2000-W7)"
    if "W" in sv or "W" in gv:
        return "weeks (WXX, 2000-W7, a week as a month or day, week number)"
    if "Q" in sv or "Q" in gv or "H" in sv[4:] or "H" in gv[4:]:
        return "quarters and halves (QX, fiscal quarter, a year ago as a quarter)"
    if "X" in gv and gv.replace("X", "").rstrip("-") and sv.startswith(gv.replace("X", "").rstrip("-")):
        return "the same value with unknown digits added by the gold (1968-XX, 198X)"
    if "T" in sv or "T" in gv:
        if sv[:10] == gv[:10]:
            return "the same day, part of day or clock written differently (TNI, T24)"
        return "a time of day on another day"
    s_day, g_day = _DAY_VALUE.match(sv), _DAY_VALUE.match(gv)
    if s_day and g_day:
        gap = abs((date(*map(int, s_day.groups())) - date(*map(int, g_day.groups()))).days)
        return "a day exactly a week off" if gap == 7 else "another day"
    if len(sv) != len(gv):
        return "another granularity (a year against a month or a day...)"
    return "another month, year or decade"


def _print_table(table: Counter[tuple[str, str, str]], subs: tuple[str, str]) -> None:
    """Rules by the value F1 they cost (wrong values, then false positives, then misses)."""
    kinds = ("found", "value", "fp", "fn", "type", "span")
    rows = sorted({rule for rule, _, _ in table})

    def cell(rule: str, kind: str) -> str:
        per = [table[(rule, kind, sub)] for sub in subs]
        return f"{sum(per)} ({per[0]}/{per[1]})" if sum(per) else "."

    rows.sort(key=lambda r: -sum(table[(r, k, s)] for k in ("value", "fp", "fn") for s in subs))
    print(f"{'rule':<24}" + "".join(f"{k:>16}" for k in kinds) + f"      ({'/'.join(s for s in subs if s)})")
    for rule in rows:
        print(f"{rule:<24}" + "".join(f"{cell(rule, k):>16}" for k in kinds))
    totals = {k: [sum(n for (_, kk, ss), n in table.items() if kk == k and ss == sub) for sub in subs] for k in kinds}
    print(f"{'total':<24}" + "".join(f"{f'{sum(v)} ({v[0]}/{v[1]})':>16}" for v in totals.values()))


if __name__ == "__main__":
    sys.exit(main())
