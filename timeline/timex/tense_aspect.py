"""What the verb that dates a temporal expression says beyond its tense: whether it stands right
before the date in the past ("was sentenced on Jan. 10"), is a past perfect ("had met, in 1614")
or looks ahead from a past ("would follow him on 16 October"), as a hypothetical does ("Were the vote
held on Sunday").

Anchoring reads these to choose among a date's readings: a past verb right before its date
places it behind the telling however far; a narrative's past perfect is a flashback.

>>> text = "He was sentenced on Jan. 10."
>>> dated_by_past_verb(text, text.index("Jan"))
True
"""

from __future__ import annotations

import re

from timeline.timex.tense_decide import _PLANNED, _first_cue
from timeline.timex.tense_sides import _WORD, _clause_sides
from timeline.timex.verbs import (_DETERMINERS, _HAVE, _MODALS, _NOT_PARTICIPLES, _NOT_PAST, _PAST, _PAST_BE, _PERFECT,
                                  _PLACING, Tense, _cue, _followed_by_to, _infinitive_between)

# Possessive runs: a letter run always ends before a blank, a blank run before a letter or the end, so giving one
# back never helps; the search backtracks no more. A match that starts inside a word starts one letter earlier too,
# so past the window's first character only a word's start needs trying (_WORD_BEFORE_AT): the same leftmost match.
_WORD_BEFORE = re.compile(r"(?:([A-Za-z]++)[ \t]++)?([A-Za-z]++)[ \t]++(?:on[ \t]++)?$")
_WORD_BEFORE_AT = re.compile(r"(?<![A-Za-z])" + _WORD_BEFORE.pattern)
# Verbs that name a time rather than an event at it: "a letter dated Feb. 24", "set Nov. 10 as the deadline"
_NAMING_A_TIME = _PLANNED | frozenset("dated set planned timed due".split())
# Before the verb, what makes it no past of its own: "has set Nov. 10 as the deadline", "to be completed around Nov. 1"
_NOT_OWN_PAST = _MODALS | _HAVE | frozenset("to be".split())


# An inverted conditional that holds the expression: "Were" opening its clause (a capital, or after a comma), its
# subject (a determiner's noun phrase or a pronoun), then "to" + verb or a participle, and no comma up to the
# expression: "Were the vote held on Sunday, ...", "Markets would fall, were the deal to collapse on Friday". "They were
# the first to arrive" has its subject before "were"; "the talks, which were held" a relative pronoun.
_INVERTED_WERE = re.compile(
    r"(?:(?<![\w,;])Were|[,;][ \t]*[Ww]ere)[ \t]+(?:(?:" + "|".join(sorted(_DETERMINERS | {"such"})) + ")"
    r"(?:[ \t]+[\w'-]+){1,3}?|he|she|it|they|we|you|I)[ \t]+(?:to[ \t]+[a-z]+|[a-z]{2,}ed|held|made|sold|won|lost|"
    r"taken|given|shown|seen|known|done|paid|put|set|cut|hit|kept|left|met|brought|bought|found|built|sent|spent)"
    r"\b[^,;]*$")

def _inverted_conditional(left: str, right: str) -> bool:
    """Whether the clause around an expression (``left`` and ``right`` of it) is an inverted conditional that
    holds it, its main clause a hypothetical ("would", "could", "might"): not a question ("Were the protesters
    arrested on Friday?").

    >>> _inverted_conditional("Markets would fall, were the deal to collapse on ", ".")
    True
    >>> _inverted_conditional("They were the first to arrive on ", ".")
    False
    >>> _inverted_conditional("Were they seen on ", "?")
    False
    """
    if "ere" not in left:  # spares most clauses the patterns
        return False
    m = _INVERTED_WERE.search(left)
    return m is not None and (_HYPOTHETICAL.search(left, 0, m.start()) or _HYPOTHETICAL.search(right)) is not None


_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b|'d\b")


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
    if m is not None and _cue(m[2].lower()) == "past" and (m[1] or "").lower() not in _NOT_OWN_PAST \
            and m[2].lower() not in _NAMING_A_TIME:
        return True
    return _past_verb_places(_WORD.findall(text, max(0, start - 60), start))


# The prepositions that place an event at a day or a holiday ("took place on Thanksgiving", "was heavy over Labor Day
# weekend"), not those of a limit or a span ("extended to", "postponed until", "planned for", "through March"). "in"
# a month is left to the nearer reading: a history read in news mode goes on "and seized the port in March"
# (absolute.tsv)
_PLACING_A_DAY = _PLACING - {"in"}
# Words between a verb and its placing preposition that end the search: an infinitive's "to" ("agreed to a deal in
# December": the deal's date), a clause's start ("said that ..."), a conjunction
_NOT_COMPLEMENT = frozenset("to that which who whom when while if and but or as than because since until by for "
                            "not never".split())

_PARTICLES = frozenset("early late again back down up out off home abroad overnight".split())


