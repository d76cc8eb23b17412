"""Whether one word of the clause around a temporal expression decides its tense, and which.

:mod:`timeline.timex.tense` lists the words either side of the expression, nearest first, and
asks :func:`first_cue` for the first that decides: "will" and "is to" look ahead, "said" and
"-ed" forms look back, unless the word is a participle ("to be held"), an adjective ("a still
unspecified date"), a noun ("the plan") or the head of an infinitive whose own verb the date is.

>>> first_cue(["officials", "said", "on"], ["that", "talks", "failed"], (["officials", "said", "on"], []))
(1.0, 'past')
"""

from __future__ import annotations

from timeline.timex.tense_limits import UNBOUND, period_ending
from timeline.timex.tense_passive import accused_act, passive_plan, perfect_infinitive
from timeline.timex.tense_purpose import MOTION, purpose_of_motion
from timeline.timex.verbs import (REPORTING, Tense, ARRANGED, BARE_TOO, BE, CUE_WORDS, FUTURE, HAVE, MODAL_AHEAD,
                                  MODALS, PAST_BE, PLACING, PLAN, PREMODIFIERS, PRESENT, PUBLISHING,
                                  PUBLISHING_PLURAL, SCHEDULED, SCHEDULED_PLURAL, STATES, word_tense, followed_by_to, neighbours,
                                  words_before)
from timeline.timex.verbs_complement import (SPEECH, arranged_tense, bare_verb_follows, infinitive_between,
                                             inverted_were, results_follow)
from timeline.timex.verbs_participle import (AUXILIARIES, after_had, is_adjective, is_participle,
                                             participle_follows)
from timeline.timex.verbs_subject import has_plural_subject

_UNDECIDED: tuple[bool, Tense | None] = (False, None)
# The cues of running text, built once: the union per call cost 1.6 us, 0.3% of a TBAQ pass
_RUNNING_CUES = CUE_WORDS | SCHEDULED_PLURAL | PUBLISHING | PUBLISHING_PLURAL
# A headline's present tells the past as often as a plan ("Army takes capital on Sunday", "Summit opens Monday"), in
# the singular as in the plural ("Ministers meet on Sunday"): no verb of schedule is a cue there
_HEADLINE_CUES = CUE_WORDS - SCHEDULED


def scan_cues(before: list[str], after: list[str], written: tuple[list[str], list[str]], running: bool = False
          ) -> tuple[bool, Tense | None]:
    """Whether a cue decides the expression's tense, and the tense it gives.

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.
    written : tuple of (list of str, list of str)
        The left and right words as written (capitals kept).
    running : bool, optional
        The clause is running text, no headline: a verb of schedule's plural present is a cue too.

    Returns
    -------
    tuple of (bool, str or None)
        Whether a cue decided, and its tense (None: a cue that places no tense, or none found).

    Examples
    --------
    >>> words = "the board will meet on".split()
    >>> scan_cues(words, [], (words, []))
    (True, 'future')
    """
    cue = first_cue(before, after, written, running)
    return (True, cue[1]) if cue is not None else _UNDECIDED


def first_cue(before: list[str], after: list[str], written: tuple[list[str], list[str]], running: bool = False
               ) -> tuple[float, Tense | None] | None:
    """The position and tense of the first cue that decides, nearest the expression first.

    Parameters
    ----------
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.
    written : tuple of (list of str, list of str)
        The left and right words as written (capitals kept).
    running : bool, optional
        The clause is running text, no headline: a verb of schedule's plural present is a cue too.

    Returns
    -------
    tuple of (float, str or None) or None
        The cue's position (left words whole, right words halves) and tense; None when no cue decides.

    Examples
    --------
    >>> words = "prices rose on".split()
    >>> first_cue(words, [], (words, []))
    (1.0, 'past')
    """
    # most words are no cue, and nothing _decide could read from them: left out before the sort (no two words
    # share a position, so the cues keep their order)
    cues = _RUNNING_CUES if running else _HEADLINE_CUES
    # a placing preposition right before the expression joins it to the verb before it: in "the year that began on
    # Oct. 1 will be tough" "began" is as near as a word right before the date, nearer than the "will" after it
    joined = 1 if before and before[-1] in PLACING else 0
    # (an "-ed" ending told by a slice: the method call of endswith cost more, on every word of both sides)
    candidates = [(i - joined if i else 0.0, float(i), w) for i, w in enumerate(reversed(before))
                  if w in cues or w[-2:] == "ed"] \
        + [(i + 0.5, i + 0.5, w) for i, w in enumerate(after) if w in cues or w[-2:] == "ed"]
    for _, position, word in sorted(candidates):
        if word in SCHEDULED_PLURAL:
            if has_plural_subject(words_before(position, before, after)):
                return position, "future"  # "The new rules take effect Monday", "Lawmakers return on Tuesday"
            continue
        if running and (word == "is" or word == "are") and position == int(position):
            following = neighbours(position, before, after)[1]
            if passive_plan(following):
                return position, "future"  # "The bill is debated in parliament on Tuesday": a plan told so
            if accused_act(following):
                return position, "past"  # "is accused of stabbing a man on Saturday": the act charged is behind
        if word in PUBLISHING or word in PUBLISHING_PLURAL:
            if results_follow(position, before, after) and (
                    word in PUBLISHING or has_plural_subject(words_before(position, before, after))):
                return position, "future"  # "The chipmaker reports results on Monday": a date set for the results
            continue
        decided, tense = _decide(word, position, before, after, written)
        if decided:
            return position, tense
    return None


