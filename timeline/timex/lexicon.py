"""The word resources of the recogniser, read from ``resources/lexicon.tsv``.

Words live in a data file, apart from the engine, so a new month abbreviation or
holiday is a one-line change. This module turns them into lookup tables and into
regex fragments (alternations sorted longest first, so ``Sept.`` beats ``Sep``).

>>> LEXICON.lookup("month", "Sept.")
'9'
>>> parse_number("twenty-five")
25.0
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

_RESOURCE = Path(__file__).with_name("resources") / "lexicon.tsv"
# Kinds whose words are names: they match only Capitalised or UPPER case ("May", "MAY", not "may").
_NAME_KINDS = frozenset({"month", "weekday"})


class Lexicon:
    """Read-only tables ``kind -> {word: value}`` loaded from the TSV resource.

    Parameters
    ----------
    tables : Mapping[str, Mapping[str, str]]
        Each kind of word ("month", "number", "unit" ...) and its words, written as :func:`normal_key` writes them.

    >>> Lexicon({"month": {"nov": "11", "november": "11"}}).lookup("month", "Nov.")
    '11'
    """

    def __init__(self, tables: Mapping[str, Mapping[str, str]]) -> None:
        self._tables = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in tables.items()})
        # Whether every word is written as lookup() writes a key: then a word that is a key once lower-cased
        # needs no other normalising (most words a rule reads: "November", "years", "Friday").
        self._plain = all(normal_key(w) == w for table in self._tables.values() for w in table)

    def table(self, kind: str) -> Mapping[str, str]:
        """The ``{word: value}`` table of one kind, read-only.

        >>> LEXICON.table("ordinal")["twenty-first"]
        '21'
        """
        return self._tables[kind]

    def lookup(self, kind: str, word: str) -> str | None:
        """The value of ``word`` (any case, trailing period and spacing ignored), None for a word not listed.

        >>> LEXICON.lookup("weekday", "TUES."), LEXICON.lookup("unit", "Fortnights"), LEXICON.lookup("month", "Mayo")
        ('2', 'fortnight', None)
        """
        table = self._tables[kind]
        if self._plain:
            lower = word.lower()
            # a key as written, or with the period of an abbreviation ("Nov."): a key is its own normal_key, so a
            # word that is one once lower-cased (and stripped) has that key as its normal_key too
            value = table.get(lower)
            if value is None:
                value = table.get(lower.rstrip("."))
            if value is not None:
                return value
        return table.get(normal_key(word))

    def pattern(self, kind: str, *, abbreviations: bool = True) -> str:
        """A non-capturing alternation of the words of ``kind`` as a trie (longest match first).

        A trie ("Jan(?:uary)?") costs one test per character where a flat list
        of alternatives costs one per word: it keeps every rule fast. Names (months, weekdays)
        match Capitalised or UPPER case only; ``abbreviations=False`` leaves out their short forms.

        >>> months = re.compile(LEXICON.pattern("month", abbreviations=False))
        >>> [bool(months.fullmatch(w)) for w in ("November", "NOVEMBER", "Nov.", "may")]
        [True, True, False, False]
        """
        variants: list[str] = []
        for word in self._tables[kind]:
            full = (len(word) > 3 or word == "may") and word not in {"tues", "thurs", "sept"}
            if not abbreviations and not full and kind in _NAME_KINDS:
                continue
            variants.extend(_variants(kind, word))
        if kind in _NAME_KINDS:
            return trie_pattern(variants)
        return "(?i:" + trie_pattern(variants) + ")"


def normal_key(word: str) -> str:
    """``word`` as the lexicon writes its keys: lower case, no trailing period, straight apostrophes, one space.

    >>> normal_key(" New  Year\u2019s Eve.")
    "new year's eve"
    """
    return " ".join(word.lower().rstrip(".").replace("\u2019", "'").split())


def _variants(kind: str, word: str) -> list[str]:
    """Spellings of one word: names Capitalised or UPPER (with a period if abbreviated), others lower."""
    if kind not in _NAME_KINDS:
        return [word]
    short = len(word) <= 4 and word not in {"may", "june", "july"}
    forms = [word.capitalize(), word.upper()]
    if short or word in {"sept", "tues", "thurs"}:
        forms += [form + "." for form in forms]
    return forms


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, built as a trie; a space matches any run of blanks.

    >>> trie_pattern(["jan", "january", "june"])
    '(?:j(?:an(?:uary)?|une))'
    """
    return "(?:" + _emit(_trie(words)) + ")"


