"""A picture of a timeline: one self-contained HTML page (inline CSS, JS and SVG, no network).

:func:`to_html` returns a whole page; :func:`html_fragment` returns the same picture as one
``<div>`` for notebooks (``Timeline._repr_html_``). Events sit on a horizontal time axis:
events of a day or less are dots with a label stacked above the axis, longer intervals are bars
below it, and a bound that is not known ("on or before 2024-03-22") fades out into a dashed
arrow to the end of the axis. Long empty stretches of time are cut out of the axis and marked
with a zigzag, so a far outlier does not squash a dense cluster. Hovering, focusing or clicking
an event shows its sentence, its time, the relation and the reason it was placed there; events
that could not be placed are listed under the picture.

Every piece of text from the timeline is escaped; the layout is computed here, the small script
only fills the details panel and records where each label was drawn (``data-rect``), which the
browser tests read back.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from html import escape
from importlib import resources

import attrs

from timeline.model import Event, Placement, Timeline, TimelineEntry

__all__ = ["html_fragment", "to_html"]

# --- layout constants (pixels unless said otherwise) ---------------------------------------------
_TARGET_WIDTH = 1240.0  # width the picture aims for before it scrolls
_OVERHANG = 150.0  # room kept for labels reaching past the last time on the axis
_MAX_PX_PER_DAY = 56.0
_MIN_PX_PER_DAY = 3.0
_BREAK_MIN_DAYS = 24.0  # an empty stretch is cut out only when longer than this...
_BREAK_MIN_PX = 220.0  # ...and when drawn to scale it would be wider than this
_BREAK_WIDTH = 76.0
_PAD = 28.0
_OPEN_PAD = 170.0  # room on the side an open bound fades towards
_FADE = 120.0  # length of the fading part of an open bar
_LANE = 30.0
_GAP = 10.0  # horizontal gap between labels sharing a lane
_TOP = 34.0  # room for the publication date label
_AXIS_BAND = 54.0  # weekdays, day numbers and month names under the axis line
_NARROW_BAR = 90.0  # bars narrower than this carry their label outside, on the right
_CHAR_PX = 7.3  # generous estimate of the width of one character of label text
_LABEL_PAD = 30.0
_CONTEXT_BEFORE = 2
_CONTEXT_AFTER = 3
_CONTEXT_MAX = 30
_ONE_DAY = timedelta(days=1)

_PLACEMENT_TEXT: dict[Placement, tuple[str, str]] = {
    Placement.GOVERNING_TIMEX: ("dated in its clause", "a time expression governs the event"),
    Placement.INHERITED: ("inherited", "takes the time of a related event"),
    Placement.REFERENCE_TIME: ("reference time", "the time the narrative is at"),
    Placement.TENSE: ("from tense", "only before/after publication is known"),
}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def to_html(timeline: Timeline, *, title: str | None = None) -> str:
    """A complete, self-contained HTML page drawing ``timeline``.

    ``title`` defaults to the first line of the timeline's text (a headline, usually).
    """
    heading = title if title is not None else _default_title(timeline)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n"
        "<style>body{margin:0;padding:24px;background:#f6f7f9;}</style>\n"
        "</head>\n<body>\n"
        f"{_fragment(timeline, heading)}\n"
        "</body>\n</html>\n"
    )


def html_fragment(timeline: Timeline) -> str:
    """The same picture as one ``<div>`` with its own scoped style and script (for notebooks)."""
    return _fragment(timeline, _default_title(timeline))


# --- the time scale -----------------------------------------------------------------------------
def _days(moment: datetime) -> float:
    """A moment as a day number (proleptic ordinal, with the time of day as a fraction)."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
    return moment.toordinal() + seconds / 86400.0


