"""A bare date line read as a web page's stamp, checked against what the story itself tells.

"18 November 2018" alone under a headline is how many sites print their stamp, and also how a history
piece heads its subject's day ("November 9, 1989" above "Thirty years on, in 2019, ..."). The shape alone
cannot tell them apart, so a stamp that is only a date is kept only when the story's own clues (the
inference of :mod:`timeline.anchor.clues`, its date line blanked) leave its day possible: a story that tells
of a later day in the past, or of an earlier one in the future, was not written on it. A stamp with a
label, a byline or a clock is not questioned: its shape says it is the page's.

>>> story = "The night the wall fell\\nNovember 9, 1989\\n\\nIn 2019, Berlin held a concert to mark the day."
>>> contradicted(story, [(story.index("November"), "November 9, 1989")], "November 9, 1989", dt.date(1989, 11, 9))[:38]
'the story’s own clues put it after 198'
"""

from __future__ import annotations

import datetime as dt

from timeline.anchor.clues import text_clues
from timeline.anchor.infer import combine
from timeline.anchor.settings import AnchorSettings


def contradicted(story: str, stamps: list[tuple[int, str]], line: str, day: dt.date) -> str | None:
    """Why the story's own clues exclude ``day``, of the bare date ``line``, or None when they allow it.

    ``stamps`` (start, text) are the page's stamp lines, blanked before the story is read: an "Updated"
    line below the date is no clue of the story's.

    >>> story = "Council votes\\n18 November 2018\\nUpdated 19 November 2018\\n\\nThe council met on Sunday."
    >>> spans = [(story.index("18 N"), "18 November 2018"), (story.index("Upd"), "Updated 19 November 2018")]
    >>> contradicted(story, spans, "18 November 2018", dt.date(2018, 11, 18)) is None
    True
    """
    conf = AnchorSettings()
    blank = story
    for start, text in stamps:
        blank = blank[:start] + " " * len(text) + blank[start + len(text):]
    result = combine(text_clues(blank, conf), conf)
    if result.used == 0:
        return None
    if result.earliest is not None and result.earliest > day:
        side = f"after {day.isoformat()} (on or after {result.earliest.isoformat()})"
    elif result.latest is not None and result.latest < day:
        side = f"before {day.isoformat()} (on or before {result.latest.isoformat()})"
    else:
        return None
    return (f"the story’s own clues put it {side}: the date line “{line}” is its subject's day, not the page's "
            f"stamp; not read ({'; '.join(result.evidence[:2])})")
