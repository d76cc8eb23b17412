"""Datelines: the place, date and agency that open a news story.

Recognised at the start of one of the first lines of the story (junk blanked):

- ``PLACE, DATE[.] [/AGENCY/ | (AGENCY)] SEP``: "MOSCOW, November 18. /TASS/.",
  "WASHINGTON, Nov. 18, 2018 --", "LONDON, 18 November 2018 (AFP) -";
- ``PLACE. DATE (AGENCY) -``: "MOSCOW. Nov 18 (Interfax) -"; ``Place, DATE (AGENCY)`` in title
  case, with or without a separator: "New Delhi, Nov 18 (PTI) The government ...";
- ``DATE (AGENCY) -`` or ``DATE /AGENCY/ --``: "Nov 18 (Reuters) -";
- ``PLACE (AGENCY) -``: "NEW YORK (Reuters) -", a dateline that names no date;
- a line that is only a publication date: "Published: Sunday, November 18, 2018", "18 November
  2018 | 10:32 GMT", "Nov 18, 2018, 10:32 AM ET", "November 18, 2018 / 10:32 AM / Updated 2 hours ago";
- a publication stamp in a short byline line: "By Jane Doe | Published: Nov. 18, 2018"
  ("Updated" stamps there are not read: an update is later than the article).

Not read (review H5, session 9): a line below the story's first paragraph (twelve words or more ending a
sentence: a comment's "Posted March 9, 2019"), a line after one that introduces a quotation ("The
original announcement read:"), a stamp whose date goes on as a sentence ("Issued on 3 March 2015, the
warrant named ..."), "Aired" after a separator (a listing's episode), a masthead heading whose date
does not follow the masthead or its number ("History Hour podcast — The night the wall fell — Nov. 9,
1989"). An "Updated" line, or a "Release date" outside a press release, is found here but bounds
the DCT from above only (:func:`timeline.anchor.anchor_document`).

PLACE is one or more upper-case words, or several joined by "/" ("NEW YORK/LONDON"),
optionally followed by ", Region" ("SAN DIEGO, Calif."). A date without a year keeps month and day only.

>>> d = find_dateline("All news\\nMOSCOW, November 18. /TASS/. No signs of a breakthrough.")
>>> (d.month, d.day, d.year, d.text)
(11, 18, None, 'MOSCOW, November 18. /TASS/.')
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.anchor.dayset import MONTH_RE, month_number
from timeline.anchor.seats import agency_name, seats
from timeline.timex.calendar import safe_date
from timeline.models import Frozen

# ANI writes the country in brackets after the place: "New Delhi [India], Mar 3 (ANI):".
_COUNTRY = r"(?:\s*\[[A-Z][A-Za-z .]{1,30}\])?"
_PLACE = (r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-/][A-Z][A-Z'’.\-]*){0,4}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?"
          + _COUNTRY + ")")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# Numeric stamps need their year: "25/03/2019", "3/25/2019", "25.03.2019" (dots: day first).
_NUMERIC = r"(?P<n1>\d{1,2})(?P<ns>[/.])(?P<n2>\d{1,2})(?P=ns)(?P<y4>\d{4})(?!\d)"
_DATE = (rf"{_WEEKDAY}(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
         rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>\d{{4}}))?"
         rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})|{_NUMERIC})")
DATE = _DATE  # a written date, as stamps and datelines write it (groups read by stamp_days)
# An agency in brackets starts with a capital, or is a known agency that writes its name in lower
# case ("(dpa)"): a lower-case word in brackets is otherwise no agency ("(file)", "(updated)").
_AGENCY = r"(?P<agency>\([A-Za-z][\w.&'’ \-]{0,30}\)|/[A-Z][\w.&'’ \-]{0,30}/)"
_SEP = r"(?:--|[—–\-:]|\.)"

# A publication stamp inside a short byline line: "By Jane Doe | Published: Nov. 18, 2018 10:30".
# "Updated" stamps are not read there: an update is later than the article.
# The stamp opens the line (capitalised) or follows a separator: "the report published on June 5" is prose.
_PUBLISHED = r"Published|Posted|(?:First|Originally)\s+(?:published|posted)|Release\s+date|Aired|Issued"
# After a separator, "Aired" labels an episode in a listing ("Season 2 | Aired March 3, 2009"), not the page.
# A date followed by a comma and a lower-case word goes on as a sentence ("Issued on 3 March 2015, the warrant").
_STAMP = re.compile(rf"(?:^(?:{_PUBLISHED}|PUBLISHED|POSTED)"
                    rf"|(?:(?<=[|·•/—–\-,])|(?<=[|·•/—–\-,]\s))\s*(?i:{_PUBLISHED.replace('|Aired', '')}))"
                    rf"\s*(?:on)?\s*:?\s*{_DATE}(?![A-Za-z]|\s*,\s*[a-z]|,?\s*\d{{4}}\b)")
# With an agency, a place may end with a full stop ("MOSCOW. Nov 18 (Interfax) -") or be written in
# title case with no separator after the agency ("New Delhi, Nov 18 (PTI) The government ...").
_TITLE_PLACE = r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3}" + _COUNTRY + ")"
_FORMS = (
    # Business Wire: "SEATTLE--(BUSINESS WIRE)--Oct. 2, 2018--".
    re.compile(rf"{_PLACE}\s*--\s*{_AGENCY}\s*--\s*{_DATE}\s*--"),
    re.compile(rf"{_PLACE}\s*,\s*{_DATE}\s*[.,]?\s*(?:{_AGENCY}\s*[.,]?)?\s*{_SEP}"),
    re.compile(rf"{_PLACE}\s*\.\s*{_DATE}\s*[.,]?\s*{_AGENCY}\s*[.,]?\s*{_SEP}"),
    re.compile(rf"{_TITLE_PLACE},\s*{_DATE}\s*{_AGENCY}(?:\s*{_SEP})?"),
    re.compile(rf"{_DATE}\s*{_AGENCY}\s*[.,]?\s*{_SEP}"),
    # An agency known to write its name without brackets: "TOKYO, March 3 Kyodo -" (checked in seats.tsv).
    re.compile(rf"{_PLACE}\s*,\s*{_DATE}\s+(?P<agency>[A-Z][A-Za-z]+)\s*(?:--|[—–\-:])"),
    re.compile(rf"(?:{_PLACE}\s*)?{_AGENCY}\s*(?:--|[—–\-:])"),
    # A line of its own: the date, a time after a comma, bar or slash, and a web page's "/ Updated ..."
    # after it ("November 18, 2018 / 10:32 AM / Updated 2 hours ago": the first date is the publication's).
    re.compile(rf"(?:(?:{_PUBLISHED}|Updated|Date|Dated)\s*(?:on)?\s*:?\s*)?{_DATE}"
               r"(?:\s*[,|/\-–—]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?)?"
               r"(?:\s*/\s*(?:Updated|Last\s+updated)\b[^\n]{0,40})?\s*$"),
)
# A heading that ends with its dated date (the year is required): a masthead, a show or a transcript
# (named as such) after a dash or bar ("The Friday Briefing — Issue 142 — March 8, 2019", "Sunday Forum - May 5, 2019"),
# or a labelled heading after a comma ("Transcript: Press briefing by the spokesperson, 14 June 2019").
# The dash form needs a masthead or programme word: "Election night - Nov. 6, 2018" may head a story written later.
_MASTHEAD = (r"(?i:[^\n!?]{0,100}?\b(?:issue|no|vol|volume|edition|briefing|digest|newsletter|bulletin|podcast|episode"
             r"|transcript|show|forum|programme|program|broadcast)\b)")
_HEADINGS = (
    re.compile(rf"(?={_MASTHEAD})[^\n!?]{{3,120}}?\s(?:[—–|•·]|--?)\s+{_DATE}\s*$"),
    re.compile(rf"(?:Transcript|Press\s+release|News\s+release|Media\s+release|Statement|Remarks|Briefing"
               rf"|Bulletin|Newsletter)\s*:[^\n]{{0,120}}?,\s+{_DATE}\s*$", re.IGNORECASE),
)
_HEADING_WORDS = 16


class Dateline(Frozen):
    """A dateline found at the head of a story; ``month``/``day`` are None when it names no date."""

    text: str
    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    valid: bool = True
    place: str | None = None  # "WASHINGTON", "SAN DIEGO, Calif."
    agency: str | None = None  # as written: "(Xinhua)", "/TASS/"
    other: dt.date | None = None  # the other reading of a numeric date ("03/04/2019": 4 March or 3 April)

    @property
    def date(self) -> dt.date | None:
        """The full date when the dateline writes a year."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return safe_date(self.year, self.month, self.day)


