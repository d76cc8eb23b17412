"""What stands between a past verb and the preposition that places its date: its object, a place, whom a thing
passed to or where it went ("handed power to generals on", "opened offices in London in", "rose to power in").

:mod:`timeline.timex.tense_dated` reads a past verb's date across these words; the tests here tell a verb from the
adjective it is spelled as ("the company opened offices", not "redeem preferred shares") and a "to" of whom or where
from an infinitive's or a deal's ("fell to rebels", not "agreed to a deal").

>>> without_place("The summit took place in Osaka".split())
['The', 'summit', 'took', 'place']
"""

from __future__ import annotations

from timeline.timex.verbs import DETERMINERS, MODALS, REPORTING, word_tense

# Words between a verb and its placing preposition that end the search: an infinitive's "to" ("agreed to a deal in
# December": the deal's date), a clause's start ("said that ..."), a conjunction
NOT_COMPLEMENT = frozenset("to that which who whom when while if and but or as than because since until by for "
                           "not never".split())

PARTICLES = frozenset("early late again back down up out off home abroad overnight".split())


def verb_object(word: str) -> bool:
    """Whether ``word`` can follow a verb but not an adjective: a determiner or an adverb ("opened its doors",
    "closed early"); "preferred shares" has a noun after the -ed form."""
    lowered = word.lower()
    return lowered in DETERMINERS or lowered in PARTICLES or lowered.endswith("ly")


# Past verbs whose "to" names whom a thing passed to or who was told, or where it went, never the time or the event:
# "fell to rebels", "lost to the champions", "sold to investors", "spoke to reporters", "rose to power", "moved to
# Paris" ("agreed to a deal in December": the deal's date); the verb's object may stand before the "to" ("handed power
# to generals", "sold the unit to investors")
TO_WHOM_VERBS = frozenset("fell lost sold spoke talked wrote handed surrendered gave sent passed transferred "
                           "rose came swept returned moved went climbed jumped dropped slipped surged soared rallied "
                           "sank plunged tumbled slid flew travelled traveled".split())


def to_whom(lead: list[str], k: int) -> bool:
    """Whether ``lead[-1 - k]`` is "to" after a verb of :data:`TO_WHOM_VERBS`, at most its one-word object between.

    >>> to_whom("The town fell to rebels".split(), 1), to_whom("It agreed to talks".split(), 1)
    (True, False)
    >>> to_whom("It handed power to generals".split(), 1), to_whom("It agreed a deal to".split(), 0)
    (True, False)
    """
    if len(lead) <= k + 1 or lead[-1 - k] != "to":
        return False
    verb = lead[-2 - k].lower()
    if verb in TO_WHOM_VERBS:
        return True
    # "handed power to", "sold the unit to": one object word, or an article and its noun
    for gap in (1, 2):
        if len(lead) > k + 1 + gap and lead[-2 - k - gap].lower() in TO_WHOM_VERBS \
                and all(w.islower() and w not in NOT_COMPLEMENT for w in lead[-1 - k - gap:-1 - k]):
            return True
    return False


def any_to_whom(lead: list[str]) -> bool:
    """Whether one of the last four words of ``lead`` is a "to" of whom or where (:func:`to_whom`).

    >>> any_to_whom("The government handed power to generals".split()), any_to_whom("He agreed to talks".split())
    (True, False)
    """
    return any(to_whom(lead, k) for k in range(4))


_AT_A_PLACE = frozenset("in at near outside".split())
# "moved to Paris in December", "lost to Nadal on March 12": "to" before a name only (never a time: "moved to March")
_TO_A_PLACE = frozenset("to from".split())
_ARTICLES = frozenset("the a an".split())


def without_place(words: list[str]) -> list[str]:
    """``words`` without the places and the named occasion at their end (:func:`_without_one_place`, then
    :func:`_without_occasion`, each as often as one ends them: "met Xi at the G20 summit in Buenos Aires").

    >>> without_place("The talks began on the sidelines of the G20 summit".split())
    ['The', 'talks', 'began']
    >>> without_place("Trump met Xi at the G20 summit in Buenos Aires".split())
    ['Trump', 'met', 'Xi']
    >>> without_place("The talks began ahead of the G20 summit".split())
    ['The', 'talks', 'began', 'ahead', 'of', 'the', 'G20', 'summit']
    """
    for _ in range(3):
        shorter = _without_occasion(_without_one_place(words))
        if len(shorter) == len(words):
            return words
        words = shorter
    return words


# Prepositions that set an event at an occasion it happened at, whose date is then the event's ("met at the G20
# summit on Nov. 30"); not those of a time before or a purpose ("ahead of", "before", "for the summit on Nov. 30",
# which may still be ahead when the past verb held)
_AT_AN_OCCASION = frozenset("at during".split())
# "on the sidelines of the G20 summit": the occasion's edge, as "at" it
_EDGES = frozenset("sidelines margins fringes fringe".split())


