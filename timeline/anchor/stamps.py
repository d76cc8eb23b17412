"""Page stamps below the story: copyright notices and modification dates (corpus ``stamps.tsv``).

- A copyright notice with one year ("(c) 2019 River Toys Ltd.", "© 2017 Northwind News",
  "Copyright 2019 The Associated Press. All rights reserved."): the DCT is on or before the end of
  that year. A story's own notice carries its year, but a page's footer carries the year the page
  was printed, which may be years after the story ("© 2024" on a 2016 article), so the year is
  no lower bound.
- A range ("Copyright 1998-2019 Harbor Media Group"): the site's first and current years; the DCT
  is within them.
- "Last modified: 12/04/2019", "Last updated March 5, 2019": a change is made on or after the
  creation, so the DCT is on or before it (a numeric date that reads two ways: before the later).

A notice must be a line of its own among the last lines of the text, with no story paragraph
after it, and name no photo ("Photo © 2012 J. Smith" dates an older picture, not the page).
Junk cutting blanks these lines in the story, so they are read from the document's text.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence for c in stamp_clues("Trains recalled.\\n\\n(c) 2019 River Toys Ltd.", AnchorSettings())]
['copyright notice “(c) 2019 River Toys Ltd.”: a page may be printed after its story, so on or before 2019-12-31']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.anchor.clues import MODIFIED, Clue, domain
from timeline.anchor.datelines import DATE, stamp_days
from timeline.anchor.dayset import YEAR_RE
from timeline.anchor.settings import AnchorSettings

_NOTICE = re.compile(rf"\(?\s*(?:Copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?P<y1>{YEAR_RE})"
                     rf"(?:\s*[-–—]\s*(?P<y2>{YEAR_RE}))?\b(?!\s*(?:[-–—/]\s*\d|%))", re.IGNORECASE)
_MODIFIED_LINE = re.compile(rf"{MODIFIED.pattern}{DATE}", re.IGNORECASE)
_PHOTO = re.compile(r"\b(?:photo|image|picture|illustration|graphic|video|map)s?\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"(?:\S+\s+){11,}\S*[.!?]['\"”’]?\s*$")
_TAIL_LINES = 6  # a notice stands among the text's last lines
_MAX_LINE = 200


def _tail(text: str) -> list[str]:
    """The last non-empty lines of ``text`` after its last story paragraph (12+ words ending a sentence)."""
    lines = [line.strip() for line in text[-4000:].splitlines() if line.strip()][-_TAIL_LINES:]
    for i in range(len(lines) - 1, -1, -1):
        if _PARAGRAPH.match(lines[i]):
            return lines[i + 1:]
    return lines


def _notice_clue(line: str, s: AnchorSettings) -> Clue | None:
    notice = _NOTICE.match(line)
    if notice is None or _PHOTO.search(line):
        return None
    lo, hi = domain(s)
    first, last = int(notice["y1"]), int(notice["y2"] or notice["y1"])
    if not s.min_year <= first <= last <= s.max_year:
        return None
    end = dt.date(last, 12, 31)
    if notice["y2"]:
        return Clue("copyright", f"copyright notice “{line}”: a site's first and current years, so between "
                                 f"{first}-01-01 and {end.isoformat()}", [(dt.date(first, 1, 1), end)], True, True, 2)
    return Clue("copyright", f"copyright notice “{line}”: a page may be printed after its story, so on or before "
                             f"{end.isoformat()}", [(lo, end)], False, True, 2)


def _modified_clue(line: str, s: AnchorSettings) -> Clue | None:
    stamp = _MODIFIED_LINE.match(line)
    days = stamp_days(stamp) if stamp else []
    lo, hi = domain(s)
    if not days or not lo <= max(days) <= hi:
        return None
    last = max(days)
    return Clue("modified", f"modification stamp “{line}”: the page was created on or before {last.isoformat()}",
                [(lo, last)], False, True, 4)


def stamp_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Clues of the copyright notices and modification stamps among the last lines of ``text``.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> [c.intervals[0][1].isoformat() for c in stamp_clues("Rules.\\nLast modified: 12/04/2019", AnchorSettings())]
    ['2019-12-04']
    >>> stamp_clues("A story.\\nPhoto © 2012 Jane Smith", AnchorSettings())
    []
    """
    out = []
    for line in _tail(text[: settings.scan_chars]):
        if len(line) <= _MAX_LINE:
            clue = _notice_clue(line, settings) or _modified_clue(line, settings)
            if clue is not None:
                out.append(clue)
    return out
