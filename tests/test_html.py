"""The HTML picture of a timeline: static checks on the markup and a headless-Chromium run."""

from __future__ import annotations

import html.parser
import itertools
import os
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.calendar import Granularity, Interval, interval_from_value
from timeline.model import (
    Event,
    EventTime,
    Placement,
    Relation,
    TextSpan,
    Timeline,
    TimelineEntry,
)
from timeline.output.html import html_fragment, to_html

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


# --- building timelines by hand -------------------------------------------------------------------
class _Builder:
    """Appends sentences to a text and makes events whose offsets point into it."""

    def __init__(self) -> None:
        self.text = ""
        self.count = 0

    def sentence(self, sentence: str) -> TextSpan:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        return TextSpan(text=sentence, start=start, end=start + len(sentence))

    def event(self, span: TextSpan, trigger: str) -> Event:
        offset = span.text.index(trigger)
        self.count += 1
        start = span.start + offset
        return Event(
            id=f"e{self.count}",
            text=trigger,
            start=start,
            end=start + len(trigger),
            sentence=span,
            lemma=trigger.lower(),
            pos="VERB",
        )


def _entry(
    event: Event,
    value: str | None,
    interval: Interval | None = None,
    *,
    relation: Relation = Relation.IS_INCLUDED,
    placement: Placement = Placement.GOVERNING_TIMEX,
    reason: str = "",
) -> TimelineEntry:
    if interval is None:
        assert value is not None
        interval = interval_from_value(value)
        assert interval is not None
    return TimelineEntry(
        event=event,
        time=EventTime(value=value, interval=interval, timex_id="t1"),
        relation=relation,
        placement=placement,
        reason=reason or f"placed at {value or interval.describe()}",
    )


def seed_timeline(extra_text: str = "") -> Timeline:
    """Modelled on the seed article (Gaza resolution vote, published 2024-03-23)."""
    b = _Builder()
    s_head = b.sentence("Russia, China veto US resolution calling for immediate cease-fire in Gaza fails.")
    b.text += "\n"
    s_vote = b.sentence(
        "A U.S. effort to ramp up political pressure on Israel failed Friday in the United Nations Security "
        "Council when Russia, China and Algeria voted against it."
    )
    s_said = b.sentence(
        "“This resolution is an opportunity for the Council to speak with one voice,” said Nate Evans on Thursday."
    )
    s_visit = b.sentence(
        "Secretary of State Antony Blinken visited Israel on Friday, but before landing in the country, while "
        "visiting Egypt, he underscored the Biden administration’s opposition to a major operation in Rafah."
    )
    s_attack = b.sentence("It was his sixth tour of the Middle East since the Oct. 7 attack on Israel by Hamas.")
    s_meet = b.sentence("Blinken described next week’s planned meetings in Washington as a chance.")
    s_insist = b.sentence(
        "As recently as last week, Blinken and other administration officials insisted that the stance would depend."
    )
    s_change = b.sentence(
        "But the White House’s approach changed abruptly on Monday after President Joe Biden and Netanyahu held "
        "their first call in over a month."
    )
    s_announce = b.sentence(
        "Just hours later, national security adviser Jake Sullivan announced the firm opposition." + extra_text
    )
    s_rejected = b.sentence("Netanyahu has done plenty of talking himself, defiantly rejecting Biden’s demands.")

    day = Relation.IS_INCLUDED
    open_start = interval_from_value("2024-03-22")
    assert open_start is not None
    entries = (
        _entry(b.event(s_attack, "attack"), "2023-10-07", reason="“Oct. 7” dates the noun it modifies"),
        _entry(b.event(s_insist, "insisted"), "2024-W11", relation=Relation.DURING, reason="governed by “last week”"),
        _entry(b.event(s_change, "changed"), "2024-03-18", relation=day, reason="governed by “Monday”"),
        _entry(
            b.event(s_change, "held"), "2024-03-18", placement=Placement.INHERITED, reason="after-clause of “changed”"
        ),
        _entry(
            b.event(s_announce, "announced"),
            "2024-03-18",
            placement=Placement.REFERENCE_TIME,
            reason="“Just hours later”",
        ),
        _entry(b.event(s_said, "said"), "2024-03-21", reason="governed by “Thursday”"),
        _entry(b.event(s_vote, "failed"), "2024-03-22", reason="governed by “Friday”"),
        _entry(b.event(s_vote, "voted"), "2024-03-22", placement=Placement.INHERITED, reason="when-clause of “failed”"),
        _entry(b.event(s_visit, "visited"), "2024-03-22", reason="governed by “on Friday”"),
        _entry(
            b.event(s_visit, "underscored"),
            None,
            open_start.open_start(),
            relation=Relation.BEFORE,
            placement=Placement.TENSE,
            reason="“before landing” in Israel on Friday: on or before 2024-03-22",
        ),
        _entry(b.event(s_meet, "meetings"), "2024-W13", relation=Relation.DURING, reason="“next week”"),
    )
    unplaced = (b.event(s_head, "veto"), b.event(s_rejected, "rejecting"))
    return Timeline(
        text=b.text,
        publication_date=date(2024, 3, 23),
        entries=entries,
        unplaced=unplaced,
        assumptions=("the publication date was given by the caller",),
    )


