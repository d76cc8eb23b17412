"""A date in its clause's subject or opening phrase is dated by the clause's finite verb after it.

"The Thanksgiving Day Parade drew huge crowds", "Sales on Black Friday rose 5%", "Voters in Ohio in December
rejected the levy", "On Thanksgiving Day parade crowds lined the street": no verb stands before the date in its
sentence, so the date belongs to the subject or to a phrase opening the clause, and the clause's finite verb, the
first verb after the date, tells the event it names. When that verb is a clear past of an event (not a passive, a
verb of planning or of seeming), the date lies behind the telling however near the reading ahead would be; said on
15 November 2018 the parade is 2017's, as "The parade took place on Thanksgiving" is (:mod:`tense_dated`).

What keeps a date open (read by :func:`subject_past` as "not dated"): a verb, a subordinator or an infinitive's
"to" before the date in its sentence (the date is then another clause's: "He thought the Nov. 22 parade drew...",
"If the Nov. 22 vote passed"; but a past verb of saying opens a reported clause read as its own, "Police said the
Thanksgiving parade drew 3 million people", a copula's past aside: :mod:`tense_reported`); a limit or a purpose before it ("Tickets for the Nov. 22 game sold out", "the
extension to Nov. 22"); a comma, quote or relative word between the date and the verb ("The parade, which drew
crowds last year, returns on Thanksgiving"); a passive or a copula before "likely", "set", "due", "to" ("The Nov.
22 vote was postponed", "A December hike looked likely"), whose subject may well lie ahead.

>>> subject_past("The Thanksgiving Day Parade drew huge crowds.", 4)
True
>>> subject_past("The Thanksgiving Day Parade will draw huge crowds.", 4)
False
"""

from __future__ import annotations

import re

from timeline.timex.tense_heads import DONE_ON_THE_DAY, LEAD_UP, STILL_AHEAD, TIME_WORDS, has_head, time_word
from timeline.timex.tense_objects import after_subject
from timeline.timex.tense_reported import first_verb, reported_clause
from timeline.timex.tense_sides import WORD, words_of
from timeline.timex.tense_subject_words import (ABBREVIATIONS, CLAUSE_ENDS, without_listed_dates,
                                               without_object_relative, words_after)
from timeline.timex.verbs import BARE_TOO, BE, BE_FORMS, DETERMINERS, MODALS, PAST, word_tense

# The sentence's start before the date: a stop, "!" or "?" (quotes and brackets after it) and blanks, a line's start,
# a semicolon or colon. A stop after an abbreviation ("Mr. Smith's Nov. 22 speech") cuts the sentence short, which
# only drops words from the left: the left's test then sees fewer words, the right's none fewer.
_SENTENCE_START = re.compile(r"(?:[.!?][\"'\u201d\u2019)]*[ \t]+|[\n;:\"\u201c\u201d(]|^)(?P<left>[^\n;:\"\u201c\u201d(]*)$")
# Before the date in its clause, words that make it another clause's or a limit's: a subordinator, an infinitive's
# "to", a preposition of a limit, a purpose or a time before ("Tickets for the Nov. 22 game", "Ahead of Black Friday")
_NOT_OPENING = frozenset("if unless whether when once while although though because since as than until till "
                         "before ahead by to for through toward towards that which who whom whose what where why how "
                         "and or but nor not no".split())
# An auxiliary that opens a question before its subject: "Did the Nov. 22 parade draw crowds?"
_QUESTION_OPENERS = frozenset("did was were had has have is are do does".split())
# After the date, words that end the clause before its verb is read: a relative or a conjunction, a modal
_CLAUSE_ENDS = CLAUSE_ENDS
# Verbs whose subject's date may lie ahead of the telling: planning, rescheduling, foreseeing, nearing, seeming
_OPEN_VERBS = frozenset("announced unveiled proposed promised pledged planned scheduled slated set booked ordered "
                        "postponed delayed cancelled canceled moved pushed rescheduled extended "
                        "shortened called scrapped shelved expected anticipated forecast predicted projected feared "
                        "rumored rumoured looked seemed appeared approached loomed neared".split())
