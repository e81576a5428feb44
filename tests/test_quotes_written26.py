"""written18's rules (session 20 round 2), each on sentences written for the test:

* a time clause with a pronoun subject after the frame ("A, the minister said Tuesday as
  he tabled a budget that ...") holds no content: the content is the clause before, and
  the "that" inside the time clause is that clause's own (a relative pronoun);
* a home town with its province's abbreviation in commas ("a nurse from Unity, Sask.,
  said") ends the speaker's noun phrase at the town;
* "the 18-year-old from Moose Jaw" is a speaker description headed by the age, and it
  resolves like "the 18-year-old".
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_time_clause_after_the_frame_leaves_the_content_before_it():
    t = (
        "The city will hire 40 nurses this year, Mayor Jo Lake said Tuesday as she "
        "unveiled a budget that also cuts property taxes."
    )
    assert speech_rows(t) == [("Jo Lake", "said", "The city will hire 40 nurses this year")]


def test_time_clause_with_it_and_while_and_after():
    t = "The mill will close in June, the company said Friday while it reported a loss that doubled."
    assert speech_rows(t) == [("the company", "said", "The mill will close in June")]
    t = "The bridge is safe, Ann Roe said after she toured the site that burned."
    assert speech_rows(t) == [("Ann Roe", "said", "The bridge is safe")]


def test_a_that_clause_of_the_cue_after_a_time_clause_still_counts_without_content_before():
    t = "Ann Roe said as she left the courthouse that she would appeal the ruling."
    assert has_quote(t, "Roe", "she would appeal the ruling")


def test_a_town_and_province_in_commas_end_the_speaker_phrase():
    t = "“We lost the barn,” a farmer from Unity, Sask., said."
    assert speech_rows(t) == [("a farmer from Unity", "said", "We lost the barn")]
    t = "“We lost the barn,” the nurse from Moose Jaw, Sask., said."
    assert speech_rows(t) == [("the nurse from Moose Jaw", "said", "We lost the barn")]
    t = "“We lost the barn,” Ann Roe of Shediac, N.B., said."
    assert speech_rows(t) == [("Ann Roe", "said", "We lost the barn")]
    t = "“We lost the barn,” a farmer from Shediac, N.B., said."
    assert speech_rows(t) == [("a farmer from Shediac", "said", "We lost the barn")]
    t = "“We lost the barn,” Ann Roe, 58, of Kenora, Ont., said."
    assert speech_rows(t) == [("Ann Roe", "said", "We lost the barn")]


def test_an_age_from_a_town_is_a_speaker_and_resolves_to_the_named_person():
    t = "“I got lucky on that one,” the 18-year-old from Moose Jaw said."
    assert speech_rows(t) == [("the 18-year-old from Moose Jaw", "said", "I got lucky on that one")]
    t = (
        "Goalie Dana Pruitt made 31 saves.\n\n"
        "“I got lucky on that one,” the 19-year-old from Moose Jaw, Sask., said."
    )
    assert speech_rows(t) == [("Dana Pruitt", "said", "I got lucky on that one")]
    t = "Tom Vale, 19, scored twice.\n\n“We kept going,” the 19-year-old from Kenora, Ont., said."
    assert speech_rows(t) == [("Tom Vale", "said", "We kept going")]


def test_an_age_with_a_noun_after_it_stays_a_new_person():
    t = "Goalie Dana Pruitt made 31 saves.\n\n“It was loud,” the 19-year-old fan said."
    assert speech_rows(t) == [("the 19-year-old fan", "said", "It was loud")]


def test_a_that_relative_on_the_opening_noun_leaves_that_noun_the_speaker():
    t = "The union that represents the drivers said the buses were unsafe."
    assert speech_rows(t) == [("the union", "said", "the buses were unsafe")]
    t = "The company that owns the towers says it will ask the board to evict tenants."
    assert speech_rows(t) == [("the company", "says", "it will ask the board to evict tenants")]


def test_a_that_clause_of_a_noun_is_no_relative_on_the_speaker():
    # "that" then a noun, not a verb and a determiner: the noun phrase after it speaks
    t = "The fact that voters said no surprised him."
    assert [s for s, _, _ in speech_rows(t)] == ["voters"]


def test_a_while_before_an_insertion_is_a_noun_not_a_subordinator():
    t = (
        "Ann Roe rode the train for years.\n\n"
        "She would take the bus for a while, she said, “until somebody tells me what happened.”"
    )
    assert speech_rows(t) == [
        ("Ann Roe", "said", "She would take the bus for a while"),
        ("Ann Roe", "said", "until somebody tells me what happened."),
    ]
    # (a subordinator before the insertion still opens the content after it)
    t = "Ann Roe rode the train for years.\n\nThe plan will work because, she said, the money is there."
    assert speech_rows(t) == [("Ann Roe", "said", "the money is there")]
