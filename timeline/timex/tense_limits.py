"""Limits and stretches: what a date after "until", "by", "through" or "to" ends, and whether the
clause tells that stretch as gone by.

"until Tuesday" and "by Jan. 14" name a deadline, ahead; "stayed until Friday" and "lasted
through the spring" a stretch the past filled; "was postponed until Monday" and "adjourned to
Monday" a limit moved, ahead again; "fell in the week to Friday" a period that ends on its date.

>>> lasted_until("he stayed in paris until".split()), period_ending("fell in the week to".split())
(True, True)
"""

from __future__ import annotations

import re

from timeline.timex.verbs import BE, BE_FORMS, HAVE, MODALS, REPORTING, Tense, word_tense

DEADLINE = frozenset("until till by".split())
_UNTIL = DEADLINE - {"by"}
# After these a past form is a participle or an adjective whose tense is theirs: "will stay closed until March"
_PASSIVE_AUXILIARIES = BE_FORMS | BE | frozenset("am stay stays stayed remain remains remained".split())
# Verbs that move a time limit rather than fill the time up to it: "was postponed until Monday" looks ahead
_DEFERRALS = frozenset("postponed delayed extended adjourned deferred suspended put pushed moved rescheduled "
                       "scheduled set due given granted allowed asked told ordered gave warned expected to".split())
# The deferrals whose "to" names the new date, ahead ("adjourned to Monday", "pushed back to Friday"); "extended
# to Nov. 16" and "set to" are left to the clause (a deadline, or an infinitive)
LIMIT_MOVED = (_DEFERRALS & frozenset("adjourned postponed delayed deferred moved rescheduled pushed".split())) | {"back"}
UNBOUND = frozenset("to for through".split())
# The stretch a British financial report names by its last day: "fell in the week to Friday", "rose in the three
# months to September". Its "to" moves no limit: the date takes the clause verb's tense.
_PERIOD_NOUNS = frozenset("week weeks fortnight month months quarter quarters half year years".split())
_PERIOD_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve past last first".split())


def period_ending(before: list[str]) -> bool:
    """Whether "to"/"through" ends "the week", "the three months", "the year" before the expression (``before``
    lower-cased, numerals dropped as the word lists drop them): the period that ends on the date.

    "by a week to Friday" (a limit moved by a week) has no "the" and is none.

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order.

    Returns
    -------
    bool
        True when "the" + a period + "to"/"through" ends ``before``.

    Examples
    --------
    >>> period_ending("fell in the week to".split()), period_ending("rose in the three months to".split())
    (True, True)
    >>> period_ending("extended it by a week to".split()), period_ending("was extended to".split())
    (False, False)
    """
    if len(before) < 3 or before[-1] not in {"to", "through"} or before[-2] not in _PERIOD_NOUNS:
        return False
    return before[-3] == "the" or (before[-3] in _PERIOD_COUNTS and before[-4:-3] == ["the"])


def lasted_through(before: list[str]) -> bool:
    """Whether "through" ends a stretch a past verb of its own fills: "lasted through the spring", "ran through May".

    Only a verb right before "through", in the active: after an object the span is the object's
    ("cancelled flights through Sunday" may look ahead), and a limit moved ("extended through
    March") or a passive ("was closed through Sunday") may lie ahead too.

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order, "through" last.

    Returns
    -------
    bool
        True when an active past verb right before "through" fills the stretch.

    Examples
    --------
    >>> lasted_through("the drought lasted through".split()), lasted_through("it cancelled flights through".split())
    (True, False)
    >>> lasted_through("it was extended through".split()), lasted_through("the road was closed through".split())
    (False, False)
    """
    if len(before) < 2 or before[-1] != "through":
        return False
    verb, auxiliary = before[-2], before[-3] if len(before) > 2 else ""
    return word_tense(verb) == "past" and verb not in _DEFERRALS and auxiliary not in _PASSIVE_AUXILIARIES