# ... and those only with their particle: "The Thanksgiving Day game sold out" (the tickets, before the day), not
# "Investors in December sold stocks"
_OPEN_WITH = {"sold": "out"}
# After a past copula: what makes its subject a thing to come ("was likely", "was set to", "was due")
_AHEAD_AFTER_BE = frozenset("likely unlikely certain possible probable imminent inevitable due set expected poised "
                            "about sure slated scheduled planned to still yet".split())
# Where the verb must stand: within this many words after the date's start (the date's own words included)
_REACH = 9


def subject_past(text: str, start: int, end: int | None = None) -> bool:
    """Whether the expression at ``start`` opens its clause's subject or an opening phrase whose finite verb, after
    it, is a clear past of an event.

    Parameters
    ----------
    text : str
        The text.
    start : int
        Where the expression starts.
    end : int, optional
        Where it ends: given, a date that is itself the subject is read too ("Thanksgiving drew huge crowds").

    Returns
    -------
    bool
        True when the first verb after the date, in the same simple clause, is a past that dates it.

    Examples
    --------
    >>> s = "Voters in Ohio in December rejected the levy."
    >>> subject_past(s, s.index("December"))
    True
    >>> s = "The parade, which drew crowds last year, returns on Thanksgiving."
    >>> subject_past(s, s.index("Thanksgiving"))
    False
    >>> s = "Tickets for the Nov. 22 game sold out."
    >>> subject_past(s, s.index("Nov"))
    False
    >>> s = "The Nov. 22 vote was postponed."
    >>> subject_past(s, s.index("Nov"))
    False
    >>> s = "The Thanksgiving Day game was a blowout."
    >>> subject_past(s, s.index("Thanksgiving"))
    True
    """
    m = _SENTENCE_START.search(text, max(0, start - 120), start)
    left = words_of(m["left"]) if m is not None else []
    if m is None:
        return False
    said = reported_clause(left)
    reported = said[1] if said is not None and said[0] and _opening(left[:said[0]]) else None
    if not _opening(reported if reported is not None else left):
        return False
    right = without_object_relative(without_listed_dates(words_after(text, start)))
    if reported is not None and first_verb(right[:_REACH]) in BE:
        return False  # "He said the Nov. 22 vote was on track": a copula's past may be the saying's, shifted back
    subject = reported if reported is not None else left
    return _past_after(right) and (has_head(subject, right) or _alone_as_subject(subject, text, end))


def _alone_as_subject(left: list[str], text: str, end: int | None) -> bool:
    """Whether the date ending at ``end``, an article at most before it, is its clause's subject, its past verb the
    next word ("Thanksgiving drew huge crowds"); not "The Dec. 1 march drew permits" (a noun after the date heads
    it), nor a deadline a copula names ("Dec. 12 midnight was the deadline": a day still ahead may be one).

    >>> s, t = "Thanksgiving drew huge crowds.", "Dec. 12 midnight was the deadline."
    >>> _alone_as_subject([], s, 12), _alone_as_subject(["On"], "On Thanksgiving crowds gathered.", 15)
    (True, False)
    >>> _alone_as_subject([], t, t.index(" was")), _alone_as_subject([], "Thanksgiving was a week away.", 12)
    (False, False)
    """
    if end is None or not all(word.lower() in DETERMINERS for word in left):
        return False
    words = [word.lower() for word in words_after(text, end)]
    return (bool(words) and word_tense(words[0]) == "past" and not any(word in LEAD_UP for word in words[1:4])
            and not STILL_AHEAD.search(" ".join(words)))


# Before the date, words that tell it is the one ahead: "this year's Thanksgiving parade", "next week's vote", "the
# coming holiday" (the telling's own year or what is still to come, whatever the verb did before it)
_TOLD_AHEAD = frozenset("this next coming upcoming forthcoming impending pending looming".split())


