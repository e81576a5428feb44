"""Quotation formats without a reporting verb (issue 12): dash-attributed quotation
paragraphs, paragraphs of unquoted speech announced by "X added:", and interview or
debate transcripts inside an article. Every sentence here is written for the test."""

from __future__ import annotations

import pandas as pd

from analysis import extract_quotes
from analysis.transcripts import find_turns


def _quotes(text: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


# --------------------------------------------------------------------------- dash


def test_quotation_then_dash_and_name_is_the_name_s_quote():
    text = (
        "We asked voters what they made of the debate.\n\n"
        "“He talked about the economy and never once about my town.” ― Maria Olsen\n"
        "“I came in undecided and I am leaving undecided.”— Tomas R. Varga.\n"
        "“Nobody on that stage spoke for people like us.” — Li Wen, 42, of Dayton"
    )
    assert _quotes(text)[-3:] == [
        ("Maria Olsen", "He talked about the economy and never once about my town."),
        ("Tomas R. Varga", "I came in undecided and I am leaving undecided."),
        ("Li Wen", "Nobody on that stage spoke for people like us."),
    ]


def test_name_dash_then_quotation_is_the_name_s_quote():
    text = "Readers answered.\n\nAda Brennan ― “I will vote, but I will not be happy about it.”"
    assert _quotes(text) == [("Ada Brennan", "I will vote, but I will not be happy about it.")]


def test_dash_lists_that_are_not_speech_give_no_quote():
    text = (
        "The playlist for the evening:\n\n"
        "“Dancing In The Dark” — Bruce Springsteen\n"
        "“Hold On” — Jo Smith\n\n"
        "Final scores:\n\nLakers — 102\n\nCeltics — 99\n\n"
        "PORTLAND --  “The river is rising and we are ready for it.”"
    )
    assert _quotes(text) == []


def test_quotation_inside_a_prose_sentence_keeps_no_dash_byline():
    text = 'The minister called the plan "a gift to the country for years to come." -- Ann Ko'
    assert all(spk != "Ann Ko" for spk, _ in _quotes(text))


# --------------------------------------------------------------------------- "X added:"


def test_unquoted_paragraph_after_a_frame_paragraph_is_the_speaker_s():
    text = (
        "Governor Ann Lee spoke on the radio on Monday.\n\n"
        "Lee added:\n\n"
        "It is the same old story. They promise the moon, and we get a pothole.\n\n"
        "The station did not comment."
    )
    assert (
        "Ann Lee",
        "It is the same old story. They promise the moon, and we get a pothole.",
    ) in (_quotes(text))


def test_dated_frame_announcing_a_quotation_takes_the_subject_after_the_date():
    text = (
        "The two men agreed more than they knew.\n\n"
        "On June 2, 2015, Rubens made the following comment:\n\n"
        "“Young people who leave school early pay for it for the rest of their lives.”\n\n"
        "Nobody disputed it."
    )
    assert _quotes(text) == [
        ("Rubens", "Young people who leave school early pay for it for the rest of their lives.")
    ]


def test_frames_that_announce_no_speech_give_no_quote():
    text = (
        "Here are the winners:\n\n"
        "Ann Lee of the Herald took the first prize for her reporting.\n\n"
        "The poll also found that:\n\n"
        "Most voters have made up their minds about the race already.\n\n"
        "Lee tweeted:\n\n"
        '<tweet author="lee">We did it, and we did it together.</tweet>\n\n'
        "Editor's note:\n\n"
        "This story was updated with the final results on Tuesday.\n\n"
        "The council said:\n\n"
        "- a new park\n- two new schools"
    )
    assert _quotes(text) == []


# --------------------------------------------------------------------------- transcripts

INTERVIEW = (
    "Senator Ruth Okafor defended the bill on Sunday.\n\n"
    "Partial transcript as follows:\n\n"
    '"HALE: Senator, your own party is split on this. Why should I believe it passes?\n\n'
    '"OKAFOR: Because I have counted the votes, and we have them.\n\n'
    '"(CROSSTALK.)\n\n'
    '"HALE: You said that last spring too.\n\n'
    '"OKAFOR: And last spring I was right, you will remember.\n\n'
    "The vote is set for Thursday."
)


def test_turns_inside_an_article_are_quotes_of_the_named_speakers():
    q = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [INTERVIEW]}))
    turns = q[q["kind"] == "turn"]
    assert turns["speaker"].tolist() == ["Hale", "Ruth Okafor", "Hale", "Ruth Okafor"]
    assert turns["quote"].iloc[1] == "Because I have counted the votes, and we have them."
    # the last turn ends with its paragraph; the article's own text follows
    assert turns["quote"].iloc[-1] == "And last spring I was right, you will remember."
    # "Partial transcript as follows:" does not swallow the turns as one quote
    assert not (q["speaker"] == "Partial").any()