def _looks_ahead(following: list[str]) -> bool:
    """Whether the next word is one that looks ahead: "expected", "due", "set", "scheduled".

    >>> _looks_ahead(["expected", "to"]), _looks_ahead(["closed"]), _looks_ahead([])
    (True, False, False)
    """
    return bool(following) and (following[0] in FUTURE or following[0] in ARRANGED)


def _refused(word: str, following: list[str], preceding: list[str] | None = None) -> bool:
    """Whether "would not" / "wouldn't" (``word``) is followed by a verb of telling: "would not say"; or "would"
    after a negative subject (``preceding``: the words before it): "Neither side would say".

    >>> _refused("would", ["not", "comment"]), _refused("would", ["not", "be", "held"]), _refused("would", ["comment"])
    (True, False, False)
    >>> _refused("wouldn't", ["say", "when"]), _refused("would", ["say", "when"], ["neither", "side"])
    (True, True)
    """
    negative = word == "would" and any(w in _NEGATIVE_SUBJECTS for w in (preceding or [])[-3:])
    verb = following[1:2] if word == "would" and following[:1] == ["not"] else following[:1] \
        if word != "would" or negative else []
    return bool(verb) and verb[0] in SPEECH


_NEGATIVE_SUBJECTS = frozenset("neither nobody none no nor".split())


# News tells a plan still pending in the present ("is expected", "is to appear"); a plan told in the past ("was
# expected in Beijing on Monday", "was to appear in court on Friday") is one whose time has come: the date is behind
PLANNED = frozenset("expected scheduled slated".split())
# Bare verbs of expectation: after "did (not)" the auxiliary tells the time ("did not expect"); after "do not" they
# still look ahead ("do not expect a vote on Monday")
_BARE_FUTURE = frozenset("expect await intend".split())


def _past_auxiliary(position: float, before: list[str], after: list[str]) -> bool:
    """Whether "did", "didn't" or "did not/never" stands right before the word at ``position``.

    >>> _past_auxiliary(0.0, "they did not expect".split(), []), _past_auxiliary(0.0, "they do not expect".split(), [])
    (True, False)
    """
    previous, _ = neighbours(position, before, after)
    if previous in {"not", "never"}:
        side = before if position == int(position) else after
        index = len(before) - 1 - int(position) if position == int(position) else int(position)
        previous = side[index - 2] if index > 1 else ""
    return previous in {"did", "didn't"}
# Verbs of commitment whose infinitive's event lies ahead of them, as a plan's does ("planned to leave on Thursday")
_PROMISED = frozenset("threatened vowed pledged promised".split())


def _past_plan(position: float, before: list[str]) -> Tense:
    """The tense of a plan told in the past at left ``position``: past, its time has come; but reported speech moves a
    pending plan's present back ("said the envoy was expected on Monday" reports "is expected"): ahead.

    >>> _past_plan(2.0, "the envoy was expected in".split()), _past_plan(2.0, "he said it was expected in".split())
    ('past', 'future')
    """
    index = len(before) - 1 - int(position)
    return "future" if any(w in REPORTING for w in before[:index]) else "past"


def _perfect_infinitive(position: float, before: list[str]) -> bool:
    """Whether "had" at left ``position`` is the perfect of a participle that takes the infinitive after it:
    "had agreed to meet", not the obligation "had to leave".

    >>> _perfect_infinitive(4.0, "they had agreed to meet on".split())
    True
    >>> _perfect_infinitive(3.0, "he had to leave on".split())
    False
    """
    index = len(before) - 1 - int(position)
    following = before[index + 1:index + 3]
    return len(following) == 2 and following[0] != "to" and following[0].endswith("ed") and following[1] == "to"


_LIKELY = [["likely", "to"], ["unlikely", "to"], ["poised", "to"], ["about", "to"]]
_NOT_FINITE = MODALS | frozenset("not n't never to shall".split())


