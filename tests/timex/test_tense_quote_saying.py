"""A weekday in a quotation counts from the day of the saying its attribution dates (session 15, helper D).

'"The talks will resume Monday," a diplomat said Saturday', said on Wednesday 14 November 2018: the speaker's Monday
is the one after that Saturday (the 12th), as when the saying comes first ("said on Saturday that the talks would
resume Monday": walk_sayings.told_on); counted from the DCT it was the 19th. A quotation with no dated saying after it, or a
sentence with no quotation, counts from the DCT as before.
"""

from __future__ import annotations

import datetime as dt

from .review import graded_review_tests

WED = dt.date(2018, 11, 14)

CASES = [
    ('"The talks will resume Monday," a diplomat said Saturday.', WED, [('Monday', '2018-11-12'), ('Saturday', '2018-11-10')]),
    ('"We met on Monday," a diplomat said Saturday.', WED, [('Monday', '2018-11-05'), ('Saturday', '2018-11-10')]),
    ('"The talks will resume Monday," a diplomat said on Tuesday.', WED, [('Monday', '2018-11-19'), ('Tuesday', '2018-11-13')]),
    # limits: no dated saying, or no quotation, and the DCT counts
    ('"The talks will resume Monday," a diplomat said.', WED, [('Monday', '2018-11-19')]),
    ('The talks will resume Monday, a diplomat said Saturday.', WED, [('Monday', '2018-11-19'), ('Saturday', '2018-11-10')]),
]

KNOWN_MISSES: list[tuple] = []

test_review_sentence, _ = graded_review_tests(CASES, KNOWN_MISSES)
