"""Closed word classes the rules read: determiners, auxiliaries, modals, negations.

These are grammar, not vocabulary of any corpus, so they live in code.
"""

from __future__ import annotations

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your no any some every each "
    "another next last first second third new brief recent upcoming previous former latest "
    "possible planned scheduled annual official bilateral historic major such".split())
BE = frozenset("is are am was were be been being 's".split())
HAVE = frozenset("has have had having 've 'd".split())
DO = frozenset("do does did".split())
FUTURE_MODALS = frozenset("will shall 'll".split())
MODALS = frozenset("would could may might can should must cannot".split())
NEGATIONS = frozenset("not n't never no none nor without neither".split())
ADVERBS = frozenset(
    "also already still just only again recently reportedly briefly then later earlier "
    "ultimately finally first once soon now even really allegedly quite".split())
PREPOSITIONS = frozenset(
    "of in on at to for with by from about after before during since until till through "
    "between among against over under amid ahead into upon toward towards".split())
PRONOUNS = frozenset("he she they it we i you".split())
CONDITIONALS = frozenset("if unless whether".split())
#: Words that make a noun a new occurrence, never the one told before ("the next meeting").
NEW_OCCURRENCE = frozenset("next another again second new future upcoming further".split())
#: Role nouns that refer back to the last speaker ("said the Kremlin's representative").
ROLES = frozenset("spokesman spokeswoman spokesperson representative secretary official aide".split())
#: Capitalised words that are not participants.
NOT_NAMES = frozenset(
    "the a an in on at and but or of to for by as after before during according it he she "
    "they we i this that these those there no last next monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september "
    "october november december president vice minister prime secretary spokesman kremlin's "
    "mr mrs ms dr russian american chinese presidential spokesman press leader kremlin".split())
STOPWORDS = frozenset(
    "the a an of in on at to for with by from and or but that this these those his her its "
    "their our is are was were be been has have had will would could may might can should "
    "not no any some it he she they we as about into than then there what which who whom "
    "also only just very so such said says say".split())