# The seed events in chronological order, grouped by the time they share.
SEED_ORDER: list[list[str]] = [
    ["attack"],
    ["insisted"],
    ["changed", "held", "announced"],
    ["said"],
    ["failed", "voted", "visited"],
    ["meetings"],
]


# --- static checks ------------------------------------------------------------------------------------
class _Checker(html.parser.HTMLParser):
    """Checks that every opened element is closed in order (void elements aside)."""

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def _parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def _items(page: str) -> list[dict[str, str | None]]:
    return [a for tag, a in _parse(page).tags if tag == "div" and "tlv-item" in (a.get("class") or "").split()]


def _label_text(page: str, event_id: str) -> str:
    match = re.search(rf'data-event-id="{event_id}"[^>]*>(.*?)<div class="tlv-info"', page, re.S)
    assert match, event_id
    return re.sub(r"<[^>]+>", "", match.group(1))


def test_page_is_well_formed_and_self_contained() -> None:
    page = to_html(seed_timeline())
    checker = _parse(page)
    assert checker.errors == []
    assert checker.stack == []
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page and "https://" not in page
    for tag, attrs in checker.tags:
        assert tag not in ("link", "img", "iframe"), tag
        assert not attrs.get("src"), (tag, attrs)
        assert not attrs.get("href"), (tag, attrs)
    assert "@import" not in page and "url(" not in page
    # The default title is the headline.
    assert "<title>Russia, China veto US resolution" in page


def test_every_placed_event_in_chronological_order() -> None:
    timeline = seed_timeline()
    items = _items(to_html(timeline))
    by_id = {e.event.id: e.event.text for e in timeline.entries}
    drawn = [by_id[str(a["data-event-id"])] for a in items]
    assert sorted(drawn) == sorted(by_id.values())
    flat = [name for group in SEED_ORDER for name in group]
    assert [name for name in drawn if name != "underscored"] == flat
    # "on or before 2024-03-22" is dated by its known end: after the events of the 21st.
    assert drawn.index("underscored") > drawn.index("said")
    assert [int(str(a["data-order"])) for a in items] == list(range(len(items)))


def test_kinds_of_marks() -> None:
    items = {str(a["data-event-id"]): a for a in _items(to_html(seed_timeline()))}
    timeline = seed_timeline()
    kinds = {e.event.text: items[e.event.id]["data-kind"] for e in timeline.entries}
    assert kinds["attack"] == "point"
    assert kinds["insisted"] == "bar"
    assert kinds["meetings"] == "bar"
    assert kinds["underscored"] == "open-start"
    assert items[next(e.event.id for e in timeline.entries if e.event.text == "underscored")]["data-when"] == (
        "on or before 2024-03-22"
    )


def test_open_end_and_unknown_time() -> None:
    b = _Builder()
    s = b.sentence("Talks began after the vote and something happened at some point.")
    began = b.event(s, "began")
    happened = b.event(s, "happened")
    day = interval_from_value("2024-03-22")
    assert day is not None
    timeline = Timeline(
        text=b.text,
        publication_date=None,
        entries=(
            _entry(began, None, day.open_end(), relation=Relation.AFTER, placement=Placement.TENSE),
            _entry(happened, None, Interval(start=None, end=None, granularity=Granularity.UNBOUNDED)),
        ),
    )
    page = to_html(timeline)
    assert _parse(page).errors == []
    items = _items(page)
    assert [a["data-kind"] for a in items] == ["open-end"]
    assert "publication date unknown" in page
    unplaced = page[page.index('class="tlv-unplaced"') :]
    assert "happened" in unplaced and "Not placed in time (1)" in unplaced


