"""What heads the subject a date stands in: a word that is no time word names the event the clause's verb tells
("The Thanksgiving Day Parade drew", "Sales on Black Friday rose"); none, and the subject is the time itself ("Dec. 12
midnight was the deadline"); a head of what comes before the day it is named for ("Black Friday deals went live",
"December crude fell") tells nothing of that day. Read by :mod:`timeline.timex.tense_subject`.
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.tense_sides import side_words
from timeline.timex.verbs import DETERMINERS, word_tense

# Words of time: a subject made of them alone is the time itself ("Dec. 12 midnight was the deadline", "The weekend
# of Nov. 17-18 was busy"), which the verb tells something of, not an event at it
TIME_WORDS = frozenset(part for kind in ("month", "weekday", "daypart", "unit", "number", "ordinal", "season", "holiday",
                                          "refword") for key in LEXICON.table(kind) for part in key.split()) \
    - frozenset("election number term".split()) \
    | frozenset("midnight midday noon dawn dusk daybreak nightfall today tonight yesterday tomorrow".split())
# ("Election Day" and the like name an event: "The Nov. 6 election drew record turnout")
# Before the date, words that head no subject: articles, prepositions, adverbs of sequence
_NO_HEAD = DETERMINERS | frozenset("on in at of during over from after around near then later early late mid "
                                   "about".split())


# Heads of a subject that come before the day they are named for, so that a past verb tells nothing of that day:
# getting ready ("Thanksgiving preparations began", "Black Friday deals went live", "Thanksgiving turkey prices fell",
# "Black Friday hiring slowed"), foretelling ("the Nov. 20 election polls showed"), and a market's delivery month
# ("December crude fell 50 cents", "The December contract settled at $56.25": the contract trades before it)
LEAD_UP = frozenset("deadline deadlines cutoff preparation preparations plans planning booking bookings reservation "
                    "reservations ticket tickets deals ads adverts advertisements advertising price prices pricing "
                    "hiring forecast forecasts outlook odds betting bets polls polling preview previews buildup "
                    "build-up run-up countdown rehearsal rehearsals preorders pre-orders registration registrations "
                    "hype anticipation expectations estimates projections rumors rumours stockpiling futures "
                    "contract contracts options".split())
# In the clause after a date, words that tell the day was still ahead when the past verb held: "Thanksgiving was a
# week away", "got closer", "approached", "loomed", "was around the corner" (not "was spent away from home")
# ("weeks off" only after a copula: "was only six weeks off", not "Thanksgiving gave workers two days off")
STILL_AHEAD = re.compile(r"\b(?:(?:days?|weeks?|months?|hours?|far|long)\saway\b|approach|near(?:ed|ing)\b|loom"
                         r"|(?:got|grew|drew|came|moved|crept)\s(?:ever\s)?(?:closer|nearer|near)\b"
                         r"|around\sthe\scorner"
                         r"|\b(?:was|were|seemed|looked|remained)\s(?:[a-z]+\s){0,3}?(?:days?|weeks?|months?)\soff\b"
                         r"|\b(?:was|were)\s(?:[a-z]+\s)?going\sto\b)")  # "was always going to be tight": ahead then
# Passives of what is done only on the day itself, which tell it gone by as an active past does ("Thanksgiving was
# celebrated quietly", "was spent away from home", "was marred by violence"); not a plan or a move, which may be done
# to a day still to come ("was postponed", "was declared a holiday", "was set as the deadline")
DONE_ON_THE_DAY = frozenset("celebrated marked observed commemorated spent ruined marred overshadowed disrupted "
                            "spoiled spoilt dampened enjoyed".split())
# The words after a date up to its clause's first stop (a period right after a date's abbreviation, "Nov. 22", is the
# date's own; after the date's end no abbreviation is looked for: "the Nov. 22 vote" has ended at "22")
_CLAUSE_AFTER = re.compile(r"[^,;:.!?()\"\u201c\u201d\n]{0,80}")


def told_still_ahead(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is the subject of a past verb that tells it was still ahead then: "Christmas
    was weeks away when the strike began", "was only six weeks off", "was fast approaching", "was just around the
    corner", "drew near". The past is the time seen from, not the date's: the date itself may lie on either side of
    the telling, so the past tense picks no side (the nearest reading is meant, as for a clause with no tense).

    >>> told_still_ahead("Christmas was weeks away when the strike began.", 9)
    True
    >>> told_still_ahead("Christmas was fast approaching.", 9), told_still_ahead("Christmas approached, and", 9)
    (True, True)
    >>> told_still_ahead("Christmas was spent away from home.", 9), told_still_ahead("On Christmas shoppers neared", 12)
    (False, False)
    >>> told_still_ahead("Christmas gave workers two days off.", 9), told_still_ahead("Christmas was six weeks off.", 9)
    (False, True)
    """
    m = _CLAUSE_AFTER.match(text, end)
    words = side_words(m[0])[1] if m is not None else []
    # the date must be the verb's subject: the verb is the next word ("Christmas approached"), not a later clause's
    return bool(words) and word_tense(words[0]) == "past" and STILL_AHEAD.search(" ".join(words[:6])) is not None
