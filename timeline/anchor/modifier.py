"""A date that names a thing ("the Jan. 14 deadline", "the 2018 midterm elections") takes no tense from its verb:
:func:`is_modifier`, which :func:`timeline.anchor.tense.tense_at` and the clue readers ask.
"""

from __future__ import annotations

import re

# "the Jan. 14 deadline", "the 2018 midterm elections": a date naming a thing takes no tense from the verb.
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her)|['’]s)\s+$", re.IGNORECASE)
_NOT_NOUN = frozenset("""and or but to in of at on when as for with by from through until was is were will
had has have be been being are said says after before since while where which who that than then""".split())
# "the 1988 period", "the 1988 third quarter": a span of time, not a thing, so the verb's tense holds.
PERIOD_WORDS = frozenset("period periods quarter half first second third fourth year season".split())
_NOT_NOUN_OR_PERIOD = _NOT_NOUN | PERIOD_WORDS


def is_modifier(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` names a thing ("the Jan. 14 deadline").

    Such a date may lie on either side of the sentence's verb: "gave no reason for
    the Jan. 14 deadline" says nothing about whether 14 January is past.

    A name after it names a thing too: "unveiled the 2020 Olympics mascots" says nothing about
    whether 2020 has come.

    >>> s = "Meissner gave no reason for the Jan. 14 deadline."
    >>> is_modifier(s, s.index("Jan."), s.index(" deadline"))
    True
    >>> s = "Tokyo unveiled the 2020 Olympics mascots."
    >>> is_modifier(s, s.index("2020"), s.index(" Olympics"))
    True
    """
    if not _DETERMINER.search(text[max(0, start - 8):start]):
        return False
    if re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3]):
        return True
    following = re.match(r"[\s,]*([a-z][a-z'’-]*)", text[end:end + 40])
    return bool(following) and following.group(1) not in _NOT_NOUN_OR_PERIOD