def test_unplaced_events_listed_apart() -> None:
    page = to_html(seed_timeline())
    section = page[page.index('<div class="tlv-unplaced">') :]
    section = section[: section.index("</div>")]
    assert "Not placed in time (2)" in section
    assert "<b>veto</b>" in section and "<b>rejecting</b>" in section
    # ...and not drawn on the axis.
    chart = page[page.index('class="tlv-canvas"') : page.index('class="tlv-details"')]
    assert "veto" not in chart and "rejecting" not in chart


def test_publication_date_legend_and_labels() -> None:
    page = to_html(seed_timeline(), title="Gaza vote")
    assert "<title>Gaza vote</title>" in page
    assert "published Mar 23, 2024" in page
    assert 'class="tlv-legend"' in page and "publication date" in page and "bound not known" in page
    # The far outlier is cut out of the axis rather than squashing the cluster.
    assert 'class="tlv-cut"' in page and "5 months" in page
    timeline = seed_timeline()
    voted = next(e for e in timeline.entries if e.event.text == "voted")
    assert _label_text(page, voted.event.id) == "and Algeria voted against it."
    assert "when-clause of “failed”" in page  # the reason, in the details


def test_text_is_escaped() -> None:
    nasty = ' <script>document.title="pwned"</script><img src=x onerror="alert(1)"> & "q" \'s\''
    timeline = seed_timeline(extra_text=nasty)
    entries = list(timeline.entries)
    first = entries[0]
    entries[0] = TimelineEntry(
        event=first.event,
        time=first.time,
        relation=first.relation,
        placement=first.placement,
        reason='<b onmouseover="alert(2)">reason</b>',
    )
    b = _Builder()
    s = b.sentence("<script>alert(3)</script> happened")
    bad = b.event(s, "<script>alert(3)</script>")
    timeline = Timeline(
        text=timeline.text,
        publication_date=timeline.publication_date,
        entries=tuple(entries),
        unplaced=(*timeline.unplaced, bad),
    )
    page = to_html(timeline, title="<script>alert(4)</script>")
    assert "<script>document.title" not in page
    assert "<img" not in page
    assert "<b onmouseover" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    # Only our own script element is there: in the page and in the fragment.
    assert page.count("<script>") == 1
    assert html_fragment(timeline).count("<script>") == 1
    checker = _parse(page)
    assert checker.errors == [] and checker.stack == []


def test_fragment_is_one_scoped_block() -> None:
    fragment = html_fragment(seed_timeline())
    assert fragment.startswith('<div class="tlv"') and fragment.endswith("</div>")
    assert "<html" not in fragment and "<body" not in fragment
    checker = _parse(fragment)
    assert checker.errors == [] and checker.stack == []
    css = fragment[fragment.index("<style>") + 7 : fragment.index("</style>")]
    selectors = [rule.split("{")[0].strip() for rule in re.findall(r"[^{}]+\{[^{}]*\}", css)]
    assert selectors and all(all(s.strip().startswith(".tlv") for s in sel.split(",")) for sel in selectors)


def test_empty_timeline() -> None:
    page = to_html(Timeline(text="", publication_date=None))
    assert "No event could be placed in time." in page
    assert _parse(page).errors == []
    page = to_html(Timeline(text="Nothing.", publication_date=date(2024, 1, 2)))
    assert "published Jan 2, 2024" in page


def test_sub_day_and_year_long_times_render() -> None:
    b = _Builder()
    s = b.sentence("The polls opened at 7 a.m. and the count ran all year, a decade after the reform passed.")
    entries = (
        _entry(b.event(s, "opened"), "2024-03-05T07"),
        _entry(b.event(s, "ran"), "2024"),
        _entry(b.event(s, "passed"), "2014"),
    )
    page = to_html(Timeline(text=b.text, publication_date=date(2024, 3, 6), entries=entries))
    assert _parse(page).errors == []
    kinds = [a["data-kind"] for a in _items(page)]
    assert kinds == ["bar", "bar", "point"]  # 2014, 2024 (from Jan 1), then the morning of March 5
    widths = [float(m) for m in re.findall(r'class="tlv-canvas" style="width:(\d+)px', page)]
    assert widths and widths[0] < 2000


