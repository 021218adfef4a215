"""Events and TLINKs from raw text on TempEval-3 (Task B and temporal awareness).

Usage::

    .venv/bin/python benchmarks/events_tempeval.py [--split AQUAINT|TimeBank] [--limit N] [--learned-order]
    .venv/bin/python benchmarks/events_tempeval.py --tlink-breakdown [--split ...]  # TLINK awareness by kind
    .venv/bin/python benchmarks/events_tempeval.py --tlink-rules [--split ...]  # each link rule against the gold
    .venv/bin/python benchmarks/events_tempeval.py --factuality [--limit N]   # and MEANTIME event mentions by model
    .venv/bin/python benchmarks/events_tempeval.py --cross-validate K [--cache DIR] [--limit N] [--class-confusion]

Runs the whole pipeline (dates, events, ordering) on each document's raw ``<TEXT>`` with its DCT
as publication date, writes TimeML, reads it back and scores it against the gold file with the
project's TempEval-3 scorer: event span F1 (strict/relaxed), class/tense/aspect/polarity
attribute F1, and temporal awareness of the TLINKs. The shipped event model is learned from
TimeBank and AQUAINT (``scripts/train_event_lexicon.py``); so that the AQUAINT figures (default)
stay held out, this run trains a TimeBank-only model first (about half a minute) and says so.
``--split TimeBank`` is not held out and says so too. Several ``--threshold`` values score the
same parses with each setting of a detector without a detection model (``--no-learned``).
``--learned-order`` adds the links of the pair-order classifier (``AnchoringOrderer(learned_order=True)``,
off by default) to the rules', to see what it adds to temporal awareness.
``--tlink-breakdown`` then splits temporal awareness by kind of link (event-DCT, event-timex in
the same sentence, event-event in the same or adjacent sentences...): for each kind, the gold
links and how many of them our closure verifies (recall), our links and how many the gold closure
verifies (precision), over the transitively reduced graphs the score counts.
``--tlink-rules [--rule-min-links N]`` checks every link the timeline states (not reduced), grouped by the rule that
made it (its reason with the quoted words and dates blanked; ``anchor: ...`` for the entries'
links to their times), against the gold closure: verified, contradicted (the gold closure
implies an incompatible order of their endpoints), undecided (both ends are gold nodes, the gold
closure says nothing) or unaligned; accuracy is verified / (verified + contradicted).

``--cross-validate K`` is document-level K-fold cross-validation over all of TBAQ (TimeBank and
AQUAINT): documents are dealt into K folds in a fixed shuffled order; for each fold the learned
lexicon and class model are trained (``train`` of ``scripts/train_event_lexicon.py``) on the other
folds only, and the detector's events on the held-out fold are scored (event span F1 and class
F1, no TLINKs). The figures are pooled (micro) over all folds, so no document is scored by a
model that saw it. Parses are cached as spaCy ``DocBin`` files under ``--cache``. With
``--class-confusion`` it also prints the class confusion of the held-out TimeBank and AQUAINT
documents (alone, ``--class-confusion`` prints that of ``--split`` with the model it is scored with).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import importlib.util
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.evaluation.scorer import DocumentCounts, Scores, awareness_links, link_constraints, score_pair
from timeline.evaluation.timeml import TimeMLDocument, TimeMLEvent, parse_timeml, read_timeml
from timeline.events import LearnedLexicon, SpacyEventDetector, factualities, learned_from_dict, load_learned
from timeline.model import Polarity, Tense
from timeline.nlp import load_model, parse
from timeline.ordering import AnchoringOrderer
from timeline.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
DEFAULT_CACHE = Path("/tmp") / "timeline-tbaq-parses"
MEANTIME = REPO.parent / "shared" / "data" / "meantime" / "intra-doc_annotation"
if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ROWS = (
    "event_strict",
    "event_relaxed",
    "event_class",
    "event_tense",
    "event_aspect",
    "event_polarity",
    "temporal_awareness",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="AQUAINT", choices=("AQUAINT", "TimeBank"))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.5])
    parser.add_argument("--verb-threshold", type=float, nargs="*", default=[0.3])
    parser.add_argument("--no-learned", action="store_true", help="hand lexicons only (the detector before training)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--factuality", action="store_true", help="score factuality on MEANTIME instead")
    parser.add_argument(
        "--cross-validate", type=int, default=None, metavar="K", help="K-fold cross-validation over all of TBAQ"
    )
    parser.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parses for training are cached")
    parser.add_argument(
        "--learned-order",
        action="store_true",
        help="add the pair-order classifier's links to the rules' (off by default)",
    )
    parser.add_argument(
        "--tlink-breakdown", action="store_true", help="split temporal awareness by kind of link (event-DCT...)"
    )
    parser.add_argument("--tlink-rules", action="store_true", help="check each link rule against the gold closure")
    parser.add_argument(
        "--rule-min-links", type=int, default=5, metavar="N", help="--tlink-rules lists rules with N or more links"
    )
    parser.add_argument(
        "--class-confusion",
        action="store_true",
        help="gold x predicted TimeML class of the matched events (of the held-out folds with --cross-validate)",
    )
    args = parser.parse_args(argv)
    if args.class_confusion and args.cross_validate is None:
        return _class_confusion(args.split, Path(args.corpus), Path(args.cache), args.limit)
    if args.factuality:
        return _factuality(MEANTIME, args.limit)
    if args.cross_validate is not None:
        return _cross_validate(
            Path(args.corpus), args.cross_validate, Path(args.cache), args.limit, confusion=args.class_confusion
        )
    folder = Path(args.corpus) / args.split
    files = sorted(folder.glob("*.tml"))[: args.limit]
    if not files:
        print(f"corpus not found: {folder}", file=sys.stderr)
        return 2
    base = Pipeline()
    started = time.perf_counter()
    golds = [read_timeml(p) for p in files]
    documents = [base.document(g.text, g.dct) for g in golds]
    parse_s = time.perf_counter() - started
    print(f"TempEval-3 {args.split}: {len(files)} documents, parsed in {parse_s:.1f}s")
    learned: bool | LearnedLexicon = False
    if not args.no_learned:
        learned, note = held_out_learned(args.split, Path(args.corpus), Path(args.cache))
        print(note)
    print(f"{'setting':<22}" + "".join(f"{r.replace('temporal_awareness', 'TLINK awareness'):>20}" for r in ROWS))
    settings = [(t, v) for t in args.threshold for v in args.verb_threshold]
    for threshold, verb_threshold in settings:
        detector = SpacyEventDetector(learned=learned, threshold=threshold, verb_threshold=verb_threshold)
        orderer: AnchoringOrderer | str = AnchoringOrderer(learned_order=True) if args.learned_order else "anchored"
        pipeline = Pipeline(detector=detector, orderer=orderer)
        t0 = time.perf_counter()
        breakdown: dict[str, list[int]] = {}
        rules: dict[str, list[int]] = {}
        scores = run_and_score(
            pipeline,
            golds,
            documents,
            breakdown=breakdown if args.tlink_breakdown else None,
            rules=rules if args.tlink_rules else None,
        )
        if detector.learned is not None and detector.learned.detection_model is not None:
            label = f"learned model ({time.perf_counter() - t0:.1f}s)"  # the thresholds are not used
        else:
            kind = "hand" if detector.learned is None else "learned"
            label = f"{kind} t={threshold:g}/{verb_threshold:g} ({time.perf_counter() - t0:.1f}s)"
        _print_row(label, scores, ROWS)
        if args.tlink_breakdown:
            _print_breakdown(breakdown)
        if args.tlink_rules:
            _print_rule_rows(rules, args.rule_min_links)
    print("cells: precision/recall/F1 in percent, micro-averaged")
    return 0


def run_and_score(
    pipeline: Pipeline,
    golds: list[TimeMLDocument],
    documents: list[Any],
    *,
    breakdown: dict[str, list[int]] | None = None,
    rules: dict[str, list[int]] | None = None,
) -> Scores:
    """Run ``pipeline`` on each prepared document, write its TimeML, read it back and score it
    against its gold; with ``breakdown`` / ``rules``, add each document's links to them too."""
    counts = []
    for gold, document in zip(golds, documents, strict=True):
        timeline = pipeline.run(document)
        system = parse_timeml(timeline.to_timeml(doc_id=gold.doc_id), default_id=gold.doc_id)
        counts.append(score_pair(gold, system))
        if breakdown is not None:
            _add_breakdown(breakdown, gold, system, document)
        if rules is not None:
            _add_rule_rows(rules, gold, system, timeline)
    return Scores(documents=tuple(counts))


