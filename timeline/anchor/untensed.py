"""Yearless dates that tell no side of the DCT by their verb: a deadline or a period's end ("extended to Nov. 20",
"the year ended March 31"), a publication's cover date, a record's date (:func:`untensed`), whose tense is instead
a "when" clause's after them (:func:`when_clause`). Read by :func:`timeline.anchor.clues.text_clues`.
"""

from __future__ import annotations

import re

from timeline.anchor.mentions import DateMention, sentence_around, yearless_dates  # noqa: F401  (a doctest's)
from timeline.anchor.tense import Tense, clause, record_dated, tense_at


# A date without a year after these words is a deadline or a year's end, not a time the verb is
# told at: "extended to Nov. 20" (still ahead), "payable Dec. 7", "effective Feb. 1", "the year
# ended March 31" (whose results are reported up to a year later). A quarter's end ("the quarter
# ended Sept. 29") is past and recent, unless the sentence says it is the year-ago one.
_ENDPOINT = re.compile(r"\b(?:to|until|till|through|by|payable|effective|expir(?:e|es|ed|ing)"
                       r"|years?\s+(?:ended|ending))\s+$", re.IGNORECASE)
# "November 30 through December 1": the end of a range shares the tense of its start.
_RANGE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:to|through|until|till)\s+$", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)
_YEAR_AGO = re.compile(r"\byear[- ]ago\b|\byear earlier\b|\b(?:prior|previous|last) year\b", re.IGNORECASE)


# A publication's date is its cover date: a wire sends tomorrow's editorial today, and a
# magazine's issue is out before the date it carries ("said in an editorial on Saturday, April 25").
_PUBLICATION = re.compile(r"\b(?:editorials?|editions?|issues?|columns?|op-eds?|magazines?)\b"
                          r"(?:\s+(?:on|of|dated|for|published))?[\s,]*"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$", re.IGNORECASE)
_COVER = re.compile(r"\b(?:its|the|their|his|her)\s+$", re.IGNORECASE)
_COVER_NOUN = re.compile(r"\s+(?:editions?|issues?|columns?|editorials?)\b", re.IGNORECASE)


def publication_dated(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a publication's cover date, which may be ahead of the DCT.

    >>> s = "The Courier said in an editorial on Sunday, June 4: the vote matters."
    >>> publication_dated(s, s.index("June"), s.index(":")), publication_dated(s, s.index("Sunday"), s.index(","))
    (True, True)
    >>> s = "Time said in its Dec. 17 issue that the race was close."
    >>> publication_dated(s, s.index("Dec."), s.index(" issue"))
    True
    """
    if _PUBLICATION.search(text[max(0, start - 40):start]):
        return True
    return bool(_COVER.search(text[max(0, start - 8):start]) and _COVER_NOUN.match(text, end))


def untensed(text: str, d: DateMention) -> bool:
    """Whether the yearless date ``d`` is a deadline, a period's end, a cover date (see ``_ENDPOINT``) or a record's.

    A record's date ("its record high set on Aug. 6") may be older than the recent dates news
    writes without a year.
    """
    if publication_dated(text, d.start, d.end) or record_dated(text, d.start):
        return True
    head = text[max(0, d.start - 20):d.start]
    if _ENDPOINT.search(head):
        return not _RANGE.search(head)
    return bool(_ENDED.search(head)) and _year_ago(text, d)


_WHEN = re.compile(r",?\s+when\b")


def when_clause(text: str, d: DateMention) -> Tense:
    """The tense of a "when" clause right after a deadline's date: it tells what happens on that day.

    "adjourned the case until Dec. 3, when the judge will hear arguments": 3 December is ahead.
    Its present is no schedule ("extended to Nov. 20, when the offer expires" tells no side).

    >>> s = "The court adjourned the case until Dec. 3, when the judge will hear arguments."
    >>> when_clause(s, yearless_dates(s, [])[0])
    'future'
    """
    when = _WHEN.match(text, d.end)
    return tense_at(text[when.end():when.end() + 80], 0, schedule=False) if when else "unknown"


def _year_ago(text: str, d: DateMention) -> bool:
    """Whether the period ending at ``d`` is the year-ago one: said so before it in its sentence, or in its clause.

    "In the year-ago quarter, which ended Sept. 29" is; "For the quarter ended Sept. 29, it earned
    $9 million, compared with $7 million a year earlier" is not (the year earlier is the comparison's).
    """
    sentence = text[sentence_around(text, d.start, d.start, 240, quoted=True).start:d.start]
    return bool(_YEAR_AGO.search(sentence) or _YEAR_AGO.search(clause(text, d.start, d.end)))
