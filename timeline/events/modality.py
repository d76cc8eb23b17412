"""Modality from the sentence around a trigger: quotes, conditionals, reported speech.

Order of precedence (the first that holds wins): the trigger's own negation or
modal verb, a conditional clause ("if", "unless", "whether"), a quotation, the
future tense, reported speech (the complement of a reporting verb outside
quotes), else asserted.

>>> from timeline.events.tokens import tokenize
>>> from timeline.events.triggers import find_triggers
>>> toks = tokenize('Peskov said Putin met Pence.')
>>> [t.modality for t in apply_context(toks, find_triggers(toks), [])]
['asserted', 'reported']
"""

from __future__ import annotations

import bisect

from timeline.events.tokens import Token, segments
from timeline.events.triggers import Trigger
from timeline.events.words import CONDITIONALS

#: Modalities whose events are not dated as facts: no constraint at all.
UNDATED = frozenset({"negated", "conditional", "hypothetical"})


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``offset`` is inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _conditional(tokens: list[Token], seg: list[int], i: int) -> bool:
    """True when the trigger's clause, or the clause before it in an "if ..., ..." pair, is a condition."""
    own = [t.lower for t, s in zip(tokens, seg) if s == seg[i]]
    if set(own) & CONDITIONALS:
        return True
    before = [t.lower for t, s in zip(tokens, seg) if s == seg[i] - 1]
    return bool(before) and before[0] in CONDITIONALS | {","} and bool(set(before) & CONDITIONALS)


def apply_context(tokens: list[Token], triggers: list[Trigger],
                  quotes: list[tuple[int, int]]) -> list[Trigger]:
    """The triggers with the modality their sentence gives them.

    >>> from timeline.events.tokens import tokenize
    >>> from timeline.events.triggers import find_triggers
    >>> toks = tokenize('If Putin visits Paris, they will sign a treaty.')
    >>> [t.modality for t in apply_context(toks, find_triggers(toks), [])]
    ['conditional', 'conditional']
    """
    seg = segments(tokens)
    speakers = [t for t in triggers if t.cls == "report" and t.modality == "asserted"
                and not _inside(tokens[t.head].start, quotes)]
    out = []
    for trig in triggers:
        modality = trig.modality
        quoted = _inside(tokens[trig.head].start, quotes)
        if modality in UNDATED:
            pass
        elif _conditional(tokens, seg, trig.head):
            modality = "conditional"
        elif quoted:
            modality = "quoted"
        elif modality == "future":
            pass
        elif any(s.head != trig.head for s in speakers) and trig not in speakers:
            modality = "reported"
        out.append(trig.model_copy(update={"modality": modality}))
    return out
