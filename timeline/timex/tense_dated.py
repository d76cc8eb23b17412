"""Whether a past verb dates a temporal expression: stands right before it ("was sentenced on Jan. 10",
"opened Feb. 25"), or places it with a preposition after at most two words of its complement ("took
place on Thanksgiving").

Anchoring reads this to choose among a date's readings: a past verb right before its date places
it behind the telling however far; a deadline ("was extended to Nov. 16"), a perfect or an
infinitive keeps the nearer reading open.

>>> text = "He was sentenced on Jan. 10."
>>> dated_by_past_verb(text, text.index("Jan"))
True
"""

from __future__ import annotations

import re

from timeline.timex.tense_decide import PLANNED
from timeline.timex.tense_conditions import in_condition
from timeline.timex.tense_fronted import fronted_past, until_past
from timeline.timex.tense_limits import started_stretch, stretch_over
from timeline.timex.tense_scheduled import running_line, scheduled_before
from timeline.timex.tense_sides import WORD
from timeline.timex.tense_objects import (NOT_COMPLEMENT, PARTICIPLES_ONLY, PARTICLES, after_subject, any_to_whom,
                                          named_object, participle_tense, to_whom, verb_object, without_place)
from timeline.timex.tense_reported import opens_reported_subject
from timeline.timex.tense_subject import date_is_subject, subject_past
from timeline.timex.verbs import BARE_TOO, BE_FORMS, DETERMINERS, HAVE, MODALS, PAST, PLACING, REPORTING, word_tense
from timeline.timex.verbs_subject import has_plural_subject

# Possessive runs: a letter run always ends before a blank, a blank run before a letter or the end, so giving one
# back never helps; the search backtracks no more. A match that starts inside a word starts one letter earlier too,
# so past the window's first character only a word's start needs trying (_WORD_BEFORE_AT): the same leftmost match.
_WORD_BEFORE = re.compile(r"(?:([A-Za-z]++)[ \t]++)?([A-Za-z]++)[ \t]++(?:(?:on|in)[ \t]++)?$")
_WORD_BEFORE_AT = re.compile(r"(?<![A-Za-z])" + _WORD_BEFORE.pattern)
# Verbs that name a time rather than an event at it: "a letter dated Feb. 24", "set Nov. 10 as the deadline"
_NAMING_A_TIME = PLANNED | frozenset("dated set planned timed due".split())
# Before the verb, what makes it no past of its own: "has set Nov. 10 as the deadline", "to be completed around Nov. 1"
_NOT_OWN_PAST = MODALS | HAVE | frozenset("to be".split())


def dated_by_past_verb(text: str, start: int, end: int | None = None) -> bool:
    """Whether a past verb stands right before the expression, "on" or "in" at most between them ("rose in
    December": the rising's month, behind the telling however far), or a past verb, at most two words of its complement and a preposition that places it at a day ("took place on", "rose over").

    "was sentenced on Jan. 10", "opened Feb. 25", "said on Jan. 10 that...": the date is that
    verb's, so it lies behind the telling however far; "was extended to Nov. 16" (a deadline)
    keeps the nearer reading open, and so do a perfect or an infinitive ("has set Nov. 10 as the
    deadline", "to be completed around Nov. 1").

    >>> text = "He was sentenced on Jan. 10."
    >>> dated_by_past_verb(text, text.index("Jan")), dated_by_past_verb("It was extended to Nov. 16.", 22)
    (True, False)
    """
    reach = max(0, start - 40)
    m = _WORD_BEFORE.match(text, reach, start) or _WORD_BEFORE_AT.search(text, reach, start)
    if m is not None and word_tense(m[2].lower()) == "past" and (m[1] or "").lower() not in _NOT_OWN_PAST \
            and m[2].lower() not in _NAMING_A_TIME and not _present_too(text, reach, m) \
            and not (end is not None and opens_reported_subject(text[reach:start], text[start:end], text[end:end + 20])):
        return True
    if _from_a_past_start(text, reach, start) or fronted_past(text, start):  # "On Nov. 22, the president signed"
        return True
    if end is not None and until_past(text, start, end):  # "Until December the company employed 500 workers"
        return True
    words = WORD.findall(text, max(0, start - 60), start)
    return (_past_verb_places(words) or stretch_over(words) or _past_after(words) or (_since(words) and not date_is_subject(text, start))
            or subject_past(text, start, end)) \
        and not in_condition(text, start)


