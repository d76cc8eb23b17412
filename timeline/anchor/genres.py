"""Genres whose dates are not the writing's time (review H7, session 9).

A date without a year is read as recent news (:mod:`timeline.anchor.clues`) only when nothing says it
belongs to another time. These guards say so:

- a year sets the scene before it: in its paragraph, in the paragraph before, or in the headline ("In 1066,
  England had three kings. Edward the Confessor died on January 5"; "Looking back at 2016" above "Bowie
  died on January 10"): a history, a year in review or a plot tells its dates in that year, which may be
  any distance from the writing;
- it labels an entry at the head of its line ("Sept. 10: Lehman says it will sell ...", "March 5: Churchill
  warns ..., in 1946"): a timeline's, a live blog's or an almanac's entries are told in a historic present
  and may be of any year;
- it is a correction's date ("Correction, May 3:", "This article was amended on 2 March 2019"): the
  correction comes after the story, so with a year it bounds the DCT from above only, and without one it
  says nothing;
- the headline calls the piece a review ("Film review: ...", "Book review"): the plot's dates are the
  fiction's;
- a future told by a speaker dated in its sentence ("“We will replace the pipes by the end of 2015,” the
  director wrote in a memo dated April 2, 2014"): the speaker's future, which may be past at the writing
  (:func:`speakers_future`);
- the story says it is republished ("Editor's note: This story was first published in 2009", "From the
  archive", "We reprint"): every clue of the old text is of its first time, so only lower bounds stand
  (:func:`republished_at`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import datetime as dt

from timeline.anchor.dayset import MONTH_RE, WEEKDAY_NAME, month_number
from timeline.anchor.mentions import DateMention, quote, sentence_around
from timeline.anchor.quotes import paragraph
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import CLAUSE_FUTURE, is_modifier
from timeline.anchor.words import DATED_SAYING, alternation

if TYPE_CHECKING:
    from timeline.anchor.clues import Clue

# A year in the range where narratives are told (1000..2099), not a count ("1500 years", "1,600 stores").
_SCENE_YEAR = re.compile(r"(?<![\d,.$£€:/-])\b(1\d{3}|20\d{2})\b(?![\d,.]\d)(?!\s*(?:-|–)?\s*(?:years?|days?|"
                         r"months?|weeks?|hours?|people|troops|men|women|votes?|runners|tons?|miles?|metres?|"
                         r"meters?|feet|km|kilometres?)\b)")
_HEADLINE_CHARS = 120
# What may stand before an entry's date on its line: nothing, or its weekday ("Tuesday 12 March, 19:45 - ...").
_LABEL_HEAD = re.compile(rf"\s*(?:{WEEKDAY_NAME},?\s+)?")
_ENTRY = re.compile(r"\s*(?:,?\s*\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)?)?\s*(?::|-\s|–|—)")
# A correction of this story, not of anything the story tells ("The group corrected its forecast on March 3,
# 2019" is news): a label opening its line, or the story itself said to be corrected or amended.
_CORRECTION = re.compile(r"(?:(?:^|\n)\s*(?:corrections?|clarifications?|corrigendum|erratum)\b[^.\n]{0,30}"
                         r"|\b(?:this|the)\s+(?:article|story|report|piece|column|post|item)\s+(?:has\s+been|was)\s+"
                         r"(?:corrected|amended|updated|changed|clarified)\b[^.\n]{0,20}"
                         r"|\bcorrections?\s+(?:was\s+|were\s+)?(?:made|appended|added|issued)\b[^.\n]{0,20})$",
                         re.IGNORECASE)
_REVIEW_HEAD = re.compile(r"\b(?:film|movie|book|tv|television|theatre|theater|stage|opera|album|game|novel|"
                          r"series|dance|concert)\s+review\b|^\s*review\s*:", re.IGNORECASE)
# A note that this very story is republished ("Editor's note: This story was first published in 2009", "From
# the archive" opening a line, "We reprint"): not "a novel first published in 1950", which is news about a book,
# nor "Photos from the archive show the old harbour".
_REPUBLISHED = re.compile(r"\b(?:(?:this|the\s+following)\s+(?:story|article|piece|column|report|interview|essay|"
                          r"review|feature)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:first|originally)\s+"
                          r"(?:published|ran|appeared|aired|posted|printed)\b|we\s+(?:republish|reprint|re-publish)"
                          r"|(?:republished|reprinted)\s+(?:here|below|from|with|in\s+(?:full|memory|his|her|its))"
                          r"|(?:^|\n)\s*from\s+(?:the|our)\s+archives?\b)", re.IGNORECASE)
_HEAD_CHARS = 600
_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_RE})\.?,?\s+(?:of\s+)?(?:1\d{{3}}|20\d\d)\b")
_LOG = re.compile(r"\b(?:live|as\s+it\s+happened|live\s+updates?|recap)\b", re.IGNORECASE)
_LIST_AHEAD = re.compile(r"\b(?:ahead|next|upcoming|coming|calendar|schedule|key\s+dates|what\s+to\s+watch|diary|"
                         r"timetable|road\s+map|roadmap)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:to\s+be|due|scheduled|set\s+(?:to|for)|planned|expected|opens|begins|starts|ahead|"
                    r"upcoming|next|tomorrow|tonight)\b", re.IGNORECASE)
_GOES_ON = re.compile(r",?\s+(?:and|then|but)\b(?![^.;:]*\b(?:that|said|says|told|recalled|remembered|since|after|"
                      r"when|because|as|once)\b)[^.;:]*$", re.IGNORECASE)


def headline(text: str) -> tuple[int, int] | None:
    """The ``[start, end)`` of the headline: a short first line with no closing full stop, before a blank line.

    >>> headline("Looking back at 2016\\n\\nFew saw it coming.")
    (0, 20)
    >>> headline("The accord was signed. Officials said.\\n\\nMore.") is None
    True
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > _HEADLINE_CHARS:
        return None
    following = text[end + 1:text.find("\n", end + 1) if "\n" in text[end + 1:] else len(text)]
    if following.strip():  # a headline stands alone, a blank line below it
        return None
    line = text[start:end].rstrip()
    return None if not line or line.endswith(".") else (start, start + len(line))


