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
from importlib.resources import files
from typing import NamedTuple, TypeVar

from timeline.timex.lexicon import trie_pattern

_APOSTROPHE = "['\u2019]"
# The nouns that tell a programme, a film and a column's topic after its name; the nouns of a work before its title
_MEDIA = ("show|shows|programme|programmes|program|programs|host|hosts|co-host|co-hosts|presenter|presenters|"
          "anchor|anchors|episode|episodes|broadcast|broadcasts|interview|ratings|producer|producers|star|stars|"
          "segment|podcast|edition|viewers|audience|correspondent|slot|series|spot")
# The few of those nouns that are neither a verb ("Today shows how", "Today hosts England") nor a plural that follows
# the day ("Today viewers can vote"): the cue of a name that is also a time phrase where it opens a sentence or stands
# in a heading, where its capital tells nothing ("Today show host quits" but "Today viewers get their say")
_MEDIA_STRICT = ("show|programme|program|host|co-host|presenter|presenters|anchor|episode|segment|podcast|"
                 "correspondent|producer")
_FILM = ("film|films|movie|movies|director|directors|remake|sequel|prequel|star|stars|actor|actors|actress|"
         "screening|soundtrack|remaster|remastered|reissue|reissued|reboot|premiere|trailer|dvd|script|screenplay|"
         "revival")
_WORK = ("(?:the[ \t]+)?(?:film|movie|novel|book|song|poem|play|album|series|show|programme|program|comic|magazine|"
         "sitcom|musical|documentary)")
_COLUMN = rf"[Ii]n[ \t]+[A-Z][A-Za-z]+(?:[ \t]+(?i:{_MEDIA})(?![\w-])|[ \t]*(?=\n|$))"
_COLUMN_STRICT = rf"[Ii]n[ \t]+[A-Z][A-Za-z]+[ \t]+(?i:{_MEDIA_STRICT})(?![\w-])"
_EXPANSIONS = {"@media": f"(?:{_MEDIA})", "@film": f"(?:{_FILM})", "@work": _WORK}


class Entry(NamedTuple):
    """One row of the table: the name as written, its kind, where it needs a cue and the cues (compiled)."""

    name: str
    kind: str
    cue: str  # "-" never, "heading" in a heading only, "opening" where it opens a sentence too, "always" everywhere
    before: re.Pattern[str] | None  # searched on the text before the name, ending right before it
    not_after: re.Pattern[str] | None  # the same, for the words that make the name part of another one
    after: re.Pattern[str] | None  # matched right after the name
    # the same where the name opens a sentence or stands in a heading, with the cues only good there ("^" in the
    # table); for a programme's name that is also a time phrase (cued by a programme's noun): no possessive
    # ("This Week's episode", "Today's show" are the day's), no verb or plural ("Today viewers"), no column's topic
    # at the line's end ("Heavy Fighting This Week In Donetsk" is the week)
    after_strict: re.Pattern[str] | None


def _cue_pattern(cell: str, side: str, strict: bool = False) -> re.Pattern[str] | None:
    """The ``before`` or ``after`` cell as one pattern: its alternatives, any case, a space between them and the
    name ("@column" keeps its case: its topic is a capitalised word); ``strict`` the ``after`` cue where a name that
    is also a time phrase tells nothing by its capital (see :attr:`Entry.after_strict`)."""
    if cell == "-":
        return None
    parts, column = [], False
    expansions = {**_EXPANSIONS, "@media": f"(?:{_MEDIA_STRICT})"} if strict else _EXPANSIONS
    for part in cell.split("|"):
        if part == "@column":
            column = True
            continue
        words = expansions.get(part) or r"[ \t]+".join(re.escape(w).replace("'", _APOSTROPHE) for w in part.split())
        parts.append(words)
    alternatives = "|".join(parts)
    if side == "before":
        return re.compile(rf"(?<![\w'\u2019-])(?i:{alternatives})[ \t]+$")
    body = f"(?i:{alternatives})(?![\\w-])" if parts else ""
    if column:
        topic = _COLUMN_STRICT if strict else _COLUMN
        body = f"{body}|{topic}" if body else topic
    return re.compile(rf"[ \t]+(?:{body})" if strict else rf"(?:{_APOSTROPHE}s)?[ \t]+(?:{body})")


def _word_pattern(word: str) -> str:
    """One word of a name: as written, but a small word may take a capital ("on", "On"); an apostrophe either way."""
    escaped = re.escape(word).replace("'", _APOSTROPHE)
    if word[0].islower():
        return f"[{word[0]}{word[0].upper()}]{escaped[1:]}"
    return escaped


def key(text: str) -> str:
    """A name's words as one lookup key: lower case, one space between words, a straight apostrophe.

    >>> key("Mail  On\u00a0SUNDAY"), key("TGI Friday\u2019s")
    ('mail on sunday', "tgi friday's")
    """
    return " ".join(text.lower().replace("\u2019", "'").split())


