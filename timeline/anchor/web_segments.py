"""The grammar of a web page's stamp line: its segments, dates, clocks, zones and bylines.

Read by :mod:`timeline.anchor.web_stamps` (whose corpus, ``web_stamps.tsv``, runs these rules). A
line is split at its separators; each segment is a dated stamp part (a :class:`Segment`), another
stamp part (a byline, a clock, a relative stamp, page furniture), a bare name in title case (a stamp's
part only beside a labelled stamp), or no stamp's part at all.

>>> [s.days for s in read_line("By Jane Doe, Reporter • Nov 18, 2018 • 10:32 AM EST")]
[(datetime.date(2018, 11, 18),)]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.anchor.datelines import DATE, _parts
from timeline.anchor.dayset import MONTH_RE
from timeline.anchor.seats import seats
from timeline.anchor.web_forms import plain, weekday_other

_PUB = (r"(?:(?:First|Originally)\s+(?:published|posted)|Date\s+published|Publication\s+date|Published\s+date"
        r"|Release\s+date"
        r"|Publish(?:ed)?\s+(?:date|time)|(?:Date|Time)\s+(?:published|posted)|Posted\s+date|Published|Posted|Submitted"
        r"|Created|Date|Dated)")
_UPD = r"(?:(?:Edited|Updated)\s+time|(?:Last\s+|Date\s+)?(?:updated|modified|revised|edited)|Last\s+update)"
# "Posted on", "Published On", "Submitted by admin on" (Drupal).
LABEL = re.compile(rf"(?i:(?:(?P<upd>{_UPD})|(?P<pub>{_PUB}))(?:\s+by\s+[\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s+on)?"
                   r"(?:\s+(?:on|at))?)\s*:?\s*")
_ZONE_NAME = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|JST|KST|HKT"
              r"|SGT|AEST|AEDT|MSK|Z)")
_ZONE = rf"(?:{_ZONE_NAME}(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?|[+-]\d{{2}}:?\d{{2}})"
_CLOCK = (rf"(?:at\s+)?(?:T?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}}(?:\.\d+)?)?(?:\s*[aApP]\.?[mM]\.?)?"
          rf"|\d{{1,2}}\s*[aApP]\.?[mM]\.?|\d{{4}}(?=\s*{_ZONE}\b))")
_CLOCK_ZONE = re.compile(rf"{_CLOCK}(?:\s*(?P<zone>{_ZONE})\b)?")
# A clock alone as a segment: "10:32", "7.45pm", "10.32 GMT"; a bare "1.25" is a number (a rate, a price).
_BARE_CLOCK = re.compile(rf"(?:at\s+)?(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[aApP]\.?[mM]\.?)?|\d{{1,2}}(?:\.\d{{2}})?\s*[aApP]\.?[mM]\.?"
                         rf"|\d{{1,2}}[.:]?\d{{2}}\s*{_ZONE}\b)(?:\s*{_ZONE}\b)?")
# What may stand around a stamp's date: clocks, "(1932 HKT)", zones, a weekday, "by admin", "on", "in News, Events".
# Each part is read one way only (a zone is its own part, never a clock's tail; "GMT+3" is a zone and an offset):
# a part read two ways would make a long line of them take exponential time.
_FILLER_PART = (rf"(?:\s*(?:,\s*)?(?:{_CLOCK}|\({_CLOCK}(?:\s*{_ZONE_NAME})?\)|{_ZONE_NAME}\b"
                r"|[+-]\d{1,2}(?::?\d{2})?\b"
                r"|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
                r"|by\s+[\w.'’\-]+(?:\s+[A-Z][\w.'’\-]*){0,3}|on\b|in\s+[A-Z][\w&]*(?:\s*,\s*[A-Z][\w&]*){0,3}))*")
_FILLER = re.compile(_FILLER_PART + r"[\s,.]*$")
_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:de|van|von|al|da|[A-Z][\w'’.\-]*)){0,3}"
_ROLE = (r"(?:(?:Senior|Chief|Staff|Political|Foreign|Deputy|Business|Sports|Science|Health|Special|Contributing"
         r"|Investigative|Local|News|Digital|Associate|Managing)\s+)*(?:Reporter|Correspondent|Editor|Writer"
         r"|Journalist|Contributor|Columnist|Staff|Desk|Bureau|Producer|Analyst|Author|Team)s?"
         r"(?:\s*,?\s*(?:(?:for|at|of)\s+)?(?:The\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})?")
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
# "By NAMES[ email][, ROLE | , Place]", "NAMES, ROLE | Agency", a role alone, or a bare name (an agency: checked).
# "By Jo Li in Moscow": the reporter's place may follow the names.
_BYLINE = re.compile(rf"(?:(?i:by)\s+(?:{_NAMES}|[a-z][\w.\-]{{1,20}})(?:\s+in\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}})?"
                     r"(?:\s+[\w.\-]+@[\w.\-]+)?"
                     rf"(?:\s*,\s*{_ROLE}|\s*,\s*(?P<a1>[A-Z][\w ]+))?"
                     rf"|{_NAMES}\s*,\s*(?:{_ROLE}|(?P<a2>[A-Z][\w ]+))|{_ROLE}|(?P<a3>[A-Z][\w ]+))\s*$")
# A byline whose date follows in the same segment: its names are no month ("By November 18, 2018, ..." is prose).
_SIGNED = re.compile(rf"(?i:by)\s+(?!{MONTH_RE}\.?\s+\d){_NAME}(?:\s*(?:,|and|&)\s*(?!{MONTH_RE}\.?\s+\d){_NAME})*"
                     r"(?:\s*,\s*|\s+on\s+)(?=\S)")
_HANDLE = re.compile(r"(?:admin|administrator|editor|webmaster|newsroom|staff|webteam|web\s+team)\s*")
_RELATIVE = re.compile(r"(?i:(?:(?:last\s+)?(?:updated|posted|published|modified)\s*:?\s*)?(?:about\s+)?"
                       r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+"
                       r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago|just\s+now)\s*$")
_FURNITURE = re.compile(r"(?i:\d+\s+min(?:ute)?s?\s+read|\d+\s+comments?|comments?|share|print|e-?mail|listen"
                        r"|save|follow|read\s+more|leave\s+a\s+(?:comment|reply)|no\s+comments|\d+\s+shares?"
                        r"|share\s+(?:this(?:\s+(?:article|story|page|post))?|on\s+\w+)\s*:?|paid)\s*$")
# A capitalised update label after the publication's date splits, glued or not ("Published Nov. 18, 2018Updated
# Nov. 19, 2018", as copied from a page; "Published time: 18 Nov, 2018 10:32 Edited time: ...").
# Bullets as sites print them ("∙" Substack, "⋅", "‧", a full-width bar "｜"), and "//" between spaces.
_SPLIT = re.compile(r"\s+(?:[|•·/—–\-]|//)\s+|\s*[|•·∙⋅‧｜]\s*|\s{3,}|,\s+(?=(?i:updated|last\s+updated|modified)\b)"
                    r"|(?<=\w)\s*(?=(?:Updated|Last\s+[Uu]pdated|Last\s+[Mm]odified|Modified|Edited)\b)"
                    r"|\s*\((?=(?i:updated|last\s+updated|modified)\b)")
# A short name in title case ("Fox News", "World"): a source's or a section's beside a labelled stamp only.
_BARE = re.compile(r"[A-Z][\w&'’]*(?:\s+(?:[A-Z][\w&'’]*|&|of|and)){0,3}\s*$")
_OFFSETS = {"GMT": 0, "UTC": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "WET": 0,
            "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
            "PDT": -420, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660, "MSK": 180}


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


def numeric_order(match: re.Match) -> str | None:
    """The order a numeric date's parts decide ("18/11/2018": "dmy"), else None."""
    if not match["n1"] or match["ns"] == ".":
        return "dmy" if match["n1"] else None
    first, second = int(match["n1"]), int(match["n2"])
    return "dmy" if first > 12 >= second else "mdy" if second > 12 >= first else None


