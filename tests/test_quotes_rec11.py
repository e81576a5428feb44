"""Recall on forms that were missed (issue 12, session 11): a nested single quote
closing inside an NYT-style '' quotation (three apostrophes), "warned" / "urged" /
"read" inverted right after a quotation, and a few more reporting verbs ("opined",
"scoffed"). Every sentence here is written for the test (fictional names)."""

import pandas as pd
import pytest

import analysis

LEAD = "The council met on Monday to discuss the budget.\n\n"


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [LEAD + text]}))
    return [(r.speaker, r.cue, r.quote) for r in q.itertuples()]


def test_three_apostrophes_close_a_nested_single_quote():
    got = rows(
        "''Voters will not be satisfied with 'We will fix it,''' said Mayor Dana Holt, "
        "referring to the plan."
    )
    assert len(got) == 1
    assert got[0][2] == "Voters will not be satisfied with 'We will fix it,'"
    assert "Holt" in got[0][0]


def test_three_apostrophes_do_not_break_the_next_quotation():
    got = rows("''He told me, 'Not now,''' Ms. Vell said. ''Then he left,'' she added.")
    quotes = [q for _, _, q in got]
    assert quotes[0] == "He told me, 'Not now,'"
    assert any("Then he left" in q for q in quotes)


def test_two_apostrophes_unchanged():
    got = rows("''The roads are open again,'' said Ben Calder, the county engineer.")
    assert [(s, q) for s, _, q in got] == [("Ben Calder", "The roads are open again")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“That plan is within reach of failure,” warned Halvorsen.", "Halvorsen"),
        ("“Vote early,” urged Mayor Dana Holt, who faces a recall.", "Dana Holt"),
        ('"Drivers should slow down," opined the Ridgeville Ledger.', "the Ridgeville Ledger"),
        ("“Nobody believes that,” scoffed Omar Vell.", "Omar Vell"),
    ],
)
def test_inverted_cue_after_a_quotation(text, speaker):
    got = rows(text)
    assert len(got) == 1
    assert got[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    ["“Keep the library open,” read the sign.", "“Farmers first,” read one banner at the rally."],
)
def test_inverted_read_after_a_sign_gives_no_row(text):
    # session 35 (left70): a sign or banner shows words, nobody speaks (the written
    # guidelines and gold); this file first expected a row here
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She read the report twice before the meeting.",
        "“It is late,” she said. Read the report before Friday.",
    ],
)
def test_no_new_quote_without_speech(text):
    got = rows(text)
    assert all(q != "" for _, _, q in got)
    assert not any(c in ("warned", "urged", "read", "Read") for _, c, _ in got)


def test_warned_with_object_and_clause_still_indirect():
    got = rows("Holt warned voters that the bridge would close in May.")
    assert got == [("Holt", "warned", "the bridge would close in May")]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "This year, Holt rose to the defense of Omar Vell, saying Mr. Vell should be "
            "given a medal.",
            "Holt",
            "Mr. Vell should be given a medal",
        ),
        (
            "But the other candidate on the stage, Mayor Dana Price, drew a contrast, "
            "saying that concerns about the budget were not to be dismissed.",
            "Dana Price",
            "concerns about the budget were not to be dismissed",
        ),
        (
            "Some in the crowd booed, and when Holt thanked Ridgeville and said it was "
            "great to be home, a man yelled “Stay there!”",
            "Holt",
            "it was great to be home",
        ),
        (
            "One of the men, Jessie Halvorsen, 70, had served in the navy - ''ten months "
            "at sea'' - and said he was convinced that the plan would fail.",
            "Jessie Halvorsen",
            "he was convinced that the plan would fail",
        ),
    ],
)
def test_subject_of_a_participle_or_conjoined_cue(text, speaker, quote):
    got = [(s, q) for s, _, q in rows(text)]
    assert (speaker, quote) in got


