"""Web pages' stamp lines: bylines and publication or update stamps (corpus ``web_stamps.tsv``).

Text copied from a news site carries its date in a stamp line near the head of the story (for some
sites at its foot), not in metadata. A line is a stamp only when it is shaped like one: split at its
separators (``|``, ``•``, ``·``, `` / ``, `` — ``, `` - ``, wide gaps), every segment must be a stamp's
part and one of them must name a day:

- a dated segment: an optional label ("Published", "Posted on", "First published on", "Originally
  published", "Updated", "Last updated", "Modified"), one written date (named, numeric or ISO, an ISO
  timestamp with ``Z`` or an offset), clocks (12 or 24 h), zones, a weekday, a trailing "by NAME";
- a byline: "By John Smith", "By Jane Doe, Reporter", "John Smith and Jane Doe, Reuters", an agency;
- page furniture: a clock alone, "3 min read", "12 Comments", "Share";
- a relative stamp ("Updated 2 hours ago", "3 days ago"): it is counted from the reading, which the
  text does not give, so it fixes nothing and the clock is never read.

"Nov 18, 2018: a day that changed Russia" is no stamp (its colon goes on as prose), nor "Politics | Nov
18, 2018" (a bare word is no byline), nor a caption, a quotation or a timeline entry. An update
("Updated", "Modified") is on or after the publication: with a publication stamp it is kept in the
evidence, alone it bounds the DCT from above. A numeric date that reads two ways ("05/11/2018") keeps
both readings unless another stamp of the page shows the site's order ("Updated 19/11/2018": day first).
A zone never moves the printed day; when the clock crosses midnight at UTC the evidence says so.

>>> found = find_web_stamp("Russia vows response\\nBy John Smith | Nov 18, 2018 | 10:32 AM\\n\\nRussia said.")
>>> found.line.text, found.line.date, found.updated
('By John Smith | Nov 18, 2018 | 10:32 AM', datetime.date(2018, 11, 18), False)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.anchor.datelines import Dateline, _head_lines, _PROSE, _QUOTING
from timeline.anchor.genres import republished_at
from timeline.anchor.web_check import contradicted
from timeline.anchor.web_context import (DAY_LINE, below_masthead, dateline_below, fact_sheet, foot_lines,
                                          head_refusals, mastheads, release_dates)
from timeline.anchor.web_segments import Segment, numeric_order, read_line, reading, relative_line

@dataclass(frozen=True)
class WebStamp:
    """The stamp :func:`find_web_stamp` reads: ``line`` is the publication's (or, alone, the update's)."""

    line: Dateline | None
    updated: bool
    notes: tuple[str, ...]
    refused: tuple[int, ...] = ()  # starts of head lines shaped like stamps that are not the page's
    below: Dateline | None = None  # a correspondent's dated dateline below the stamp, naming another day


def _stamp_lines(story: str, max_chars: int, max_lines: int, text: str = "") -> tuple[
        list[tuple[int, str, list[Segment]]], list[str], list[int]]:
    """The stamp lines at the head of ``story`` (above its first paragraph; not after a line quoting), notes, refused.

    A relative stamp ("By Jo Li | 3 days ago") is noted: it is counted from the reading, not from a date. A
    "Date:" line of an event's fact sheet is refused (its start is returned, so no dateline reads it either).
    """
    lines, out, notes, refused = _head_lines(story, max_chars, max_lines), [], [], []
    refusals = head_refusals(story, lines)
    masts = mastheads(lines)
    if text:  # a list's heading ("Related") or a menu may be blanked as junk in the story: read them in the text
        whole = _head_lines(text, max_chars, max_lines)
        theirs = {line: said for start, line in whole if (said := head_refusals(text, whole).get(start))}
        refusals.update({start: theirs[line] for start, line in lines if line in theirs and start not in refusals})
        masts |= mastheads(whole)
    for n, (offset, line) in enumerate(lines):
        if n and _QUOTING.search(lines[n - 1][1]):
            continue
        dated = read_line(line)
        if dated is not None and offset in refusals:
            refused.append(offset)
            notes.append(refusals[offset])
        elif dated is not None and fact_sheet([text for _, text in lines], n):
            refused.append(offset)
            notes.append(f"“{line}” stands among an event's labelled facts (time, venue): the event's day, not "
                         "the page's")
        elif dated is not None and line in masts:  # the day the page was read: the story is on or before it
            out.append((offset, line, [replace(seg, updated=True) for seg in dated]))
            notes.append(f"“{line}” stands beside the site's menu: the masthead's date, the day the page was read; "
                         "the story was published on or before it")
        elif dated is not None:
            out.append((offset, line, dated))
        elif relative_line(line):
            notes.append(f"“{line}” is a relative stamp: it counts from the moment of reading, which the text does "
                         "not give, so it fixes no day (the clock is never read)")
        elif _PROSE.match(line):
            break
    return out, notes, refused


def _site_order(segments: list[Segment]) -> str | None:
    """The numeric order every decided stamp of the page shares, else None."""
    orders = {s.order for s in segments if s.order}
    return orders.pop() if len(orders) == 1 else None


def _decided(segment: Segment, order: str | None) -> tuple[Segment, str | None]:
    """``segment`` with a two-way numeric date decided by the site's ``order``, and the note saying so."""
    numbers = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", segment.text)
    if segment.other is None or order is None or numbers is None:
        return segment, None
    first, second, year = (int(n) for n in numbers.groups())
    keep = dt.date(year, second, first) if order == "dmy" else dt.date(year, first, second)
    said = (f"“{segment.text}” reads two ways; another stamp of the page writes its numeric date "
            f"{'day' if order == 'dmy' else 'month'} first, so {keep.isoformat()}")
    return replace(segment, month=keep.month, day=keep.day, year=keep.year, other=None), said