def lasted_until(before: list[str]) -> bool:
    """Whether "until" closes a stretch the clause tells as past: "stayed until Friday", "was closed till May".

    ``before`` is the lower-cased words left of the expression, "until" last. The
    nearest tense cue must be a past one, with no verb that moves a limit and no
    infinitive between it and "until" ("was postponed until", "agreed to wait until").

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order, "until" last.

    Returns
    -------
    bool
        True when the nearest cue is past, with no verb moving a limit and no infinitive between.

    Examples
    --------
    >>> lasted_until("he stayed in paris until".split()), lasted_until("the vote was postponed until".split())
    (True, False)
    >>> lasted_until("talks will go on until".split()), lasted_until("the road will be closed until".split())
    (False, False)
    >>> lasted_until("the road was closed until".split()), lasted_until("the road is closed until".split())
    (True, False)
    >>> lasted_until("it will stay closed until".split()), lasted_until("it remained closed until".split())
    (False, True)
    """
    if not before or before[-1] not in _UNTIL:
        return False
    words = before[-6:-1]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _DEFERRALS:
            return False
        cue = None if word in BE_FORMS else word_tense(word)
        if cue is None or (cue == "past" and index > 0 and words[index - 1] in _PASSIVE_AUXILIARIES):
            continue  # "will be closed until", "is closed until": the auxiliary says the tense
        return cue == "past"
    return False


# Past verbs that tell a stretch as over: what "lasted until" a day ended on it, before the telling ("The embargo
# lasted until Oct. 15"). A state told in the past may still hold ("was in Spain until Feb. 28": a story filed the
# week before), and a limit set or moved lies ahead ("was extended until", "was valid until")
_OVER = frozenset("lasted raged persisted endured continued dragged stretched".split())
_DEGREE = frozenset("only well just on".split())  # "lasted only until", "raged well until", "raged on until"


def stretch_over(words: list[str]) -> bool:
    """Whether ``words`` (as written, the expression after them) end with a past verb that tells a stretch as over,
    at most one adverb and "until": the day it ended lies behind the telling, however far.

    Parameters
    ----------
    words : list of str
        The words left of the expression, as written, in text order.

    Returns
    -------
    bool
        True for "lasted until", "raged only until", "had persisted until"; False for a state ("was in Spain
        until"), a limit ("was extended until"), a perfect of the present or a bare verb ("has lasted", "will last").

    Examples
    --------
    >>> stretch_over("The embargo lasted until".split()), stretch_over("Fighting raged only until".split())
    (True, True)
    >>> stretch_over("The team was in Spain until".split()), stretch_over("It will last until".split())
    (False, False)
    >>> stretch_over("The strike has lasted until".split()), stretch_over("Fighting raged on until".split())
    (False, True)
    >>> stretch_over("The road stayed closed until".split()), stretch_over("The road will stay closed until".split())
    (True, False)
    >>> stretch_over("The road has remained closed until".split()), stretch_over("The road was closed until".split())
    (False, False)
    """
    if len(words) < 2 or words[-1].lower() not in _UNTIL | {"into"}:  # "persisted well into October"
        return False
    lead = [w.lower() for w in words[-4:-1]]
    if lead[-1] in _DEGREE or lead[-1].endswith("ly"):
        lead = lead[:-1]
    if len(lead) > 1 and lead[-2] in _REMAINED and lead[-1].isalpha() and word_tense(lead[-1]) in (None, "past"):
        lead = lead[:-1]  # "The road stayed closed until": the state a verb of remaining kept, its one word
    return bool(lead) and (lead[-1] in _OVER or lead[-1] in _REMAINED) and (len(lead) < 2 or lead[-2] not in HAVE)


# Past verbs of remaining in a state: "stayed closed until Thanksgiving", "remained shut until May" tell the stretch
# the state held as over, as "lasted until" does (a state told with a copula, "was closed until", may still hold)
_REMAINED = frozenset("stayed remained".split())



def modal_perfect(before: list[str]) -> bool:
    """Whether a modal perfect ("should have", "must have", "would have") governs the deadline word that ends
    ``before``: "should have arrived by Friday" looks back on a limit that has passed.

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order, the deadline word last.

    Returns
    -------
    bool
        True when a modal and "have" stand in the five words before the deadline word.

    Examples
    --------
    >>> modal_perfect("the envoy should have arrived by".split()), modal_perfect("the envoy should arrive by".split())
    (True, False)
    >>> modal_perfect("they would have finished the work by".split()), modal_perfect("they have until".split())
    (True, False)
    """
    words = before[-6:-1]
    return any(word == "have" and index and words[index - 1] in MODALS for index, word in enumerate(words))


