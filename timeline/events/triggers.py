"""Event triggers of one sentence: lexicon verbs in a verb group and event nouns.

A light verb ("held a meeting", "the summit will take place") lends its tense
to the event noun it governs and is never an event of its own; an event verb
whose object or subject is an event noun ("imposed tariffs", "the interview
was aired") makes one event with it.

>>> from timeline.events.tokens import tokenize
>>> [(t.lemma, t.tense, t.modality) for t in find_triggers(tokenize("Putin held a brief meeting with Pence."))]
[('meeting', 'past', 'asserted')]
"""

from __future__ import annotations

from typing import Literal

from timeline.events.lexicon import Lexicon, load_lexicon
from timeline.events.tokens import Token
from timeline.events.words import (ADVERBS, BE, DETERMINERS, DO, FUTURE_MODALS, HAVE,
                                   MODALS, NEGATIONS, NEW_OCCURRENCE, PREPOSITIONS, PRONOUNS)
from timeline.models import Frozen, Modality

Tense = Literal["past", "present", "future", "none"]
_AUX = ADVERBS | {"not", "n't", "never"} | BE | HAVE | DO | MODALS | FUTURE_MODALS | {"to", "going", "due"}


_GAP_BLOCKERS = (PREPOSITIONS - {"in", "of"}) | {"that", "and", "which", "who", "but", "following", "prior"}
#: Between a noun and its verb ("the visit to Paris lasted", "a contact with him did take place")
#: a prepositional phrase may stand; a time cue or a new clause may not.
_SUBJECT_BLOCKERS = {"that", "and", "which", "who", "but", "following", "prior", "after", "before",
                     "during", "since", "until", "till", "ahead", "amid"}
_SAY_NOUNS = frozenset({"interview", "statement", "speech", "remarks"})


class Trigger(Frozen):
    """One event found in a sentence (token indexes are into the sentence's tokens)."""

    head: int
    first: int
    last: int
    lemma: str
    cls: Literal["event", "report", "noun"]
    keys: tuple[str, ...]
    shape: Literal["span", "instant"] = "instant"
    tense: Tense = "none"
    modality: Modality = "asserted"
    negated: bool = False
    modal: bool = False
    fresh: bool = False
    verb: int | None = None
    noun: int | None = None


class _Verb(Frozen):
    index: int
    first: int
    lemma: str
    cls: str
    key: str
    tense: Tense
    negated: bool
    modal: bool
    infinitive: bool
    participle: bool = False


def _aux_chain(tokens: list[Token], i: int) -> tuple[int, list[str]]:
    j, words = i - 1, []
    while j >= 0 and tokens[j].text.lower() in _AUX:
        words.append(tokens[j].text.lower())
        if words[-1] == "to" and j > 0 and tokens[j - 1].text.lower() in MODALS | FUTURE_MODALS:
            return j, words  # "a political will to talk": no modal takes "to"; an infinitive
        j -= 1
    return j + 1, words


def _tense(form: str, aux: list[str]) -> Tense | None:
    """The tense of a verb form after its auxiliaries, None when it is no finite verb here."""
    if any(a in FUTURE_MODALS for a in aux) or "going" in aux or ("to" in aux and "be" in aux):
        return "future"
    if any(a in MODALS for a in aux):
        return "future"
    if form in {"past", "pastpart", "part"}:
        if any(a in {"is", "are", "am"} for a in aux):
            return "present"
        if form == "part" and not (set(aux) & (BE | HAVE)):
            return None
        return "past"
    if form == "ing":
        if any(a in {"was", "were"} for a in aux):
            return "past"
        return "present" if set(aux) & BE else None
    if form == "base":
        if set(aux) & {"did"}:
            return "past"
        if set(aux) & {"do", "does"}:
            return "present"
        return "future" if "to" in aux else None
    return "present"  # -s form


