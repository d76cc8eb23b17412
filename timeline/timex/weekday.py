"""Weekdays and days named from the DCT: "on Sunday", "last Friday", "Sunday night", "yesterday".

A bare weekday takes its direction from the clause's tense in phase 2. Corpus:
``weekday.tsv``. The bare "overnight" (the night just gone) is :mod:`timeline.timex.overnight`'s, its rule
spliced in after the weekday range. The rules of :mod:`timeline.timex.isoweek`, :mod:`timeline.timex.counted_back`,
:mod:`timeline.timex.current_half` ("the current half") and :mod:`timeline.timex.weekday_day` ("Friday the 13th")
close ``RULES``: their values have anchors of their own.

>>> [r.name for r in RULES][-6:]
['iso-week', 'iso-week-written', 'weekdays-ago', 'ago-this', 'current-half', 'weekday-of-day']
"""

from __future__ import annotations

import re

from timeline.timex import absolute
from timeline.timex.lexicon import LEXICON
from timeline.timex.counted_back import RULES as COUNTED_BACK_RULES
from timeline.timex.current_half import RULES as CURRENT_HALF_RULES
from timeline.timex.weekday_day import RULES as WEEKDAY_OF_DAY_RULES
from timeline.timex.isoweek import RULES as ISO_WEEK_RULES
from timeline.timex.names import in_title
from timeline.timex.overnight import RULES as OVERNIGHT_RULES
from timeline.timex.rule import DAYPART, MONTH_FULL, S, WEEKDAY_FULL, YEAR4, Built, Piece, compile_rule
from timeline.timex.values import CalendarDate, Deictic, Holiday, Weekday

_DIRECTION = {"last": "past", "past": "past", "this past": "past", "previous": "before_ref",
              "preceding": "before_ref", "prior": "before_ref", "following": "after_ref", "next": "future", "coming": "future", "this coming": "future", "this": "this"}
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1, "last evening": -1,
            "the day before yesterday": -2, "the day after tomorrow": 2}
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\."
# A weekday followed by a capitalised word is usually a name: "Sunday Times", "Monday Night Football".
_NOT_A_NAME = r"(?![ \t][A-Z][a-zA-Z])(?!\.(?i:com|org|net|io|co)\b)"  # a name after it, or a web name: "Monday.com"
# ... but not after a time preposition or with a shift word: "On Monday President Trump said", "Since Friday Tesco
# has shut 30 stores", "Last Sunday Russia said" date the clause that follows (rule "timed-weekday", read only where
# "weekday" is not). The names that do follow one ("on Sunday Times Square", "On Monday Night Football") are the
# names table's (time_word_names.py). One lookbehind per word: Python's are of fixed width.
_TIME_WORD_BEFORE = "(?:" + "|".join(
    rf"(?<=(?<![\w'\u2019-]){w}[ \t])" for w in ("On", "on", "By", "by", "Since", "since", "Until", "until", "Till",
                                                  "till", "From", "from", "Before", "before", "After", "after",
                                                  "Through", "through")) + ")"
_NAME_AFTER = r"(?=[ \t][A-Z][a-zA-Z])"


def _part_of_day(words: str | None) -> str | None:
    return LEXICON.lookup("daypart", words) if words else None


# "his man Friday", "a girl Friday": an aide (Crusoe's servant), no day
_AIDE_BEFORE = re.compile(r"\b(?i:man|girl|gal|guy)[ \t]$")


def _weekday(m: re.Match[str]) -> Built:
    text, start, end = m.string, m.start(), m.end()
    shift, pod = m["dir"], m["pod"]
    direction = _DIRECTION.get(" ".join(shift.lower().split()), "auto") if shift else "auto"
    number = int(LEXICON.lookup("weekday", m["wd"]) or 1)
    if number == 5 and not (shift or pod) and _AIDE_BEFORE.search(text, max(0, start - 5), start):
        return None
    if shift:
        glossed = None
    elif _COMPOUND_AFTER.match(text, end):
        return None  # "Sunday school", "a Monday-morning quarterback": a noun the weekday names a kind of
    else:
        glossed = glossed_date(text, start, end)
        if glossed is None and _indefinite(text, start) and _PHRASE_ENDS.match(text, end):
            return None  # "Christmas is on a Tuesday", "Jan. 5, 2009, a Monday": any such day, none the tense picks
    # "overnight Sunday", "Sunday overnight": the night of that day
    return Weekday(weekday=number, direction=direction,  # type: ignore[arg-type]
                   part_of_day=_part_of_day(pod or m["pre"]), date=glossed)  # type: ignore[arg-type]