def test_main_clause_subject_speaks_after_a_late_subordinate_clause():
    got = rows("Dana Price smiled when the crowd cheered and said she was grateful.")
    assert [(s, q) for s, _, q in got] == [("Dana Price", "she was grateful")]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Four in 10 voters see the plan as unfair, and a third said the mayor should resign.",
            "a third",
            "the mayor should resign",
        ),
        (
            "Among likely primary voters, about two-thirds, 67 percent, say they will vote "
            "for Holt.",
            "about two-thirds",
            "they will vote for Holt",
        ),
        (
            "Most council members back the change, and all but two said the vote should "
            "wait until May.",
            "all but two",
            "the vote should wait until May",
        ),
        ("A third of renters, 33%, say they feel that way.", "a third of renters", None),
        ("Nearly a third say the plan is worse.", "Nearly a third", "the plan is worse"),
    ],
)
def test_share_of_a_polled_group_as_speaker(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1
    assert got[0][0].lower() == speaker.lower()
    if quote is not None:
        assert got[0][2] == quote


def test_share_inside_the_content_is_no_speaker():
    got = rows("Sales fell by a third, the company said.")
    assert [(s, q) for s, _, q in got] == [("the company", "Sales fell by a third")]


def test_apposition_after_an_inverted_speaker_is_no_content():
    got = rows("Turnout was low, said Dana Holt, the county clerk.")
    assert [(s, q) for s, _, q in got] == [("Dana Holt", "Turnout was low")]


def test_parenthetical_frame_still_splits_the_content():
    got = rows("The plan, said Holt, will cost more.")
    assert [q for _, _, q in got] == ["The plan", "will cost more"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"There will not be a path for Holt to win," said one of those advisers, who '
            "spoke on the condition of anonymity.",
            "one of those advisers",
        ),
        ('"It was awful," said one of two witnesses who saw the crash.', "one of two witnesses"),
    ],
)
def test_inverted_speaker_one_of_a_group(text, speaker):
    got = rows(text)
    assert len(got) == 1
    assert got[0][0] == speaker


def test_one_of_after_a_plain_cue_stays_content():
    got = rows("The mayor said one of the reasons was cost.")
    assert [(s, q) for s, _, q in got] == [("The mayor", "one of the reasons was cost")]


def test_quoted_show_after_tell_is_the_listener():
    got = rows(
        '"Of course Holt is fair game. He is a former mayor," Fiorelli told "Morning '
        'Chat," reminding the hosts of the race.'
    )
    assert [(s, q) for s, _, q in got] == [
        ("Fiorelli", "Of course Holt is fair game. He is a former mayor")
    ]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "But local groups that have endorsed him say they believe the vote should wait.",
            "local groups",
            "they believe the vote should wait",
        ),
        (
            "Even the county's biggest hawks, like Holt and Price, say the bulk of the "
            "troops should be local.",
            "the county's biggest hawks",
            "the bulk of the troops should be local",
        ),
        ("The plan will fail, say the experts.", "the experts", "The plan will fail"),
    ],
)
def test_long_plural_subject_of_say(text, speaker, quote):
    got = [(s, q) for s, _, q in rows(text)]
    assert got == [(speaker, quote)]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "The suit claims that Holt made statements that damaged her reputation.",
            "the suit",
            "Holt made statements that damaged her reputation",
        ),
        ("The editorial argues that the park should stay open.", "the editorial", None),
        ("The ad claims “Holt is the farmer you can trust.”", "the ad", None),
    ],
)
def test_documents_claim_and_argue(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1
    assert got[0][0] == speaker
    if quote is not None:
        assert got[0][2] == quote


def test_adding_after_an_nyt_quotation_ending_in_a_comma():
    got = rows(
        "Mr. Holt said of the episode, ''I do not like it,'' adding that ''they have anger.''"
    )
    assert ("Holt", "adding", "they have anger.") in got


def test_participle_after_but_shares_the_subject():
    got = rows(
        "Mr. Holt released a statement on Saturday, praising the crew but insisting that "
        "the mayor had no right to criticize him."
    )
    assert ("Holt", "insisting", "the mayor had no right to criticize him") in got


def test_but_promising_as_an_adjective_is_no_cue():
    assert rows("Ridgeville showed an awkward but promising start for Holt.") == []


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "Cement makers, for instance, argue that imports grew to 40 percent.",
            "Cement makers",
            "imports grew to 40 percent",
        ),
        ("Farm groups, for their part, say the plan is fine.", "Farm groups", "the plan is fine"),
        (
            "Many of the county chairs that the paper interviewed predicted Holt will win.",
            None,
            "Holt will win",
        ),
    ],
)
def test_long_subject_of_argue_and_predict(text, speaker, quote):
    got = rows(text)
    assert len(got) == 1
    if speaker is not None:
        assert got[0][0] == speaker
    assert got[0][2] == quote


