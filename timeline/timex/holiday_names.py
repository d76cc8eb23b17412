"""Holidays that name no day: the head of a name ("Christmas Island", "the Good Friday Agreement", "the Easter
Rising"), a kind of thing ("a Christmas card", "a New Year's Eve baby", "the Independence Day movie"), an event
dated by the year after it ("the Boxing Day tsunami of 2004").

:mod:`timeline.timex.absolute`'s holiday rule (its builder :func:`holiday` is here) asks :func:`holiday_names_thing`
and then claims the span and gives nothing (so no set rule reads "every Christmas" in "every Christmas card" either). Four classes:

- a place or a kind word after it ("Island", "tree", "card") names no day in any case, Title Case and capitals too
  ("CHRISTMAS TREE SALES SOAR");
- a capitalised word after the holiday, in a sentence written in sentence case, heads a name: a place, a thing, a
  treaty, a revolt or an offensive, whose year is its own, never the DCT's ("The Good Friday Agreement ended the
  Troubles"). A calendar word goes on with the date ("Christmas Eve Mass", "Easter Weekend"), and so does an
  occasion held on the holiday each year ("the Thanksgiving Day Parade", "the Boxing Day Test": this year's); a
  time preposition before the holiday makes it the day and the capital a new phrase ("on Good Friday Agreement was
  reached", "At Christmas Pope Francis spoke", "Come Christmas Apple will");
- a common noun of a thing or a person after it names a kind, any year's ("Christmas cards", "Easter eggs", "a
  New Year's Eve baby"), whatever stands before ("spent $100 on Christmas presents");
- an event noun or two (an occasion too: "the Christmas party of 2016") then "of" or "in" and a year: the year
  dates the event ("the Boxing Day tsunami of 2004"), read by the year rule; the holiday would otherwise take the
  DCT's year;
- a capitalised street word after it names a street ("He lives on Sukkot Road"), a time preposition before it or
  not; a lower-case noun of a past event or of a document names that event, of a year the name does not tell
  ("the Passover massacre", "The Diwali bombings", "the Christmas truce", "the Good Friday agreement"): the last
  holiday would be a guess, so none is given (a year named with it is read: "the Christmas attack last year").

An occasion on the holiday keeps it ("the Christmas Day match", "Boxing Day sales", "the Christmas parade").
Corpus: ``holiday_names.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [t.text for t in extract_timexes("Flights to Christmas Island resumed in 2019.", dt.date(2020, 11, 15))]
['2019']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.lunisolar import hijri_year_date, is_lunisolar, lunisolar_date
from timeline.timex.names import title_case
from timeline.timex.rule import Built, Piece, compile_rule
from timeline.timex.shared_holidays import of_another_people
from timeline.timex.values import CalendarDate, DayNextTo, Holiday, WeekOf
from timeline.timex.verbs import word_tense

# The capitalised words that go on with the date: a part of the holiday, a day of the week, a stretch around it,
# or an occasion held on it each year, this year's in the news ("the Boxing Day Test", "the Christmas Parade")
_CALENDAR_WORDS = frozenset((
    "day eve night morning afternoon evening noon midnight week weekend weekends holiday holidays season break "
    "recess vacation period monday tuesday wednesday thursday friday saturday sunday").split())
# Occasions held on the holiday each year: this year's in the news, unless a year dates them ("the Christmas party
# of 2016": that year's, read by the year rule)
_OCCASIONS = frozenset((
    "parade parades test match game games classic bowl service services mass message address speech sale sales "
    "market concert dinner lunch party show fair festival celebration celebrations fireworks vigil derby fixture "
    "fixtures race races meeting").split())
_DATE_GOES_ON = _CALENDAR_WORDS | _OCCASIONS
# Things and people named after a holiday as a kind ("a Christmas card", "Easter eggs", "a New Year's Eve baby")
_KINDS = frozenset((
    "card cards tree trees present presents gift gifts decoration decorations light lights ornament ornaments "
    "stocking stockings cracker crackers pudding puddings cake cakes cookie cookies jumper jumpers sweater sweaters "
    "hamper hampers wreath wreaths carol carols hymn hymns song songs single singles album albums movie movies film "
    "films book books baby babies egg eggs bunny bunnies bonnet bonnets costume costumes candy pumpkin pumpkins "
    "spirit music resolution resolutions bonus bonuses shopping shoppers sweets lamp lamps candle candles menorah "
    "menorahs lantern lanterns sacrifice").split())
_PLACES_AND_KINDS = _KINDS | {"island", "islands"}
# A street named for the holiday ("He lives on Sukkot Road", "a shop on Passover Avenue"): a place, whatever time
# preposition stands before it ("on" is a street's preposition too); capitalised only ("a Christmas road trip")
_STREETS = frozenset((
    "road street avenue lane drive square boulevard crescent terrace alley highway parkway plaza").split())
# An event named for the holiday it struck on ("the Passover massacre", "the Diwali bombings", "the Boxing Day
# tsunami", "the Christmas truce"), or a document signed on it ("the Good Friday agreement"): a past event of its
# own year, which the name does not tell (the 2002 Netanya attack, the 2005 Delhi bombings); the last or next
# holiday would be a guess dressed as a date. In lower case too, as news writes them. An occasion held on the
# holiday each year is not one of these ("the Christmas parade", "Thanksgiving dinner": this year's)
_EVENT_NOUNS = frozenset((
    "agreement agreements accord accords treaty truce armistice rising uprising offensive massacre massacres "
    "revolution rebellion revolt raid raids bombing bombings attack attacks tsunami earthquake quake flood floods "
    "riot riots shooting shootings blast blasts siege ambush killings coup").split())
# Capitalised after a holiday, these head the proper name of an event or a document, in Title Case too, where every
# word has a capital ("Good Friday Agreement Turns 20", "EASTER RISING CENTENARY"): the holiday names no day
_NAME_HEADS = _EVENT_NOUNS | frozenset((
    "declaration proclamation war wars").split())  # "the Yom Kippur War", "YOM KIPPUR WAR ANNIVERSARY"
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z]+|[A-Z]+)\b")  # a word, or one in capitals ("EASTER EGG HUNT")
# The holiday is the day whatever capital follows: "on Good Friday Agreement was reached", "by Easter Congress"
_TIME_WORD_BEFORE = re.compile(r"(?<![\w-])(?i:on|at|in|by|since|until|till|before|after|over|during|for|from|"
                               r"through|around|past|of|this|last|next|every|each|and|or|to|come)[ \t]+$")
# One or two lower-case event nouns, then "of" or "in" and a year: "the Boxing Day tsunami of 2004"
_DATED_BY_YEAR_AFTER = re.compile(r"(?:[ \t]+[a-z]+){1,2}[ \t]+(?:of|in)[ \t]+(?:1[0-9]|20)\d\d(?![\w-])")
# An occasion (any case: "the Halloween Parade in 2016") and a year after it
_OCCASION_DATED_AFTER = re.compile(r"[ \t]+[A-Za-z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:of|in)[ \t]+"
                                   r"(?:1[0-9]|20)\d\d(?![\w-])")


def holiday_names_thing(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``start:end`` names no day: a name's head, a kind, or an event a later year dates.

    Parameters
    ----------
    text : str
        The text read.
    start, end : int
        The holiday's span.

    Returns
    -------
    bool
        True when a capitalised name's head follows (in a sentence not in title case, no time preposition before
        the holiday), a kind of thing, or event nouns and "of" a year.

    >>> holiday_names_thing("They sailed to Easter Island.", 15, 21)
    True
    >>> holiday_names_thing("Sailed To Easter Island", 10, 16), holiday_names_thing("The Easter Rising began", 4, 10)
    (True, True)
    >>> holiday_names_thing("Easter Rising Centenary Marked", 0, 6)  # Title Case: only a name's head tells
    True
    >>> holiday_names_thing("Easter Services Held In Rome", 0, 6)
    False
    >>> holiday_names_thing("He sent a Christmas card.", 10, 19), holiday_names_thing("On Easter Pope Francis spoke.", 3, 9)
    (True, False)
    """
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    head = after[1]
    if head.lower() in _OCCASIONS and _OCCASION_DATED_AFTER.match(text, end):  # "the Christmas party of 2016"
        return True
    if head in _DATE_GOES_ON:  # "Christmas week of 2016", "the Labor Day weekend in 2018"
        return False
    if head[0].islower():
        if head in _KINDS and (_kind_is_subject(text, start, after.end()) or _held_on_the_day(text, start, end, head)):
            return False  # "On Black Friday shoppers spent": the kind opens the clause the holiday dates
        if head in _KINDS:  # unless the kind names an occasion: "the Christmas carol service is on Sunday"
            occasion = _WORD_AFTER.match(text, after.end())
            return occasion is None or occasion[1] not in _DATE_GOES_ON
        if head in _EVENT_NOUNS:  # "the Passover massacre"; a time word before it dates the clause after it:
            return _TIME_WORD_BEFORE.search(text, max(0, start - 12), start) is None  # "after Easter riots broke out"
        return _DATED_BY_YEAR_AFTER.match(text, end) is not None
    if head.lower() in _PLACES_AND_KINDS:  # a place or a thing, after any word and in any case: "flew to Christmas
        return True  # Island", "CHRISTMAS TREE SALES SOAR" (a headline's capitals hide no name here)
    if head.lower() in _STREETS:
        return _names_street(text, start, end, after.end())
    before = _TIME_WORD_BEFORE.search(text, max(0, start - 12), start)
    if head.lower() in _NAME_HEADS:  # a time word before it dates it only in running text ("On Good Friday Agreement
        return before is None or title_case(text, start, end)  # was reached"), not in a heading ("Talks On ...")
    return head.lower() not in _DATE_GOES_ON and before is None and not title_case(text, start, end)


