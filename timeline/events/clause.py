"""The words around a trigger in its own clause: its subject, its object, and who is speaking.

A subject is read backwards from the trigger to a clause boundary, an object
forwards; both keep to the trigger's segment (its clause) and leave out the
skipped tokens (timexes). Names lose their titles; a pronoun or role subject
("he", "the spokesman") gives way to the last named speaker.

>>> from timeline.events.phrases import join_words
>>> from timeline.events.tokens import tokenize, segments
>>> toks = tokenize("Russian leader Vladimir Putin held a meeting with Mike Pence.")
>>> segs = segments(toks)
>>> [toks[i].text for i in subject(toks, segs, 4, set())], join_words(toks, object_words(toks, segs, 4, set(), 10))
(['Vladimir', 'Putin'], 'a meeting with Mike Pence')
"""

from __future__ import annotations

from timeline.events.phrases import compress, trim, untitle
from timeline.events.tokens import Token
from timeline.events.words import NOT_NAMES, PRONOUNS, ROLES

_STOP_OBJECT = frozenset("that which who whom when because if unless while whereas but adding after before "
                         "ahead following during amid until since".split())
#: Words a subject, read backwards from its verb, does not reach past.
STOP_SUBJECT = _STOP_OBJECT | {"”", "\"", "and", "or", "to", "toward", "towards", "with", "for", "about",
                               "from", "during", "after", "before", "than"}
#: Prepositions dropped from an object with the skipped timex they introduce ("talks on [Monday]").
_BEFORE_TIMEX = frozenset("on in at during since by between from".split())
_LEAD_ADVERBS = frozenset("never not also later then still ultimately finally".split())


def name_tail(tokens: list[Token], idx: list[int]) -> list[int]:
    """The trailing capitalised name of a subject, without titles ("Vladimir Putin").

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Kremlin spokesman Dmitry Peskov")
    >>> [toks[i].text for i in name_tail(toks, [0, 1, 2, 3])]
    ['Dmitry', 'Peskov']
    """
    tail: list[int] = []
    for i in reversed(idx):
        if not tokens[i].capitalised or tokens[i].lower in NOT_NAMES:
            break
        tail.insert(0, i)
    return tail[-3:]


def subject(tokens: list[Token], seg: list[int], start: int, skip: set[int]) -> list[int]:
    """Token indexes of the subject before ``start`` in the same clause.

    >>> from timeline.events.tokens import tokenize, segments
    >>> toks = tokenize("Kremlin spokesman Dmitry Peskov said it.")
    >>> [toks[i].text for i in subject(toks, segments(toks), 4, set())]
    ['Dmitry', 'Peskov']
    """
    idx: list[int] = []
    i = start - 1
    while i >= 0 and seg[i] == seg[start] and tokens[i].lower not in STOP_SUBJECT:
        if i not in skip:
            idx.insert(0, i)
        i -= 1
    idx = trim(tokens, idx)
    name = name_tail(tokens, idx)
    if name and name[0] == i + 1 and i >= 1 and tokens[i].lower == "and" and seg[i] == seg[start]:
        # "Churchill and Roosevelt met": "and" stops the subject, but the name before it is part of it
        first = name_tail(tokens, [j for j in range(max(0, i - 3), i) if j not in skip])
        if first and first[-1] == i - 1:
            return first + [i] + name
    return name or idx[-4:]


def _with_coordinated_name(tokens: list[Token], idx: list[int], name: list[int]) -> list[int]:
    """"Churchill and Roosevelt met": a name joined by "and" to the subject's name is part of the subject.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Churchill and Roosevelt met.")
    >>> [toks[i].text for i in _with_coordinated_name(toks, [0, 1, 2], [2])]
    ['Churchill', 'and', 'Roosevelt']
    """
    if not name or name[0] not in idx:
        return name
    at = idx.index(name[0])
    if at < 2 or tokens[idx[at - 1]].lower != "and":
        return name
    first = name_tail(tokens, idx[:at - 1])
    return first + [idx[at - 1]] + name if first else name


