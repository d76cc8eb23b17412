"""TimeML input for the benchmarks and the event stage: readers and a TempEval-3 timex scorer.

>>> from timeline.timeml import read_timeml_string
>>> read_timeml_string("<TimeML><TEXT>now</TEXT></TimeML>").text
'now'
"""

from timeline.timeml.reader import (
    TimeMLDocument,
    TimeMLError,
    TimeMLEvent,
    TimeMLLink,
    TimeMLTimex,
    inline_spans,
    parse_dct,
    read_timeml,
    read_timeml_string,
)
from timeline.timeml.wikiwars import (
    WikiWarsDocument,
    WikiWarsTimex,
    read_wikiwars,
    read_wikiwars_string,
    to_timex3_value,
)

__all__ = [
    "TimeMLDocument", "TimeMLError", "TimeMLEvent", "TimeMLLink", "TimeMLTimex", "WikiWarsDocument",
    "WikiWarsTimex", "inline_spans", "parse_dct", "read_timeml", "read_timeml_string", "read_wikiwars",
    "read_wikiwars_string", "to_timex3_value",
]