# A time preposition opening a sentence or a clause before the holiday: "On Black Friday", ", since Christmas"
_OPENING_PREPOSITION = re.compile(r"(?:^|[.!?;:,\n][ \t\"'\u201c\u2018]*)(?i:on|since|after|before|until|till|by|at|"
                                  r"over|during|from|through|throughout|in)[ \t]+$")
_VERB_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _kind_is_subject(text: str, start: int, kind_end: int) -> bool:
    """Whether a kind noun after the holiday at ``start`` (ending at ``kind_end``) is the subject of the clause the
    holiday dates: a time preposition opens the clause before the holiday and a finite verb follows the noun at once
    ("On Black Friday shoppers spent", "Since Christmas presents have piled up"); "money spent on Christmas gifts
    rose" (no preposition opening a clause) keeps the kind.

    >>> text = "On Black Friday shoppers spent $5 billion."
    >>> _kind_is_subject(text, 3, text.index(" spent")), _kind_is_subject("Spending on Christmas gifts rose.", 12, 27)
    (True, False)
    """
    verb = _VERB_AFTER.match(text, kind_end)
    return verb is not None and word_tense(verb[1]) is not None \
        and _OPENING_PREPOSITION.search(text, max(0, start - 14), start) is not None


# The days named for shopping: their shopping and their shoppers are the day's ("Black Friday shoppers"), where
# "Christmas shopping" is the season's, a kind of any year
_SHOPPING_DAYS = frozenset({"black friday", "cyber monday"})
_SHOPPING = frozenset({"shopping", "shoppers"})


