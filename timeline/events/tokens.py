"""Tokens with offsets, quotation spans and clause segments of one sentence.

Offsets are into the document text, so triggers, timexes and mentions share
one coordinate system.

>>> toks = tokenize("Putin met Pence on Nov. 15, 2018.", 100)
>>> [(t.text, t.start) for t in toks][:3]
[('Putin', 100), ('met', 106), ('Pence', 110)]
"""

from __future__ import annotations

import re
from functools import cached_property

from timeline.models import Frozen

_TOKEN = re.compile(r"\$?\d[\d.,]*\d(?:bn|m|st|nd|rd|th)?|\$?\d+(?:st|nd|rd|th)?"
                    r"|[A-Za-z]+(?:\.[A-Za-z]+)+\.?|\w+(?:[-'’]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s$")
#: Words that open a new clause inside a sentence (the comma before is optional).
CLAUSE_OPENERS = frozenset(
    "but while whereas although though because which who whom adding if unless whether "
    "when whereby so".split())


class Token(Frozen):
    """A word or a punctuation mark with its span in the document."""

    text: str
    start: int
    end: int

    @cached_property
    def lower(self) -> str:
        """The word lower-cased, with a possessive ``'s`` removed (read hundreds of times a sentence: kept)."""
        return _POSSESSIVE.sub("", self.text).lower()

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation."""
        return self.text[:1].isalnum() or self.text[:1] == "$"

    @property
    def capitalised(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text``, their offsets shifted by ``offset``.

    >>> [t.text for t in tokenize("U.S. tariffs of $200 billion")]
    ['U.S.', 'tariffs', 'of', '$200', 'billion']
    """
    return [Token(text=m.group(), start=m.start() + offset, end=m.end() + offset)
            for m in _TOKEN.finditer(text)]


def segments(tokens: list[Token]) -> list[int]:
    """A clause number for every token: commas, semicolons and clause openers start new ones.

    >>> toks = tokenize("Peskov said on Sunday, adding that Putin met Pence.")
    >>> segments(toks)
    [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]
    """
    numbers, current = [], 0
    for i, token in enumerate(tokens):
        if token.text in {",", ";", ":", "—", "–"} or (
                token.lower in CLAUSE_OPENERS and i > 0 and tokens[i - 1].text != ","):
            current += 1
        elif token.lower in CLAUSE_OPENERS and i > 0:
            pass  # ", but": the comma opened the clause already
        numbers.append(current)
    return numbers
