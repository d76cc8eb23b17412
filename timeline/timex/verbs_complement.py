"""What follows a verb, and whose the date is: "to" + a verb (an infinitive, whose own verb the date
may be: "agreed to acquire the bank in January"), "to" + a place ("returns to work"), "due to" + a
cause, a modal's bare verb ("can take"), the date an arrangement word takes ("is set to open
Saturday", "due Monday"), the "to" of an inverted conditional ("Were the deal to collapse").

>>> _destination("returns", "work"), _destination("went", "see")
(True, False)
"""

from __future__ import annotations

import re

from timeline.timex.verbs import DATED, DETERMINERS, NOT_VERBS, PAST_BE, PRESENT_BE, Tense, word_tense, neighbours

# What "due to" is followed by when it gives a cause, not a plan: "due to heavy rain", "due to rising costs"
_CAUSES = frozenset("heavy bad poor high low strong weak lack concerns technical safety security weather rain "
                    "snow fog problems illness health delays".split())
_INFINITIVE_HEAD = re.compile(r"[a-z]+$")


# Verbs of telling: "declined to comment on Monday", "would not say Tuesday" date the telling (or the refusal)
SPEECH = frozenset("say comment confirm discuss elaborate disclose speculate answer reveal specify identify "
                    "give".split())


def infinitive_between(position: float, before: list[str]) -> bool:
    """Whether "to" + a verb stands between a left-side word and the expression (``before`` as written).

    In "agreed to acquire the bank in January" the date belongs to the acquiring,
    which the past of "agreed" does not place; in "declined to comment on Monday" it is the declining's.

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The left words as written, in text order.

    Returns
    -------
    bool
        True when "to" and a verb stand between the word and the expression.

    Examples
    --------
    >>> infinitive_between(0.0, "agreed to acquire the bank in".split())
    False
    >>> infinitive_between(5.0, "agreed to acquire the bank in".split())
    True
    >>> infinitive_between(3.0, "declined to comment on".split())
    False
    >>> infinitive_between(4.0, "Sales dropped to billion in".split())
    False
    """
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    for i in range(index + 1, len(before) - 1):
        following = before[i + 1]
        if before[i].lower() == "to" and _INFINITIVE_HEAD.match(following) and following not in NOT_VERBS \
                and following.lower() not in _AMOUNT_UNITS and not inflected(following) \
                and following.lower() not in SPEECH and not _destination(before[i - 1].lower(), following):
            return True
    return False


# The words of an amount, which the word lists keep when they drop its digits and "$" ("dropped to $4 billion in
# April" is read "dropped to billion in"): after "to" an amount reached, never an infinitive's verb
_AMOUNT_UNITS = frozenset("hundred thousand million billion trillion percent cents pence points".split())


# An -s the bare verb of an infinitive may end in: "to discuss", "to focus", "to bias", "to canvas"
_BARE_S = re.compile(r"(?:ss|us|is|ias|anvas|gas)$")


def inflected(word: str) -> bool:
    """Whether a lower-case ``word`` after "to" ends in the -s of a plural noun or a verb's third person, which the
    bare verb of an infinitive never carries: "fell to rebels", "spoke to reporters" name whom, not a second verb.

    >>> inflected("rebels"), inflected("investors"), inflected("discuss"), inflected("focus"), inflected("meet")
    (True, True, False, False, False)
    """
    return len(word) > 2 and word.endswith("s") and not _BARE_S.search(word)


# A verb of going and the places one goes to: "returns to work", "back to school", "went to court", "rose to power"
# -- "to" + a noun, no infinitive ("went to see", "rose to speak" still are one)
_GOING = frozenset("return returns returned returning back go goes going went gone come comes came coming "
                   "head heads headed heading rise rises rose risen rising sweep sweeps swept sweeping".split())
_PLACES = frozenset("work school court church bed office hospital jail prison college power fame prominence "
                    "victory".split())


def _destination(verb: str, word: str) -> bool:
    """Whether "to" + ``word`` after ``verb`` (lower-cased) is a place gone to, not an infinitive.

    >>> _destination("returns", "work"), _destination("went", "see"), _destination("agreed", "work")
    (True, False, False)
    >>> _destination("rose", "power"), _destination("rose", "speak")
    (True, False)
    """
    return verb in _GOING and word in _PLACES