def scene_year(text: str, start: int) -> bool:
    """Whether a year sets the scene before ``start``: in its paragraph, the paragraph before, or the headline.

    >>> s = "In 1066, England had three kings.\\n\\nEdward died on January 5."
    >>> scene_year(s, s.index("January")), scene_year("Edward died on January 5.", 15)
    (True, False)
    >>> s = "The plant employs 1500 people. It opened on March 3."
    >>> scene_year(s, s.index("March"))
    False
    """
    lo = paragraph(text, start)[0]
    if lo > 0:
        lo = paragraph(text, max(0, lo - 3))[0]
    head = headline(text)
    spans = [(lo, start)] + ([head] if head and head[1] <= lo else [])
    # A year naming a thing ("this year's 2018 midterm elections on November 6") sets no scene.
    return any(not is_modifier(text, m.start(), m.end()) for a, b in spans for m in _SCENE_YEAR.finditer(text, a, b))


def scene_month(text: str, d: DateMention) -> bool:
    """Whether the date's own month is set in a year before it, where :func:`scene_year` looks ("From our pages of
    January 1968: Congress reconvenes Jan. 15."): its date, told in any tense, is of that year.

    >>> from timeline.anchor.mentions import yearless_dates
    >>> s = "From our pages of January 1968: Congress reconvenes Jan. 15."
    >>> scene_month(s, yearless_dates(s, [])[0])
    True
    """
    lo = paragraph(text, d.start)[0]
    if lo > 0:
        lo = paragraph(text, max(0, lo - 3))[0]
    head = headline(text)
    spans = [(lo, d.start)] + ([head] if head and head[1] <= lo else [])
    return any(month_number(m["m"]) == d.month for a, b in spans for m in _MONTH_YEAR.finditer(text, a, b))