@attrs.frozen(kw_only=True)
class _Scale:
    """A piecewise linear map from day numbers to x, with long empty stretches cut out."""

    points: tuple[float, ...]
    xs: tuple[float, ...]
    broken: tuple[bool, ...]  # broken[i]: the stretch points[i]..points[i+1] is cut out
    px_per_day: float

    @classmethod
    def build(cls, points: Iterable[float], left: float, right: float) -> _Scale:
        pts = tuple(sorted(set(points)))
        gaps = [b - a for a, b in itertools.pairwise(pts)]
        ppd = _MAX_PX_PER_DAY
        broken: list[bool] = []
        for _ in range(6):  # settle the resolution and the cuts together
            broken = [g > _BREAK_MIN_DAYS and g * ppd > _BREAK_MIN_PX for g in gaps]
            linear_days = sum(g for g, cut in zip(gaps, broken, strict=True) if not cut)
            room = _TARGET_WIDTH - _BREAK_WIDTH * sum(broken) - left - max(right, _OVERHANG)
            wanted = room / linear_days if linear_days > 0 else _MAX_PX_PER_DAY
            new = min(_MAX_PX_PER_DAY, max(_MIN_PX_PER_DAY, wanted))
            if math.isclose(new, ppd):
                break
            ppd = new
        broken = [g > _BREAK_MIN_DAYS and g * ppd > _BREAK_MIN_PX for g in gaps]
        xs = [left]
        for g, cut in zip(gaps, broken, strict=True):
            xs.append(xs[-1] + (_BREAK_WIDTH if cut else g * ppd))
        return cls(points=pts, xs=tuple(xs), broken=tuple(broken), px_per_day=ppd)

    def x(self, day: float) -> float:
        pts, xs = self.points, self.xs
        if day <= pts[0]:
            return xs[0] - (pts[0] - day) * self.px_per_day
        if day >= pts[-1]:
            return xs[-1] + (day - pts[-1]) * self.px_per_day
        i = bisect.bisect_right(pts, day) - 1
        frac = (day - pts[i]) / (pts[i + 1] - pts[i])
        return xs[i] + frac * (xs[i + 1] - xs[i])

    def runs(self) -> list[tuple[float, float]]:
        """The stretches of day numbers drawn to scale, between the cuts."""
        out: list[tuple[float, float]] = []
        start = self.points[0]
        for i, cut in enumerate(self.broken):
            if cut:
                out.append((start, self.points[i]))
                start = self.points[i + 1]
        out.append((start, self.points[-1]))
        return out


# --- the items drawn ------------------------------------------------------------------------------
@attrs.define(kw_only=True)
class _Item:
    entry: TimelineEntry
    order: int  # position in chronological order
    kind: str  # "point", "bar", "open-start", "open-end"
    x0: float  # where the drawn mark starts
    x1: float  # where it ends
    anchor: float  # the x a reader dates it by
    left: float = 0.0  # extent occupied in its lane
    right: float = 0.0
    lane: int = 0
    label_width: float = 0.0


def _sort_key(entry: TimelineEntry) -> float:
    interval = entry.time.interval
    if interval.start is not None:
        return _days(interval.start)
    assert interval.end is not None
    return _days(interval.end)


def _label_parts(event: Event) -> tuple[str, str, str]:
    """A few words of the sentence around the trigger: (before, trigger, after)."""
    sentence = event.sentence
    rel_start, rel_end = event.start - sentence.start, event.end - sentence.start
    if not (0 <= rel_start <= rel_end <= len(sentence.text)) or sentence.text[rel_start:rel_end] != event.text:
        return "", event.text, ""
    before_words = sentence.text[:rel_start].split()[-_CONTEXT_BEFORE:]
    after_words = sentence.text[rel_end:].split()[:_CONTEXT_AFTER]
    before = _fit(before_words, from_end=True)
    after = _fit(after_words, from_end=False)
    glue_before = " " if before and not sentence.text[:rel_start].endswith(("“", '"', "(", "‘")) else ""
    glue_after = " " if after and sentence.text[rel_end : rel_end + 1].isspace() else ""
    return before + glue_before, event.text, glue_after + after