def _without_occasion(words: list[str]) -> list[str]:
    """``words`` without an occasion at their end: "at" or "during" (or "on the sidelines of"), "the", at most
    three words of its name (capitalised or a number) and its one lower-case noun: "at the G20 summit", "during the
    Paris talks", "on the sidelines of the UN General Assembly meeting", "on the sidelines of the summit".

    >>> _without_occasion("Leaders met at the G20 summit".split())
    ['Leaders', 'met']
    >>> _without_occasion("He spoke during the talks".split())
    ['He', 'spoke']
    >>> _without_occasion("It fell ahead of the G20 summit".split())
    ['It', 'fell', 'ahead', 'of', 'the', 'G20', 'summit']
    """
    if len(words) < 5 or not words[-1].isalpha() or not words[-1].islower() or words[-1] in DETERMINERS \
            or word_tense(words[-1]) is not None:
        return words
    for size in (0, 1, 2, 3):
        at = len(words) - size - 3  # the preposition's place before "the", the name and the noun
        if at < 1 or words[at + 1] != "the" or not all(w[:1].isupper() or w[:1].isdigit() for w in words[at + 2:-1]):
            continue
        if words[at] in _AT_AN_OCCASION:
            return words[:at]
        if words[at] == "of" and at >= 3 and words[at - 1] in _EDGES and words[at - 3:at - 1] == ["on", "the"]:
            return words[:at - 3]
    return words


def _without_one_place(words: list[str]) -> list[str]:
    """``words`` without the place named at their end ("took place in Osaka", "met at Camp David"): a lower-case
    preposition and one or two capitalised words, which belong to no verb's complement count.

    >>> without_place("The summit took place in Osaka".split()), without_place("He said. In Paris".split())
    (['The', 'summit', 'took', 'place'], ['He', 'said.', 'In', 'Paris'])
    >>> without_place("Leaders met at Camp David".split())
    ['Leaders', 'met']
    >>> without_place("He died in hospital".split()), without_place("It opened at the Louvre".split())
    (['He', 'died'], ['It', 'opened'])
    >>> without_place("She moved to Paris".split()), without_place("He rose to power".split())
    (['She', 'moved'], ['He', 'rose', 'to', 'power'])
    """
    for size in (2, 3, 4, 5):
        tail = words[-size:]
        if len(words) <= size or tail[0] not in _AT_A_PLACE | _TO_A_PLACE:
            continue
        named = tail[1:] if tail[1] != "the" or size == 2 else tail[2:]  # "at the Louvre": the article is the name's
        if all(w[:1].isupper() for w in named) and size - len(named) - 1 < 2 and len(named) < 4:
            return words[:-size]
        # a lower-case setting, one noun with at most an article: "died in hospital", "at home", "killed in a crash"
        if tail[0] in _AT_A_PLACE and size - 1 - (tail[1] in _ARTICLES) == 1 and tail[-1].isalpha() \
                and tail[-1].islower() and tail[-1] not in DETERMINERS:
            return words[:-size]
    return words


_NOT_A_SUBJECT = DETERMINERS | frozenset("to of in on at for from by with behind into than as".split())


def after_subject(lead: list[str], k: int) -> bool:
    """Whether the -ed form ``lead[-1 - k]`` follows its subject, so is a verb: a pronoun, a name or a noun after
    its determiner ("The company opened offices"), not "redeem preferred shares", "behind closed doors".

    >>> after_subject("The company opened offices".split(), 1), after_subject("will redeem preferred shares".split(), 1)
    (True, False)
    >>> after_subject("behind closed doors".split(), 1), after_subject("He opened offices".split(), 1)
    (False, True)
    >>> after_subject("it will redeem Series H preferred shares".split(), 1)
    False
    """
    if len(lead) < k + 2 or any(w.lower() in MODALS or word_tense(w.lower()) is not None for w in lead[:-1 - k]):
        return False  # "said it will redeem Series H preferred shares": the clause's verb stands before the -ed form
    before = lead[-2 - k]
    low = before.lower()
    if not before.isalpha() or low in _NOT_A_SUBJECT or word_tense(low) is not None or low in MODALS:
        return False
    if low in _PRONOUNS or before[:1].isupper():
        return True  # "He opened", "Apple opened"
    return len(lead) > k + 2 and lead[-3 - k].lower() in DETERMINERS  # "the company opened"


_PRONOUNS = frozenset("he she it they we i you who".split())


def named_object(lead: list[str], k: int) -> bool:
    """Whether the capitalised ``lead[-1 - k]`` is the object named right after a past verb ("met Putin on the
    sidelines of the summit on", "beat Arsenal at Wembley on"), not a saying's subject ("said Congress on").

    >>> named_object("Trump met Putin".split(), 0), named_object("He said Congress".split(), 0)
    (True, False)
    >>> named_object("Trump will meet Putin".split(), 0)
    False
    """
    if len(lead) < k + 2:
        return False
    verb = lead[-2 - k]
    return verb.islower() and word_tense(verb) == "past" and verb not in REPORTING


# Forms that are only past participles, which word_tense leaves without a tense: after a past auxiliary or "last" they
# tell a time gone by ("was born in Ohio in December", "levels last seen on March 12"; "will be seen", "is taken" not)
PARTICIPLES_ONLY = frozenset("born seen taken given shown written known spoken chosen stolen broken".split())
_PAST_AUXILIARY = frozenset("was were had last".split())


def participle_tense(lead: list[str], k: int) -> str | None:
    """"past" when the participle ``lead[-1 - k]`` follows a past auxiliary or "last", else None.

    >>> participle_tense("He was born".split(), 0), participle_tense("It will be seen".split(), 0)
    ('past', None)
    """
    return "past" if len(lead) > k + 1 and lead[-2 - k].lower() in _PAST_AUXILIARY else None
