"""Counts of a unit of time that tell no length of time: the duration rule's refusals.

A number before "hours", "years" or "quarters" is a duration most of the time; these say when it is not:
a title ("CBS's 60 Minutes"), a place open at all hours ("a 24-hour store"), a judgement of a time ("2019
will be a difficult year"), a day of a named month ("the July 4 weekend") and a fraction of a thing or
an amount ("three quarters of the troops", "cut by a quarter"); "a second" is a length only after "for" with
no noun to come ("paused for a second.", :func:`a_second_alone`). Each reads a match of the ``duration``
rule of :mod:`timeline.timex.durations` (its groups ``num``, ``unit``, ``extra`` and ``t``) and the text
around it. Corpus: ``durations.tsv`` and ``negative.tsv``.

>>> from timeline.timex import recognise
>>> [m.text for m in recognise("A 24-hour store opened after a 24-hour strike.")]
['24-hour']
"""

from __future__ import annotations

import re

from timeline.timex.rule import MONTH, NUM, Built
from timeline.timex.values import Duration

_WORD = re.compile(r"[A-Za-z][\w'\u2019]*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"\u201c(])\s*$")
# The small words a title-case headline leaves in lower case: any other lower-case word means sentence case.
_TITLE_CASE_LOWER = frozenset("a an the and or but nor for of on in to at by as up vs via from with into".split())
_NAME_HEAD_AFTER = re.compile(r"['\u2019]?\s+[A-Z]")
_OF_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")
_SENTENCE_STOP = re.compile(r"[.!?;:\n](?:\s|$)")


def is_title(m: re.Match[str]) -> bool:
    """Whether a duration with a capitalised unit, inside a sentence written in sentence case, is a title.

    "CBS's 60 Minutes", "the 24 Hours of Le Mans" are names, not amounts of time. A capitalised word right
    after it is the head of a name the duration modifies ("the Seven Years' War", "the 4 Years' Liberation
    War"): the name still says how long, so the duration stays. So does one at the start of a sentence and
    one in a headline written in title case ("Net Income for 6 Months Fell").

    Parameters
    ----------
    m : re.Match[str]
        A match with the groups ``unit`` and ``t`` (the duration's span).

    Returns
    -------
    bool
        True when the words around it are in sentence case and the unit is capitalised.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [is_title(rule.search(t)) for t in ("he watched 60 Minutes last night", "the Seven Years' War began")]
    [True, False]
    >>> [is_title(rule.search(t)) for t in ("The 24 Hours of Le Mans starts today.", "Net Income for 6 Months of Growth")]
    [True, False]
    """
    unit = m["unit"]
    if not unit[:1].isupper() or _NAME_HEAD_AFTER.match(m.string, m.end("unit")):
        return False
    before = m.string[max(0, m.start("t") - 60):m.start("t")]
    after = m.string[m.end("unit"):m.end("unit") + 60]
    if m["the"] and _OF_NAME_AFTER.match(after):
        # "The 24 Hours of Le Mans starts ...": a name after "of" is the title's own, even opening a sentence (its
        # capital explains "The", not "Hours"); the rest of the sentence tells sentence case from a title-case
        # headline ("the 6 Months of Growth Beats Forecasts"). With no article the count may open a quoted phrase
        # ('"57 Days of Hell"', a length of time its capitals only stress), read as before
        return _sentence_case(_WORD.findall(before)[-3:] + _WORD.findall(_SENTENCE_STOP.split(after, 1)[0]))
    if _SENTENCE_END.search(before):
        return False
    return _sentence_case(_WORD.findall(before)[-3:] + _WORD.findall(after)[:3])


def _sentence_case(words: list[str]) -> bool:
    """Whether any of ``words`` is a lower-case word a title-case headline would capitalise."""
    return any(w[0].islower() and w not in _TITLE_CASE_LOWER for w in words)


# "a 24-hour store", "the 24-hour news cycle", "a 24-hour hotline": open at all hours, how often and not how long
_ALL_HOURS_NOUN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?i:stores?|shops?|supermarkets?|pharmac(?:y|ies)|diners?|restaurants?|"
                             r"gyms?|cafes?|news|hotlines?|helplines?|help[ \t]+desks?|services?|access|coverage|"
                             r"surveillance|security|protection|care|support|channels?|stations?|clinics?|casinos?|"
                             r"laundromats?|guards?|patrols?)\b")


