"""The words that tell a clause's tense, what one word says alone, and where a word stands.

The word lists and the one-word cue (:func:`word_tense`) that :mod:`timeline.timex.tense` reads a clause
with, the verbs of saying (:data:`SAYING`) each saying cue takes its part of, and the positions
the tests count in (left-side words whole, right-side halves). What a word is in its place is
read beside: a past form that is no past tense in :mod:`timeline.timex.verbs_participle`, the
complement after a verb (an infinitive, a modal's verb, an arrangement's date) in
:mod:`timeline.timex.verbs_complement`, a plural subject before one in
:mod:`timeline.timex.verbs_subject`; limits and stretches ("until", "through") in
:mod:`timeline.timex.tense_limits`.

>>> word_tense("announced"), word_tense("will"), word_tense("speed")
('past', 'future', None)
"""

from __future__ import annotations

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


# The part each cue reads. Every verb of saying but for the shape a cue needs: the attribution also takes the present
# ("officials say", ", he adds"); the saying before a date has no "told", which takes its object first ("told
# reporters Tuesday", matched apart). They differed by accident as each cue was written (reported speech had no
# "warned" nor "explained", the attribution no "warned", the saying before a date no "noted", "wrote" nor
# "explained"); made whole in session 8, each tested by a sentence in tests/timex/test_session8_tense.py
_SAYING_VERBS = tuple(verb.bare for verb in SAYING)
# Reported speech moves a plan's present back ("said the envoy was expected on Monday"): tense_decide
REPORTING = frozenset(saying_forms("past", _SAYING_VERBS))
# The attribution that closes a sentence after the expression (", officials said."): tense
ATTRIBUTING = saying_forms("past", _SAYING_VERBS) + saying_forms("third", ("say", "add")) + ("say",)
# A verb of saying right before a dated expression ("said on Saturday"): tense_sides
SAYING_BEFORE = saying_forms("past", tuple(verb for verb in _SAYING_VERBS if verb != "tell")) \
    + saying_forms("third", ("say",))
# What a person does and a month cannot, after "May" ("until May said"): absolute's person verbs, which say so too
_BY_PERSON_VERBS = ("say", "tell", "announce", "warn")
BY_PERSON = saying_forms("past", _BY_PERSON_VERBS) + saying_forms("third", _BY_PERSON_VERBS)

FUTURE = frozenset("will 'll shall won't wo gonna would 'd upcoming scheduled expected must should "
                    "expects expect intends intend aims slated expire expires expiring payable await awaits".split())
PAST = frozenset("was were had did said told went came met began saw took made gave got held left won lost fell "
                  "rose struck brought sold found became thought knew grew led ran spoke wrote sent bought "
                  "sought caught taught built spent kept felt meant heard stood understood drove rode broke "
                  "chose stole woke sank sang rang drank ate fled bled fed shook threw flew drew withdrew "
                  "overthrew forgot hung swung stuck dug hid bit lit sat laid lay slid wore tore swore "
                  "fought hit put cut paid shot killed announced reported ago been set couldn't didn't wasn't weren't "
                  "died shut quit cast spread agreed freed decreed guaranteed disagreed upheld withheld froze forbade "
                  "forgave overtook undertook dealt wept swept slept clung spun sprang shrank strove arose awoke "
                  # short -ed forms the -ed test leaves out (four letters): "Two days later he sued"
                  "sued".split())
# Past forms that are also the bare verb: after a modal, "to" or "not" they are the bare verb ("will cut jobs")
BARE_TOO = frozenset("hit put cut set shut quit cast spread let hurt".split())
PRESENT = frozenset("is are am has have does do says say".split())
# Verbs of state whose present tells the telling's now: "A decade on, the scars remain", "the town stays quiet",
# "the victims still wait"
STATES = frozenset("remain remains stay stays seem seems wait waits".split())
# The simple present of a verb of schedule tells a plan in news prose: "He returns to work on Monday",
# "The trial begins Monday"; a past event is told in the past there (headlines aside)
SCHEDULED = frozenset("begins starts opens closes ends resumes returns arrives departs meets appears plays "
                       "travels expires takes faces hosts runs continues reopens leaves".split())
# Their plural present ("The new rules take effect Monday", "Lawmakers return on Tuesday") tells a plan as well in
# running text, after a plural subject; a headline's plural present tells the past ("Rebels take key town on Monday").
# Things that go or change on a set day ("Tickets go on sale on Monday", "Sunday trading laws change on Monday") and
# industrial action, announced ahead ("Train drivers walk out on Monday", "Rail workers strike on Tuesday")
SCHEDULED_PLURAL = frozenset("begin start open close end resume return arrive depart meet appear play travel take "
                              "face host run continue vote leave reopen convene reconvene gather hold sign visit "
                              "testify debate decide launch unveil celebrate mark attend compete go change strike "
                              "walk".split())
# Verbs of publishing: with the results a company publishes as their object, their present tells a date on the
# calendar, as a verb of schedule's does ("The chipmaker reports results on Monday", "Banks post earnings on
# Friday"); with any other ("the paper reports that", "press releases") they are no cue
PUBLISHING = frozenset("reports posts releases publishes announces".split())
PUBLISHING_PLURAL = frozenset("report post release publish announce".split())
_PLURAL_PRONOUNS = frozenset("they we you i police people".split())
# Words in -s that are no plural subject: "this", "news", adverbs ("always", "sometimes"), verbs' -s forms
_NOT_PLURAL = frozenset("this his its was is has does us yes plus less news always sometimes perhaps afterwards "
                        "towards nevertheless thus whereas".split())
