"""With no tense cue near a temporal expression: the tense of the clause its phrase hangs on, read
further away. A phrase that opens its sentence ("In January, a week after the anniversary of the
ruling, a bombing killed...") takes the main verb after it; a participle phrase after a comma ("has
fluctuated, rising to a high in June from $29.75 in March") the verb before the comma.

>>> text = "In January, a week after the anniversary of the ruling, a bombing killed 20."
>>> governing_tense(text, 3, 10, 8, "In ")
'past'
"""

from __future__ import annotations

from timeline.timex.tense_decide import scan_cues
from timeline.timex.tense_sides import CHARS_PER_WORD, clause_sides, own_clause, side_words, words_of
from timeline.timex.verbs import Tense, is_cue

_ING_NOUNS = frozenset("spring morning evening nothing something anything everything thing things king "
                       "ring wing string building meeting offering ruling hearing ceiling".split())


def _is_participle_opener(word: str) -> bool:
    """Whether a phrase's first word (as written) is an -ing participle: "rising", "including"."""
    return word.endswith("ing") and len(word) > 4 and word.islower() and word not in _ING_NOUNS


_WIDE = 5  # how many windows away a governing verb may stand


def governing_tense(text: str, start: int, end: int, window: int, left: str, running: bool = False
                     ) -> Tense | None:
    """With no cue near: the tense of the clause the expression's phrase hangs on, read further away.

    A phrase that opens its sentence ("In January, a week after the anniversary of the ruling, a
    bombing killed...") takes the main verb after it; a participle phrase after a comma ("has
    fluctuated, rising to a high in June from $29.75 in March") the verb before the comma.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The expression's span.
    window : int
        The window the cues were looked for in, in words.
    left : str
        The window's left side; the text further away is read only when needed.
    running : bool, optional
        The clause is running text, no headline: a verb of schedule's plural present is a cue too.

    Returns
    -------
    str or None
        "past", "present" or "future"; None when no governing verb is found.

    Examples
    --------
    >>> text = "In January, a week after the ruling, a bombing killed ten."
    >>> governing_tense(text, 3, 10, 8, "In ")
    'past'
    """
    begins = len(left) < CHARS_PER_WORD * window or len(left) == start  # the sentence starts within the window
    opening = words_of(left)
    if begins and len(opening) <= _FRONTED:
        return _fronted_tense(text, start, end, window, opening, running)
    return _participle_tense(text, start, end, window, left, begins)


_FRONTED = 4  # words that may open a sentence before a fronted expression: "Late on", "The twin attacks"


def _fronted_tense(text: str, start: int, end: int, window: int, opening: list[str], running: bool = False
                   ) -> Tense | None:
    """The tense of the main verb after a phrase that opens its sentence (``opening``: the words before)."""
    if any(is_cue(w.lower()) for w in opening):
        return None  # a verb before the expression, which did not decide
    words = words_of(clause_sides(text, start, end, _WIDE * window)[1])[:_WIDE * window]
    # a verb right after "that"/"which"/"who" is a relative clause's ("after the storms that closed
    # the ports, trading will resume"), not the main verb
    after = [w for i, w in enumerate(words) if i == 0 or words[i - 1].lower() not in _RELATIVES]
    lowered = [w.lower() for w in after]
    own = own_clause(lowered)
    return scan_cues([w.lower() for w in opening], lowered[:own], (opening, after[:own]), running)[1]


_RELATIVES = frozenset("that which who".split())


def _participle_tense(text: str, start: int, end: int, window: int, left: str, begins: bool) -> Tense | None:
    """The tense of the verb before the comma that opens a participle phrase holding the expression."""
    whole = begins  # whether ``left`` is all of the sentence before the expression we will read
    if ", " not in left and not whole:
        left, whole = clause_sides(text, start, end, _WIDE * window)[0], True  # the phrase opens further back
    comma = left.rfind(", ")
    phrase = words_of(left[comma:]) if comma >= 0 else []
    if not (phrase and _is_participle_opener(phrase[0])) or any(is_cue(w.lower()) for w in phrase):
        return None  # not a participle phrase, or one with a verb of its own
    if not whole:
        left = clause_sides(text, start, end, _WIDE * window)[0]  # the main clause, to its start
    main = words_of(left[:left.rfind(", ")])  # the nearest cue before the comma is the main verb
    return scan_cues([w.lower() for w in main], [], (main, []))[1]


def comma_closes(left: str, right: str) -> bool:
    """Whether a comma right after the expression closes the clause a verb before it opened.

    In "The president, who took office in January, will travel" the "will" is the main
    clause's; "took" dates January.

    >>> comma_closes("The president, who took office in ", ", will travel")
    True
    >>> comma_closes("On ", ", the minister will travel")
    False
    """
    if not right.lstrip().startswith(","):
        return False
    return any(is_cue(w) for w in side_words(left[left.rfind(",") + 1:])[1])