def open_all_hours(m: re.Match[str], built: Built) -> bool:
    """Whether "24-hour" before a place or a service says it is open at all hours ("a 24-hour store").

    Parameters
    ----------
    m : re.Match[str]
        A match with the group ``unit``.
    built : Built
        What the match was read as: only a duration of 24 hours, hyphenated, can be the hours of a place.

    Returns
    -------
    bool
        True when such a duration stands before a place or a service.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> day = Duration(unit="hour", count=24.0)
    >>> [open_all_hours(rule.search(t), day) for t in ("a 24-hour store", "a 24-hour strike")]
    [True, False]
    """
    return (isinstance(built, Duration) and built.unit == "hour" and built.count == 24
            and m.string[m.start("unit") - 1] == "-" and _ALL_HOURS_NOUN.match(m.string, m.end()) is not None)


# "2019 will be a difficult year", "it was a tough week": after a copula, "a <judging adjective> <unit>" says what
# the time told of was like, it names that time and gives no length ("it has been a full year" still counts one)
JUDGED = frozenset("hard tough bloody brutal bitter difficult grueling gruelling painful tense turbulent".split())
_COPULA_BEFORE = re.compile(r"(?<![\w'\u2019])(?i:is|was|were|are|be|been|become|became|['\u2019]s)[ \t]+$")


def judged_time(m: re.Match[str]) -> bool:
    """Whether "a <judging adjective> <unit>" follows a copula ("2019 will be a difficult year"): no duration.

    Parameters
    ----------
    m : re.Match[str]
        A match with the groups ``num`` and ``extra`` (the word between the count and the unit).

    Returns
    -------
    bool
        True when the count is "a" or "an", the word one of :data:`JUDGED` and a copula stands before.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [judged_time(rule.search(t)) for t in ("2019 will be a difficult year", "after a difficult year")]
    [True, False]
    """
    extra = (m["extra"] or "").strip().lower()
    return (extra in JUDGED and m["num"].lower() in {"a", "an"}
            and _COPULA_BEFORE.search(m.string, max(0, m.start("num") - 12), m.start("num")) is not None)


# "the July 4 weekend", "the Nov. 6 night": a number right after a month name is its day, not a count
_MONTH_BEFORE = re.compile(rf"{MONTH}\.?[ \t]$")


def day_of_a_month(m: re.Match[str]) -> bool:
    """Whether the count is written in digits right after a month's name: the month's day ("the July 4 weekend").

    Parameters
    ----------
    m : re.Match[str]
        A match with the group ``num``.

    Returns
    -------
    bool
        True when a month's name (or its abbreviation) stands right before the digits.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [day_of_a_month(rule.search(t)) for t in ("the July 4 weekend", "a 4 weekend stay")]
    [True, False]
    """
    return m["num"][:1].isdigit() and _MONTH_BEFORE.search(m.string, max(0, m.start("num") - 11), m.start("num")) \
        is not None


# "three quarters of the troops", "a quarter of its food": a fraction of a thing the determiner introduces;
# "several quarters of losses" (no determiner) and "the three quarters of the year", "two quarters of the last
# three" count quarters of time
_FRACTION_OF = re.compile(r"\s(?i:of)\s(?i:the|its|their|his|her|our|all|those|these)\s(?!(?i:year|fiscal|calendar|"
                          r"financial|decade|century|last|past|previous|next|first|final|current|same)\b|\d|['\u2019]\d)")
_BY_BEFORE = re.compile(r"(?i:by)\s$")
_AMOUNT_AFTER = re.compile(r"[-\s](?i:point|points|percentage|percent|mile|inch|pound|share|stake)\b")
_TO_COUNT = re.compile(rf"\s(?i:to)\s(?:a\s+)?(?:{NUM})(?![-\w])")  # "a quarter to a third", "a quarter to 9 percent"


_QUARTERS_HYPHENATED = re.compile(r"-quarters", re.IGNORECASE)  # "three-quarters"