def entry_label(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` opens its line as an entry's label ("Sept. 10: Lehman files").

    >>> s = "Timeline\\n\\nSept. 10: Lehman says it will sell a unit."
    >>> entry_label(s, s.index("Sept."), s.index(":"))
    True
    >>> s = "Talks began on Sept. 10: a first."
    >>> entry_label(s, s.index("Sept."), s.index(":"))
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_LABEL_HEAD.fullmatch(text, line_start, start)) and bool(_ENTRY.match(text, end))


def entry_tense(text: str, end: int) -> str:
    """The tense of an entry whose full date ends at ``end``: past, unless its line tells a future.

    A live blog's entry ("Jan. 6, 2021, 2:24 p.m. - Rioters breach the Capitol") reports what has happened,
    in a historic present; "April 10, 2019 - EU leaders will meet" is ahead, and so may be a timeline's.

    >>> s = "Live updates\\n\\nJan. 6, 2021, 2:24 p.m. - Rioters breach the Capitol."
    >>> entry_tense(s, s.index(", 2:24")), entry_tense("Live\\n\\nApril 10, 2019 - Leaders will meet.", 20)
    ('past', 'unknown')
    """
    line_end = text.find("\n", end)
    line = text[end:line_end if line_end >= 0 else len(text)]
    if not live_log(text, end):
        return "unknown"
    return "unknown" if CLAUSE_FUTURE.search(line) or _AHEAD.search(line) else "past"


def live_log(text: str, at: int) -> bool:
    """Whether ``at`` stands in a live blog's log of posts ("live", "as it happened" before it), with nothing ahead
    in its heading: a timeline's last entry may be ahead with no future word ("April 12, 2019 - The new deadline,
    unless ..."), and so may a list's ("Key dates ahead": "March 29, 2019 - Britain leaves the EU").

    >>> live_log("Storm: live updates\\n\\n12 March, 07:00 - Dawn.", 25), live_log("Key dates ahead, live", 20)
    (True, False)
    """
    before = text[max(0, at - 3000):at]
    return bool(_LOG.search(before)) and not _LIST_AHEAD.search(before)


def correction_dated(text: str, start: int) -> bool:
    """Whether the date at ``start`` is a correction's ("Correction, May 3:", "amended on 2 March 2019").

    >>> s = "This article was amended on 2 March 2019 to correct a name."
    >>> correction_dated(s, s.index("2 March"))
    True
    >>> s = "The company corrected its forecast. Sales rose on March 3."
    >>> correction_dated(s, s.index("March 3"))
    False
    """
    return bool(_CORRECTION.search(text, max(0, start - 60), start))


def reviewed_fiction(text: str) -> bool:
    """Whether the headline calls the piece a review ("Film review: Orbit's End"): its plot's dates are fiction's.

    >>> reviewed_fiction("Film review: Five Days in June\\n\\nOn Monday, June 3, a clerk finds a flaw.")
    True
    """
    head = headline(text)
    return bool(head and _REVIEW_HEAD.search(text, *head))


def republished_at(text: str) -> int | None:
    """Where the note saying the story is republished ends, if the head of ``text`` holds one; else None.

    Every clue of a republished text is of its first time: a future then ("a new bridge will open in
    2012") may be past at the republication. Only lower bounds stand, and no dateline below the note is
    the republication's.

    >>> republished_at("Editor's note: This story was first published in 2009.\\n\\nThe bridge ...")
    45
    >>> republished_at("The bridge opened in 2009.") is None
    True
    """
    found = _REPUBLISHED.search(text, 0, _HEAD_CHARS)
    return found.end() if found else None


def other_time(text: str, d: DateMention, full: list[DateMention], tense: str) -> bool:
    """Whether the yearless date ``d``, told in ``tense``, may be of any year: a scene's, an entry's, a plot's.

    Or a correction's, or the text writes the same month-day with its year elsewhere ("waded ashore on
    June 6" beside "landed on June 6, 1944"). A scene's year holds a past date only: a future one ("Trump
    will be sworn in on January 20" below "Looking back at 2016") is still the writer's.

    >>> from timeline.anchor.mentions import yearless_dates
    >>> s = "In 1066, England had three kings. Edward died on January 5."
    >>> other_time(s, yearless_dates(s, [])[0], [], "past")
    True
    """
    return (tense == "past" and scene_year(text, d.start) or scene_month(text, d)
            or entry_label(text, d.start, d.end)
            or correction_dated(text, d.start) or reviewed_fiction(text)
            or any((f.month, f.day) == (d.month, d.day) for f in full))


def scene_clue(text: str, d: DateMention, full: list[DateMention], tense: str, s: AnchorSettings) -> Clue | None:
    """The DCT on or after a past yearless date in a full date's year, when that date opens its sentence's story.

    "Apple unveiled the iPhone X on Sept. 12, 2017, and it went on sale on Nov. 3.": 3 November follows 12
    September in the same sentence, told in the past, so it is of 2017 (or later): on or after 2017-11-03.

    >>> from timeline.anchor.mentions import full_dates, yearless_dates
    >>> t = "Apple unveiled the phone on Sept. 12, 2017, and it went on sale on Nov. 3."
    >>> scene_clue(t, yearless_dates(t, full_dates(t))[0], full_dates(t), "past", AnchorSettings()).evidence[-10:]
    '2017-11-03'
    """
    from timeline.anchor.clues import bound_clue

    if (tense != "past" or reviewed_fiction(text) or entry_label(text, d.start, d.end)
            or correction_dated(text, d.start)):
        return None
    sentence = sentence_around(text, d.start, d.start, 240, quoted=True).start
    earlier = [f for f in full if sentence < f.end <= d.start and (f.month, f.day) < (d.month, d.day)]
    # The yearless date must go on from the full date's act ("..., and it went on sale on Nov. 3"), not be told
    # inside it ("said on Jan. 4, 2016, that the plant closed on March 3" may be of the year before).
    if not earlier or not _GOES_ON.match(text[earlier[-1].end:d.start]):
        return None
    day = dt.date(earlier[-1].year, d.month, d.day)
    return bound_clue("yearless", f"{quote(text, d.start, d.end)} (told as past, after "
                                  f"{quote(text, earlier[-1].start, earlier[-1].end)} in its sentence, so of "
                                  f"{day.year} or later):", "past", day, day, s, 1)


# A saying dated by its year: "wrote in a memo dated April 2, 2014", "said in 2014", "in a 2014 interview".
_DATED_SAYING = re.compile(rf"\b(?:{alternation(DATED_SAYING)[3:-1]}|"
                           r"memo|letter|email|e-mail|statement|speech|interview|report)\b[^.;:“”\"\n]{0,40}?"
                           r"\b(?P<y>(?:19|20)\d\d)\b"
                           r"|\bin\s+(?:a|an|his|her|its|their)\s+(?P<z>(?:19|20)\d\d)\s+(?:memo|letter|email|"
                           r"statement|speech|interview|report|address|book|essay)\b", re.IGNORECASE)


def speakers_future(text: str, start: int, end: int) -> bool:
    """Whether the future at ``[start, end)`` is a speaker's, whose saying its sentence dates by another year.

    A memo, a speech or a promise quoted years later keeps its own future: "“We will replace the pipes by
    the end of 2015,” the director wrote in a memo dated April 2, 2014" may be read in 2018.

    >>> s = "“We will replace the pipes by 2015,” the director wrote in a memo dated April 2, 2014."
    >>> speakers_future(s, s.index("2015"), s.index("2015") + 4)
    True
    >>> s = "The plant will open in 2015, the company said on Monday."
    >>> speakers_future(s, s.index("2015"), s.index("2015") + 4)
    False
    """
    said = sentence_around(text, start, end, 300, quoted=True)
    for m in _DATED_SAYING.finditer(text, said.start, said.end):
        year = m.start("y") if m["y"] else m.start("z")
        if not start <= year < end:
            return True
    return False
