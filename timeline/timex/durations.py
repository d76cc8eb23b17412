"""Durations: "three years", "two-year", "24 hours", "months", "the past two years", "within 18 months".

"the past two years" and "the next two weeks" are anchored: they end (start) at
the DCT, so phase 2 also gives them a day interval. Corpus: ``durations.tsv``.

>>> [r.name for r in RULES]
['anchored-duration', 'duration', 'vague-duration', 'ahead', 'cued-plural']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.rule import NUM, S, UNIT, Built, compile_rule
from timeline.timex.values import Duration, Relative

_PAST = {"past", "last", "previous", "preceding"}
_FUTURE = {"next", "coming", "following", "upcoming"}


def _count(m: re.Match[str], unit_word: str) -> float | None:
    """The count written, 1 for a singular unit alone, None (X) for plurals and vague words."""
    num = m["num"]
    half = 0.5 if m.groupdict().get("half") or m.groupdict().get("half2") else 0.0  # "a minute and a half"
    if num:
        value = parse_number(num)
        return None if value is None else value + half
    return None if unit_word.lower().endswith("s") else 1.0 + half


def _anchored(m: re.Match[str]) -> Built:
    which = m["which"].lower()
    if not m["num"] and which not in {"past", "last"}:
        return None  # "the next day", "the previous week": a date one unit from the reference time
    if which == "last" and not m["num"] and "the" not in m[0].lower().split():
        return None  # "last year" is a date (calendar-shift), "the last year" a duration
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    if unit == "year" and not m["num"] and which in {"past", "last"} and not m["unit"].lower().endswith("s"):
        return Relative(unit="year", shift=-1)  # "over the past year": TimeBank writes the year gone by
    anchored = "past" if which in _PAST else "future" if which in _FUTURE else "none"
    return Duration(unit=unit, count=_count(m, m["unit"]), anchored=anchored)  # type: ignore[arg-type]


def _duration(m: re.Match[str]) -> Built:
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    count = _count(m, m["unit"])
    if unit == "quarter" and re.search(r"-quarters", m[0], re.IGNORECASE):
        return None  # "three-quarters of its food" is a fraction
    if unit == "second" and (count or 0) < 2:
        return None  # "a second" is an ordinal far more often than a duration
    if unit in {"weekend", "night"} and m["num"] and m["num"].lower() in {"a", "an"}:
        return None
    mod = "EQUAL_OR_LESS" if (m.groupdict().get("within") or "") else None
    return Duration(unit=unit, count=count, mod=mod)  # type: ignore[arg-type]


def _vague(m: re.Match[str]) -> Built:
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    return Duration(unit=unit, count=None)  # type: ignore[arg-type]


_HALF = r"(?P<half>\s(?:(?i:and\s+a\s+half)|1/2))?"
# "two more weeks", "three straight years", "an additional year"
_EXTRA = r"(?:(?i:more|additional|extra|full|straight|consecutive|successive)\s)?"

RULES = (
    compile_rule("anchored-duration", r"(?:(?i:over|in|during|for|within)\s)?(?:(?i:the)\s)?"
                 r"(?P<which>(?i:past|last|previous|preceding|next|coming|following|upcoming|first|final))"
                 rf"\s(?:(?P<num>{NUM}){_HALF}[-\s])?(?P<unit>{UNIT})(?![-\w])", _anchored, 2),
    compile_rule("duration", rf"(?P<within>(?i:within)\s)?(?P<num>{NUM}){_HALF}[-\s]{_EXTRA}(?P<unit>{UNIT})"
                 r"(?P<half2>\s(?i:and\s+a\s+half))?(?:-(?i:long))?(?![-\w])(?!-?\s?(?i:old)\b)", _duration, 1),
    compile_rule("vague-duration", rf"(?P<num>(?i:several|a\s+few|few|many|some|a\s+number\s+of)){S}"
                 r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))(?![-\w])", _vague, 1),
    compile_rule("ahead", r"(?i:the)\s(?P<unit>(?i:days|weeks|months|years|decades))\s(?i:ahead|to\s+come)(?![-\w])",
                 lambda m: Duration(unit=LEXICON.lookup("unit", m["unit"]) or "day", count=None,  # type: ignore[arg-type]
                                    anchored="future"), 1),
    compile_rule("cued-plural", r"(?i:for|over|within|took|lasted|lasting|in|after)\s(?P<t>(?P<unit>"
                 r"(?i:hours|days|weeks|months|years|decades|centuries)))(?!\s(?i:ago|earlier|later|of))(?![-\w])",
                 _vague, 0),
)
