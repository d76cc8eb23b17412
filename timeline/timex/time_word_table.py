"""The table of well-known names that hold a time word, compiled once: its entries, their patterns, its words.

:mod:`timeline.timex.time_word_names` finds these names in a text and drops the matches inside them; this module
reads ``resources/names_with_time_words.tsv`` into what that search needs: an :class:`Entry` a row (its cues
compiled), one pattern of the names as written (:data:`NAMES`) and one of any case for headings
(:data:`ANY_CASE`), and an index by word (:data:`BY_ANCHOR`, :data:`ANCHOR`) so that only a match holding a word of
some name is looked at. Apart from the search so that the reading of the table (its cells, their expansions)
stands in one place.

>>> ENTRIES["mail on sunday"].kind, bool(NAMES.search("the Mail on Sunday")), BY_ANCHOR["Sunday"].alone
('newspaper', True, False)
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import NamedTuple

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


ENTRIES, NAMES, ANY_CASE = _load()
_SMALL_WORD = re.compile(r"[a-z]+|A|The")


class Near(NamedTuple):
    """The names that hold one word, by the word's place in them: ``alone`` when a name is the word itself,
    ``heads`` the two characters after the word in the names it begins, ``tails`` for the names it does not
    begin how many characters before the word each starts, its text before the word and the two characters
    after it (lower case, straight apostrophes)."""

    pattern: re.Pattern[str]
    alone: bool
    heads: frozenset[str]
    tails: tuple[tuple[int, str, str], ...]


def _anchors() -> dict[str, Near]:
    """Each word of the names as written (the small ones left out, without a possessive or a colon) -> the names
    that hold it: a match that reaches into a name holds one of its words whole ("Sunday" of "Mail on Sunday",
    "2000" of "2000 AD"), and only the few names of that word need be tried, each where it would start."""
    held: dict[str, set[str]] = {}
    places: dict[str, set[tuple[int, str, str]]] = {}
    for entry in ENTRIES.values():
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
    return {word: Near(_names_pattern(sorted(names)), (0, "", "") in places[word],
                        frozenset(after for at, _, after in places[word] if at == 0 and after),
                        tuple(sorted(place for place in places[word] if place[0] > 0)))
            for word, names in held.items()}


BY_ANCHOR = _anchors()
ANCHOR = re.compile(trie_pattern(sorted(BY_ANCHOR)))
# The same words in lower case, looked for in a heading line written small before its names are (a pattern with
# IGNORECASE searches several times slower)
LOWER_ANCHOR = re.compile(trie_pattern(sorted({word.lower() for word in BY_ANCHOR})))
