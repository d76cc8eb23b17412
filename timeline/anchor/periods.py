"""Periods told as over: a whole period's measured change or total (corpus ``periods.tsv``).

"China's economy grew 6.6 percent in 2018", "net profit fell 29 percent in 2018 to 7.6
billion euros", "In the third quarter of 2019, sales rose 4 percent": a past verb of change
or of a total, an amount, and the period it was measured over. Such a figure is known once
the period is over, so the DCT is on or after the day after the period's end (a past verb
with a year alone says only that the period has begun: "the firm was founded in 2018").
The period is a year, or the month, quarter or half named before it. Nothing is read when
the period runs on ("in 2018 through September", "in 2018 so far", "in 2018's third
quarter", "in the first nine months of 2018") or the sentence estimates or forecasts
("the economy probably grew 6.6 percent in 2018", "is expected to have", "would"), or
supposes ("if sales rose 4 percent in 2019"), or tells a change so far in a perfect ("Bitcoin
has jumped 150 percent in 2019"). A single act or peak is no period's total ("sold 2 million
shares in March 2019", "temperatures reached 45.9 degrees in June 2019"): those verbs are not read.
Nor are market prices and a season's tallies, told in the simple past while the year runs on
("shares gained 30 percent in 2019" in November, "the team lost 12 games in 2019"), nor a
figure for part of the period ("data for the first ten months showed"), hoped or preliminary.

A year said to be under way ("2018 is on track to be the fourth-hottest year", "2019 is shaping
up as a record year") is told in its own course, or in a preview late in the year before ("2020
is shaping up as a pivotal year" in December 2019): the DCT is between 1 October of the year
before and the year's end.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence[-10:] for c in period_clues("China's economy grew 6.6 percent in 2018.", AnchorSettings())]
['2019-01-01']
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue
from timeline.anchor.dayset import MONTH_RE, YEAR_RE
from timeline.anchor.mentions import quote, sentence_around
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.yearclues import year_span

_VERB = (r"(?:grew|rose|fell|increased|decreased|declined|dropped|jumped|climbed|slipped|slid|gained|shrank"
         r"|contracted|expanded|surged|soared|plunged|tumbled|slumped|earned|lost|totaled|totalled)")
# "has jumped 150 percent in 2019", "had grown": a perfect tells a change so far, the period perhaps not over.
_PERFECT = re.compile(r"\b(?:has|have|had|having)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_HEDGE = r"(?:about|nearly|almost|roughly|some|around|just|more\s+than|less\s+than|over)"
_UNIT = r"(?:%|\s*(?:percent|per\s+cent|pct|percentage\s+points?|points?))?(?:\s*(?:[mb]illion|trillion|bn|mln)\b)?"
_AMOUNT = rf"(?:(?:by|to|from)\s+)?(?:{_HEDGE}\s+)?[$€£¥]?\d[\d,.]*{_UNIT}(?:\s+(?!in\b|to\b|from\b)[a-z]+)?"
_PERIOD = (rf"(?:the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of\s+|(?:{MONTH_RE})\s+)?"
           rf"(?P<y>{YEAR_RE})\b")
# A period that runs on, or a year that is not one: "in 2018 through September", "2018's third quarter".
_RUNS_ON = r"(?![\d%]|['’]s\b|[.,:/\-]\d|,?\s*(?:through|thru|so\s+far|to\s+date|until|till|up\s+to)\b)"
_AFTER_VERB = re.compile(rf"\b(?P<v>{_VERB})(?:\s+{_AMOUNT}){{1,3}}\s+in\s+{_PERIOD}{_RUNS_ON}")
_FRONTED = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:In|During)\s+{_PERIOD}{_RUNS_ON},"
                      rf"(?P<clause>[^.;!?\n]{{0,100}}?\b(?P<v>{_VERB})\s+{_AMOUNT})")
_JOINED = re.compile(r"[,;]\s+(?:and|but|while|whereas)\b|;")
# An estimate or forecast may be made before the period ends. The modals in lower case only: "May"
# and "Will" are a month and a name ("rose 4 percent in May 2019", "Will Smith's firm").
_ESTIMATE = re.compile(r"\b(?:estimat\w*|expect\w*|forecast\w*|project\w*|predict\w*|likely|probably"
                       r"|(?-i:may|might|could|would|will|should)|seen|so\s+far|to\s+date|year-to-date|if|unless"
                       r"|whether|preliminary|hop\w*|believ\w*|first\s+(?:\w+\s+)?(?:months|weeks|days)"
                       r"|(?:January|Jan\.?)\s*(?:to|through|thru|-|–)\s*[A-Z]\w*)\b", re.IGNORECASE)
# Market prices and a season's tallies are told in the simple past while the year runs on ("shares
# gained 30 percent in 2019" in November, a close on the year's last day; "lost 12 games in 2019").
_RUNNING = re.compile(r"\b(?:shares?|stocks?|index|indexes|indices|Dow|Nasdaq|S&P|bitcoin|currenc\w+|yields?|bonds?"
                      r"|futures|games|matches|season|wins|goals|races)\b", re.IGNORECASE)


def period_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Lower bounds from whole periods whose change or total a past verb tells: the day after each ends.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> s = AnchorSettings()
    >>> [c.evidence[-10:] for c in period_clues("In the third quarter of 2019, sales rose 4 percent.", s)]
    ['2019-10-01']
    >>> period_clues("The firm expects sales rose 4 percent in 2019.", s), period_clues("It was founded in 2019.", s)
    ([], [])
    """
    found = itertools.chain(_AFTER_VERB.finditer(text), _FRONTED.finditer(text))
    clues = []
    for m in itertools.islice(found, 2 * settings.max_clues):  # a bounded cost per text
        clue = _clue(text, m, settings)
        if clue is not None:
            clues.append(clue)
    return clues


