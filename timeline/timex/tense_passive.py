"""Two verb forms whose tense is not their auxiliary's: a present passive with its day, which tells a plan ("The bill
is debated in parliament on Tuesday", "Classes are cancelled on Monday"), and a perfect infinitive, which tells what
was done before the verb it hangs on ("The army claimed to have taken the town on Saturday", "He is believed to have
died on Friday").

Running prose tells a day gone by in the past ("was debated on Tuesday"), so a present passive placed on a day is one
set on the calendar, as the present of a verb of schedule is ("The trial opens on Monday"). Not where the day dates
what the participle's object names ("is accused of stabbing a man on Saturday", "is charged over a robbery on
Friday": the passive's own time is now, the act's is behind), nor a caption's present ("Protesters are seen in the
square on Saturday"), nor a verb of belief or report ("is said", "is thought"), whose infinitive tells the time.
"""

from __future__ import annotations

from timeline.timex.verbs import PAST, is_cue
from timeline.timex.verbs_participle import NOT_PARTICIPLES, PERFECT

# Passives that tell a state reached or an accusation made, not a plan: the day after them dates the act charged,
# seen or believed ("is accused of ... on Saturday", "is wanted over the raid on Friday"); a caption's present ("is
# seen", "are pictured") tells a photograph's moment, gone by
_NOT_PLANS = frozenset("accused charged suspected blamed wanted convicted arrested detained held jailed killed injured "
                       "hurt seen pictured shown photographed depicted captured filmed known believed thought said "
                       "reported feared alleged understood estimated considered rumoured rumored based located "
                       "born married involved concerned worried interested used owned listed traded valued "
                       "priced quoted survived remembered expected scheduled slated planned set due".split())
# What may stand between the participle and the day: a place or an agent ("in parliament", "by the committee", "to the
# public"); a preposition of cause or charge ("of", "over", "with", "for") or "during", "after" brings another event
_COMPLEMENT_STOPS = frozenset("of over with for about against after before during since that which who when while "
                              "and but or as than because not never".split())
_DAY_PREPOSITIONS = frozenset("on in at from".split())
_MOST_COMPLEMENT = 3  # words: "in the Senate", "by the committee"


def passive_plan(following: list[str]) -> bool:
    """Whether the words after "is"/"are" (``following``, lower-cased, up to the date) are a passive participle, at
    most a short place or agent, and a placing preposition: a plan told in the present passive.

    >>> passive_plan("announced on".split()), passive_plan("debated in parliament on".split())
    (True, True)
    >>> passive_plan("accused of stabbing a man on".split()), passive_plan("charged over a robbery on".split())
    (False, False)
    >>> passive_plan("seen in the square on".split()), passive_plan("closed from".split())
    (False, True)
    >>> passive_plan("open on".split()), passive_plan("expected to speak on".split())
    (False, False)
    """
    if len(following) < 2 or following[-1] not in _DAY_PREPOSITIONS:
        return False
    participle, between = following[0], following[1:-1]
    if participle in _NOT_PLANS or not (participle in PAST or PERFECT.match(participle)) \
            or participle in NOT_PARTICIPLES:
        return False
    return len(between) <= _MOST_COMPLEMENT and all(
        w.isalpha() and w not in _COMPLEMENT_STOPS and not w.endswith("ing") and not is_cue(w) for w in between)


# Passives of accusation: what they name after "of", "over", "with", "for" was done before the charging
_ACCUSED = frozenset("accused charged suspected convicted blamed wanted arrested jailed detained held "
                     "investigated sued".split())
_CHARGE_PREPOSITIONS = frozenset("of over with for".split())
# Gerunds whose act lies ahead of the accusing: "is accused of plotting an attack on Saturday"
_AHEAD_GERUNDS = frozenset("planning plotting preparing threatening conspiring intending".split())


def accused_act(following: list[str]) -> bool:
    """Whether the words after "is"/"are" (``following``, lower-cased, up to the date) are a passive of accusation
    whose charge the date dates: the act is behind ("is accused of stabbing a man on Saturday", "is charged over a
    robbery on Friday"), unless it is one still to come ("is accused of plotting an attack on Saturday").

    >>> accused_act("accused of stabbing a man on".split()), accused_act("charged over a robbery on".split())
    (True, True)
    >>> accused_act("accused of plotting an attack on".split()), accused_act("charged on".split())
    (False, False)
    """
    return len(following) > 2 and following[0] in _ACCUSED and following[1] in _CHARGE_PREPOSITIONS \
        and _AHEAD_GERUNDS.isdisjoint(following) and following[-1] in _DAY_PREPOSITIONS


# Verbs whose perfect infinitive looks ahead of them ("expects to have finished", "hopes to have the road open"): the
# perfect is past of a time still to come
_AHEAD_OF_PERFECT = frozenset("expect expects expected expecting hope hopes hoped hoping aim aims aimed plan plans "
                              "planned planning want wants wanted need needs needed intend intends intended due set "
                              "likely going scheduled slated".split())


def perfect_infinitive(preceding: list[str]) -> bool:
    """Whether "have" after ``preceding`` (the words before it, lower-cased) opens a perfect infinitive told of the
    past: "to have" after a verb that does not look ahead ("claimed to have taken", "is believed to have died").

    >>> perfect_infinitive("the army claimed to".split()), perfect_infinitive("he is believed to".split())
    (True, True)
    >>> perfect_infinitive("they expect to".split()), perfect_infinitive("the company hopes to".split())
    (False, False)
    >>> perfect_infinitive("they will".split())
    False
    """
    return len(preceding) >= 2 and preceding[-1] == "to" and preceding[-2] not in _AHEAD_OF_PERFECT
