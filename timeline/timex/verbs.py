"""What one word is in the clause around a temporal expression: a tense cue, a participle, an
adjective, the head of an infinitive. The word lists and tests that :mod:`timeline.timex.tense`
reads a clause with (those of limits and stretches, "until", "through", are in
:mod:`timeline.timex.tense_limits`).

>>> _cue("announced"), _cue("will"), _cue("speed")
('past', 'future', None)
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

Tense = Literal["past", "present", "future"]


class Saying(NamedTuple):
    """A verb of saying in the forms a clause shows it in."""

    bare: str  # the infinitive, also the plural present: "officials say"
    past: str  # "said"
    third: str  # the third person present: "says"


# Verbs of saying: the one list every saying cue of the tense reading takes its part of
SAYING = (Saying("say", "said", "says"), Saying("tell", "told", "tells"), Saying("announce", "announced", "announces"),
          Saying("report", "reported", "reports"), Saying("add", "added", "adds"), Saying("state", "stated", "states"),
          Saying("note", "noted", "notes"), Saying("write", "wrote", "writes"),
          Saying("explain", "explained", "explains"), Saying("confirm", "confirmed", "confirms"),
          Saying("warn", "warned", "warns"))


def saying_forms(form: str, verbs: tuple[str, ...]) -> tuple[str, ...]:
    """The ``form`` ("bare", "past" or "third") of each verb of :data:`SAYING` named (by its bare form) in ``verbs``.

    >>> saying_forms("past", ("say", "write")), saying_forms("third", ("add",))
    (('said', 'wrote'), ('adds',))
    """
    by_bare = {verb.bare: verb for verb in SAYING}
    return tuple(getattr(by_bare[bare], form) for bare in verbs)


# The part each cue reads. They differ as each cue was written, and are kept so (every reading identical): reported
# speech has no "explained" nor "warned", the attribution no "warned", the saying before a date no "noted", "wrote"
# nor "explained"
# Reported speech moves a plan's present back ("said the envoy was expected on Monday"): tense_decide
_REPORTING_VERBS = ("say", "tell", "announce", "report", "add", "state", "write", "note", "confirm")
REPORTING = frozenset(saying_forms("past", _REPORTING_VERBS))
# The attribution that closes a sentence after the expression (", officials said."): tense
ATTRIBUTING = saying_forms("past", _REPORTING_VERBS + ("explain",)) + saying_forms("third", ("say", "add")) + ("say",)
# A verb of saying right before a dated expression ("said on Saturday"); "told" takes its object first ("told
# reporters Tuesday"), so it is not among these: tense_sides
SAYING_BEFORE = saying_forms("past", ("say", "announce", "report", "state", "add", "warn", "confirm")) \
    + saying_forms("third", ("say",))
# What a person does and a month cannot, after "May" ("until May said"): absolute's person verbs, which say so too
_BY_PERSON_VERBS = ("say", "tell", "announce", "warn")
BY_PERSON = saying_forms("past", _BY_PERSON_VERBS) + saying_forms("third", _BY_PERSON_VERBS)

_FUTURE = frozenset("will 'll shall won't wo gonna would 'd upcoming scheduled expected must should "
                    "expects expect intends intend aims slated expire expires expiring payable await awaits".split())
_PAST = frozenset("was were had did said told went came met began saw took made gave got held left won lost fell "
                  "rose struck brought sold found became thought knew grew led ran spoke wrote sent bought "
                  "sought caught taught built spent kept felt meant heard stood understood drove rode broke "
                  "chose stole woke sank sang rang drank ate fled bled fed shook threw flew drew withdrew "
                  "overthrew forgot hung swung stuck dug hid bit lit sat laid lay slid wore tore swore "
                  "fought hit put cut paid shot killed announced reported ago been set couldn't didn't wasn't weren't "
                  "died shut quit cast spread".split())
# Past forms that are also the bare verb: after a modal, "to" or "not" they are the bare verb ("will cut jobs")
_BARE_TOO = frozenset("hit put cut set shut quit cast spread let hurt".split())
_PRESENT = frozenset("is are am has have does do says say".split())
# Verbs of state whose present tells the telling's now: "A decade on, the scars remain", "the town stays quiet",
# "the victims still wait"
_STATES = frozenset("remain remains stay stays seem seems wait waits".split())
# The simple present of a verb of schedule tells a plan in news prose: "He returns to work on Monday",
# "The trial begins Monday"; a past event is told in the past there (headlines aside)
_SCHEDULED = frozenset("begins starts opens closes ends resumes returns arrives departs meets appears plays "
                       "travels expires takes faces hosts runs continues".split())
# Their plural present ("The new rules take effect Monday", "Lawmakers return on Tuesday") tells a plan as well in
# running text, after a plural subject; a headline's plural present tells the past ("Rebels take key town on Monday")
_SCHEDULED_PLURAL = frozenset("begin start open close end resume return arrive depart meet appear play travel take "
                              "face host run continue vote leave reopen convene reconvene gather hold sign visit "
                              "testify debate decide launch unveil celebrate mark attend compete".split())
_PLURAL_PRONOUNS = frozenset("they we you i police people".split())
# Words in -s that are no plural subject: "this", "news", adverbs ("always", "sometimes"), verbs' -s forms
_NOT_PLURAL = frozenset("this his its was is has does us yes plus less news always sometimes perhaps afterwards "
                        "towards nevertheless thus whereas".split())
_NOT_PAST = frozenset("need feed seed speed bed red shed weed deed breed bleed indeed hundred "
                      "united based related limited proposed alleged".split())

_PAST_BE = frozenset("was were".split())
_BE = frozenset("is are".split()) | _PAST_BE
_BE_FORMS = frozenset("be been being".split())  # the forms of "be" with no tense of their own
_PLAN = frozenset("plan plans planned planning".split())
_MODAL_AHEAD = frozenset("can may might could".split())
_MODALS = _MODAL_AHEAD | frozenset("would will should must".split())
_DATED = frozenset("due effective".split())  # adjectives that take a date: "due Friday", "effective Monday"
# A plan told in the present passive looks ahead: "is set to open Saturday", "is planned for Monday", "is due Monday"
_ARRANGED = _DATED | frozenset("set planned".split())
_PRESENT_BE = frozenset("is are am 's be".split())
# What "due to" is followed by when it gives a cause, not a plan: "due to heavy rain", "due to rising costs"
_CAUSES = frozenset("heavy bad poor high low strong weak lack concerns technical safety security weather rain "
                    "snow fog problems illness health delays".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
_PREMODIFIERS = _DETERMINERS | frozenset("still as so newly previously recently already once long".split())
_INFINITIVE_HEAD = re.compile(r"[a-z]+$")
# Not the head of an infinitive: "to" + determiner, or + preposition where a number was ("rose to $18 in May")
_NOT_VERBS = _DETERMINERS | frozenset("be in on at of for from by with about than as into over under per".split())
# Every word _decide reads anything from, but for -ed forms; the rest are skipped unread.
_CUE_WORDS = _FUTURE | _PAST | _PRESENT | _STATES | _BE | _PLAN | _MODAL_AHEAD | _ARRANGED | _SCHEDULED
_VERB_CUES = _CUE_WORDS - _MODAL_AHEAD


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


# The prepositions that place an event at a time ("began on Oct. 1"), and those that also bound one ("since")
_PLACING = frozenset("on in at during over".split())
_PREPOSITIONS = _PLACING | frozenset("since until till by".split())


# Verbs of telling: "declined to comment on Monday", "would not say Tuesday" date the telling (or the refusal)
_SPEECH = frozenset("say comment confirm discuss elaborate disclose speculate answer reveal specify identify "
                    "give".split())


def _infinitive_between(position: float, before: list[str]) -> bool:
    """Whether "to" + a verb stands between a left-side word and the expression (``before`` as written).

    In "agreed to acquire the bank in January" the date belongs to the acquiring,
    which the past of "agreed" does not place; in "declined to comment on Monday" it is the declining's.

    >>> _infinitive_between(0.0, "agreed to acquire the bank in".split())
    False
    >>> _infinitive_between(5.0, "agreed to acquire the bank in".split())
    True
    >>> _infinitive_between(3.0, "declined to comment on".split())
    False
    """
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    for i in range(index + 1, len(before) - 1):
        following = before[i + 1]
        if before[i].lower() == "to" and _INFINITIVE_HEAD.match(following) and following not in _NOT_VERBS \
                and following.lower() not in _SPEECH and not _destination(before[i - 1].lower(), following):
            return True
    return False


# A verb of going and the places one goes to: "returns to work", "back to school", "went to court" -- "to" + a
# noun, no infinitive ("went to see" still is one)
_GOING = frozenset("return returns returned returning back go goes going went gone come comes came coming "
                   "head heads headed heading".split())
_PLACES = frozenset("work school court church bed office hospital jail prison college".split())


def _destination(verb: str, word: str) -> bool:
    """Whether "to" + ``word`` after ``verb`` (lower-cased) is a place gone to, not an infinitive.

    >>> _destination("returns", "work"), _destination("went", "see"), _destination("agreed", "work")
    (True, False, False)
    """
    return verb in _GOING and word in _PLACES


def _bare_verb_follows(position: float, before: list[str], after: list[str]) -> bool:
    """A modal followed by a plain verb ("can take"), not by "have" ("may have met": past).

    A capital "May" inside a sentence is the month: "$18 a share in May from $12 in February".
    """
    if position == int(position):
        modal, words = before[len(before) - 1 - int(position)], before[len(before) - int(position):]
    else:
        modal, words = after[int(position)], after[int(position) + 1:]
    return modal.islower() and bool(words) and words[0].lower() not in {"have", "not", "be"} and words[0].islower()


def _inverted_were(position: float, written: list[str]) -> bool:
    """Whether the left-side word at ``position`` (``written``: the left words as written) opens an inverted
    conditional: "Were the deal to collapse on Friday, ...", a hypothetical that looks ahead, no past.

    Only a capital "Were" (it opens the sentence) with "to" a few words on: "They were the first to
    arrive" has its subject before "were".

    >>> _inverted_were(5.0, "Were the deal to collapse on".split())
    True
    >>> _inverted_were(6.0, "They were the first to arrive on".split())
    False
    """
    if position != int(position):
        return False
    index = len(written) - 1 - int(position)
    return written[index] == "Were" and "to" in written[index + 2:index + 6]


def _after_had(position: float, before: list[str]) -> bool:
    """Whether "had" stands at most four words before the left-side word at ``position``."""
    if position != int(position):
        return False
    index = len(before) - 1 - int(position)
    return "had" in before[max(0, index - 4):index]


def _followed_by_to(position: float, before: list[str]) -> bool:
    """Whether the left-side word at ``position`` (counted back from the expression) is followed by "to"."""
    index = len(before) - 1 - int(position)
    return index + 1 < len(before) and before[index + 1] == "to"


def _neighbours(position: float, before: list[str], after: list[str]) -> tuple[str, list[str]]:
    """The word before the one at ``position`` (in text order, "" at the clause's start) and the words after it
    on its side of the expression.

    >>> _neighbours(1.0, ["it", "is", "due", "on"], ["and", "more"])
    ('is', ['on'])
    """
    if position == int(position):
        index = len(before) - 1 - int(position)
        return (before[index - 1] if index > 0 else ""), before[index + 1:]
    index = int(position)
    return (after[index - 1] if index > 0 else ""), after[index + 1:]


def _arranged(word: str, position: float, before: list[str], after: list[str]) -> Tense | None:
    """The tense an arrangement word gives: "is set to", "is planned for", "due Monday" look ahead.

    Told in the present passive (or, for "due", in an appositive: ", due Friday,") the plan is
    still to be carried out; in the past ("was due Monday") it is the past's.

    >>> _arranged("due", 0.0, ["the", "report", "is", "due"], [])
    'future'
    >>> _arranged("due", 1.0, ["was", "due", "to"], []), _arranged("set", 0.5, [], ["a", "set", "of"])
    ('past', None)
    >>> _arranged("due", 1.5, [], ["is", "due", "to", "heavy", "rain"])
    """
    previous, following = _neighbours(position, before, after)
    if previous in _PAST_BE or previous == "been":
        return "past" if word in _DATED else None  # "was due Monday"; "was set for Monday" leaves it to "was"
    if word in _DATED:
        if following[:1] == ["to"] and (len(following) < 2 or following[1] in _NOT_VERBS or following[1] in _CAUSES
                                        or following[1].endswith(("ing", "s"))):
            return None  # "due to the storm", "due to heavy rain", "due to rising costs": a cause
        # "is due Monday", "are effective Monday"; "due out on Tuesday" right before the date, as in ", due Friday,"
        # or "a new pact effective June 1"; after a verb ("resigned effective Jan. 1") the verb's tense holds
        adjacent = position == int(position) and position <= 2 and _cue(previous) is None
        return "future" if previous in _PRESENT_BE or adjacent else None
    if previous in _PRESENT_BE and following[:1] in (["to"], ["for"]):
        return "future"  # "is set to premiere", "is planned for Monday"
    return None


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


_HAVE = frozenset("has have".split())
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



def _plural_subject(word: str) -> bool:
    """Whether a (lower-cased) word before a verb can be its plural subject: "rules", "lawmakers", "they".

    >>> _plural_subject("lawmakers"), _plural_subject("they"), _plural_subject("to"), _plural_subject("this")
    (True, True, False, False)
    """
    if word in _PLURAL_PRONOUNS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word.isalpha() and word not in _NOT_PLURAL


_PHRASE_PREPOSITIONS = frozenset("in of at from across around".split())


def _words_before(position: float, before: list[str], after: list[str]) -> list[str]:
    """The words before the one at ``position`` on its side of the expression, in text order.

    >>> _words_before(1.0, ["markets", "in", "tokyo", "open", "on"], []), _words_before(1.5, [], ["they", "meet"])
    (['markets', 'in', 'tokyo'], ['they'])
    """
    if position == int(position):
        return before[:len(before) - 1 - int(position)]
    return after[:int(position)]


def _has_plural_subject(words: list[str]) -> bool:
    """Whether the words before a bare present verb end with its plural subject: a plural ("lawmakers"), a
    plural head before a phrase of place ("markets in Tokyo"), or two nouns joined by "and" ("the Senate and
    the House").

    >>> _has_plural_subject("markets in tokyo".split()), _has_plural_subject("the senate and the house".split())
    (True, True)
    >>> _has_plural_subject("the first".split()), _has_plural_subject("after the vote and the".split())
    (False, False)
    >>> _has_plural_subject("prices fell and the house".split()), _has_plural_subject("the visit in tokyo".split())
    (False, False)
    """
    if not words:
        return False
    if _plural_subject(words[-1]):
        return True
    last = words[-1]
    if last in _NOT_VERBS or last in _PREMODIFIERS or not last.isalpha():
        return False  # "the vote on Monday and the return": a determiner before the word makes it a noun
    near = words[-5:]
    if any(_cue(w) is not None or w in _BE for w in near):
        return False  # a verb of its own between: "prices fell and the House return" is no one subject
    for i, word in enumerate(near[:-1]):
        if word in _PHRASE_PREPOSITIONS and i > 0 and _plural_subject(near[i - 1]):
            return True  # "markets in Tokyo open"
        if word == "and" and i > 0 and near[i - 1].isalpha() and near[i - 1] not in _NOT_VERBS \
                and near[i - 1] not in _PREMODIFIERS:
            return True  # "the Senate and the House return", "Smith and Jones meet"
    return False


def _cue(word: str) -> Tense | None:
    if word in _FUTURE or word in _SCHEDULED:
        return "future"
    if word in _PAST:
        return "past"
    if word in _PRESENT or word in _STATES:
        return "present"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST and not word.endswith("eed"):
        return "past"
    return None
