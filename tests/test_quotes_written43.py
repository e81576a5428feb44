"""Rules from the thirtyfifth written set (written35), each on sentences written for the
test: a leading adverbial clause before an inserted frame ("Until the bridge reopens, she
said, B") is B's adjunct, no row of its own; an attributive "a/no written <noun>" is no
cue; "said A and had asked X to B" keeps the backshifted conjunct inside A; a need-that
verb takes its "that" after a short adverb-led adjunct ("mentioned almost in passing
that"); job nouns (librarian, elder) and apposed descriptions with a name
particle, an age or a possessive ("Rosa da Costa, the town's children's librarian,";
"Karl Petersen, a 47-year-old mechanic who ...") name "the librarian" / "the mechanic"; the
dateline's place ("HOLLOW POND, N.L. — ") is never "he" or "she"."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_a_leading_until_clause_before_she_said_gives_no_row():
    text = (
        "Ann Roe said the ferry was late again. Until the new dock is built, she said, the "
        "crossing will stay closed in high winds."
    )
    quotes = [q for _, _, q in speech_rows(text)]
    assert "Until the new dock is built" not in quotes
    assert "the crossing will stay closed in high winds" in quotes


def test_a_leading_if_clause_before_he_said_is_his_condition():
    # (session 27, left52: a condition is the speaker's, as written49's gold has "If A,
    # he said, B"; a time clause, "Until A, she said, B", stays B's adjunct above)
    text = "Tom Bale spoke first. If the vote fails, he said, the club will fold by spring."
    quotes = [q for _, _, q in speech_rows(text)]
    assert quotes[-2:] == ["If the vote fails", "the club will fold by spring"]


def test_a_plain_split_quotation_around_she_said_still_gives_both_sides():
    text = "The report, she said, will be public by Friday."
    assert len(speech_rows(text)) == 2


def test_no_written_procedure_is_no_cue():
    text = "Four of the clinics had no written procedure for cleaning the scopes."
    assert speech_rows(text) == []


def test_a_written_request_is_no_cue():
    assert speech_rows("The tenants sent a written request to the landlord in May.") == []


def test_has_written_that_is_still_a_cue():
    text = "Dana Oduya has written that the river cannot take another dam."
    assert speech_rows(text) == [("Dana Oduya", "written", "the river cannot take another dam")]


def test_said_a_and_had_asked_x_to_b_is_one_row():
    text = (
        "The growers' council said its members backed the levy and had asked the ministry "
        "to collect it from next year."
    )
    rows = speech_rows(text)
    assert len(rows) == 1
    assert rows[0][1] == "said"
    assert rows[0][2].endswith("to collect it from next year")


def test_and_had_told_without_a_reported_clause_before_keeps_its_row():
    text = "Lee arrived late and had told reporters that he would quit."
    assert speech_rows(text) == [("Lee", "told", "he would quit")]


def test_mentioned_almost_in_passing_that():
    text = "Her sister mentioned almost in passing that the house had been sold."
    assert quote_rows(text, "cue", "quote") == [("mentioned", "the house had been sold")]


def test_mentioned_only_the_fire_that_is_no_report():
    assert speech_rows("He mentioned only the fire that burned the barn.") == []


def test_charged_on_transactions_that_is_no_report():
    text = "Fees that the bank charged on transactions that never overdrew an account."
    assert speech_rows(text) == []


def test_the_librarian_with_a_lower_case_particle():
    text = (
        "Rosa da Costa, the town’s children’s librarian, told the board that the book was "
        "borrowed often. “We decide, then we live with it,” the librarian said."
    )
    assert quote_rows(text, "speaker") == [("Rosa da Costa",), ("Rosa da Costa",)]


def test_the_mechanic_after_an_aged_apposition_with_a_relative_clause():
    text = (
        "Karl Petersen hit a deer in June. “The car was done,” said Petersen, a "
        "47-year-old mechanic who drives the road daily. The mechanic said he now leaves "
        "before dawn."
    )
    assert [s for (s,) in quote_rows(text, "speaker")] == ["Karl Petersen", "Karl Petersen"]


def test_the_dateline_place_is_never_the_aged_speaker():
    text = (
        "Store opens in Hollow Pond\n\n"
        "HOLLOW POND, N.L. — The line started at dawn.\n\n"
        "“I came for the bread,” said the 81-year-old, a retired fisher who has lived in "
        "the town all her life. She is Ida Marsh, and she said she had waited years.\n\n"
        "The new store belongs to the Hollow Pond Co-operative, which has 300 members."
    )
    assert [s for (s,) in quote_rows(text, "speaker")][:2] == ["Ida Marsh", "Ida Marsh"]


def test_the_group_is_the_group_calling_itself_x():
    text = (
        "The complaint was filed in May by a group calling itself Neighbours for Quiet "
        "Skies.\n\nThe group argued in its letter that night flights broke the lease."
    )
    assert quote_rows(text, "speaker") == [("Neighbours for Quiet Skies",)]


def test_the_group_is_the_residents_group_called_x():
    text = (
        "The appeal came from a residents' group called Friends of the Narrows. The group "
        "said the bridge would cut the marsh in two."
    )
    assert quote_rows(text, "speaker") == [("Friends of the Narrows",)]
