"""Halves and quarters of a game: "scored in the second half", "a touchdown in the fourth quarter"; race times
and verses that look like clocks ("won in 2:05:30", "a 3:59 mile", "John 3:16": :func:`race_or_verse`).

A half or a quarter with no year is the year's in business news ("sales rose in the second half") and a
game's in sport: its sentence tells which. :mod:`timeline.timex.periods` refuses a yearless half or quarter
in a sentence that speaks of scoring, goals or the game's clock, or one "of" a thing the text names ("the second
half of the season": :func:`of_a_thing`). Corpus: ``periods.tsv`` and ``negative.tsv``.

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
# A piece of each of _GAME_WORDS' words but the red card's and a score's, lower case (in ASCII text, where IGNORECASE
# folds nothing but A-Z)
_GAME_STEMS = ("scor", "goal", "strike", "header", "try", "touchdown", "halftime", "half-time", "minute", "equali",
               "kick", "whistle", "side", "team", "match", "game", "contest", "bout", "fixture", "derby", "tie")
# A score's digits ("ended 21-14", "a 2-1 win"): the score's verbs and nouns ("ended", "loss", "led") fill business
# sentences too, so its shape tells more
_SCORE_SHAPE = re.compile(r"\d-\d")
# The start of the last sentence in a span: the greedy run ends at the last edge, found from the span's end
_LAST_SENTENCE_EDGE = re.compile(r"(?s:.*)[.!?\n](?=\s)")
_SENTENCE_EDGE = re.compile(r"[.!?\n](?=\s)")


def _may_hold_game_word(sentence: str) -> bool:
    """Whether the lower-case ASCII ``sentence`` may hold a game word: each of :data:`_GAME_WORDS`' words holds one
    of :data:`_GAME_STEMS`, "red" and "card", or a score's digits; most sentences, holding none, need no regex."""
    return (any(stem in sentence for stem in _GAME_STEMS) or ("red" in sentence and "card" in sentence)
            or ("-" in sentence and _SCORE_SHAPE.search(sentence) is not None))


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
    last_edge = _LAST_SENTENCE_EDGE.match(text, max(0, m.start() - 200), m.start())
    start = last_edge.end() if last_edge else max(0, m.start() - 200)
    end_match = _SENTENCE_EDGE.search(text, m.end(), m.end() + 200)
    end = end_match.start() if end_match else min(len(text), m.end() + 200)
    sentence = text[start:end]
    if sentence.isascii() and not _may_hold_game_word(sentence.lower()):
        return False
    return _GAME_WORD_AT.search(text, start, end) is not None


# " of the season", " of his career", " of extra time": an "of" after a half or quarter that the rule's own tail did
# not read ("of 2018", "of the year", "of the '80s", "of November" are read there) names the whole the part is of;
# it is a year's only when a word of the year follows within three words ("of the same year", "of that year", "of
# the fiscal year", which later joins read), else the part is of a thing ("the first quarter of the 21st century",
# "of the 2018-19 season"), no date
_OF_AFTER = re.compile(r"[ \t]{1,3}(?i:of)[ \t]{1,3}(?P<words>(?:[\w'\u2019-]+[ \t]{1,3}){0,2}[\w'\u2019-]+)")
_YEAR_WORD = re.compile(r"(?i:\b(?:years?|fiscal|financial|calendar)\b)")


def of_a_thing(m: re.Match[str]) -> bool:
    """Whether the half or quarter matched by ``m`` is of a thing the text names after "of", not of a year.

    >>> from timeline.timex.periods import RULES
    >>> rule = next(r for r in RULES if r.name == "half").pattern
    >>> [of_a_thing(rule.search(t)) for t in ("the second half of the season", "the first half of his career",
    ...                                       "the second half of the same year", "the first half of fiscal 2019",
    ...                                       "the second half of the fiscal year", "the first half. Of note")]
    [True, True, False, False, False, False]
    >>> of_a_thing(next(r for r in RULES if r.name == "quarter").pattern.search("the first quarter of the 21st century"))
    True
    """
    after = _OF_AFTER.match(m.string, m.end())
    return after is not None and _YEAR_WORD.search(after["words"]) is None


# A book of scripture before chapter and verse ("John 3:16", "Surah 2:256"), a closed class
_SCRIPTURE_BEFORE = re.compile(r"\b(?:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|"
                               r"Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|"
                               r"Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Jonah|Micah|Zechariah|Malachi|Matthew|"
                               r"Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|"
                               r"Thessalonians|Timothy|Titus|Hebrews|James|Peter|Jude|Revelations?|Surah|Sura|Quran|"
                               r"Koran|verse|Verse|chapter|Chapter)[ \t]$")
# A race time: "won the marathon in 2:05:30", "a 3:59 mile" (a clock is "at" a time, a time taken is "in" it)
_IN_BEFORE = re.compile(r"\b(?i:in)[ \t]$")
# A time taken, with no seconds written: "finished in 3:59", "the mile in 3:59", "clocked 9:58" (a clock's hour is
# "at" it; "in" before a bare "H:MM" after a verb of racing or "clocked" before it name a time taken)
_TAKEN_BEFORE = re.compile(r"\b(?:(?i:clock(?:ed|s|ing)?|timed|r[au]n|swam|(?:a|the|winning|finishing)[ \t]+time[ \t]+of|"
                           r"(?:finish|complet|won|r[au]n|swa?m|cover)\w*(?:[ \t]+\w+){0,3}"
                           r"[ \t]+in|(?:mile|race|lap|marathon|km|metres?|meters?|sprint|dash)[ \t]+in|back[ \t]+in))[ \t]$")
_RACE_AFTER = re.compile(r"[ \t](?i:miles?|marathons?|half-marathons?|km|k|kilometres?|kilometers?|metres?|meters?|"
                         r"laps?|pace|finish|finishing|personal|world|record|PB|flat)\b")


def race_or_verse(text: str, start: int, end: int, seconds: str | None) -> bool:
    """Whether the "H:MM" (with ``seconds`` written) at ``start:end`` is a race time or a verse, not a clock.

    A race time is taken "in" it with its seconds ("won in 2:05:30") or is a race's ("a 3:59 mile"); a verse
    follows its book ("John 3:16"). :mod:`timeline.timex.times` claims the span and reads no clock in it.

    >>> [race_or_verse(t, 3, 7, None) for t in ("in 3:59 mile", "at 3:15 on", "hn 3:16.")]
    [True, False, False]
    >>> race_or_verse("quoted John 3:16", 12, 16, None), race_or_verse("won in 2:05:30", 7, 14, ":30")
    (True, True)
    >>> race_or_verse("He finished in 3:59.", 15, 19, None), race_or_verse("He finished at 3:59.", 15, 19, None)
    (True, False)
    """
    before = max(0, start - 16)
    return bool(_SCRIPTURE_BEFORE.search(text, before, start) or (seconds and _IN_BEFORE.search(text, before, start))
                or _TAKEN_BEFORE.search(text, max(0, start - 40), start) or _RACE_AFTER.match(text, end))