# Before "after", what makes the date a limit or a new time, not one an event followed: "postponed until after"
_NOT_AFTER = frozenset("until till to by from postponed delayed deferred moved pushed put rescheduled".split())
# ... and an adverb of how soon, which keeps the verb's "after" ("reopened shortly after Thanksgiving")
_SOON = frozenset("shortly soon just right immediately only".split())


def _past_after(words: list[str]) -> bool:
    """Whether ``words`` end with a past verb, at most two words of its complement and "after": the event came after
    the date, so the date lies behind the telling as the event does ("The stores reopened after Thanksgiving").
    "before" tells no such thing ("closed before Thanksgiving" may be told a week ahead of it), nor a limit moved
    past the date ("was postponed until after Thanksgiving").

    >>> _past_after("The stores reopened after".split()), _past_after("The stores will reopen after".split())
    (True, False)
    >>> _past_after("The vote was postponed until after".split()), _past_after("Talks resumed shortly after".split())
    (False, True)
    """
    if len(words) < 2 or words[-1].lower() != "after":
        return False
    lead = words[:-1]
    if lead[-1].lower() in _SOON:
        lead = lead[:-1]
    if not lead or any(w.lower() in _NOT_AFTER for w in lead[-3:]):
        return False
    return _past_verb_places(lead + ["on"])


def _since(words: list[str]) -> bool:
    """Whether the date follows "since": the start of a stretch that runs up to the telling ("Since Thanksgiving
    Macy's has hired 500 workers", "has risen since March"), which lies behind it however near the day ahead is
    (not a "since" of reason whose subject the date is, "Since Christmas falls on a Tuesday": see
    :func:`timeline.timex.tense_subject.date_is_subject`).

    >>> _since("Since".split()), _since("has risen since".split()), _since("has risen in".split())
    (True, True, False)
    """
    return bool(words) and words[-1].lower() == "since"


def _from_a_past_start(text: str, reach: int, start: int) -> bool:
    """A stretch begun before the telling (:func:`~timeline.timex.tense_limits.started_stretch`), the verb its own.

    >>> _from_a_past_start("Sales rose from April to June.", 0, 16)
    True
    """
    m = started_stretch(text, reach, start)
    return m is not None and m[2].lower() not in _NAMING_A_TIME and (m[1] or "").lower() not in _NOT_OWN_PAST \
        and not _present_too(text, reach, m) and not in_condition(text, start)


def _present_too(text: str, reach: int, m: re.Match[str]) -> bool:
    """Whether the verb ``m`` read as past is as well a present after a plural subject: "Voters in 14 states cast
    ballots on March 3" (the present of "cast", "set", "hit" is their past; the plural subject leaves it open).

    >>> voters, storm = "Voters in 14 states cast on ", "The storm hit on "
    >>> _present_too(voters, 0, _WORD_BEFORE.search(voters, 15)), _present_too(storm, 0, _WORD_BEFORE.search(storm, 4))
    (True, False)
    """
    verb = m[2].lower()
    if verb not in BARE_TOO:
        return False
    subject = [w.lower() for w in WORD.findall(text, reach, m.start(2))]
    return has_plural_subject(subject)


# The prepositions that place an event at a day or a holiday ("took place on Thanksgiving", "was heavy over Labor Day
# weekend"), not those of a limit or a span ("extended to", "postponed until", "planned for", "through March"). "in"
# too: "The company opened a plant in March", said on 10 February, is last March, not the one just ahead
_PLACING_A_DAY = PLACING
# Verbs whose object is a thing to come, dated by its own "in": "announced a tour in Europe in December" (the tour's
# month, ahead), where "held talks in New York in December" and "opened a plant in March" are the verb's own
_ANNOUNCING = REPORTING | frozenset("announced unveiled proposed promised pledged planned scheduled booked ordered "
                                    "approved slated".split())