def _verb_at(tokens: list[Token], i: int, lex: Lexicon) -> _Verb | None:
    token = tokens[i]
    form = lex.verb(token.text)
    if form is None or (token.capitalised and i > 0):
        return None
    if i == 0 and form.form == "s" and lex.noun(token.lower) is not None:
        return None  # "Protests erupted": a sentence-initial plural noun
    first, aux = _aux_chain(tokens, i)
    before = tokens[first - 1] if first > 0 else None
    after_det = before is not None and (before.lower in DETERMINERS or before.text.endswith(("'s", "’s")))
    if after_det and not aux:
        return None  # "the so-called", "the meeting": not a verb here
    if form.form in {"s", "base"} and not aux and before is not None and before.lower in PREPOSITIONS:
        return None  # "language of sanctions"
    tense = _tense(form.form, aux)
    if tense is None and form.form == "base" and (i == 0 or (before and before.lower in PRONOUNS)):
        tense = "present"
    if tense is None and form.form == "ing" and before is not None and before.text == ",":
        # ", introducing duties", ", adding that": a participle clause telling more of the main event
        return _Verb(index=i, first=i, lemma=form.lemma, cls=form.cls, key=form.key, tense="none",
                     negated=False, modal=False, infinitive=False, participle=True)
    if tense is None:
        return None
    infinitive = "to" in aux and not (set(aux) & (FUTURE_MODALS | MODALS))
    return _Verb(index=i, first=first, lemma=form.lemma, cls=form.cls, key=form.key, tense=tense,
                 negated=bool(set(aux) & NEGATIONS) or "cannot" in aux,
                 modal=bool(set(aux) & MODALS), infinitive=infinitive)


def _nouns(tokens: list[Token], taken: set[int], lex: Lexicon) -> list[int]:
    found = []
    for i, token in enumerate(tokens):
        if i in taken or lex.noun(token.lower) is None or (token.capitalised and i > 0):
            continue  # a capitalised noun mid-sentence is part of a name ("the INF Treaty")
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and lex.noun(following.lower) and following.lower != token.lower:
            continue  # "election campaign": the last noun is the head
        found.append(i)
    return found


def _gap_ok(tokens: list[Token], lo: int, hi: int, limit: int, blockers: set[int],
            comma: bool = False) -> bool:
    if hi - lo - 1 > limit or any(lo < k < hi for k in blockers):
        return False
    words = {t.lower for t in tokens[lo + 1:hi]}
    allowed = {"$", "-"} | ({","} if comma else set())
    blockers = _SUBJECT_BLOCKERS if comma else _GAP_BLOCKERS
    return not words & (blockers | {t.text for t in tokens[lo + 1:hi] if not t.is_word} - allowed)


def _fuse(tokens: list[Token], verbs: list[_Verb], nouns: list[int]) -> dict[int, int]:
    """Noun index -> verb index for nouns that are a verb's object or subject."""
    fused: dict[int, int] = {}
    used: set[int] = set()
    heads = set(nouns) | {v.index for v in verbs}
    for verb in verbs:
        others = heads - {verb.index}
        objects = [n for n in nouns if n > verb.index and n not in fused
                   and _gap_ok(tokens, verb.index, n, _object_gap(verb), others)
                   and not (verb.cls == "report" and any(t.capitalised for t in tokens[verb.index + 1:n]))]
        subjects = [n for n in nouns if n < verb.first and n not in fused
                    and _gap_ok(tokens, n, verb.first, 5, others, comma=True)
                    and not _new_subject(tokens, n, verb.first)]
        if verb.infinitive and verb.cls != "light":
            objects, subjects = [], []  # "trying to interfere in the elections": the noun stands alone
        if verb.cls == "report":
            objects = objects or _said_in(tokens, verb.index, nouns, fused)
        choice = objects[:1] or subjects[-1:]
        if choice and verb.index not in used:
            fused[choice[0]] = verb.index
            used.add(verb.index)
    return fused


def _new_subject(tokens: list[Token], lo: int, hi: int) -> bool:
    """A name after a comma between a noun and a verb is the verb's own subject
    ("Four days after the referendum, Prime Minister Castillo will meet")."""
    return any(tokens[k].text == "," and tokens[k + 1].capitalised for k in range(lo + 1, hi - 1))


