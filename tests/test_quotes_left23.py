"""Speaker rules of the left23 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of, speech_rows

_LEAD = "Hillary Clinton spoke in Iowa on Monday.\n\n"


def test_relative_given_name_after_a_possessed_surname_at_the_end_of_the_sentence():
    # the mention ends at the kin noun; the given name closes the sentence
    text = _LEAD + '"We are strong," said Clinton\'s husband, Bill.'
    assert speaker_of(text, "We are strong") == "Bill Clinton"


def test_quotation_before_a_possessed_kin_noun_and_its_given_name_is_the_whole_quote():
    # '"Q," Clinton's husband, Bill, said': the kin noun is the apposition's head
    text = _LEAD + '"We are strong," Clinton\'s husband, Bill, said.'
    assert quote_rows(text, "speaker", "quote", "kind") == [
        ("Bill Clinton", "We are strong", "direct")
    ]
    text = '"The rent is too high," Roe\'s neighbour, Ann Lee, said.'
    assert quote_rows(text, "speaker", "quote") == [("Ann Lee", "The rent is too high")]


def test_kin_given_name_needs_a_full_named_owner():
    # nobody in the article is a full-named "Lee": the given name stays alone
    text = '"We are strong," said Lee\'s husband, Bill.'
    assert speaker_of(text, "We are strong") != "Bill Lee"


def test_quotation_after_a_gerund_or_preposition_is_no_tail_frame():
    # 'Citing "...," the coach resigned': the quotation is the object of "Citing"
    assert speech_rows('Citing "family reasons," the coach resigned on Friday.') == []
    assert speech_rows('Despite "good progress on the file," the union walked out.') == []


def test_the_union_is_the_unions_name_not_its_locals_number():
    text = (
        "The drivers are represented by the Harbour and Transit Workers Union, Local 77. "
        "The union said the offer was an insult."
    )
    assert speaker_of(text, "the offer was an insult") == "Harbour and Transit Workers Union"
    text = (
        "The Harbour and Transit Workers Union, Local 77, represents the drivers. "
        "The union said the offer was an insult."
    )
    assert speaker_of(text, "the offer was an insult") == "Harbour and Transit Workers Union"


def test_a_local_with_no_union_name_before_it_stays():
    text = "The drivers belong to Local 77. The union said the offer was an insult."
    assert speaker_of(text, "the offer was an insult") == "Local 77"


def test_unlisted_given_name_after_an_owner_is_the_persons_name():
    # "Zorvana" is no listed given name: the outlet before it is still no part of the name
    text = "Radio Vell’s Zorvana Petrak said the debate was a mess."
    assert speaker_of(text, "the debate was a mess") == "Zorvana Petrak"
    text = "CNN’s Zorvana Petrak said the debate was a mess."
    assert speaker_of(text, "the debate was a mess") == "Zorvana Petrak"


def test_owner_before_a_page_or_a_place_keeps_its_name():
    text = "Bush's Facebook Page said the debate was a mess."
    assert speaker_of(text, "the debate was a mess") != "Facebook Page"


def test_she_is_never_a_name_written_only_after_in_or_of():
    # a place ("in Palo Alto") or a group ("chairman of ...") is no "she"
    text = 'The meeting was held in Palo Alto. "The town has changed," she said.'
    assert speaker_of(text, "The town has changed") != "Palo Alto"
    text = (
        "Dahlys Hamilton is listed as the chairman of Hispanic Patriots for Vell. "
        "She said the group had grown fast."
    )
    assert speaker_of(text, "the group had grown fast") == "Dahlys Hamilton"


def test_a_name_after_from_or_as_a_subject_can_still_be_she():
    text = 'A letter arrived from Zorvana Petrak. "The town has changed," she said.'
    assert speaker_of(text, "The town has changed") == "Zorvana Petrak"
    text = 'Zorvana Petrak works in Palo Alto. "The town has changed," she said.'
    assert speaker_of(text, "The town has changed") == "Zorvana Petrak"
