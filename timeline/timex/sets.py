"""Sets (recurrences): "daily", "every Monday", "each year", "quarterly", "$5 a year".

Values follow TE3 practice: "daily" -> P1D, "quarterly" -> P3M, "every Monday"
-> XXXX-WXX-1, "on weekdays" -> XXXX-WXX-WD. Corpus: ``sets.tsv``.

>>> [r.name for r in RULES]
['set-adverb', 'unit-rate', 'open-all-hours', 'return-period', 'set-adjective', 'rate', 'hourly-rate', 'worded-rate', 'every-unit', 'every-weekday', 'plural-weekday', 'weekends', 'weekdays', 'every-part', 'every-holiday', 'unit-after-unit']
"""

from __future__ import annotations

import re

from timeline.timex.holiday_names import holiday_names_thing
from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.names import names_follow
from timeline.timex.rule import MONTH_FULL, NUM, S, SEASON, Built, Piece, compile_rule
from timeline.timex.set_values import NTH_STEP, PARTS_OF_DAY, day_part_code, period, quantifier, vague_period
from timeline.timex.values import Recurrence

_WEEKDAY = LEXICON.pattern("weekday", abbreviations=False)


# "a daily newspaper", "quarterly earnings": the adjective names no recurrence of time.
_NOT_BEFORE_NOUN = (r"(?!\s(?!(?:to|in|for|by|and|or|on|at|since|from|with|until|through|but|as|than|over|"
                    r"during|before|after|because|if|when|while|the|a|an|this|that|these|those)\b)[a-z]{2,})")


_PERIODICALS = frozenset({"daily", "weekly", "monthly"})
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&'\u2019]*[ \t]$")


def _adverb(m: re.Match[str]) -> Built:
    if m["w"].lower() in _PERIODICALS and names_follow(m.string[m.end():m.end() + 30]):
        return None  # "the Communist Party daily Granma": a newspaper, not a frequency
    if m["w"][0].isupper() and _CAPITAL_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "China Daily", "Publishers Weekly": capitalised after a capitalised word, a title
    return Recurrence(value=LEXICON.lookup("setword", m["w"]) or "P1D")


# A counted thing's noun (at most two words): "500 cars a day", "three doses a day", "an apple a day"
_COUNTED = (r"(?!(?:in|for|of|than|to|the|on|at|by|from|over|within|after|before|ago|and|or|a|an|times|twice|once|"
            r"thrice)\b)"
            r"[a-z]+")


# A figure: digits, with points and commas only between them ("3.5", "50,000")
_FIGURE = r"\d(?:[\d,.]*\d)?"


# The count of "three times a year", "10 times a day", "several times a week", read behind "times"
_COUNT_BEFORE = re.compile(rf"(?<![\w-])(?:\d+|{NUM})\s$")


# A counted thing of up to three words, and what it is of: "55 billion cubic meters", "2 million tonnes of rolled steel"
_THING = rf"(?:\s{_COUNTED}){{1,3}}(?:\sof(?:\s{_COUNTED}){{1,2}})?"

_WORDED_AMOUNT = re.compile(rf"(?<![\w-])(?:{NUM}){_THING}\s$")


def _worded_rate(m: re.Match[str]) -> Built:
    """"three doses a day": the rate of an amount claims "a day" (no duration is read from it); else nothing.

    >>> _worded_rate(re.search("a day", "it rained a day")) is None
    True
    """
    if _WORDED_AMOUNT.search(m.string, max(0, m.start() - 40), m.start()):
        raise ValueError(f"{m[0]!r} is the rate of an amount")
    return None


def _rate(m: re.Match[str]) -> Built:
    """"twice a week", "three times a year" are sets, the count of times in the span as TimeML writes
    them; "$50,000 a year", "24 hours a day", "500 cars a day" are rates of an amount, which TimeML
    does not mark. The match still claims its span (a ValueError blocks it, as an impossible date's
    does) so that no duration rule reads "a year" out of it."""
    if m["amount"]:
        raise ValueError(f"{m[0]!r} is the rate of an amount")
    unit = m["w"].split()[-1].lower()
    # "60 times a minute": the set's period is its unit's (the set words' lexicon holds the day and longer)
    value = Recurrence(value=period(unit, 1)) if unit in ("minute", "second") else _adverb(m)
    if value is None:
        return None
    start = m.start("freq")
    count = _COUNT_BEFORE.search(m.string, max(0, start - 24), start) if m["freq"].lower() == "times" else None
    return (Piece(count.start() if count else start, m.end("t"), value),)


