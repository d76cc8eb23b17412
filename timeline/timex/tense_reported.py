"""A reported clause opening after a verb of saying ("Police said the Thanksgiving parade drew 3 million people", "He
told reporters that the Nov. 20 meeting ended without a deal"): its subject opens a clause of its own, whose past
verb dates a date in it as the main clause's would (:mod:`timeline.timex.tense_subject`), but for a copula, whose past
may be the saying's shifted back ("He said the Nov. 22 vote was on track").
"""

from __future__ import annotations

import re

from timeline.timex.verbs import REPORTING, word_tense

# Verbs of saying in the past whose reported clause follows with no conjunction or with "that"
_SAID = frozenset("said told reported added noted wrote stated estimated claimed".split())


def reported_clause(left: list[str]) -> tuple[int, list[str]] | None:
    """Where the first past verb of saying stands in ``left`` (the words before the date in its sentence) and the
    reported clause's words after it, its "that" and whom it told left out; None when there is none.

    >>> reported_clause("Police said the".split()), reported_clause("He told reporters that the".split())
    ((1, ['the']), (1, ['the']))
    >>> reported_clause("He told reporters the".split()), reported_clause("He will say the".split())
    ((1, ['the']), None)
    """
    lowered = [w.lower() for w in left]
    for i, low in enumerate(lowered):
        if low in _SAID:
            rest = left[i + 1:]
            if "that" in lowered[i + 1:]:
                rest = left[lowered.index("that", i + 1) + 1:]
            elif low == "told" and rest:
                rest = rest[1:]  # whom it told: "told reporters the ..."
            return i, rest
    return None


def first_verb(words: list[str]) -> str | None:
    """The first word with a tense in ``words``, lower-cased.

    >>> first_verb("Nov 22 vote was on track".split()), first_verb("Nov 22".split())
    ('was', None)
    """
    return next((w.lower() for w in words if word_tense(w.lower()) is not None), None)


# A verb of saying in the past, then blanks, at the end of the text before a date: "The manager said "
_SAID_RIGHT_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[ \t]+$")
# The date's own first word that news puts right after "said" as the saying's time: "said Monday sales rose",
# "said yesterday", "said Nov. 20" (a weekday, a deictic word, a month's day); a holiday or a month alone is told
# "on Thanksgiving", "in December" when it is the saying's
_SAYING_TIMES = re.compile(r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|yesterday|today|"
                           r"tonight|last|this|next|earlier|later|[a-z]{3,9}\.?[ \t]+\d")
# After the date, a word that starts a clause of its own or the saying's complement, not a noun the date modifies
_NOT_A_HEAD = frozenset("that it he she they we i you there this these those the a an its his her their our "
                        "and or but to of on in at for by with as after before".split())


def opens_reported_subject(left: str, expression: str, right: str) -> bool:
    """Whether a date right after a past verb of saying opens the reported clause's subject: a noun it modifies
    follows ("The manager said Black Friday sales will rise", "said December sales rose"), so the reported
    clause's own verb tells its time, not the saying. A weekday, a deictic word or a month's day there is the
    saying's own time, as news writes it ("said Monday sales rose").

    >>> opens_reported_subject("The manager said ", "Black Friday", " sales will rise.")
    True
    >>> opens_reported_subject("The company said ", "Monday", " sales will rise.")
    False
    >>> opens_reported_subject("The manager said ", "Black Friday", " that sales will rise.")
    False
    """
    m = _SAID_RIGHT_BEFORE.search(left)
    if m is None or m[1].lower() not in REPORTING or _SAYING_TIMES.match(expression):
        return False
    after = re.match(r"[ \t]+([a-z]+)\b", right)
    return after is not None and after[1] not in _NOT_A_HEAD and word_tense(after[1]) is None


_PLANS = frozenset("expected scheduled slated".split())  # tense_decide.PLANNED (which imports this module's readers)


def reported_plan(left: str) -> bool:
    """Whether ``left`` (the clause's text before the date) reports a plan told in the past after a verb of saying,
    with no past verb after the plan: "Police said the suspect was expected to appear in court on" reports "is expected",
    pending, however many words stand between the saying and the date (:func:`timeline.timex.tense_decide._past_plan`
    reads the eight nearest).

    >>> reported_plan("Police said the suspect was expected to appear in court on ")
    True
    >>> reported_plan("The suspect was expected to appear in court on ")
    False
    >>> reported_plan("Police said the suspect was expected to appear but fled on ")
    False
    """
    if "expected" not in left and "scheduled" not in left and "slated" not in left:
        return False  # most past clauses hold no plan: told by three substring tests, before any word is listed
    words = [w.lower() for w in re.findall(r"[\w']+", left)]
    for i in range(len(words) - 1, 0, -1):
        if words[i] in _PLANS and words[i - 1] in ("was", "were"):
            return not REPORTING.isdisjoint(words[:i - 1]) \
                and all(word_tense(w) != "past" for w in words[i + 1:])
    return False
