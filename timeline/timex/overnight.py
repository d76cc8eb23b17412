""""overnight": the night just gone ("Rebels shelled the city overnight"), or the coming one after "will".

A word of its own, not a weekday's part of day ("Sunday overnight" is :mod:`timeline.timex.weekday`'s): its
readings turn on the clause around it (an adjective before a noun, the idiom "won't happen overnight", a
clause that plans ahead) rather than on a day's name, so its tests stand apart. Its rule is spliced into
:mod:`timeline.timex.weekday`'s ``RULES`` where it stood, after the weekday range. Corpus: ``weekday.tsv``.

>>> [r.name for r in RULES]
['overnight']
"""

from __future__ import annotations

import re

from timeline.timex.rule import Built, compile_rule
from timeline.timex.values import Deictic

# "overnight" said of what happened: the night just gone. Before a noun it is an adjective ("the overnight rate",
# "an overnight stay"); after "not", "almost", or a verb of change ("won't happen overnight", "became a star
# overnight") it means "suddenly". Neither is a time.
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:on|in|at|to|and|or|but|as|after|before|while|when|from|by|with|into|near|for|"
                         r"amid|despite|during|until|local|the|a|an|his|her|its|their|our|than|so|because|since|"
                         r"was|were|is|are|had|has|have|said|says)\b)[a-z]")
_SUDDENLY_BEFORE = re.compile(r"(?i:\b(?:not|n['\u2019]t|never|almost|virtually|practically|literally|seemingly|nearly|"
                              r"happen\w*|chang\w*|transform\w*|bec[oa]m\w*|turn(?:s|ed)?\s+into|disappear\w*|vanish\w*|"
                              r"evaporat\w*|sensation|success|star)\b)[^.;:!?\n,]{0,40}$")
# "will be closed overnight", "is expected to strike overnight": a clause that plans ahead speaks of the coming night, the DCT's (its future
# auxiliary is read here, where the value is built: a Deictic day does not move with the tense)
# (the night is the plan's only in its own clause: "were set to reopen the road after it closed overnight" is the
# closing's, last night)
_WILL_BEFORE = re.compile(r"(?i:\b(?:will|shall|going[ \t]+to|(?:expected|due|set|scheduled|forecast|slated)[ \t]+to|"
                          # "is expected overnight": a present passive of a forecast, not "expected the storm to"
                          r"(?:is|are)[ \t]+(?:expected|due|forecast|scheduled|slated))\b"
                          r"|['\u2019]ll\b)(?:(?!\b(?i:after|before|when|while|because|since|as|which|who|that|where|once|"
                          r"until|though|although)\b)[^.;:!?\n,]){0,40}$")
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|an?|this|that|its|their|his|her)[ \t]+)$")
# Before a noun of an event that happens once (an attack, a blast, a fire) the adjective dates it, as "last night's"
# would: "an overnight raid killed five"; before a kind of thing or a habit ("rate", "stay", "trading") it is none
# (singular: "overnight raids" may be a habit, "mounted overnight raids for a month"; "clashes" and "arrests" are of
# one night as often)
_EVENT_AFTER = re.compile(r"[ \t]+(?:raid|attack|bombing|bombardment|shelling|air[ \t]?strike|assault|clashes|"
                          r"explosion|blast|shooting|fire|blaze|quake|earthquake|storm|arrests)\b")
_WILL_AFTER = re.compile(r"[^.;:!?\n,]{0,30}?\b(?i:will|shall|is[ \t]+(?:expected|due|set|forecast)[ \t]+to)\b")


def _overnight(m: re.Match[str]) -> Built:
    """"Police made the arrests overnight": the night before the DCT's day, ``DCT-1TNI`` (TimeML's TIME).

    A news report's "overnight" is the night that ended on the morning of its writing, which TIMEX3
    writes as the evening's day with TNI, as "last night"; after "will" it is the coming night, the
    DCT's own (``DCT-TNI``, as "tonight"). The adjective ("the overnight rate") and
    the idiom ("won't happen overnight") give nothing.

    >>> rule = next(r for r in RULES if r.name == "overnight").pattern
    >>> _overnight(rule.search("Rebels shelled the city overnight.")).days
    -1
    >>> _overnight(rule.search("The bridge will be closed overnight.")).days
    0
    >>> [_overnight(rule.search(t)) for t in ("the overnight rate", "It won't happen overnight.")]
    [None, None]
    >>> _overnight(rule.search("An overnight raid killed five.")).days
    -1
    """
    text, start = m.string, m.start()
    event = _EVENT_AFTER.match(text, m.end())
    if event is None and (_NOUN_AFTER.match(text, m.end()) or _ARTICLE_BEFORE.search(text, max(0, start - 8), start)):
        return None
    if event is not None and _WILL_AFTER.match(text, event.end()):
        return Deictic(days=0, part_of_day="NI")  # "an overnight attack will be launched": tonight's
    if _SUDDENLY_BEFORE.search(text, max(0, start - 60), start):
        return None
    return Deictic(days=0 if _WILL_BEFORE.search(text, max(0, start - 50), start) else -1, part_of_day="NI")


RULES = (compile_rule("overnight", r"(?i:overnight)(?!-)", _overnight, 0),)
