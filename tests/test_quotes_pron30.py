"""Pronoun speaker rules of the pron30 branch, on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of


def test_then_theres_name_is_the_subject_for_the_next_he():
    # "Then there's Hobbs." introduces Hobbs as the topic; Brandt was the subject before
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        "of the plan.\n\nThen there’s Carl Hobbs.\n\n"
        '"This is a mess," he wrote last week.\n\n"Too late?" He tweeted on Friday.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"
    assert speaker_of(text, "Too late?") == "Carl Hobbs"


def test_then_there_is_name_still_the_subject():
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        'of the plan.\n\nThen there is Carl Hobbs.\n\n"This is a mess," he wrote last week.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"


def test_telling_then_quote_then_he_said_is_one_statement_of_the_subject():
    # "he said" after a quotation opened by ", telling <listener>," restates the teller
    text = (
        "Tom Brandt said the plan was sound.\n\n"
        "Carl Hobbs weighed in as well, telling a radio host on Monday, "
        '"They are both wrong," he said, adding, "Brandt is right about one thing."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Carl Hobbs", "They are both wrong") in rows
    assert ("Carl Hobbs", "Brandt is right about one thing.") in rows
    assert all(s != "Tom Brandt" or q == "the plan was sound" for s, q in rows)


def test_a_non_speech_participle_before_a_quotation_keeps_the_lead():
    # "standing in the rain" is no speech verb: the trailing "she said" still gets it all
    text = 'Ann Vell spoke of the morning, standing in the rain, "It was cold," she said.'
    assert any(
        q.startswith("Ann Vell spoke of the morning")
        for _, q in quote_rows(text, "speaker", "quote")
    )


def test_content_opening_a_paragraph_with_a_name_that_refers_back_is_that_persons():
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\n'
        "Hobbs has introduced a rent bill in the House and would continue his push for it "
        "in the Senate, he said. The bill would cap rents."
    )
    assert (
        speaker_of(
            text,
            "Hobbs has introduced a rent bill in the House and would continue "
            "his push for it in the Senate",
        )
        == "Carl Hobbs"
    )


def test_content_naming_someone_without_referring_back_stays_with_the_last_speaker():
    # "Hobbs is a liar, he said": nothing says Hobbs speaks of himself
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\nHobbs is a liar, he said.'
    )
    assert speaker_of(text, "Hobbs is a liar") == "Tom Brandt"


def test_content_subject_of_the_other_gender_is_not_taken():
    text = (
        "Ann Vell is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\n'
        "Vell has filed a rent bill and pushed her plan hard, he said."
    )
    assert speaker_of(text, "Vell has filed a rent bill and pushed her plan hard") == "Tom Brandt"


def test_content_in_the_middle_of_a_paragraph_is_not_taken():
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it." Hobbs has filed a rent bill and '
        "would continue his push for it, he said."
    )
    assert speaker_of(text, "Hobbs has filed a rent bill and would continue his push for it") == (
        "Tom Brandt"
    )


def test_which_some_have_argued_inside_the_content_keeps_the_pronoun_speaker():
    text = (
        "Carl Hobbs spoke on Monday.\n\n"
        "He said that the council's decision, which some have argued was meant to help his "
        'rival, was an "insult" to voters.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert all(s != "some" for s, _ in rows), rows
    assert any(s == "Carl Hobbs" and q.endswith("to voters") for s, q in rows), rows