def _unit_rate(m: re.Match[str]) -> Built:
    """"five days a week", "24 hours a day": the rate claims its whole span (no duration is read out of it), as do
    "open 24 hours" and a return period ("the 100-year flood").

    >>> [r.name for r in RULES if r.pattern.search("open five days a week")]
    ['unit-rate', 'worded-rate']
    """
    raise ValueError(f"{m[0]!r} is a rate of time units")


def _every_unit(m: re.Match[str]) -> Built:
    """"every two years" (P2Y), "every other week" (P2W); "every few weeks" is a set of an unknown count (PXW),
    never a duration; "every 10 to 15 minutes" takes its first count, as "two to three weeks" does (PT10M).

    >>> rule = next(r for r in RULES if r.name == "every-unit").pattern
    >>> [_every_unit(rule.search(t)).value for t in ("every few weeks", "every 10 to 15 minutes", "each quarter")]
    ['PXW', 'PT10M', 'P1Q']
    """
    count = (0.5 if m["num"].lower() == "half" else parse_number(m["num"])) if m["num"] else 1.0
    unit = LEXICON.lookup("unit", m["unit"])
    if unit is None or (unit == "second" and not (m["num"] or m["other"]) and _ORDINAL.match(m.string, m.end())):
        return None  # "every second person": the ordinal (each second one of them), no set of seconds
    if _POSSESSED.match(m.string, m.end()):
        raise ValueError(f"{m[0]!r} counts what those units earn")  # "every few days' pay": no set, nor duration
    if count is None:  # "every few weeks", "every several days": TIMEX3 writes the unknown count X
        return Recurrence(value=vague_period(unit), quant="EVERY")
    if unit == "weekend":  # "every weekend": the weekend of each week, as "on weekends" (no period counts weekends)
        # ("every third weekend": each such one, its step in quant, as "every other Tuesday")
        return Recurrence(value="XXXX-WXX-WE", quant=quantifier(m["other"])) if count == 1 else None
    if m["other"]:  # "every other week" (P2W), "every third year" (P3Y)
        count *= NTH_STEP[m["other"].strip().lower()]
    return Recurrence(value=period(unit, count), quant="EVERY")


# A singular noun after "every second" makes it the ordinal ("every second person"; "every" takes a singular noun, so
# a word in -s is its verb: "every second counts"); a function word or the end leave a second of time
_ORDINAL = re.compile(r"\s(?!(?:to|in|for|by|and|or|on|at|of|from|with|until|till|through|but|as|than|over|during|"
                      r"before|after|because|if|when|while|since|the|a|an|this|that|is|was|will|would|can|could|may|"
                      r"might|must|should|has|had|have|without)\b)[a-z]+(?<![^s]s)\b(?!['\u2019])")
_POSSESSED = re.compile(r"(?<=s)['\u2019](?!\w)")  # "every few days' pay", "every two weeks' wages": an amount


def _every_weekday(m: re.Match[str]) -> Built:
    """"every Tuesday", "Sundays", "every other Tuesday" (each second one: the same weekday of a set, its step in
    ``quant``, as TIMEX3 has no value for a fortnightly weekday; not the next Tuesday, nor "every second" a second).

    >>> rule = next(r for r in RULES if r.name == "every-weekday").pattern
    >>> [(_every_weekday(rule.search(t)).value, _every_weekday(rule.search(t)).quant)
    ...  for t in ("every Tuesday night", "every other Tuesday", "every second Sunday")]
    [('XXXX-WXX-2TNI', 'EVERY'), ('XXXX-WXX-2', 'EVERY OTHER'), ('XXXX-WXX-7', 'EVERY SECOND')]
    """
    if m["of"] and m["ord"]:  # "every second Sunday of the month": the month's second Sunday, not each second one
        return Recurrence(value=_weekday_set(m, None).value, quant=f"EVERY {m['nth'].strip().upper()} OF MONTH")
    return _weekday_set(m, m["nth"])


def _plural_weekday(m: re.Match[str]) -> Built:
    """"Sundays", "Tuesday nights": each such day, as "every Tuesday" (a plural has no step).

    >>> rule = next(r for r in RULES if r.name == "plural-weekday").pattern
    >>> _plural_weekday(rule.search("closed on Sundays")).value
    'XXXX-WXX-7'
    """
    return _weekday_set(m, None)


def _weekday_set(m: re.Match[str], nth: str | None) -> Recurrence:
    """The set of the weekday in group ``wd`` (its day part in ``pod``), each ``nth`` one ("other", "second") if
    given."""
    day = LEXICON.lookup("weekday", m["wd"])
    part = day_part_code(m["pod"])
    return Recurrence(value=f"XXXX-WXX-{day}" + (f"T{part}" if part else ""), quant=quantifier(nth))


