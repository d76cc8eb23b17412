"""Seasons and the turn of a century: "spring 2017", "last fall", "the summer of '69", "the turn of the century".

Split from :mod:`timeline.timex.periods` (quarters, halves, decades, centuries), whose
year reading they share. "last fall" said in November 2018 is 2017-FA (strict, as "last
October" is); "the turn of the century" is the turn nearest the DCT, with mod APPROX.
A season of the southern hemisphere ("the Australian winter") is :mod:`timeline.timex.southern_seasons`'s.
Corpus: ``seasons.tsv``.

>>> [r.name for r in RULES]
['century-turn', 'season', 'superlative-season']
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.timex.lexicon import LEXICON
from timeline.timex.months import _NOT_SUPERLATIVE as NOT_SUPERLATIVE
from timeline.timex.months import record_year
from timeline.timex.names import fall_is_decline, in_title
from timeline.timex.eras import YEAR_EDGE, century_number
from timeline.timex.eras import _noun_after as noun_after  # the decade's test of a noun after it
from timeline.timex.periods import REL_WORD, year_of
from timeline.timex.southern_seasons import SOUTHERN_BEFORE, as_southern
from timeline.timex.rule import HABIT_ADVERB, ORDINAL, S, SEASON, YEAR4, Built, Piece, compile_rule, edge_mod
from timeline.timex.values import Era, Recurrence, YearPart


class LastSeason(YearPart):
    """"last fall": the latest season of its name to have ended before the DCT, strict as "last October" is.

    Said in November 2018, "last fall" is 2017-FA (the fall running is "this fall"), "last summer"
    is 2018-SU, the summer gone by; said in January 2019, "last winter" is 2017-WI, since the
    winter of 2018-19 is still running. "this past fall" is not strict: the latest one begun,
    the running one included (:class:`YearPart` with ``direction="past"``). Anchored in
    ``anchor_relative.py``.

    >>> LastSeason(part="FA").direction
    'past'
    """

    direction: Literal["auto", "past", "future", "before_ref", "after_ref"] = "past"


class CenturyTurn(Era):
    """"the turn of the century": the years around a century's first, TIMEX3 value that year with mod APPROX.

    ``shift`` says which turn when no ordinal names it: 0 the one nearest the DCT (2000 said after
    1950), -1 the one before it ("the turn of the last century" said in 2018: 1900), +1 the one
    after; with an ordinal ("the turn of the 20th century") ``digits`` is the century's first
    two digits (19: 1900). Its interval is two years either side of the turn's year (1998-2002),
    as "mid-2019" draws its middle half: the words are that wide. Anchored in ``anchor_relative.py``.

    >>> CenturyTurn(digits=19, unit="century", shift=None).shift is None
    True
    """

    shift: Literal[-1, 0, 1] | None = None  # None: digits names the century
    span: Literal[100, 1000] = 100  # "the turn of the millennium": 2000 too, counted in thousands


_TURN_SHIFT = {None: 0, "this": 0, "the": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}


def _century_turn(m: re.Match[str]) -> Built:
    """"the turn of the century" (nearest the DCT), "of the last century" (the one before), "of the 20th century"."""
    span = 1000 if m["unit"].lower().startswith("millenni") else 100
    if m["ord"]:
        number = century_number(m["ord"])
        if number is None or span != 100:
            return None
        return CenturyTurn(digits=number - 1, unit="century", mod="APPROX")
    rel = (m["rel"] or "").lower() or None
    return CenturyTurn(digits=0, unit="century", shift=_TURN_SHIFT[rel], span=span, mod="APPROX")  # type: ignore[arg-type]


# "last fall", "previous spring": strictly before the DCT; "this past fall", "the past winter": the latest begun (the
# article is the span's, as "this" is; "the previous spring", "the next spring" count from the text's time, relative.py)
_STRICT_PAST = frozenset({"last", "previous"})


def _season(m: re.Match[str]) -> Built:
    year, shift = year_of(m)
    part = LEXICON.lookup("season", m["season"]) or "SP"
    direction = "auto" if not shift else "past" if shift < 0 else "future"  # "next spring": the first to start after
    groups = m.groupdict()  # once: each call builds a dict of every group
    mod = edge_mod(groups.get("edge"))
    rel = " ".join((groups.get("rel") or "").lower().split())
    if year is None and rel in _STRICT_PAST:
        return LastSeason(part=part, mod=mod)  # type: ignore[arg-type]
    return YearPart(part=part, year=year, shift=0 if shift == 0 else None, direction=direction,  # type: ignore[arg-type]
                    mod=mod)


def _the_southern(m: re.Match[str]) -> bool:
    """Whether "the" and a southern adjective stand right before the season ("the Australian winter"): the article
    is the season's, as "the winter" is."""
    southern = SOUTHERN_BEFORE.search(m.string, max(0, m.start("season") - 28), m.start("season"))
    return southern is not None and _THE_BEFORE.search(m.string, max(0, southern.start() - 5), southern.start()) is not None


