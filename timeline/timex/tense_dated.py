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
from timeline.timex.tense_sides import WORD
from timeline.timex.verbs import DETERMINERS, HAVE, MODALS, PAST, PLACING, word_tense

# Possessive runs: a letter run always ends before a blank, a blank run before a letter or the end, so giving one
# back never helps; the search backtracks no more. A match that starts inside a word starts one letter earlier too,
# so past the window's first character only a word's start needs trying (_WORD_BEFORE_AT): the same leftmost match.
_WORD_BEFORE = re.compile(r"(?:([A-Za-z]++)[ \t]++)?([A-Za-z]++)[ \t]++(?:on[ \t]++)?$")
_WORD_BEFORE_AT = re.compile(r"(?<![A-Za-z])" + _WORD_BEFORE.pattern)
# Verbs that name a time rather than an event at it: "a letter dated Feb. 24", "set Nov. 10 as the deadline"
_NAMING_A_TIME = PLANNED | frozenset("dated set planned timed due".split())
# Before the verb, what makes it no past of its own: "has set Nov. 10 as the deadline", "to be completed around Nov. 1"
_NOT_OWN_PAST = MODALS | HAVE | frozenset("to be".split())


def dated_by_past_verb(text: str, start: int) -> bool:
    """Whether a past verb stands right before the expression, "on" at most between them, or a past verb, at most
    two words of its complement and a preposition that places it at a day ("took place on", "rose over").

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
            and m[2].lower() not in _NAMING_A_TIME:
        return True
    return _past_verb_places(WORD.findall(text, max(0, start - 60), start))


# The prepositions that place an event at a day or a holiday ("took place on Thanksgiving", "was heavy over Labor Day
# weekend"), not those of a limit or a span ("extended to", "postponed until", "planned for", "through March"). "in"
# a month is left to the nearer reading: a history read in news mode goes on "and seized the port in March"
# (absolute.tsv)
_PLACING_A_DAY = PLACING - {"in"}
# Words between a verb and its placing preposition that end the search: an infinitive's "to" ("agreed to a deal in
# December": the deal's date), a clause's start ("said that ..."), a conjunction
_NOT_COMPLEMENT = frozenset("to that which who whom when while if and but or as than because since until by for "
                            "not never".split())

_PARTICLES = frozenset("early late again back down up out off home abroad overnight".split())


def _verb_object(word: str) -> bool:
    """Whether ``word`` can follow a verb but not an adjective: a determiner or an adverb ("opened its doors",
    "closed early"); "preferred shares" has a noun after the -ed form."""
    lowered = word.lower()
    return lowered in DETERMINERS or lowered in _PARTICLES or lowered.endswith("ly")


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
    >>> _past_verb_places("it opened its doors on".split())
    True
    >>> _past_verb_places("it will redeem preferred shares on".split())
    False
    >>> _past_verb_places("the store closed early on".split())
    True
    >>> _past_verb_places("Fireworks lit up the sky on".split()), _past_verb_places("he said the big show on".split())
    (True, False)
    """
    if len(words) < 2 or words[-1] not in _PLACING_A_DAY:
        return False
    lead = words[:-1]
    for k in range(min(4, len(lead))):
        if k == 3 and lead[-3].lower() not in _PARTICLES:
            return False  # a third complement word only after a phrasal verb's particle: "lit up the sky on"
        word = lead[-1 - k]
        verb = word.lower()
        tense = word_tense(verb)
        if tense is not None and k and verb not in PAST and not _verb_object(lead[-k]):
            tense = None  # "preferred shares", "closed doors": an -ed form before its noun is an adjective
        if tense is not None:  # the nearest verb decides
            auxiliary = lead[-2 - k].lower() if len(lead) > k + 1 else ""
            return tense == "past" and auxiliary not in _NOT_OWN_PAST and verb not in _NAMING_A_TIME
        if not word.islower() or verb in _NOT_COMPLEMENT:
            return False
    return False