def _held_on_the_day(text: str, start: int, end: int, head: str) -> bool:
    """Whether the kind ``head`` after the holiday at ``start:end`` is held on that day: the shopping of a shopping day.

    >>> _held_on_the_day("Black Friday shopping began.", 0, 12, "shopping"), _held_on_the_day(
    ...     "Christmas shopping began.", 0, 9, "shopping")
    (True, False)
    """
    return head in _SHOPPING and " ".join(text[start:end].lower().split()) in _SHOPPING_DAYS


def _names_street(text: str, start: int, end: int, street_end: int) -> bool:
    """Whether the holiday at ``start:end``, a capitalised street word ending at ``street_end`` after it, names a
    street: always in a sentence, in a heading (Title Case or capitals, where every word has its capital) only when
    no capitalised word follows, which could make the street word a common noun ("Christmas Street Parties Banned").

    >>> _names_street("He lives on Sukkot Road.", 12, 18, 23), _names_street("Crash On Easter Road", 9, 15, 20)
    (True, True)
    >>> _names_street("Christmas Street Parties Banned", 0, 9, 16)
    False
    """
    if not title_case(text, start, end) and not text[start:end].isupper():
        return True
    following = _WORD_AFTER.match(text, street_end)
    return following is None or not following[1][0].isupper()