def _link_kind(source: str, target: str, nodes: dict[str, tuple[str, int]], sentence_starts: list[int]) -> str:
    """The kind of a TLINK by what it joins and how far apart: "event-DCT", "event-timex same
    sentence", "event-event adjacent sentences"... (unaligned nodes are placed by their own span)."""
    if "t0" in (source, target):
        other = nodes.get(target if source == "t0" else source)
        return f"{other[0] if other else '?'}-DCT"
    a, b = nodes.get(source), nodes.get(target)
    if a is None or b is None:
        return "unknown node"
    kinds = "-".join(sorted((a[0], b[0])))
    apart = abs(bisect.bisect_right(sentence_starts, a[1]) - bisect.bisect_right(sentence_starts, b[1]))
    return f"{kinds} {('same sentence', 'adjacent sentences')[apart] if apart < 2 else 'farther'}"


def _add_breakdown(
    breakdown: dict[str, list[int]], gold: TimeMLDocument, system: TimeMLDocument, document: Any
) -> None:
    """Adds one document's counted links to ``breakdown``: kind -> [gold, gold verified by our
    closure, ours, ours verified by the gold closure]."""
    sys_links, gold_links, nodes = awareness_links(gold, system)
    parse_ = document.parse
    starts = [s.start_char for s in parse_.sents] if parse_ is not None else [0]
    for links, offset in ((gold_links, 0), (sys_links, 2)):
        for link in links:
            row = breakdown.setdefault(_link_kind(link.source, link.target, nodes, starts), [0, 0, 0, 0])
            row[offset] += 1
            row[offset + 1] += link.verified