def _fit(words: list[str], *, from_end: bool) -> str:
    """Whole words up to half the context budget, keeping those nearest the trigger."""
    budget = _CONTEXT_MAX // 2
    kept: list[str] = []
    for word in reversed(words) if from_end else words:
        if sum(len(w) + 1 for w in kept) + len(word) > budget:
            if not kept:  # one long word: cut it
                kept.append("…" + word[-(budget - 1) :] if from_end else word[: budget - 1] + "…")
            break
        kept.append(word)
    else:
        return " ".join(reversed(kept) if from_end else kept)
    text = " ".join(reversed(kept) if from_end else kept)
    if kept and "…" not in text:
        text = "…" + text if from_end else text + "…"
    return text


def _text_width(text: str) -> float:
    return len(text) * _CHAR_PX + _LABEL_PAD


def _pack(items: Sequence[_Item]) -> int:
    """Greedy lane assignment, leftmost first; returns the number of lanes."""
    lane_right: list[float] = []
    for item in sorted(items, key=lambda it: (it.left, it.order)):
        for lane, right in enumerate(lane_right):
            if right + _GAP <= item.left:
                item.lane = lane
                lane_right[lane] = item.right
                break
        else:
            item.lane = len(lane_right)
            lane_right.append(item.right)
    return len(lane_right)


def _fmt_day(d: date, *, year: bool = True) -> str:
    text = f"{_MONTHS[d.month - 1]} {d.day}"
    return f"{text}, {d.year}" if year else text


def _span_text(days: float) -> str:
    if days >= 700:
        return f"{days / 365.25:.0f} years"
    if days >= 60:
        return f"{days / 30.44:.0f} months"
    if days >= 14:
        return f"{days / 7:.0f} weeks"
    return f"{days:.0f} days"


def _default_title(timeline: Timeline) -> str:
    for line in timeline.text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= 100 else line[:99] + "…"
    return "Timeline"


# --- rendering ----------------------------------------------------------------------------------
def _asset(name: str) -> str:
    return resources.files("timeline.output").joinpath("assets", name).read_text(encoding="utf-8")


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _fragment(timeline: Timeline, heading: str) -> str:
    drawable = [e for e in timeline.entries if e.time.interval.start is not None or e.time.interval.end is not None]
    nowhere = [e for e in timeline.entries if e.time.interval.start is None and e.time.interval.end is None]
    ordered = sorted(enumerate(drawable), key=lambda pair: (_sort_key(pair[1]), pair[0]))
    entries = [entry for _, entry in ordered]

    published = timeline.publication_date
    parts: list[str] = ['<div class="tlv" data-timeline-view="1">', f"<style>{_asset('timeline.css')}</style>"]
    parts.append(f'<h2 class="tlv-title">{escape(heading)}</h2>')
    summary = f"{len(entries)} event{'s' if len(entries) != 1 else ''} placed"
    unplaced_count = len(timeline.unplaced) + len(nowhere)
    summary += f", {unplaced_count} not placed"
    pub_text = f"published {_fmt_day(published)}" if published else "publication date unknown"
    parts.append(f'<p class="tlv-sub">{escape(pub_text)} · {escape(summary)}</p>')
    parts.append(_legend(entries))
    if entries or published:
        parts.append(_chart(entries, published))
    else:
        parts.append('<p class="tlv-empty">No event could be placed in time.</p>')
    parts.append(
        '<div class="tlv-details" aria-live="polite"><p class="tlv-hint">Hover over, focus or click an event to see '
        "its sentence, its time and why it was placed there.</p></div>"
    )
    parts.append(_unplaced(timeline.unplaced, nowhere))
    parts.append(_list_view(entries))
    if timeline.assumptions:
        notes = "".join(f"<li>{escape(note)}</li>" for note in timeline.assumptions)
        parts.append(f'<div class="tlv-notes"><h3>Assumptions</h3><ul>{notes}</ul></div>')
    parts.append(f"<script>{_asset('timeline.js')}</script>")
    parts.append("</div>")
    return "\n".join(parts)