# A holiday of a fixed day cannot come early or late in fact, so "Christmas came early for investors" is the idiom
# of a windfall, no Christmas; a holiday whose day moves can ("Easter came early this year": that Easter)
_FIXED_DAY = re.compile(r"\d\d-\d\d")
_COMES_EARLY = re.compile(r"[ \t]+(?:(?:has|had|have|'s|\u2019s)[ \t]+)?(?:came|comes|come|arrived|arrives)[ \t]+"
                          r"(?:early|late)\b")

# The Hijri years news writes after an Islamic holiday's name ("Islamic New Year 1440", AD 1882-2077): no Gregorian
# year of the holiday in print is so early, and the tables hold no Gregorian day before 1924 anyway
_HIJRI_YEARS = (1300, 1500)


def _of_hijri_year(m: re.Match[str], rule: str, hijri_year: int) -> Built:
    """"Islamic New Year 1440": the holiday of that Hijri year, on its Gregorian day; the Hijri year itself has no
    TIMEX3 value (its days straddle two Gregorian years), so the span is the name's and the number is claimed.

    >>> from timeline.timex.absolute import RULES
    >>> [(p.start, p.end, str(p.value.year)) for p in holiday(RULES[-1].pattern.search("Islamic New Year 1440 fell"))]
    [(0, 16, '2018')]
    """
    day = hijri_year_date(rule, hijri_year)
    if day is None:
        raise ValueError(f"{m[0]!r}: no table holds the day of that Hijri year")
    return (Piece(m.start("name"), m.end("name"), CalendarDate(year=day.year, month=day.month, day=day.day)),)


def holiday(m: re.Match[str]) -> Built:
    """The builder of :mod:`timeline.timex.absolute`'s holiday rule: a holiday, or nothing where it names a thing.

    A rule ending "+1" is the day after one ("Black Friday": the day after Thanksgiving); a holiday of another
    calendar (:mod:`timeline.timex.lunisolar`) in a year its tables do not hold is read as the year alone.

    >>> from timeline.timex.absolute import RULES
    >>> holiday(RULES[-1].pattern.search("on Black Friday")).days
    1
    >>> [(p.start, p.end, p.value.year) for p in holiday(RULES[-1].pattern.search("Diwali 1990 was quiet"))]
    [(7, 11, 1990)]
    """
    if m["name"][0] == "m" and m["name"].lower() == "may day":
        return None  # "we may day-trip": the modal, only "May Day" is the holiday
    if holiday_names_thing(m.string, m.start(), m.end()):
        raise ValueError(f"{m[0]!r} begins a name")  # "Christmas Island": claimed, no time read in it
    if of_another_people(m.string, m.start("name"), m.end("name")):
        raise ValueError(f"{m[0]!r} is another people's holiday")  # "Canadian Thanksgiving": claimed, none read
    rule = LEXICON.lookup("holiday", m["name"]) or ""
    if _FIXED_DAY.fullmatch(rule) and not m["year"] and _COMES_EARLY.match(m.string, m.end()):
        raise ValueError(f"{m[0]!r} comes early: a windfall, no day")  # "Christmas came early for investors"
    year = int(m["year"]) if m["year"] else None
    if year is not None and _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1] and rule.startswith("islamic:"):
        return _of_hijri_year(m, rule, year)
    if year is not None and is_lunisolar(rule) and lunisolar_date(rule, year) is None:
        return (Piece(m.start("year"), m.end("year"), CalendarDate(year=year)),)  # no table holds its day: the year
    if rule.endswith("+1"):
        return DayNextTo(day=Holiday(rule=rule[:-2], year=year), days=1)
    return Holiday(rule=rule, year=year)


# "Holy Week" (Palm Sunday to Holy Saturday): TIMEX3 has no Sunday-first week, so the ISO week holding six of its days,
# Monday to Saturday, as "Easter week" is; read from its Monday (Easter - 6), so that a past clause said in the week
# ("Holy Week began on Sunday") takes the running one. Capitalised only ("a holy week for pilgrims" is none)
HOLY_WEEK = compile_rule("holy-week", r"(?:Holy|HOLY)[ \t]+(?:Week|WEEK)(?![\w-])"
                         r"(?:,?[ \t]+(?P<year>(?:1[6-9]|20)\d\d)(?![\w-]))?",
                         lambda m: WeekOf(day=Holiday(rule="easter-6", year=int(m["year"]) if m["year"] else None)), 2)
