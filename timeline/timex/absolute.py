"""Absolute and partial calendar dates: "Nov. 15, 2018", "15 November", "11/15/2018", "2018".

``RULES`` splices in, where they always stood, the dates written in numbers only
(:mod:`timeline.timex.numeric_dates`), the month names alone (:mod:`timeline.timex.months`) and the days written as ordinals ("on the 20th", "March eighth":
:mod:`timeline.timex.ordinal_days`); a weekday before a date is read by :mod:`timeline.timex.dated_weekday`.
Corpus: ``absolute.tsv`` beside this file.

>>> [r.name for r in RULES][:3]
['month-day-year', 'day-month-year', 'month-year']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.timex import months, numeric_dates, ordinal_days
from timeline.timex.dated_weekday import WEEKDAY_HEAD, with_weekday
from timeline.timex.lexicon import LEXICON, OPENING_PREPOSITIONS, OPENING_YEAR, parse_number
from timeline.timex.holiday_names import HOLY_WEEK, holiday
from timeline.timex.names import names_year
from timeline.timex.rule import (DAY, MONTH, MONTH_FULL, S, SP, YEAR, YEAR4, Built, Piece, compile_rule, day_number,
                                 month_number, year_number)
from timeline.timex.values import BeforeChrist, CalendarDate
from timeline.timex.labelled_years import in_quoted_title, numbers_a_part
from timeline.timex.short_years import short_year

# "June 20, 1792", "20 June 1792", and "June 20 of 1792"
_OPT_YEAR = rf"(?:,?{SP}(?P<year>{YEAR})|,{SP}(?P<year_c>{YEAR4})|{S}(?i:of){S}(?P<year_o>{YEAR4}))?"
# "14 Nov 18.": two digits after a day and month, the sentence or clause ending right after them, are its year, as
# tables and British notes write it; before a word they count it ("On 14 Nov 18 people died")
_DMY_YEAR = _OPT_YEAR[:-2] + rf"|{S}(?P<year_s>\d\d)(?=[.;:!?)](?:\s|$)|[ \t]*(?:\r?\n|$)))?"
# "Nov. 18", and "Nov.18" as wire copy runs it together: the stop of an abbreviation stands for the space
# ("Nov18" and "No.18" are none: no stop, no month)
MONTH_DAY_GAP = rf"(?:{S}|(?<=\.))"
# what a person named May does, read where the month rules stood (tests of the verb lists read it here)
_PERSON_VERB_AFTER = months.PERSON_VERB_AFTER


def _calendar(m: re.Match[str], day: str | None) -> Built:
    raw = m["year"]
    if not raw:  # "June 20 of 1792", "June 20, 1792" in the rules that have those groups (each groupdict builds a dict)
        groups = m.groupdict()
        raw = groups.get("year_c") or groups.get("year_o") or groups.get("year_s")
    year, two = year_number(raw) if raw else (None, False)
    date = CalendarDate(year=year, month=month_number(m["month"]),
                        day=day_number(day) if day else None, two_digit_year=two)
    return with_weekday(m, date)


def _month_day(m: re.Match[str]) -> Built:
    return _calendar(m, m["day"])


_THE_BEFORE = re.compile(r"(?i:the)[ \t]{1,3}$")


def _day_of_month(m: re.Match[str]) -> Built:
    """"19 October", and "the 19th of October" whole, as "the 28th of that month" (the "the" is read here,
    behind the match, so that the rule need not be tried at every "t" of a text)."""
    value = _month_day(m)
    before = _THE_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
    if before is None or m["of"] is None or m["weekday"] or m["day"][-1].isdigit() or value is None:
        return value
    return (Piece(before.start(), m.end("t"), value),)  # type: ignore[arg-type]


def _month_year(m: re.Match[str]) -> Built:
    year, two = year_number(m["year"])
    return CalendarDate(year=year, month=month_number(m["month"]), two_digit_year=two)


# "1600 Pennsylvania Avenue", "2100 M Street NW", "1500 Broadway": a house number before a street's name
_STREET_AFTER = re.compile(r"[ \t]{1,3}(?:[A-Z][\w.'\u2019-]*[ \t]{1,3}){0,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
                           r"Boulevard|Blvd\.|Drive|Lane|Place|Court|Parkway|Terrace|Square|Broadway)(?![\w-])")
# Cues a house number also follows ("at 1600 Pennsylvania Avenue", "moved to 1420 Oak Street")
_ADDRESS_CUES = frozenset({"", "at", "to", "from", "of"})


def _year(m: re.Match[str]) -> Built:
    """A four-digit year; before 1900 only after a cue ("in 1848"), as bare numbers that size count things.

    A number a street's name follows is a house number ("at 1600 Pennsylvania Avenue"), unless a cue
    only a time takes stands before it ("In 1987 Wall Street crashed").

    >>> from timeline.timex import recognise
    >>> [m.text for m in recognise("She moved to 1600 Pennsylvania Avenue in 1998.")]
    ['1998']
    >>> [m.text for m in recognise("The 1040 tax form is due; the 1066 invasion")]
    ['1066']
    """
    year = int(m["year"])
    if year < 1900 and not (m["cue"] or m["named"]):
        return None
    cue = (m["cue"] or "").strip().lower()
    if year < 1900 and cue == "the" and _FORM_AFTER.match(m.string, m.end()):
        return None  # "the 1040 tax form": after "the", a number under 1900 before "form" is the form's number
    if cue in _ADDRESS_CUES and not m["named"] and _STREET_AFTER.match(m.string, m.end()):
        return None
    if not (cue or m["named"]) and names_year(m.string, m.start("year")):
        return None  # "Vision 2030", "Tokyo 2020": a name's number
    if not (cue or m["named"]) and _DIGIT_GROUP_BEFORE.search(m.string, max(0, m.start("year") - 12), m.start("year")):
        return None  # "+7 495 2018 2019", "AA 1234 2018": a group in a run of digit groups (a phone number)
    if in_quoted_title(m.string, m.start("year")) or numbers_a_part(m.string, m.start("year")):
        return None  # 'the film "Love in 2009"', "pages 2010 and 2011": a label, no date of the text
    return CalendarDate(year=year)


_FORM_AFTER = re.compile(r"[ \t]{1,3}(?:(?i:tax|income|filing|return)[ \t]{1,3})?(?i:forms?)(?![-\w])")
# A group of two or more digits (or a "+" country code) and one space right before a year: the year is one more group
# of a phone or account number
_DIGIT_GROUP_BEFORE = re.compile(r"(?:(?<![\d,.])\d{2,}|\+\d{1,3})[ \t]$")


def _month_relative_year(m: re.Match[str]) -> Built:
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    date = CalendarDate(month=month_number(m["month"]), day=day_number(m["day"]) if m["day"] else None,
                        year_shift=shift)
    return with_weekday(m, date)


def _spelled_year(m: re.Match[str]) -> Built:
    """"nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven"."""
    month = month_number(m["month"]) if m["month"] else None
    if m["tens"]:
        year = 1900 + int(parse_number(m["tens"]) or 0) + int(parse_number(m["ones"] or "") or 0)
        return CalendarDate(year=year, month=month)
    if not m[0].lower().startswith("the") and not m["ones2"] and not month:
        return None  # "two thousand" alone is usually a count
    return CalendarDate(year=2000 + int(parse_number(m["ones2"] or "") or 0), month=month)


def _claimed(what: str) -> Callable[[re.Match[str]], Built]:
    """A builder for words that hold a date word but name no time: it claims the match's span and gives nothing.

    A past event named by its weekday ("Black Monday", the 1987 crash; "Bloody Sunday"; "Black Friday", a
    shopping day, is the holiday lexicon's), a newspaper's title ("the Mail on Sunday") and a web page's reading
    time ("3 Min Read") raise, so the recogniser blocks their span and no shorter rule reads the weekday or number.

    >>> _claimed("is a newspaper")(re.match("The Mail", "The Mail on Sunday"))
    Traceback (most recent call last):
    ValueError: 'The Mail' is a newspaper
    >>> [r.name for r in RULES if r.pattern.search("on Black Monday fears")]
    ['weekday-event-name']
    >>> [r.name for r in RULES if r.pattern.search("By Jane Doe 3 Min Read")]
    ['reading-time']
    """
    def build(m: re.Match[str]) -> Built:
        raise ValueError(f"{m[0]!r} {what}")
    return build


def _edge_hyphen(m: re.Match[str]) -> Built:
    """"mid-2019", "late-November", "mid-June 1944", "end-2018" (wire copy's "the end of"): the hyphen hides the
    year or month from the other rules."""
    # two edges ("mid-to-late") are no TIMEX3 mod: the whole period, wider rather than too tight
    mod = None if m["to"] else {"mid": "MID", "early": "START", "late": "END", "end": "END"}[m["edge"].lower()]
    if m["year"]:
        return CalendarDate(year=int(m["year"]), mod=mod)
    return CalendarDate(month=month_number(m["month"]), year=int(m["year2"]) if m["year2"] else None, mod=mod)


# The numbers of a text's parts: "pages 2010-2012", "lines 1999 to 2004", "pp. 1990-95" (a year range's too)
PARTS_OF_A_TEXT_BEFORE = (r"(?<![Pp]ages )(?<![Ll]ines )(?<![Vv]erses )(?<!pp\. )(?<![Pp]aragraphs )(?<![Ss]ections )"
                          r"(?<![Cc]hapters )(?<![Aa]rticles )")
# A bare year needs no cue, but numbers that count things are refused.
_NOT_A_YEAR_BEFORE = (r"(?<!about )(?<!some )(?<!than )(?<!over )(?<!least )(?<!nearly )(?<!No\. )(?<!# )"
                      r"(?<!Room )(?<!Flight )(?<![Ff]light [A-Z0-9][A-Z0-9] )(?<![Rr]oute )(?<!Suite )(?<![Hh]ighway )(?<!Model )"
                      # a number a noun labels: "Section 1983 of the code", "Resolution 1973", "Article 1991"
                      r"(?<![Ss]ection )(?<![Aa]rticle )(?<![Rr]esolution )(?<![Cc]hapter )(?<![Pp]age )"
                      r"(?<![Pp]aragraph )(?<![Rr]ule )(?<!Gate )(?<!Terminal )(?<!Pier )(?<!Platform )(?<!Box )"
                      r"(?<!Interstate )(?<!Precinct )(?<!Bus )(?<!Channel )(?<!Exhibit )(?<!Apartment )(?<!Apt\. )"
                      r"(?<!Unit )(?<![Ee]xtension )(?<![Ee]xt\. )(?<!apartment )(?<!room )(?<!suite )(?<![Ff]orm )"
                      r"(?<!CE )(?<!AD )"  # a conformity mark's standard; "AD" is the era's rule's (or a name's) ("a CE 2000 certificate"; the era follows: "2000 CE")
                      + PARTS_OF_A_TEXT_BEFORE)
# The things four digits count ("2018 points"); also after "and"/"to"/"or" and a second number, as the first of two
# counts ("between 1000 and 2000 people", "from 2010 to 1990 points")
_COUNTED_NOUN = (r"(?i:percent|people|troops|feet|miles|metres|meters|pounds|dollars|euros|shares|points|"
                 r"votes|men|women|soldiers|cases|deaths|jobs|acres|tons|tonnes|barrels|units|km|kg|pages|words|blocks?|"
                 r"rooms|homes|houses|cars|students|workers|employees|members|children|residents|prisoners|rounds|"
                 r"rupees|yen|yuan|pesos|francs|rubles|roubles|dinars|naira|rand|kronor|baht|shekels|lira|riyals|"
                 r"dirhams|(?:hot|help|tip|info)-?lines?|freephone|toll-free|fans|spectators|protesters|"
                 r"demonstrators|visitors|refugees|migrants|patients|runners|delegates|participants|passengers)\b")
# A company's legal suffix after a number makes it a name ("AD 2000 Ltd", "Vision 2020 Holdings")
_COMPANY_AFTER = r"(?:Ltd|Limited|plc|PLC|Inc|Corp|LLC|GmbH|Holdings|Group)\b"
# After "AD", an advertisement's or a product's noun: "the AD 200 banner", "an AD 1500 campaign", "the AD 1000 series"
_AD_PRODUCT_AFTER = r"(?:campaigns?|banners?|series|models?|spots?|budgets?|slots?|printers?|units?|cables?)\b"
# A measure's abbreviation, in lower case ("the 1500 m final", "a 1998 cc engine"; "2018 M&S" is no metre)
_UNIT_ABBREVIATION = r"(?:m|cc|mph|ft|lbs?|hp|sq|mm|cm|kW|MW|ml)\b"
# A measure's adjective ("the 1500-metre race", "a 2000-strong crowd"; "the 1998-built plant" keeps its year)
_MEASURE = r"(?i:metres?|meters?|strong|miles?|foot|feet|yards?|pages?|seats?|acres?|members?|man|horsepower|pounds?|" \
           r"tons?|tonnes?|words?|rooms?|beds?|km|m|kilometres?|kilometers?|points?)\b"
_HOLIDAY = LEXICON.pattern("holiday")
# Four digits before a unit of time count it ("1200 hours of training", "1500 years"), unless a capitalised time
# preposition opens the sentence with a year of 1800-2099 before days or longer ("Until 1800 hours" is a clock's,
# times.py): "In 2020 weeks of lockdown followed", "By 2050 days will be longer"
# (lexicon.OPENING_PREPOSITIONS, the exception lexicon.number_pattern makes too, so the count and the year never
# both match)
_AFTER_OPENING_YEAR = "|".join(rf"(?<=\b{word} {OPENING_YEAR})" for word in OPENING_PREPOSITIONS)
_COUNT_OF_TIME_AFTER = (rf"(?:(?:{_AFTER_OPENING_YEAR})(?![ \t]+(?i:seconds|minutes|hours)\b)"
                        r"|(?![ \t]+(?i:seconds|minutes|hours|days|weeks|months|years)\b))")

def _dashed_day_month(m: re.Match[str]) -> Built:
    """"14-Nov-2018", "14-NOV-18": a filing's or a table's day, month abbreviation and year joined by hyphens."""
    year, two = year_number(m["year"])
    return CalendarDate(year=year, month=month_number(m["month"]), day=day_number(m["day"]), two_digit_year=two)


def _common_era_year(m: re.Match[str]) -> Built:
    """"AD 79", "476 AD", "1066 CE": a year of the common era, written with its era (TIMEX3 writes 0079).

    >>> rule = next(r for r in RULES if r.name == "common-era-year").pattern
    >>> [_common_era_year(rule.search(t)).year for t in ("in AD 79", "fell in 476 AD", "A.D. 1066")]
    [79, 476, 1066]
    >>> [_common_era_year(rule.search(t)) is None for t in ("a coin from CE 200", "a CE 500 course")]
    [False, True]
    """
    if m["era"] and m["era"][0] == "C" and _TIME_PREPOSITION.search(m.string, max(0, m.start() - 10), m.start()) is None:
        return None  # "a CE 500 course": the era written first is a year after a time preposition only ("from CE 200")
    return CalendarDate(year=int(m["y1"] or m["y2"]))


_TIME_PREPOSITION = re.compile(r"(?<![\w-])(?i:in|from|by|since|until|till|before|after|around|about|circa|to)[ \t]$")




RULES = (
    compile_rule("month-day-year", rf"(?P<t>{WEEKDAY_HEAD}(?P<month>{MONTH}){MONTH_DAY_GAP}(?P<day>{DAY}){_OPT_YEAR})",
                 _month_day, priority=3),
    compile_rule("day-month-year",
                 rf"(?P<t>{WEEKDAY_HEAD}(?P<day>{DAY})(?P<of>{S}of)?{S}(?P<month>{MONTH}){_DMY_YEAR})",
                 _day_of_month, priority=3),
    compile_rule("month-year", rf"(?P<month>{MONTH})(?:(?:{S}of)?,?{S}|(?<=\.))(?P<year>{YEAR4}|['\u2019]\d\d)",
                 _month_year, priority=2),
    compile_rule("month-relative-year", rf"(?P<t>{WEEKDAY_HEAD}(?P<month>{MONTH})(?:{S}(?P<day>{DAY}))?(?:{S}of)?,?{S}"
                 r"(?P<rel>(?i:last|this|next))\s(?i:year))(?![-\w'\u2019])", _month_relative_year, priority=3),
    *numeric_dates.RULES,
    compile_rule("day-month-year-dashed", rf"(?P<day>[0-3]?\d)-(?P<month>{MONTH})-(?P<year>{YEAR4}|\d\d)(?![-\w])",
                 _dashed_day_month, priority=3),
    # "AD 79", "A.D. 1066", "476 AD", "500 CE": the era makes a number a year (two digits at least after "AD":
    # "an AD 2 cable" is an advertisement's)
    compile_rule("common-era-year", r"(?:(?P<era>AD|A\.D\.|CE|C\.E\.)[ \t](?P<y1>[1-9]\d{1,3})(?!\d|[,.]\d)|"
                 r"(?P<y2>[1-9]\d{0,3})[ \t](?:AD|A\.D\.|CE|C\.E\.)(?![\w]))" rf"(?![ \t](?:{_COMPANY_AFTER}|{_AD_PRODUCT_AFTER}))",
                 _common_era_year, priority=3),
    # "pre-2008 mortgages", "post-2008 rules", "the pre-2008-era rules": the year of the hyphenated prefix (the span
    # is the year's, as "post-9/11" is the day's); not of a range ("pre-2008-09")
    compile_rule("prefixed-year", rf"(?i:pre|post)-(?P<t>(?P<year>{YEAR4}))(?!\w|-\d)",
                 lambda m: (Piece(m.start("t"), m.end("t"), CalendarDate(year=int(m["year"]))),), priority=2),
    # "in '09", "since '98": a year's last two digits after a time preposition ("'90s" is a decade, eras.py)
    compile_rule("short-year", r"['\u2019](?P<yy>\d\d)(?![\w'\u2019])", short_year, priority=1),
    # "1440 AH", "AH 1440", "the year 1440 A.H.": a year of the Hijri era, whose days straddle two Gregorian years
    # and which TIMEX3 cannot write: claimed, never the Gregorian year 1440
    compile_rule("hijri-year", r"(?:(?i:the)\s(?i:year)\s)?(?:(?:AH|A\.H\.)[ \t]\d{1,4}(?![\d,.]\d)|\d{1,4}[ \t]"
                 r"(?:AH|A\.H\.|(?i:hijri)(?![-\w])))(?![\w])", _claimed("is a year of the Hijri era"), priority=3),
    compile_rule("bc-year", r"(?P<year>\d{1,4})\s?(?:BCE|BC|B\.C\.E\.|B\.C\.)",
                 lambda m: BeforeChrist(year=int(m["year"])), priority=3),
    # "until at least 2021": "at least" after a preposition of time bounds a year ("at least 2021 people" counts)
    compile_rule("year", rf"{_NOT_A_YEAR_BEFORE}(?P<cue>(?i:(?:until|till|through|by|since|before|after){S}at{S}least|"
                 r"in|since|of|by|until|from|to|before|after|during|between|"
                 rf"and|circa|c\.|early|late|mid|around|through|the|for|as|at){S}|\()?"
                 rf"(?P<t>(?:(?P<named>(?i:the{S}year|fiscal(?:{S}year)?|calendar(?:{S}year)?|FY))(?:{S})?)?(?P<year>{YEAR4}))"
                 rf"(?!{S}{_COUNTED_NOUN}|{S}(?:and|to|or){S}\d[\d,]*{S}(?:{_COUNTED_NOUN}|(?i:years|centuries){S}ago\b)"
                 rf"|{S}{_UNIT_ABBREVIATION}|[ \t]{_COMPANY_AFTER}"
                 rf"|-{_MEASURE})" + _COUNT_OF_TIME_AFTER,
                 _year, priority=1),
    *months.RULES,
    compile_rule("spelled-year", rf"(?:(?P<month>{MONTH_FULL}),?{S})?(?:" r"(?i:nineteen)[\s-](?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                 r"ninety))(?:[\s-](?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine)))?|"
                 r"(?i:the\s+year\s+)?(?i:two\s+thousand)(?:(?:\s+and)?[\s-](?P<ones2>(?i:one|two|three|four|five|six|"
                 r"seven|eight|nine|ten)))?(?=[\s.,;])(?!\s(?:and|dollars|people|troops|men|soldiers|years|miles|times)\b))", _spelled_year, priority=1),
    # "mid-2019", "late-November"; "mid-to-late November", "early to mid-2019": two edges make no one mod
    compile_rule("edge-hyphen", rf"(?P<edge>(?i:mid|early|late|end))(?:(?<![Ee]nd)(?P<to>-to-|-?[ \t]to[ \t])(?i:mid|late)[-\s]|-)"
                 rf"(?:(?P<year>{YEAR4})|(?P<month>{MONTH_FULL})"
                 rf"(?:,?{S}(?P<year2>{YEAR4}))?)",
                 _edge_hyphen, priority=2),
    ordinal_days.ORDINAL_DAY,
    # "the Mail on Sunday", "The Independent on Sunday": newspapers, claimed so that no rule reads the Sunday
    # ("the Daily Mail on Sunday said" is the day: "the" must stand right before the title)
    compile_rule("weekday-event-name", r"(?:Black\s+(?:Monday|Tuesday|Wednesday|Thursday)|Bloody\s+Sunday)(?![-\w])",
                 _claimed("names an event"), priority=3),
    compile_rule("reading-time", r"\d{1,3}[ \t]?(?:[Mm]in|MIN)s?[ \t](?:[Rr]ead|READ)(?![-\w])", _claimed("is a page's reading time"),
                 priority=3),
    compile_rule("sunday-paper", r"(?<=[Tt]he\s)(?:Mail|Independent)\s+on\s+Sunday", _claimed("is a newspaper"), priority=3),
    # "FY19", "FY'19": a fiscal year written with two digits, its century the DCT's
    compile_rule("fiscal-year-short", r"FY['\u2019]?(?P<yy>\d\d)",
                 lambda m: CalendarDate(year=int(m["yy"]), two_digit_year=True), priority=1),
    # "the 2017 fiscal year", "its 2019 financial year" (the possessive left out of the span, as TimeBank leaves it):
    # the year named before its kind ("fiscal 2017" is the year rule's)
    compile_rule("year-then-fiscal-year", rf"(?:(?i:its|their|our|his|her){S})?(?P<t>(?:(?i:the){S})?(?P<year>{YEAR4}){S}"
                 rf"(?i:fiscal|financial){S}(?i:year))(?![-\w])", lambda m: CalendarDate(year=int(m["year"])), priority=2),
    HOLY_WEEK,
    ordinal_days.SPELLED_DAY,
    compile_rule("holiday", rf"(?P<t>(?P<name>{_HOLIDAY})(?:,?{S}(?P<year>{YEAR4}))?)", holiday, priority=2),
)