def _decide(word: str, position: float, before: list[str], after: list[str],
            written: tuple[list[str], list[str]]) -> tuple[bool, Tense | None]:
    """Whether the (lower-cased) word at ``position`` decides the tense, and which.

    ``position`` counts words away from the expression: whole numbers on its left, halves on its
    right. ``written`` holds both sides as written, for the tests that need capitals.
    """
    left = position == int(position)
    if word in ARRANGED:
        arranged = arranged_tense(word, position, before, after)
        if arranged is not None:
            return True, arranged  # "is set to open Saturday", "due Monday", "was due Monday"
    if word in PLAN and neighbours(position, before, after)[0] in PREMODIFIERS:
        return _UNDECIDED  # "approve the plan on Wednesday": a noun, no verb
    if word in {"would", "wouldn't"} and _refused(word, neighbours(position, before, after)[1],
                                                  before[:len(before) - 1 - int(position)] if left else []):
        return True, "past"  # "would not say on Monday whether": a refusal the report tells of
    if word in FUTURE:
        # before the participle test: "is scheduled to close Monday"; but "had been due to expire
        # Friday", "had planned": a past perfect puts the plan itself in the past
        if word in _BARE_FUTURE and _past_auxiliary(position, before, after):
            return _UNDECIDED  # "did not expect the vote on Monday": "did" gives the tense
        if word in PLANNED and neighbours(position, before, after)[0] == "as":
            return _UNDECIDED  # "As expected on Monday, rates rose": a comparison with what was expected, no plan
        if word in PLANNED and neighbours(position, before, after)[0] in PAST_BE:
            return True, _past_plan(position, before)  # "The envoy was expected in Beijing on Monday"
        return True, "past" if after_had(position, before) else "future"
    if is_participle(word, position, before, after):
        return _UNDECIDED
    if word in {"is", "are"} and neighbours(position, before, after)[1][:2] in _LIKELY:
        return True, "future"  # "Prices are likely to rise on Monday": a present likelihood of what is to come
    if word in {"is", "are"} and _looks_ahead(neighbours(position, before, after)[1]):
        return _UNDECIDED  # "Tuesday's election is expected to", "is due": the word after "is" tells the time
    if word == "were" and inverted_were(position, written[0]):
        return True, "future"  # "Were the deal to collapse on Friday, markets would fall": a hypothetical ahead
    if word in BE and left and followed_by_to(position, before):
        # "is to resume trading Tuesday"; "The suspect was to appear in court on Friday": see PLANNED
        return True, _past_plan(position, before) if word in PAST_BE else "future"
    if word in _PROMISED and left and followed_by_to(position, before):
        return True, "future"  # "The union threatened to strike on Monday": a threat or a vow is of what is to come
    if word in PLAN and left:
        # "planned to leave on Thursday": the plan's date is ahead of the planning;
        # "planned a rally on Saturday": the date may lie either side of the planning
        return True, "future" if followed_by_to(position, before) or word == "planning" else None
    if word in PLAN and word != "planned" and after[int(position) + 1:int(position) + 2] == ["to"]:
        return True, "future"  # "On Tuesday, the league plans to hold a news conference"
    if word in MODAL_AHEAD and bare_verb_follows(position, *written):
        return True, "future"  # "can take part in the summit in April"
    if word == "could" and neighbours(position, before, after)[1][:1] == ["not"]:
        return True, "past"  # "could not say on Friday", "could not be reached Monday": news tells of a failed try
    if word == "have" and left and participle_follows(position, before, after) \
            and perfect_infinitive(before[:len(before) - 1 - int(position)]):
        return True, "past"  # "claimed to have taken the town on Saturday": done before the claiming
    if (word in PRESENT or word in STATES or word in BARE_TOO) \
            and neighbours(position, before, after)[0] in _NOT_FINITE:
        return _UNDECIDED  # "could not say", "to say", "will cut jobs": a bare verb; its auxiliary gives the tense
    if word in BARE_TOO and neighbours(position, before, after)[0] in PREMODIFIERS:
        return _UNDECIDED  # "a cut on Wednesday", "the hit": a noun
    if word == "had" and left and _perfect_infinitive(position, before) and infinitive_between(position, written[0]):
        return _UNDECIDED  # "had agreed to meet on Friday": the perfect is the agreeing's, the meeting lies after it
    if left and word in MOTION and purpose_of_motion(word, neighbours(position, before, after)[0]) \
            and infinitive_between(position, written[0]):
        return True, "past"  # "The jury retired to consider its verdict on Saturday": the purpose done on arriving
    if is_adjective(word, position, before) or (word not in AUXILIARIES
                                                 and infinitive_between(position, written[0])):
        return _UNDECIDED  # "a still unspecified date"; "agreed to acquire the bank in January"
    tense = word_tense(word)
    if word in HAVE and participle_follows(position, before, after):
        return True, "past"  # "has risen since March", "March has seen": the present perfect tells of the past
    if tense == "past" and left and before[-1] in UNBOUND and not period_ending(before):
        # "extended to Nov. 16", "planned for March": the verb's past is not the date's. A verb after the
        # expression does not govern its "to": in "The talks to Friday were cancelled", "From Nov. 1 to Friday,
        # sales fell" the "to" ends a stretch inside the subject or an opening phrase, which the verb's past dates
        return True, None
    return (True, tense) if tense is not None else _UNDECIDED
