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
    """Read-only tables ``kind -> {word: value}`` loaded from the TSV resource."""

    def __init__(self, tables: Mapping[str, Mapping[str, str]]) -> None:
        self._tables = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in tables.items()})

    def table(self, kind: str) -> Mapping[str, str]:
        """The ``{word: value}`` table of one kind."""
        return self._tables[kind]

    def lookup(self, kind: str, word: str) -> str | None:
        """The value of ``word`` (any case, trailing period and spacing ignored)."""
        key = " ".join(word.lower().rstrip(".").replace("\u2019", "'").split())
        return self._tables[kind].get(key)

    def pattern(self, kind: str, *, abbreviations: bool = True) -> str:
        """A non-capturing alternation of the words of ``kind``, longest first."""
        words = sorted(self._tables[kind], key=len, reverse=True)
        alts: list[str] = []
        for word in words:
            full = (len(word) > 3 or word == "may") and word not in {"tues", "thurs", "sept"}
            if not abbreviations and not full and kind in _NAME_KINDS:
                continue
            alts.extend(_variants(kind, word))
        return "(?:" + "|".join(alts) + ")"


def _variants(kind: str, word: str) -> list[str]:
    """Regex variants of one word: names capitalised/upper, other words any case."""
    body = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
    if kind not in _NAME_KINDS:
        return [f"(?i:{body})"]
    short = len(word) <= 4 and word not in {"may", "june", "july"}
    dot = r"\.?" if short or word in {"sept", "tues", "thurs"} else ""
    return [re.escape(word.capitalize()) + dot, re.escape(word.upper()) + dot]


def _load(path: Path) -> Lexicon:
    tables: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, value = line.split("\t")
        tables.setdefault(kind, {})[word] = value
    return Lexicon(tables)


LEXICON = _load(_RESOURCE)

_TENS = re.compile(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(\w+)$")


@lru_cache(maxsize=4096)
def parse_number(words: str) -> float | None:
    """The value of a count: digits, number words, ``"a couple of"``; None for vague ones.

    Vague counts (``"several"``, ``"a few"``) give None: TIMEX3 writes them ``X``.

    >>> parse_number("3"), parse_number("a couple of"), parse_number("several")
    (3.0, 2.0, None)
    """
    text = " ".join(words.lower().replace(",", "").split())
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
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


def number_pattern() -> str:
    """A count: digits, number words (``twenty-five``), ``a couple of``, ``several``."""
    words = LEXICON.pattern("number")
    tens = r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))"
    return rf"(?:\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?|{tens}|{words})"
