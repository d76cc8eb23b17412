"""Run the docstring examples of the timeml package (pytest does not collect them by default)."""

import doctest

import pytest

from timeline.timeml import reader, scoring, wikiwars


@pytest.mark.parametrize("module", [reader, scoring, wikiwars], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
