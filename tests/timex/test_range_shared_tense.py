"""A range's second end shares its first end's clause (session 15, helper D).

"The fund bought 3,000 shares from Oct. 2 to Thursday", said on Monday 30 October 1989: the range is one phrase of
one clause, so the weekday ending it, with no cue of its own ("to" names the end, no deadline), reads the tense the
first end's clause tells: the past, the Thursday before the telling (the nearest Thursday would be three days
ahead). A present keeps a stretch under way open to the end ahead; a date moved from one day to another ("was moved
from Oct. 2 to Thursday", "was extended from") names a new date, which may lie ahead whatever the moving's tense.
"""

from __future__ import annotations

import datetime as dt

from .review import graded_review_tests

MON = dt.date(1989, 10, 30)

CASES = [
    ('The fund bought 3,000 shares from Oct. 2 to Thursday.', MON, [('Oct. 2', '1989-10-02'), ('Thursday', '1989-10-26')]),
    ('The firm owns 90,000 shares, including 40,000 bought from Oct. 3 to Wednesday for $20 each.', MON,
     [('Oct. 3', '1989-10-03'), ('Wednesday', '1989-10-25')]),
    ('The stock rose from Oct. 2 to Wednesday.', MON, [('Oct. 2', '1989-10-02'), ('Wednesday', '1989-10-25')]),
    ('Trading was halted from Oct. 2 to Thursday.', MON, [('Oct. 2', '1989-10-02'), ('Thursday', '1989-10-26')]),
    # limits: a present stretch under way ends ahead; a date moved to another is the new date, ahead
    ('The offer is open from Oct. 2 to Thursday.', MON, [('Oct. 2', '1989-10-02'), ('Thursday', '1989-11-02')]),
    ('The offer was extended from Oct. 2 to Thursday.', MON, [('Oct. 2', '1989-10-02'), ('Thursday', '1989-11-02')]),
    ('The vote was moved from Oct. 2 to Thursday.', MON, [('Oct. 2', '1989-10-02'), ('Thursday', '1989-11-02')]),
    ('The fund will buy shares from Nov. 2 to Thursday.', MON, [('Nov. 2', '1989-11-02'), ('Thursday', '1989-11-09')]),
]

KNOWN_MISSES: list[tuple] = []

test_review_sentence, _ = graded_review_tests(CASES, KNOWN_MISSES)
