"""spk63's rules (session 41 round 1, speakers left by session 40), each checked on
sentences written for this file.

* "One Liberal close to the premier said A": one or two capitalised words after a
  count or an article ("one Liberal", "a New Democrat") before "close to" / "familiar
  with" head the speaker with its post-modifier (``np_left._counted_member_start``);
  it was cut to "one Liberal". "Ann Lee close to the premier" (no count) is left.
* "One official familiar with the talks who asked not to be named said A": a long
  opening subject keeps the object of "familiar with" / "close to" up to the "who"
  clause (``subjects._past_familiar_object``); it was "one official familiar". The
  "who" clause itself stays out of the speaker, as for every long subject ("Farmers
  in Iowa who watched the debate said": "Farmers", older tests).
* '"A," one aide close to the file who spoke on condition of anonymity said': the
  post-modifier's object before a "who" insertion is part of the subject
  (``clauses._FAMILIAR_OBJECT_RE`` in ``_subject_across_insertion``); the quote had
  no row. '"A," said one aide close to the file who ...': the inverted speaker keeps
  "close to the file" (``np_right.familiar_end`` ends at "who"); it was "one aide
  close".
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_LEAD = "The caucus met behind closed doors on Monday.\n\n"


def test_counted_party_member_close_to_keeps_post_modifier():
    t = _LEAD + "One Liberal close to the premier said the vote would be delayed until spring."
    assert speaker_for(t, "the vote would") == "one Liberal close to the premier"


def test_two_word_party_member_familiar_with():
    t = _LEAD + "A New Democrat familiar with the plan said the bill would die on the order paper."
    assert speaker_for(t, "the bill would") == "a New Democrat familiar with the plan"


def test_named_person_close_to_is_not_a_member_phrase():
    t = _LEAD + "Ann Lee close to the premier said the vote would be delayed."
    assert speaker_for(t, "the vote would") != "Ann Lee close to the premier"


def test_possessive_aide_unchanged():
    t = _LEAD + "The premier's aide said the trip would be cut short."
    assert speaker_for(t, "the trip") == "the premier's aide"


def test_long_subject_keeps_familiar_object_before_who():
    t = _LEAD + (
        "One official familiar with the talks who asked not to be named said the deal was close."
    )
    assert speaker_for(t, "the deal") == "one official familiar with the talks"


def test_long_subject_with_place_still_cut_at_head():
    t = _LEAD + "Farmers in Iowa who watched the debate said the deal was close."
    assert speaker_for(t, "the deal") == "Farmers"


def test_quote_before_subject_with_close_to_and_who_clause_has_row():
    t = _LEAD + (
        '"The talks have stalled," one aide close to the file who spoke on condition '
        "of anonymity said."
    )
    assert speaker_for(t, "The talks") == "one aide close to the file"


def test_quote_before_subject_familiar_with_and_who_clause():
    t = _LEAD + (
        '"We are nowhere near a deal," one official familiar with the talks who asked '
        "not to be named said."
    )
    assert speaker_for(t, "We are nowhere") == "one official familiar with the talks"


def test_quote_before_named_subject_with_who_insertion_unchanged():
    t = _LEAD + '"We are close," Ann Lee, who is close to the premier, said.'
    assert speaker_for(t, "We are close") == "Ann Lee"


def test_inverted_speaker_close_to_before_who_clause():
    t = _LEAD + (
        '"The talks have stalled," said one aide close to the file who spoke on '
        "condition of anonymity."
    )
    assert speaker_for(t, "The talks") == "one aide close to the file"


_MERGER = "Members of two credit unions voted on a merger Thursday.\n\n"


def test_bare_chair_of_board_is_the_title_phrase():
    t = _MERGER + "Chair of the Halifax Board of Trade said the toll hurts small business."
    rows = [(s, q) for s, _, q in speech_rows(t)]
    assert ("chair of the Halifax Board of Trade", "the toll hurts small business") in rows


def test_bare_president_of_credit_union_is_not_the_union():
    t = _MERGER + "President of the Elm Credit Union said the deal will close in June."
    assert speaker_for(t, "the deal will") == "president of the Elm Credit Union"


def test_title_of_body_before_a_name_is_the_name():
    t = _MERGER + "Minister of Finance Dana Kell said the deal will close in June."
    assert speaker_for(t, "the deal will") == "Dana Kell"


def test_body_named_with_of_stays_the_body():
    t = _MERGER + "The Bank of Canada said the deal will close in June."
    assert speaker_for(t, "the deal will") == "Bank of Canada"


def test_bare_title_of_body_then_name_is_the_name():
    t = _MERGER + "Secretary of the Treasury Dana Kell said the deal will close in June."
    assert speaker_for(t, "the deal will") == "Dana Kell"


_TUITION = "Tuition at New Brunswick universities will rise next fall.\n\n"


def test_students_at_french_named_university_are_the_speaker():
    t = _TUITION + "Students at the Université de Moncton say the increase is unfair."
    assert speaker_for(t, "the increase") == "Students at the Université de Moncton"


def test_students_from_university_of_place_are_the_speaker():
    t = _TUITION + "Students from the University of Regina say the increase is unfair."
    assert speaker_for(t, "the increase") == "Students from the University of Regina"


def test_university_itself_stays_the_university():
    t = _TUITION + "The University of Moncton says the increase is needed."
    assert speaker_for(t, "the increase") == "University of Moncton"


def test_analysts_at_a_firm_stay_the_firm():
    t = _TUITION + "Analysts at the Bank of Montreal said the outlook was stable."
    assert speaker_for(t, "the outlook") == "Bank of Montreal"


def test_owner_named_by_run_clause_in_lede():
    t = (
        "Ann Roe has run the diner on Elm Street for 20 years.\n\n"
        "Business dropped by half after the highway closed.\n\n"
        '"We are barely holding on," the owner said.'
    )
    assert speaker_for(t, "We are barely") == "Ann Roe"


def test_founder_named_by_founded_clause():
    t = (
        "Tom Ilk founded the brewery in 2011.\n\n"
        "It now employs 40 people in Antigonish.\n\n"
        '"We never expected this," the founder said.'
    )
    assert speaker_for(t, "We never expected") == "Tom Ilk"


def test_two_owners_leave_the_owner_unnamed():
    t = (
        "Ann Roe owns the bakery on Main Street, and Tom Ilk owns the hardware store "
        "next door.\n\nSales fell after the flood.\n\n"
        '"We lost a month of work," the owner said.'
    )
    assert speaker_for(t, "We lost a month") == "the owner"


def test_company_owner_clause_names_no_one():
    t = (
        "Harbour Foods owns the plant on Water Street.\n\nSales fell after the flood.\n\n"
        '"We lost a month of work," the owner said.'
    )
    assert speaker_for(t, "We lost a month") == "the owner"


def test_founder_not_named_by_an_owns_clause():
    t = (
        "Ann Roe owns the bakery on Main Street.\n\nSales fell after the flood.\n\n"
        '"We lost a month of work," the founder said.'
    )
    assert speaker_for(t, "We lost a month") == "the founder"
