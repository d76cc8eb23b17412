"""A plan told in the singular present of a verb of schedule: "The trial opens in October", "The mayor takes office in
January" date their month ahead of the telling however far, as "will open in October" does
(:func:`timeline.timex.tense_dated.dated_by_future_verb`); a headline's present tells the past ("Rebels Take Town In
October"), so only a line of running text, ending with a stop, is read so. A few phrases of schedule whose verb
alone tells no plan ("comes into force", "goes ahead", "lifts off", "rolls out") look ahead too (:func:`schedule_phrase`).
"""

from __future__ import annotations

import re

from timeline.timex.tense_objects import NOT_COMPLEMENT
from timeline.timex.verbs import BE_FORMS, HAVE, MODALS, SCHEDULED, word_tense


def scheduled_before(words: list[str]) -> bool:
    """Whether ``words`` (lower-cased, the placing preposition cut) end with a singular present of a verb of
    schedule, at most one word of its complement after it ("opens", "takes office", "begins play"), its subject
    before it (no "to", modal or auxiliary: "is expected to open", "will open" are read elsewhere).

    >>> scheduled_before("the trial opens".split()), scheduled_before("the mayor takes office".split())
    (True, True)
    >>> scheduled_before("he said it opens".split()), scheduled_before("the sales figures".split())
    (True, False)
    >>> scheduled_before("the doors that opened".split()), scheduled_before("the trial which opens".split())
    (False, True)
    """
    for k in (0, 1):
        if len(words) < k + 2:
            return False
        verb = words[-1 - k]
        if verb in SCHEDULED and verb.endswith("s"):
            between = words[len(words) - k:]
            before = words[-2 - k]
            return (before not in NOT_COMPLEMENT or before in _RELATIVE_SUBJECTS) and before not in MODALS and before not in HAVE \
                and before not in BE_FORMS and all(w.isalpha() and w not in NOT_COMPLEMENT for w in between) \
                and word_tense(before) is None
    return False


def running_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is running text: it ends with a stop (a closing quote or bracket may
    follow); a headline's line does not.

    >>> running_line("The trial opens in October.", 5), running_line("Trial Opens In October\\nBy staff", 5)
    (True, False)
    """
    end = text.find("\n", start)
    line = (text[start:] if end < 0 else text[start:end]).rstrip().rstrip("\"'\u201d\u2019)")
    return line.endswith((".", "!", "?"))


# A relative pronoun is the verb's subject: "The trial, which opens in October, will be televised"
_RELATIVE_SUBJECTS = frozenset("which that who".split())


# Phrases of schedule whose verb alone is none: "comes into force" (as "takes effect"), "goes ahead" (a plan carried
# out), a departure's "lifts off", "blasts off", "sets sail", a release's "rolls out" and "goes on sale" (the plural's
# "go" is a verb of schedule already); "comes", "goes", "lifts", "rolls"
# alone tell no plan ("The move comes as ...", "the search goes on", "lifts the ban"). Not the calendar's "falls on": a
# feast named as its subject is read nearest the DCT ("The Islamic New Year falls on Sept. 11" in November: the
# September gone by), and its date must not move apart from it
_PHRASE_BEFORE = re.compile(r"(?i)\b(?:comes?[ \t]+into[ \t]+(?:force|effect|operation)|go(?:es)?[ \t]+ahead|"
                            r"(?:lifts?|blasts?)[ \t]+off|sets?[ \t]+sail|rolls?[ \t]+out|go(?:es)?[ \t]+on[ \t]+sale)"
                            r"(?:[ \t]+(?:on|from|at|in))?[ \t]*$")


def schedule_phrase(left: str) -> bool:
    """Whether ``left`` (the text before a date, in running text) ends with a phrase of schedule in the present,
    a placing preposition at most after it: a plan told ahead ("The new timetable comes into force on Monday",
    "The strike goes ahead on Monday").

    >>> schedule_phrase("The law comes into force on "), schedule_phrase("The strike goes ahead on ")
    (True, True)
    >>> schedule_phrase("The law came into force on "), schedule_phrase("The move comes as talks resume on ")
    (False, False)
    >>> schedule_phrase("The rocket lifts off on "), schedule_phrase("The rocket lifted off on ")
    (True, False)
    >>> schedule_phrase("The update rolls out on "), schedule_phrase("The update rolled out on ")
    (True, False)
    >>> schedule_phrase("The book goes on sale on "), schedule_phrase("The book went on sale on ")
    (True, False)
    """
    return ("force" in left or "effect" in left or "ahead" in left or "operation" in left or "off" in left
            or "sail" in left or "out" in left or "sale" in left) and _PHRASE_BEFORE.search(left) is not None


_ON_FOR_BE = {"is": "future", "are": "future", "was": "past", "were": "past"}


def on_for(before: list[str]) -> str | None:
    """The tense of "on for" before a date (``before``: the words before it, lower-cased) after a form of "be" a few
    words back: an event still set for the date ("The match is still on for Saturday", "Is the vote still on for
    Tuesday?"), or one that was, whose day has come ("The match was still on for Saturday until the storm hit"); None
    without both.

    >>> on_for("the match is still on for".split()), on_for("is the vote still on for".split())
    ('future', 'future')
    >>> on_for("the match was still on for".split()), on_for("he worked on plans for".split())
    ('past', None)
    """
    if before[-2:] != ["on", "for"]:
        return None
    forms = [_ON_FOR_BE[w] for w in before[-6:-2] if w in _ON_FOR_BE]
    return forms[-1] if forms else None


# A charge set by whoever levies it changes on a day announced ahead ("Fares rise on Monday", "Energy bills go up
# from April"); a market's prices ("Shares rise on hopes", "Oil prices fall") move on the day they are told, so
# "prices" and "shares" are not among them
_CHARGE_RISE = re.compile(r"(?i)\b(?:fares?|fees?|tolls?|rents?|tariffs?|duty|duties|tax|taxes|vat|charges?|premiums?|"
                          r"pensions?|benefits?|wages?|bills?)[ \t]+(?:rise|rises|go[ \t]+up|goes[ \t]+up|increase|"
                          r"increases|fall|falls|drop|drops)(?:[ \t]+(?:on|from|in))?[ \t]*$")


def charge_change(left: str) -> bool:
    """Whether ``left`` (the text before a date, in running text) ends with a levied charge's present rise or fall:
    a change set ahead ("Fares rise on Monday", "Energy bills go up from April").

    >>> charge_change("Fares rise on "), charge_change("Energy bills go up from "), charge_change("Fares rose on ")
    (True, True, False)
    >>> charge_change("Shares rise on "), charge_change("Oil prices fall on ")
    (False, False)
    """
    # (a substring test first: the verbs are in few clauses, and the search ran on every running one)
    return ("rise" in left or "up" in left or "increase" in left or "fall" in left or "drop" in left) \
        and _CHARGE_RISE.search(left) is not None