# What a month alone heads that still lies ahead of it: a deadline, a market's contract for the month
_MONTH_LEAD_UP = frozenset("deadline deadlines cutoff futures contract contracts options".split())
_MONTHS = frozenset(LEXICON.table("month"))


def _month_alone(subject: list[str]) -> bool:
    """Whether the (lower-cased) subject opens with a month and no day: "december consumer prices".

    >>> _month_alone(["december", "prices"]), _month_alone(["nov", "22", "prices"]), _month_alone(["thanksgiving"])
    (True, False, False)
    """
    return bool(subject) and subject[0] in _MONTHS and not (len(subject) > 1 and subject[1][:1].isdigit())


# A market's goods named by their delivery month, right before the verb ("December crude fell", "December gold rose"):
# the month is the contract's; before another noun they head an event ("The December oil spill fouled beaches")
COMMODITIES = frozenset("crude oil gold silver copper platinum palladium corn wheat soybeans soymeal cotton sugar cocoa "
                        "coffee cattle hogs gasoline brent wti gas bunds treasuries".split())


# A deadline, and the verbs of its day coming: what a deadline does on its own day ("passed", "expired", "lapsed"),
# where what it does before it ("forced lawmakers back", "loomed") leaves the day ahead
_DEADLINES = frozenset("deadline deadlines cutoff".split())
_PASSED = frozenset("passed expired lapsed".split())


def has_head(left: list[str], right: list[str]) -> bool:
    """Whether the subject holds a word that is no time word, before the date or between it and its verb: "Sales on
    Black Friday", "The Thanksgiving Day Parade"; not "The weekend of Nov. 17-18", "Dec. 12 midnight", nor a head of
    :data:`LEAD_UP` between the date and its verb ("Black Friday deals went live", "December crude fell").

    >>> has_head(["Sales", "on"], ["Black", "Friday", "rose"]), has_head(["The", "weekend", "of"], ["Nov", "17", "was"])
    (True, False)
    >>> has_head(["On"], ["Dec", "12", "midnight", "came"]), has_head(["The"], ["Nov", "22", "parade", "drew"])
    (False, True)
    >>> has_head([], ["December", "crude", "fell"]), has_head([], ["Thanksgiving", "turkey", "prices", "fell"])
    (False, False)
    >>> has_head(["The"], ["December", "oil", "spill", "fouled"])
    True

    A month alone before prices, bookings or hiring names the month the figures are of, gone by under a past verb
    ("December consumer prices rose 0.3 percent"); only a market's month is one to come ("December futures rose"):

    >>> has_head([], ["December", "consumer", "prices", "rose"]), has_head([], ["December", "futures", "rose"])
    (True, False)

    A month's name written small is no month ("The Dec. 1 march drew"):

    >>> has_head(["The"], ["Dec", "1", "march", "drew"]), has_head(["The"], ["Dec", "1", "March", "drew"])
    (True, False)

    A deadline that passed, expired or lapsed is its own day's event ("The Nov. 20 deadline passed"):

    >>> has_head(["The"], ["Nov", "20", "deadline", "passed"]), has_head(["The"], ["Dec", "1", "deadline", "forced"])
    (True, False)
    """
    subject = []
    verb = ""
    for word in right:
        if word_tense(word.lower()) is not None:
            verb = word.lower()
            break
        subject.append(word.lower())
    if verb in _PASSED and subject and subject[-1] in _DEADLINES:
        return True  # "The Nov. 20 deadline passed": a deadline passes on its day, which the past puts behind
    lead_up = _MONTH_LEAD_UP if _month_alone(subject) else LEAD_UP
    if any(low in lead_up for low in subject) or (subject and subject[-1] in COMMODITIES):
        return False  # "Thanksgiving turkey prices fell": what comes before the day, not the day's event
    for word in left:
        low = word.lower()
        if low not in _NO_HEAD and low not in TIME_WORDS:
            return True
    for word in right:
        low = word.lower()
        if word_tense(low) is not None:
            return False  # the verb: no head before it
        if low not in TIME_WORDS and not low[:1].isdigit() and low not in _NO_HEAD \
                and low.removesuffix("'s") not in TIME_WORDS or word.islower() and low in _MONTHS:
            return True  # (a month's name written small is a common word: "The Dec. 1 march")
    return False


def time_word(word: str) -> bool:
    """Whether ``word`` is one of a date's own words: a time word or a number ("December", "Day", "22").

    >>> time_word("December"), time_word("22"), time_word("Fed")
    (True, True, False)
    """
    low = word.lower()
    return low in TIME_WORDS or low[:1].isdigit() or low.removesuffix("'s") in TIME_WORDS
