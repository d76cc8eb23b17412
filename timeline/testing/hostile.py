"""Hostile texts: what a timeline engine must survive without a crash, a hang or an invented date.

>>> "February 30, 2018" in FIXED
True
"""

from __future__ import annotations

from hypothesis import strategies as st

from timeline.testing.phrases import MONTHS, WEEKDAYS

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"

#: Known traps, each a whole text.
FIXED = (
    "", " ", "\n\n\t  \r\n", "\x00\x01\x02\x03", "\ufeff", PNG_HEADER.decode("latin-1"),
    "February 30, 2018", "31/31/2018", "the year 99999", "0000-00-00", "2018-13-45",
    "November 31", "February 29, 2019", "Q9 2018", "week 54 of 2018", "the 99999s",
    "99999999999999999999 days ago", "-5 days ago", "1e308 years later", "9999-12-31",
    "10000-01-01", "0001-01-01, one day earlier", "in the year 0", "December 31, 9999 and a week later",
    "the next 1000000000 years", "Nov. 18, ２０１８", "٢٠١٨-١١-١٨", "18 ноября 2018 года",
    "2018年11月18日", "\u202eon Tuesday\u202c", "Tues\u0301day", "on Tuesday \U0001F600 yesterday",
    "<html><body><p>On <b>November</b> 15, 2018</p><script>var d='2018-02-30'</script></body></html>",
    "May May may MAY", "a second", "March on", "Sunday Times", "+1 (212) 555-0100", "$2018.11",
    "1/1/1/1/1/1", "--- --- ---", "...", "a" * 5000, "Monday " * 500,
)

_TOKENS = (
    list(MONTHS) + list(WEEKDAYS) + [m[:3] + "." for m in MONTHS]
    + "on in at last next this that the a week weeks month months year years day days ago "
      "later earlier before after since until between and to through yesterday today tomorrow "
      "tonight morning night weekend weekends fortnight decade century early late mid- fiscal quarter "
      "Q1 Q4 spring 1990s BC of over every , . - / : "
      "0 1 2 7 12 13 15 29 30 31 32 99 2018 1999 2035 10000 99999".split()
)


def impossible_date_texts() -> st.SearchStrategy[str]:
    """Dates that do not exist, in common written forms ("February 30, 2018", "31/31/2018").

    >>> from hypothesis import given
    >>> @given(impossible_date_texts())
    ... def test_is_text(text):
    ...     assert any(c.isdigit() for c in text)
    >>> test_is_text()
    """
    year = st.integers(min_value=0, max_value=99999)
    named = st.builds(lambda m, d, y: f"{MONTHS[m]} {d}, {y}", st.integers(0, 11),
                      st.integers(29, 99), year)
    slashed = st.builds(lambda a, b, y: f"{a}/{b}/{y}", st.integers(0, 99), st.integers(0, 99), year)
    iso = st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", year, st.integers(0, 99),
                    st.integers(0, 99))
    return st.one_of(named, slashed, iso)


def huge_numbers() -> st.SearchStrategy[str]:
    """Relative expressions with absurd counts ("99999999 days ago", "the year 99999").

    >>> from hypothesis import given
    >>> @given(huge_numbers())
    ... def test_has_a_big_number(text):
    ...     assert any(len(w) >= 5 and w.isdigit() for w in text.split())
    >>> test_has_a_big_number()
    """
    n = st.integers(min_value=10_000, max_value=10**30)
    unit = st.sampled_from(["days", "weeks", "months", "years", "decades", "centuries"])
    tail = st.sampled_from(["ago", "later", "earlier", "from now", "before the vote"])
    relative = st.builds(lambda k, u, t: f"{k} {u} {t}", n, unit, tail)
    years = st.builds(lambda k: f"in the year {k}", n)
    return st.one_of(relative, years)


def date_soup(max_tokens: int = 30) -> st.SearchStrategy[str]:
    """Random runs of date words and numbers: the shapes a rule-based tagger parses.

    >>> from hypothesis import given
    >>> @given(date_soup(max_tokens=3))
    ... def test_short(text):
    ...     assert len(text.split()) <= 3
    >>> test_short()
    """
    return st.lists(st.sampled_from(_TOKENS), max_size=max_tokens).map(" ".join)


def hostile_texts() -> st.SearchStrategy[str]:
    """Texts no stage may crash on, hang on or turn into an impossible date.

    Empty and whitespace-only texts, binary bytes read as Latin-1, impossible
    dates, huge numbers, arbitrary unicode, random runs of date words, and the
    fixed traps of :data:`FIXED`, alone or embedded in a sentence.

    Returns
    -------
    SearchStrategy[str]

    Examples
    --------
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(hostile_texts())
    ... def test_is_text(text):
    ...     assert isinstance(text, str)
    >>> test_is_text()
    """
    base = st.one_of(
        st.sampled_from(FIXED), impossible_date_texts(), huge_numbers(), date_soup(),
        st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
        st.sampled_from([" ", "\n", "\t", "\r\n", "\u00a0", "\u2028"]).map(lambda w: w * 50),
    )
    framed = st.builds(lambda t: f"The talks ended {t}. Officials met on Tuesday.", base)
    return st.one_of(base, framed)