def _winter_of_two_years(m: re.Match[str]) -> bool:
    """"winter 2017-18", "the winter of 2017/2018": a winter and the year after its first."""
    first = m["year2"].lstrip("'\u2019")
    southern_summer = m["season"].lower() == "summer" and SOUTHERN_BEFORE.search(
        m.string, max(0, m.start("season") - 28), m.start("season")) is not None  # "the Australian summer of 2018-19"
    if m["season"].lower() != "winter" and not southern_summer or len(first) != 4:
        return False
    end = int(m["yend"])
    return end == int(first) + 1 if len(m["yend"]) == 4 else end == (int(first) + 1) % 100


def _season_cued(m: re.Match[str]) -> Built:
    """A season names a time only with a year, a shift word or "the": "fall" alone is a verb.

    A winter named by the two years it spans ("the winter of 2017-18") is the first year's (2017-WI: December
    to February); another season with two years is left to the range rules.

    >>> [r.name for r in RULES if r.pattern.search("the winter of 2017-18 was cold")]
    ['season']
    """
    if m["yend"] and not _winter_of_two_years(m):
        return None
    if m["year3"]:
        return _year_before_season(m)
    the = m["t"].lower().startswith("the") or _the_southern(m)
    bare_ok = m["prep"] and m["season"].lower() != "fall"  # "in winter"; "in fall" is too often the verb
    if not (m["year2"] or m["rel"] or bare_ok or (the and (m["prep"] or m["season"].lower() != "fall"))):
        return None
    if m["season"].lower() == "fall" and not m["year2"] and _FALL_OF_SOMETHING.match(m.string, m.end()):
        return None  # "until the fall of Budapest": a city's fall, not autumn
    if m["rel"] and m["season"].lower() == "fall" and not m["year2"] and fall_is_decline(m.string, m.start("t"),
                                                                                          m.end()):
        return None  # "the last fall in prices", "its last fall": a decline
    if m["season"][0].isupper() and not m["year2"] and _THING_NAMED.match(m.string, m.end()):
        return None  # "the Summer Olympics", "the Winter Palace", "the Spring Festival": a name
    if m["season"][0].isupper() and m.start("t") == m.start("season") \
            and in_title(m.string[max(0, m.start("season") - 30):m.start("season")]):
        return None  # "the Arab Spring of 2011", "the Prague Spring": an event's name (its year is read alone)
    if m["season"][0].isupper() and not m["year2"] and _OF_A_NAME.match(m.string, m.end()) \
            and not _SENTENCE_START.search(m.string, max(0, m.start("season") - 3), m.start("season")):
        return None  # "the Summer of Love", "the Winter of Discontent": a time's name, not that season of a year
    if not m["year2"] and _OF_SOMEONE.match(m.string, m.end()):
        return None  # "the autumn of his career", "the winter of their lives": a figure of speech
    if m["rel"] and m["rel"].lower() in {"last", "first", "next"} and not m["year2"] \
            and _THE_BEFORE.search(m.string, max(0, m.start("t") - 5), m.start("t")) \
            and _OF_AFTER.match(m.string, m.end()):
        return None  # "the last winter of the war": the last of a sequence the text names, not before the DCT
    if not (m["year2"] or m["rel"] or m["edge"]) and m["prep"] and habitual_clause(m.string, m.start(), m.end()):
        # "The ferry sails twice a day in summer": every summer, not the one nearest the DCT
        return Recurrence(value=f"XXXX-{LEXICON.lookup('season', m['season']) or 'SP'}")
    noun_of_year = None if m["year2"] or m["rel"] else _NOUN_OF_YEAR.match(m.string, m.end())
    if noun_of_year and the:  # "the winter campaign of 1941": the season of the year its noun is of
        return YearPart(part=LEXICON.lookup("season", m["season"]) or "SP", year=int(noun_of_year["y"]),  # type: ignore[arg-type]
                        mod=edge_mod(m.groupdict().get("edge")))
    article = _ARTICLE.match(m["t"]) if the and m["year2"] and not m["rel"] else None
    if article and not m.string[m.end("season"):m.start("year2")].strip() and noun_after(m.string, m.end()):
        value = _season(m)  # "The spring 2017 collection": the article is the noun's, as "The 1950s diner"'s (eras)
        return None if value is None else (Piece(m.start("t") + article.end(), m.end(), value),)  # type: ignore[arg-type]
    return as_southern(_season(m), m)


