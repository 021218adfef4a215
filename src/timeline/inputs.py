"""Checking what callers pass in, with errors that name the problem.

Kept apart from the pipeline so every entry point (Python API, CLI, spaCy component, batch API)
applies the same rules.
"""

from __future__ import annotations

from datetime import date, datetime

__all__ = ["DEFAULT_MAX_LENGTH", "check_text", "coerce_publication_date"]

#: Longest text accepted by default (characters); callers raise it with ``max_length=``.
DEFAULT_MAX_LENGTH = 20_000_000


def check_text(text: object, *, max_length: int | None = DEFAULT_MAX_LENGTH) -> str:
    """Return ``text`` if it is a string within the length limit.

    Raises:
        TypeError: ``text`` is not a ``str`` (bytes must be decoded by the caller).
        ValueError: ``text`` is longer than ``max_length`` characters.
    """
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    if max_length is not None and len(text) > max_length:
        raise ValueError(
            f"text has {len(text):,} characters, more than max_length={max_length:,}; "
            "pass a larger max_length (or None) to process it"
        )
    return text


def coerce_publication_date(value: object) -> date | None:
    """Turn what a caller gives as a publication date into a :class:`datetime.date`.

    Accepts ``None``, a ``date``, a ``datetime`` (naive or timezone-aware: its own local date
    is used, never converted to the machine's zone) or an ISO 8601 string (``2024-03-22``,
    ``2024-03-22T15:45:00-04:00``, ``20240322``).

    Raises:
        TypeError: the value is of another type.
        ValueError: the string is not an ISO date or names an impossible day.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"publication_date must be a date, datetime or ISO 8601 string, not {type(value).__name__}")
    raw = value.strip()
    try:
        if len(raw) >= 10 and raw[4:5] == "-" and ("T" in raw[10:11] or " " in raw[10:11]):
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        return date.fromisoformat(raw)
    except ValueError:
        raise ValueError(
            f"publication_date {value!r} is not a valid ISO 8601 date (expected e.g. '2024-03-22')"
        ) from None