def _said_in(tokens: list[Token], i: int, nouns: list[int], fused: dict[int, int]) -> list[int]:
    """"told CNN in an interview": the interview is the telling itself."""
    return [n for n in nouns if i < n <= i + 6 and n not in fused and tokens[n].lower in _SAY_NOUNS
            and tokens[n - 2].lower == "in"]


def _object_gap(verb: _Verb) -> int:
    """How many words may stand between a verb and its event-noun object."""
    return 2 if verb.cls == "report" else 6


def _noun_negated(tokens: list[Token], i: int) -> bool:
    return any(t.lower in {"no", "without", "nor", "none"} for t in tokens[max(0, i - 3):i])


def _fresh(tokens: list[Token], i: int) -> bool:
    near = tokens[max(0, i - 3):i + 3]
    return any(t.lower in NEW_OCCURRENCE for t in near)


def find_triggers(tokens: list[Token], lexicon: Lexicon | None = None) -> list[Trigger]:
    """The events of one sentence's tokens, in text order (without modality from context).

    ``modality`` here says only what the trigger's own words say (negation,
    modal, future); :func:`timeline.events.modality.apply_context` adds quotes,
    conditionals and reported speech.

    >>> from timeline.events.tokens import tokenize
    >>> [(t.lemma, t.cls, t.tense) for t in find_triggers(tokenize("The US imposed new tariffs."))]
    [('impose', 'event', 'past')]
    """
    lex = lexicon or load_lexicon()
    verbs = [v for i in range(len(tokens)) if (v := _verb_at(tokens, i, lex)) is not None]
    finite = {v.index for v in verbs}
    verbs = [v for v in verbs if not (v.index - 1 in finite and lex.noun(tokens[v.index].lower)
                                      and lex.verb(tokens[v.index].text).form in {"s", "base"})]
    # "announced sanctions": an -s form right after a verb is its object, a noun
    nouns = _nouns(tokens, {v.index for v in verbs}, lex)
    fused = _fuse(tokens, verbs, nouns)
    by_verb = {v: n for n, v in fused.items()}
    triggers = []
    for verb in verbs:
        noun = by_verb.get(verb.index)
        if verb.participle or (noun is None and (verb.cls == "light" or verb.infinitive)):
            continue
        triggers.append(_verb_trigger(tokens, verb, noun, lex))
    for noun in nouns:
        if noun not in fused:
            triggers.append(_noun_trigger(tokens, noun, lex))
    return sorted(triggers, key=lambda t: t.head)


def _modality(negated: bool, modal: bool, tense: Tense) -> Modality:
    if negated:
        return "negated"
    if modal:
        return "hypothetical"
    return "future" if tense == "future" else "asserted"


def _verb_trigger(tokens: list[Token], verb: _Verb, noun: int | None, lex: Lexicon) -> Trigger:
    keys: tuple[str, ...] = () if verb.cls == "light" else (verb.key,)
    shape, lemma, cls = "instant", verb.lemma, verb.cls
    negated = verb.negated
    if noun is not None:
        entry = lex.noun(tokens[noun].lower)
        keys = tuple(dict.fromkeys(keys + (entry.key,)))
        shape, negated = entry.shape, negated or _noun_negated(tokens, noun)
        if verb.cls == "light":
            lemma, cls = entry.lemma, "noun"
    span = sorted(x for x in (verb.first, verb.index, noun) if x is not None)
    return Trigger(head=noun if noun is not None and cls == "noun" else verb.index,
                   first=span[0], last=span[-1], lemma=lemma, cls=cls, keys=keys, shape=shape,
                   tense=verb.tense, modality=_modality(negated, verb.modal, verb.tense),
                   negated=negated, modal=verb.modal,
                   fresh=_fresh(tokens, noun if noun is not None else verb.index),
                   verb=verb.index, noun=noun)


def _noun_trigger(tokens: list[Token], i: int, lex: Lexicon) -> Trigger:
    entry = lex.noun(tokens[i].lower)
    negated = _noun_negated(tokens, i)
    return Trigger(head=i, first=i, last=i, lemma=entry.lemma, cls="noun", keys=(entry.key,),
                   shape=entry.shape, tense="none", modality="negated" if negated else "asserted",
                   negated=negated, fresh=_fresh(tokens, i), noun=i)