def _parts(match: re.Match) -> tuple[int | None, int | None, int | None, bool, dt.date | None]:
    """Month, day, year, whether the date exists, and the other reading of an ambiguous numeric date."""
    groups = match.groupdict()
    if groups.get("n1"):
        return _numeric(int(groups["n1"]), int(groups["n2"]), int(groups["y4"]), groups["ns"] == ".")
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", "d3", "y3")):
        if groups.get(m):
            month = month_number(groups[m]) if not groups[m].isdigit() else int(groups[m])
            day, year = int(groups[d]), int(groups[y]) if groups.get(y) else None
            valid = month is not None and safe_date(year or 2000, month, day) is not None
            return (month, day, year, True, None) if valid else (None, None, None, False, None)
    return None, None, None, True, None


def stamp_days(match: re.Match) -> list[dt.date]:
    """The days a dated match of :data:`DATE` names: one, or two for a numeric date read both ways; none without a year.

    >>> [d.isoformat() for d in stamp_days(re.match(DATE, "03/04/2019"))], stamp_days(re.match(DATE, "May 4"))
    (['2019-03-04', '2019-04-03'], [])
    """
    month, day, year, valid, other = _parts(match)
    first = safe_date(year, month, day) if valid and year and month and day else None
    return [d for d in (first, other) if d is not None]