def _weekdays(m: re.Match[str]) -> Built:
    """"on weekdays", "every weekday morning", "weekday evenings": each working day (Monday to Friday), TIMEX3's
    XXXX-WXX-WD as "on weekends" is XXXX-WXX-WE; a bare "weekday" names none ("a weekday crowd").

    >>> rule = next(r for r in RULES if r.name == "weekdays").pattern
    >>> [_weekdays(rule.search(t)).value for t in ("open on weekdays", "every weekday morning", "weekday evenings")]
    ['XXXX-WXX-WD', 'XXXX-WXX-WDTMO', 'XXXX-WXX-WDTEV']
    >>> _weekdays(rule.search("a weekday crowd")) is None
    True
    """
    plural = m["w"].lower().endswith("s")
    if not (m["every"] or (m["on"] and plural) or (m["pod"] and m["pod"].lower().endswith("s"))):
        return None
    part = day_part_code(m["pod"])
    return Recurrence(value="XXXX-WXX-WD" + (f"T{part}" if part else ""), quant="EVERY" if m["every"] else None)


def _every_part(m: re.Match[str]) -> Built:
    """"each July", "every winter", "every other morning" (its step in ``quant``, as for weekdays)."""
    quant = quantifier(m["nth"])
    month = LEXICON.lookup("month", m["w"])
    if month:  # "each July"
        return Recurrence(value=f"XXXX-{int(month):02d}", quant=quant)
    season = LEXICON.lookup("season", m["w"])
    if season:
        return Recurrence(value=f"XXXX-{season}", quant=quant)
    return Recurrence(value=f"XXXX-XX-XXT{PARTS_OF_DAY[m['w'].lower()]}", quant=quant)


_HOLIDAY = LEXICON.pattern("holiday")
_NTH = r"(?P<nth>(?i:other|second|third)\s)?"
_FIXED_DAY = re.compile(r"\d\d-\d\d")


def _every_holiday(m: re.Match[str]) -> Built:
    """"every Christmas" (XXXX-12-25), "each Thanksgiving" (P1Y: a day whose date moves has no TIMEX3 pattern):
    a set, never the one holiday the tense picks.

    >>> rule = next(r for r in RULES if r.name == "every-holiday").pattern
    >>> [_every_holiday(rule.search(t)).value for t in ("every Christmas", "each Thanksgiving")]
    ['XXXX-12-25', 'P1Y']
    """
    if holiday_names_thing(m.string, m.start("h"), m.end("h")):
        raise ValueError(f"{m[0]!r} counts things")  # "every Christmas card": the cards, not the days
    rule = LEXICON.lookup("holiday", m["h"]) or ""
    step = NTH_STEP[m["nth"].strip().lower()] if m["nth"] else 1  # "every other Easter": a set (P2Y), never the next
    return Recurrence(value=f"XXXX-{rule}" if _FIXED_DAY.fullmatch(rule) else f"P{step}Y", quant=quantifier(m["nth"]))