def _opening(left: list[str]) -> bool:
    """Whether the words before the date hold no verb and nothing that makes the date another clause's.

    >>> _opening(["Sales", "on"]), _opening(["He", "said", "the"]), _opening(["If", "the"])
    (True, False, False)
    >>> _opening(["Fed", "officials", "in"]), _opening(["Did", "the"])
    (True, False)
    >>> _opening(["This", "year's"]), _opening(["Next", "week's"])
    (False, False)
    """
    for i, word in enumerate(left):
        low = word.lower()
        if low in ("and", "or") and i and time_word(left[i - 1]):
            continue  # "Thanksgiving, Black Friday and Cyber Monday sales": a list of dates, one subject
        if low in _TOLD_AHEAD:
            return False  # "This year's Thanksgiving parade drew criticism": the date is told as the one ahead
        if word[:1].isupper() and low not in _NOT_OPENING and low not in MODALS and (i or low not in _QUESTION_OPENERS):
            continue  # a name, not the verb it is spelled as: "Fed officials in December"; but "Did the ... ?"
        if low in _NOT_OPENING or low in MODALS or word_tense(low) is not None or low.endswith("ing"):
            return False
    return True


def _past_after(words: list[str]) -> bool:
    """Whether the first verb in ``words`` (the date's own words first) is a past that dates it.

    >>> _past_after("Black Friday rose 5%".split()), _past_after("December sales tests embattled leaders".split())
    (True, False)
    >>> _past_after("December hike looked likely".split()), _past_after("Nov 22 game was a blowout".split())
    (False, True)
    >>> _past_after("December the company opened offices".split()), _past_after("December meeting of the Fed".split())
    (True, False)
    >>> _past_after("August the army on the left of the line was drawn".split())
    False
    >>> _past_after("Dec 1 march drew 10 000 people".split()), _past_after("Dec 1 march drew permits".split())
    (True, False)

    An -ed form with no other verb after it in the clause is its verb ("The Nov. 20 meeting ended without a deal",
    "The January thaw flooded basements"); one before another verb is an adjective ("discounted goods sold out"):

    >>> _past_after("Nov 20 meeting ended without a deal".split()), _past_after("December discounted goods sold out".split())
    (True, False)
    """
    for k, word in enumerate(words[:_REACH]):
        low = word.lower()
        if low in _CLAUSE_ENDS:
            return False
        tense = word_tense(low) if not word[:1].isupper() else None  # past the date a capital is a name: "the Fed"
        if tense is None or (k and words[k - 1].lower() in DETERMINERS):
            continue  # after an article a noun: "on the left", "the cast"
        if tense != "past" and k and time_word(words[k - 1]):
            continue  # right after the date a noun it dates: "The December meeting", "The Dec. 1 march"
        later_verb = _verb_follows(words[k + 1:k + 5])
        if k and later_verb and time_word(words[k - 1]) and low not in PAST:
            continue  # an -ed form before the verb is an adjective: "December discounted goods sold out"
        following = [w.lower() for w in words[k + 1:k + 3]]
        if low == "drew" and not any(w[:1].isdigit() or w in _AUDIENCE for w in (x.lower() for x in words[k + 1:k + 4])):
            return False  # "drew criticism", "drew permits": what a day's event draws before it; an audience is its own
        if tense != "past" or low in _OPEN_VERBS or low == "had" \
                or (following and following[0] in (_OPEN_WITH.get(low), "by")):
            return False  # the first verb decides: a present, a future, a perfect, a plan; "approved by": a passive
        if low in ("was", "were"):
            # a copula before what the event was ("was a blowout"); a passive tells what was done to it, which may
            # be done to an event still to come ("was postponed", "was put off"), unless done only on the day ("was
            # celebrated"); an adverb between says nothing of which ("was widely seen as decisive")
            following = [w for w in following + [x.lower() for x in words[k + 3:k + 5]]
                         if not _adverb(w)][:2]
            return bool(following) and (following[0] in DONE_ON_THE_DAY or following[0] not in _AHEAD_AFTER_BE
                                        and following[0] not in BE_FORMS \
                and word_tense(following[0]) is None and not following[0].endswith(("ing", "en", "wn"))
                and following[0] not in BARE_TOO)
        # an -ed form before a noun may be an adjective ("tests embattled leaders"): a verb when a determiner, a
        # number, an adverb or nothing follows ("rejected the levy", "rose 5%", "ended early")
        return low in PAST or not following or following[0] in DETERMINERS or following[0][:1] in _AMOUNT_STARTS \
            or following[0].endswith("ly") or following[0] in _AFTER_A_VERB or after_subject(words[:k + 2], 1) \
            or not (later_verb or _maybe_verb_before(words[:k]))
    return False