_ARTICLE = re.compile(r"(?i:the)[ \t]{1,3}")


def _superlative_season(m: re.Match[str]) -> Built:
    """"the hottest summer on record", "its driest spring in 50 years": a season only a superlative stands before is
    a time, as such a month is (months.py: only a time is the hottest or driest of its kind), read as "the summer" is.
    Not before a noun the superlative is of ("the busiest summer season", "the best spring water"), nor of someone
    ("the best summer of my life"); of the year the clause says it was in, as such a month's (months.record_year);
    "fall" is left out, as the biggest fall is a decline ("the steepest fall since").

    >>> rule = next(r for r in RULES if r.name == "superlative-season")
    >>> [_superlative_season(rule.pattern.search(t)) is None for t in ("the hottest summer on record",
    ...     "the best spring water", "the best summer of her life", "the honest winter")]
    [False, True, True, True]
    """
    if m["adj"].lower() in NOT_SUPERLATIVE or noun_after(m.string, m.end()) or _OF_SOMEONE.match(m.string, m.end()):
        return None
    # "The snowiest winter on record was in 1978": of the year the clause says it was in
    return YearPart(part=LEXICON.lookup("season", m["season"]) or "SP",  # type: ignore[arg-type]
                    year=record_year(m.string, m.end()))


def _year_before_season(m: re.Match[str]) -> Built:
    """"the 2016 summer": a year between the article and a season is its modifier, and names that season of that
    year as "the summer of 2016" does; "the 2016 Summer Olympics" (a name), "the 2016 summer tour" (the year is
    the noun's, read alone) and "the 2015 fall in prices" (a decline) give none.

    >>> season = next(r for r in RULES if r.name == "season").pattern
    >>> [_year_before_season(season.search(t)) for t in ("the 2016 Summer Games", "the 2016 summer tour",
    ...                                                  "the 2015 fall in prices")]
    [None, None, None]
    >>> _year_before_season(season.search("The 2016 summer was dry.")).model_dump(include={"part", "year"})
    {'part': 'SU', 'year': 2016}
    """
    if m["rel"] or m["year2"] or m["edge"] or m["season"][0].isupper() or noun_after(m.string, m.end()):
        return None
    if m["season"].lower() == "fall":
        return None  # "the 2015 fall in oil prices": after a year, "fall" is a decline as often as the season
    return YearPart(part=LEXICON.lookup("season", m["season"]) or "SP", year=int(m["year3"]))  # type: ignore[arg-type]


_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the)[ \t]{1,3}$")
_OF_AFTER = re.compile(r"[ \t]{1,3}(?i:of)[ \t]")
# What says a clause tells what happens every time: a frequency ("twice a day", "daily", "every", "each"), or an
# adverb of habit ("usually", "tends to"); a clause ends at a stop, a semicolon, "and"/"but" or ", while"
_HABIT = re.compile(rf"\b(?:{HABIT_ADVERB}|(?i:sometimes|tends?\s+to|every|each|daily|weekly|nightly|hourly|twice|"
                    r"once\s+a|times\s+(?:a|per)|(?:a|per)\s+(?:day|week|month)))\b")