def dense_timeline() -> Timeline:
    """A crowded picture: a dozen events on a few days, sub-day times, years, quarters and open bounds."""
    b = _Builder()
    values = [
        "2019", "2023", "2023-12-25", "2024-01", "2024-Q1", "2024-W02", "2024-01-05", "2024-01-05", "2024-01-06",
        "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-12", "2024-01-12", "2024-01-12",
        "2024-01-15", "2024-01-15T09", "2024-01-15T14:30", "2024-02-01",
    ]  # fmt: skip
    placements = list(Placement)
    entries = []
    for i, value in enumerate(values):
        s = b.sentence(f"Officials in the capital said that event{i} happened after long talks with the rebels.")
        entries.append(_entry(b.event(s, f"event{i}"), value, placement=placements[i % len(placements)]))
    s = b.sentence("Earlier, something slipped, and later it continued.")
    jan8, jan14 = interval_from_value("2024-01-08"), interval_from_value("2024-01-14")
    assert jan8 is not None and jan14 is not None
    entries.append(_entry(b.event(s, "slipped"), None, jan8.open_start(), relation=Relation.BEFORE))
    entries.append(_entry(b.event(s, "continued"), None, jan14.open_end(), relation=Relation.AFTER))
    s = b.sentence("Long before, the river receded; since March, the drought has lasted.")
    y2018, mar1 = interval_from_value("2018-06-01"), interval_from_value("2024-03-01")
    assert y2018 is not None and mar1 is not None
    entries.append(_entry(b.event(s, "receded"), None, y2018.open_start(), relation=Relation.BEFORE))
    entries.append(_entry(b.event(s, "lasted"), None, mar1.open_end(), relation=Relation.AFTER))
    return Timeline(text=b.text, publication_date=date(2024, 1, 16), entries=tuple(entries))


def test_same_time_events_stack() -> None:
    page = to_html(seed_timeline())
    timeline = seed_timeline()
    tops: dict[str, tuple[float, float]] = {}
    for attrs in _items(page):
        style = str(attrs["style"])
        left = float(re.search(r"left:([\d.]+)px", style).group(1))  # type: ignore[union-attr]
        top = float(re.search(r"top:([\d.]+)px", style).group(1))  # type: ignore[union-attr]
        tops[str(attrs["data-event-id"])] = (left, top)
    ids = {e.event.text: e.event.id for e in timeline.entries}
    for group in SEED_ORDER:
        lefts = {tops[ids[name]][0] for name in group}
        rows = [tops[ids[name]][1] for name in group]
        assert len(lefts) == 1, group  # one x for one day...
        assert len(set(rows)) == len(rows), group  # ...each on its own row


def test_dense_timeline_fits() -> None:
    page = to_html(dense_timeline())
    assert _parse(page).errors == []
    assert len(_items(page)) == 24
    width = re.search(r'class="tlv-canvas" style="width:(\d+)px', page)
    assert width and int(width.group(1)) <= 1400
    assert page.count('class="tlv-cut"') >= 3  # years and months cut out of the axis


# --- in a browser --------------------------------------------------------------------------------------
def _chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1400,900",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=False)


