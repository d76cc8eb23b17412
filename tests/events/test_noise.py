"""Noise out of the timeline: topics of speech, predicate fragments, labels cut mid-phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.helpers import SEED_DCTS, draft_of_text, find, seed_draft
from timeline.events.phrases import BOUNDARY, DANGLING, TRIM

D = dt.date(2016, 11, 11)


def labels(text: str) -> list[str]:
    return [e.label for e in draft_of_text(text, D).events]


def test_quoted_generic_nouns_are_topics_not_events() -> None:
    text = ('"Russian Air Forces continue to perform their duties in order to support the army. '
            'And this operation is being continued, not by using language of sanctions," Peskov said.')
    got = labels(text)
    assert not [lab for lab in got if lab.split()[0] in {"Operation", "Duties", "Sanctions"}], got


def test_a_conditional_noun_without_time_goes() -> None:
    assert "Elections" not in labels("Peskov said the relations may change if the elections go well.")


def test_quoted_planned_and_verb_events_stay_marked_quoted() -> None:
    draft = draft_of_text('"We can expect the next contact to be between the two presidents. '
                          'Pence started the conversation with that," Peskov said.', D)
    assert find(draft.events, "next contact").modality == "quoted"
    assert find(draft.events, "Pence started the conversation").modality == "quoted"


def test_a_noun_will_before_to_is_no_modal() -> None:
    got = labels("If the leaders have a political will to talk to each other, relations improve.")
    assert not [lab for lab in got if lab.lower().startswith("have")], got


def test_a_coordinated_verb_takes_the_first_subject() -> None:
    text = ("Russian President Vladimir Putin did everything possible to stay neutral and never announced "
            "his preference for a particular candidate, Peskov went on.")
    event = find(draft_of_text(text, D).events, "announced")
    assert event.label == "Vladimir Putin never announced his preference for a particular candidate"
    assert event.modality == "negated"


def test_discourse_words_are_not_what_was_said() -> None:
    got = labels('"But nonetheless, Russia will keep working with the United States," Peskov said. '
                 '"Unfortunately," he added.')
    assert "Peskov said: Russia will keep working with the United States" in got
    assert not [lab for lab in got if lab.endswith(("Unfortunately", "nonetheless"))], got


def test_a_long_label_is_cut_where_a_phrase_ends() -> None:
    text = ("Beijing responded with the same measure, introducing US $60 billion in customs duties on "
            "US products and services of many kinds.")
    assert find(draft_of_text(text, D).events, "Beijing").label.endswith("in customs duties")


@pytest.mark.parametrize("prefix", sorted(SEED_DCTS))
def test_seed_labels_end_on_a_content_word(prefix: str) -> None:
    for event in seed_draft(prefix).events:
        last = event.label.split()[-1].lower().strip(",;:")
        assert last not in TRIM | DANGLING | BOUNDARY, event.label
        assert event.label.split()[0].lower() not in {"have", "has", "had", "to"}, event.label


def test_he_is_the_last_named_speaker_and_they_stays() -> None:
    day = dt.date(2018, 11, 18)
    told = draft_of_text("Vladimir Putin told a news conference that he had had a brief meeting with Pence "
                         "on the sidelines.", day)
    assert any(e.label.startswith("Putin had had a brief meeting with Pence") for e in told.events)
    they = draft_of_text("Vladimir Putin told reporters that they met Pence.", day)
    assert "They met Pence" in [e.label for e in they.events]


def test_seed_noise_is_gone_and_the_repaired_label_reads() -> None:
    labels_of = {p: [e.label for e in seed_draft(p).events] for p in ("001", "003")}
    noise = {"Operation", "Sanctions", "Contact with him", "Meddling with the elections as a mantra"}
    assert not noise & set(labels_of["001"] + labels_of["003"])
    assert not [lab for lab in labels_of["003"] if lab.startswith(("Duties", "Have a political will"))]
    assert "Vladimir Putin never announced his preference for a particular candidate" in labels_of["003"]