def _verb_object(word: str) -> bool:
    """Whether ``word`` can follow a verb but not an adjective: a determiner or an adverb ("opened its doors",
    "closed early"); "preferred shares" has a noun after the -ed form."""
    lowered = word.lower()
    return lowered in _DETERMINERS or lowered in _PARTICLES or lowered.endswith("ly")


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
        tense = _cue(verb)
        if tense is not None and k and verb not in _PAST and not _verb_object(lead[-k]):
            tense = None  # "preferred shares", "closed doors": an -ed form before its noun is an adjective
        if tense is not None:  # the nearest verb decides
            auxiliary = lead[-2 - k].lower() if len(lead) > k + 1 else ""
            return tense == "past" and auxiliary not in _NOT_OWN_PAST and verb not in _NAMING_A_TIME
        if not word.islower() or verb in _NOT_COMPLEMENT:
            return False
    return False


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
    cue, before, after = _own_cue(text, start, end, window)
    # "had agreed to send help in the spring": the date is the sending's, which the past perfect does not place
    return cue is not None and cue[1] == "past" and _in_past_perfect(cue[0], before, after) \
        and not _infinitive_between(cue[0], before)


def present_perfect(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense is a present perfect ("have made", "has risen").

    The present perfect tells a past whose reference time is the telling's now: "Six weeks on,
    police have made no arrests" is six weeks on from an untold start, which is now.

    >>> text = "Six weeks on, police have made no arrests."
    >>> present_perfect(text, 0, 12), present_perfect("Six weeks on, police made no arrests.", 0, 12)
    (True, False)
    """
    cue, before, after = _own_cue(text, start, end, window)
    return cue is not None and cue[1] == "past" and _word_at(cue[0], before, after) in _HAVE


def future_in_past(text: str, start: int, end: int, window: int = 8) -> bool:
    """Whether the verb that gives ``text[start:end]`` its tense looks ahead from a past: "would", "was to".

    A past narrative tells with it what came after its present: "the queen would follow him to
    the guillotine on 16 October".

    >>> text = "The queen would follow him to the guillotine on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    True
    >>> text = "The queen will follow him on 16 October."
    >>> future_in_past(text, text.index("16"), len(text) - 1)
    False
    """
    if _inverted_conditional(*_clause_sides(text, start, end, window)):
        return True  # "Markets would fall, were the deal to collapse on Friday": a time ahead of the telling
    cue, before, after = _own_cue(text, start, end, window)
    if cue is None:
        return False
    word = _word_at(cue[0], before, after)
    if word in _PAST_BE and cue[0] == int(cue[0]):
        # "was to cross the river in May": news reads a plan whose time has come (past), a history its future
        return _followed_by_to(cue[0], before) or cue[1] == "future"
    return cue[1] == "future" and word in _LOOKING_AHEAD


_LOOKING_AHEAD = frozenset("would 'd".split())


def _word_at(position: float, before: list[str], after: list[str]) -> str:
    return before[len(before) - 1 - int(position)] if position == int(position) else after[int(position)]


def _own_cue(text: str, start: int, end: int, window: int
             ) -> tuple[tuple[float, Tense | None] | None, list[str], list[str]]:
    """The deciding cue of the expression's own clause (a relative clause or a new one on the right cut off),
    with the lower-cased words either side.

    A date after its verb with no comma between belongs to that verb: in "forces that had invaded
    Burma in late 1943 besieged the town" the year is the invading's, not the besieging's. Only a
    date set off by commas or opening its clause takes the verb after it.
    """
    left, right = _clause_sides(text, start, end, window)
    right = right[:_NEXT_CLAUSE.search(right + ", and").start()]
    written = _WORD.findall(left)[-window:], _WORD.findall(right)[:window]
    before, after = [w.lower() for w in written[0]], [w.lower() for w in written[1]]
    attached = len(_WORD.findall(left[left.rfind(",") + 1:]))  # the words since the last comma
    if attached:
        cue = _first_cue(before, [], (written[0], []))
        if cue is not None and cue[0] < attached:
            return cue, before, after
    return _first_cue(before, after, written), before, after


# What opens another clause on the right: a relative pronoun ("On 7 June Robespierre, who had
# condemned ...": the "had" is the relative clause's) or a conjunction after a comma
_NEXT_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while|whereas|when)\b|\b(?:who|whom|whose|which)\b")


# Words that may stand between "had" and its participle: "had already met", "had not yet been signed"
_PERFECT_GAP = frozenset("already not never just also long previously recently once first earlier still yet "
                         "been".split())


def _is_past_participle(word: str) -> bool:
    """A (lower-cased) word that can be a past participle: "met", "signed", "taken", "been"."""
    return word in _PAST or word == "been" or (bool(_PERFECT.match(word)) and word not in _NOT_PARTICIPLES
                                               and word not in _NOT_PAST)


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