def _past_verb_places(words: list[str]) -> bool:
    """Whether ``words`` (as written, the expression after them) end with a past verb, at most two words of its
    complement and a preposition that places it at the expression: "took place on", "was heavy over", "rose over".

    A clear past verb dates the event it tells at the time its preposition places it: the
    time lies behind the telling, however far ("The parade took place on Thanksgiving", said
    ten days before this year's).

    >>> _past_verb_places("The parade took place on".split()), _past_verb_places("agreed to a deal on".split())
    (True, False)
    >>> _past_verb_places("it was extended to".split()), _past_verb_places("the plant will close in".split())
    (False, False)
    >>> _past_verb_places("it opened its doors on".split()), _past_verb_places("Leaders met at the".split())
    (True, True)
    >>> _past_verb_places("it will redeem preferred shares on".split())
    False
    >>> _past_verb_places("the store closed early on".split())
    True
    >>> _past_verb_places("Fireworks lit up the sky on".split()), _past_verb_places("he said the big show on".split())
    (True, False)
    >>> _past_verb_places("He died in New York in".split()), _past_verb_places("He held talks in New York in".split())
    (True, True)
    >>> _past_verb_places("He announced a tour in Europe in".split())
    False
    >>> _past_verb_places("The town fell to rebels on".split()), _past_verb_places("It agreed to a deal on".split())
    (True, False)
    >>> _past_verb_places("Shares fell to on".split()), _past_verb_places("It fell to the rebels on".split())
    (True, True)
    >>> _past_verb_places("The rebels surrendered to troops on".split()), _past_verb_places("It fell to rebels in".split())
    (True, True)
    >>> _past_verb_places("It agreed to terms in".split())
    False
    >>> _past_verb_places("It sent a letter to members on the".split()), _past_verb_places("It happened on the".split())
    (False, True)
    >>> _past_verb_places("The court handed the case to a jury on".split())
    True
    >>> _past_verb_places("Sales dropped to 4 billion in".split())
    True
    """
    topic = False
    if len(words) > 2 and words[-1].lower() == "the" and words[-2] in _PLACING_A_DAY:
        words = words[:-1]  # "met at the Dec. 13 summit": the date names the noun the verb is placed at
        topic = words[-1] == "on"  # "a letter to members on the March 12 strike": "on" of what it is about
    if len(words) < 2 or words[-1] not in PLACING:
        return False
    lead = without_place(words[:-1])
    # "in" is read as in "rose in December": right after the verb, here once the place between is left out ("died in
    # New York in December"); after a complement too, but for verbs of announcing (see _ANNOUNCING)
    # "fell to rebels in December": whom the verb's "to" names is no complement, "in" then as right after the verb
    whom = any_to_whom(lead)
    # (whom the "to" names may take an article, as the object before it may: "handed the case to a jury on")
    reach = 6 if whom else 4 if words[-1] in _PLACING_A_DAY else 1 if len(lead) < len(words) - 1 else 0
    if topic:
        reach = 1  # over an object "on the" is what the object is about: "sent a letter to members on the"
    for k in range(min(reach, len(lead))):
        if k == 3 and lead[-3].lower() not in PARTICLES and not whom:
            return False  # a third complement word only after a phrasal verb's particle: "lit up the sky on"
        word = lead[-1 - k]
        if word == "to" and to_whom(lead, k) or to_whom(lead, k + 1):
            continue  # the "to", or whom it names ("fell to rebels on", "surrendered to troops": "troops" is no verb)
        verb = word.lower()
        tense = word_tense(verb) if verb not in PARTICIPLES_ONLY else participle_tense(lead, k)
        if tense is not None and k and verb not in PAST and not verb_object(lead[-k]) and lead[-k] != "to" \
                and not after_subject(lead, k):
            tense = None  # "preferred shares", "closed doors": an -ed form before its noun is an adjective
        if tense is not None:  # the nearest verb decides
            auxiliary = lead[-2 - k].lower() if len(lead) > k + 1 else ""
            return tense == "past" and auxiliary not in _NOT_OWN_PAST and verb not in _NAMING_A_TIME \
                and not (verb in BARE_TOO and has_plural_subject([w.lower() for w in lead[:-1 - k]])) \
                and not (k and words[-1] == "in" and verb in _ANNOUNCING)
        if not (word.islower() or word[:1].isdigit() or named_object(lead, k)) or verb in NOT_COMPLEMENT:
            return False  # (an amount is a complement: "dropped to 4 billion in", "rose 5 percent on")
    return False