# A weekday as the first half of a compound: a hyphen and a lower-case word ("Monday-morning quarterback", "the
# Sunday-night shows"; "Monday-Friday" is the weekday-range rule's), or a noun it names a kind of ("Sunday school",
# "Sunday best", "Sunday drivers"): no day. Which nouns is closed: "Sunday lunch", "Friday's vote" are days.
_COMPOUND_AFTER = re.compile(r"-[a-z]+[ \t]+(?!(?:and|or|but|to|in|on|at|the|a|an|for|with|when|after|before|from|as|"
                             r"was|were|is|are|will|had|has)\b)[a-z]"
                             r"|[ \t]+(?:school|schools|best|drivers?|roast|supplements?|league|leagues)\b")


# "a Tuesday" ending its noun phrase is any Tuesday; before a noun the article is the noun's ("attended a Sunday night
# memorial service": that Sunday's)
_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=[^\w]))[Aa][ \t]$")


def _indefinite(text: str, start: int) -> bool:
    """Whether "a" stands right before the weekday at ``start`` (:data:`_INDEFINITE_BEFORE`); the letter is looked
    for first, as few weekdays follow an "a" and a search of a pattern opening with an alternation tries each
    position in turn."""
    before = text[max(0, start - 4):start]
    return ("a" in before or "A" in before) and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None


# ("a Wednesday week after week", "a Friday every month": a habit's phrase after it tells any such day too)
_PHRASE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)\"'\u201d]|$)|[ \t]+(?:and|or|but|in|on|at|of|for|when|this|that|last|"
                          r"next|with|to|is|was|were|are|as|after|before|than|like|every|each|"
                          r"(?P<unit>week|month|year)[ \t]+after[ \t]+(?P=unit))\b")
# "Jan. 5, 2009 (a Monday)", "Nov. 6 (Tuesday)": a weekday in brackets right after a date names that date
_THE_BEFORE = re.compile(r"(?:^|[^\w'\u2019])[Tt]he[ \t]$")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}[ \t]$")  # "USA Today", "BBC Today": a name (not "WASHINGTON Today,")
_GLOSS_OPEN = re.compile(r"\([ \t]*(?:(?i:on[ \t]+)?(?i:a)[ \t]+)?$")
_GLOSS_CLOSE = re.compile(r"[ \t]*\)")
_DATE_RULES = tuple(r for r in absolute.RULES if r.name in {"month-day-year", "day-month-year"})


def glossed_date(text: str, start: int, end: int) -> CalendarDate | None:
    """The date a bracketed weekday glosses: the month and day written right before the bracket.

    >>> text = "The deal closed on Jan. 5, 2009 (a Monday)."
    >>> date = glossed_date(text, text.index("Monday"), text.index("Monday") + 6)
    >>> date.year, date.month, date.day
    (2009, 1, 5)
    >>> glossed_date("They met on Monday.", 12, 18) is None
    True
    """
    if not _GLOSS_CLOSE.match(text, end):  # the bracket's close first: one test, which most weekdays fail
        return None
    head = text[max(0, start - _GLOSS_REACH):start]
    opening = _GLOSS_OPEN.search(head)
    if opening is None:
        return None
    before = head[:opening.start()].rstrip()
    for rule in _DATE_RULES:
        for match in rule.pattern.finditer(before):
            if match.end() == len(before):
                return _date_of(rule.pieces(match))
    return None


_GLOSS_REACH = 48  # "September 30, 2009 (on a " and a little more


def _date_of(pieces: tuple[Piece, ...] | None) -> CalendarDate | None:
    """The month-and-day date among a rule's pieces (a "Sunday, March 8" gives the date it carries)."""
    for piece in pieces or ():
        value = piece.value.date if isinstance(piece.value, Weekday) else piece.value
        if isinstance(value, CalendarDate) and value.month is not None and value.day is not None:
            return value
    return None


# A capitalised medium or a possessive title after a capitalised deictic: no day is a show ("Today Show", "Tonight
# Show", "Today Programme", "Tomorrow's World"); lower case ("Today show host") and a name ("Today Trump") stay days
_MEDIUM_AFTER = re.compile(r"(?:[ \t]+(?:Show|Programme|Program|Podcast|Magazine|Newspaper|Film|Movie|Series)"
                           r"|['\u2019]s[ \t]+World)\b")
