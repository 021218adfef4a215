"""Temporal awareness on MEANTIME: the whole pipeline's TLINKs on news it was not developed on.

Usage::

    .venv/bin/python benchmarks/meantime_relations.py [--limit N] [--tlink-breakdown] [--tlink-rules]

MEANTIME (NewsReader, 120 English Wikinews articles, CC BY 4.0) annotates events, times and
TLINKs in its own CAT XML, over tokens. This script reads each article's natural text from the
TimeML conversion beside it (``xtime-timeml-tml/``, matched by the title: it holds the part
MEANTIME annotates, the title and first sentences), finds the CAT tokens in that text in order,
and rebuilds the gold as a TimeML document: the ``CREATION_TIME`` timex is
the DCT ``t0`` (the pipeline gets its day as publication date), the other timexes, the event
mentions (one instance each) and the TLINKs (``MEASURE`` links, which give a duration, are left
out). Then it runs the pipeline on the text and scores the TLINKs with the project's TempEval-3
scorer (temporal awareness over transitively reduced graphs). ``--tlink-breakdown`` and
``--tlink-rules`` work as in ``events_tempeval.py``.

MEANTIME's guidelines are not TimeML's (fewer events: no states, fewer event nouns; links chosen
by other rules), so the figure is no TempEval-3 score: it tells whether the rules developed on
TBAQ hold on other news. Nothing in the library was tuned on MEANTIME's links.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from events_tempeval import _print_breakdown, _print_rule_rows, run_and_score

from timeline.evaluation.timeml import (
    TimeMLDocument,
    TimeMLEvent,
    TimeMLInstance,
    TimeMLLink,
    TimeMLTimex,
    read_timeml,
)
from timeline.pipeline import Pipeline

MEANTIME = Path(__file__).resolve().parents[2] / "shared" / "data" / "meantime"


def _title_key(words: list[str]) -> str:
    return "".join("".join(words).split()).lower()


def _tml_by_title(folder: Path) -> dict[str, Path]:
    """The TimeML conversion's files by the first characters of their title line."""
    out: dict[str, Path] = {}
    for path in sorted(folder.glob("*.tml")):
        text = read_timeml(path).text.strip()
        out[_title_key([text.split("\n", 1)[0]])] = path
    return out


def read_cat(path: Path, tml: Path) -> TimeMLDocument | None:
    """The CAT annotation of ``path`` as a TimeML document over the natural text of ``tml``;
    ``None`` when the tokens cannot all be found in that text in order."""
    root = ET.parse(path).getroot()
    text = read_timeml(tml).text
    spans: dict[str, tuple[int, int]] = {}
    position = 0
    for token in root.iter("token"):
        word = token.text or ""
        found = text.find(word, position)
        if found < 0 or text[position:found].strip():
            if not text[position:].strip():
                break  # the conversion keeps the annotated part (title and first sentences) only
            return None  # a token the text does not have next: the two versions differ
        spans[token.get("t_id", "")] = (found, found + len(word))
        position = found + len(word)
    markables = root.find("Markables")
    if markables is None:
        return None

    def span_of(element: ET.Element) -> tuple[int, int] | None:
        anchors = [spans[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id", "") in spans]
        return (anchors[0][0], anchors[-1][1]) if anchors else None

    names: dict[str, str] = {}
    dct: str | None = None
    timexes: list[TimeMLTimex] = []
    events: list[TimeMLEvent] = []
    instances: list[TimeMLInstance] = []
    for element in markables:
        m_id = element.get("m_id", "")
        if element.tag == "TIMEX3":
            if element.get("functionInDocument") == "CREATION_TIME":
                dct, names[m_id] = element.get("value"), "t0"
                continue
            where = span_of(element)
            if where is None:
                continue
            names[m_id] = f"t{m_id}"
            timexes.append(
                TimeMLTimex(
                    tid=f"t{m_id}",
                    type=element.get("type", "DATE"),
                    value=element.get("value") or None,
                    mod=None,
                    start=where[0],
                    end=where[1],
                    text=text[where[0] : where[1]],
                )
            )
        elif element.tag == "EVENT_MENTION":
            where = span_of(element)
            if where is None:
                continue
            names[m_id] = f"ei{m_id}"
            # MEANTIME has no TimeML class: the class is not scored here.
            events.append(
                TimeMLEvent(
                    eid=f"e{m_id}",
                    event_class="OCCURRENCE",
                    start=where[0],
                    end=where[1],
                    text=text[where[0] : where[1]],
                )
            )
            instances.append(TimeMLInstance(eiid=f"ei{m_id}", event_id=f"e{m_id}"))
    links: list[TimeMLLink] = []
    relations = root.find("Relations")
    for link in relations.iter("TLINK") if relations is not None else ():
        relation = link.get("reltype", "")
        source, target = link.find("source"), link.find("target")
        if relation == "MEASURE" or source is None or target is None:
            continue
        a, b = names.get(source.get("m_id", "")), names.get(target.get("m_id", ""))
        if a is not None and b is not None and a != b:
            links.append(TimeMLLink(lid=f"l{link.get('r_id', len(links))}", relation=relation, source=a, target=b))
    doc_id = path.stem.split("_", 1)[0]
    return TimeMLDocument(
        doc_id=doc_id,
        text=text,
        dct_value=dct,
        timexes=tuple(timexes),
        events=tuple(events),
        instances=tuple(instances),
        links=tuple(links),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(MEANTIME))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--tlink-breakdown", action="store_true", help="split awareness by kind of link")
    parser.add_argument("--tlink-rules", action="store_true", help="check each link rule against the gold closure")
    parser.add_argument("--rule-min-links", type=int, default=5, metavar="N")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    cat_files = sorted((corpus / "intra-doc_annotation").glob("*/*.xml"))[: args.limit]
    if not cat_files:
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    by_title = _tml_by_title(corpus / "xtime-timeml-tml")
    golds: list[TimeMLDocument] = []
    skipped: list[str] = []
    for path in cat_files:
        words = _title_key([t.text or "" for t in ET.parse(path).getroot().iter("token")][:80])
        titles = [title for title in by_title if words.startswith(title)]
        tml = by_title[max(titles, key=len)] if titles else None
        gold = read_cat(path, tml) if tml is not None else None
        if gold is None or gold.dct is None:
            skipped.append(path.name)
            continue
        golds.append(gold)
    n_links = sum(len(g.links) for g in golds)
    print(f"MEANTIME: {len(golds)} articles with {n_links} gold TLINKs")
    print(f"skipped (no creation time, or tokens not found in the text): {', '.join(skipped) or 'none'}")
    pipeline = Pipeline()
    started = time.perf_counter()
    breakdown: dict[str, list[int]] = {}
    rules: dict[str, list[int]] = {}
    scores = run_and_score(
        pipeline,
        golds,
        [pipeline.document(gold.text, gold.dct) for gold in golds],
        breakdown=breakdown if args.tlink_breakdown else None,
        rules=rules if args.tlink_rules else None,
    )
    print(f"pipeline run in {time.perf_counter() - started:.1f}s")
    for name in ("event_relaxed", "temporal_awareness"):
        c = getattr(scores, name)
        print(f"{name:<20} P {100 * c.precision:5.1f}  R {100 * c.recall:5.1f}  F1 {100 * c.f1:5.1f}")
    if args.tlink_breakdown:
        _print_breakdown(breakdown)
    if args.tlink_rules:
        _print_rule_rows(rules, args.rule_min_links)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
