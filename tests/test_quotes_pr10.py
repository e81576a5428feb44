"""Precision and recall classes of session 10 (issue 12): objects that make a
reporting verb an act, not speech ("claimed a victory", "asked a question", "wrote a
book", "boasts a lead"), while clauses after the same verbs stay speech. Every
sentence here is written for the test; names and events are fictional."""

import pandas as pd
import pytest

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mara Quill claimed a victory in the Oakdale primary last month.",
        "Quill, claiming her second victory of the night, thanked volunteers.",
        "Governor Tobias Venn conceded the race in a phone call with his rival.",
        "Venn conceded defeat shortly after midnight.",
        "Reporter Ines Falk asked a question about the harbour budget.",
        "Councillor Pia Ronde answered the door on Sunday afternoon.",
        "The singer Odo Lark wrote a host of new songs for the album.",
        "Professor Nell Abara wrote a children's book about rivers.",
        "The mayor boasts a comfortable lead in the latest poll.",
    ],
)
def test_act_objects_are_no_speech(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Senator Mara Quill claimed the count was rigged.", "the count was rigged"),
        (
            "Governor Tobias Venn conceded that the race was lost.",
            "the race was lost",
        ),
        ("Reporter Ines Falk asked whether the harbour would close.", None),
        ("The mayor boasts that the city has never been safer.", "the city has never been safer"),
        ("Professor Nell Abara wrote that rivers need room to flood.", "rivers need room to flood"),
    ],
)
def test_clauses_after_the_same_verbs_stay_speech(text, quote):
    got = rows(text)
    assert len(got) == 1
    if quote is not None:
        assert got[0][1] == quote


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "While the ferry was docked, according to the port office, two crates went missing.",
            "two crates went missing",
        ),
        (
            "The pier was closed for a week because, according to the harbour master, "
            "its pilings had rotted.",
            "its pilings had rotted",
        ),
        (
            "Nobody noticed at first: According to the audit, the fund lost a third of its value.",
            "the fund lost a third of its value",
        ),
        (
            "The ferry carried 900 riders a day, according to the port office.",
            "The ferry carried 900 riders a day",
        ),
    ],
)
def test_according_to_takes_the_side_that_is_a_clause(text, quote):
    got = rows(text)
    assert [q for _, q in got] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "The club raised $3 million in May. That’s according to filings it made on Friday.",
        "The club raised $3 million in May. That is according to the club treasurer.",
    ],
)
def test_thats_according_to_points_back(text):
    got = rows(text)
    assert [q for _, q in got] == ["That"]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Mayor Ada Lee took to Twitter to say the bridge plan had failed.",
            "the bridge plan had failed",
        ),
        (
            "Mayor Ada Lee tweeted on Friday to say she had never backed the bridge plan.",
            "she had never backed the bridge plan",
        ),
        (
            "Mayor Ada Lee went out of her way to say that the bridge plan had failed.",
            "the bridge plan had failed",
        ),
        (
            "Mayor Ada Lee called to say she was sorry about the delay.",
            "she was sorry about the delay",
        ),
        (
            "Mayor Ada Lee used the speech to argue that the bridge plan had failed.",
            "the bridge plan had failed",
        ),
    ],
)
def test_cue_in_a_purpose_infinitive_is_speech(text, quote):
    got = rows(text)
    assert got == [("Ada Lee", quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Lee went to the market to buy bread.",
        "Mayor Ada Lee refused to say whether the bridge plan had failed.",
    ],
)
def test_other_infinitives_stay_out(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The fans roared.\n\n“This is wonderful!” Dana Kell beamed.",
            "Dana Kell",
            "This is wonderful!",
        ),
        ("“Why would we wait?” Dana Kell wondered aloud.", "Dana Kell", "Why would we wait?"),
        (
            "Dana Kell assured him, “I will not let you down.”",
            "Dana Kell",
            "I will not let you down.",
        ),
    ],
)
def test_quotation_framed_by_an_unlisted_verb_after_exclamation(text, speaker, quote):
    assert rows(text) == [(speaker, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "“Stop!” The crowd walked out of the hall.",
        "“Stop!” Kell walked toward the door.",
    ],
)
def test_a_narrative_sentence_after_exclamation_is_no_frame(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The governor then boomed, “Tonight, you proved it once again.”",
            "The governor",
            "Tonight, you proved it once again.",
        ),
        ("Dana Kell interjected, “Ladies and gentlemen, the band.”", "Dana Kell", None),
    ],
)
def test_unlisted_verb_then_comma_before_a_quotation(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1 and got[0][0] == speaker
    if quote is not None:
        assert got[0][1] == quote


@pytest.mark.parametrize(
    "text",
    [
        "Delegate Update: The latest count in the Harbour Party race\n\nThe count goes on.",
        "Just Leaked: Look At The Mayor’s Response To The Flood\n\nThe mayor was away.",
    ],
)
def test_headline_labels_ending_in_a_label_word_are_no_speaker(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "His voice was shaking by the time Dana Kell said that.",
        "The fees stayed hidden until a reporter asked about them in April.",
    ],
)
def test_clause_before_a_subordinate_cue_is_no_content(text):
    assert rows(text) == []


