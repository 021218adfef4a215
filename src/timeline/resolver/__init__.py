"""The date resolver stage: find temporal expressions and normalise them TimeML-style.

:class:`RuleBasedResolver` is the default: per-language rules (``data/<lang>.json``) find
expressions and yield partial values (:mod:`.extract`); each is then resolved against the
publication date or the story's reference time (:mod:`.resolve`). The clause's tense, which
decides whether a bare "Friday" is the last one or the next one, comes from the spaCy parse when
the pipeline has one, else from nearby words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.grammar import Orientation, orientation_from_parse, orientation_from_text
from timeline.model import TimeExpression, TimexType
from timeline.resolver.extract import Mention, PartialTime, find_mentions
from timeline.resolver.language import load_language
from timeline.resolver.resolve import Reference, ResolutionContext, resolve

if TYPE_CHECKING:
    from timeline.pipeline import Document

__all__ = ["Mention", "PartialTime", "RuleBasedResolver", "resolve_mentions"]

# Kinds whose value depends on the direction the clause looks in.
_TENSE_SENSITIVE = frozenset({"weekday", "month_day", "month", "season", "unit_of_year", "clock", "relative_unit"})


class RuleBasedResolver:
    """Rule-based recognition and normalisation of TIMEX3 expressions.

    Args:
        language: code of the rule data to use (``"en"``).
        use_parse: read tense from the spaCy parse when the pipeline provides one.
    """

    name = "rules"
    needs_parse = False

    def __init__(self, *, language: str = "en", use_parse: bool = True) -> None:
        self.language = load_language(language)
        self.use_parse = use_parse

    def __repr__(self) -> str:
        return f"RuleBasedResolver(language={self.language.code!r}, use_parse={self.use_parse})"

    def __call__(self, document: Document) -> Sequence[TimeExpression]:
        text = document.text
        mentions = find_mentions(text, self.language)
        parse = document.parse if self.use_parse else None

        def orientation(mention: Mention) -> Orientation:
            if mention.partial.kind not in _TENSE_SENSITIVE:
                return Orientation.UNKNOWN
            if parse is not None:
                return orientation_from_parse(parse, mention.start, mention.end)
            return orientation_from_text(text, mention.start, mention.end)

        return resolve_mentions(mentions, document.publication_date, orientation)


def resolve_mentions(
    mentions: Sequence[Mention], publication_date: object, orientation: object
) -> list[TimeExpression]:
    """Resolve mentions in text order, carrying the story's reference time forward.

    ``orientation`` maps a mention to the clause's :class:`~timeline.grammar.Orientation`.
    """
    from datetime import date

    assert publication_date is None or isinstance(publication_date, date)
    assert callable(orientation)
    reference: Reference | None = None
    out: list[TimeExpression] = []
    for number, mention in enumerate(mentions, start=1):
        timex_id = f"t{number}"
        context = ResolutionContext(
            publication_date=publication_date, reference=reference, orientation=orientation(mention)
        )
        result = resolve(mention.partial, context)
        out.append(
            TimeExpression(
                id=timex_id,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                type=result.type,
                value=result.value,
                mod=result.mod,
                interval=result.interval,
                anchor=result.anchor,
                rule=mention.rule.name,
                explanation=result.explanation,
                quant=result.quant,
                freq=result.freq,
                partial={**mention.partial.to_dict(), "orientation": context.orientation.value},
            )
        )
        if (
            result.sets_reference
            and result.interval is not None
            and result.value is not None
            and result.interval.is_bounded
            and result.type in (TimexType.DATE, TimexType.TIME)
        ):
            reference = Reference(interval=result.interval, value=result.value, timex_id=timex_id, text=mention.text)
    return out
