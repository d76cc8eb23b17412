"""Dates a narrative tells aside from its line: seen from the story's present, they do not move it.

A history moves its present with the dates it narrates ("On 5 May ... In June ..."). Some dates
it names only to look at something from where it is: a comparison ("arranged as in 1614"), a
parenthesised gloss of a name ("the Civil Constitution of the Clergy (1790)"), the date of a cited
source ("letters published in 1998 showed that"), a year that names a thing ("the 1614 rules").
Each test reads only the text around the expression; :func:`timeline.timex.narrative.moves_story`
applies them. Two more tests read how a date stands to the story: :func:`reached` ("by June": the
time the story has reached) and :func:`speaker_deictic` ("tomorrow" in direct speech).

>>> text = "They required that the Estates be arranged as in 1614."
>>> comparison(text, text.index("1614"))
True
"""

from __future__ import annotations

import re

from timeline.timex.values import Deictic, Offset, Relative

# "as in 1614", "than in 1914", "unlike in 1870", "as it had in 1614", "as they did during 1914"; not
# "as at 1 January 1916", which is "as of", the story's own date
_COMPARISON = re.compile(r"(?i)\b(?:as|than|like|unlike)\s+(?:(?:it|they|he|she|we|there)\s+)?"
                         r"(?:(?:had|did|was|were|happened)\s+)?(?:in|on|during)\s+(?:the\s+)?$")


def comparison(text: str, start: int) -> bool:
    """Whether the expression at ``start`` is what the story is compared with: "as in 1614", "than in 1914".

    >>> text = "casualties were higher than in 1914"
    >>> comparison(text, text.index("1914")), comparison("the war began in 1914", 17)
    (True, False)
    >>> comparison("the strength as at 1 January 1916", 19)
    False
    """
    return _COMPARISON.search(text, max(0, start - 40), start) is not None


# A year or a range of years alone in parentheses after a word: "the Reign of Terror (1793-1794)",
# "Napoleon (1769-1821)", "Tiglath-Pileser (r. 745-727 BC)"
_GLOSS = re.compile(r"(?i)(?:(?:c|ca|b|d|r|fl)\.\s*|(?:born|died|reigned|ruled)\s+)?\d{1,4}(?:\s*(?:BC|BCE|AD|CE))?"
                    r"(?:\s*[-\u2013/]\s*\d{1,4}(?:\s*(?:BC|BCE|AD|CE))?)?\s*")
_NAME_BEFORE = re.compile(r"[\w.'\u2019]\s*$")


def gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a parenthesised gloss of the name before it: "(1790)", "(1793-1794)".

    The parenthesis says when the thing named was (a law's year, a book's, a period's or a life's
    span); the story does not go there, not even to the second year of a span.

    >>> text = "the Civil Constitution of the Clergy (1790) and"
    >>> gloss(text, text.index("1790"), text.index("1790") + 4)
    True
    >>> text = "Napoleon (1769-1821) led it"
    >>> gloss(text, text.index("1821"), text.index("1821") + 4)
    True
    >>> text = "the war (which began in 1790) and"
    >>> gloss(text, text.index("1790"), text.index("1790") + 4)
    False
    """
    opened = text.rfind("(", max(0, start - 20), start)
    closed = text.find(")", end, end + 20)
    if opened < 0 or closed < 0 or _NAME_BEFORE.search(text, max(0, opened - 2), opened) is None:
        return False
    return _GLOSS.fullmatch(text, opened + 1, closed) is not None


# A participle and its preposition right before the date: "documents found in", "a report declassified in"
_PARTICIPLE_BEFORE = re.compile(r"(?i)\b[a-z]{3,}(?:ed|en|wn|nd|ht)\s+(?:in|on|during|since)\s+(?:early\s+|late\s+)?$")
# The main verb of a sentence whose subject is evidence of the story: "... revealed that", "... proved that"
_EVIDENCE_AFTER = re.compile(r"(?i)^[^.;:!?()]{0,40}?\b(?:revealed|proved|showed|shown|confirmed|suggested|suggests|"
                             r"indicated|indicates|demonstrated|established|disclosed|reveals|proves|shows|confirms)"
                             # a clause, what evidence gives: not "troops landed in 1944 showed great courage"
                             r"\s+(?:that|how|what|whether|who|why|when)\b")


def source(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` dates the evidence a sentence cites, not its story.

    In "documents found in 2004 proved that the code had been broken" the year is when the
    documents were found: a participle phrase ("found in 2004") modifies the subject of a verb of
    evidence ("proved", "revealed", "showed"), whose complement is the story.

    >>> text = "Documents found in 2004 proved that the code had been broken."
    >>> source(text, text.index("2004"), text.index("2004") + 4)
    True
    >>> text = "Troops landed in 1944 showed great courage."
    >>> source(text, text.index("1944"), text.index("1944") + 4)
    False
    >>> text = "The army was defeated in 1920 and the war ended."
    >>> source(text, text.index("1920"), text.index("1920") + 4)
    False
    """
    return _PARTICIPLE_BEFORE.search(text, max(0, start - 30), start) is not None and \
        _EVIDENCE_AFTER.match(text[end:end + 60]) is not None


