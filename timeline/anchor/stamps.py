"""Page stamps below the story: copyright notices and modification dates (corpus ``stamps.tsv``).

- A story's own copyright notice, as a wire service or a press release prints it with each story
  ("Copyright 2019 The Associated Press. All rights reserved.", "(c) 2019 River Toys Ltd." below a
  release): the DCT is on or before the end of that year (with a range, of its last year).
- A site's footer ("© 2017 Northwind News", "Copyright 1998-2019 Harbor Media Group") gives nothing:
  a footer may carry the year the page was printed, years after the story ("© 2024" on a 2016
  article), its first year may postdate a story the site republished ("© 2019-2024 Valley Archive"
  below a 2016 story), and a footer left unchanged keeps an old year ("© 2019" on a 2021 page).
- "Last modified: 12/04/2019", "Last updated March 5, 2019": a change is made on or after the
  creation, so the DCT is on or before it (a numeric date that reads two ways: before the later).

A stamp must be a line of its own among the last lines of the text, with no story paragraph after
it. A notice is not read when it is quoted or lent (a line before it ends with a colon, or it or the
line before speaks of an excerpt, a reprint, a permission, a licence or an estate: "Copyright © 2015
by Ana Ruiz. Reprinted by permission"), nor a photo's ("Photo © 2012 J. Smith", "(c) 2012 AP/Jane
Smith"); a modification stamp is not read below a link or a file ("Source: City budget (PDF)",
"Downloads"), whose date it may be. Review H5 (session 9) found each of these read as the page's.
Junk cutting blanks these lines in the story, so they are read from the document's text.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence for c in stamp_clues("FOR IMMEDIATE RELEASE\\nTrains recalled.\\n\\n(c) 2019 River Toys Ltd.",
...                                   AnchorSettings())]
['copyright notice “(c) 2019 River Toys Ltd.”: a notice printed with the story carries its year, so on or before 2019-12-31']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.anchor.clues import MODIFIED, Clue, domain
from timeline.anchor.datelines import DATE, stamp_days
from timeline.anchor.dayset import YEAR_RE
from timeline.anchor.seats import seats
from timeline.anchor.settings import AnchorSettings

_NOTICE = re.compile(rf"\(?\s*(?:Copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?P<y1>{YEAR_RE})"
                     rf"(?:\s*[-–—]\s*(?P<y2>{YEAR_RE}))?\b(?!\s*(?:[-–—/]\s*\d|%))", re.IGNORECASE)
_MODIFIED_LINE = re.compile(rf"{MODIFIED.pattern}{DATE}", re.IGNORECASE)
_PHOTO = re.compile(r"\b(?:photo|image|picture|illustration|graphic|video|map)s?\b|\w/\w", re.IGNORECASE)
_LENT = re.compile(r"\b(?:excerpt\w*|reprint\w*|permission|licen[cs]\w*|estate|courtesy|adapted|quoted|poem|lyrics)\b",
                   re.IGNORECASE)
# A press release says so in its own lines or its wire's dateline ("said in a press release" in a story is none).
RELEASE_HEAD = re.compile(r"^[ \t]*(?i:for\s+immediate\s+release|(?:press|news|media)\s+release)\b[^\n]{0,30}$"
                          r"|/PRNewswire/|\(BUSINESS WIRE\)|GLOBE NEWSWIRE|ACCESSWIRE"
                          r"|^About [A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)*$",
                          re.MULTILINE)
_LINKED = re.compile(r"\b(?:pdf|docx?|xlsx?|csv|download\w*|attach\w*|source|sources|link|links|file|files"
                     r"|references?|see\s+also)\b|https?://|www\.", re.IGNORECASE)
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


def _story_notice(line: str, text: str) -> bool:
    """Whether a notice is printed with each story: a wire agency's, or a press release's own.

    >>> _story_notice("Copyright 2019 The Associated Press.", "Schools closed."), _story_notice("© 2017 Northwind", "")
    (True, False)
    >>> _story_notice("© 2017 Northwind News, an AP member", "The council said in a press release it will vote.")
    False
    """
    owner = re.sub(r"^.*?(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:1[89]|20)\d\d)?[\s,.]*(?:by\s+)?(?:the\s+)?", "", line,
                   flags=re.IGNORECASE).lower()
    agency = any(owner.startswith(name) and not owner[len(name):len(name) + 1].isalnum() for name in seats())
    return agency or bool(RELEASE_HEAD.search(text[:3000]) or RELEASE_HEAD.search(text[-1500:]))


def _notice_clue(line: str, before: str, text: str, s: AnchorSettings) -> Clue | None:
    notice = _NOTICE.match(line)
    if notice is None or _PHOTO.search(line) or _LENT.search(line) or _LENT.search(before) or before.endswith(":"):
        return None
    lo, hi = domain(s)
    first, last = int(notice["y1"]), int(notice["y2"] or notice["y1"])
    if not s.min_year <= first <= last <= s.max_year or not _story_notice(line, text):
        return None
    end = dt.date(last, 12, 31)
    return Clue("copyright", f"copyright notice “{line}”: a notice printed with the story carries its year, "
                             f"so on or before {end.isoformat()}", [(lo, end)], False, True, 2)


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
    >>> stamp_clues("A story.\\nSource: budget (PDF)\\nLast modified: 12/04/2018", AnchorSettings())
    []
    """
    out = []
    text = text[: settings.scan_chars]
    tail = _tail(text)
    for n, line in enumerate(tail):
        if len(line) <= _MAX_LINE:
            before = tail[n - 1] if n else ""
            clue = _notice_clue(line, before, text, settings)
            if clue is None and not any(_LINKED.search(other) for other in tail[:n]):
                clue = _modified_clue(line, settings)
            if clue is not None:
                out.append(clue)
    return out