def bare_verb_follows(position: float, before: list[str], after: list[str]) -> bool:
    """A modal followed by a plain verb ("can take"), not by "have" ("may have met": past).

    A capital "May" inside a sentence is the month: "$18 a share in May from $12 in February".

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    bool
        True when a lower-case plain verb follows the lower-case modal at ``position``.

    Examples
    --------
    >>> bare_verb_follows(2.0, "it can take weeks".split(), []), bare_verb_follows(2.0, "it may have met".split(), [])
    (True, False)
    """
    if position == int(position):
        modal, words = before[len(before) - 1 - int(position)], before[len(before) - int(position):]
    else:
        modal, words = after[int(position)], after[int(position) + 1:]
    return modal.islower() and bool(words) and words[0].lower() not in {"have", "not", "be"} and words[0].islower()


def inverted_were(position: float, written: list[str]) -> bool:
    """Whether the left-side word at ``position`` (``written``: the left words as written) opens an inverted
    conditional: "Were the deal to collapse on Friday, ...", a hypothetical that looks ahead, no past.

    Only a capital "Were" (it opens the sentence) with "to" a few words on: "They were the first to
    arrive" has its subject before "were".

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    written : list of str
        The left words as written, in text order.

    Returns
    -------
    bool
        True for a capital "Were" with "to" a few words on.

    Examples
    --------
    >>> inverted_were(5.0, "Were the deal to collapse on".split())
    True
    >>> inverted_were(6.0, "They were the first to arrive on".split())
    False
    """
    if position != int(position):
        return False
    index = len(written) - 1 - int(position)
    return written[index] == "Were" and "to" in written[index + 2:index + 6]


def arranged_tense(word: str, position: float, before: list[str], after: list[str]) -> Tense | None:
    """The tense an arrangement word gives: "is set to", "is planned for", "due Monday" look ahead.

    Told in the present passive (or, for "due", in an appositive: ", due Friday,") the plan is
    still to be carried out; in the past ("was due Monday") it is the past's.

    Parameters
    ----------
    word : str
        The arrangement word ("set", "planned", "due").
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    str or None
        "past", "present" or "future"; None when the word arranges nothing here.

    Examples
    --------
    >>> arranged_tense("due", 0.0, ["the", "report", "is", "due"], [])
    'future'
    >>> arranged_tense("due", 1.0, ["was", "due", "to"], []), arranged_tense("set", 0.5, [], ["a", "set", "of"])
    ('past', None)
    >>> arranged_tense("due", 1.5, [], ["is", "due", "to", "heavy", "rain"])
    """
    previous, following = neighbours(position, before, after)
    if previous in PAST_BE or previous == "been":
        return "past" if word in DATED else None  # "was due Monday"; "was set for Monday" leaves it to "was"
    if word in DATED:
        if following[:1] == ["to"] and (len(following) < 2 or following[1] in NOT_VERBS or following[1] in _CAUSES
                                        or following[1].endswith(("ing", "s"))):
            return None  # "due to the storm", "due to heavy rain", "due to rising costs": a cause
        # "is due Monday", "are effective Monday"; "due out on Tuesday" right before the date, as in ", due Friday,"
        # or "a new pact effective June 1"; after a verb ("resigned effective Jan. 1") the verb's tense holds
        adjacent = position == int(position) and position <= 2 and word_tense(previous) is None
        return "future" if previous in PRESENT_BE or adjacent else None
    if previous in PRESENT_BE and following[:1] in (["to"], ["for"]):
        return "future"  # "is set to premiere", "is planned for Monday"
    if previous in PRESENT_BE and word != "set" and (following[:1] == ["on"] or position == 1 and following[:1] == ["in"]):
        # "Strikes are planned on Monday and Tuesday", "is forecast in March"; not "is set in 1920" (a story's)
        return "future"
    return None


# What a company publishes on a date set ahead: its results
_RESULTS = frozenset("results earnings figures".split())
_NOT_AN_OBJECT = (NOT_VERBS - DETERMINERS) | {"that"}  # "reports on", "reports that": no object follows


def results_follow(position: float, before: list[str], after: list[str]) -> bool:
    """Whether the verb at ``position`` takes results as its object: "reports results", "posts third-quarter
    earnings", "releases its figures"; not "reports on the results" nor "reports that results".

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.
    after : list of str
        The lower-cased words right of the expression, in text order.

    Returns
    -------
    bool
        True when results, earnings or figures are the verb's object.

    Examples
    --------
    >>> results_follow(5.0, "reports results after the bell on".split(), [])
    True
    >>> results_follow(4.0, "reports third quarter earnings on".split(), [])
    True
    >>> results_follow(4.0, "reports that the results on".split(), [])
    False
    >>> results_follow(2.0, "reports on results".split(), [])
    False
    """
    for word in neighbours(position, before, after)[1][:4]:
        if word in _RESULTS:
            return True
        if word in _NOT_AN_OBJECT or word_tense(word) is not None:
            return False
    return False