_DETERMINER = re.compile(r"(?i)(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|'s|\u2019s)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")
# Words that may follow "the 1614" without it being a noun's modifier: "the 1614 of the old calendar", "that 1614 was"
_NOT_NOUNS = frozenset("of to and or in on at by for from with as than that which who whom when while after before "
                       "was were is are had has have would will".split())
_YEAR = re.compile(r"\d{3,4}")


def named_by_year(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a year written as a noun's modifier: "the 1614 rules", "the 1978 Treaty".

    The year names the thing (a treaty, rules, an election) the story talks about from where it
    is; a month or a day so placed ("the May 1958 crisis") is most often the event the story is
    telling, and moves it as any date does.

    >>> text = "They kept the 1614 rules."
    >>> named_by_year(text, text.index("1614"), text.index("1614") + 4)
    True
    >>> text = "The rules of 1614 held, and in 1614 the council met."
    >>> named_by_year(text, text.index("1614"), text.index("1614") + 4)
    False
    """
    if not _YEAR.fullmatch(text, start, end) or _DETERMINER.search(text, max(0, start - 8), start) is None:
        return False
    word = _WORD_AFTER.match(text, end, end + 30)
    return word is not None and word[1].lower() not in _NOT_NOUNS


def in_speech(text: str, start: int) -> bool:
    """Whether ``start`` lies inside quotation marks in its paragraph: words someone said or wrote.

    >>> text = 'Nixon said: "I am tonight announcing plans." Troops left that night.'
    >>> in_speech(text, text.index("tonight")), in_speech(text, text.index("that night"))
    (True, False)
    >>> text = 'The ship fired its 12" guns. The navy built more next year.'
    >>> in_speech(text, text.index("next year"))
    False
    """
    paragraph = text.rfind("\n", 0, start) + 1
    before = _INCHES.sub("", text[paragraph:start])  # '12" guns' is no quotation mark
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


_INCHES = re.compile(r'(?<=\d)"')


_REACHED = re.compile(r"(?i)\b(?:by|until|till)\s+(?:the\s+)?(?:(?:early|mid|late|end|start|beginning|middle)"
                      r"(?:\s+of)?\s+)?$")


# "after", "once", "when", "as soon as" opening the clause, with no comma or sentence end since
_ANTERIOR = re.compile(r"(?i)\b(?:after|once|when|as\s+soon\s+as)\b[^,.;:!?()]*$")


def anterior(text: str, start: int) -> bool:
    """Whether the expression at ``start`` lies in a clause that tells what came before its main clause.

    "After they had taken the town on 10 March, they marched on": the past perfect sets the taking
    before the marching, not before the story's present, so a date after that present stays there.

    >>> text = "After they had taken the town on 10 March, they marched on."
    >>> anterior(text, text.index("10 March")), anterior("They had taken it on 10 March.", 22)
    (True, False)
    """
    return _ANTERIOR.search(text, max(0, start - 80), start) is not None


# A frequency word in the sentence: "would" is then the past's habit, not a look ahead
_HABIT = re.compile(r"(?i)\b(?:every|each|often|usually|always|sometimes|regularly|frequently|daily|nightly|weekly)\b")
_SENTENCE_BOUND = re.compile(r"[.!?;\n]")


def habitual(text: str, start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]`` tells a habit: "In April the men would march every day".

    Its "would" says what used to happen, at the date, not what came after the story's present.

    >>> text = "In April the men would march every day."
    >>> habitual(text, 3, 8), habitual("The queen would follow him in October.", 30, 37)
    (True, False)
    """
    bounds = [m.start() for m in _SENTENCE_BOUND.finditer(text, max(0, start - 150), start)]
    stop = _SENTENCE_BOUND.search(text, end, end + 150)
    sentence = text[bounds[-1] + 1 if bounds else max(0, start - 150):stop.start() if stop else end + 150]
    return _HABIT.search(sentence) is not None


def reached(text: str, start: int) -> bool:
    """Whether the expression at ``start`` names the time a story has reached: "by June", "until the end of May".

    With a past perfect it is the story's present, not a flashback: "By June the Japanese had
    conquered the province".

    >>> reached("By June the Japanese had conquered the province", 3)
    True
    >>> reached("In June the Japanese conquered the province", 3)
    False
    """
    return _REACHED.search(text, max(0, start - 30), start) is not None


def speaker_deictic(text: str, start: int, value: object) -> bool:
    """Whether ``value`` at ``start`` counts from a speaker's now that the narrative does not give.

    In direct speech "today", "tomorrow", "15 months ago", "next year" count from the day the
    words were said, not from the story's present nor the DCT: "Nixon said, 'I am tonight
    announcing ...'" is some night (XXXX-XX-XXTNI), as with no DCT.

    >>> from timeline.timex.values import Deictic
    >>> speaker_deictic('He warned: "It will be you tomorrow."', 26, Deictic(days=1))
    True
    >>> speaker_deictic("The army left the next day.", 14, Deictic(days=1))
    False
    """
    counted = isinstance(value, (Deictic, Relative)) or (isinstance(value, Offset) and value.anchor == "dct")
    return counted and in_speech(text, start)
