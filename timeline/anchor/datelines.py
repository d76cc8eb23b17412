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

_PLACE = r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ \-/][A-Z][A-Z'’.\-]*){0,4}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)?)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DATE = (rf"{_WEEKDAY}(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
         rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>\d{{4}}))?"
         r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))")
# An agency in brackets starts with a capital, or is a known agency that writes its name in lower
# case ("(dpa)"): a lower-case word in brackets is otherwise no agency ("(file)", "(updated)").
_AGENCY = r"(?P<agency>\([A-Za-z][\w.&'’ \-]{0,30}\)|/[A-Z][\w.&'’ \-]{0,30}/)"
_SEP = r"(?:--|[—–\-:]|\.)"

# A publication stamp inside a short byline line: "By Jane Doe | Published: Nov. 18, 2018 10:30".
# "Updated" stamps are not read there: an update is later than the article.
# The stamp opens the line (capitalised) or follows a separator: "the report published on June 5" is prose.
_STAMP = re.compile(rf"(?:^(?:Published|Posted|First\s+published|PUBLISHED|POSTED)"
                    rf"|(?:(?<=[|·•/—–\-,])|(?<=[|·•/—–\-,]\s))\s*(?i:Published|Posted|First\s+published))"
                    rf"\s*(?:on)?\s*:?\s*{_DATE}")
# With an agency, a place may end with a full stop ("MOSCOW. Nov 18 (Interfax) -") or be written in
# title case with no separator after the agency ("New Delhi, Nov 18 (PTI) The government ...").
_TITLE_PLACE = r"(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})"
_FORMS = (
    re.compile(rf"{_PLACE}\s*,\s*{_DATE}\s*[.,]?\s*(?:{_AGENCY}\s*[.,]?)?\s*{_SEP}"),
    re.compile(rf"{_PLACE}\s*\.\s*{_DATE}\s*[.,]?\s*{_AGENCY}\s*[.,]?\s*{_SEP}"),
    re.compile(rf"{_TITLE_PLACE},\s*{_DATE}\s*{_AGENCY}(?:\s*{_SEP})?"),
    re.compile(rf"{_DATE}\s*{_AGENCY}\s*[.,]?\s*{_SEP}"),
    re.compile(rf"(?:{_PLACE}\s*)?{_AGENCY}\s*(?:--|[—–\-:])"),
    # A line of its own: the date, a time after a comma, bar or slash, and a web page's "/ Updated ..."
    # after it ("November 18, 2018 / 10:32 AM / Updated 2 hours ago": the first date is the publication's).
    re.compile(rf"(?:(?:Published|Posted|Updated|Date)\s*(?:on)?\s*:?\s*)?{_DATE}"
               r"(?:\s*[,|/]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?)?"
               r"(?:\s*/\s*(?:Updated|Last\s+updated)\b[^\n]{0,40})?\s*$"),
)


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

    @property
    def date(self) -> dt.date | None:
        """The full date when the dateline writes a year."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return safe_date(self.year, self.month, self.day)


def _parts(match: re.Match) -> tuple[int | None, int | None, int | None, bool]:
    groups = match.groupdict()
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", "d3", "y3")):
        if groups.get(m):
            month = month_number(groups[m]) if not groups[m].isdigit() else int(groups[m])
            day, year = int(groups[d]), int(groups[y]) if groups.get(y) else None
            valid = month is not None and safe_date(year or 2000, month, day) is not None
            return (month, day, year, True) if valid else (None, None, None, False)
    return None, None, None, True


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
    for offset, line in _head_lines(story, max_chars, max_lines):
        for form in _FORMS:
            match = form.match(line[:300])
            if match and _agency_ok(match):
                return _dateline(match, offset)
        stamp = _STAMP.search(line[:300]) if len(line.split()) <= 25 else None
        if stamp:
            return _dateline(stamp, offset)
    return None


def _agency_ok(match: re.Match) -> bool:
    """Whether the agency matched (if any) starts with a capital or is a known agency ("(dpa)").

    >>> find_dateline("BERLIN (dpa) - Talks").agency, find_dateline("BERLIN (file) - Talks")
    ('(dpa)', None)
    """
    agency = match.groupdict().get("agency")
    return not agency or agency[1:2].isupper() or agency_name(agency).lower() in seats()


def _dateline(match: re.Match, offset: int) -> Dateline:
    month, day, year, valid = _parts(match)
    text = match.group().strip()
    start = offset + match.start() + (len(match.group()) - len(match.group().lstrip()))
    groups = match.groupdict()
    return Dateline(text=text, start=start, end=start + len(text), month=month, day=day, year=year, valid=valid,
                    place=groups.get("place"), agency=groups.get("agency"))