def _trie(words: list[str]) -> dict[str, dict]:
    """Nested dicts, one level per character; ``""`` marks where a word ends."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def word_pattern(words: list[str]) -> str:
    """A trie regex for whole lower-case ``words``, written so that each starts with a literal.

    >>> re.findall(word_pattern(["ago", "day", "days"]), "days ago, today")
    ['days', 'ago']
    """
    root = _trie(words)
    branches = [_char(c) + r"(?<![a-z]" + _char(c) + ")" + _emit(child) for c, child in sorted(root.items()) if c]
    return "(?:" + "|".join(branches) + r")(?![a-z])"


def _emit(node: dict[str, dict]) -> str:
    branches = [_char(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _char(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in "'\u2019":
        return "['\u2019]"
    return re.escape(char)


def _load(path: Path) -> Lexicon:
    tables: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, value = line.split("\t")
        tables.setdefault(kind, {})[word] = value
    return Lexicon(tables)


LEXICON = _load(_RESOURCE)
DIGIT = "@digit"
# Shapes of characters a sentence may hold, named like words so rules can be triggered by them.
SHAPES = MappingProxyType({
    DIGIT: re.compile(r"\d"),
    # Each starts with a character class (lookbehinds come after it) so the regex engine can skip fast.
    "@year": re.compile(r"[12]\d(?<!\d\d\d)(?<=1\d|2[01])\d\d(?!\d)|['\u2019]\d\d"),
    "@iso": re.compile(r"[0-9]\d\d\d-[01]\d-[0-3]\d"),
    "@colon": re.compile(r"[0-9][:.]\d\d"),
    "@slash": re.compile(r"[0-9]/\d"),
    "@ordinal": re.compile(r"[0-9](?:st|nd|rd|th)(?![a-zA-Z])"),  # "20th": a trigger word "th" would cost every "the"
    # "the '60s": a trigger word "s" fires at every "'s" (1343 windows a TBAQ pass, 1.2 ms, for no match)
    "@decade": re.compile(r"[2-9]0s"),
})


# The tens and the units a compound count joins ("twenty-five", "forty one"); what each is worth is the lexicon's
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = re.compile("^(" + "|".join(_TENS_WORDS) + r")[- ]?(\w+)$")


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def parse_number(words: str) -> float | None:
    """The value of a count: digits, number words, ``"a couple of"``; None for vague ones.

    Vague counts (``"several"``, ``"a few"``) give None: TIMEX3 writes them ``X``.

    >>> parse_number("3"), parse_number("a couple of"), parse_number("several")
    (3.0, 2.0, None)
    """
    text = " ".join(words.lower().replace(",", "").split())
    if _DECIMAL.fullmatch(text):
        return float(text)
    value = LEXICON.lookup("number", text)
    if value is not None:
        return None if value == "X" else float(value)
    match = _TENS.match(text)
    if match:
        tens, ones = LEXICON.lookup("number", match[1]), LEXICON.lookup("number", match[2])
        if tens and ones and ones != "X" and float(ones) < 10:
            return float(tens) + float(ones)
    return None


# A year of 1800-2099 right after a capitalised time preposition opening a clause ("In 2020 weeks of lockdown
# followed", "By 2050 days will be longer") is the year, though four digits before a unit of time are a count
# elsewhere ("1200 hours of training"): the count of number_pattern and the year rule of absolute.py both read this
# one list, so that the two never match the same digits
OPENING_PREPOSITIONS = ("In", "By", "Since", "Until", "During")
OPENING_YEAR = r"(?:1[89]|20)\d\d"


def number_pattern() -> str:
    """A count: digits, number words (``twenty-five``), ``a couple of``, ``several``.

    >>> bool(re.fullmatch(number_pattern(), "a couple of")), bool(re.fullmatch(number_pattern(), "umpteen"))
    (True, False)
    """
    words = LEXICON.pattern("number")
    tens = "(?i:" + trie_pattern([f"{t}{sep}{o}" for t in _TENS_WORDS for sep in "- " for o in _UNIT_WORDS]) + ")"
    # four digits with no comma only before a unit of time ("1200 hours of training"): anywhere else they are a year
    # (not a year of 1800-2099 after a capitalised time preposition: "In 2020 weeks of lockdown followed" opens with
    # the year; "In 1200 hours of flight" still counts)
    opening = "|".join(rf"(?<=\b{word} )" for word in OPENING_PREPOSITIONS)
    four = (rf"(?!(?:{opening}){OPENING_YEAR}[- \t](?i:days?|weeks?|months?|years?)\b)"
            r"[1-9]\d{3}(?=[- \t](?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)")
    return rf"(?:{four}|\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?|{tens}|{words})"
