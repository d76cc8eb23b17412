"""What the verb that dates a temporal expression says beyond its tense: whether it is a past perfect
("had met, in 1614"), a present perfect ("police have made no arrests") or looks ahead from a past
("would follow him on 16 October"), as a hypothetical does ("Were the vote held on Sunday").
(Whether a past verb stands right before the date is :mod:`timeline.timex.tense_dated`'s.)

A narrative's past perfect is a flashback, its future in the past a flash-forward.

>>> text = "The last time they had met, in 1614, each estate held one vote."
>>> past_perfect(text, text.index("1614"), text.index("1614") + 4)
True
"""

from __future__ import annotations

import re

from timeline.timex.tense_decide import first_cue
from timeline.timex.tense_sides import clause_sides, words_of
from timeline.timex.verbs import DETERMINERS, HAVE, NOT_PAST, PAST, PAST_BE, Tense, followed_by_to
from timeline.timex.verbs_complement import infinitive_between
from timeline.timex.verbs_participle import NOT_PARTICIPLES, PERFECT


# An inverted conditional that holds the expression: "Were" opening its clause (a capital, or after a comma), its
# subject (a determiner's noun phrase or a pronoun), then "to" + verb or a participle, and no comma up to the
# expression: "Were the vote held on Sunday, ...", "Markets would fall, were the deal to collapse on Friday". "They were
# the first to arrive" has its subject before "were"; "the talks, which were held" a relative pronoun.
_INVERTED_WERE = re.compile(
    r"(?:(?<![\w,;])Were|[,;][ \t]*[Ww]ere)[ \t]+(?:(?:" + "|".join(sorted(DETERMINERS | {"such"})) + ")"
    r"(?:[ \t]+[\w'-]+){1,3}?|he|she|it|they|we|you|I)[ \t]+(?:to[ \t]+[a-z]+|[a-z]{2,}ed|held|made|sold|won|lost|"
    r"taken|given|shown|seen|known|done|paid|put|set|cut|hit|kept|left|met|brought|bought|found|built|sent|spent)"
    r"\b[^,;]*$")


def inverted_conditional(left: str, right: str) -> bool:
    """Whether the clause around an expression (``left`` and ``right`` of it) is an inverted conditional that
    holds it, its main clause a hypothetical ("would", "could", "might"): not a question ("Were the protesters
    arrested on Friday?").

    Parameters
    ----------
    left, right : str
        The text of the clause left and right of the expression.

    Returns
    -------
    bool
        True for an inverted conditional whose main clause is hypothetical.

    Examples
    --------
    >>> inverted_conditional("Markets would fall, were the deal to collapse on ", ".")
    True
    >>> inverted_conditional("They were the first to arrive on ", ".")
    False
    >>> inverted_conditional("Were they seen on ", "?")
    False
    """
    if "ere" not in left:  # spares most clauses the patterns
        return False
    m = _INVERTED_WERE.search(left)
    return m is not None and (_HYPOTHETICAL.search(left, 0, m.start()) or _HYPOTHETICAL.search(right)) is not None


_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b|'d\b")


class OwnClause:
    """The clause whose verb dates an expression, read once for every aspect test that asks of it.

    Each test needs the clause's sides and the deciding cue of the expression's own clause; a
    narrative asks two of most mentions (:func:`past_perfect` for a flashback,
    :func:`future_in_past` for a flash-forward), and one object per mention reads them once, when
    first asked. ``sides``: the clause's sides if the caller has read them with the same window.

    >>> text = "The queen would follow him to the guillotine on 16 October."
    >>> clause = OwnClause(text, text.index("16"), len(text) - 1)
    >>> clause.future_in_past(), clause.past_perfect(), clause.present_perfect()
    (True, False, False)
    """

    __slots__ = ("_text", "_start", "_end", "_window", "_sides", "_own")

    def __init__(self, text: str, start: int, end: int, window: int = 8, sides: tuple[str, str] | None = None) -> None:
        self._text, self._start, self._end, self._window, self._sides = text, start, end, window, sides
        self._own: tuple[tuple[float, Tense | None] | None, list[str], list[str]] | None = None

    def sides(self) -> tuple[str, str]:
        """The text either side of the expression, cut at its clause's ends (read once)."""
        if self._sides is None:
            self._sides = clause_sides(self._text, self._start, self._end, self._window)
        return self._sides

    def _cue(self) -> tuple[tuple[float, Tense | None] | None, list[str], list[str]]:
        if self._own is None:
            self._own = _own_cue(*self.sides(), self._window)
        return self._own

    def past_perfect(self) -> bool:
        """Whether the verb that gives the expression its tense is a past perfect (:func:`past_perfect`)."""
        cue, before, after = self._cue()
        # "had agreed to send help in the spring": the date is the sending's, which the past perfect does not place
        return cue is not None and cue[1] == "past" and _in_past_perfect(cue[0], before, after) \
            and not infinitive_between(cue[0], before)

    def present_perfect(self) -> bool:
        """Whether the verb that gives the expression its tense is a present perfect (:func:`present_perfect`)."""
        cue, before, after = self._cue()
        return cue is not None and cue[1] == "past" and _word_at(cue[0], before, after) in HAVE

    def future_in_past(self) -> bool:
        """Whether the verb that gives the expression its tense looks ahead from a past (:func:`future_in_past`)."""
        if inverted_conditional(*self.sides()):
            return True  # "Markets would fall, were the deal to collapse on Friday": a time ahead of the telling
        cue, before, after = self._cue()
        if cue is None:
            return False
        word = _word_at(cue[0], before, after)
        if word in PAST_BE and cue[0] == int(cue[0]):
            # "was to cross the river in May": news reads a plan whose time has come (past), a history its future
            return followed_by_to(cue[0], before) or cue[1] == "future"
        return cue[1] == "future" and word in _LOOKING_AHEAD