# "will", "shall", "'ll" and "must" tell the future with no plan's doubt ("could", "might" and "would" do not: "would have
# voted on Tuesday"); the bare verb after them, at most two words of its complement and a placing preposition
_WILL = frozenset("will shall 'll must".split())

# the prepositions that place a future verb's date: its time ("on", "in") or its limit ("by March", "until May")
_PLACING_AHEAD = PLACING | frozenset("by until till before".split())
_AHEAD_OF_VERB = re.compile(r"[,;:()\"]")


def dated_by_future_verb(text: str, start: int) -> bool:
    """Whether "will", "shall" or "must", its verb, at most two words of its complement and "on/in/at" or a limit's
    "by/until/before" stand right before the expression: "will meet again on Dec. 30", "will hold a conference in
    February", "must leave by March".

    As a past verb right before its date places it behind the telling however far, a future verb
    places it ahead however far: said on 2 January, "The two sides will meet again on Dec. 30"
    is the December to come, not the one three days gone (which a deadline, "was extended to
    Jan. 14", keeps within reach).

    Parameters
    ----------
    text : str
        The text.
    start : int
        Where the expression starts.

    Returns
    -------
    bool
        True when a future verb dates the expression.

    Examples
    --------
    >>> text = "The two sides will meet again on Dec. 30."
    >>> dated_by_future_verb(text, text.index("Dec"))
    True
    >>> text = "He will say whether the deal, signed on Dec. 30, holds."
    >>> dated_by_future_verb(text, text.index("Dec"))
    False
    >>> text = "The court will review the ruling of Dec. 20."
    >>> dated_by_future_verb(text, text.index("Dec"))
    False
    >>> text = "He will agree to sell the unit in May."
    >>> dated_by_future_verb(text, text.index("May"))
    False

    A singular present of a verb of schedule tells a plan in running text as "will" does (a headline's present tells
    the past):

    >>> text = "The trial opens in October."
    >>> dated_by_future_verb(text, text.index("Oct")), dated_by_future_verb("Rebels take town in October", 20)
    (True, False)
    """
    reach = max(0, start - 60)
    words = [w.lower() for w in WORD.findall(text, reach, start)]
    if not words or words[-1] not in _PLACING_AHEAD:
        return False  # "will review the ruling of Dec. 20": the date names a noun's event, which may lie behind
    placing, words = words[-1], words[:-1]
    if placing == "in" and scheduled_before(words) and running_line(text, start):
        # "The trial opens in October": a plan told in the present, its month ahead however far (a day keeps the
        # nearer reading a story filed late names: "Voting ends on Nov. 6 (a Tuesday)" said on Nov. 15)
        return True
    for k in range(1, min(5, len(words))):
        if words[-1 - k] not in _WILL:
            continue
        between = words[-k:]
        verbs = [w for i, w in enumerate(between) if i and between[i - 1] not in BE_FORMS]  # "will be held on"
        if any(w in NOT_COMPLEMENT for w in between) or any(word_tense(w) is not None for w in verbs):
            return False  # "will agree to sell ... in May": another verb's date; "will say whether ..."
        tail = text[reach:start]
        return not _AHEAD_OF_VERB.search(tail, tail.lower().rfind(words[-1 - k]))
    return False