def quarter_of_a_thing(m: re.Match[str]) -> bool:
    """Whether counted quarters are a fraction of a thing or an amount, not quarters of a year.

    "three-quarters of its food", "three quarters of the troops" are fractions of a thing; "cut by a
    quarter", "a quarter point", "from a quarter to nine percent" fractions of an amount.

    Parameters
    ----------
    m : re.Match[str]
        A match whose unit is a quarter, with the groups ``num``, ``unit`` and ``t``.

    Returns
    -------
    bool
        True for a fraction.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [quarter_of_a_thing(rule.search(t)) for t in ("three quarters of the troops", "cut by a quarter",
    ...                                               "two quarters of the year", "a quarter ago")]
    [True, True, False, False]
    """
    if _QUARTERS_HYPHENATED.search(m[0]) or _FRACTION_OF.match(m.string, m.end("unit")):
        return True
    return m["num"].lower() in {"a", "one"} and bool(
        _BY_BEFORE.search(m.string, max(0, m.start() - 4), m.start("t")) or _AMOUNT_AFTER.match(m.string, m.end())
        or _TO_COUNT.match(m.string, m.end()))


_FOR_BEFORE = re.compile(r"(?<![\w-])(?i:for)(?:[ \t]+(?i:just|only|about))?[ \t]+$")
# After "a second": a stop, a quotation's close ('"Wait for a second," she said'), or a clause going on in time
_NOTHING_COUNTED_AFTER = re.compile(r"[ \t]*(?:[.!?;)]|,[\"'\u201d]|"
                                    r",?[ \t]+(?:(?i:and)[ \t]+)?(?i:then|before|until|while)\b)")
# "For a second, nobody spoke": at a sentence's start a comma closes the length (a second of an ordinal list,
# "braced for a second, larger quake", has a noun to come and no capital "For")
_FOR_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d]?[ \t\n]+|\n)[\"'\u201c]?For(?:[ \t]+(?i:just|only))?[ \t]+$")
_COMMA_AFTER = re.compile(r"[ \t]*,")
# A contest or an office before "for": "qualified for a second", "was nominated for a second" (term, title)
_CONTEST_BEFORE = re.compile(r"(?<![\w-])(?i:qualified|qualifies|qualify|nominated|elected|re-elected|bid|bidding|"
                             r"vying|vie|vied|campaigned|campaigning|competed|competing|applied|applying|eligible|"
                             r"contend|contending)[ \t]+(?i:for)[ \t]+(?:(?i:just|only|about)[ \t]+)?$")
# A return in the clause: "Voters returned to the polls for a second." (a second time; "looked back" is no return,
# and "returned home and paused for a second" another verb's)
_RETURN_BEFORE = re.compile(r"(?<![\w-])(?i:returned|returning|returns|return)\b(?:(?!\b(?i:and|then)\b)[^.;!?,])*$")
# The next ordinal of the list: "for a second, then a third, time", "voted for a third" ("then the first image
# appeared" is another list)
_ORDINAL_AHEAD = re.compile(r"[^.!?]{0,60}?(?<![\w-])(?i:then|and|or|for)[ \t]+(?i:a|the)[ \t]+"
                            r"(?i:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


def a_second_alone(m: re.Match[str]) -> bool:
    """"paused for a second.": "for" before and no noun after, a second's length, not an ordinal ("for a second
    term", "a second vote", "qualified for a second", "for a second, then a third, time").

    Parameters
    ----------
    m : re.Match
        A match of the ``duration`` rule whose count is "a" and unit "second".

    Returns
    -------
    bool
        True for a second's length, False for an ordinal.

    >>> from timeline.timex.durations import RULES
    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [a_second_alone(rule.search(t)) for t in ("He paused for a second.", "He ran for a second term.")]
    [True, False]
    >>> [a_second_alone(rule.search(t)) for t in ("For a second, nobody spoke.", "Brazil qualified for a second.")]
    [True, False]
    """
    text, at = m.string, m.start("num")
    if _CONTEST_BEFORE.search(text, max(0, at - 30), at) or _ORDINAL_AHEAD.match(text, m.end()) \
            or _RETURN_BEFORE.search(text, max(0, at - 50), at):
        return False
    if _FOR_OPENING.search(text, max(0, at - 16), at) and _COMMA_AFTER.match(text, m.end()):
        return True
    return _FOR_BEFORE.search(text, max(0, at - 16), at) is not None \
        and _NOTHING_COUNTED_AFTER.match(text, m.end()) is not None
