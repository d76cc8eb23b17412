"""A small tense detector for the clause around a temporal expression.

It reads the words either side of the expression, inside its sentence, and lets
the nearest tense cue decide: auxiliaries and modals ("will", "would", "is to",
"plans to") say future; past auxiliaries, "said" and past-tense morphology
("-ed", irregular forms) say past; present auxiliaries say present. That is all
phase 2 needs to choose between the Sunday before and the Sunday after the DCT.

The reading is split by what it reads: :mod:`~timeline.timex.tense_sides` bounds the
clause, :mod:`~timeline.timex.tense_decide` says which word decides (from the word lists and
tests of :mod:`~timeline.timex.verbs` and its ``verbs_*`` modules), :mod:`~timeline.timex.tense_limits`
reads "until", "through" and "to", :mod:`~timeline.timex.tense_governing` the verb further away
a phrase with no cue hangs on, :mod:`~timeline.timex.tense_dated` whether a past verb right
before the date dates it, :mod:`~timeline.timex.tense_aspect` what the dating verb says beyond its
tense (a perfect, a future in the past, a hypothetical), and
:mod:`~timeline.timex.tense_pick` which reading of a date the tense picks. This module holds the
clause-level rules: headlines against running text, inverted conditionals, possessive dates,
plans overtaken.

>>> clause_tense("Officials said on Sunday that talks failed.", 18, 24)
'past'
>>> clause_tense("The leaders will meet on Sunday in Paris.", 25, 31)
'future'
"""

from __future__ import annotations

import re

from timeline.timex.tense_aspect import OwnClause, inverted_conditional, future_in_past, past_perfect, present_perfect
from timeline.timex.tense_dated import dated_by_past_verb
from timeline.timex.tense_conditions import main_after_condition, own_part
from timeline.timex.tense_decide import scan_cues
from timeline.timex.tense_governing import comma_closes, governing_tense
from timeline.timex.tense_headline import headline_ahead, headline_behind, inflected, read_sides
from timeline.timex.tense_limits import DEADLINE, LIMIT_MOVED, lasted_through, lasted_until, modal_perfect, moved_limit
from timeline.timex.tense_stamps import AHEAD, figures_ahead, opening_by, stamped
from timeline.timex.tense_sides import clause_sides, holds_any, own_clause, side_words, without_aside, words_of
from timeline.timex.tense_on import counted_on, counted_to_now, opens_present
from timeline.timex.tense_reported import opens_reported_subject, reported_plan
from timeline.timex.tense_results import result_told
from timeline.timex.tense_scheduled import charge_change, on_for, schedule_phrase
from timeline.timex.verbs import ATTRIBUTING, Tense, word_tense

__all__ = ["OwnClause", "Tense", "clause_tense", "dated_by_past_verb", "future_in_past", "past_perfect",
           "present_perfect"]

# The attribution that closes a sentence after the expression: ", officials said." -- a clause of its own,
# so in "They will meet on Friday, officials said" it is "will" that places Friday (tried where a verb of it is).
_ATTRIBUTION = re.compile(r"\s*,\s*(?:[\w.'-]+\s+){0,5}?(?:" + "|".join(ATTRIBUTING) +
                          r")\b(?:\s+[^\s,;]+){0,4}[\s.!?'\x22]*$")