def _numeric(first: int, second: int, year: int, dotted: bool) -> tuple[int | None, int | None, int | None, bool,
                                                                      dt.date | None]:
    """A numeric date's readings: dotted is day first; else a part over 12 is the day; else both readings.

    >>> _numeric(3, 4, 2019, False)
    (3, 4, 2019, True, datetime.date(2019, 4, 3))
    >>> _numeric(25, 3, 2019, False), _numeric(4, 3, 2019, True)[:3], _numeric(13, 13, 2019, False)[3]
    ((3, 25, 2019, True, None), (3, 4, 2019), False)
    """
    readings = [(m, d) for m, d in ((second, first),) if dotted] or [(first, second), (second, first)]
    days = sorted({day for m, d in readings if (day := safe_date(year, m, d)) is not None})
    if not days:
        return None, None, None, False, None
    return days[0].month, days[0].day, year, True, (days[1] if len(days) > 1 else None)


def _head_lines(story: str, max_chars: int, max_lines: int) -> list[tuple[int, str]]:
    lines, pos, count = [], 0, 0
    for raw in story[:max_chars].splitlines(keepends=True):
        text = raw.strip()
        if text:
            lines.append((pos + len(raw) - len(raw.lstrip()), text))
            count += 1
            if count >= max_lines:
                break
        pos += len(raw)
    return lines


def find_dateline(story: str, *, max_chars: int = 1500, max_lines: int = 12) -> Dateline | None:
    """The first dateline at the start of one of the story's first lines, or None.

    Parameters
    ----------
    story : str
        The document's story (junk blanked, offsets kept).
    max_chars, max_lines : int
        How far into the story a dateline may start.

    Returns
    -------
    Dateline or None
        ``valid`` is False when the date it writes does not exist ("February 30").

    Examples
    --------
    >>> find_dateline("NEW YORK (Reuters) - Stocks fell.").month is None
    True
    >>> find_dateline("WASHINGTON, Nov. 18, 2018 -- The leaders met.").date
    datetime.date(2018, 11, 18)
    """
    lines = _head_lines(story, max_chars, max_lines)
    for n, (offset, line) in enumerate(lines):
        found = None if n and _QUOTING.search(lines[n - 1][1]) else _line_dateline(offset, line)
        if found is not None:
            return _posted_after(found, lines[n + 1:]) if _UPDATED.match(found.text) else found
        if _PROSE.match(line):
            return None  # a stamp below the story's first paragraph is a comment's or a quotation's
    return None


