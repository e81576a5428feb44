"""Speaker defects noticed and left in sessions 15-16 (issue #12), fixed in session 17
with general rules; every article here is fictional and written for the test."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _quote_rows import quote_rows, speaker_of, speaker_of_start  # noqa: E402


def test_lone_surname_of_two_people_is_the_one_just_named_outside_quotes():
    text = (
        'Carl Murphy, a senator, spoke first. "Carl Murphy is wrong about Carl Murphy," '
        'Dana Murphy said, "and Carl Murphy knows it." Later, treasurer Dana Murphy met '
        'donors. "We have the votes," Murphy said.'
    )
    assert speaker_of(text, "We have the votes") == "Dana Murphy"


def test_lone_surname_of_two_people_named_only_in_passing_is_the_main_one():
    # the other Murphy last named as no clause subject: the most mentioned one
    text = (
        "Senator Carl Murphy filed a bill on Monday. Carl Murphy has pushed it for years. "
        "Carl Murphy named it for Dana Murphy, a teacher who died in 2012. "
        '"We owe her this," Murphy said.'
    )
    assert speaker_of(text, "We owe her this") == "Carl Murphy"


def test_short_and_long_given_name_are_one_person():
    text = (
        "Kenneth Starling, the counsel, testified on Monday. Ken Starling spoke again on "
        'Tuesday. "It was fair," Starling said.'
    )
    assert quote_rows(text, "speaker") == [("Kenneth Starling",)]


def test_will_as_a_surname_the_article_names_in_full():
    lead = "The columnist Gordon Will wrote about the race on Sunday. "
    assert quote_rows(lead + '"The party has lost its way," Will said.', "speaker") == [
        ("Gordon Will",)
    ]
    assert quote_rows(lead + "Will urged voters to stay home.", "speaker", "cue") == [
        ("Gordon Will", "urged")
    ]
    assert quote_rows(lead + "Will said the party had lost its way.", "speaker", "quote") == [
        ("Gordon Will", "the party had lost its way")
    ]


def test_will_as_a_modal_stays_no_speaker():
    assert (
        quote_rows("Voters will decide. Will say what you want, the vote is done.", "speaker") == []
    )
    # inside a quotation, the words are the quote
    assert quote_rows(
        'Gordon Will wrote on Sunday. "Will said he would come," she added.', "speaker", "quote"
    ) == [("she", "Will said he would come")]


def test_content_ends_before_a_second_clause_of_the_speaker():
    lead = "Mayor Ann Lee said the budget was tight"
    for tail in (
        ", but she declined to give details.",
        ", and she left the room.",
        ", but Lee left the room soon after.",
        " but declined to give details.",
        " but stopped short of naming a cut.",
    ):
        assert quote_rows(lead + tail, "quote") == [("the budget was tight",)], tail
    assert quote_rows(
        "Mayor Ann Lee conceded the budget was tight but implied that taxes would not rise.",
        "cue",
        "quote",
    ) == [("conceded", "the budget was tight")]


def test_content_goes_on_with_its_own_subject():
    for text, quote in (
        ("Mayor Ann Lee said the firm grew and hired staff.", "the firm grew and hired staff"),
        (
            "Mayor Ann Lee said Bo Ray was wrong, and he knew it.",
            "Bo Ray was wrong, and he knew it",
        ),
        (
            "Mayor Ann Lee told aides she expects to win and she is ready.",
            "she expects to win and she is ready",
        ),
    ):
        assert quote_rows(text, "quote") == [(quote,)], text


def test_description_is_not_titled_by_the_sentence_before():
    # "a businessman, on Monday. Mayor Ann Kell": "businessman" describes Toller only
    text = (
        "The team was sold to Rex Toller, a businessman, on Monday. Mayor Ann Kell "
        'welcomed the sale. "I will keep the coach," the businessman said.'
    )
    assert speaker_of(text, "I will keep the coach") == "Rex Toller"
    text = (
        "Ann Dorr, the budget chair, met reporters on Monday. Governor Bo Ray signed the "
        'bill. "We will cut," the budget chair said.'
    )
    assert speaker_of(text, "We will cut") == "Ann Dorr"


def test_names_in_apposition_before_have_said_are_the_speakers():
    for verb in ("said", "have said", "had long said"):
        text = f"Two members of the council, Ann Lee and Bo Ray, {verb} the plan is too costly."
        assert quote_rows(text, "speaker", "speaker_type") == [("Ann Lee and Bo Ray", "group")]
    assert quote_rows(
        "Ann Lee, the mayor, has said the plan is too costly.", "speaker", "speaker_type"
    ) == [("Ann Lee", "person")]
    # an apposition with no name is no speaker: the subject
    assert quote_rows(
        "The Democratic candidates, both from the city, have promised to build on the legacy.",
        "speaker",
    ) == [("the Democratic candidates",)]


def test_possessive_brand_name_is_an_organisation():
    assert quote_rows(
        '"Sales grew," Vellano\'s Pizza said in a statement.', "speaker", "speaker_type"
    ) == [("Vellano's Pizza", "organization")]
    # a company the story names itself, then its man: a person
    assert quote_rows(
        'Brenlow cut output. "Prices will hold," Brenlow\'s Collier said.', "speaker_type"
    ) == [("person",)]


def test_the_company_keeps_a_first_word_read_as_a_title():
    # "United" is also a title word ("United States Attorney"): not cut from the name
    text = (
        "Executives from United Gadgetries met workers. Jobs will move to Mexico.\n\n"
        "United Gadgetries is not hurting like the carmakers were. But the company says it "
        "fears a slump."
    )
    assert quote_rows(text, "speaker", "speaker_type") == [("United Gadgetries", "organization")]


def test_it_after_the_short_form_of_a_paper_is_no_bare_word():
    text = (
        "Critics were harsh.\n\nThe Elmora Post noted that author Ann Kell was seen with Bo "
        "Ray, both riding with him and eating with him in Halton. The Post reported that "
        "Kell said she was gathering material for a new book. It added, \u201cthe visit comes "
        "as Ray plans new attacks on the stump.\u201d"
    )
    got = speaker_of_start(text, "the visit comes")
    assert got != "Post" and got.endswith("Post"), got


def test_description_named_by_a_verb_of_appointment():
    for verb in ("took over as", "was named", "became the team's"):
        text = (
            f"Bo Lanning {verb} interim coach in May. Owner Ann Kell praised him. "
            '"We will win," the interim coach said.'
        )
        assert speaker_of(text, "We will win") == "Bo Lanning", verb