def clause_tense(text: str, start: int, end: int, window: int = 8) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, or None when no cue is near.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The expression's span.
    window : int
        How many words either side to read.

    Returns
    -------
    {"past", "present", "future"} or None
    """
    left, right = clause_sides(text, start, end, window)
    if right.startswith(("'s", "\u2019s")):
        # "Wednesday's ruling", "Thursday's closing price": news names events gone by, unless it is the subject
        # of a verb that looks ahead ("Tuesday's election is expected to draw record turnout"); one that is the
        # object of a plan ("would look for ways to get around Wednesday's ruling") is there already
        # ("After Tuesday's vote, the party will decide": the "will" past the comma is another clause's)
        if _cued_tense("", right.split(",")[0], window)[1] == "future" or _attending_ahead(left, window) \
                or _ahead_of_a_plan(left, window):
            return "future"
        return "past"
    if counted_to_now(left, right):
        return "past"  # "A week after the vote on Sunday, protests continue": Sunday is a week before the telling
    running = _in_running_text(text, end)
    # "The telescope, launched in 1990, marks its anniversary in April": the aside's verb is not the clause's
    # "The manager said Black Friday sales will rise": the date opens what is said, whose own verb tells its time
    reported = opens_reported_subject(left, text[start:end], right)
    main = main_after_condition(left)  # "If passed in December, the bill becomes law in January": the main clause's
    decided, tense = _cued_tense("" if reported else main if main is not None else without_aside(left), right, window,
                                 running)
    if not decided and not running and (plan := _HEADLINE_PLAN.match(left)) and not inflected(plan[1]):
        return "future"  # "Trump to meet Putin on Monday": a headline's "to" is "is to"
    if not running and headline_ahead(text, start, end, (left, right), decided):
        return "future"  # "Strike Planned For Monday Morning", "Opposition Calls Strike For Friday"
    tense = tense if decided else governing_tense(text, start, end, window, left, running)
    if tense == "past" and reported_plan(left):
        return "future"  # "Police said the suspect was expected to appear in court on Monday": a pending plan reported
    if tense == "future" and _UNTIL_ALONE.match(left) and _cued_tense("", right, window, running)[1] == "past":
        # "Until December the company employed 500 workers": an opening "until" with no comma ends the main
        # clause's stretch, in its tense, as with one ("Until Tuesday, the road was closed": _cued_tense)
        return "past"
    if tense is None and not running and headline_behind(text, start, end, left):
        tense = "past"  # "Police Arrest 12 After Saturday Night Clashes": the event a headline's news came after
    own = own_part(left)  # "said on Monday that, if confirmed on Tuesday, she would": the condition the date is in
    if tense == "future" and _CONDITION.match(own) and _COUNTERFACTUAL.search(right):
        return "past"  # "If confirmed on Tuesday, she would have been the first woman": the condition was not met
    if tense == "past" and _IF.match(own) and _SUPPOSED.search(right):
        return "future"  # "If the club sold to investors on Monday, fans would protest": a past of supposition
    if tense in (None, "present") and (_CONDITION.match(own) or main is not None):
        # "If the talks go ahead on Monday, ...": a clause of condition or time tells the future, and so does the
        # main clause's present after it ("If passed in December, the bill becomes law in January")
        return "future"
    if tense == "future" and _plan_overtaken(left, right, window):
        return "past"  # "He planned to resign on Friday but changed his mind": the plan's time came
    if tense == "past" and counted_on(text, start, end) \
            and OwnClause(text, start, end, window, (left, right)).present_perfect():
        # "Six weeks on, police have made no arrests": the perfect's reference time is now (the sides read above)
        return "present"
    if tense != "past" and counted_on(text, start, end) and opens_present(left, right):
        return "present"  # "Four days on, the search goes on": a simple present after "N on," tells the telling's now
    return tense


# "Until" alone before the date, opening its clause
_UNTIL_ALONE = re.compile(r"(?i)^\s*until\s+$")
# A clause of condition or time opening its sentence, its verb in the present: English tells the future so
# ("If the talks go ahead on Monday", "Once the ballots arrive on Friday"); a past verb there is a cue and decides.
# Past a comma the date is in the main clause, which the condition does not time ("Unless stated otherwise, prices
# are as of Friday")
_CONDITION = re.compile(r"(?i)^\s*(?:if|unless|once|as soon as|when|until)\b")
# A main clause past the condition's comma told as a modal perfect: the condition's time has gone by
_IF = re.compile(r"(?i)^\s*(?:if|unless)\b")
# ... or as "would" with no perfect: the condition's past verb supposes, it tells no time gone by
_SUPPOSED = re.compile(r"(?i)^[^,]{0,60},[^,.;]{0,40}?\b(?:would|could|might)\b(?![ \t]+(?:not[ \t]+)?have\b)")
_COUNTERFACTUAL = re.compile(r"(?i)^[^,]{0,40},[^,.;]{0,40}?\b(?:would|could|might)(?:[ \t]+not)?[ \t]+have\b")

# Verbs of taking part in an event: the act is at the event's time ("to attend Friday's meeting"), so an act still
# to come puts the event ahead; "to appeal Wednesday's ruling" acts on an event already there
_ATTENDING = frozenset("attend boycott skip join host chair address".split())
# An open question over an infinitive ("whether to attend"): the act it weighs has not been done
_OPEN_QUESTION = frozenset("whether when".split())


def _attending_ahead(left: str, window: int = 8) -> bool:
    """Whether the possessive date after ``left`` names an event that an act still to come takes part in.

    "whether to attend Friday's meeting": an open choice to take part; "plans to attend Friday's
    meeting": a plan to. "refused to attend Monday's meeting" is a refusal told after the fact.

    >>> _attending_ahead("He had not decided whether to attend "), _attending_ahead("He plans to attend ")
    (True, True)
    >>> _attending_ahead("He refused to attend "), _attending_ahead("He has not decided whether to appeal ")
    (False, False)
    """
    words = side_words(left)[1][-window:]
    if words[-2:-1] != ["to"] or words[-1] not in _ATTENDING:
        return False
    if len(words) > 2 and words[-3] in _OPEN_QUESTION:
        return True
    return _cued_tense(" ".join(words[:-1]), "", window)[1] == "future"


def _ahead_of_a_plan(left: str, window: int = 8) -> bool:
    """Whether the possessive date after ``left`` names an event that a plan told before it comes ahead of:
    "Campaigning ends on Friday ahead of Sunday's vote" (what comes after a plan is still to come).

    >>> _ahead_of_a_plan("Campaigning ends on Friday ahead of "), _ahead_of_a_plan("Campaigning ended ahead of ")
    (True, False)
    """
    words = words_of(left)[-window:]
    if [w.lower() for w in words[-2:]] != ["ahead", "of"]:
        return False
    return _cued_tense(" ".join(words[:-2]), "", window, True)[1] == "future"


# Past verbs of intention whose infinitive looks ahead of the intending: "planned to resign on Friday"
_INTENDED = frozenset("planned intended hoped wanted meant".split())


def _plan_overtaken(left: str, right: str, window: int = 8) -> bool:
    """Whether a plan told in the past ("planned to resign on") is followed by "but" and a past clause: what
    happened instead is told, so the plan's time has come and gone.

    >>> _plan_overtaken("He planned to resign on ", " but changed his mind")
    True
    >>> _plan_overtaken("He planned to resign on ", " but will stay"), _plan_overtaken("He planned to resign on ", "")
    (False, False)
    >>> _plan_overtaken("He plans to resign on ", " but changed his mind")
    False
    """
    before = side_words(left)[1][-window:]
    if not any(w in _INTENDED and before[i + 1:i + 2] == ["to"] for i, w in enumerate(before)):
        return False
    after = side_words(right)[1][:window]
    if "but" not in after:
        return False
    following = after[after.index("but") + 1:][:4]
    tenses = [word_tense(w) for w in following if word_tense(w) is not None]
    return bool(tenses) and tenses[0] == "past"


# A headline's subject (a capital word and at most three more, commas between: "Trump, Putin") and "to" + a verb,
# no finite verb: "Trump to meet Putin on", "Oil prices to rise on", "U.S. to impose tariffs on"; a number or a
# level or a plural after "to" is where a thing went, not a plan ("Euro slips to two-week low", "Head To Polls")
_HEADLINE_PLAN = re.compile(r"[A-Z][\w.'-]*(?:,?[ \t]+[\w.'-]+){0,3}?[ \t]+to[ \t]+"
                            r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|record|new|multi)\b)([a-z]+)\b")
# A line of running text ends its sentence with a stop (a quotation mark or bracket may follow); a headline does not
# (a stop, then closing quotation marks or brackets, then spaces: r"[.!?][\"'\u201d)]*\s*$", read from the end)
_STOPS, _CLOSING_MARKS = (".", "!", "?"), "\"'\u201d)"
_LONGEST_HEADLINE = 2000  # characters: a line longer than this is running text


def _in_running_text(text: str, end: int) -> bool:
    """Whether the line that holds an expression ending at ``end`` is running text: it ends with a stop.

    A headline's present tells the past ("Rebels take key town on Monday"); a sentence's plural
    present of a verb of schedule tells a plan ("The new rules take effect Monday.").

    >>> _in_running_text("Rebels take key town on Monday\\nMOSCOW -", 30), _in_running_text("They meet on Monday.", 19)
    (False, True)
    """
    stop = text.find("\n", end, end + _LONGEST_HEADLINE)
    if stop < 0 and len(text) > end + _LONGEST_HEADLINE:
        return True  # a line this long is a paragraph, not a headline
    # read back from the line's end past its spaces and closing marks, never copying the line nor searching past
    # a headline's length: either, once per expression, made a text without line breaks quadratic (a 512 KB list
    # of weekdays took 23 s; 10 MB of dated sentences now reads at ~130 KB/s)
    last = len(text) if stop < 0 else stop
    while last > end and text[last - 1].isspace():
        last -= 1
    while last > end and text[last - 1] in _CLOSING_MARKS:
        last -= 1
    return last > end and text[last - 1] in _STOPS


def _cued_tense(left: str, right: str, window: int, running: bool = False) -> tuple[bool, Tense | None]:
    """Whether a cue of the expression's clause decides, and the tense it gives (``left`` and ``right``: the
    text either side)."""
    written, before, after = read_sides(left, right, window)  # names kept apart
    last = before[-1] if before else ""  # the word most tests below start with: read once, not sliced by each
    if last == "to" and len(before) > 1 and before[-2] in LIMIT_MOVED:
        return True, "future"  # "was adjourned to Monday": the day a limit is moved to lies ahead
    moved = moved_limit(before)
    if moved[0]:
        return moved  # "was adjourned to a date in February": ahead; "was moved from Friday": the nearest Friday
    if last in DEADLINE and modal_perfect(before):
        return True, "past"  # "should have arrived by Friday": the deadline a modal perfect looks back on has passed
    if last in DEADLINE and "had" not in before and "had" not in after:
        # "until Tuesday", "by Jan. 14": a deadline lies ahead, unless "had filed by Wednesday"
        if opening_by(left) and not AHEAD.intersection(after) and scan_cues([], after, written, running)[1] == "past":
            # "By mid-century it was in decline", "and by Friday the rebels held the town": an opening "by" is the
            # time the main clause's state was reached, in its tense (a future main clause keeps the deadline ahead)
            return True, "past"
        if before == ["until"] and right.lstrip().startswith(","):
            # "Until Tuesday, the road was closed": an opening "until" ends the main clause's stretch, in its tense
            return True, "past" if scan_cues([], after, written, running)[1] == "past" else "future"
        return True, "past" if lasted_until(before) else "future"
    if last == "through" and lasted_through(before):
        # "lasted through the spring": a stretch told as past ends at the date ("extended through March", a limit
        # moved, is left to the verb: see _UNBOUND)
        return True, "past"
    if last == "as" and before[-3:] == ["as", "soon", "as"]:
        return True, "future"  # "as soon as Tuesday": the earliest of times still to come
    if last == "since":
        return True, "past"  # "since Monday": a start that is behind, whatever the clause's tense
    if last == "of" and stamped(before) \
            and not figures_ahead(before, after if not right.lstrip().startswith(",") else []):
        return True, "past"  # "Prices are as of Friday", "data as of Tuesday": figures are stamped when they were read
    if last in ("is", "are") or last in _ON_IN_AT and before[-2:-1] in (["is"], ["are"]) \
            or last != "on" and _SUBJECT_IS.match(right):  # "The ceasefire agreed on Sept. 20 is": no subject
        # "The deadline is Friday", "The vote is on Tuesday", "Sunday is the deadline": a day gone by is told with "was"
        return True, "future"
    if last == "for" and (set_for := on_for(before)) is not None:
        return True, set_for  # "Is the vote still on for Tuesday?": an event still set for the day
    if inverted_conditional(left, right):
        return True, "future"  # "Were the vote held on Sunday", ", were the deal to collapse on Friday": a hypothetical
    if result_told(left, right):
        return True, "past"  # "City beat them 3-1 on Saturday": a score or a margin makes "beat" a result told
    if running and (schedule_phrase(left) or charge_change(left)):
        return True, "future"  # "The new timetable comes into force on Monday", "Fares rise on Monday"
    # both tests read a comma opening the right side: most sides have none, told before the patterns are tried
    closed = right.lstrip().startswith(",") and (holds_any(right, ATTRIBUTING) and _ATTRIBUTION.match(right)
                                                 or comma_closes(left, right))
    own = 0 if closed else own_clause(after)
    decided, tense = scan_cues(before, after[:own], (written[0], written[1][:own]), running)
    if not decided and own < len(after):  # no verb of its own in reach: a coordinated one shares its tense
        decided, tense = scan_cues(before, after, written, running)
    return decided, tense


_SUBJECT_IS = re.compile(r"[ \t]+is\b")  # "Sunday is the deadline": the expression is the subject of "is"
# "The vote is on Tuesday", "The vote is in two weeks", "The hearing is at 10 a.m.": the present of "be" places it
_ON_IN_AT = frozenset("on in at".split())