def _legend(entries: Sequence[TimelineEntry]) -> str:
    used = {e.placement for e in entries}
    swatches = [
        '<span class="tlv-key"><span class="tlv-k-dot"></span>event on a day (or less)</span>',
        '<span class="tlv-key"><span class="tlv-k-bar"></span>event within a longer period</span>',
        '<span class="tlv-key"><span class="tlv-k-open"></span>bound not known (on or before / after)</span>',
        '<span class="tlv-key"><span class="tlv-k-pub"></span>publication date</span>',
        '<span class="tlv-key"><span class="tlv-k-break"></span>stretch of time cut out</span>',
    ]
    for placement, (name, hint) in _PLACEMENT_TEXT.items():
        if placement in used:
            swatches.append(
                f'<span class="tlv-key" title="{_attr(hint)}"><span class="tlv-k-col tlv-p-{placement.value}">'
                f"</span>{escape(name)}</span>"
            )
    return f'<div class="tlv-legend">{"".join(swatches)}</div>'


def _chart(entries: Sequence[TimelineEntry], published: date | None) -> str:
    points: list[float] = []
    open_start = open_end = False
    for entry in entries:
        interval = entry.time.interval
        if interval.start is not None:
            points.append(_days(interval.start))
        else:
            open_start = True
        if interval.end is not None:
            points.append(_days(interval.end))
        else:
            open_end = True
    if published is not None:
        points += [float(published.toordinal()), float(published.toordinal() + 1)]
    left = _OPEN_PAD if open_start else _PAD
    scale = _Scale.build(points, left, _OPEN_PAD if open_end else _PAD)

    items: list[_Item] = []
    for order, entry in enumerate(entries):
        interval = entry.time.interval
        before, trigger, after = _label_parts(entry.event)
        width = _text_width(before + trigger + after)
        if interval.start is not None and interval.end is not None:
            x0, x1 = scale.x(_days(interval.start)), scale.x(_days(interval.end))
            if interval.end - interval.start <= _ONE_DAY:
                mid = (x0 + x1) / 2
                item = _Item(entry=entry, order=order, kind="point", x0=mid, x1=mid, anchor=mid)
                item.left, item.right = mid - 7, mid - 7 + width
            else:
                item = _Item(entry=entry, order=order, kind="bar", x0=x0, x1=x1, anchor=x0)
                outside = _label_outside(x1 - x0, width)
                item.left, item.right = x0, (x1 + 6 + width) if outside else x1
        elif interval.end is not None:
            x1 = scale.x(_days(interval.end))
            item = _Item(entry=entry, order=order, kind="open-start", x0=8.0, x1=x1, anchor=x1)
            outside = x1 - 8.0 < width + 24
            item.left, item.right = 0.0, (x1 + 6 + width) if outside else x1
            width = width if outside else max(width, _FADE)
        else:
            assert interval.start is not None
            x0 = scale.x(_days(interval.start))
            item = _Item(entry=entry, order=order, kind="open-end", x0=x0, x1=math.inf, anchor=x0)
            item.left, item.right = x0, math.inf
        item.label_width = width
        items.append(item)

    finite_right = [it.right for it in items if math.isfinite(it.right)]
    finite_right += [it.x0 + it.label_width + _FADE for it in items if it.kind == "open-end"]
    width_px = max([scale.xs[-1] + (_OPEN_PAD if open_end else _PAD), *(r + 16 for r in finite_right)])
    for it in items:
        if it.kind == "open-end":
            it.x1 = width_px - 8
            it.right = width_px

    above = [it for it in items if it.kind == "point"]
    below = [it for it in items if it.kind != "point"]
    lanes_above = _pack(above)
    lanes_below = _pack(below)
    axis_y = _TOP + max(lanes_above, 1) * _LANE + 14
    bars_top = axis_y + _AXIS_BAND
    height = bars_top + lanes_below * _LANE + 14

    svg = _underlay(scale, width_px, height, axis_y, published)
    marks: list[str] = []
    for it in above:
        y = axis_y - 14 - (it.lane + 1) * _LANE + 3
        stem = f"left:{it.anchor:.1f}px;top:{y + 12:.1f}px;height:{axis_y - y - 12:.1f}px"
        marks.append(f'<div class="tlv-stem" style="{stem}"></div>')
        dot = f"left:{it.anchor:.1f}px;top:{axis_y:.1f}px"
        marks.append(f'<div class="tlv-axisdot tlv-p-{it.entry.placement.value}" style="{dot}"></div>')
    for it in sorted(items, key=lambda i: i.order):
        marks.append(_mark(it, axis_y, bars_top))
    return (
        f'<div class="tlv-scroll"><div class="tlv-canvas" style="width:{width_px:.0f}px;height:{height:.0f}px">'
        f"{svg}{''.join(marks)}</div></div>"
    )