def read_segment(segment: str) -> Segment | bool | str:
    """A segment's date (a :class:`Segment`), True for another stamp part, False when it is no stamp's.

    "byline" for a "By ..." byline; "bare" for a short name in title case, a stamp's part only beside a
    labelled stamp or a "By" byline.

    >>> read_segment("Posted on 2018-11-18T10:32:00Z by admin").days
    (datetime.date(2018, 11, 18),)
    >>> read_segment("By Jane Doe, Reporter"), read_segment("Updated 2 hours ago"), read_segment("a day that")
    ('byline', True, False)
    """
    segment = plain(segment)
    label = LABEL.match(segment)
    rest = segment[label.end():] if label and (label["upd"] or label["pub"]) else segment
    date = re.match(rf"{_FILLER_PART}[\s,]*(?P<date>{DATE})", rest)
    if date is not None and _FILLER.match(rest, date.end()):
        month, day, year, valid, other = _parts(date)
        if not valid or month is None:
            return False
        clock = _CLOCK_ZONE.search(rest)
        found = Segment(segment, month, day, year, other, bool(label and label["upd"]), numeric_order(date), None)
        if clock and found.days:
            found = replace(found, note=_zone_note(segment, found.days[0], clock))
        written = rest[:date.end("date")]  # the weekday written with the date, not a name after it ("by Sun Li")
        other, said = weekday_other(written, found.days[0]) if found.days and other is None else (None, None)
        if other is not None:  # the weekday and the date disagree: both days stay
            found = replace(found, other=other, note=said)
        return found
    if _RELATIVE.match(segment) or _FURNITURE.match(segment) or _BARE_CLOCK.fullmatch(segment.strip()):
        return True
    signed = _SIGNED.match(segment)  # "By Jo Li on Nov 18, 2018", "By Jo Li, Nov 18, 2018"
    if signed and isinstance(dated := read_segment(segment[signed.end():]), Segment):
        return dated
    agency = re.fullmatch(r"(?i:by\s+the\s+)(.+?)\s*", segment)  # "By the Associated Press"
    if agency and agency[1].lower() in seats():
        return "byline"
    if _HANDLE.fullmatch(segment):  # a blog's author handle beside its date: "18 Nov 2018 · admin"
        return "byline"
    credit = re.fullmatch(r"(?i:source|editor|agency)\s*:\s*(.+?)\s*", segment)  # Xinhua: "Source: Xinhua| ...|Editor: Li"
    if credit and (segment[:6].lower() != "source" or credit[1].lower() in seats()):
        return "byline"
    byline = _BYLINE.match(segment)
    if byline is None:
        return "bare" if _BARE.match(segment) else False
    agency = byline["a2"] or byline["a3"]
    if agency is None and re.match(r"(?i:by)\s", segment):
        return "byline"
    if agency is None or agency.strip().lower() in seats():
        return True
    return "bare" if byline["a3"] and _BARE.match(segment) else False


