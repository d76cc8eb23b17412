"""With no tense cue near a temporal expression: the tense of the clause its phrase hangs on, read
further away. A phrase that opens its sentence ("In January, a week after the anniversary of the
ruling, a bombing killed...") takes the main verb after it; a participle phrase after a comma ("has
fluctuated, rising to a high in June from $29.75 in March") the verb before the comma.

>>> text = "In January, a week after the anniversary of the ruling, a bombing killed 20."
>>> _governing_tense(text, 3, 10, 8, "In ")
'past'
"""

from __future__ import annotations

from timeline.timex.tense_decide import _scan
from timeline.timex.tense_sides import CHARS_PER_WORD, _WORD, _clause_sides, _own_clause
from timeline.timex.verbs import Tense, _is_cue

_ING_NOUNS = frozenset("spring morning evening nothing something anything everything thing things king "
                       "ring wing string building meeting offering ruling hearing ceiling".split())


def _is_participle_opener(word: str) -> bool:
    """Whether a phrase's first word (as written) is an -ing participle: "rising", "including"."""
    return word.endswith("ing") and len(word) > 4 and word.islower() and word not in _ING_NOUNS


_WIDE = 5  # how many windows away a governing verb may stand


def _governing_tense(text: str, start: int, end: int, window: int, left: str, running: bool = False
                     ) -> Tense | None:
    """With no cue near: the tense of the clause the expression's phrase hangs on, read further away.

    A phrase that opens its sentence ("In January, a week after the anniversary of the ruling, a
    bombing killed...") takes the main verb after it; a participle phrase after a comma ("has
    fluctuated, rising to a high in June from $29.75 in March") the verb before the comma.
    ``left`` is the window's left side; the text further away is read only when needed.
    """
    begins = len(left) < CHARS_PER_WORD * window or len(left) == start  # the sentence starts within the window
    opening = _WORD.findall(left)
    if begins and len(opening) <= _FRONTED:
        return _fronted_tense(text, start, end, window, opening, running)
    return _participle_tense(text, start, end, window, left, begins)


_FRONTED = 4  # words that may open a sentence before a fronted expression: "Late on", "The twin attacks"


def _fronted_tense(text: str, start: int, end: int, window: int, opening: list[str], running: bool = False
                   ) -> Tense | None:
    """The tense of the main verb after a phrase that opens its sentence (``opening``: the words before)."""
    if any(_is_cue(w.lower()) for w in opening):
        return None  # a verb before the expression, which did not decide
    words = _WORD.findall(_clause_sides(text, start, end, _WIDE * window)[1])[:_WIDE * window]
    # a verb right after "that"/"which"/"who" is a relative clause's ("after the storms that closed
    # the ports, trading will resume"), not the main verb
    after = [w for i, w in enumerate(words) if i == 0 or words[i - 1].lower() not in _RELATIVES]
    lowered = [w.lower() for w in after]
    own = _own_clause(lowered)
    return _scan([w.lower() for w in opening], lowered[:own], (opening, after[:own]), running)[1]


_RELATIVES = frozenset("that which who".split())


def _participle_tense(text: str, start: int, end: int, window: int, left: str, begins: bool) -> Tense | None:
    """The tense of the verb before the comma that opens a participle phrase holding the expression."""
    whole = begins  # whether ``left`` is all of the sentence before the expression we will read
    if ", " not in left and not whole:
        left, whole = _clause_sides(text, start, end, _WIDE * window)[0], True  # the phrase opens further back
    comma = left.rfind(", ")
    phrase = _WORD.findall(left[comma:]) if comma >= 0 else []
    if not (phrase and _is_participle_opener(phrase[0])) or any(_is_cue(w.lower()) for w in phrase):
        return None  # not a participle phrase, or one with a verb of its own
    if not whole:
        left = _clause_sides(text, start, end, _WIDE * window)[0]  # the main clause, to its start
    main = _WORD.findall(left[:left.rfind(", ")])  # the nearest cue before the comma is the main verb
    return _scan([w.lower() for w in main], [], (main, []))[1]
