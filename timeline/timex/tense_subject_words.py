"""The words of a subject after its date, up to its clause's first stop, read by :mod:`timeline.timex.tense_subject`:
an aside between two commas (an apposition, an attribution), dates listed before one head ("Thanksgiving, Black
Friday and Cyber Monday sales") and a relative clause whose object is the head ("The Black Friday rush that
retailers feared never came") are left out, so the verb read after them is the subject's own (session 15).

>>> words_after("The Dec. 1 march, organisers said, drew crowds.", 4)
['Dec', '1', 'march', 'drew', 'crowds']
"""

from __future__ import annotations

import re

from timeline.timex.tense_heads import time_word
from timeline.timex.tense_sides import WORD
from timeline.timex.verbs import MODALS, REPORTING, word_tense

# After the date, words that end the clause before its verb is read: a relative or a conjunction, a modal
CLAUSE_ENDS = frozenset("that which who whom whose where when while if unless and or but as because".split()) | MODALS

# A stop after these ends no sentence: the date's own abbreviations and titles ("Nov. 22 parade", "Mr. Smith")
ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat "
                           "sun mr mrs ms dr st gov sen rep gen lt col sgt u s".split())
RIGHT_STOP = re.compile(r"[,;:!?()\"\u201c\u201d\n]|[.](?=[ \t]*$|[ \t]+[A-Z0-9])")


def words_after(text: str, start: int) -> list[str]:
    """The words from ``start`` up to the clause's first stop (a comma, a quote, a sentence's end), an aside between
    two commas left out (:func:`_aside`).

    >>> words_after("The Nov. 22 game drew fans, police said.", 4)
    ['Nov', '22', 'game', 'drew', 'fans']
    >>> words_after("The Nov. 20 summit, the first in a decade, ended in acrimony.", 4)
    ['Nov', '20', 'summit', 'ended', 'in', 'acrimony']
    >>> words_after("Thanksgiving, Black Friday and Cyber Monday sales rose.", 0)
    ['Thanksgiving', 'and', 'Cyber', 'Monday', 'sales', 'rose']
    """
    words, position = _words_to_stop(text, start)
    if position < len(text) and text[position] == ",":
        close = text.find(",", position + 1, position + 80)
        if close > 0 and _aside(text[position + 1:close]):
            return words + _words_to_stop(text, close + 1)[0]
        following = _words_to_stop(text, position + 1)[0]
        listed = 0
        while listed < len(following) and following[listed][:1].isupper() and time_word(following[listed]):
            listed += 1
        if listed and words and time_word(words[-1]):
            return words + following[listed:]  # "Thanksgiving, Black Friday and Cyber Monday sales": a list of dates
    return words


# An aside between two commas that a subject and its verb may hold: an apposition, a noun phrase with no verb
# ("The Nov. 20 summit, the first in a decade, ended"), or an attribution, a subject and a verb of saying ("The
# Dec. 1 march, organisers said, drew 10,000 people"); not a relative clause ("which drew crowds") nor a clause
# with a verb of its own ("The vote, he argued, was rigged" is an attribution too: "argued" is no verb of saying,
# so the aside is kept)
_APPOSITION_OPENERS = frozenset("the a an its his her their our one another".split())


def _aside(segment: str) -> bool:
    """Whether ``segment`` (the text between two commas) is an apposition or an attribution.

    >>> _aside(" the first in a decade"), _aside(" organisers said"), _aside(" police say")
    (True, True, True)
    >>> _aside(" which drew crowds last year"), _aside(" the mayor resigned"), _aside(" and sales rose")
    (False, False, False)
    """
    words = re.findall(r"[A-Za-z0-9'%$]+", segment)
    if not words or len(words) > 8:
        return False
    low = [w.lower() for w in words]
    if low[-1] in REPORTING or low[-1] in _SAYS:
        return all(word_tense(w) is None and w not in CLAUSE_ENDS for w in low[:-1])  # "organisers said"
    return low[0] in _APPOSITION_OPENERS and all(word_tense(w) is None and w not in CLAUSE_ENDS for w in low[1:])


_SAYS = frozenset("says say tells adds notes writes reports".split())


def _words_to_stop(text: str, start: int) -> tuple[list[str], int]:
    """The words from ``start`` up to the clause's first stop, and where that stop stands."""
    end = min(len(text), start + 160)
    position = start
    for stop in RIGHT_STOP.finditer(text, start, end):
        if stop[0] == ".":
            before = WORD.findall(text, max(start, stop.start() - 12), stop.start())
            if before and before[-1].lower() in ABBREVIATIONS and stop.start() - start < 12:
                continue  # "Nov. 22": the date's own stop
        position = stop.start()
        break
    else:
        position = end
    return re.findall(r"[A-Za-z0-9'%$]+", text[start:position]), position


def without_listed_dates(words: list[str]) -> list[str]:
    """``words`` with the dates listed after the first left out: "Thanksgiving, Black Friday and Cyber Monday sales
    rose" lists three days before one head, whose verb dates each (a list's "and" or "or" joins dates, not clauses).

    >>> without_listed_dates("Black Friday and Cyber Monday sales rose".split())
    ['Black', 'Friday', 'sales', 'rose']
    >>> without_listed_dates("Black Friday and sales rose".split())
    ['Black', 'Friday', 'and', 'sales', 'rose']
    """
    out: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        if word.lower() in ("and", "or") and out and time_word(out[-1]) and k + 1 < len(words) \
                and time_word(words[k + 1]) and words[k + 1][:1].isupper():
            k += 1
            while k < len(words) and time_word(words[k]) and words[k][:1].isupper() or k < len(words) \
                    and words[k][:1].isdigit():
                k += 1
            continue
        out.append(word)
        k += 1
    return out


def without_object_relative(words: list[str]) -> list[str]:
    """``words`` with a relative clause whose object is the head left out: "The Black Friday rush that retailers
    feared never came" -- "that", the relative's subject (no verb in it, at most three words) and its verb, when the
    main clause's verb follows (an adverb between). A relative whose subject is the head ("that drew crowds") or with
    no verb after it is kept, and ends the search as before.

    >>> without_object_relative("Black Friday rush that retailers feared never came".split())
    ['Black', 'Friday', 'rush', 'never', 'came']
    >>> without_object_relative("Thanksgiving parade that drew crowds returns".split())
    ['Thanksgiving', 'parade', 'that', 'drew', 'crowds', 'returns']
    >>> without_object_relative("Black Friday rush that retailers feared".split())
    ['Black', 'Friday', 'rush', 'that', 'retailers', 'feared']
    """
    low = [w.lower() for w in words]
    for k, word in enumerate(low):
        if word not in ("that", "which") or not k:
            continue
        for v in range(k + 2, min(k + 5, len(low))):
            if word_tense(low[v]) is not None or low[v] in MODALS:
                rest = [w for w in low[v + 1:v + 3] if not w.endswith("ly") and w not in ("never", "not", "also")]
                if rest and (word_tense(rest[0]) is not None or rest[0] in MODALS) \
                        and all(word_tense(w) is None and w not in CLAUSE_ENDS for w in low[k + 1:v]):
                    return words[:k] + words[v + 1:]
                return words
        return words
    return words
