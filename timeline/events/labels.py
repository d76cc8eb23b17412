"""Short readable labels from an event's own clause: subject, verb group, object.

The clause is read by :mod:`timeline.events.clause` and made short by
:mod:`timeline.events.phrases`; this module puts the label together.

Timexes (with their preposition) are left out of labels: the date is shown
beside the label. Pronoun and role subjects ("he said", "said the Kremlin's
representative") become the last named speaker of the document.

>>> from timeline.events.tokens import tokenize, segments
>>> from timeline.events.triggers import find_triggers
>>> toks = tokenize("Russian leader Vladimir Putin held a brief meeting on November 15 with Mike Pence.")
>>> trig = find_triggers(toks)[0]
>>> make_label(toks, segments(toks), trig, skip={9, 10}, speaker=None, limit=14)[0]
'Vladimir Putin held a brief meeting with Mike Pence'
"""

from __future__ import annotations

from timeline.events.clause import STOP_SUBJECT, after_quote_or_comma, coordinated, name_tail, object_words, \
    speaker_words, subject
from timeline.events.phrases import AUXILIARIES, compress, finish, join_words, trim, untitle
from timeline.events.titles import name_for
from timeline.events.tokens import Token
from timeline.events.triggers import Trigger
from timeline.events.words import DETERMINERS, NOT_NAMES

#: Prepositions left without their object when a timex is skipped.
_ORPHANED = frozenset("in on at by during since until from before after".split())


def _without_orphans(tokens: list[Token], idx: list[int], skip: set[int]) -> list[int]:
    """``idx`` without a preposition whose object was skipped: "In February the leaders met" loses "In"."""
    return [i for i in idx if not (tokens[i].lower in _ORPHANED and i + 1 in skip)]


def make_label(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int],
               speaker: str | None, limit: int,
               titles: dict[str, str] | None = None) -> tuple[str, str | None]:
    """The label of ``trig`` and the agent it names (lower-cased surname) if any.

    ``titles`` (from :func:`timeline.events.titles.title_names`) names a subject
    such as "the Russian president".

    >>> from timeline.events.tokens import tokenize, segments
    >>> from timeline.events.triggers import find_triggers
    >>> toks = tokenize("The Russian president told a news conference.")
    >>> make_label(toks, segments(toks), find_triggers(toks)[0], set(), None, 16,
    ...            {"russian president": "Vladimir Putin"})
    ('Vladimir Putin told a news conference', 'putin')
    """
    if trig.cls == "noun" and (trig.verb is None or trig.verb > trig.head):
        return _noun_label(tokens, seg, trig, skip, limit), None
    subj = subject(tokens, seg, trig.first, skip) or coordinated(tokens, trig.first)
    inverted = not subj and trig.cls == "report" and after_quote_or_comma(tokens, trig.first)
    if inverted:  # "..., said the Kremlin's representative"
        subj = object_words(tokens, seg, trig.last, skip, 5)
    alias = None if name_tail(tokens, subj) else name_for([tokens[i].text for i in subj], titles or {})
    if alias:
        subj, who = [], alias.split()[-1].lower()
    else:
        he = len(subj) == 1 and tokens[subj[0]].lower in {"he", "she"}  # the last named speaker
        subj, who = speaker_words(tokens, subj, speaker if trig.cls == "report" or he else None)
    head = list(range(trig.first, trig.last + 1))
    rest = [] if inverted else object_words(tokens, seg, trig.last, skip, limit - len(subj) - len(head),
                                            through_that=trig.cls == "report")
    front = (alias or (who.capitalize() if who else "")) + " " if (alias or who) and not subj else ""
    text = front + join_words(tokens, _without_orphans(tokens, [i for i in subj + head + rest if i not in skip], skip))
    said = _said_before(tokens, seg, trig, skip, limit - len(text.split())) if trig.cls == "report" \
        and len(rest) <= 2 else []
    if said:
        text += ": " + join_words(tokens, said)
    named = [i for i in subj if tokens[i].capitalised and tokens[i].lower not in NOT_NAMES]
    return finish(text, limit), who or (tokens[named[-1]].lower if named else None)