def _label_outside(bar_width: float, label_width: float) -> bool:
    """Whether a bar's label goes to its right: when the bar would hide too much of it."""
    return bar_width < _NARROW_BAR or bar_width < 0.6 * label_width


def _mark(it: _Item, axis_y: float, bars_top: float) -> str:
    entry = it.entry
    before, trigger, after = _label_parts(entry.event)
    placement = entry.placement.value
    when = entry.time.describe()
    summary = f"{entry.event.text} — {when} ({entry.relation.value}); {entry.reason}"
    label = (
        f'<span class="tlv-ctx">{escape(before)}</span><b class="tlv-trig">{escape(trigger)}</b>'
        f'<span class="tlv-ctx">{escape(after)}</span>'
    )
    common = (
        f'tabindex="0" role="button" data-order="{it.order}" data-kind="{it.kind}" '
        f'data-event-id="{_attr(entry.event.id)}" data-when="{_attr(when)}" title="{_attr(summary)}"'
    )
    info = _info(entry)
    if it.kind == "point":
        top = axis_y - 14 - (it.lane + 1) * _LANE + 3
        return (
            f'<div class="tlv-item tlv-point tlv-p-{placement}" {common} '
            f'style="left:{it.anchor - 7:.1f}px;top:{top:.1f}px">'
            f'<span class="tlv-dot tlv-anchor"></span><span class="tlv-label">{label}</span>{info}</div>'
        )
    top = bars_top + it.lane * _LANE + 3
    bar_w = it.x1 - it.x0
    if it.kind == "bar":
        cls = "tlv-bar" + (" tlv-bar-narrow" if _label_outside(bar_w, it.label_width) else "")
        return (
            f'<div class="tlv-item {cls} tlv-p-{placement}" {common} '
            f'style="left:{it.x0:.1f}px;top:{top:.1f}px;width:{bar_w:.1f}px">'
            f'<span class="tlv-anchor tlv-edge-l"></span><span class="tlv-label">{label}</span>{info}</div>'
        )
    if it.kind == "open-start":
        fade_from = max(it.x0, it.x1 - it.label_width - _FADE * 0.6)
        outside = " tlv-label-out" if it.x1 - it.x0 < it.label_width + 24 else ""
        if outside:
            fade_from = max(it.x0, it.x1 - _FADE)
        return (
            f'<div class="tlv-item tlv-open tlv-open-start{outside} tlv-p-{placement}" {common} '
            f'style="left:{it.x0:.1f}px;top:{top:.1f}px;width:{bar_w:.1f}px">'
            f'<span class="tlv-dash" style="width:{fade_from - it.x0:.1f}px"></span>'
            f'<span class="tlv-fade" style="left:{fade_from - it.x0:.1f}px"></span>'
            f'<span class="tlv-anchor tlv-edge-r"></span><span class="tlv-label">{label}</span>{info}</div>'
        )
    fade_to = min(it.x1, it.x0 + it.label_width + _FADE * 0.6)
    return (
        f'<div class="tlv-item tlv-open tlv-open-end tlv-p-{placement}" {common} '
        f'style="left:{it.x0:.1f}px;top:{top:.1f}px;width:{bar_w:.1f}px">'
        f'<span class="tlv-fade" style="width:{fade_to - it.x0:.1f}px"></span>'
        f'<span class="tlv-dash" style="left:{fade_to - it.x0:.1f}px"></span>'
        f'<span class="tlv-anchor tlv-edge-l"></span><span class="tlv-label">{label}</span>{info}</div>'
    )


