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

from timeline.anchor.datelines import DATE, Dateline, _head_lines, _parts, _PROSE, _QUOTING
from timeline.anchor.seats import seats

_PUB = (r"(?:(?:First|Originally)\s+(?:published|posted)|Date\s+published|Publication\s+date|Published\s+date"
        r"|Published|Posted|Created|Date|Dated)")
_UPD = r"(?:(?:Last\s+|Date\s+)?(?:updated|modified|revised|edited)|Last\s+update)"
_LABEL = re.compile(rf"(?i:(?P<upd>{_UPD})|(?P<pub>{_PUB}))(?:\s+(?:on|at))?\s*:?\s*")
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|JST|KST|HKT|SGT"
         r"|AEST|AEDT|MSK|Z)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}")
_CLOCK = (rf"(?:at\s+)?(?:T?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}}(?:\.\d+)?)?(?:\s*[aApP]\.?[mM]\.?)?"
          rf"|\d{{1,2}}\s*[aApP]\.?[mM]\.?|\d{{4}}(?=\s*(?:{_ZONE})\b))(?:\s*(?:{_ZONE})\b)?")
_CLOCK_ZONE = re.compile(_CLOCK.replace("(?:\\s*(?:", "(?:\\s*(?P<zone>", 1))
_FILLER_PART = (rf"(?:\s*,?\s*(?:{_CLOCK}|\((?:{_CLOCK})\)|(?:{_ZONE})\b"
                     r"|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
                     r"|by\s+[\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){0,3}|on\b|in\s+[A-Z][\w&]*(?:\s*,\s*[A-Z][\w&]*){0,3}))*")