def _rendered(page: str, tmp_path: Path, name: str) -> tuple[str, Path]:
    path = tmp_path / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    result = _chromium([f"--screenshot={shot}", path.as_uri()], tmp_path)
    assert shot.exists() and shot.stat().st_size > 10_000, result.stderr[-2000:]
    result = _chromium(["--dump-dom", path.as_uri()], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, shot


def _rects(dom: str) -> dict[str, tuple[float, float, float, float, float]]:
    """Event text -> (x, left, top, right, bottom) as drawn, from the data the page script wrote."""
    out: dict[str, tuple[float, float, float, float, float]] = {}
    for tag, attrs in _parse(dom).tags:
        if tag != "div" or "tlv-item" not in (attrs.get("class") or "").split():
            continue
        x = float(str(attrs["data-x"]))
        left, top, right, bottom = (float(v) for v in str(attrs["data-rect"]).split(","))
        out[str(attrs["data-event-id"])] = (x, left, top, right, bottom)
    return out


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.slow
def test_in_chromium(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    timeline = seed_timeline()
    dom, shot = _rendered(to_html(timeline), tmp_path, "timeline")
    assert 'data-ready="1"' in dom, "the page script did not run"
    rects = _rects(dom)
    ids = {e.event.text: e.event.id for e in timeline.entries}
    assert set(rects) == set(ids.values())
    # Every label is visible on the canvas, and no two labels overlap.
    for event_id, (_, left, top, right, bottom) in rects.items():
        assert right - left > 20 and bottom - top > 10, event_id
        assert left >= 0 and top >= 0, event_id
    boxes = list(rects.items())
    for i, (id_a, a) in enumerate(boxes):
        for id_b, b in boxes[i + 1 :]:
            assert not _overlap(a[1:], b[1:]), (id_a, id_b, a, b)
    # Left to right in time: groups strictly ordered, events of one day on one x, stacked.
    xs = [[rects[ids[name]][0] for name in group] for group in SEED_ORDER]
    for group, group_xs in zip(SEED_ORDER, xs, strict=True):
        assert max(group_xs) - min(group_xs) < 1, group
    for earlier, later in itertools.pairwise(xs):
        assert max(earlier) < min(later)
    x_under = rects[ids["underscored"]][0]
    assert x_under > rects[ids["said"]][0] and x_under < rects[ids["meetings"]][0]
    # The dense cluster is readable: a day spans at least 25 pixels, and the whole picture fits the window.
    day_px = xs[4][0] - xs[3][0]
    assert day_px >= 25
    width = re.search(r'class="tlv-canvas" style="width:(\d+)px', dom)
    assert width and int(width.group(1)) <= 1340
    # Unplaced events are listed, the publication date marked.
    assert "Not placed in time (2)" in dom and "published Mar 23, 2024" in dom
    assert shot.exists()


@pytest.mark.slow
def test_in_chromium_dense(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    timeline = dense_timeline()
    dom, _ = _rendered(to_html(timeline), tmp_path, "dense")
    rects = _rects(dom)
    assert len(rects) == len(timeline.entries)
    canvas = re.search(r'class="tlv-canvas"[^>]*data-rect="([^"]+)"', dom)
    assert canvas
    c_left, c_top, c_right, c_bottom = (float(v) for v in canvas.group(1).split(","))
    for event_id, (_, left, top, right, bottom) in rects.items():  # every label inside the picture
        assert c_left - 0.5 <= left and right <= c_right + 0.5 and c_top <= top and bottom <= c_bottom, event_id
    boxes = list(rects.items())
    for i, (id_a, a) in enumerate(boxes):
        for id_b, b in boxes[i + 1 :]:
            assert not _overlap(a[1:], b[1:]), (id_a, id_b, a, b)

    # Whatever ends before another starts is drawn to its left (an open bound counts as its known side).
    def span(entry: TimelineEntry) -> tuple[datetime, datetime]:
        lo, hi = entry.time.interval.start, entry.time.interval.end
        lo = lo if lo is not None else hi
        hi = hi if hi is not None else lo
        assert lo is not None and hi is not None
        return lo, hi

    checked = 0
    for a, b in itertools.permutations(timeline.entries, 2):
        if span(a)[1] <= span(b)[0]:
            checked += 1
            assert rects[a.event.id][0] <= rects[b.event.id][0] + 0.5, (a.event.text, b.event.text)
    assert checked > 100


@pytest.mark.slow
def test_in_chromium_script_injection_does_not_run(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    nasty = '<script>document.title="pwned";document.body.setAttribute("data-pwned","1")</script>'
    timeline = seed_timeline(extra_text=nasty)
    dom, _ = _rendered(to_html(timeline, title="safe"), tmp_path, "nasty")
    assert "<title>safe</title>" in dom
    body = re.search(r"<body[^>]*>", dom)
    assert body and "data-pwned" not in body.group(0)
    assert "&lt;script&gt;document.title" in dom  # shown as text instead
    assert 'data-ready="1"' in dom


@pytest.mark.slow
def test_in_chromium_details_of_a_selected_event(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    timeline = seed_timeline()
    voted = next(e for e in timeline.entries if e.event.text == "voted")
    path = tmp_path / "selected.html"
    path.write_text(to_html(timeline), encoding="utf-8")
    url = f"{path.as_uri()}#tlv-event={voted.event.id}"
    shot = tmp_path / "selected.png"
    _chromium([f"--screenshot={shot}", url], tmp_path)
    assert shot.exists()
    dom = _chromium(["--dump-dom", url], tmp_path).stdout
    panel = dom[dom.index('class="tlv-details"') :]
    panel = panel[: panel.index('class="tlv-unplaced"')]
    assert "<mark>voted</mark>" in panel
    assert "when-clause of “failed”" in panel
    assert "IS_INCLUDED" in panel and "2024-03-22" in panel
    assert "tlv-hint" not in panel


@pytest.mark.slow
def test_in_chromium_two_fragments_on_one_page(tmp_path: Path) -> None:
    """As in a notebook: several outputs on one page, each picture wired up once."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    page = f"<!DOCTYPE html><html><body>{html_fragment(seed_timeline())}<p>between</p>{html_fragment(dense_timeline())}"
    dom, _ = _rendered(page + "</body></html>", tmp_path, "fragments")
    assert dom.count('data-ready="1"') == 2
    assert dom.count("data-rect=") == 2 + len(seed_timeline().entries) + len(dense_timeline().entries)
