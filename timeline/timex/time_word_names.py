"""Well-known proper names that hold a time word: "Mail on Sunday", "TGI Fridays", "Midnight Express".

A name is data, not a rule: the table ``resources/names_with_time_words.tsv`` lists each name with its kind and
the cue it needs (HeidelTime keeps such lists beside its rules too). Where a name is written as a name, every
match inside its span is dropped (:func:`drop_named`), the way an impossible match blocks its span, so that
"He read the Mail on Sunday on Monday." keeps Monday and gives nothing for Sunday.

Written as a name means with the name's own capitals ("Mail on Sunday", "Mail On Sunday"; a small word of the
name may take a capital; a name of several words in capitals, "MAIL ON SUNDAY"), possessive or not ("Mail on
Sunday's"). A heading in Title Case or ALL CAPS tells
nothing by its capitals: :mod:`timeline.timex.headlines` writes a name found there as the table does
(:func:`heading_names`), so the view the rules read holds it as running text would. A name that is also a time
phrase or a word written with a capital anyway ("Today", "Independence Day", "1984") needs its cue: a word right
before it ("NBC's Today", "the film Independence Day") or right after it ("the Today show"). A name may also list
the words after which it is no name but the end of another ("the Daily Mail on Sunday said": the Daily Mail).

>>> [text for text, _ in named("He read the Mail on Sunday's report on Monday.")]
['Mail on Sunday']
>>> named("They met on Sunday morning."), named("on Independence Day we marched")
([], [])
>>> [entry.kind for _, entry in named("The film Independence Day opened.")]
['film']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from timeline.timex.time_word_table import ANCHOR, ANY_CASE, BY_ANCHOR, ENTRIES, LOWER_ANCHOR, NAMES, Entry, key

_ENTRIES = ENTRIES  # the table's entries by key, by the name tests/timex/test_time_word_names.py reads

def cued(text: str, start: int, end: int, entry: Entry, heading: bool = False) -> bool:
    """Whether the name ``text[start:end]`` has the cue its entry needs where it stands (``heading``: in a heading).

    >>> entry = ENTRIES["today"]
    >>> cued("NBC's Today aired it.", 6, 11, entry), cued("the Today show", 4, 9, entry), cued("Today we", 0, 5, entry)
    (True, True, False)
    >>> paris = ENTRIES["midnight in paris"]
    >>> cued("He saw Midnight in Paris.", 7, 24, paris), cued("Midnight in Paris was quiet.", 0, 17, paris)
    (True, False)
    """
    if entry.not_after is not None and entry.not_after.search(text, max(0, start - 40), start):
        return False
    if _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) and _NAME_GOES_ON.match(text, end):
        return False  # "On Sunday Times Square was packed": the capital after begins the next name, the day is read
    if entry.cue == "-" or (entry.cue == "heading" and not heading):
        return True
    opening = not heading and _opens_sentence(text, start)
    if entry.cue == "opening" and not heading and not opening:
        return True
    if entry.before is not None and entry.before.search(text, max(0, start - 40), start):
        return True
    after = entry.after_strict if heading or opening else entry.after
    return after is not None and after.match(text, end) is not None


# A time preposition opening a sentence or a clause before a name, and a capitalised word after it (no calendar word, no possessive): the preposition
# takes the time word the name opens with, and the last word of the name begins the next one ("On Sunday Times Square
# was packed", "Since Sunday Telegraph Media Group shed staff"); "on Sunday Times columnist" keeps the newspaper
_TIME_PREPOSITION_BEFORE = re.compile(r"(?:^|[.!?;:\n][\"'\u201d\u2019)]?[ \t]+|,[ \t]+)(?i:on|since|until|till|by|after|"
                                      r"before|through)[ \t]+$")  # opening a sentence or a clause only
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                           r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


# Before a word that opens a sentence: the text's or a line's start, or a sentence's end, then blanks and quotes
_OPENING = re.compile(r"(?:^|[.!?:;]['\"\u201d\u2019)]?[ \t]+|\n)[ \t'\"\u201c\u2018(]*$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line, where a capital tells nothing of a name."""
    return _OPENING.search(text, max(0, start - 12), start) is not None


def named(text: str) -> list[tuple[str, Entry]]:
    """The names of the table written in ``text`` as names, with their cues where they need one, each with its entry.

    >>> [(t, e.kind) for t, e in named("TGI Fridays opens; Ruby Tuesday closes; the 2000 Guineas runs.")]
    [('TGI Fridays', 'company'), ('Ruby Tuesday', 'company'), ('2000 Guineas', 'race')]
    """
    return [(m[0], ENTRIES[key(m[0])]) for m in _names(text)]


def _names(text: str) -> list[re.Match[str]]:
    out = []
    for match in NAMES.finditer(text):
        if cued(text, match.start(), match.end(), ENTRIES[key(match[0])]):
            out.append(match)
    return out


Candidate = TypeVar("Candidate", bound=Sequence[object])