# A past verb, then "from", "since" or "between": a stretch gone by ("Sales rose from April to June" said in March:
# last April). Not a date moved from ("postponed from Nov. 20": the old date may lie ahead), a saying's "from" (it
# opens what is said), a passive's stretch (one imposed ahead: "was banned from April until June")
_FROM_BEFORE = re.compile(r"(?<![A-Za-z])(?:([A-Za-z]++)[ \t]++)?([A-Za-z]++)[ \t]++(?:from|since|between)[ \t]++$")
_NOT_FROM_VERB = LIMIT_MOVED | REPORTING | frozenset("extended changed shifted advanced brought switched cut raised "
                                                     "lowered".split())
_NOT_FROM_AUXILIARY = BE_FORMS | frozenset("was were is are".split())


def started_stretch(text: str, reach: int, start: int) -> re.Match[str] | None:
    """The past verb (group 2) and the word before it (group 1) of a stretch that began at the date at ``start``:
    the verb, then "from", "since" or "between", in ``text[reach:start]``; None for no such verb.

    >>> started_stretch("Sales rose from April to June.", 0, 16)[2]
    'rose'
    >>> started_stretch("It was postponed from May to June.", 0, 22), started_stretch("He was banned from May.", 0, 19)
    (None, None)
    """
    m = _FROM_BEFORE.search(text, reach, start)
    if m is None or word_tense(m[2].lower()) != "past" or m[2].lower() in _NOT_FROM_VERB \
            or (m[1] or "").lower() in _NOT_FROM_AUXILIARY:
        return None
    return m


def moved_from(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows a verb of moving a date and its "from": "moved from Oct. 2 to Thursday"
    names an old date and a new one, not a stretch between them, so the new one does not share the old one's tense.

    >>> s = "The vote was moved from Oct. 2 to Thursday."
    >>> moved_from(s, s.index("Oct")), moved_from("Sales rose from Oct. 2 to Thursday.", 16)
    (True, False)
    """
    m = _FROM_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m[2].lower() in _NOT_FROM_VERB


# A time noun a limit may be moved to, the date then placing it: "adjourned to a date in February"
_MOVED_TO_NOUNS = frozenset("date day time".split())


def moved_limit(before: list[str]) -> tuple[bool, Tense | None]:
    """Whether a verb moving a date decides the tense of the date after it (``before``: the lower-cased words left
    of it), and the tense. The new date lies ahead of the moving ("was adjourned to Monday", "postponed to a date
    in February", "moved to a later date in June"); the old one was ahead when it was moved, and the moving is news,
    so it is the nearest reading, no tense ("was moved from Friday to next Wednesday": the coming Friday).

    >>> moved_limit("the case was adjourned to".split()), moved_limit("the case was adjourned to a date in".split())
    ((True, 'future'), (True, 'future'))
    >>> moved_limit("the hearing was moved from".split()), moved_limit("sales rose from".split())
    ((True, None), (False, None))
    >>> moved_limit("he moved to a house in".split()), moved_limit("it was moved to a later date in".split())
    ((False, None), (True, 'future'))
    >>> moved_limit("the game moved from".split())  # a participle's moving: the main clause's tense
    (False, None)
    """
    if len(before) < 2:
        return _NOT_MOVED
    if before[-2] in LIMIT_MOVED and before[-1] == "to":
        return True, "future"  # read by the tense reader before it asks (its first test), kept for the whole rule here
    if before[-2] in LIMIT_MOVED and before[-1] == "from" and before[-3:-2] and before[-3] in _PASSIVE_AUXILIARIES:
        # the moving told as the news; a participle's moving ("The game, moved from Sunday, was played on Tuesday")
        # is background to its main clause, whose tense it takes
        return True, None
    # "to (until) a (later/new) date in": the date names the new time, as "to Monday" does
    for k in (4, 5):
        if len(before) > k and before[-1] in _PLACING_MOVED and before[-2] in _MOVED_TO_NOUNS \
                and before[-k] in _MOVED_TO and before[-k - 1] in LIMIT_MOVED and before[-k + 1] in _MOVED_TO_ARTICLES:
            return True, "future"
    return _NOT_MOVED


_NOT_MOVED: tuple[bool, Tense | None] = (False, None)
_MOVED_TO = frozenset("to until till".split())
_PLACING_MOVED = frozenset("in on at".split())
_MOVED_TO_ARTICLES = frozenset("a an the".split())  # "to a date in", "to the day in"