def object_words(tokens: list[Token], seg: list[int], after: int, skip: set[int], limit: int,
                 stop: int | None = None, through_that: bool = False) -> list[int]:
    """Token indexes of what follows ``after`` in its clause, untitled and compressed to ``limit``
    words; ``stop`` ends it early, ``through_that`` reads on through "that" and quote marks (the
    content of a report).

    >>> from timeline.events.phrases import join_words
    >>> from timeline.events.tokens import tokenize, segments
    >>> toks = tokenize("Peskov said that Russia would respond, adding nothing.")
    >>> join_words(toks, object_words(toks, segments(toks), 1, set(), 10, through_that=True))
    'Russia would respond'
    """
    idx: list[int] = []
    i, current = after + 1, seg[after]
    stops = _STOP_OBJECT - ({"that"} if through_that else set())
    while i < len(tokens) and len(idx) < 3 * limit and tokens[i].lower not in stops and i != stop:
        if through_that and tokens[i].text in {"“", "”", "\""}:
            i += 1
            continue
        if tokens[i].text in {".", ";", ":", "“", "”", "\"", "—"}:
            break
        if tokens[i].text == "," and i + 1 < len(tokens) and tokens[i + 1].text.endswith("ing"):
            current = seg[i]  # ", introducing US $60 billion in customs duties": the same event
        if seg[i] != current:
            break
        if through_that and tokens[i].lower == "that":
            i += 1
            continue
        if i not in skip and not (i + 1 in skip and tokens[i].lower in _BEFORE_TIMEX):
            idx.append(i)
        i += 1
    return trim(tokens, compress(tokens, untitle(tokens, trim(tokens, idx, False)), limit), False)


def _before(tokens: list[Token], first: int) -> int:
    """Index of the word before a verb group, past adverbs ("and never announced")."""
    k = first - 1
    while k >= 0 and tokens[k].lower in _LEAD_ADVERBS:
        k -= 1
    return k


def after_quote_or_comma(tokens: list[Token], first: int) -> bool:
    """"..., said the Kremlin's representative": a subject after its verb follows a quote or comma.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("We will talk, said the representative.")
    >>> after_quote_or_comma(toks, 4), after_quote_or_comma(toks, 2)
    (True, False)
    """
    k = _before(tokens, first)
    return k < 0 or not tokens[k].is_word


def coordinated(tokens: list[Token], first: int) -> list[int]:
    """The subject of the first verb for a verb after "and" / "but" ("Putin did everything
    possible ... and never announced his preference"): the sentence's first name.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("Russian President Vladimir Putin stayed neutral and never announced it.")
    >>> [toks[i].text for i in coordinated(toks, 7)]
    ['Vladimir', 'Putin']
    """
    k = _before(tokens, first)
    if k < 0 or tokens[k].lower not in {"and", "but", "or"}:
        return []
    run: list[int] = []
    for i in range(k):
        if tokens[i].capitalised and tokens[i].is_word and (not run or run[-1] == i - 1):
            run.append(i)
        elif run:
            break
    return name_tail(tokens, run)


def speaker_words(tokens: list[Token], subj: list[int], speaker: str | None) -> tuple[list[int], str | None]:
    """The subject words to show and the agent they name (lower-cased surname): the subject's name
    if it has one, else ``speaker`` in place of a pronoun or role, else the subject as it is.

    >>> from timeline.events.tokens import tokenize
    >>> toks = tokenize("The spokesman and Dmitry Peskov")
    >>> speaker_words(toks, [1], "peskov"), speaker_words(toks, [3, 4], None)
    (([], 'peskov'), ([3, 4], 'peskov'))
    """
    words = {tokens[i].lower for i in subj}
    named = _with_coordinated_name(tokens, subj, name_tail(tokens, subj))
    if named:
        return named, tokens[named[-1]].lower
    if speaker and (not subj or words & PRONOUNS or words & ROLES):
        return [], speaker
    return subj, None
