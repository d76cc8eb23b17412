"""The new year: "into the new year", "in the New Year" (the year that begins on the 1 January nearest the DCT,
:class:`NewYear`), "before the new year" (that 1 January), and "New Year" bare and capitalised, the feast ("between
Christmas and New Year": 1 January). Spliced into :mod:`timeline.timex.periods`' rules; corpus ``periods.tsv``.

>>> [r.name for r in RULES]
['the-new-year', 'new-year-feast']
"""

from __future__ import annotations

import re

from timeline.timex.rule import S, Built, compile_rule
from timeline.timex.values import Holiday, Relative


class NewYear(Relative):
    """"into the new year", "in the New Year": the year that begins on the 1 January nearest the DCT (said in
    December, the next year; said in January, this one: a shift of +1 would be wrong then). Anchored in
    ``anchor_relative.py``.

    "before the new year", "over the New Year": the turn of the year, its 1 January (``day``), as WikiWars writes
    "eight days before the new year" (1939-01-01).

    >>> NewYear(unit="year", shift=0).unit
    'year'
    """

    day: bool = False


# "the New Year holidays", "the new year's budget": the holiday or a thing of the year, not the year told
_NEW_YEAR_NOUN = (r"(?!\s(?i:holidays?|eve|day|celebrations?|festivities|festival|party|parties|break|recess|honou?rs|"
                  r"resolutions?|message|address|speech|greetings?|fireworks|concert|gala|parade)\b)")


# a word for a point in time or for a celebration before it makes "the new year" its first day
_TURN_BEFORE = re.compile(r"(?<![\w])(?i:before|after|until|till|by|since|around|over|celebrated|celebrates|celebrate|"
                          r"welcomed|welcome|ring|rang|rung|ringing|see|saw|seeing)[ \t]+(?:in[ \t]+)?$")


def _new_year(m: re.Match[str]) -> Built:
    """"in the new year": a :class:`NewYear`, the year; "before the new year", its 1 January.

    >>> rule = next(r for r in RULES if r.name == "the-new-year").pattern
    >>> [rule.search(t) is not None for t in ("talks into the new year", "the New Year holidays", "a new year")]
    [True, False, False]
    >>> [_new_year(rule.search(t)).day for t in ("talks into the new year", "eight days before the new year")]
    [False, True]
    """
    turn = _TURN_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
    return NewYear(unit="year", shift=0, day=turn)


# Before a bare "New Year": a determiner or a greeting makes it the year or a wish ("the New Year", "a New Year",
# "Happy New Year"); a calendar's name makes it another feast ("Lunar New Year", "Jewish New Year")
_NOT_THE_FEAST_BEFORE = re.compile(r"(?:(?<![\w'\u2019])(?i:the|a|an|this|that|next|last|every|each|his|her|its|their|"
                                   r"our|my|your|happy|merry|prosperous|whole)|['\u2019]s|[A-Z][a-z]+|"
                                   r"[A-Z]{2,})[ \t]+$")
# Capitalised words that may stand before the feast: a preposition or a conjunction opening a sentence ("After New
# Year the talks resume", "Over New Year...")
_CAPITAL_PREPOSITION_BEFORE = re.compile(r"(?:^|[.!?:;\n\"\u201c(][ \t]*)(?:After|Before|Since|Until|Till|Over|At|By|"
                                         r"Around|Between|From|Through|And|Or)[ \t]+$")


def _new_year_feast(m: re.Match[str]) -> Built:
    """"Between Christmas and New Year", "over New Year", "New Year passed quietly": capitalised and with no
    determiner, "New Year" names the feast as "Christmas" does, its day 1 January (``Holiday`` 01-01); with one it
    is the year ("the New Year", the-new-year) or a wish ("Happy New Year"), and after a calendar's name another
    feast ("Lunar New Year", read by the holiday rule).

    >>> rule = next(r for r in RULES if r.name == "new-year-feast").pattern
    >>> [_new_year_feast(rule.search(t)) is not None for t in ("between Christmas and New Year", "a Happy New Year",
    ...                                                       "After New Year talks resume", "the Jewish New Year")]
    [True, False, True, False]
    """
    text, start = m.string, m.start()
    before = text[max(0, start - 20):start]
    if _NOT_THE_FEAST_BEFORE.search(before) and not _CAPITAL_PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return None
    return Holiday(rule="01-01")


RULES = (
    # "the new year" is the year the coming (or just passed) 1 January begins; "Lunar New Year" has no "the" before
    compile_rule("the-new-year", rf"(?i:the){S}(?:[Nn]ew|NEW){S}(?:[Yy]ear|YEAR)(?![-\w'\u2019]){_NEW_YEAR_NOUN}",
                 _new_year, 2),
    # "New Year" bare and capitalised: the feast (not before a noun it names a kind of: "New Year resolutions",
    # "the New Year Honours", nor before "'s", the holiday lexicon's "New Year's Day")
    compile_rule("new-year-feast", rf"(?:New{S}Year|NEW{S}YEAR)(?![-\w'\u2019]){_NEW_YEAR_NOUN}"
                 r"(?![ \t]+(?:cards?|trees?|gifts?|presents?|babies|baby|traditions?|custom|customs|eve|dinner|lunch|"
                 r"menu|sales?|shopping|travel|rush|period|week|weekend|mode|mood|spirit|feeling|Eve|Day)\b)",
                 _new_year_feast, 1),
)