def _clue(text: str, m: re.Match[str], s: AnchorSettings) -> Clue | None:
    said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
    # The figure's own clauses: up to it, and its reporting clause after it, not a clause joined
    # by "and" about another time ("grew 2.9 percent in 2018, it said, and is forecast to slow in 2019").
    tail = _JOINED.split(text[m.end():said.end], maxsplit=1)[0]
    if _ESTIMATE.search(text[said.start:m.end()] + tail) or _PERFECT.search(text, max(0, m.start("v") - 24),
                                                                                   m.start("v")):
        return None
    if _RUNNING.search(text, said.start, said.end):
        return None
    year = int(m["y"])
    span = year_span(text, m.start("y"), year) if s.min_year <= year <= s.max_year else None
    if span is None or span[1] >= dt.date(s.max_year, 12, 31):
        return None
    over = span[1] + dt.timedelta(days=1)
    return bound_clue("period", f"{quote(text, m.start(), m.end())} (a whole period's change or total, told "
                                f"once the period is over):", "past", over, over, s, 3)


# "2018 is on track to be the fourth-hottest": the year's course told in the present, so during it,
# or in a preview in the last months of the year before.
_UNDER_WAY = re.compile(rf"(?<![\w$€£¥.,/-])(?P<y>{YEAR_RE})(?:\s+is|['’]s)\s+(?:(?:now|already|still)\s+)?"
                        r"(?:on\s+(?:track|course|pace)\s+(?:to|for)|shaping\s+up)\b")


def under_way_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """The DCT from a year told as under way ("2018 is on track to be the fourth-hottest"): in it, or in a preview.

    >>> from timeline.anchor.settings import AnchorSettings
    >>> under_way_clues("2018 is on track to be the fourth-hottest year.", AnchorSettings())[0].intervals
    [(datetime.date(2017, 10, 1), datetime.date(2018, 12, 31))]
    >>> under_way_clues("2018 was on track to be the hottest year.", AnchorSettings())
    []
    """
    clues = []
    for m in itertools.islice(_UNDER_WAY.finditer(text), settings.max_clues):  # a bounded cost per text
        year = int(m["y"])
        if settings.min_year <= year <= settings.max_year:
            said = f"(the year {year} told as under way, or previewed): the DCT is between 1 October {year - 1}"
            clues.append(Clue("under way", f"{quote(text, m.start(), m.end())} {said} and the end of {year}",
                              [(dt.date(year - 1, 10, 1), dt.date(year, 12, 31))], True, True, 3))
    return clues
