"""Classes found by the sixteenth, blind written news batch (session 20, issue 12:
tests/data/written_news16): a restrictive "who" clause closed only by the comma before
the cue ("A nurse who asked not to be named, said ..."); "told only her coach" and
"proclaimed it Heritage Day" carry no speech; ", the board said in a post on its
website, but B" is an insertion like ", the board said, but B". Every sentence here is
written for the test; names and events are fictional."""

from _quote_rows import has_quote, speech_rows


def test_restrictive_relative_closed_by_the_comma_before_the_cue():
    text = "A nurse who asked not to be named because she fears reprisals, said the ward was full."
    assert has_quote(text, "nurse", "the ward was full")


def test_restrictive_relative_in_apposition_after_a_partitive_opener():
    text = (
        "Several former employees met at a pub.\n\n"
        "One of them, a product designer who asked not to be named because he is still negotiating his severance, said the mood was “grim.”"
    )
    assert has_quote(text, "designer", "the mood was “grim.”")


def test_restrictive_relative_without_the_comma_still_reads():
    text = "A man who lives two doors down said the fire started at noon."
    assert has_quote(text, "man", "the fire started at noon")


def test_a_closed_relative_clause_keeps_the_name():
    text = "Ann Roe, who chairs the board, said the vote would wait."
    assert has_quote(text, "Ann Roe", "the vote would wait")


def test_inverted_speaker_after_a_relative_subject_clause_is_the_speaker():
    text = "The man who lives nearby lost his job, said the mayor."
    rows = speech_rows(text)
    assert [s for s, _, _ in rows] == ["the mayor"], rows


def test_told_only_a_listener_is_no_quote():
    text = "Dana Roe said she had cracked a rib in the first game and told only her coach."
    rows = speech_rows(text)
    assert [q for _, _, q in rows] == ["she had cracked a rib in the first game"], rows


def test_told_no_one_is_no_quote():
    assert speech_rows("Lee broke her wrist and told no one.") == []


def test_told_a_listener_then_content_is_still_a_quote():
    assert has_quote("Lee told reporters that only the mayor knew.", "Lee", "only the mayor knew")
    assert has_quote(
        "The minister told no one would lose a job.", "minister", "no one would lose a job"
    )


def test_proclaimed_a_named_day_is_no_quote():
    assert speech_rows("The town has proclaimed it Ada Lind Day.") == []
    assert speech_rows("The council declared it Heritage Week.") == []


def test_declared_a_clause_is_still_a_quote():
    assert has_quote("The premier declared the strike was over.", "premier", "the strike was over")


def test_insertion_with_a_post_on_its_website():
    text = (
        "Schools will reopen on Wednesday, the board said in a post on its website, "
        "but buses will not run."
    )
    assert has_quote(text, "board", "Schools will reopen on Wednesday")
    assert has_quote(text, "board", "but buses will not run")


def test_insertion_with_a_news_release_and_a_day():
    text = (
        "The clinic will close at seven tonight, the agency said in a news release on Tuesday, "
        "but the lab will stay open."
    )
    assert has_quote(text, "agency", "The clinic will close at seven tonight")
    assert has_quote(text, "agency", "but the lab will stay open")


def test_insertion_on_its_website():
    text = "Fees will rise in May, the college said on its website, but grants will grow."
    assert has_quote(text, "college", "Fees will rise in May")
    assert has_quote(text, "college", "but grants will grow")


def test_said_in_a_news_release_that():
    text = "The agency said in a news release that the plan had failed."
    assert has_quote(text, "agency", "the plan had failed")


def test_which_she_called_a_quotation():
    text = "The judge weighed his record, which she called “the most troubling part of this case.”"
    # ("she" is the judge, the unnamed person subject before it: left35)
    assert has_quote(text, "the judge", "the most troubling part of this case.")


def test_a_decision_the_union_called_a_quotation():
    text = "Fees rose again, a move the student union called “a tax on learning.”"
    assert has_quote(text, "student union", "a tax on learning.")


def test_what_she_called_a_quotation():
    text = "Ann Roe thanked the jury for what she called “a hard and painful duty.”"
    assert has_quote(text, "Ann Roe", "a hard and painful duty.")


def test_a_name_after_called_is_no_quotation():
    assert speech_rows("She joined a group called “Friends of the Old Park.”") == []
    text = "She joined a group called “Friends of the Old Park.”\n\nIt meets on Tuesdays."
    assert speech_rows(text) == []


def test_called_quotation_that_ends_its_paragraph_is_left_out():
    # a label that ends its paragraph gives no row (integration, session 20): PolNeAR's
    # annotators leave such labels out and PolNeAR dev lost F1, speaker accuracy and a
    # top speaker with them; the written gold marks them (10 written matches)
    text = (
        "Opposition Leader Dana Roe called the budget “a missed opportunity for the "
        "province.”\n\nThe vote is Tuesday."
    )
    assert not has_quote(text, "Dana Roe", "a missed opportunity for the province.")
    inside = text.replace("”\n\n", "” ")  # the same label with a sentence after it
    assert has_quote(inside, "Dana Roe", "a missed opportunity for the province.")


def test_a_headline_with_called_is_no_quotation():
    text = (
        "Roe calls transit plan “a road to nowhere”\n\n"
        "HALIFAX — Dana Roe said on Monday the plan would fail."
    )
    assert [q for _, _, q in speech_rows(text)] == ["the plan would fail"]
