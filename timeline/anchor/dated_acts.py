"""Dates after a dated act: "said Tuesday he would meet Kim on June 12" (corpus ``dated_acts.tsv``).

A saying, promise or ruling dated by a bare weekday ("said Tuesday", "on Tuesday set") lies
within ``weekday_days`` before the DCT, as any bare weekday of a past act does. What it puts
after itself lies after that day: a future in the past ("he would meet ... on June 12", "it
was to open on June 5") or a date it sets ("set a trial date of March 4, 2019", "postponed the
vote to June 5"). So the DCT is at most ``weekday_days`` after that date: on or before the date
plus ``weekday_days`` (a full date); within ``yearless_days`` before it to ``weekday_days`` after
it (a date without a year, recent as any). A date told as future by itself ("will meet on June
12") has its own, tighter clue; "would have" is no future.

>>> from timeline.anchor.settings import AnchorSettings
>>> s = "Trump said Tuesday he would meet Kim in Singapore on June 12, 2018."
>>> dated_act_clues(s, AnchorSettings())[0].evidence[-10:]
'2018-06-18'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue, yearless_intervals
from timeline.anchor.dayset import MONTH_NAMES, MONTH_RE, WEEKDAY_NAME
from timeline.anchor.mentions import DateMention, full_dates, quote, sentence_around, yearless_dates
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import is_modifier, is_past_word, tense_at
from timeline.anchor.words import SAYING_ACTS, alternation

_DAY = (rf"(?:{WEEKDAY_NAME}(?!s\b|,?\s*(?:{MONTH_RE}|\d))|yesterday|today"
        r"|(?:earlier\s+)?this\s+week)")
_SAYS = alternation(SAYING_ACTS)
_SAYING = re.compile(rf"\b(?:on\s+)?{_DAY}\s+(?:that\s+)?{_SAYS}\b|\b{_SAYS}\s+(?:\w+\s+)?(?:on\s+)?{_DAY}\b",
                     re.IGNORECASE)
# "would" after a saying is its "will" told in the past: ahead of the saying ("would have" is no future).
# "was to", "planned to" are ahead of the plan, which may be older than the saying: not read.
_WOULD = re.compile(r"\bwould\s+(?!have\b)", re.IGNORECASE)
# The date "would" governs is its act's day or deadline ("would meet Kim on June 12", "would decide by
# March 4"), not any later date: "would restate its accounts for the year to March 31, 2018" dates a
# period, "would appeal the March 4 ruling" a thing.
_WOULD_DATE = re.compile(rf"\b(?:on|by|until|till)\s+(?:{WEEKDAY_NAME},?\s+)?$")
# A date set by the dated act itself: "on Tuesday set a trial date of", "postponed the vote on Monday to".
_W = r"(?:[\w'’-]+\s+)"
# "of" only after the date set ("set a trial date of"): "set aside the verdict of March 4" dates the verdict.
_SETS = re.compile(rf"\b(?P<verb>set|scheduled|fixed|postponed|delayed|adjourned|moved|pushed\s+back)\s+(?!aside\b)"
                   rf"{_W}{{0,6}}?(?:(?:date|deadline)(?:\s+of)?|for|to|until|till)\s+$", re.IGNORECASE)
_DAY_BEFORE = re.compile(rf"\b(?:on\s+)?{_DAY}\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"\s+(?:on\s+)?{_DAY}\b", re.IGNORECASE)


def dated_act_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Clues from dates a weekday-dated act puts after itself (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> s = AnchorSettings()
    >>> dated_act_clues("A judge on Tuesday set a trial date of March 4, 2019.", s)[0].evidence[-10:]
    '2019-03-10'
    >>> dated_act_clues("He said Tuesday he would have met Kim on June 12, 2018.", s)
    []
    """
    full = full_dates(text)
    mentions = sorted(full + yearless_dates(text, full))
    clues, seen = [], set()
    for d in itertools.islice(mentions, settings.max_clues):  # a bounded cost per text
        if (d.month, d.day, d.year) in seen or tense_at(text, d.start, d.end) == "future" or not _after_act(text, d):
            continue
        seen.add((d.month, d.day, d.year))
        clue = _clue(text, d, settings)
        if clue is not None:
            clues.append(clue)
    return clues


def _after_act(text: str, d: DateMention) -> bool:
    """Whether a weekday-dated act of the sentence of ``d`` puts ``d`` after itself.

    Either a saying dated by a weekday and "would" before ``d`` with "on", "by" or "until" right
    before it (and ``d`` no noun's modifier: "the March 4 ruling"), or ``d`` set by a verb dated
    by a weekday ("on Tuesday set a trial date of"). The mark must govern ``d``: no past verb
    stands between them ("he would meet Kim, who visited Beijing on May 8" dates the visit).
    """
    said = sentence_around(text, d.start, d.end, 240, quoted=True)
    before = text[said.start:d.start]
    sets = _SETS.search(before)
    if sets is not None:
        dated = _DAY_BEFORE.search(before[max(0, sets.start() - 24):sets.start()])
        if not (dated or _DAY_AFTER.match(before, sets.end("verb"))):
            return False
        end = sets.end()
    else:
        would = None
        for would in _WOULD.finditer(before):
            pass
        if would is None or _SAYING.search(text, said.start, said.end) is None or not _WOULD_DATE.search(before) \
                or is_modifier(text, d.start, d.end):
            return False
        end = would.end()
    return not any(is_past_word(word) for word in re.findall(r"[A-Za-z]+", before[end:]))


def _clue(text: str, d: DateMention, s: AnchorSettings) -> Clue | None:
    n = s.weekday_days
    said = f"{quote(text, d.start, d.end)} (after an act dated by a bare weekday, within {n} days before the DCT)"
    if d.year is not None:
        day = dt.date(d.year, d.month, d.day)
        if not s.min_year <= d.year <= s.max_year:
            return None
        last = min(day + dt.timedelta(days=n), dt.date(s.max_year, 12, 31))
        return bound_clue("act", f"{said}:", "future", last, last, s, 4)
    name = f"{d.day} {MONTH_NAMES[d.month - 1]}"
    return Clue("act", f"{said}, no year: within {s.yearless_days} days before {name} to {n} days after it",
                yearless_intervals(d.month, d.day, s.yearless_days, n, s), False, False, 1)