#: How the panel words an event's factuality (``Event.factuality``) other than ``actual``.
_FACTUALITY_TEXT = {
    "hypothetical": "possible, planned or wanted: not (yet) something that happened",
    "negated": "not happening",
    "reported": "someone's statement, as reported",
}


def _info(entry: TimelineEntry) -> str:
    """The hidden details shown in the panel for one entry."""
    event = entry.event
    sentence = event.sentence
    rel_start, rel_end = event.start - sentence.start, event.end - sentence.start
    if 0 <= rel_start <= rel_end <= len(sentence.text):
        text = sentence.text
        quoted = (
            f"{escape(text[:rel_start].lstrip())}<mark>{escape(text[rel_start:rel_end])}</mark>"
            f"{escape(text[rel_end:].rstrip())}"
        )
    else:
        quoted = escape(sentence.text.strip())
    placement_name = _PLACEMENT_TEXT.get(entry.placement, (entry.placement.value, ""))[0]
    rows = [
        ("time", entry.time.describe() + (f" (TimeML {entry.time.value})" if entry.time.value else "")),
        ("relation", entry.relation.value),
        ("placed", placement_name),
        ("reason", entry.reason),
    ]
    if event.factuality != "actual":
        rows.append(("stated as", _FACTUALITY_TEXT.get(event.factuality, event.factuality)))
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return (
        f'<div class="tlv-info" hidden><p class="tlv-info-event">{escape(event.text)}</p>'
        f'<blockquote class="tlv-sentence">{quoted}</blockquote><table>{table}</table></div>'
    )