def _print_breakdown(breakdown: dict[str, list[int]]) -> None:
    """The temporal awareness counts by kind of link, largest gold share first."""
    print(f"  {'kind of link':<34}{'gold':>7}{'found':>7}{'R':>7}{'ours':>7}{'right':>7}{'P':>7}")
    total = [sum(row[i] for row in breakdown.values()) for i in range(4)]
    for kind, row in [*sorted(breakdown.items(), key=lambda item: (-item[1][0], -item[1][2])), ("all", total)]:
        recall = 100 * row[1] / row[0] if row[0] else 0.0
        precision = 100 * row[3] / row[2] if row[2] else 0.0
        print(f"  {kind:<34}{row[0]:7d}{row[1]:7d}{recall:7.1f}{row[2]:7d}{row[3]:7d}{precision:7.1f}")


_QUOTED = re.compile(r'"[^"]*"|\([^)]*\)|p=[0-9.]+')
_MENTIONED = re.compile(r"the \S+ mentioned")
_DATED = re.compile(r"(on or (before|after) )?[0-9X]{4}\S*( to \S+)?|DTMO|[A-Z]+_REF")


def _rule_of(reason: str) -> str:
    """A link's reason with its words and dates blanked: the rule that made it."""
    return _MENTIONED.sub("the N mentioned", _DATED.sub("D", _QUOTED.sub("X", reason)))[:80]


