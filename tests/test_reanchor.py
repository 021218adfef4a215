"""Re-anchoring: ``extract_timeline(t).reanchor(d)`` is ``extract_timeline(t, publication_date=d)``,
without parsing the text again."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.test_api import PastTenseWords
from tests.test_properties import PIECES

from timeline import Pipeline, Timeline
from timeline.reanchor import doc_from_replay, replay_from_doc

PIPELINE = Pipeline(detector=PastTenseWords())

HEADS = ["", "WASHINGTON, March 22, 2024 (AP) — ", "Published: 2023-11-02\n\n", "LONDON (Reuters) - "]
TAILS = ["", "\n\nCopyright © 2021 Example News.", "\n\n© 1999 Wire"]
bodies = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=14).map("".join)
texts = st.tuples(st.sampled_from(HEADS), bodies, st.sampled_from(TAILS)).map("".join)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@given(text=texts, published=dates)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_reanchor_equals_extracting_with_the_date(text: str, published: date) -> None:
    direct = PIPELINE(text, published)
    reanchored = PIPELINE(text).reanchor(published, pipeline=PIPELINE)
    assert reanchored.to_dict() == direct.to_dict()
    assert reanchored == direct


@given(text=texts, first=dates, second=dates)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_reanchoring_twice_and_through_json(text: str, first: date, second: date) -> None:
    once = PIPELINE(text, first)
    back = Timeline.from_json(once.to_json())
    assert back.reanchor(second, pipeline=PIPELINE).to_dict() == PIPELINE(text, second).to_dict()


def test_reanchor_moves_relative_times_and_keeps_full_dates() -> None:
    text = "The vote failed Friday. The deal was signed on March 3, 2021."
    tl = PIPELINE(text).reanchor("2024-03-24", pipeline=PIPELINE)
    assert tl.publication_date == date(2024, 3, 24)
    assert tl.publication_date_source is not None and tl.publication_date_source.method == "given"
    values = {t.text: t.value for t in tl.times}
    assert values == {"Friday": "2024-03-22", "March 3, 2021": "2021-03-03"}
    assert all(t.relative is None for t in tl.times)
    assert [e.time.value for e in tl] == ["2021-03-03", "2024-03-22"]


def test_reanchor_needs_a_date() -> None:
    tl = PIPELINE("The vote failed Friday.")
    with pytest.raises(ValueError, match="needs a publication date"):
        tl.reanchor(None, pipeline=PIPELINE)


def test_reanchor_refuses_times_without_partial_values() -> None:
    tl = PIPELINE("The vote failed Friday.", "2024-03-22")
    stripped = Timeline.from_dict(
        {**tl.to_dict(), "times": [{k: v for k, v in t.items() if k != "partial"} for t in tl.to_dict()["times"]]}
    )
    with pytest.raises(ValueError, match="no partial value"):
        stripped.reanchor("2024-03-29", pipeline=PIPELINE)


# --- with the spaCy parse ---------------------------------------------------------------------------
SPACY_TEXTS = [
    "The resolution failed Friday after Russia voted against it. Officials insisted last week that talks "
    "would go on, and the envoy said on Monday he had agreed to return next week.",
    "Shares dropped yesterday. Two days later, the company announced layoffs. The board will meet on Tuesday.",
    "The ceasefire began on Oct. 7, 2023. Hours later, fighting resumed. Talks are planned for next month.",
]


@cache
def spacy_pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.slow
def test_replay_rebuilds_the_parse(seed_text: str) -> None:
    pipeline = spacy_pipeline()
    parse = pipeline.document(seed_text).parse
    assert parse is not None
    replay = replay_from_doc(parse)
    rebuilt = doc_from_replay(seed_text, replay)
    assert rebuilt.text == seed_text
    assert replay_from_doc(rebuilt) == replay
    assert [s.start_char for s in rebuilt.sents] == [s.start_char for s in parse.sents]
    assert [t.lower_ for t in rebuilt] == [t.lower_ for t in parse]


@pytest.mark.slow
def test_replay_reads_what_the_tokens_say(seed_text: str) -> None:
    """The column-wise read equals reading every token's attributes one by one, lemmas set by
    hand included, on a text long enough to be parsed in joined chunks."""
    from timeline.nlp import CHUNK_CHARS

    text = (seed_text + "\n\n") * (CHUNK_CHARS // len(seed_text) + 2)
    parse = spacy_pipeline().document(text).parse
    assert parse is not None
    for token in list(parse)[::9]:
        token.lemma_ = token.lower_ + "-lemma"
    expected = {
        "starts": tuple(t.idx for t in parse),
        "ends": tuple(t.idx + len(t.text) for t in parse),
        "spaces": tuple(bool(t.whitespace_) for t in parse),
        "heads": tuple(t.head.i for t in parse),
        "deps": tuple(t.dep_ for t in parse),
        "tags": tuple(t.tag_ for t in parse),
        "pos": tuple(t.pos_ for t in parse),
        "lemmas": tuple(t.lemma_ for t in parse),
        "morphs": tuple(str(t.morph) for t in parse),
    }
    replay = replay_from_doc(parse)
    assert {name: getattr(replay, name) for name in expected} == expected
    assert "" in replay.morphs and any(m for m in replay.morphs)


@pytest.mark.slow
@given(
    index=st.integers(min_value=0, max_value=len(SPACY_TEXTS) - 1),
    published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_reanchor_with_the_parse_equals_extracting_with_the_date(index: int, published: date) -> None:
    pipeline = spacy_pipeline()
    text = SPACY_TEXTS[index]
    assert pipeline(text).reanchor(published, pipeline=pipeline).to_dict() == pipeline(text, published).to_dict()


@pytest.mark.slow
@given(published=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_seed_reanchored_to_any_date(seed_text: str, published: date) -> None:
    pipeline = spacy_pipeline()
    relative = _seed_relative(seed_text)
    assert relative.reanchor(published, pipeline=pipeline).to_dict() == pipeline(seed_text, published).to_dict()


@cache
def _seed_relative(seed_text: str) -> Timeline:
    return spacy_pipeline()(seed_text)


@pytest.mark.slow
def test_seed_reanchored_by_default_pipeline(seed_text: str, seed_timeline: Timeline) -> None:
    from timeline import extract_timeline

    assert extract_timeline(seed_text).reanchor("2024-03-22") == seed_timeline