_FILLER = re.compile(_FILLER_PART + r"[\s,.]*$")
_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:de|van|von|al|da|[A-Z][\w'’.\-]*)){0,3}"
_ROLE = (r"(?:(?:Senior|Chief|Staff|Political|Foreign|Deputy|Business|Sports|Science|Health|Special|Contributing"
         r"|Investigative|Local|News|Digital|Associate|Managing)\s+)*(?:Reporter|Correspondent|Editor|Writer"
         r"|Journalist|Contributor|Columnist|Staff|Desk|Bureau|Producer|Analyst|Author|Team)s?"
         r"(?:\s*,?\s*(?:(?:for|at|of)\s+)?(?:The\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})?")
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_BYLINE = re.compile(rf"(?:(?i:by)\s+(?:{_NAMES}|[a-z][\w.\-]{{1,20}})(?:\s+[\w.\-]+@[\w.\-]+)?(?:\s*,\s*{_ROLE}|\s*,\s*(?P<a1>[A-Z][\w ]+))?"
                     rf"|{_NAMES}\s*,\s*(?:{_ROLE}|(?P<a2>[A-Z][\w ]+))|{_ROLE}|(?P<a3>[A-Z][\w ]+))\s*$")
_RELATIVE = re.compile(r"(?i:(?:(?:last\s+)?(?:updated|posted|published|modified)\s*:?\s*)?(?:about\s+)?"
                       r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+"
                       r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago|just\s+now)\s*$")
_FURNITURE = re.compile(r"(?i:\d+\s+min(?:ute)?s?\s+read|\d+\s+comments?|comments?|share|print|e-?mail|listen"
                        r"|save|follow|read\s+more)\s*$")
_SPLIT = re.compile(r"\s+[|•·/—–\-]\s+|\s*[|•·]\s*|\s{3,}|,\s+(?=(?i:updated|last\s+updated|modified)\b)")
# A short name in title case ("Fox News", "World"): a source's or a section's beside a labelled stamp only.
_BARE = re.compile(r"[A-Z][\w&'’]*(?:\s+(?:[A-Z][\w&'’]*|&|of|and)){0,3}\s*$")
# A reader's comment below the story may carry its own "Posted on ..." stamp.
_COMMENTS = re.compile(r"(?i:\b(?:comments?|repl(?:y|ies)|responses?|readers?)\b)")
_OFFSETS = {"GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "WET": 0,
            "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
            "PDT": -420, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "MSK": 180}
_FOOT_LINES = 6


@dataclass(frozen=True)
class Segment:
    """One dated segment of a stamp line: its date (and a numeric date's other reading) and its kind."""

    text: str
    month: int | None
    day: int | None
    year: int | None
    other: dt.date | None  # "05/11/2018": 5 November or 11 May
    updated: bool
    order: str | None  # a numeric date's order when its parts decide it: "dmy" or "mdy"
    note: str | None  # what its zone says about the day

    @property
    def days(self) -> tuple[dt.date, ...]:
        """Its readings as days (none without a year)."""
        first = dt.date(self.year, self.month, self.day) if self.year and self.month and self.day else None
        return tuple(d for d in (first, self.other) if d is not None)


@dataclass(frozen=True)
class WebStamp:
    """The stamp :func:`find_web_stamp` reads: ``line`` is the publication's (or, alone, the update's)."""

    line: Dateline | None
    updated: bool
    notes: tuple[str, ...]


def _zone_note(segment: str, day: dt.date, clock: re.Match) -> str | None:
    """What a printed zone says: the day is kept as printed; the UTC day when the clock crosses midnight.

    >>> _zone_note("Nov 18, 2018 11.30 PM EST", dt.date(2018, 11, 18), _CLOCK_ZONE.search("11.30 PM EST"))
    '“Nov 18, 2018 11.30 PM EST” prints its zone (EST): the printed day 2018-11-18 is kept; at UTC it is 2018-11-19'
    """
    zone = clock["zone"]
    if not zone:
        return None
    said = f"“{segment}” prints its zone ({zone}): the printed day {day.isoformat()} is kept"
    offset, minutes = _offset(zone), _minutes(clock.group())
    if offset is None or minutes is None:
        return said
    utc = day + dt.timedelta(days=(minutes - offset) // 1440)
    return said if utc == day else f"{said}; at UTC it is {utc.isoformat()}"


def _minutes(clock: str) -> int | None:
    """Minutes after midnight of a printed clock ("11.30 PM": 1410, "1132 GMT": 692), None if unread.

    >>> _minutes("11.30 PM"), _minutes("1132 GMT"), _minutes("T10:32:00Z"), _minutes("12 am")
    (1410, 692, 632, 0)
    """
    found = re.match(r"(?:at\s+)?T?(?:(\d{2})(\d{2})\b|(\d{1,2})(?:[:.](\d{2}))?\s*(?:([aApP])\.?[mM])?)", clock)
    if found is None:
        return None
    if found[1]:
        return int(found[1]) * 60 + int(found[2])
    hour = int(found[3]) % 12 + (12 if (found[5] or "").lower() == "p" else 0) if found[5] else int(found[3])
    return hour * 60 + int(found[4] or 0) if hour < 24 else None


def _offset(zone: str) -> int | None:
    """Minutes east of UTC of a printed zone, or None when it is not one offset ("ET", "IST")."""
    found = re.fullmatch(r"(?:([A-Z]+)\s*)?(?:([+-])(\d{1,2}):?(\d{2})?)?", zone)
    if found is None or (found[1] and found[1] not in _OFFSETS):
        return None
    extra = (int(found[3]) * 60 + int(found[4] or 0)) * (-1 if found[2] == "-" else 1) if found[2] else 0
    return _OFFSETS.get(found[1] or "UTC", 0) + extra


def _order(match: re.Match) -> str | None:
    """The order a numeric date's parts decide ("18/11/2018": "dmy"), else None."""
    if not match["n1"] or match["ns"] == ".":
        return "dmy" if match["n1"] else None
    first, second = int(match["n1"]), int(match["n2"])
    return "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else None


def read_segment(segment: str) -> Segment | bool | str:
    """A segment's date (a :class:`Segment`), True for another stamp part, False when it is no stamp's.

    "bare" for a short name in title case, a stamp's part only beside a labelled stamp.

    >>> read_segment("Posted on 2018-11-18T10:32:00Z by admin").days
    (datetime.date(2018, 11, 18),)
    >>> read_segment("By Jane Doe, Reporter"), read_segment("Updated 2 hours ago"), read_segment("a day that")
    (True, True, False)
    """
    label = _LABEL.match(segment)
    rest = segment[label.end():] if label and (label["upd"] or label["pub"]) else segment
    date = re.match(rf"{_FILLER_PART}[\s,]*(?P<date>{DATE})", rest)
    if date is not None and _FILLER.match(rest, date.end()):
        month, day, year, valid, other = _parts(date)
        if not valid or month is None:
            return False
        clock = _CLOCK_ZONE.search(rest)
        found = Segment(segment, month, day, year, other, bool(label and label["upd"]), _order(date), None)
        if clock and found.days:
            found = replace(found, note=_zone_note(segment, found.days[0], clock))
        return found
    if _RELATIVE.match(segment) or _FURNITURE.match(segment) or re.fullmatch(rf"\s*{_CLOCK}\s*", segment):
        return True
    byline = _BYLINE.match(segment)
    if byline is None:
        return "bare" if _BARE.match(segment) else False
    agency = byline["a2"] or byline["a3"]
    if agency is None or agency.strip().lower() in seats():
        return True
    return "bare" if byline["a3"] and _BARE.match(segment) else False


def read_line(line: str) -> list[Segment] | None:
    """The dated segments of a stamp line, or None when ``line`` is not shaped like a stamp.

    >>> [s.days for s in read_line("John Smith and Jane Doe, Reuters  ·  Nov 18, 2018")]
    [(datetime.date(2018, 11, 18),)]
    >>> read_line("Nov 18, 2018: a day that changed Russia"), read_line("Politics | Nov 18, 2018")
    (None, None)
    """
    if len(line) > 240 or len(line.split()) > 30:
        return None
    parts = [read_segment(part.strip()) for part in _SPLIT.split(line) if part.strip()]
    if not parts or not all(parts):
        return None
    dated = [part for part in parts if isinstance(part, Segment)]
    labelled = any(_LABEL.match(seg.text) for seg in dated)
    return dated if dated and (labelled or "bare" not in parts) else None


def _stamp_lines(story: str, max_chars: int, max_lines: int) -> list[tuple[int, str, list[Segment]]]:
    """The stamp lines at the head of ``story`` (above its first paragraph; not after a line quoting)."""
    lines, out = _head_lines(story, max_chars, max_lines), []
    for n, (offset, line) in enumerate(lines):
        if n and _QUOTING.search(lines[n - 1][1]):
            continue
        dated = read_line(line)
        if dated is not None:
            out.append((offset, line, dated))
        elif _PROSE.match(line):
            break
    return out


def _foot_lines(text: str) -> list[tuple[int, str, list[Segment]]]:
    """Labelled publication stamps among the last lines of ``text``, below a paragraph of the story.

    >>> [line for _, line, _ in _foot_lines("The pier will close at the end of the month, the council said on Monday.\\n"
    ...                                      "Published: 18 November 2018")]
    ['Published: 18 November 2018']
    """
    lines = [line.strip() for line in text[-3000:].splitlines() if line.strip()]
    out = []
    for n in range(len(lines) - 1, max(len(lines) - _FOOT_LINES, 0) - 1, -1):
        line = lines[n]
        if _PROSE.match(line):
            return out
        if _COMMENTS.search(line):
            return []
        label = _LABEL.match(line)
        dated = read_line(line) if label and label["pub"] and n and not _QUOTING.search(lines[n - 1]) else None
        if dated and any(not d.updated for d in dated):
            out.insert(0, (text.rfind(line), line, [d for d in dated if not d.updated]))
    return []


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
    head = _stamp_lines(story, max_chars, max_lines)
    found = [(start, line, seg) for start, line, segs in head + _foot_lines(text) for seg in segs]
    order = _site_order([seg for _, _, seg in found])
    notes: list[str] = []
    published = [item for item in found if not item[2].updated]
    updates = [item for item in found if item[2].updated and item[2].days]
    chosen = published[0] if published else (updates[0] if updates else None)
    if chosen is None:
        return WebStamp(None, False, ())
    start, line, segment = chosen
    segment, said = _decided(segment, order)
    notes += [said] if said else []
    notes += [s.note for _, _, s in found[:2] if s.note]
    if published and updates:
        upd = updates[0][2]
        notes.append(f"update stamp “{upd.text}”: the page changed on {upd.days[-1].isoformat()}, after its "
                     f"publication; the publication stamp “{segment.text}” dates the story")
    return WebStamp(_as_dateline(line, start, segment), not published, tuple(notes))


def with_web_stamp(line: Dateline | None, stamp: WebStamp) -> tuple[Dateline | None, bool | None, list[str]]:
    """The dateline the anchor reads once a page's ``stamp`` is known, whether it is an update, and notes.

    The stamp stands in for no dateline, for one that names no date ("NEW YORK (Reuters) -") and for an
    update line; a dated dateline stays (with the stamp's notes when it is the same line). The middle item
    is None when the dateline stays (the anchor decides for itself whether it is an update).

    >>> stamp = find_web_stamp("By Jo Li | Nov 18, 2018\\nMOSCOW (Reuters) - Text.")
    >>> line, updated, notes = with_web_stamp(None, stamp)
    >>> line.text, updated, notes
    ('By Jo Li | Nov 18, 2018', False, [])
    """
    if stamp.line is None or (line is not None and line.month is not None and not _UPDATE_LINE.match(line.text)):
        same = stamp.line is not None and line is not None and stamp.line.start == line.start
        if same and line.other is not None and stamp.line.other is None:  # another stamp decided its order
            return stamp.line, stamp.updated, list(stamp.notes)
        return line, None, list(stamp.notes) if same else []
    if line is not None and line.month is not None and stamp.updated:  # an update line both read
        return line, None, []
    return stamp.line, stamp.updated, list(stamp.notes)


_UPDATE_LINE = re.compile(r"(?:Last\s+)?Updated\b", re.IGNORECASE)