def _add_rule_rows(rules: dict[str, list[int]], gold: TimeMLDocument, system: TimeMLDocument, timeline: Any) -> None:
    """Adds one document's links to ``rules``: rule -> [verified, contradicted, undecided, unaligned]
    against the gold closure (see the module docstring). Uses the scorer's closure and alignment."""
    from timeline.evaluation.scorer import _by_constraints, _Closure, _first_instances, _link_graphs, align_spans

    timex_pairs = align_spans(list(gold.timexes), list(system.timexes))
    event_pairs = align_spans(list(gold.events), list(system.events))
    closure = _Closure(_by_constraints(_link_graphs(gold, system, timex_pairs, event_pairs)[0]).keys())
    name = {"t0": "t0"} | {s.tid: g.tid for g, s in timex_pairs}  # our node -> the gold node it aligns to
    gold_first, gold_event = _first_instances(gold), {s.eid: g for g, s in event_pairs}
    for instance in system.instances:  # the writer's eventID is the timeline's event id
        aligned = gold_event.get(instance.event_id)
        if aligned is not None and aligned.eid in gold_first:
            name[instance.event_id] = gold_first[aligned.eid]
    written = {t.tid for t in system.timexes} | {"t0"}
    stated = [
        (e.event.id, e.relation.value, e.time.timex_id, f"anchor: {e.placement.value}")
        for e in timeline.entries
        if e.time.timex_id in written
    ]
    stated += [(link.source, link.relation.value, link.target, _rule_of(link.reason)) for link in timeline.links]
    for source, relation, target, rule in stated:
        row = rules.setdefault(rule, [0, 0, 0, 0])
        constraints = link_constraints(name.get(source, "?"), relation, name.get(target, "?"))
        if source not in name or target not in name or constraints is None:
            row[3] += 1
        elif closure.verifies(constraints):
            row[0] += 1
        elif any(_contradicts(closure, c) for c in constraints):
            row[1] += 1
        else:
            row[2] += 1


def _contradicts(closure: Any, constraint: tuple[str, tuple[str, str], tuple[str, str]]) -> bool:
    """Whether ``closure`` implies the opposite of one endpoint constraint (``<`` or ``=``)."""
    op, a, b = constraint
    if op == "<":
        return bool(closure.implies(("<", b, a)) or closure.implies(("=", min(a, b), max(a, b))))
    return bool(closure.implies(("<", a, b)) or closure.implies(("<", b, a)))


def _print_rule_rows(rules: dict[str, list[int]], min_links: int = 5) -> None:
    """The links of each rule against the gold closure, most links first (rules with ``min_links``
    or more: the small ones are mostly noise, but a new rule's few links are worth seeing)."""
    print(f"  {'rule':<82}{'right':>7}{'wrong':>7}{'undec':>7}{'unal':>7}{'acc':>7}")
    for rule, (right, wrong, undecided, unaligned) in sorted(rules.items(), key=lambda item: -sum(item[1])):
        if right + wrong + undecided + unaligned >= min_links:
            accuracy = 100 * right / (right + wrong) if right + wrong else 0.0
            print(f"  {rule:<82}{right:7d}{wrong:7d}{undecided:7d}{unaligned:7d}{accuracy:7.1f}")


def _print_row(label: str, scores: Scores, rows: tuple[str, ...] | list[str]) -> None:
    """One table row: precision/recall/F1 in percent of each of ``rows`` in ``scores``."""
    cells = []
    for row in rows:
        c = getattr(scores, row)
        cells.append(f"{100 * c.precision:6.1f}/{100 * c.recall:5.1f}/{100 * c.f1:5.1f}")
    print(f"{label:<22}" + "".join(f"{c:>20}" for c in cells))


