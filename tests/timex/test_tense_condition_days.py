"""A weekday in a main clause counts from the day an opening condition names (session 15, helper D).

"If the talks go ahead on Monday, a deal could be signed by Friday", said on Wednesday 14 November 2018: what the
condition brings follows it, so Friday is the one after that Monday (the 23rd), not the one after the telling (the
16th). Only a condition opening the sentence and dated by a day still to come counts; a past clause joined by "and"
counts from the DCT as before.
"""

from __future__ import annotations

import datetime as dt

from .review import graded_review_tests

WED = dt.date(2018, 11, 14)

CASES = [
    ('If the talks go ahead on Monday, a deal could be signed by Friday.', WED, [('Monday', '2018-11-19'), ('Friday', '2018-11-23')]),
    ('If the vote passes on Tuesday, markets will rally on Monday.', WED, [('Tuesday', '2018-11-20'), ('Monday', '2018-11-26')]),
    # limit: no condition, no count from its day
    ('The talks went ahead on Monday, and a deal could be signed by Friday.', WED, [('Monday', '2018-11-12'), ('Friday', '2018-11-16')]),
]

KNOWN_MISSES: list[tuple] = []

test_review_sentence, _ = graded_review_tests(CASES, KNOWN_MISSES)
