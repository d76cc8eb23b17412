"""Sentence splitting with offsets into the original text.

A rule-based splitter tuned for news: it keeps abbreviations ("Nov.", "U.S.",
"Mr.", initials), decimal numbers and datelines ("MOSCOW, November 18. /TASS/.")
inside their sentence. Blank lines always end a sentence, because page layout
(headlines, captions) uses them as boundaries.

>>> [s.text for s in split_sentences("Peskov said on Sunday. Putin met Pence on Nov. 15 in Singapore.")]
['Peskov said on Sunday.', 'Putin met Pence on Nov. 15 in Singapore.']
>>> [s.text for s in split_sentences("GENEVA, January 30, 2007 -- On Saturday, the talks ended.")]
['On Saturday, the talks ended.']
"""

from __future__ import annotations

import re

from timeline.models import Frozen

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr inc corp co ltd
    vs etc no fig approx dept est jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u e.g i.e a.m p.m""".split()
)

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+)|\n\s*\n")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[]*)(\S+)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# A dateline opening a sentence: "GENEVA, January 30, 2007 --", "NEW YORK (Reuters) -",
# "WASHINGTON, Nov. 18 —". It names where and when the story was filed, not an event, so it
# is left out of the sentence that follows it (a fronted "On Saturday," then opens the clause).
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: \d{1,2})?(?:, \d{4})?)?"
    r"(?: \([A-Z][\w ]{1,30}\))? ?(?:--|—|–|-) +(?=[A-Z\"“‘'])")


class Sentence(Frozen):
    """A sentence with its half-open span in the text it came from."""

    text: str
    start: int
    end: int


def _is_boundary(text: str, match: re.Match) -> bool:
    if match.group().strip() == "":
        return True  # a blank line
    if match.group()[0] != ".":
        return True
    before = _WORD_BEFORE.search(text[max(0, match.start() - 20) : match.start() + 1])
    if before:
        word = before.group(1).lower()
        if word in ABBREVIATIONS or len(word) == 1 or "." in word:
            following = _NEXT_WORD.match(text, match.end())
            # An abbreviation ends a sentence only when a capitalised word that
            # is not a number follows and the abbreviation is not a title.
            if word in {"mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st"}:
                return False
            if following is None or not following.group(2)[:1].isupper():
                return False
            if word in {"u.s", "u.k", "u.n", "e.u"}:
                return False  # "U.S. President Trump": a modifier far more often than a sentence end
            return len(word) > 1 and word not in ABBREVIATIONS
    following = _NEXT_WORD.match(text, match.end())
    if following and following.group(2)[:1].islower():
        return False
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text`` itself."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.end() if match.group().strip() else match.start()
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end:
        start = dateline.end()
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(text=stripped, start=s, end=s + len(stripped)))