def _said_before(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int], limit: int) -> list[int]:
    """What a statement said when it comes first: "No signs of a breakthrough are seen ..., Peskov said"."""
    opening = _without_discourse(tokens, list(range(trig.first)))  # "But nonetheless, ..."
    first = opening[0] if opening else None
    if first is None or limit < 3 or seg[first] == seg[trig.first]:
        return []
    idx = [i for i in range(first, trig.first) if seg[i] == seg[first] and i not in skip
           and tokens[i].text not in {"“", "”", "\"", ","}]
    idx = trim(tokens, compress(tokens, untitle(tokens, _without_discourse(tokens, idx)), limit))
    return idx if sum(tokens[i].is_word for i in idx) >= 3 else []


#: Words that open a quote without telling its content ("But nonetheless", "As a matter of fact").
_DISCOURSE = frozenset("but and so nonetheless nevertheless actually unfortunately fortunately however "
                       "well also still thus therefore moreover besides indeed".split())
_DISCOURSE_PHRASES = (("as", "a", "matter", "of", "fact"), ("in", "general"), ("at", "the", "same", "time"),
                      ("in", "my", "opinion"), ("of", "course"), ("let's", "say"), ("let’s", "say"))


def _without_discourse(tokens: list[Token], idx: list[int]) -> list[int]:
    """``idx`` without the discourse words it opens with."""
    while idx:
        words = tuple(tokens[i].lower for i in idx)
        phrase = next((p for p in _DISCOURSE_PHRASES if words[:len(p)] == p), None)
        if phrase:
            idx = idx[len(phrase):]
        elif words[0] in _DISCOURSE or not tokens[idx[0]].is_word:
            idx = idx[1:]
        else:
            break
    return idx


def _noun_label(tokens: list[Token], seg: list[int], trig: Trigger, skip: set[int], limit: int) -> str:
    i = trig.head - 1
    pre: list[int] = []
    while i >= 0 and seg[i] == seg[trig.head] and len(pre) < 5 and tokens[i].is_word:
        word = tokens[i].lower
        if word == "of" and i > 0 and tokens[i - 1].capitalised and pre and tokens[pre[0]].capitalised:
            pre.insert(0, i)  # "Group of Twenty summit": "of" inside a name
            i -= 1
            continue
        if word in DETERMINERS - {"next", "last", "brief", "recent", "new", "previous", "upcoming"} \
                or word in STOP_SUBJECT or word in {"of", "in", "on", "at", "amid", "ahead", "until",
                                                     "since", "that", "by", "toward"}:
            break
        if i not in skip:
            pre.insert(0, i)
        i -= 1
    stop = trig.verb if trig.verb is not None and trig.verb > trig.head else None
    post = object_words(tokens, seg, trig.head, skip, min(10, limit) - len(pre) - 1,
                   stop=_verb_group_start(tokens, stop))
    aux = next((n for n, i in enumerate(post) if tokens[i].lower in AUXILIARIES), len(post))
    post, pre = post[:aux], untitle(tokens, pre)
    cut = next((n for n, i in enumerate(post) if tokens[i].lower in {"and", "or"}), len(post))
    post = trim(tokens, post[:cut])
    return finish(join_words(tokens, pre + [trig.head] + post), limit)


def _verb_group_start(tokens: list[Token], verb: int | None) -> int | None:
    """Where the auxiliaries of ``verb`` begin ("... summit, to be held": at the comma)."""
    if verb is None:
        return None
    i = verb
    while i > 0 and tokens[i - 1].lower in {"to", "be", "was", "were", "is", "are", "will", "did", "due", ","}:
        i -= 1
    return i