def test_title_case_name_labels_are_turns_when_they_converse():
    text = (
        "Two columnists, Ada Brennan and Tomas Varga, argued on air.\n\n"
        "Ada Brennan: I think the plan is fine, and you know it.\n\n"
        "Tomas Varga: You say that every year.\n\n"
        "Brennan: And every year I am right.\n\n"
        "Their producer cut to a break."
    )
    assert find_turns(text) != []
    got = [(s, q) for s, q in _quotes(text)]
    assert ("Ada Brennan", "And every year I am right.") in got
    assert ("Tomas Varga", "You say that every year.") in got


def test_labels_that_are_not_a_conversation_are_no_turns():
    headed = (  # headed sections, each name once
        "Ideas from the campaign trail.\n\n"
        "Ann Lee: Student loans I looked at her plan, and you should too.\n\n"
        "Tom Hale: Credit scores My own score fell, and yours may.\n\n"
        "Li Wen: Pensions We all need one."
    )
    versus = "LEE: Raised taxes.\n\nHALE: Cut taxes.\n\nLEE: Closed plants.\n\nHALE: Opened."
    labels = (
        "UPDATE: We have changed the headline.\n\nEditor's note: I wrote this in May.\n\n"
        "WATCH: You will like it.\n\nUPDATE: We fixed it.\n\nWATCH: You saw it."
    )
    bullets = "Pros: We save money.\n\nCons: You lose time.\n\nPros: We save more."
    # a headline "Name: ..." is no turn, and what is left is one exchange
    headline = "Lee: We will win the vote.\n\nLee: I am sure.\n\nHale: You are not."
    for text in (headed, versus, labels, bullets, headline):
        assert find_turns(text) == [], text


# --------------------------------------------------------------------------- headlines


def test_headline_quotation_is_the_quote_of_the_name_that_opens_it():
    cases = {
        "Ann Lee Slams the Board: ‘You Failed Every One of Us.’\n\nLee spoke.": "Ann Lee",
        "Lee on the School Budget Vote: ‘I Think It Will Pass.’\n\nAnn Lee spoke.": "Ann Lee",
        "A lesson from Ann Lee: 'Be the voice that people hear.'\n\nLee spoke.": "Ann Lee",
        "Ann Lee heckles the crowd: 'You're being ridiculous.'\n\nLee left.": "Ann Lee",
    }
    for text, speaker in cases.items():
        got = _quotes(text)
        assert got and got[0][0] == speaker, (text, got)


def test_headline_without_a_quotation_or_a_name_gives_no_new_quote():
    for text in (
        "Watch: ‘The Best Goal of the Season.’\n\nThe goal came late.",
        "But Then: ‘It Was Over Before Dinner.’\n\nThe vote is on Monday.",
        "Lakers 102, Celtics 99: ‘What a Game.’\n\nIt was close.",
    ):
        assert _quotes(text) == [], text


# --------------------------------------------------------------------------- colon subjects


def test_colon_quotation_takes_the_subject_of_the_clause_before_the_colon():
    text = (
        "The hearing ran late.\n\n"
        "When Hale said the plant would close, Rubens shot back: “Not while I am mayor.”"
    )
    assert ("Rubens", "Not while I am mayor.") in _quotes(text)
    text = "Rubens leaned in, with a grin: “Not while I am mayor.”"
    assert _quotes(text) == [("Rubens", "Not while I am mayor.")]


def test_dash_quotation_may_hold_quotation_marks_of_its_own():
    text = (
        "Readers wrote in.\n\n"
        "“He calls it “a disgrace” and then does the same.” ― Maria Olsen\n"
        "Tomas Varga ― “I heard “no” from him three times tonight.”"
    )
    assert _quotes(text) == [
        ("Maria Olsen", "He calls it “a disgrace” and then does the same."),
        ("Tomas Varga", "I heard “no” from him three times tonight."),
    ]


def test_guards_from_press_releases():
    # a list of 'Name: "quote"' paragraphs stays colon quotes, not transcript turns
    reactions = (
        "Leaders praised the deal.\n\n"
        "Senator Ann Lee: “We did it, and I thank you all.”\n\n"
        "Governor Tom Hale: “I am proud of our state.”\n\n"
        "Senator Ann Lee: “We will do it again.”"
    )
    assert find_turns(reactions) == []
    assert {s for s, _ in _quotes(reactions)} == {"Ann Lee", "Tom Hale"}
    # "Here's what they are saying:" and a heading "Methodological notes:" name no one
    text = (
        "Here’s what they’re saying:\n\n"
        "The agency closed the first month of the new plan with record results.\n\n"
        "Methodological notes:\n\n"
        "The council computes how the investment changes output in each state."
    )
    assert _quotes(text) == []
    # a relative clause before the colon is not the speaker's
    text = (
        "President Ann Lee recalled the courage of Sgt. Tom Hale, who ran back into the "
        "fire at the plant: “He saved nine people that day, and he never stopped.”"
    )
    assert _quotes(text)[0][0] == "Ann Lee"