def test_cue_after_a_subordinator_keeps_its_own_content():
    got = rows("The crowd booed after Dana Kell said the plan had failed.")
    assert got == [("Dana Kell", "the plan had failed")]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Dana Kell responded pointedly, with a smile: “That can happen at 45.”",
            "That can happen at 45.",
        ),
        ("Dana Kell said of the ferry: “It will sail again.”", "It will sail again."),
    ],
)
def test_adverbial_before_a_colon_is_not_part_of_the_quotation(text, quote):
    assert rows(text) == [("Dana Kell", quote)]


def test_a_clause_before_a_colon_stays_in_the_content():
    got = rows("Dana Kell said the plan was simple: “Build the pier.”")
    assert got == [("Dana Kell", "the plan was simple: “Build the pier.”")]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("When he said the pier was failing, the crowd booed.", "the pier was failing"),
        (
            "While Dana Kell says the pier is safe, engineers disagree with her.",
            "the pier is safe",
        ),
        (
            "While Dana Kell says 2,400 boats use the pier, engineers count fewer.",
            "2,400 boats use the pier",
        ),
        (
            "As the Harbour Gazette reported, there are 150 berths in Oakdale, Elm Bay, and Pine Cove.",
            "there are 150 berths in Oakdale, Elm Bay, and Pine Cove",
        ),
        ("Dana Kell said the pier, which is old, is safe.", "the pier, which is old, is safe"),
    ],
)
def test_cue_in_a_leading_subordinate_clause_ends_at_its_comma(text, quote):
    got = rows(text)
    assert [q for _, q in got] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quill, claiming 41 percent of the vote, thanked her volunteers.",
        "Reporters doubted that Mara Quill was telling the truth.",
    ],
)
def test_more_act_objects(text):
    assert rows(text) == []


def test_claimed_responsibility_stays_speech():
    got = rows("The Harbour Front claimed responsibility for the blockade on Monday.")
    assert [q for _, q in got] == ["responsibility for the blockade on Monday"]


def test_announcing_frame_speaker_comes_from_the_frame_sentence():
    text = (
        "The harbour has a long history. As Dana Kell notes:\n\n"
        "It would be difficult to overstate what the pier meant to the town.\n\n"
        "The pier opened in 1901."
    )
    got = rows(text)
    assert got == [
        ("Dana Kell", "It would be difficult to overstate what the pier meant to the town.")
    ]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Dana Kell told Harbour business leaders that the pier was safe.", "the pier was safe"),
        ("Dana Kell told Ada Lee and others that she should step aside.", "she should step aside"),
        ("Dana Kell told him the plan that he liked was good.", "the plan that he liked was good"),
        (
            "Dana Kell asked agencies that dealt with the flood to keep records.",
            "agencies that dealt with the flood to keep records",
        ),
    ],
)
def test_listener_tail_before_that_is_not_content(text, quote):
    got = rows(text)
    assert [q for _, q in got] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "“Blue Pier,” the cult series that went off the air, is back.",
        "“Ramon,” Mr. Kell changed his name to Ray.",
        "Marchers in “We are Oakdale” T-shirts marched in silence.",
    ],
)
def test_unlisted_verb_with_an_object_after_a_quotation_is_no_frame(text):
    assert rows(text) == []


def test_listed_verb_with_an_object_after_a_quotation_stays():
    got = rows("“The mayor is not a crook, folks,” Dana Kell assured the crowd.")
    assert got == [("Dana Kell", "The mayor is not a crook, folks")]
