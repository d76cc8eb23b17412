"""Years written with their last two digits ("in '09", "the '86 and '90 World Cups"): read only where a time
preposition, a list after one, or "the" before their noun says they are years; never in a work's quoted title.
"""

from __future__ import annotations

import re

from timeline.timex.labelled_years import in_quoted_title
from timeline.timex.rule import Built
from timeline.timex.values import CalendarDate

_TIME_PREPOSITION = r"\b(?i:in|since|of|by|until|from|to|before|after|during)[ \t]"
_TIME_PREPOSITION_BEFORE = re.compile(_TIME_PREPOSITION + "$")
# "in '09, '10 and '11", "in 2009, '10 and '11": short years down a list after one time preposition, read as the first
_LISTED_AFTER_PREPOSITION = re.compile(_TIME_PREPOSITION + r"(?:['\u2019]\d\d|\d{4})(?:,[ \t]['\u2019]\d\d)*"
                                       r"(?:,?[ \t](?i:and|or)[ \t]|,[ \t])$")
_LIST_REACH = 48  # "since '09, '10, '11, '12 and " and a little more
# "the '09 vintage", "the '86 and '90 World Cups": short years between "the" and their noun date it
_THE_LIST_BEFORE = re.compile(r"(?<![\w-])(?i:the)[ \t](?:['\u2019]\d\d(?:,[ \t]|,?[ \t](?:and|or)[ \t]))*$")
_LIST_THEN_NOUN = re.compile(r"(?:(?:,[ \t]|,?[ \t](?:and|or)[ \t])['\u2019]\d\d)*[ \t][A-Za-z]")


def _attributive(m: re.Match[str]) -> bool:
    """A short year after "the" and before the noun it dates, down a list too ("the '86 and '90 World Cups")."""
    return _THE_LIST_BEFORE.search(m.string, max(0, m.start() - _LIST_REACH), m.start()) is not None \
        and _LIST_THEN_NOUN.match(m.string, m.end()) is not None


def short_year(m: re.Match[str]) -> Built:
    """"in '09", "since '98", "the '09 vintage": a year's last two digits, read only after a time preposition or
    between "the" and a noun (behind the match, so that the rule is not tried at every quote mark).

    >>> from timeline.timex.absolute import RULES
    >>> rule = next(r for r in RULES if r.name == "short-year").pattern
    >>> [short_year(rule.search(t)) is None for t in ("closed in '09.", "scored '09 points")]
    [False, True]
    >>> [m.group() for m in rule.finditer("He won in '09, '10 and '11.") if short_year(m)]
    ["'09", "'10", "'11"]
    """
    if not _TIME_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) \
            and not _LISTED_AFTER_PREPOSITION.search(m.string, max(0, m.start() - _LIST_REACH), m.start()) \
            and not _attributive(m) or in_quoted_title(m.string, m.start()):  # 'He sang "Summer in '09"': a title
        return None
    return CalendarDate(year=int(m["yy"]) or 100, two_digit_year=True)  # '00 as 100: no year 0, the same century
