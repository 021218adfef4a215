"""The TempEval-3 harness: reading TimeML, span and attribute scores, temporal awareness."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.evaluation import Counts, parse_timeml, read_timeml, score_directories, score_documents
from timeline.evaluation.__main__ import main
from timeline.evaluation.annotate import annotate_directory, annotate_with_pipelines, load_pipeline
from timeline.evaluation.scorer import (
    align_spans,
    awareness_links,
    checked_links,
    link_constraints,
    temporal_awareness,
    transitive_reduction,
)
from timeline.evaluation.timeml import TimeMLDocument
from timeline.model import TimeExpression, Timeline, TimexType

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"
GOLD = FIXTURES / "gold"
SYSTEM = FIXTURES / "system"
REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@pytest.fixture
def corpus() -> Path:
    """The TempEval-3 training data next to the repo, or a skip when it is not there."""
    if not CORPUS.is_dir():
        pytest.skip(f"TempEval-3 corpus not found at {CORPUS}")
    return CORPUS


def _all_figures(counts: Counts) -> tuple[float, float, float]:
    return (counts.precision, counts.recall, counts.f1)


# --- reader -------------------------------------------------------------------------------------
def test_reader_offsets_are_into_the_text_content() -> None:
    doc = read_timeml(GOLD / "doc1.tml")
    assert doc.doc_id == "doc1"
    assert doc.dct_value == "1998-03-03"
    assert doc.dct is not None and doc.dct.isoformat() == "1998-03-03"
    assert doc.text.startswith("\nAcme said on Monday")
    assert "& after that" in doc.text  # entities unescaped, SIGNAL tags removed, text kept
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3"]  # t0 (DCT) and the TITLE timex are not in TEXT
    for item in (*doc.timexes, *doc.events):
        assert doc.text[item.start : item.end] == item.text
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("Monday", "1998-03-02"),
        ("the last year", "1997"),
        ("three days", "P3D"),
    ]
    assert [(e.text, e.event_class) for e in doc.events] == [
        ("said", "REPORTING"),
        ("rose", "OCCURRENCE"),
        ("lasted", "OCCURRENCE"),
    ]
    assert [(i.eiid, i.event_id, i.tense) for i in doc.instances] == [
        ("ei1", "e1", "PAST"),
        ("ei2", "e2", "PAST"),
        ("ei3", "e3", "PAST"),
    ]
    assert [(link.source, link.relation, link.target) for link in doc.links] == [
        ("ei1", "IS_INCLUDED", "t1"),
        ("ei2", "IS_INCLUDED", "t2"),
        ("ei2", "BEFORE", "ei1"),
        ("t1", "BEFORE", "t0"),
    ]  # the SLINK is not a TLINK


def test_reader_handles_nested_tags() -> None:
    doc = parse_timeml(
        '<TimeML><TEXT>a <TIMEX3 tid="t1" type="DATE" value="1998"><EVENT eid="e1" class="STATE">b</EVENT> c'
        "</TIMEX3> d</TEXT></TimeML>"
    )
    assert doc.text == "a b c d"
    assert (doc.timexes[0].start, doc.timexes[0].end) == (2, 5)
    assert (doc.events[0].start, doc.events[0].end) == (2, 3)
    assert doc.dct is None


# --- span scores --------------------------------------------------------------------------------
def test_gold_against_gold_is_perfect() -> None:
    scores = score_directories(GOLD, GOLD)
    for name, counts in scores.to_dict().items():
        if isinstance(counts, dict):
            assert (counts["precision"], counts["recall"], counts["f1"]) == (1.0, 1.0, 1.0), name
    assert scores.temporal_awareness.gold_total == 4


def test_empty_system_has_zero_recall(tmp_path: Path) -> None:
    gold = read_timeml(GOLD / "doc1.tml")
    empty = TimeMLDocument(doc_id="doc1", text=gold.text, dct_value=gold.dct_value)
    scores = score_documents([(gold, empty)])
    for counts in (scores.timex_relaxed, scores.timex_strict, scores.event_relaxed, scores.temporal_awareness):
        assert counts.recall == 0.0
        assert counts.f1 == 0.0
    assert scores.timex_relaxed.gold_total == 3
    # A system directory without the file scores the same way and says the file is missing.
    missing = score_directories(GOLD, tmp_path)
    assert missing.missing == ("doc1.tml",)
    assert missing.timex_relaxed.recall == 0.0
    assert score_directories(GOLD, tmp_path, present_only=True).documents == ()


def test_hand_computed_timex_and_event_scores() -> None:
    # Gold timexes: Monday, the last year, three days. System: Monday (exact, right value),
    # "last year" (overlap, right type, wrong value), "talks" (spurious).
    scores = score_directories(GOLD, SYSTEM)
    third, two_thirds = 1 / 3, 2 / 3
    assert _all_figures(scores.timex_strict) == pytest.approx((third, third, third))
    assert _all_figures(scores.timex_relaxed) == pytest.approx((two_thirds, two_thirds, two_thirds))
    assert scores.timex_type.f1 == pytest.approx(two_thirds)  # 2/2 types right x 2/3
    assert scores.timex_value.f1 == pytest.approx(third)  # 1/2 values right x 2/3
    assert scores.timex_value.accuracy == pytest.approx(0.5)
    # Gold events: said, rose, lasted. System: said (exact), "sales rose" (overlap, wrong class
    # and tense), "talks" (spurious).
    assert _all_figures(scores.event_strict) == pytest.approx((third, third, third))
    assert _all_figures(scores.event_relaxed) == pytest.approx((two_thirds, two_thirds, two_thirds))
    assert scores.event_class.f1 == pytest.approx(third)
    assert scores.event_tense.f1 == pytest.approx(third)
    assert scores.event_polarity.f1 == pytest.approx(two_thirds)


def test_hand_computed_temporal_awareness_through_alignment() -> None:
    # System links, renamed through the span alignment: ei1 IS_INCLUDED t1 (in gold);
    # ei2 BEFORE t0 (implied by gold: ei2 < ei1 < end of t1 < t0); an unaligned event AFTER t1.
    # Gold links found by the system graph: only ei1 IS_INCLUDED t1 of four.
    ta = score_directories(GOLD, SYSTEM).temporal_awareness
    assert (ta.sys_correct, ta.sys_total, ta.gold_found, ta.gold_total) == (2, 3, 1, 4)
    assert ta.precision == pytest.approx(2 / 3)
    assert ta.recall == pytest.approx(1 / 4)
    assert ta.f1 == pytest.approx(4 / 11)


def test_alignment_is_one_to_one_and_prefers_exact_spans() -> None:
    doc = parse_timeml(
        '<TimeML><TEXT><EVENT eid="e1" class="STATE">ab</EVENT><EVENT eid="e2" class="STATE">cd</EVENT></TEXT></TimeML>'
    )
    wide = parse_timeml('<TimeML><TEXT><EVENT eid="e9" class="STATE">abcd</EVENT></TEXT></TimeML>')
    pairs = align_spans(list(doc.events), list(wide.events))
    assert len(pairs) == 1  # one system tag cannot match two gold tags
    exact_second = parse_timeml(
        '<TimeML><TEXT>a<EVENT eid="e8" class="STATE">bc</EVENT><EVENT eid="e7" class="STATE">d</EVENT></TEXT></TimeML>'
    )
    pairs = align_spans(list(doc.events), list(exact_second.events))
    assert [(g.eid, s.eid) for g, s in pairs] == [("e1", "e8"), ("e2", "e7")]


# --- temporal awareness -------------------------------------------------------------------------
def test_closure_verifies_an_implied_link() -> None:
    gold = [("A", "BEFORE", "B"), ("B", "BEFORE", "C")]
    counts = temporal_awareness(gold, [("A", "BEFORE", "C")])
    assert counts.precision == 1.0  # A before C follows from the gold chain
    assert counts.recall == 0.0  # neither gold link follows from A before C alone
    assert temporal_awareness(gold, [("C", "BEFORE", "A")]).precision == 0.0


def test_closure_over_interval_relations() -> None:
    gold = [("A", "INCLUDES", "B"), ("B", "SIMULTANEOUS", "C"), ("D", "IBEFORE", "A")]
    assert temporal_awareness(gold, [("C", "IS_INCLUDED", "A")]).precision == 1.0
    assert temporal_awareness(gold, [("D", "BEFORE", "C")]).precision == 1.0  # D ends where A starts, before C
    assert temporal_awareness(gold, [("A", "BEGINS", "C")]).precision == 0.0
    # the inverse of a gold link is the same link and is verified
    assert temporal_awareness(gold, [("B", "IS_INCLUDED", "A")]).precision == 1.0


def test_duplicate_inverse_and_vague_links_count_once_or_not_at_all() -> None:
    counts = temporal_awareness(
        [("A", "BEFORE", "B"), ("B", "AFTER", "A"), ("A", "VAGUE", "C")], [("A", "BEFORE", "B")]
    )
    assert (counts.gold_total, counts.sys_total, counts.gold_found) == (1, 1, 1)
    assert link_constraints("A", "VAGUE", "B") is None


def test_redundant_links_are_reduced_before_counting() -> None:
    system = [("A", "BEFORE", "B"), ("B", "BEFORE", "C"), ("A", "BEFORE", "C")]
    gold = [("A", "BEFORE", "B")]
    reduced = temporal_awareness(gold, system)
    assert (reduced.sys_correct, reduced.sys_total) == (1, 2)  # A before C restates the chain
    assert reduced.recall == 1.0
    plain = temporal_awareness(gold, system, reduce=False)
    assert (plain.sys_correct, plain.sys_total) == (1, 3)
    assert len(transitive_reduction([c for s, r, t in system if (c := link_constraints(s, r, t))])) == 2


def test_checked_links_are_what_temporal_awareness_counts() -> None:
    gold = [("A", "BEFORE", "B"), ("B", "BEFORE", "C")]
    system = [("A", "BEFORE", "B"), ("B", "BEFORE", "C"), ("A", "BEFORE", "C"), ("C", "AFTER", "D")]
    ours, theirs = checked_links(gold, system)
    assert sorted((c.source, c.relation, c.target, c.verified) for c in ours) == [
        ("A", "BEFORE", "B", True),
        ("B", "BEFORE", "C", True),
        ("C", "AFTER", "D", False),  # each link keeps its own side's wording, the redundant A-C is reduced away
    ]
    assert all(c.verified for c in theirs)
    counts = temporal_awareness(gold, system)
    assert (counts.sys_correct, counts.sys_total) == (sum(c.verified for c in ours), len(ours))


def test_awareness_links_name_and_place_the_nodes() -> None:
    gold = parse_timeml(
        '<TimeML><TEXT>It <EVENT eid="e1" class="OCCURRENCE">rained</EVENT> on '
        '<TIMEX3 tid="t1" type="DATE" value="2024-03-18">Monday</TIMEX3>.</TEXT>'
        '<MAKEINSTANCE eiid="ei1" eventID="e1" />'
        '<TLINK relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />'
        '<TLINK relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" /></TimeML>'
    )
    system = parse_timeml(
        '<TimeML><TEXT>It <EVENT eid="e5" class="OCCURRENCE">rained</EVENT> on '
        '<TIMEX3 tid="t9" type="DATE" value="2024-03-18">Monday</TIMEX3>.</TEXT>'
        '<MAKEINSTANCE eiid="ei5" eventID="e5" />'
        '<TLINK relType="IS_INCLUDED" eventInstanceID="ei5" relatedToTime="t9" />'
        "</TimeML>"
    )
    ours, theirs, nodes = awareness_links(gold, system)
    assert [(c.source, c.relation, c.target, c.verified) for c in ours] == [("ei1", "IS_INCLUDED", "t1", True)]
    assert sorted((c.target, c.verified) for c in theirs) == [("t0", False), ("t1", True)]
    assert nodes == {"ei1": ("event", 3), "t1": ("timex", 13)}


# --- command line -------------------------------------------------------------------------------
def test_score_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(GOLD), str(SYSTEM), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["timex_relaxed"]["f1"] == pytest.approx(2 / 3)
    assert figures["documents"] == 1


def test_score_command_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(GOLD), str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "timex_value" in out and "100.00" in out


def test_subdirectories_are_matched_by_relative_path(tmp_path: Path) -> None:
    for side, source in (("gold", GOLD), ("sys", SYSTEM)):
        (tmp_path / side / "Sub").mkdir(parents=True)
        shutil.copy(source / "doc1.tml", tmp_path / side / "Sub" / "doc1.tml")
    scores = score_directories(tmp_path / "gold", tmp_path / "sys")
    assert [d.doc_id for d in scores.documents] == ["Sub/doc1.tml"]
    assert scores.subset(lambda doc_id: doc_id.startswith("Sub/")).timex_relaxed.f1 == pytest.approx(2 / 3)
    assert scores.subset(lambda doc_id: doc_id.startswith("Other/")).timex_relaxed.gold_total == 0


# --- corpus -------------------------------------------------------------------------------------
@pytest.mark.corpus
def test_corpus_gold_against_itself(corpus: Path) -> None:
    scores = score_directories(corpus, corpus)
    assert len(scores.documents) == 256
    assert scores.timex_relaxed.gold_total == 1243 + 579  # the README's counts of timexes in TEXT
    for name in ("timex_strict", "timex_value", "event_strict", "event_class", "event_tense", "temporal_awareness"):
        assert getattr(scores, name).f1 == 1.0, name


# --- annotate -----------------------------------------------------------------------------------
def find_monday(text: str, publication_date: date | None = None) -> Timeline:
    """A stand-in pipeline: tags every "Monday" as the day before the publication date."""
    value = (publication_date - timedelta(days=1)).isoformat() if publication_date else None
    times = tuple(
        TimeExpression(id=f"t{i + 1}", text=m.group(), start=m.start(), end=m.end(), type=TimexType.DATE, value=value)
        for i, m in enumerate(re.finditer("Monday", text))
    )
    return Timeline(text=text, publication_date=publication_date, times=times)


def broken(text: str, publication_date: date | None = None) -> Timeline:
    """A stand-in pipeline that fails, or changes the text, depending on the document."""
    if "Acme" in text:
        raise RuntimeError("boom")
    return Timeline(text=text.strip(), publication_date=publication_date)


def test_annotate_command_feeds_the_pipeline_text_and_dct(tmp_path: Path) -> None:
    assert main(["annotate", str(GOLD), str(tmp_path), "--pipeline", "test_evaluation:find_monday"]) == 0
    written = read_timeml(tmp_path / "doc1.tml")
    gold = read_timeml(GOLD / "doc1.tml")
    assert written.text == gold.text
    assert written.dct_value == "1998-03-03"
    assert [(t.text, t.value) for t in written.timexes] == [("Monday", "1998-03-02")]
    scores = score_directories(GOLD, tmp_path)
    assert (scores.timex_strict.sys_correct, scores.timex_strict.gold_total) == (1, 3)
    assert scores.timex_value.accuracy == 1.0


def test_annotate_reports_failures_and_still_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotate", str(GOLD), str(tmp_path / "a"), "--pipeline", "test_evaluation:broken"]) == 1
    assert "RuntimeError: boom" in capsys.readouterr().err
    assert read_timeml(tmp_path / "a" / "doc1.tml").timexes == ()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.tml").write_text("<TimeML><TEXT>\n padded \n</TEXT></TimeML>")
    report = annotate_directory(tmp_path / "in", tmp_path / "b", extract=lambda t, d: broken(t, d))
    assert [why for _, why in report.failures] == [
        "ValueError: the pipeline changed the text, so its offsets cannot be scored"
    ]


def test_several_pipelines_write_to_their_own_folders(tmp_path: Path) -> None:
    names = ["test_evaluation:find_monday", "test_evaluation:broken"]
    reports = annotate_with_pipelines(GOLD, tmp_path, names)
    assert len(reports["test_evaluation:find_monday"].written) == 1
    assert (tmp_path / "test_evaluation.find_monday" / "doc1.tml").is_file()
    assert (tmp_path / "test_evaluation.broken" / "doc1.tml").is_file()
    with pytest.raises(AttributeError):
        load_pipeline("test_evaluation:no_such_function")


def test_pipeline_specs(tmp_path: Path) -> None:
    assert main(["annotate", str(GOLD), str(tmp_path), "--pipeline", "timex-only"]) == 0
    written = read_timeml(tmp_path / "doc1.tml")
    assert written.events == ()  # the resolver-only pipeline finds no events
    assert "Monday" in [t.text for t in written.timexes]
    with pytest.raises(ValueError, match="unknown stage kind"):
        load_pipeline("resolvr=rules")
    with pytest.raises(KeyError):
        load_pipeline("resolver=no-such-resolver")
