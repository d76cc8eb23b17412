"""Seasons of the southern hemisphere: "the Australian winter of 2018", "the winter of 2018 in New Zealand".

A season said of a country or region south of the equator runs through the north's opposite season's months
(June to August for a winter). Whether a season is the south's turns on the words around it (an adjective
before it, "in Australia" after it, a southern people opening its sentence) and on an anchoring of its own,
so it stands apart from :mod:`timeline.timex.seasons`, whose season rule reads the phrase and hands its value
to :func:`as_southern`. Corpus: ``seasons.tsv``.

>>> from timeline.timex.seasons import RULES
>>> season = next(r for r in RULES if r.name == "season")
>>> [type(season.build(season.pattern.search(t))).__name__ for t in ("the Australian winter of 2018",
...                                                                  "the winter of 2018 in Chile", "the winter of 2018")]
['SouthernSeason', 'SouthernSeason', 'YearPart']
"""

from __future__ import annotations

import re

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, southern_season_interval
from timeline.timex.rule import Built
from timeline.timex.tense_pick import pick
from timeline.timex.values import YearPart


class SouthernSeason(YearPart):
    """"the Australian winter of 2018": a season of the southern hemisphere, whose months are the north's opposite
    season's (June to August for a winter). TIMEX3's value is the season of that year (2018-WI), the days those of the
    south (:func:`~timeline.timex.calendar.southern_season_interval`); a yearless one is read as any yearless season
    is, among its readings around the DCT. Anchored by :func:`_anchor_southern` below.

    >>> SouthernSeason(part="WI", year=2018).kind
    'yearpart'
    """


# An adjective of a country or region wholly or mostly south of the equator right before a season names that
# hemisphere's season: "the Australian winter", "the southern hemisphere summer", "the austral spring"
SOUTHERN_BEFORE = re.compile(r"(?<![\w-])(?:Australian|Australia['\u2019]s|New[ \t]Zealand|Kiwi|Tasmanian|South[ \t]"
                             r"African|Argentine|Argentinian|Argentina['\u2019]s|Chilean|Chile['\u2019]s|Uruguayan|"
                             r"Patagonian|Antarctic|(?i:austral|southern[ \t-]hemisphere))[ \t]{1,3}$")

# ... or "in" and such a country right after the season's phrase, which it places: "the winter of 2018 in Australia"
_SOUTHERN_AFTER = re.compile(r"[ \t]{1,3}(?:in|across|over)[ \t]{1,3}(?:Australia|New[ \t]Zealand|Tasmania|South[ \t]Africa|"
                             r"Argentina|Chile|Uruguay|Patagonia|Antarctica|the[ \t]southern[ \t]hemisphere|"
                             r"the[ \t]Southern[ \t]Hemisphere)(?![\w-])")
# ... or a southern people as the subject opening the season's sentence: "Australians flocked to beaches this summer"
_SOUTHERN_SUBJECT = re.compile(r"(?:^|[.!?\n][ \t\"'\u201c]*)(?:(?:Many|Most|Some|Thousands[ \t]of|Millions[ \t]of)[ \t]+)?"
                               r"(?:Australians|New[ \t]Zealanders|Kiwis|Tasmanians|South[ \t]Africans|Argentines|"
                               r"Argentinians|Chileans|Uruguayans)[ \t][^.!?\n]*$")


def as_southern(value: Built, m: re.Match[str]) -> Built:
    """``value`` as the south's season when a southern adjective stands right before the season's name and the value
    is a season of a written year or of none (a shift word or "the" before the adjective is outside the match)."""
    if type(value) is not YearPart:
        return value
    if (m.start("season") != m.start() and m.start("t") != m.end("t")
            or SOUTHERN_BEFORE.search(m.string, max(0, m.start("season") - 28), m.start("season")) is None) \
            and _SOUTHERN_AFTER.match(m.string, m.end()) is None \
            and (value.shift not in (None, 0) or value.direction != "auto"  # "next summer": the shift is kept
                 or _SOUTHERN_SUBJECT.search(m.string, max(0, m.start() - 120), m.start()) is None):
        return value
    if value.part == "SU" and value.year is not None and not m["yend"]:
        return None  # "the Australian summer of 2018": December 2017 to February 2018, or the summer after; untold
    return SouthernSeason(part=value.part, year=value.year, mod=value.mod)


def _anchor_southern(value: SouthernSeason, ctx: Context) -> Resolved | None:
    """A southern season: of its year, else the reading around the DCT the tense picks (as a yearless season's).

    >>> import datetime as dt
    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=None, settings=TimexSettings())
    >>> [_anchor_southern(SouthernSeason(part="WI", year=y), ctx).latest.isoformat() for y in (2018, None)]
    ['2018-08-31', '2018-08-31']
    """
    if value.year is not None:
        return southern_season_interval(value.year, value.part)
    if ctx.dct is None:
        return Resolved(f"XXXX-{value.part}", None, None, "season")
    return pick([southern_season_interval(y, value.part) for y in range(ctx.dct.year - 2, ctx.dct.year + 2)], ctx)


anchor.register(SouthernSeason, _anchor_southern)