def held_out_learned(split: str, corpus: Path = CORPUS, cache: Path = DEFAULT_CACHE) -> tuple[LearnedLexicon, str]:
    """The learned event lexicon to score ``split`` ("AQUAINT" or "TimeBank") of TBAQ with, and a line saying
    whether it is held out. The shipped one when it was not trained on ``split``; for AQUAINT, when the shipped
    one was, a model trained now on TimeBank only (about half a minute; parses cached under ``cache``). Other
    benchmarks that run the detector on AQUAINT can call this to keep AQUAINT held out."""
    shipped = load_learned("en")
    if shipped is None:
        raise FileNotFoundError("no learned event lexicon is shipped")
    corpora = " + ".join(shipped.corpora)
    if split not in shipped.corpora:
        return shipped, f"held out: the shipped event model was trained on {corpora}"
    if split != "AQUAINT":
        return shipped, (
            f"NOT HELD OUT: the shipped event model was trained on {corpora}, these documents included "
            "(held-out figures: benchmarks/events_tempeval.py --cross-validate 10)"
        )
    started = time.perf_counter()
    nlp = load_model()
    golds = [read_timeml(p) for p in sorted((corpus / "TimeBank").glob("*.tml"))]
    docs = _parses(golds, nlp, cache)
    learned = learned_from_dict(_trainer()(zip(golds, docs, strict=True), nlp=nlp, corpora=("TimeBank",)))
    return learned, (
        f"the shipped event model was trained on {corpora}: scoring a model trained now on TimeBank only "
        f"({time.perf_counter() - started:.1f}s), so AQUAINT is held out"
    )


