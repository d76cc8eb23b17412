"""A past form that is no past tense where it stands: a participle after "be" or "to" ("to be held"),
an adjective before a noun ("a still unspecified date"), or the participle of a perfect ("has risen").

:mod:`timeline.timex.tense_decide` asks these before it lets an -ed form or an irregular past
say "past".

>>> _is_participle("held", 0.0, ["to", "be", "held"], [])
True
"""

from __future__ import annotations

import re

from timeline.timex.verbs import _BE_FORMS, _PAST, _PAST_BE, _PLACING, _PREMODIFIERS, _STATES

# Stems of the reversative un- verbs: un- undoes a covering, fastening or holding ("unveil", "unlock", "unearth");
# "unveiled" is that verb's past, not the "not veiled" of "unspecified" (un- + a participle: not specified)
_REVERSIBLE = frozenset("veil leash cover lock fold seal earth load pack wrap roll tie plug zip button buckle chain "
                        "mask screw bolt hook tangle ravel furl burden horse seat cork clog clasp hitch fasten "
                        "shackle freeze block jam knot pin lace".split())


def _un_adjective(word: str) -> bool:
    """Whether an -ed word is un- + a participle, an adjective ("unspecified", "undisclosed", "unnamed"), not
    the past of a reversative un- verb ("unveiled", "unleashed", "unearthed") nor an under- verb ("undermined").

    >>> _un_adjective("unspecified"), _un_adjective("unexpected"), _un_adjective("unveiled")
    (True, True, False)
    >>> _un_adjective("unleashed"), _un_adjective("underscored"), _un_adjective("unfolded"), _un_adjective("used")
    (False, False, False, False)
    """
    if not (word.startswith("un") and word.endswith("ed") and len(word) > 6) or word.startswith("under"):
        return False
    stem = word[2:-2]
    return not any(stem in (verb, verb[:-1], verb + verb[-1]) for verb in _REVERSIBLE)


def _is_adjective(word: str, position: float, before: list[str]) -> bool:
    """An -ed form that modifies a noun: after a determiner or degree word, or an un- adjective."""
    if not word.endswith("ed"):
        return False
    if _un_adjective(word):  # unspecified, undisclosed, unnamed
        return True
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    if index + 1 < len(before) and before[index + 1] in _PREPOSITIONS:
        return False  # "the season that opened on Sept. 1": a relative clause's verb; an adjective takes a noun
    return index > 0 and before[index - 1] in _PREMODIFIERS


# The prepositions that place an event at a time, and those that also bound one ("since")
_PREPOSITIONS = _PLACING | frozenset("since until till by".split())


_AUXILIARIES = _PAST_BE | frozenset("had did been".split())
# After these a past form is a participle or an adjective: "to be held", "survivors remain scarred"
_PASSIVE_HEADS = _BE_FORMS | frozenset("is are to".split()) | _STATES


def _is_participle(word: str, position: float, before: list[str], after: list[str]) -> bool:
    """A past form after "be"/"to" ("must be returned", "to be held") is a participle, not a past tense."""
    if not (word.endswith("ed") or word in _PAST) or word in _AUXILIARIES:
        return False
    if position == int(position):  # left side: index counts back from the expression
        index = len(before) - 1 - int(position)
        previous = before[index - 1] if index > 0 else ""
    else:
        index = int(position)
        previous = after[index - 1] if index > 0 else ""
    return previous in _PASSIVE_HEADS


_PERFECT = re.compile(r"[a-z]{3,}(?:ed|en|wn)$")
_NOT_PARTICIPLES = frozenset("often seven eleven women children citizen golden garden kitchen listen happen "
                             "open even given".split())


def _participle_follows(position: float, before: list[str], after: list[str]) -> bool:
    """Whether the word after "has"/"have" is a past participle: "has risen", "have grown", "has been"."""
    if position == int(position):
        index = len(before) - int(position)
        following = before[index] if index < len(before) else (after[0] if after else "")
    else:
        following = after[int(position) + 1] if int(position) + 1 < len(after) else ""
    return following in _PAST or (bool(_PERFECT.match(following)) and following not in _NOT_PARTICIPLES)


def _after_had(position: float, before: list[str]) -> bool:
    """Whether "had" stands at most four words before the left-side word at ``position``."""
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    return "had" in before[max(0, index - 4):index]