def _load() -> tuple[dict[str, Entry], re.Pattern[str], re.Pattern[str]]:
    """The table's entries by key, the pattern of their names as written and the one of any case (for headings)."""
    entries: dict[str, Entry] = {}
    for line in files("timeline.timex.resources").joinpath("names_with_time_words.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, cue, before, after = line.split("\t")
        cues = [part for part in before.split("|") if not part.startswith("!")]
        others = [part[1:] for part in before.split("|") if part.startswith("!")]
        # an "after" word after "^" cues the name only where it opens a sentence or stands in a heading
        # ("Scotland on Sunday reported": no place is reported on, but "Police in Scotland on Sunday reported")
        anywhere = "|".join(part for part in after.split("|") if not part.startswith("^")) or "-"
        opening = after.replace("^", "")
        entries[key(name)] = Entry(name, kind, cue, _cue_pattern("|".join(cues) or "-", "before"),
                                   _cue_pattern("|".join(others) or "-", "before"), _cue_pattern(anywhere, "after"),
                                   _cue_pattern(opening, "after", strict=cue == "always" and "@media" in after))
    names = [e.name for e in entries.values()]
    return entries, _names_pattern(names), _names_pattern(names, any_case=True)


def _names_pattern(names: list[str], any_case: bool = False) -> re.Pattern[str]:
    """One pattern of ``names`` as written, a small word with a capital too, or (``any_case``) in any case."""
    # the longest first: a name that begins another ("Sunday Times", "Sunday Times Magazine") must not cut it
    # a name of two words or more may be written in capitals in running text too ("the MAIL ON SUNDAY")
    shouted = [] if any_case else [n.upper() for n in names if " " in n and n.upper() != n]
    ordered = sorted(names, key=len, reverse=True) + sorted(shouted, key=len, reverse=True)
    word = _folded_word if any_case else _word_pattern
    body = "|".join(r"[ \t]+".join(word(w) for w in n.split()) for n in ordered)
    return re.compile(rf"(?<![\w'\u2019-])(?:{body})(?![^\W_]|-\w)", re.IGNORECASE if any_case else 0)


def _folded_word(word: str) -> str:
    return re.escape(word).replace("'", _APOSTROPHE)


_ENTRIES, _NAMES, _ANY_CASE = _load()
_SMALL_WORD = re.compile(r"[a-z]+|A|The")


class _Near(NamedTuple):
    """The names that hold one word, by the word's place in them: ``alone`` when a name is the word itself,
    ``heads`` the two characters after the word in the names it begins, ``tails`` for the names it does not
    begin how many characters before the word each starts, its text before the word and the two characters
    after it (lower case, straight apostrophes)."""

    pattern: re.Pattern[str]
    alone: bool
    heads: frozenset[str]
    tails: tuple[tuple[int, str, str], ...]


def _anchors() -> dict[str, _Near]:
    """Each word of the names as written (the small ones left out, without a possessive or a colon) -> the names
    that hold it: a match that reaches into a name holds one of its words whole ("Sunday" of "Mail on Sunday",
    "2000" of "2000 AD"), and only the few names of that word need be tried, each where it would start."""
    held: dict[str, set[str]] = {}
    places: dict[str, set[tuple[int, str, str]]] = {}
    for entry in _ENTRIES.values():
        at = 0
        for word in entry.name.split():
            at = entry.name.index(word, at)
            anchor = re.sub(r"(?:'s|:)$", "", word)
            if not _SMALL_WORD.fullmatch(word):
                after = at + len(anchor)
                place = (at, key(entry.name[:at]) + " " * (at > 0), entry.name[after:after + 2].lower())
                # the word in capitals too, where the name may be so written
                for form in {anchor, anchor.upper()} if " " in entry.name else {anchor}:
                    held.setdefault(form, set()).add(entry.name)
                    places.setdefault(form, set()).add(place)
            at += len(word)
    return {word: _Near(_names_pattern(sorted(names)), (0, "", "") in places[word],
                        frozenset(after for at, _, after in places[word] if at == 0 and after),
                        tuple(sorted(place for place in places[word] if place[0] > 0)))
            for word, names in held.items()}


_BY_ANCHOR = _anchors()
_ANCHOR = re.compile(trie_pattern(sorted(_BY_ANCHOR)))
# The same words in lower case, looked for in a heading line written small before its names are (a pattern with
# IGNORECASE searches several times slower)
_LOWER_ANCHOR = re.compile(trie_pattern(sorted({word.lower() for word in _BY_ANCHOR})))


def cued(text: str, start: int, end: int, entry: Entry, heading: bool = False) -> bool:
    """Whether the name ``text[start:end]`` has the cue its entry needs where it stands (``heading``: in a heading).

    >>> entry = _ENTRIES["today"]
    >>> cued("NBC's Today aired it.", 6, 11, entry), cued("the Today show", 4, 9, entry), cued("Today we", 0, 5, entry)
    (True, True, False)
    >>> paris = _ENTRIES["midnight in paris"]
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
    return [(m[0], _ENTRIES[key(m[0])]) for m in _names(text)]


def _names(text: str) -> list[re.Match[str]]:
    out = []
    for match in _NAMES.finditer(text):
        if cued(text, match.start(), match.end(), _ENTRIES[key(match[0])]):
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
    anchor = _ANCHOR.search
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
        for word in _ANCHOR.finditer(chunk, candidate[0], candidate[1]):  # type: ignore[call-overload]
            names = _BY_ANCHOR.get(word[0])
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
    if match is not None and match.end() > at and cued(chunk, match.start(), match.end(), _ENTRIES[key(match[0])]):
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
    if _LOWER_ANCHOR.search(line.lower()) is None:  # most heading lines hold no word of a name: one search
        return out
    for match in _ANY_CASE.finditer(line):
        entry = _ENTRIES[key(match[0])]
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