_SLASHED = re.compile(r"(?<![\d/.])(?P<n1>\d{1,2})(?P<ns>/)(?P<n2>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _numeric_dates(text: str) -> list[Segment]:
    """The site's style: numeric dates of the page (its stamps and story) whose parts decide their order, two or more.

    >>> len(_numeric_dates("Posted 05/11/2018. A bid dated 10/25/2018.")), len(_numeric_dates("25/10/2018, 30/10/2018"))
    (0, 2)
    """
    out = []
    for found in _SLASHED.finditer(text[:20000]):
        order = numeric_order(found)
        if order:
            out.append(Segment(found.group(), None, None, None, None, False, order, None))
    return out if len(out) >= 2 else []  # one date may be quoted from a page of another style ("a US bid, 10/25/2018")


def _before_update(segment: Segment, update: Segment) -> tuple[Segment, str | None]:
    """A two-way publication date that only one order keeps on or before the page's update (read in that order).

    >>> from timeline.anchor.web_segments import read_segment
    >>> seg = read_segment("Posted 05/11/2018")
    >>> _before_update(seg, read_segment("Updated June 1, 2018"))[0].days
    (datetime.date(2018, 5, 11),)
    >>> _before_update(seg, read_segment("Updated 01/06/2018"))[1] is None
    True
    """
    orders = [o for o in ("dmy", "mdy") if (p := reading(segment, o)) and (u := reading(update, o)) and p <= u]
    if len(orders) != 1:
        return segment, None
    keep = reading(segment, orders[0])
    said = (f"“{segment.text}” reads two ways; only {keep.isoformat()} is on or before the page's update "
            f"“{update.text}”")
    return replace(segment, month=keep.month, day=keep.day, year=keep.year, other=None), said


def _update_note(update: Segment, published: Segment) -> str:
    """The evidence an update stamp beside the publication stamp gives: a later change, or a disagreement.

    >>> from timeline.anchor.web_segments import read_segment
    >>> _update_note(read_segment("Updated 2018-11-17"), read_segment("Posted 2018-11-18"))[:61]
    '“Updated 2018-11-17” names a day before the publication stamp'
    """
    days = " or ".join(d.isoformat() for d in update.days)
    if published.days and max(update.days) < min(published.days):
        return (f"“{update.text}” names a day before the publication stamp “{published.text}”: the page's stamps "
                "disagree; the publication stamp is read")
    return (f"update stamp “{update.text}”: the page changed on {days}, after its publication; the publication "
            f"stamp “{published.text}” dates the story")


def _bare(line: str, segment: Segment) -> bool:
    """Whether ``line`` is a date alone (no label, byline or clock) naming one full date."""
    return len(segment.days) == 1 and bool(DAY_LINE.fullmatch(line))


def _as_dateline(line: str, start: int, segment: Segment) -> Dateline:
    return Dateline(text=line, start=start, end=start + len(line), month=segment.month, day=segment.day,
                    year=segment.year, other=segment.other)


def find_web_stamp(story: str, *, text: str = "", max_chars: int = 1500, max_lines: int = 12) -> WebStamp:
    """The publication stamp of a web page's head (else of its foot, read in ``text``), else its update stamp.

    Parameters
    ----------
    story : str
        The story as printed (junk blanked, offsets kept).
    text : str, optional
        The document's whole text, whose last lines may hold a site's foot stamp ("Published: ...").
    max_chars, max_lines : int
        How far into the story a stamp line may stand.

    Returns
    -------
    WebStamp
        ``line`` is None when no stamp names a day; ``updated`` says the line is an update's (the DCT is on
        or before it); ``notes`` keep what else the stamps say (an update, a zone, an order decided).

    Examples
    --------
    >>> found = find_web_stamp("Published 05/11/2018 | Updated 19/11/2018\\nText.")
    >>> found.line.date, found.updated, found.notes[0][:38]
    (datetime.date(2018, 11, 5), False, '“Published 05/11/2018” reads two ways;')
    >>> find_web_stamp("Updated 2 hours ago\\nText.").line is None
    True
    """
    head, notes, refused = _stamp_lines(story, max_chars, max_lines, text)
    found = [(start, line, seg) for start, line, segs in head + foot_lines(text) for seg in segs]
    found, said = release_dates(found, story)
    notes += said
    order = _site_order([seg for _, _, seg in found] + _numeric_dates(text or story))
    published = [item for item in found if not item[2].updated]
    updates = [item for item in found if item[2].updated and item[2].days]
    heads = {start for start, _, _ in head}
    days = {(start, seg.days or (seg.month, seg.day)) for start, _, seg in published if start in heads}
    published, dropped, said = below_masthead(published, heads)
    if dropped:
        refused, notes = refused + dropped, notes + said
        days = {(start, seg.days or (seg.month, seg.day)) for start, _, seg in published if start in heads}
    if len({start for start, _ in days}) > 1 and len({d for _, d in days}) > 1:
        said = "; ".join(f"“{line}”" for start, line, _ in published if start in heads)
        return WebStamp(None, False, tuple(notes) + (f"stamp lines {said} name different days: entries of a live "
                                                     "page or a list, not the page's one stamp; none is read",),
                        tuple(refused) + tuple(start for start, line, _ in published if start in heads
                                               and not DAY_LINE.fullmatch(line)))
    chosen = published[0] if published else (updates[0] if updates else None)
    if chosen is None:
        return WebStamp(None, False, tuple(notes), tuple(refused))
    start, line, segment = chosen
    spans = sorted({(at, text) for at, text, _ in found if at in heads})
    said = contradicted(story, spans, line, segment.days[0]) if _bare(line, segment) else None
    if said:  # a date alone under the headline that the story itself excludes: its subject's day
        return WebStamp(None, False, tuple(notes) + (said,), tuple(refused) + (start,))
    if (note := republished_at(story)) is not None and start < note and not segment.updated:
        segment = replace(segment, updated=True)  # the republication's day: the text was written on or before it
        notes.append(f"“{line}” stamps the page above a note that the story is republished: the text was "
                     "written on or before it")
        published = []
    segment, said = _decided(segment, order)
    if published and updates and segment.other is not None:
        segment, said = _before_update(segment, updates[0][2])
    notes += [said] if said else []
    notes += [s.note for _, _, s in found[:2] if s.note]
    if published and updates:
        notes.append(_update_note(updates[0][2], segment))
    return WebStamp(_as_dateline(line, start, segment), not published, tuple(notes), tuple(refused),
                    dateline_below(story, start + len(line), segment))


def with_web_stamp(line: Dateline | None, stamp: WebStamp) -> tuple[Dateline | None, bool | None, list[str]]:
    """The dateline the anchor reads once a page's ``stamp`` is known, whether it is an update, and notes.

    The stamp stands in for no dateline, for one that names no date ("NEW YORK (Reuters) -") and for an
    update line; a dated dateline stays (with the stamp's notes when it is the same line), and a yearless
    one takes the year of a publication stamp that names its day. The middle item is None when the
    dateline stays (the anchor decides for itself whether it is an update).

    >>> stamp = find_web_stamp("By Jo Li | Nov 18, 2018\\nMOSCOW (Reuters) - Text.")
    >>> line, updated, notes = with_web_stamp(None, stamp)
    >>> line.text, updated, notes
    ('By Jo Li | Nov 18, 2018', False, [])
    """
    if line is not None and line.start in stamp.refused:  # an event's "Date:" line, not the page's
        line = None
    if stamp.line is None:
        return line, None, list(stamp.notes)
    if stamp.below is not None:  # the writer's day, which the story counts from; the page may be stamped a day on
        return stamp.below, None, list(stamp.notes) + [
            f"the page’s stamp “{stamp.line.text}” names another day than the dateline “{stamp.below.text}”: the "
            "dateline, the day the story counts from, is read"]
    if line is None or line.month is None or (_UPDATE_LINE.match(line.text) and not stamp.updated):
        return stamp.line, stamp.updated, list(stamp.notes)
    if stamp.line.start == line.start:
        if stamp.updated and not _UPDATE_LINE.match(line.text):  # a masthead's date, a product's release date
            return stamp.line, True, list(stamp.notes)
        if line.other != stamp.line.other:  # another stamp decided its order, or its weekday names another day
            return stamp.line, stamp.updated, list(stamp.notes)
        if line.year is None and stamp.line.year is not None:  # "Published Nov. 18, 2018Updated ...": glued
            return stamp.line, stamp.updated, list(stamp.notes)
        return line, None, list(stamp.notes)
    if line.year is None and stamp.line.year is not None and not stamp.updated:
        return _yearless(line, stamp)
    return line, None, []


def _yearless(line: Dateline, stamp: WebStamp) -> tuple[Dateline, None, list[str]]:
    """A yearless dateline beside a dated publication stamp: the stamp's year when it names the same day.

    >>> from timeline.anchor.datelines import find_dateline
    >>> story = "By Jo Li | Nov 18, 2018\\nMOSCOW, November 18. /TASS/. Talks."
    >>> line, _, notes = _yearless(find_dateline(story), find_web_stamp(story))
    >>> line.date, notes[0][:40]
    (datetime.date(2018, 11, 18), 'the page’s stamp “By Jo Li | Nov 18, 201')
    """
    page = stamp.line
    if (page.month, page.day) == (line.month, line.day) and page.other is None:
        said = f"the page’s stamp “{page.text}” names the dateline’s day with its year, {page.year}"
        return line.model_copy(update={"year": page.year}), None, list(stamp.notes) + [said]
    said = (f"the page’s stamp “{page.text}” names another day than the dateline “{line.text}”: the dateline, "
            "the day the story counts from, is read")
    return line, None, [said]


_UPDATE_LINE = re.compile(r"(?:Last\s+)?Updated\b", re.IGNORECASE)