# A line that introduces a quotation ("The trust's original announcement read:"): the next line is quoted.
_QUOTING = re.compile(r"\b(?:read|reads|said|says|say|wrote|writes|stated|states|announced|follows|following)\b"
                      r"[^:]{0,40}:\s*$", re.IGNORECASE)
# A paragraph of the story: twelve words or more ending a sentence.
_PROSE = re.compile(r"(?:\S+\s+){11,}\S*[.!?]['\"”’]?\s*$")


# An update is later than the article: a "Posted" or "Originally published" stamp below it is the article's day.
_UPDATED = re.compile(r"(?:Last\s+)?Updated\b", re.IGNORECASE)


def _posted_after(updated: Dateline, lines: list[tuple[int, str]]) -> Dateline:
    """The first publication stamp in ``lines`` when one is there, else the update's dateline.

    >>> find_dateline("Updated March 5, 2019\\nOriginally posted February 20, 2019\\nText.").text
    'Originally posted February 20, 2019'
    """
    for offset, line in lines:
        stamp = _STAMP.match(line[:300])
        if stamp:
            return _dateline(stamp, offset)
    return updated


def _line_dateline(offset: int, line: str) -> Dateline | None:
    """The dateline that opens ``line`` (at ``offset`` in the story), or None."""
    for form in _FORMS:
        match = form.match(line[:300])
        if match and _agency_ok(match):
            return _dateline(match, offset)
    if len(line.split()) <= _HEADING_WORDS:
        for form in _HEADINGS:
            match = form.match(line[:300])
            if match and _parts(match)[2] is not None and _masthead_last(match, form is _HEADINGS[0]):
                return _dateline(match, offset)
    stamp = _STAMP.search(line[:300]) if len(line.split()) <= 25 else None
    return _dateline(stamp, offset) if stamp else None


_SEGMENT = re.compile(r"\s(?:[—–|•·]|--?)\s")
_ISSUE = re.compile(r"(?i:\b(?:issue|no|vol|volume|edition|episode|ep)\.?\s*#?\d+)")


def _masthead_last(match: re.Match, dashed: bool) -> bool:
    """Whether the segment right before a heading's date (after its last colon) is the masthead or its number.

    "History Hour podcast — The night the wall fell — Nov. 9, 1989" dates the episode's subject, not the episode.

    >>> _masthead_last(_HEADINGS[0].match("History Hour podcast — The night the wall fell — Nov. 9, 1989"), True)
    False
    >>> _masthead_last(_HEADINGS[0].match("The Friday Briefing — Issue 142 — March 8, 2019"), True)
    True
    """
    if not dashed:
        return True
    head = re.sub(rf"{_WEEKDAY}$", "", match.group()[: _date_start(match)])  # "— Friday, March 8, 2019"
    segments = [seg for seg in _SEGMENT.split(head) if seg.strip()]
    last = segments[-1].rsplit(":", 1)[-1] if segments else ""
    return bool(re.search(_MASTHEAD, last) or _ISSUE.search(last))


def _date_start(match: re.Match) -> int:
    """Where the date of a heading's match starts, relative to the match."""
    starts = [match.start(g) for g in ("m1", "d2", "y3", "n1") if match.group(g)]
    return min(starts) - match.start() if starts else len(match.group())


def _agency_ok(match: re.Match) -> bool:
    """Whether the agency matched (if any) starts with a capital or is a known agency ("(dpa)").

    >>> find_dateline("BERLIN (dpa) - Talks").agency, find_dateline("BERLIN (file) - Talks")
    ('(dpa)', None)
    """
    agency = match.groupdict().get("agency")
    if agency and agency[0] not in "(/":  # a bare name ("TOKYO, March 3 Kyodo -") must be a known agency
        return agency.lower() in seats()
    return not agency or agency[1:2].isupper() or agency_name(agency).lower() in seats()


def _dateline(match: re.Match, offset: int) -> Dateline:
    month, day, year, valid, other = _parts(match)
    text = match.group().strip()
    start = offset + match.start() + (len(match.group()) - len(match.group().lstrip()))
    groups = match.groupdict()
    return Dateline(text=text, start=start, end=start + len(text), month=month, day=day, year=year, valid=valid,
                    place=groups.get("place"), agency=groups.get("agency"), other=other)
