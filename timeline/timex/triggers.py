"""Where each rule may match, read from ``resources/triggers.tsv``: near which words, how far from them.

A rule is tried only near one of its trigger words (:mod:`timeline.timex.scan`); a word too
common to open a window on its own opens one only with another of its rule's words close
before it (a pair, "good+friday") or right after a given word read in the text ("a_day").
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

from timeline.timex.lexicon import _RESOURCE, LEXICON, SHAPES, Lexicon


class Trigger(NamedTuple):
    """Where a rule may match: near one of ``words``, at most ``before``/``after`` characters away.

    A rule may also be read near the second word of one of its ``pairs`` only where the first
    starts at most ``reach`` characters before it ("good+friday" in ``resources/triggers.tsv``): a
    word too common to open a window on its own ("good", "day") opens one in the name it is part of.

    >>> TRIGGERS["week-number"].before, sorted(TRIGGERS["week-number"].words)
    (0, ['week', 'wk'])
    >>> ("good", "friday") in TRIGGERS["holiday"].pairs, TRIGGERS["holiday"].reach
    (True, 12)

    A word of ``after_word`` ("a_day" in ``resources/triggers.tsv``) opens a window only where it
    follows its first word and a blank: a word too short to scan for ("a") read in the text.

    >>> ("per", "day") in TRIGGERS["rate"].after_word
    True
    """

    words: frozenset[str]
    before: int
    after: int
    pairs: frozenset[tuple[str, str]] = frozenset()
    reach: int = 0
    after_word: frozenset[tuple[str, str]] = frozenset()

    @property
    def scanned(self) -> frozenset[str]:
        """Every word the trigger scan must find for this rule: its words, both words of each pair, the second
        word of each of ``after_word``."""
        return self.words.union(*self.pairs, (second for _, second in self.after_word))


def pair_reach(first: str, second: str, lexicon: Lexicon) -> int:
    """The farthest ``second`` starts after ``first`` in any word of ``lexicon`` that holds both (0: none).

    Counted as the entries are written, each blank once, as every reach is.

    >>> pair_reach("good", "friday", LEXICON), pair_reach("president", "day", LEXICON)
    (5, 12)
    """
    reach = 0
    for table in lexicon._tables.values():
        for entry in table:
            words = [(m.start(), m.group()) for m in re.finditer("[a-z]+", entry)]
            for i, (start, word) in enumerate(words):
                if word == first:
                    reach = max([reach] + [later - start for later, w in words[i + 1:] if w == second])
    return reach


def _load_triggers(path: Path, lexicon: Lexicon) -> Mapping[str, Trigger]:
    """``rule name -> Trigger``: a rule is tried only near one of its trigger words.

    ``@kind`` expands to the last word of every lexicon entry of that kind; ``@year``,
    ``@colon``, ``@slash``, ``@ordinal`` and ``@decade`` are character shapes (see :data:`SHAPES`);
    ``first+second`` is a pair (:class:`Trigger`), whose reach is read from the lexicon (:func:`pair_reach`);
    ``first_second`` a word read only right after another (:class:`Trigger`), ``a|per_day|week`` each of
    the second words right after each of the first.
    """
    table: dict[str, Trigger] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, words, *reach = line.split("\t")
        before, after = (int(n) for n in reach[0].split()) if reach else (45, 45)
        expanded: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        after_word: set[tuple[str, str]] = set()
        for word in words.split():
            if "_" in word:  # "a|per_day|week": each of the words after "_" right after each of those before
                firsts, seconds = word.split("_")
                after_word.update((a, b) for a in firsts.split("|") for b in seconds.split("|"))
            elif "+" in word:
                first, second = word.split("+")
                pairs.add((first, second))
            elif word.startswith("@") and word not in SHAPES:
                expanded.update(w.split()[-1].split("'")[0] for w in lexicon.table(word[1:]))
            else:
                expanded.add(word)
        widest = max((pair_reach(a, b, lexicon) for a, b in pairs), default=0)
        if any(pair_reach(a, b, lexicon) == 0 for a, b in pairs):  # a pair no entry holds: no reach to read
            raise ValueError(f"{name}: a trigger pair no lexicon entry holds in that order")
        table[name] = Trigger(frozenset(expanded), before, after, frozenset(pairs), widest, frozenset(after_word))
    return MappingProxyType(table)


TRIGGERS = _load_triggers(_RESOURCE.with_name("triggers.tsv"), LEXICON)