# A title-case unit of time right before a deictic: no sentence says "week tonight"
_UNIT_BEFORE = re.compile(r"(?<![A-Za-z])(?:Week|Month|Year|Weekend|Day|Night)[ \t]$")


def _deictic(m: re.Match[str]) -> Built:
    before = m.string[max(0, m.start() - 30):m.start()]
    if m["w"] == "Today" and (in_title(before) or _ACRONYM_BEFORE.search(before)):
        return None  # a title-case "Today" after a capitalised word names a paper or a show
    if m["w"] == "Tonight" and _UNIT_BEFORE.search(before) and in_title(before):
        return None  # "Last Week Tonight", "This Week Tonight": a unit of time, then a title-case "Tonight", names a show
    if m["w"] in {"Today", "Tomorrow", "Tonight"} and _THE_BEFORE.search(before):
        return None  # "the Today programme", "The Tonight Show": no day takes "the", a title does
    if m["w"][:1].isupper() and _MEDIUM_AFTER.match(m.string, m.end()):
        return None  # "Tonight Show Host Returns", "Today Programme Presenter Leaves", "Tomorrow's World": a title
    word = " ".join(m["w"].lower().split())
    # "last evening" is yesterday's evening, as "last night" is the night before
    part = _part_of_day(m["pod"] or m["pre"]) or ("NI" if word in {"tonight", "last night"} else
                                                  "EV" if word == "last evening" else None)
    return Deictic(days=_DEICTIC[word], part_of_day=part)  # type: ignore[arg-type]


def _part_of_today(m: re.Match[str]) -> Built:
    return Deictic(days=0, part_of_day=_part_of_day(m["pod"]))  # type: ignore[arg-type]


# A range's end: a full name, or an abbreviation with or without its stop ("Mon-Fri", "Mon.-Fri.")
_RANGE_END = rf"(?:{WEEKDAY_FULL}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)(?![a-zA-Z])\.?)"


def _weekday_range(m: re.Match[str]) -> Built:
    """"Monday-Friday", "Mon.-Fri.", "Tuesday–Thursday": two weekdays joined by a dash are a range's two ends, as
    "Monday through Friday" is (the recogniser links the two pieces as one group); a weekday after a hyphen is
    otherwise never read (it could be a compound's second half).

    >>> rule = next(r for r in RULES if r.name == "weekday-range").pattern
    >>> [(p.start, p.end, p.value.weekday) for p in _weekday_range(rule.search("open Mon-Fri only"))]
    [(5, 8, 1), (9, 12, 5)]
    """
    first, second = (int(LEXICON.lookup("weekday", m[end].rstrip(".")) or 0) for end in ("a", "b"))
    if not first or not second or first == second:
        return None
    return (Piece(m.start("a"), m.end("a"), Weekday(weekday=first)), Piece(m.start("b"), m.end("b"), Weekday(weekday=second)))


_NTH = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4",
        "last": "last", "final": "last"}
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_ABBR3 = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _nth_weekday(m: re.Match[str]) -> Built:
    """"the last Sunday in October", "the first Monday of May 2020": that weekday of that month, a day as a
    holiday's rule names it (``oct-last-sun``), its year chosen by the tense when none is written.

    Of a month no name gives ("the first Sunday of the month", "of every month") it is no day the text
    dates: the span is claimed and gives nothing, not a bare "Sunday".

    >>> rule = next(r for r in RULES if r.name == "nth-weekday-of-month").pattern
    >>> _nth_weekday(rule.search("The clocks go back on the last Sunday in October.")).rule
    'oct-last-sun'
    """
    if m["lent"] or m["eastertide"]:
        return _nth_weekday_of_feast(m)
    if not m["month"]:
        raise ValueError(f"{m[0]!r} is a weekday of no named month")
    month = int(LEXICON.lookup("month", m["month"]) or 1)
    weekday = int(LEXICON.lookup("weekday", m["wd"]) or 1)
    return Holiday(rule=f"{_MONTH_ABBR[month - 1]}-{_NTH[m['nth'].lower()]}-{_WEEKDAY_ABBR3[weekday - 1]}",
                   year=int(m["year"]) if m["year"] else None)