def past_perfect(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense is a past perfect ("had met", "had been signed").

    The past perfect tells of a time before the one a past narrative is at: in "the last time the
    Estates-General had met, in 1614, each estate held one vote" the year is a flashback.

    >>> text = "The last time they had met, in 1614, each estate held one vote."
    >>> past_perfect(text, text.index("1614"), text.index("1614") + 4)
    True
    >>> past_perfect("They met in 1614.", 13, 17)
    False
    """
    return OwnClause(text, start, end, window).past_perfect()


def present_perfect(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense is a present perfect ("have made", "has risen").

    The present perfect tells a past whose reference time is the telling's now: "Six weeks on,
    police have made no arrests" is six weeks on from an untold start, which is now.

    >>> text = "Six weeks on, police have made no arrests."
    >>> present_perfect(text, 0, 12), present_perfect("Six weeks on, police made no arrests.", 0, 12)
    (True, False)
    """
    return OwnClause(text, start, end, window).present_perfect()


def future_in_past(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense looks ahead from a past: "would", "was to".

    A past narrative tells with it what came after its present: "the queen would follow him to
    the guillotine on 16 October". The clause's sides are read once (they were read twice: for the
    inverted conditional, then for the cue).

    >>> text = "The queen would follow him to the guillotine on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    True
    >>> text = "The queen will follow him on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    False
    """
    return OwnClause(text, start, end, window).future_in_past()


_LOOKING_AHEAD = frozenset("would 'd".split())


def _word_at(position: float, before: list[str], after: list[str]) -> str:
    return before[len(before) - 1 - int(position)] if position == int(position) else after[int(position)]


def _own_cue(left: str, right: str, window: int) -> tuple[tuple[float, Tense | None] | None, list[str], list[str]]:
    """The deciding cue of the expression's own clause (a relative clause or a new one on the right cut off), with
    the lower-cased words either side (``left`` and ``right``: the clause's sides).

    A date after its verb with no comma between belongs to that verb: in "forces that had invaded
    Burma in late 1943 besieged the town" the year is the invading's, not the besieging's. Only a
    date set off by commas or opening its clause takes the verb after it.
    """
    right = right[:_NEXT_CLAUSE.search(right + ", and").start()]
    written = words_of(left)[-window:], words_of(right)[:window]
    before, after = [w.lower() for w in written[0]], [w.lower() for w in written[1]]
    attached = len(words_of(left[left.rfind(",") + 1:]))  # the words since the last comma
    if attached:
        cue = first_cue(before, [], (written[0], []))
        if cue is not None and cue[0] < attached:
            return cue, before, after
    return first_cue(before, after, written), before, after


# What opens another clause on the right: a relative pronoun ("On 7 June Robespierre, who had
# condemned ...": the "had" is the relative clause's) or a conjunction after a comma
_NEXT_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while|whereas|when)\b|\b(?:who|whom|whose|which)\b")


# Words that may stand between "had" and its participle: "had already met", "had not yet been signed"
_PERFECT_GAP = frozenset("already not never just also long previously recently once first earlier still yet "
                         "been".split())


def _is_past_participle(word: str) -> bool:
    """A (lower-cased) word that can be a past participle: "met", "signed", "taken", "been"."""
    return word in PAST or word == "been" or (bool(PERFECT.match(word)) and word not in NOT_PARTICIPLES
                                               and word not in NOT_PAST)


def _in_past_perfect(position: float, before: list[str], after: list[str]) -> bool:
    """Whether the cue at ``position`` (as :mod:`timeline.timex.tense_decide` counts) is part of a past perfect.

    Either "had" followed by a participle ("had met", "had already been signed") or a participle
    with "had" before it; "had" alone is the past of "have" ("they had one vote").

    >>> _in_past_perfect(0.0, ["they", "had", "met"], [])
    True
    >>> _in_past_perfect(0.5, [], ["they", "had", "one", "vote"])
    False
    """
    words = before + after  # in text order, the expression between the two sides
    index = len(before) - 1 - int(position) if position == int(position) else len(before) + int(position)
    if words[index] == "had":
        following = [w for w in words[index + 1:index + 4] if w not in _PERFECT_GAP - {"been"}]
        return bool(following) and _is_past_participle(following[0])
    if not _is_past_participle(words[index]):
        return False
    for word in reversed(words[max(0, index - 3):index]):
        if word == "had":
            return True
        if word not in _PERFECT_GAP:
            return False
    return False
