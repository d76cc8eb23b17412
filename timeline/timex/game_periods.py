"""Halves and quarters of a game: "scored in the second half", "a touchdown in the fourth quarter".

A half or a quarter with no year is the year's in business news ("sales rose in the second half") and a
game's in sport: its sentence tells which. :mod:`timeline.timex.periods` refuses a yearless half or quarter
in a sentence that speaks of scoring, goals or the game's clock. Corpus: ``periods.tsv`` and ``negative.tsv``.

>>> from timeline.timex import recognise
>>> [m.text for m in recognise("Liverpool scored twice in the second half.")]
[]
"""

from __future__ import annotations

import re

from timeline.timex.patterns import ANY_CHARACTER, first_characters

# Words of a game played in halves or quarters: a bare half or quarter in their sentence is the game's, not the
# year's ("goals", "match", "scores" and "penalties" are business words too: "its goals for the second half"; but "the
# first half of the match" is the match's)
_GAME_WORDS = re.compile(r"\b(?:scored|scoring|(?:half|quarter)\s+(?:goal|strike|header|try|touchdown|red\s+card)|"
                         r"halftime|half-time|(?:\d+(?:st|nd|rd|th)|final)\s+minute|touchdowns?|"
                         r"equali[sz](?:ed|er)|striker|kick-?off|whistle|(?:home|away)\s+(?:side|team)|"
                         r"(?:half|quarter)\s+of\s+(?:the|a|an|this|that)\s+(?:match|game|contest|bout|fixture|derby|tie)|"
                         # a score: "ended 21-14", "beat the Celtics 112-104", "a 2-1 win"
                         # (not a range of a quantity: "lost 3-4 percent of its value", "ended 2-3 points higher")
                         r"(?:won|beat|beats|ended|lost|led|trailed|leads|trails)\s+(?:[A-Za-z]+\s+){0,2}\d{1,3}-\d{1,3}"
                         r"(?!\d|\s*%|\s*(?:percent|per\s+cent|percentage|points?|pts|million|billion|trillion)\b)|"
                         r"\d{1,3}-\d{1,3}\s+(?:win|victory|defeat|loss|draw|lead))\b",
                         re.IGNORECASE)
# The same search, stepping in C only on the characters a game word can start with (a sentence is mostly other
# letters): it finds a game word exactly where _GAME_WORDS does, twice as fast
_GAME_WORD_AT = re.compile(f"{first_characters([_GAME_WORDS])}(?<=(?={_GAME_WORDS.pattern}){ANY_CHARACTER})",
                           re.IGNORECASE)
# A piece of each of _GAME_WORDS' words, lower case: a sentence holding none holds no game word (in ASCII text,
# where IGNORECASE folds nothing but A-Z)
_GAME_STEMS = ("scor", "goal", "strike", "header", "try", "touchdown", "red", "halftime", "half-time", "minute",
               "equali", "kick", "whistle", "side", "team", "match", "game", "contest", "bout", "fixture", "derby", "tie",
               "won", "beat", "ended", "lost", "led", "trail", "win", "victory", "defeat", "loss", "draw", "lead")
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)")


def in_a_game(m: re.Match[str]) -> bool:
    """Whether a half or quarter with no year is a game's: its sentence speaks of scoring or the game's time.

    Parameters
    ----------
    m : re.Match[str]
        The match of a half or a quarter; its sentence is read up to 200 characters either side.

    Returns
    -------
    bool
        True when the sentence holds a word of a game (:data:`_GAME_WORDS`).

    >>> in_a_game(re.search("the second half", "Liverpool scored twice in the second half."))
    True
    >>> in_a_game(re.search("the second half", "Sales rose in the second half. He scored."))
    False
    """
    text = m.string
    starts = [e.end() for e in _SENTENCE_EDGE.finditer(text, max(0, m.start() - 200), m.start())]
    start = starts[-1] if starts else max(0, m.start() - 200)
    end_match = _SENTENCE_EDGE.search(text, m.end(), m.end() + 200)
    end = end_match.start() if end_match else min(len(text), m.end() + 200)
    sentence = text[start:end]
    if sentence.isascii():  # a game word holds one of _GAME_STEMS: most sentences, holding none, need no regex
        sentence = sentence.lower()
        if not any(stem in sentence for stem in _GAME_STEMS):
            return False
    return _GAME_WORD_AT.search(text, start, end) is not None