def _underlay(scale: _Scale, width: float, height: float, axis_y: float, published: date | None) -> str:
    """The SVG behind the marks: day grid, axis, ticks, cuts and the publication date."""
    out: list[str] = [f'<svg class="tlv-svg" width="{width:.0f}" height="{height:.0f}" aria-hidden="true">']
    ppd = scale.px_per_day
    runs = scale.runs()
    labels: list[str] = []
    for index, (lo, hi) in enumerate(runs):
        x_lo = 0.0 if index == 0 else scale.x(lo)
        x_hi = width if index == len(runs) - 1 else scale.x(hi)
        lo_vis = lo - (scale.x(lo) - x_lo) / ppd  # the stretch of days shown in this run
        hi_vis = hi + (x_hi - scale.x(hi)) / ppd
        day_lo = max(1, math.floor(lo_vis))
        day_hi = min(date.max.toordinal() - 1, math.ceil(hi_vis))
        out.append(f'<line class="tlv-axis" x1="{x_lo:.1f}" y1="{axis_y:.1f}" x2="{x_hi:.1f}" y2="{axis_y:.1f}"/>')
        label_every = 1 if ppd >= 20 else 7 if ppd >= 4 else 0
        first_label = True
        for day in range(day_lo, day_hi + 1):
            xa, xb = scale.x(day), scale.x(day + 1)
            d = date.fromordinal(day)
            if lo_vis - 1e-9 <= day <= hi_vis + 1e-9 and ppd >= 4:
                out.append(
                    f'<line class="tlv-grid" x1="{xa:.1f}" y1="{_TOP - 6:.1f}" x2="{xa:.1f}" y2="{height:.1f}"/>'
                )
                out.append(
                    f'<line class="tlv-tick" x1="{xa:.1f}" y1="{axis_y:.1f}" x2="{xa:.1f}" y2="{axis_y + 5:.1f}"/>'
                )
            if day < lo_vis - 1e-9 or day + 1 > hi_vis + 1e-9:
                continue
            if d.weekday() >= 5 and ppd >= 10:
                out.append(_band("tlv-weekend", xa, xb, height))
            show_day = label_every == 1 or (label_every == 7 and d.weekday() == 0)
            if show_day:
                mid = (xa + xb) / 2
                if ppd >= 24:
                    weekday = _WEEKDAYS[d.weekday()]
                    labels.append(f'<text class="tlv-wday" x="{mid:.1f}" y="{axis_y + 15:.1f}">{weekday}</text>')
                labels.append(f'<text class="tlv-day" x="{mid:.1f}" y="{axis_y + 29:.1f}">{d.day}</text>')
            if first_label or d.day == 1:
                month = f"{_MONTHS[d.month - 1]} {d.year}"
                labels.append(f'<text class="tlv-month" x="{xa + 2:.1f}" y="{axis_y + 45:.1f}">{month}</text>')
                first_label = False
    for i, cut in enumerate(scale.broken):
        if not cut:
            continue
        xa, xb = scale.xs[i], scale.xs[i + 1]
        mid = (xa + xb) / 2
        out.append(_band("tlv-cut", xa + 6, xb - 6, height))
        for offset in (-7.0, 7.0):
            zig = " ".join(f"{mid + offset + (4 if k % 2 else -4):.1f},{axis_y - 12 + k * 4:.1f}" for k in range(7))
            out.append(f'<polyline class="tlv-zig" points="{zig}"/>')
        gap_days = scale.points[i + 1] - scale.points[i]
        labels.append(
            f'<text class="tlv-gap" x="{mid:.1f}" y="{axis_y + 29:.1f}">{escape(_span_text(gap_days))}</text>'
        )
    if published is not None:
        xa, xb = scale.x(float(published.toordinal())), scale.x(float(published.toordinal() + 1))
        out.append(_band("tlv-pub", xa, max(xb, xa + 3), height))
        anchor = "end" if xb > width - 120 else "start"
        tx = xb if anchor == "end" else xa
        labels.append(
            f'<text class="tlv-pubtext" x="{tx:.1f}" y="{_TOP - 12:.1f}" text-anchor="{anchor}">'
            f"published {escape(_fmt_day(published))}</text>"
        )
    out.extend(labels)
    out.append("</svg>")
    return "".join(out)


def _band(cls: str, xa: float, xb: float, height: float) -> str:
    """A full-height vertical band of the picture."""
    return (
        f'<rect class="{cls}" x="{xa:.1f}" y="{_TOP - 6:.1f}" width="{xb - xa:.1f}" height="{height - _TOP + 6:.1f}"/>'
    )


def _unplaced(unplaced: Sequence[Event], nowhere: Sequence[TimelineEntry]) -> str:
    if not unplaced and not nowhere:
        return ""
    rows: list[str] = []
    for event in sorted((*unplaced, *(e.event for e in nowhere)), key=lambda e: (e.start, e.end)):
        sentence = event.sentence.text.strip()
        short = sentence if len(sentence) <= 180 else sentence[:179] + "…"
        rows.append(
            f'<li class="tlv-unplaced-item" data-event-id="{_attr(event.id)}"><b>{escape(event.text)}</b> '
            f'<span class="tlv-ctx">{escape(short)}</span></li>'
        )
    count = len(rows)
    return f'<div class="tlv-unplaced"><h3>Not placed in time ({count})</h3><ul>{"".join(rows)}</ul></div>'


def _list_view(entries: Sequence[TimelineEntry]) -> str:
    if not entries:
        return ""
    rows = "".join(
        f'<tr><td class="tlv-when">{escape(e.time.describe())}</td><td><b>{escape(e.event.text)}</b></td>'
        f"<td>{escape(e.relation.value)}</td><td>{escape(e.reason)}</td></tr>"
        for e in entries
    )
    return (
        f'<details class="tlv-list"><summary>All {len(entries)} placed events as a list</summary>'
        f"<table><thead><tr><th>when</th><th>event</th><th>relation</th><th>reason</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></details>"
    )