def _trainer() -> Any:
    """``train`` of ``scripts/train_event_lexicon.py`` (a script, not a module of the package)."""
    spec = importlib.util.spec_from_file_location("train_event_lexicon", REPO / "scripts" / "train_event_lexicon.py")
    if spec is None or spec.loader is None:
        raise ImportError("scripts/train_event_lexicon.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.train


def _parses(golds: list[TimeMLDocument], nlp: Language, cache: Path) -> list[Doc]:
    """The parse of each gold text, read from ``cache`` when the same model parsed the same texts before."""
    import spacy
    from spacy.tokens import DocBin

    key = hashlib.sha256()
    key.update(f"{spacy.__version__}|{nlp.meta.get('name')}|{nlp.meta.get('version')}|{nlp.pipe_names}".encode())
    for gold in golds:
        key.update(gold.text.encode("utf-8") + b"\0")
    path = cache / f"{key.hexdigest()[:16]}.spacy"
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [g.text for g in golds]:
            return docs
    docs = [parse(nlp, g.text) for g in golds]
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def _cross_validate(corpus: Path, k: int, cache: Path, limit: int | None, *, confusion: bool = False) -> int:
    """K-fold cross-validation (see the module docstring); with ``confusion``, also the class confusion of the
    held-out events of each corpus (:func:`_add_confusion`), the errors to develop on without touching AQUAINT's
    held-out run."""
    # --limit N: a quick run on the first N documents of each corpus
    files = [p for split in ("TimeBank", "AQUAINT") for p in sorted((corpus / split).glob("*.tml"))[:limit]]
    if len(files) < k or k < 2:
        print(f"need K >= 2 and K documents under {corpus}/TimeBank and /AQUAINT (found {len(files)})", file=sys.stderr)
        return 2
    train = _trainer()
    nlp = load_model()
    started = time.perf_counter()
    golds = [read_timeml(p) for p in files]
    split_of = {g.doc_id: p.parent.name for g, p in zip(golds, files, strict=True)}
    docs = _parses(golds, nlp, cache)
    parse_s = time.perf_counter() - started
    order = list(range(len(files)))
    random.Random(0).shuffle(order)
    fold_of = {i: n % k for n, i in enumerate(order)}
    counts: list[DocumentCounts] = []
    matrices: dict[str, tuple[Counter[tuple[str, str]], Counter[tuple[str, str, str]]]] = {
        split: (Counter(), Counter()) for split in ("TimeBank", "AQUAINT")
    }
    train_s = detect_s = 0.0
    for fold in range(k):
        t0 = time.perf_counter()
        trained = train(
            ((golds[i], docs[i]) for i in range(len(files)) if fold_of[i] != fold),
            nlp=nlp,
            corpora=("TimeBank", "AQUAINT"),
        )
        detector = SpacyEventDetector(learned=learned_from_dict(trained))
        t1 = time.perf_counter()
        train_s += t1 - t0
        for i in (i for i in range(len(files)) if fold_of[i] == fold):
            events = detector.detect(docs[i], nlp=nlp)
            if confusion:
                _add_confusion(*matrices[split_of[golds[i].doc_id]], golds[i], events)
            system = TimeMLDocument(
                doc_id=golds[i].doc_id,
                text=golds[i].text,
                events=tuple(
                    TimeMLEvent(eid=e.id, event_class=e.event_class.value, start=e.start, end=e.end, text=e.text)
                    for e in events
                ),
            )
            counts.append(score_pair(golds[i], system))
        detect_s += time.perf_counter() - t1
    scores = Scores(documents=tuple(counts))
    print(
        f"TBAQ {k}-fold cross-validation by document: {len(files)} documents "
        f"(parsed or read from cache in {parse_s:.1f}s, trained in {train_s:.1f}s, detected in {detect_s:.1f}s)"
    )
    rows = ("event_strict", "event_relaxed", "event_class")
    print(f"{'held-out documents':<22}" + "".join(f"{r:>20}" for r in rows))
    for name, subset in (
        ("all (pooled)", scores),
        ("TimeBank", scores.subset(lambda d: split_of.get(d) == "TimeBank")),
        ("AQUAINT", scores.subset(lambda d: split_of.get(d) == "AQUAINT")),
    ):
        _print_row(name, subset, rows)
    print("cells: precision/recall/F1 in percent, micro-averaged over the held-out folds")
    if confusion:
        for split, (matrix, wrong) in matrices.items():
            print(f"\nclass confusion of the held-out {split} documents")
            _print_confusion(matrix, wrong)
    return 0


def _read_meantime(path: Path) -> tuple[str, dict[int, bool]]:
    """The text (tokens joined by spaces, a line per sentence) and, by character offset of each
    event mention's last token, whether the mention is non-factual."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, int] = {}
    sentence = None
    length = 0
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            parts.append("\n")
            length += 1
        elif parts:
            parts.append(" ")
            length += 1
        sentence = token.get("sentence")
        offsets[token.get("t_id", "")] = length
        parts.append(token.text or "")
        length += len(token.text or "")
    gold: dict[int, bool] = {}
    for mention in root.iter("EVENT_MENTION"):
        anchors = [a.get("t_id", "") for a in mention.iter("token_anchor")]
        if not anchors:
            continue
        non_factual = (
            mention.get("polarity") == "NEG"
            or mention.get("certainty") in ("POSSIBLE", "PROBABLE")
            or mention.get("time") == "FUTURE"
        )
        gold[offsets[anchors[-1]]] = non_factual
    return "".join(parts), gold


def _factuality(folder: Path, limit: int | None) -> int:
    files = sorted(folder.rglob("*.xml"))[:limit]
    if not files:
        print(f"corpus not found: {folder}", file=sys.stderr)
        return 2
    nlp = load_model()
    detector = SpacyEventDetector()
    counts = {"polarity+modality": [0, 0, 0], "... or future tense": [0, 0, 0], "factuality": [0, 0, 0]}  # tp, fp, fn
    aligned = 0
    for path in files:
        text, gold = _read_meantime(path)
        doc = parse(nlp, text)
        events = detector.detect(doc, nlp=nlp)
        found = factualities(doc, events, nlp=nlp)
        for event in events:
            truth = gold.get(event.start)
            if truth is None:
                continue
            aligned += 1
            future = event.tense is Tense.FUTURE
            flags = {
                "polarity+modality": event.polarity is Polarity.NEG or event.is_hypothetical,
                "... or future tense": event.polarity is Polarity.NEG or event.is_hypothetical or future,
                "factuality": future or found[event.id].value in ("hypothetical", "negated"),
            }
            for name, flagged in flags.items():
                c = counts[name]
                c[0] += flagged and truth
                c[1] += flagged and not truth
                c[2] += truth and not flagged
    print(f"MEANTIME: {len(files)} documents, {aligned} detected events aligned to a gold mention")
    print(f"{'flag non-factual by':<20}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<20}{100 * p:10.1f}{100 * r:10.1f}{100 * f:8.1f}")
    _meantime_mentions(files, nlp, detector)
    return 0


def _meantime_mentions(files: list[Path], nlp: Language, shipped: SpacyEventDetector) -> None:
    """Event mentions found on MEANTIME (news none of the models saw) by the shipped model and by one trained
    on TimeBank only. MEANTIME's guidelines are not TimeML's (fewer events: no states, fewer nouns), so the
    figures compare models; they are not a TimeML score. A detected event is right when it starts at the last
    word of a gold mention."""
    learned, _ = held_out_learned("AQUAINT")
    models = [(f"shipped ({' + '.join(shipped.learned.corpora) if shipped.learned else 'hand'})", shipped)]
    if learned is not shipped.learned:
        models.append(("TimeBank only", SpacyEventDetector(learned=learned)))
    texts = [_read_meantime(path) for path in files]
    docs = [parse(nlp, text) for text, _ in texts]
    print("\nMEANTIME event mentions (other guidelines than TimeML: compares models, is no TimeML score)")
    print(f"{'event model':<28}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, detector in models:
        tp = n_sys = n_gold = 0
        for (_, gold), doc in zip(texts, docs, strict=True):
            starts = {e.start for e in detector.detect(doc, nlp=nlp)}
            tp += len(starts & gold.keys())
            n_sys += len(starts)
            n_gold += len(gold)
        p, r = tp / n_sys if n_sys else 0.0, tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<28}{100 * p:10.1f}{100 * r:10.1f}{100 * f:8.1f}")


def _class_confusion(split: str, corpus: Path, cache: Path, limit: int | None) -> int:
    """Gold class by predicted class of the detected events that overlap a gold event (the events the class F1
    counts), with the model ``held_out_learned`` gives ``split``, and the lemmas most often given a wrong class."""
    golds = [read_timeml(p) for p in sorted((corpus / split).glob("*.tml"))[:limit]]
    nlp = load_model()
    docs = _parses(golds, nlp, cache)
    learned, note = held_out_learned(split, corpus, cache)
    print(note)
    detector = SpacyEventDetector(learned=learned)
    matrix: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    for gold, doc in zip(golds, docs, strict=True):
        _add_confusion(matrix, wrong, gold, detector.detect(doc, nlp=nlp))
    _print_confusion(matrix, wrong)
    return 0


def _add_confusion(
    matrix: Counter[tuple[str, str]], wrong: Counter[tuple[str, str, str]], gold: TimeMLDocument, events: Any
) -> None:
    """Adds the detected ``events`` that overlap a gold event of ``gold`` to ``matrix`` (gold, predicted class)
    and the wrongly classed ones to ``wrong`` (lemma, gold, predicted)."""
    starts = sorted((e.start, e.end, e.event_class) for e in gold.events)
    for event in events:
        k = bisect.bisect_left(starts, (event.end,)) - 1
        if k < 0 or starts[k][1] <= event.start:
            continue
        truth, guess = starts[k][2], event.event_class.value
        matrix[truth, guess] += 1
        if truth != guess:
            wrong[event.lemma, truth, guess] += 1


def _print_confusion(matrix: Counter[tuple[str, str]], wrong: Counter[tuple[str, str, str]]) -> None:
    """The gold x predicted class table, the class accuracy and the 25 most frequent wrongly classed lemmas."""
    classes = sorted({c for pair in matrix for c in pair})
    print(f"{'gold/predicted':<14}" + "".join(f"{c[:9]:>10}" for c in classes) + f"{'accuracy':>10}")
    for truth in classes:
        row = [matrix[truth, guess] for guess in classes]
        accuracy = 100 * matrix[truth, truth] / max(1, sum(row))
        print(f"{truth[:13]:<14}" + "".join(f"{n:10d}" for n in row) + f"{accuracy:9.1f}%")
    total = sum(matrix.values())
    right = sum(matrix[c, c] for c in classes)
    print(f"{total} matched events, class accuracy {100 * right / max(1, total):.1f}%; most frequent errors:")
    for (lemma, truth, guess), n in wrong.most_common(25):
        print(f"  {n:4d}  {lemma:<16} {truth} -> {guess}")


if __name__ == "__main__":
    sys.exit(main())
