"""Review R (session 15): the limits of the families helper R mended, where the review that found the miss is
another helper's file. Invented news sentences, never benchmark text (DCT Thursday 2018-11-15 unless another is
given). The cases pass; each known miss fails (strict xfail) with its reason.
"""

from __future__ import annotations

import datetime as dt

from .review import graded_review_tests

_DCT = dt.date(2018, 11, 15)

CASES = [
    # -- a kind noun after a holiday: the subject of the clause a fronted time preposition dates (holiday_names.py)
    ('On Christmas presents were opened early.', _DCT, [('Christmas', '2017-12-25')]),
    ('After Easter shoppers returned to the malls.', _DCT, [('Easter', '2018-04-01')]),
    ('He spent $100 on Christmas presents.', _DCT, []),  # no clause opens at "on": a kind
    ('Spending on Christmas gifts rose 3 percent.', _DCT, []),  # "gifts rose": the subject is "Spending"
    ('Christmas shopping began in October.', _DCT, [('October', '2018-10')]),  # the season's shopping, a kind
    # -- a shopping day's shopping and shoppers are held on it
    ('Cyber Monday shoppers spent $7 billion.', _DCT, [('Cyber Monday', '2017-11-27')]),
    ('Black Friday shoppers crowded the stores.', _DCT, [('Black Friday', '2017-11-24')]),
    # -- a southern adjective after 'the' is the season's cue, as 'the' is (seasons.py)
    ('The Australian winter was mild.', _DCT, [('winter', '2018-WI', 'DATE', '2018-06-01', '2018-08-31')]),
    ('The Australian winter will be mild.', _DCT, [('winter', '2019-WI', 'DATE', '2019-06-01', '2019-08-31')]),
    ('The Australian summer has been hot.', dt.date(2019, 1, 15),
     [('summer', '2018-SU', 'DATE', '2018-12-01', '2019-02-28')]),
    ('Australian winter sports are popular.', _DCT, []),  # no article: the season names a kind
    ('The Australian fall in prices hurt exporters.', _DCT, []),
    # -- session 16 (review R): 'in' a southern country right after the season places it
    ('The winter of 2018 in Australia was mild.', _DCT, [('The winter of 2018', '2018-WI', 'DATE', '2018-06-01', '2018-08-31')]),
]

KNOWN_MISSES = [
]

test_review_sentence, test_known_miss = graded_review_tests(CASES, KNOWN_MISSES)