# What "drew" draws on the day itself: an audience ("drew huge crowds", "drew 10,000 people", "drew record turnout")
_AUDIENCE = frozenset("crowd crowds people fans spectators visitors supporters protesters marchers demonstrators "
                      "thousands hundreds millions viewers turnout attendance audience audiences shoppers".split())


def _maybe_verb_before(words: list[str]) -> bool:
    """Whether a word before the subject's last one may be a present verb spelled as a plural ("December sales
    tests embattled leaders": "tests" may be the verb and "embattled" an adjective).

    >>> _maybe_verb_before("December sales tests".split()), _maybe_verb_before("Boxing Day sales".split())
    (True, False)
    """
    return any(w.islower() and w.endswith("s") and not w.endswith(("ss", "'s")) for w in words[:-1])


def _verb_follows(words: list[str]) -> bool:
    """Whether a verb stands in ``words`` before the clause ends.

    >>> _verb_follows("goods sold out".split()), _verb_follows("without a deal and talks resumed".split())
    (True, False)
    """
    for word in words:
        low = word.lower()
        if low in _CLAUSE_ENDS:
            return False
        if word_tense(low) is not None:
            return True
    return False


# How an amount starts: "rose 5%", "topped $7 billion"
_AMOUNT_STARTS = frozenset("0123456789$\u00a3\u20ac")


def _adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of manner or degree ("widely", "quickly"), not a copula's complement ("likely",
    "early") nor a noun spelled so ("a rally").

    >>> _adverb("widely"), _adverb("likely"), _adverb("early"), _adverb("rally")
    (True, False, False, False)
    """
    return word.endswith("ly") and word not in _AHEAD_AFTER_BE and word not in _NOT_ADVERBS


_NOT_ADVERBS = frozenset("early only daily weekly monthly yearly nightly hourly rally ally italy family holy "
                         "elderly friendly lonely lovely costly deadly orderly".split())
_AFTER_A_VERB = frozenset("up down out off in on at over into from to by with again back".split())


def date_is_subject(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is itself the subject of the verb right after it: its own words (time
    words, numbers) then a finite verb ("Since Christmas falls on a Tuesday", "Since New Year's Day is a holiday":
    a "since" of reason, whose date is the one the clause tells of, not a stretch's start).

    >>> s = "Since Christmas falls on a Tuesday, offices close."
    >>> date_is_subject(s, s.index("Christmas"))
    True
    >>> s = "Since Thanksgiving Macy's has hired 500 workers."
    >>> date_is_subject(s, s.index("Thanksgiving")), date_is_subject("Since December the firm has cut jobs.", 6)
    (False, False)
    """
    for word in words_after(text, start)[:6]:
        low = word.lower()
        if low in TIME_WORDS or low[:1].isdigit() or low.removesuffix("'s") in TIME_WORDS or low in ABBREVIATIONS:
            continue
        return word.islower() and (word_tense(low) is not None or low in MODALS or low in _DATE_VERBS)
    return False


# Present verbs a date is the subject of, which word_tense leaves open as they are spelled as plural nouns too
_DATE_VERBS = frozenset("falls lands comes marks begins starts ends means remains looms approaches arrives brings "
                        "sees".split())