def _nth_weekday_of_feast(m: re.Match[str]) -> Built:
    """"the fourth Sunday of Lent", "the second Sunday of Easter": a day counted from Easter, as the lexicon's feasts
    are. Lent runs from Ash Wednesday (Easter - 46 days), so its nth weekday is the nth on or after that day; the
    Sundays of Easter are Easter Day and the Sundays after it. Another weekday of Easter, or the last of either,
    claims its span and gives nothing, not a bare "Sunday".

    >>> rule = next(r for r in RULES if r.name == "nth-weekday-of-month").pattern
    >>> [_nth_weekday_of_feast(rule.search(t)).rule for t in ("the fourth Sunday of Lent", "the first Friday in Lent",
    ...                                                      "the second Sunday of Easter")]
    ['easter-21', 'easter-44', 'easter+7']
    """
    nth, weekday = _NTH[m["nth"].lower()], int(LEXICON.lookup("weekday", m["wd"]) or 1)
    if nth == "last" or m["eastertide"] and weekday != 7:
        raise ValueError(f"{m[0]!r} is a day the lexicon's feasts do not count")
    if m["lent"]:
        days = -46 + (weekday - 3) % 7 + 7 * (int(nth) - 1)  # Ash Wednesday is a Wednesday (ISO 3)
    else:
        days = 7 * (int(nth) - 1)
    return Holiday(rule=f"easter{days:+d}" if days else "easter")


RULES = (
    # "the last Sunday in October", "the first Monday of the month"; "the fourth Sunday of Lent" (counted from Easter),
    # "the first Sunday of Advent" (claimed, no day: Advent is counted from Christmas, which no rule does)
    compile_rule("nth-weekday-of-month", rf"(?i:the){S}(?P<nth>(?i:first|1st|second|2nd|third|3rd|fourth|4th|last|final))"
                 rf"{S}(?P<wd>{WEEKDAY_FULL}){S}(?i:in|of){S}(?:(?P<month>{MONTH_FULL})(?:,?{S}(?:(?i:of){S})?"
                 rf"(?P<year>{YEAR4}))?|(?i:the|each|every|this|that|a){S}(?i:month)|(?P<lent>Lent)|"
                 rf"(?P<eastertide>Easter)(?!{S}(?:Day|Sunday|Monday|[Ww]eek|[Ww]eekend|[Hh]olidays?)\b)|Advent)(?![-\w'\u2019])", _nth_weekday, 3),
    # "overnight Tuesday", "overnight on Tuesday": that weekday's night
    compile_rule("weekday", rf"(?:(?P<pre>(?i:overnight))(?:{S}(?i:on))?{S})?(?:(?P<dir>(?i:this{S}coming|this{S}past|last|next|this|coming|past|previous|preceding|prior|"
                 rf"following)){S})?"
                 rf"(?P<wd>{WEEKDAY_FULL}|{_WEEKDAY_ABBR})(?:{S}(?P<pod>(?i:morning|afternoon|evening|night|overnight)))?"
                 rf"{_NOT_A_NAME}", _weekday, 1),
    compile_rule("timed-weekday", rf"(?:{_TIME_WORD_BEFORE}(?P<pre>(?!))?|(?P<dir>(?i:this{S}coming|this{S}past|last|next|"
                 rf"this|coming|past|previous|preceding|prior|following)){S})(?P<wd>{WEEKDAY_FULL})"
                 rf"(?:{S}(?P<pod>(?i:morning|afternoon|evening|night|overnight)))?{_NAME_AFTER}", _weekday, 1),
    compile_rule("deictic-day", r"(?:(?:(?i:mid|early|late)-?)?(?P<pre>(?i:morning|afternoon|evening))\s"
                 r"(?=(?i:yesterday|today|tomorrow)))?"
                 r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
                 rf"tonight|yesterday|tomorrow|last\s+(?:night|evening)))(?:{S}(?P<pod>{DAYPART}))?", _deictic, 1),
    compile_rule("part-of-today", rf"(?i:this|early\s+this|late\s+this){S}(?P<pod>(?i:morning|afternoon|evening))",
                 _part_of_today, 1),
    # "Monday-Friday", "Mon.-Fri.": the dash between two weekdays makes a range (a word after the second, a name)
    compile_rule("weekday-range", rf"(?P<a>{_RANGE_END})[ \t]?[-\u2013\u2014][ \t]?(?P<b>{_RANGE_END}){_NOT_A_NAME}",
                 _weekday_range, 2),
) + OVERNIGHT_RULES + ISO_WEEK_RULES + COUNTED_BACK_RULES + CURRENT_HALF_RULES + WEEKDAY_OF_DAY_RULES  # "week 46 of the year", "two
# Sundays ago", "the current half", "Friday the 13th": with their own values and anchors
