"""Titles an article gives its people, so "the Russian president" can be named.

"Russian President Vladimir Putin" teaches that, in this article, "the Russian
president" is Vladimir Putin; "Kremlin spokesman Dmitry Peskov" that "the
Kremlin spokesman" is Dmitry Peskov. Only titles written next to a name in the
same article count: no outside knowledge.

>>> title_names("Russian President Vladimir Putin met US Vice President Mike Pence.")
{'russian president': 'Vladimir Putin', 'us vice president': 'Mike Pence'}
"""

from __future__ import annotations

import re

_HEADS = ("President", "Vice President", "Vice-President", "Prime Minister", "Minister", "Secretary",
          "Chancellor", "Governor", "Senator", "Ambassador", "spokesman", "spokeswoman", "leader",
          "Spokesman", "Leader", "King", "Queen", "Premier")
_TITLE = re.compile(
    r"\b((?:[A-Z][\w.-]* ){0,2}(?:" + "|".join(re.escape(h) for h in _HEADS) + r"))"
    r" +((?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_HEAD_WORDS = frozenset(w.lower() for h in _HEADS for w in h.replace("-", " ").split())
#: Words of titles, dropped before a name in labels.
TITLE_WORDS = _HEAD_WORDS | {"vice", "president", "prime"}


def title_names(text: str) -> dict[str, str]:
    """Lower-cased title -> the name it stands before, the first time it is written.

    >>> title_names("Kremlin spokesman Dmitry Peskov said so.")
    {'kremlin spokesman': 'Dmitry Peskov'}
    """
    names: dict[str, str] = {}
    for match in _TITLE.finditer(text):
        title = " ".join(match.group(1).lower().replace("-", " ").split())
        name = match.group(2)
        if len(title.split()) < 2 or name.split()[0].lower() in _HEAD_WORDS:
            continue  # "President" alone names nobody in particular; "leader President Putin"
        names.setdefault(title, name)
    return names


def name_for(words: list[str], titles: dict[str, str]) -> str | None:
    """The name a subject such as ["the", "Russian", "president"] stands for, if the article said.

    >>> name_for(["the", "Russian", "president"], {"russian president": "Vladimir Putin"})
    'Vladimir Putin'
    """
    key = " ".join(w.lower().replace("-", " ") for w in words if w.lower() not in {"the", "a", "an"})
    return titles.get(" ".join(key.split()))