def read_line(line: str) -> list[Segment] | None:
    """The dated segments of a stamp line, or None when ``line`` is not shaped like a stamp.

    >>> [s.days for s in read_line("John Smith and Jane Doe, Reuters  ·  Nov 18, 2018")]
    [(datetime.date(2018, 11, 18),)]
    >>> read_line("Nov 18, 2018: a day that changed Russia"), read_line("Politics | Nov 18, 2018")
    (None, None)
    >>> read_line("Nov 18, 1948 — May 3, 2019") is None  # a span, not a stamp
    True
    """
    if len(line) > 240 or len(line.split()) > 30:
        return None
    parts = [read_segment(part.strip()) for part in split(line) if part.strip()]
    if not parts or not all(parts):
        return None
    dated = [part for part in parts if isinstance(part, Segment)]
    if len({seg.days or (seg.month, seg.day) for seg in dated if not seg.updated}) > 1:
        return None  # two days unlabelled: a span ("Nov 18, 1948 — May 3, 2019"), a list, no one stamp
    # A bare name is a section's or a source's beside a label or a "By" byline ("Opinion | By Jane Doe | ..."),
    # else it may be an event's ("Remembrance | Nov 11, 2018").
    labelled = any(LABEL.match(seg.text) for seg in dated) or "byline" in parts
    return dated if dated and (labelled or "bare" not in parts) else None


def split(line: str) -> list[str]:
    """The segments of a stamp line, between its separators.

    >>> split("By Jo Li | Nov 18, 2018Updated Nov 19, 2018")
    ['By Jo Li', 'Nov 18, 2018', 'Updated Nov 19, 2018']
    """
    parts = [part for part in _SPLIT.split(line) if part]
    return [part.rstrip(" )") if "(" not in part else part for part in parts]


def relative_line(line: str) -> bool:
    """Whether ``line`` is a stamp line whose only times are relative ("Updated 2 hours ago")."""
    parts = [part.strip() for part in _SPLIT.split(line) if part.strip()]
    return len(line) <= 240 and any(_RELATIVE.match(p) for p in parts) and all(read_segment(p) is True for p in parts)


def reading(segment: Segment, order: str) -> dt.date | None:
    """The day a segment names when its numeric date is read in ``order`` ("dmy" or "mdy")."""
    numbers = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", segment.text)
    if numbers is None or segment.other is None:
        return segment.days[0] if segment.days else None
    first, second, year = (int(n) for n in numbers.groups())
    return dt.date(year, second, first) if order == "dmy" else dt.date(year, first, second)