RULES = (
    compile_rule("set-adverb", r"(?<![-\w])(?P<w>(?i:daily|nightly|weekly|biweekly|bi-weekly|fortnightly|monthly|annually|"
                 r"yearly|hourly|semiannually|biannually|semi-annually|bi-annually|biennially|triennially))(?![-\w])", _adverb, 1),
    # "24 hours a day, five days a week", "seven days a week": a count of units in each unit is a rate, no duration
    compile_rule("unit-rate", rf"(?:\d{{1,3}}|{NUM})\s(?i:hours|days|weeks|months|nights)\s(?i:a|per)\s"
                 r"(?i:day|week|month|year)(?![-\w])(?!\s(?i:ago|earlier|before|later|after|back)\b)",
                 _unit_rate, 3),
    # "stores are open 24 hours", "staffed 24 hours": open at all hours, as "a 24-hour store" (no duration)
    compile_rule("open-all-hours", r"(?i:open|staffed|manned)\s(?i:24|twenty-four)\s(?i:hours)(?![-\w])"
                 r"(?!\s(?i:a|per|ago|earlier|before|later|after|back|of|from)\b)", _unit_rate, 3),
    # "the 100-year flood", "a 500-year storm": a return period, how rare, no length of time (as "once in a century")
    compile_rule("return-period", rf"(?:\d{{1,4}}|{NUM})-(?i:year){S}(?i:floods?|storms?|flood{S}?plains?|rainfall|"
                 r"rainstorms?|return\s+periods?)(?![-\w])", _unit_rate, 3),  # ("a 108-year drought" is a length)
    compile_rule("set-adjective", r"(?P<w>(?i:quarterly))(?![-\w])" + _NOT_BEFORE_NOUN, _adverb, 1),
    # (the count before "times" and a counted thing's number word are read behind the match, in _rate: a pattern
    # starting with any number word would be tried at every "a" and "the" of a text)
    # (an amount's point or comma stands between digits: "in 2010. A year on" is a sentence's end, no rate)
    compile_rule("rate", rf"(?:(?P<amount>[$£€]?{_FIGURE}%?|(?i:percent|million|billion|cents?|dollars?)|"
                 rf"{_FIGURE}{_THING})|(?P<freq>(?i:times|twice|once|thrice)))\s"
                 r"(?P<t>(?P<w>(?i:a|per)\s(?:day|week|month|year|minute|second)|(?i:annually|yearly|monthly|weekly|daily)))"
                 r"(?![-\w])"
                 r"(?!\s(?i:ago|earlier|before|later|after|back|from|or|and)\b)", _rate, 2),
    # "$12 an hour", "15 percent per hour": an amount's hourly rate is no duration (TimeML marks no rate)
    compile_rule("hourly-rate", rf"(?P<amount>[$£€]?{_FIGURE}%?|(?i:percent|million|billion|cents?|dollars?))\s"
                 r"(?P<t>(?i:an|per)\s(?i:hour))(?![-\w])(?!\s(?i:ago|earlier|before|later|after|back|from|or|and)\b)",
                 _rate, 2),
    # "three doses a day", "an apple a day": a counted thing's rate whose count is a word (read behind the match)
    compile_rule("worded-rate", r"(?i:a|per)\s(?i:day|week|month|year|minute|second)(?![-\w])"
                 r"(?!\s(?i:ago|earlier|before|later|after|back|from|or|and)\b)", _worded_rate, 2),
    # ("every 10 to 15 minutes": the second count is claimed with the first, which gives the value)
    compile_rule("every-unit", rf"(?i:every|each)\s(?P<other>(?i:other|second|third|fourth)\s)?(?:(?P<num>{NUM}|(?i:half))\s"
                 rf"(?:(?i:to|or)\s(?:{NUM})\s)?)?(?P<unit>"
                 r"(?i:seconds?|minutes?|hours?|days?|weekends?|weeks?|months?|quarters?|years?|decades?))(?![-\w])",
                 _every_unit, 2),
    # (an ordinal's weekday "of the month" is that one of each month: "every third Monday of the month")
    compile_rule("every-weekday", rf"(?i:every|each)\s(?P<nth>(?i:other|(?P<ord>second|third|fourth))\s)?"
                 rf"(?P<wd>{_WEEKDAY})s?(?:{S}(?P<pod>(?i:mornings?|afternoons?|evenings?|nights?)))?(?![-\w])"
                 r"(?P<of>\sof\s(?i:the|each|every)\smonth\b)?", _every_weekday, 3),
    # (not "two Sundays ago", "three Fridays later": counted days from a time, no set; nor "Thurs", which is
    # "Thur" abbreviated, not a plural: only a whole name ending in "day" takes the plural)
    compile_rule("plural-weekday", rf"(?P<wd>{_WEEKDAY})(?<=[dD][aA][yY])(?:s|(?={S}(?i:mornings|afternoons|evenings|nights)\b))"
                 rf"(?:{S}(?P<pod>(?i:mornings|afternoons|evenings|nights)))?(?![-\w])"
                 r"(?!\s(?i:ago|earlier|later|before|back|from\s+now)\b)", _plural_weekday, 1),
    # "open on weekends", "works at weekends": each weekend, as "on Sundays" is each Sunday
    compile_rule("weekends", r"(?i:on|at|during|over)\s(?P<t>(?i:weekends))(?![-\w])",
                 lambda m: Recurrence(value="XXXX-WXX-WE"), 1),
    # "on weekdays", "every weekday morning", "weekday evenings": each working day, as "on weekends" each weekend
    compile_rule("weekdays", r"(?:(?P<on>(?i:on|during))\s)?(?P<t>(?:(?P<every>(?i:every|each))\s)?(?P<w>(?i:weekdays?))"
                 r"(?:\s(?P<pod>(?i:mornings?|afternoons?|evenings?|nights?)))?)(?![-\w])", _weekdays, 1),
    compile_rule("every-part", rf"(?i:every|each)\s{_NTH}(?P<w>{SEASON}|{MONTH_FULL}|(?i:morning|afternoon|evening|"
                 r"night))(?![-\w])", _every_part, 2),
    compile_rule("every-holiday", rf"(?i:every|each)\s{_NTH}(?P<h>{_HOLIDAY})(?![-\w])", _every_holiday, 3),
    # "year after year", "day after day": each one in turn, a set as "every year" is
    compile_rule("unit-after-unit", r"(?i:day\safter\sday|week\safter\sweek|month\safter\smonth|year\safter\syear)"
                 r"(?![-\w])", lambda m: Recurrence(value=period(m[0].split()[0].lower(), 1), quant="EVERY"), 2),
)
