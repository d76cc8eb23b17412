"""Word lists and trigger tables of the timex recogniser (data, read by timeline.timex.lexicon)."""