NOT_PAST = frozenset("need feed seed speed bed red shed weed deed breed bleed indeed hundred "
                      "united based related limited proposed alleged".split())

PAST_BE = frozenset("was were".split())
BE = frozenset("is are".split()) | PAST_BE
BE_FORMS = frozenset("be been being".split())  # the forms of "be" with no tense of their own
PLAN = frozenset("plan plans planned planning".split())
MODAL_AHEAD = frozenset("can may might could".split())
MODALS = MODAL_AHEAD | frozenset("would will should must".split())
DATED = frozenset("due effective".split())  # adjectives that take a date: "due Friday", "effective Monday"
# A plan told in the present passive looks ahead: "is set to open Saturday", "is planned for Monday", "is due Monday";
# so does a forecast ("Snow is forecast for Tuesday night", "is predicted to peak on Monday"), of what is to come
ARRANGED = DATED | frozenset("set planned forecast predicted".split())
PRESENT_BE = frozenset("is are am 's be".split())
DETERMINERS = frozenset("a an the its their his her our this that these those".split())
PREMODIFIERS = DETERMINERS | frozenset("still as so newly previously recently already once long".split())
# Not the head of an infinitive: "to" + determiner, or + preposition where a number was ("rose to $18 in May")
NOT_VERBS = DETERMINERS | frozenset("be in on at of for from by with about than as into over under per".split())
# Every word _decide reads anything from, but for -ed forms; the rest are skipped unread.
CUE_WORDS = FUTURE | PAST | PRESENT | STATES | BE | PLAN | MODAL_AHEAD | ARRANGED | SCHEDULED
_VERB_CUES = CUE_WORDS - MODAL_AHEAD
# The prepositions that place an event at a time ("began on Oct. 1")
PLACING = frozenset("on in at during over".split())
HAVE = frozenset("has have".split())


def followed_by_to(position: float, before: list[str]) -> bool:
    """Whether the left-side word at ``position`` is followed by "to".

    Parameters
    ----------
    position : float
        Where the word stands: a whole number counts back from the expression on the left side (0 is the
        nearest word), a number and a half counts forward on the right side.
    before : list of str
        The lower-cased words left of the expression, in text order.

    Returns
    -------
    bool
        True when the next word in text order is "to".

    Examples
    --------
    >>> followed_by_to(3.0, "he agreed to meet on".split()), followed_by_to(2.0, "he agreed to meet on".split())
    (True, False)
    """
    index = len(before) - 1 - int(position)
    return index + 1 < len(before) and before[index + 1] == "to"


def neighbours(position: float, before: list[str], after: list[str]) -> tuple[str, list[str]]:
    """The word before the one at ``position`` and the words after it on its side of the expression.

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
    tuple of (str, list of str)
        The word before ("" at the clause's start) and the words after, in text order.

    Examples
    --------
    >>> neighbours(1.0, ["it", "is", "due", "on"], ["and", "more"])
    ('is', ['on'])
    """
    if position == int(position):
        index = len(before) - 1 - int(position)
        return (before[index - 1] if index > 0 else ""), before[index + 1:]
    index = int(position)
    return (after[index - 1] if index > 0 else ""), after[index + 1:]


def words_before(position: float, before: list[str], after: list[str]) -> list[str]:
    """The words before the one at ``position`` on its side of the expression, in text order.

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
    list of str
        The words, nearest last.

    Examples
    --------
    >>> words_before(1.0, ["markets", "in", "tokyo", "open", "on"], []), words_before(1.5, [], ["they", "meet"])
    (['markets', 'in', 'tokyo'], ['they'])
    """
    if position == int(position):
        return before[:len(before) - 1 - int(position)]
    return after[:int(position)]


def plural_subject(word: str) -> bool:
    """Whether a (lower-cased) word before a verb can be its plural subject: "rules", "lawmakers", "they".

    Parameters
    ----------
    word : str
        One lower-cased word.

    Returns
    -------
    bool
        True for a plural noun or a plural pronoun.

    Examples
    --------
    >>> plural_subject("lawmakers"), plural_subject("they"), plural_subject("to"), plural_subject("this")
    (True, True, False, False)
    """
    if word in _PLURAL_PRONOUNS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word.isalpha() and word not in _NOT_PLURAL


def word_tense(word: str) -> Tense | None:
    """The tense a (lower-cased) word says alone: a word of a list, or an -ed form.

    Parameters
    ----------
    word : str
        One lower-cased word.

    Returns
    -------
    str or None
        "past", "present" or "future"; None when the word says none.

    Examples
    --------
    >>> word_tense("will"), word_tense("rose"), word_tense("talked"), word_tense("table")
    ('future', 'past', 'past', None)
    """
    if word in FUTURE or word in SCHEDULED:
        return "future"
    if word in PAST:
        return "past"
    if word in PRESENT or word in STATES:
        return "present"
    if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST and not word.endswith("eed"):
        return "past"
    return None


def is_cue(word: str) -> bool:
    """Whether a (lower-cased) word is a verb with a tense: not "may", which is as often the month.

    Parameters
    ----------
    word : str
        One lower-cased word.

    Returns
    -------
    bool
        True for a verb of the cue lists or one :func:`word_tense` reads.

    Examples
    --------
    >>> is_cue("said"), is_cue("may")
    (True, False)
    """
    return word in _VERB_CUES or word_tense(word) is not None