def test_one_and_another_as_whole_subjects():
    got = rows(
        "One says the city has the most debt, while another says the state owes twice as much."
    )
    assert [(s.lower(), q) for s, _, q in got] == [
        ("one", "the city has the most debt"),
        ("another", "the state owes twice as much"),
    ]
    got = rows('Another said he hoped with his "whole heart" that Holt wins.')
    assert [q for _, _, q in got] == ['he hoped with his "whole heart" that Holt wins']


def test_another_as_a_determiner_is_no_speaker():
    assert rows("Holt named another aide to the board.") == []


def test_subject_across_an_insertion_holding_a_quoted_title():
    got = rows(
        'Omar Hemsley, the co-author of "Going Local," about the spread of news, said the '
        "days of one story are gone."
    )
    assert [(s, q) for s, _, q in got] == [("Omar Hemsley", "the days of one story are gone")]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Eva Miller said quietly that the plant would close.", "the plant would close"),
        ("Holt said repeatedly that taxes would fall.", "taxes would fall"),
        ("Vell said only that taxes would rise.", "taxes would rise"),
        ("Lee said early voting would help.", "early voting would help"),
        (
            "Lee said only 5 percent of the farms were sold.",
            "only 5 percent of the farms were sold",
        ),
    ],
)
def test_adverb_between_the_cue_and_that_is_no_content(text, quote):
    assert [q for _, _, q in rows(text)] == [quote]


def test_adverb_and_place_after_the_cue_are_no_content():
    got = rows('"How are you today?" Eva Miller said pleasantly into the phone. She hung up.')
    assert [(s, q) for s, _, q in got] == [("Eva Miller", "How are you today?")]


def test_noun_like_cue_conjoined_to_a_verb_is_a_verb():
    got = rows("Holt rails against the plan and pledges to stand firm against the mayor.")
    assert [(s, c, q) for s, c, q in got] == [
        ("Holt", "pledges", "to stand firm against the mayor")
    ]
    got = rows("Holt heard the claims and notes that the audit found nothing.")
    assert [(s, q) for s, _, q in got] == [("Holt", "the audit found nothing")]


def test_conjoined_nouns_stay_nouns():
    assert rows("Holt made promises and pledges to voters in May.") == []


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Holt never cited a source for his claim in November that the city wants to "
            "sell the park.",
            "the city wants to sell the park",
        ),
        ("Critics mocked her remark last week that the budget was balanced.", None),
    ],
)
def test_speech_noun_with_a_time_before_that(text, quote):
    got = rows(text)
    assert len(got) == 1
    if quote is not None:
        assert got[0][2] == quote


def test_time_before_that_without_a_speech_noun():
    assert rows("The vote in November that decided the race was close.") == []


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "The mayor told a radio station in an interview that he believes the plan will fail.",
            "he believes the plan will fail",
        ),
        ("Holt told reporters that voters are angry.", "voters are angry"),
        ("Holt told her closest advisers that the race was lost.", "the race was lost"),
    ],
)
def test_two_word_listener_after_tell_is_skipped(text, quote):
    assert [q for _, _, q in rows(text)] == [quote]


@pytest.mark.parametrize(
    "text, speaker, quote",
    [
        (
            "“The mayor will decide whether to bring charges,” according to the Ridgeville Ledger.",
            "the Ridgeville Ledger",
            "The mayor will decide whether to bring charges",
        ),
        (
            "“We will appeal,” according to a statement from the union.",
            "a statement from the union",
            "We will appeal",
        ),
    ],
)
def test_quotation_attributed_by_according_to(text, speaker, quote):
    assert [(s, q) for s, _, q in rows(text)] == [(speaker, quote)]


def test_another_is_an_unnamed_speaker_and_no_antecedent():
    text = (
        "Dana Holt, the mayor, spoke on Monday. Voters were split.\n\n"
        'Another said he hoped with his "whole heart" that Holt wins.\n\n'
        "He added that taxes would rise."
    )
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    rows_ = list(q.itertuples())
    assert (rows_[0].speaker, rows_[0].speaker_type) == ("another", "anonymous")
    assert rows_[-1].speaker == "Dana Holt"


def test_said_of_a_topic_before_a_quotation_is_no_content():
    got = rows('Mr. Holt said of the episode, "I do not like it."')
    assert [(s, q) for s, _, q in got] == [("Holt", "I do not like it.")]
