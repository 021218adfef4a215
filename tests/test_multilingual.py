"""The dateparser-backed resolver: dates in French, German and Spanish news sentences."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from timeline import extract_timeline
from timeline.evaluation.annotate import NoEvents
from timeline.model import AnchorKind, TimeExpression, TimexType
from timeline.pipeline import Document, Pipeline
from timeline.registry import available
from timeline.resolver.multilingual import DateparserResolver

PUBLISHED = date(2024, 3, 23)


def times(text: str, languages: tuple[str, ...], published: date | None = PUBLISHED) -> list[TimeExpression]:
    """The times of the pipeline run end to end, events left out (the spaCy detector is English)."""
    pipeline = Pipeline(resolver=DateparserResolver(languages=languages), detector=NoEvents())
    timeline = extract_timeline(text, publication_date=published, pipeline=pipeline)
    for timex in timeline.times:
        assert text[timex.start : timex.end] == timex.text
        assert timex.rule == "dateparser"
    return list(timeline.times)


def found(text: str, languages: tuple[str, ...], published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times(text, languages, published)]


def test_french_full_date_and_yesterday() -> None:
    text = "Le vote a échoué vendredi 22 mars 2024. Hier, le ministre a démissionné."
    result = times(text, ("fr",))
    assert [(t.id, t.text, t.value) for t in result] == [
        ("t1", "vendredi 22 mars 2024", "2024-03-22"),
        ("t2", "Hier", "2024-03-22"),
    ]
    full, yesterday = result
    assert full.type is TimexType.DATE and full.anchor.kind is AnchorKind.NONE
    assert full.interval is not None and full.interval.earliest == "2024-03-22"
    assert yesterday.anchor.kind is AnchorKind.PUBLICATION_DATE and yesterday.anchor.value == "2024-03-23"
    assert "1 day ago" in yesterday.explanation and "2024-03-23" in yesterday.explanation


def test_german_date_drops_the_preposition() -> None:
    text = "Die Hamas griff Israel am 7. Oktober 2023 an. Gestern sagte der Minister, 1990 sei alles anders gewesen."
    # "Die" is dateparser's abbreviation of Dienstag and "1990" a bare number: neither is a date here.
    assert found(text, ("de",)) == [("7. Oktober 2023", "2023-10-07"), ("Gestern", "2024-03-22")]


def test_spanish_date_yesterday_and_clock_time() -> None:
    text = "El parlamento votó el 18 de marzo de 2024. Ayer, el presidente habló a las 15:30."
    result = times(text, ("es",))
    assert [(t.text, t.value) for t in result] == [
        ("18 de marzo de 2024", "2024-03-18"),
        ("Ayer", "2024-03-22"),
        ("15:30", "2024-03-23T15:30"),
    ]
    assert result[2].type is TimexType.TIME


def test_granularity_month_and_year() -> None:
    text = "Le gouvernement a annoncé ces mesures en mai 2023, puis le vote a eu lieu l'année dernière."
    result = times(text, ("fr",))
    assert [(t.text, t.value) for t in result] == [("mai 2023", "2023-05"), ("l'année dernière", "2023")]
    assert [t.interval.granularity.value for t in result if t.interval] == ["month", "year"]


def test_ago_takes_in_its_words_and_durations_are_skipped() -> None:
    text = "Il est parti il y a 3 jours. Pendant 3 jours, rien ne s'est passé, comme dans les années 1990."
    assert found(text, ("fr",)) == [("il y a 3 jours", "2024-03-20")]


def test_repeated_substring_gets_each_offset() -> None:
    text = "Wahl am 7. Oktober 2023 und Stichwahl am 7. Oktober 2023."
    result = times(text, ("de",))
    assert [(t.text, t.start) for t in result] == [("7. Oktober 2023", 8), ("7. Oktober 2023", 41)]
    assert [t.id for t in result] == ["t1", "t2"]


def test_without_publication_date_only_full_dates() -> None:
    text = "Le vote a échoué le 22 mars 2024. Hier, vendredi, le ministre a démissionné."
    result = times(text, ("fr",), published=None)
    assert [(t.text, t.value) for t in result] == [("22 mars 2024", "2024-03-22")]
    # The same text with a date resolves the relative ones; without, nothing came from a clock.
    assert len(times(text, ("fr",))) > 1


def test_no_date_no_times_and_no_hidden_clock() -> None:
    text = "Hier, le ministre a démissionné."
    assert found(text, ("fr",), published=None) == []
    assert found("Aucune date ici, seulement 12 personnes.", ("fr",)) == []


def test_full_dates_reanchor_and_relative_ones_say_why_not() -> None:
    pipeline = Pipeline(resolver="dateparser", detector=NoEvents())
    absolute = extract_timeline("Le vote a eu lieu le 22 mars 2024.", publication_date=PUBLISHED, pipeline=pipeline)
    moved = absolute.reanchor(date(2025, 1, 1), pipeline=pipeline)
    assert [t.value for t in moved.times] == ["2024-03-22"]
    relative = extract_timeline("Hier, le vote a échoué.", publication_date=PUBLISHED, pipeline=pipeline)
    with pytest.raises(ValueError, match="partial value"):
        relative.reanchor(date(2025, 1, 1), pipeline=pipeline)


def test_registered_and_picklable() -> None:
    assert "dateparser" in available("resolver")
    pipeline = Pipeline(resolver="dateparser", detector=NoEvents())
    assert isinstance(pipeline.resolver, DateparserResolver)
    assert pipeline.resolver.needs_parse is False and not pipeline.needs_parse
    copy = pickle.loads(pickle.dumps(pipeline))
    text = "Le vote a échoué vendredi 22 mars 2024."
    assert [t.value for t in copy(text, PUBLISHED).times] == ["2024-03-22"]


def test_languages_and_serialisation() -> None:
    resolver = DateparserResolver(languages=("de", "fr"))
    document = Document(
        text="Die Wahl war am 7. Oktober 2023. Le vote a eu lieu le 22 mars 2024.", publication_date=PUBLISHED
    )
    values = [t.value for t in resolver(document)]
    assert values == ["2023-10-07", "2024-03-22"]
    timeline = extract_timeline(
        "Hier, le vote a échoué.", PUBLISHED, pipeline=Pipeline(resolver="dateparser", detector=NoEvents())
    )
    assert TimeExpression.from_dict(timeline.times[0].to_dict()) == timeline.times[0]


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_calendar_ends_do_not_overflow(published: date) -> None:
    text = "Le vote du 22 mars 2024 a échoué hier."
    result = DateparserResolver(languages=("fr",))(Document(text=text, publication_date=published))
    assert ("22 mars 2024", "2024-03-22") in [(t.text, t.value) for t in result]
    for timex in result:
        assert text[timex.start : timex.end] == timex.text
        timex.to_dict()


def test_weekday_in_apposition_joins_its_date() -> None:
    text = "Am Montag, dem 4. März 2024, reagierte die Regierung. Vor drei Tagen kam die Antwort."
    result = times(text, ("de",))
    assert [(t.text, t.value) for t in result] == [
        ("Montag, dem 4. März 2024", "2024-03-04"),
        ("Vor drei Tagen", "2024-03-20"),
    ]
    assert result[0].anchor.kind is AnchorKind.NONE and "Monday" in result[0].explanation
    # A weekday that does not fit the date stays apart (and is read as the last one).
    wrong = found("Am Dienstag, dem 4. März 2024, nicht.", ("de",))
    assert wrong == [("Dienstag", "2024-03-19"), ("4. März 2024", "2024-03-04")]


def test_english_false_positives_are_skipped() -> None:
    # dateparser reads "the 1990s, 5" as a time of day (seconds) and "3 days" as a date.
    text = "In the 1990s, 5 people died on March 3, 2021 at 5 pm. The talks lasted 3 days."
    result = times(text, ("en",))
    assert [(t.text, t.value, t.type) for t in result] == [
        ("March 3, 2021 at 5 pm", "2021-03-03T17:00", TimexType.TIME)
    ]


def test_a_substring_inside_a_word_is_not_taken_for_the_date() -> None:
    text = "Selon Thierry, le vote a échoué hier."  # dateparser returns "hier", which "Thierry" contains
    result = times(text, ("fr",))
    assert [(t.text, t.start, t.value) for t in result] == [("hier", 32, "2024-03-22")]