def drop_named(chunk: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (``(start, end, ...)`` tuples of :mod:`timeline.timex.scan`) less those that overlap a name.

    A match inside a name, or reaching into one, is no time: "Sunday" in "the Mail on Sunday", "Midnight" in
    "Midnight Oil". Only a match holding a word of some name is looked at, and only the names of that word are
    tried, each where it would start (a pass over TBAQ's 2,400 matches costs about a millisecond).

    >>> text = "He read the Mail on Sunday on Monday."
    >>> drop_named(text, [(20, 26, "Sunday"), (30, 36, "Monday")])
    [(30, 36, 'Monday')]
    """
    anchor = ANCHOR.search
    near = [c for c in candidates if anchor(chunk, c[0], c[1])]  # type: ignore[arg-type]
    if not near:
        return candidates
    spans = _spans_near(chunk, near)
    if not spans:
        return candidates
    return [c for c in candidates if not any(c[0] < end and start < c[1] for start, end in spans)]  # type: ignore[operator]


def _spans_near(chunk: str, near: list[Candidate]) -> set[tuple[int, int]]:
    """The spans of the names (cued where they need a cue) that hold a word of one of the matches ``near``.

    Each name that holds the word is tried where it would start, spaced as the table spaces it (a name spaced
    wider in the text is not found from here: a heading's is, :func:`heading_names`).
    """
    spans = set()
    for candidate in near:
        for word in ANCHOR.finditer(chunk, candidate[0], candidate[1]):  # type: ignore[call-overload]
            names = BY_ANCHOR.get(word[0])
            if names is None:  # a word's start only ("Day" of "Dayton")
                continue
            at, end = word.start(), word.end()
            # the words around first, in a slice each: a regex match only where they are a name's
            if names.alone or chunk[end:end + 2].lower().replace("\u2019", "'") in names.heads:
                _add_name(chunk, names.pattern.match(chunk, at), at, spans)
            for offset, before, after in names.tails:
                if offset <= at and chunk[at - offset:at].lower().replace("\u2019", "'") == before and \
                        (not after or chunk[end:end + 2].lower().replace("\u2019", "'") == after):
                    _add_name(chunk, names.pattern.match(chunk, at - offset), at, spans)
    return spans


def _add_name(chunk: str, match: re.Match[str] | None, at: int, spans: set[tuple[int, int]]) -> None:
    """Add the span of ``match``, a name holding the word at ``at``, if it has the cue it needs."""
    if match is not None and match.end() > at and cued(chunk, match.start(), match.end(), ENTRIES[key(match[0])]):
        spans.add((match.start(), match.end()))


def heading_names(line: str) -> list[tuple[int, int, str]]:
    """The names of a heading line, found in any case, with their cues where they need one: ``(start, end, name)``
    with the name as the table writes it, the same length as the words it stands for.

    >>> heading_names("MAIL ON SUNDAY APOLOGISES"), heading_names("Vote Set For The Day After Tomorrow")
    ([(0, 14, 'Mail on Sunday')], [])
    >>> heading_names("The Day After Tomorrow Director Speaks")
    [(4, 22, 'Day After Tomorrow')]
    """
    return [(start, end, name) for start, end, name, is_name in heading_matches(line) if is_name]


def heading_matches(line: str) -> list[tuple[int, int, str, bool]]:
    """Every name of the table in a heading line, in any case: its span, the name as the table writes it and
    whether it has the cue it needs in a heading. The headline view reads both kinds from this one search: a name
    with its cue is written as the name, one lacking it is no name ("Monday's Child Care Walkout Ends" is a walkout
    on Monday), so its words are written small.

    >>> heading_matches("Pope Arrives In USA Today"), heading_matches("USA Today Editor Quits")
    ([(16, 25, 'USA Today', False)], [(0, 9, 'USA Today', True)])
    >>> [m[:2] + m[3:] for m in heading_matches("Monday's Child Care Walkout Ends")]
    [(0, 14, False)]
    >>> heading_matches("Monday's Child Poem Read")
    [(0, 14, "Monday's Child", True)]
    """
    out: list[tuple[int, int, str, bool]] = []
    if LOWER_ANCHOR.search(line.lower()) is None:  # most heading lines hold no word of a name: one search
        return out
    for match in ANY_CASE.finditer(line):
        entry = ENTRIES[key(match[0])]
        out.append((match.start(), match.end(), _as_written(match[0], entry.name),
                    cued(line, match.start(), match.end(), entry, heading=True)))
    return out


def _as_written(found: str, name: str) -> str:
    """``found`` with the capitals of ``name`` (the same words, spaced as ``found`` spaces them)."""
    letters = iter(c for c in name if not c.isspace())
    return "".join(c if c.isspace() else _case_of(c, next(letters)) for c in found)


def _case_of(character: str, model: str) -> str:
    """``character`` in the case of ``model``, unless that would change its length ("ß" has no one-letter capital)."""
    changed = character.upper() if model.isupper() else character.lower() if model.islower() else character
    return changed if len(changed) == 1 else character