_CLAUSE_END = re.compile(r"[.!?;\n]|,\s(?i:while|whereas)\s|,?\s(?i:but|and)\s")


def habitual_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` tells of what happens every time.

    >>> text = "The ferry sails twice a day in summer. It sank in summer."
    >>> habitual_clause(text, 28, 37), habitual_clause(text, 47, 56)
    (True, False)
    """
    before = text[max(0, start - 120):start]
    before = before[max((c.end() for c in _CLAUSE_END.finditer(before)), default=0):]
    after = text[end:end + 80]
    stop = _CLAUSE_END.search(after)
    return _HABIT.search(before + " " + after[:stop.start() if stop else len(after)]) is not None


# "of" and a capitalised word that is no month, weekday or determiner ("of Love", "of Discontent"; not "of That year")
_OF_A_NAME = re.compile(r"[ \t]{1,3}of[ \t]{1,3}(?!(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|That|This|The|Last|Next|Each|Every)\b)[A-Z][a-z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][ \t\"']*)$")
_OF_SOMEONE = re.compile(r"[ \t]+of[ \t]+(?:his|her|their|its|my|our|your|a|an)\b")
_NOUN_OF_YEAR = re.compile(rf"[ \t]+[a-z]+[ \t]+of[ \t]+(?P<y>{YEAR4})(?![-\w])")


# A capitalised season before a name's next word names a thing ("the Winter Palace", "the Summer Olympics"), but
# one before an event's head names the season it happened in ("the Spring Offensive", "the Autumn Harvest Uprising"),
# as a duration inside a name still says how long ("the Seven Years' War")
_THING_NAMED = re.compile(r"[ \t]{1,3}(?!(?:Offensive|Campaign|Harvest|Uprising|Revolt|Rebellion|War|Crisis|"
                          r"Revolution|Offensives|Campaigns)\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)\b)[A-Z][a-z]+")
# "the fall of" a place, a regime, a wall; the season is "the fall of 1944", "the fall of that year"
_FALL_OF_SOMETHING = re.compile(r"\s+of\s+(?!\d|(?i:that|this|last|next|the\s+(?:same|following|previous|next))\b)")


RULES = (
    compile_rule("century-turn", rf"(?i:the{S})?(?i:turn)(?:{S}|-)(?i:of)(?:{S}|-)(?i:the)(?:{S}|-)"
                 rf"(?:(?P<rel>(?i:last|previous|past|this|next|coming)){S}|(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))"
                 rf"(?:{S}|-))?(?P<unit>(?i:century|millennium|millenium))(?![-\w])", _century_turn, 3),
    compile_rule("season", rf"(?P<prep>(?i:in|during|by|since|until|over|through|throughout|of|for){S})?"
                 rf"(?P<t>(?:(?:(?i:the){S}(?=(?i:past){S}))?(?:{REL_WORD}|(?i:the)){S}(?:(?P<year3>{YEAR4}){S})?)?"
                 rf"{YEAR_EDGE}(?P<season>{SEASON})"
                 # "the winter months": the season, its span the words'
                 rf"(?:{S}(?i:months)(?![-\w]))?"
                 rf"(?:{S}(?:(?i:of){S})?(?P<year2>{YEAR4}|['\u2019]\d\d)(?:[-/\u2013](?P<yend>\d\d(?:\d\d)?))?|(?P<year>)))"
                 r"(?![-\w])", _season_cued, 1),
    # "the wettest summer since 1910": a superlative makes the season a time (the span the season's, as a month's);
    # a capital after it makes it a name ("the best Summer Olympics")
    compile_rule("superlative-season", rf"(?i:the|its|their|our|his|her|a){S}(?P<adj>[a-z]{{2,}}est|worst|best){S}"
                 r"(?P<t>(?P<season>(?i:summer|winter|spring|autumn)))(?![-\w'\u2019])"
                 rf"(?!{S}[A-Z])", _superlative_season, 1),
)
