"""Whether the words before a bare present verb end with its plural subject: "The new rules take
effect Monday", "Lawmakers return on Tuesday", "the Senate and the House return".

A verb of schedule's plural present tells a plan in running text, after a plural subject
(:mod:`timeline.timex.tense_decide`).

>>> has_plural_subject("the new rules".split())
True
"""

from __future__ import annotations

from timeline.timex.verbs import BE, NOT_VERBS, PREMODIFIERS, word_tense, plural_subject

# A phrase after the plural head that the verb's subject ends with: "markets in Tokyo", "flights to Christmas Island",
# "tickets for the final", "talks with the union"
_PHRASE_PREPOSITIONS = frozenset("in of at from across around to for with".split())


def has_plural_subject(words: list[str]) -> bool:
    """Whether the words before a bare present verb end with its plural subject: a plural ("lawmakers"), a
    plural head before a phrase of place ("markets in Tokyo"), or two nouns joined by "and" ("the Senate and
    the House").

    Parameters
    ----------
    words : list of str
        The lower-cased words before the verb, in text order.

    Returns
    -------
    bool
        True when they end with a plural subject.

    Examples
    --------
    >>> has_plural_subject("markets in tokyo".split()), has_plural_subject("the senate and the house".split())
    (True, True)
    >>> has_plural_subject("flights to christmas island".split()), has_plural_subject("he agreed with officials to".split())
    (True, False)
    >>> has_plural_subject("the first".split()), has_plural_subject("after the vote and the".split())
    (False, False)
    >>> has_plural_subject("prices fell and the house".split()), has_plural_subject("the visit in tokyo".split())
    (False, False)
    """
    if not words:
        return False
    if plural_subject(words[-1]):
        return True
    last = words[-1]
    if last in NOT_VERBS or last in PREMODIFIERS or not last.isalpha():
        return False  # "the vote on Monday and the return": a determiner before the word makes it a noun
    near = words[-5:]
    if any(word_tense(w) is not None or w in BE for w in near):
        return False  # a verb of its own between: "prices fell and the House return" is no one subject
    for i, word in enumerate(near[:-1]):
        if word in _PHRASE_PREPOSITIONS and i > 0 and plural_subject(near[i - 1]):
            return True  # "markets in Tokyo open"
        if word == "and" and i > 0 and near[i - 1].isalpha() and near[i - 1] not in NOT_VERBS \
                and near[i - 1] not in PREMODIFIERS:
            return True  # "the Senate and the House return", "Smith and Jones meet"
    return False
