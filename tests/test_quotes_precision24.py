"""Segmentation rules of the precision24 branch (false quotes and content boundaries),
on sentences written for these tests."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_quotation_before_an_event_verb_is_no_quote():
    # "resigned" is no speech, and "on Friday" is a time, not a particle of the verb
    assert speech_rows('"Family reasons," the coach resigned on Friday.') == []
    assert speech_rows('"Family reasons," the coach resigned.') == []
    assert speech_rows('"It was time," the old captain retired in May.') == []


def test_on_before_a_day_is_no_particle_of_an_unlisted_verb():
    assert speech_rows('"We will win the whole thing," Lee beamed on Friday.') == [
        ("Lee", "beamed", "We will win the whole thing")
    ]
    assert speech_rows('"We will win the whole thing," Lee beamed on May 3.') == [
        ("Lee", "beamed", "We will win the whole thing")
    ]


def test_apposition_after_an_inserted_frame_is_no_content():
    text = (
        "The economy shed 12,000 jobs in March, the agency said on Friday, a weaker "
        "report than most economists had expected."
    )
    assert speech_rows(text) == [("the agency", "said", "The economy shed 12,000 jobs in March")]
    text = "Sales fell 3 per cent, the company said, a sharper drop than analysts had forecast."
    assert speech_rows(text) == [("the company", "said", "Sales fell 3 per cent")]
    text = "Refugees would be a protected group, Ann Roe said, a policy that could help them stay."
    assert speech_rows(text) == [("Ann Roe", "said", "Refugees would be a protected group")]


def test_clause_after_an_inserted_frame_is_still_content():
    # "a new plan will be ready": a clause, not an apposition
    text = "The old plan failed, Ann Roe said, and a new plan will be ready by June."
    assert ("Ann Roe", "said", "The old plan failed") in speech_rows(text)
    text = "The plan, Ann Roe said, will cost more than the bridge."
    quotes = [q for _, _, q in speech_rows(text)]
    assert "will cost more than the bridge" in quotes


def test_place_or_time_phrase_after_a_frame_is_no_content():
    text = "Glen Roe conceded in a short speech at his campaign office downtown after 10 p.m."
    assert speech_rows(text) == []
    text = "It was all the host said in April while promoting a film about the coast."
    assert speech_rows(text) == []
    # a clause after the place phrase's comma is content
    text = (
        "But as Ann Roe points out in a column on the Daily News site, doing one-on-one "
        "interviews gives the senator a huge advantage over a press conference setting."
    )
    assert any("interviews gives the senator" in q for (q,) in quote_rows(text, "quote"))


def test_participle_after_an_inserted_frame_goes_on_with_the_content():
    text = (
        "Ann Roe runs the bakery. The oven is old, she said, baking bread at dawn for the street."
    )
    assert speech_rows(text)[-2:] == [
        ("Ann Roe", "said", "The oven is old"),
        ("Ann Roe", "said", "baking bread at dawn for the street"),
    ]
    # a gerund that opens a clause is content too
    text = (
        "Ann Roe spoke. Clerks could get a warning, she added, revoking clearances would be harsh."
    )
    assert ("Ann Roe", "added", "revoking clearances would be harsh") in speech_rows(text)
    # the rows share one statement
    text = (
        "Ann Roe runs the bakery. The oven is old, she said, baking bread at dawn for the street."
    )
    ids = quote_rows(text, "statement_id")
    assert len(ids) == 2 and ids[0] == ids[1]


def test_participle_of_what_the_speaker_did_is_no_content():
    text = (
        "Ann Roe runs the bakery. The oven is old, she said, pointing to the rusted door "
        "of the huge machine at the back of the shop."
    )
    assert speech_rows(text)[-1:] == [("Ann Roe", "said", "The oven is old")]
    text = "Ann Roe runs the bakery. Sales were great, she said, wiping flour off her hands."
    assert speech_rows(text)[-1:] == [("Ann Roe", "said", "Sales were great")]
    text = "Sales were great, Ann Roe said, adding that the shop would stay open."
    assert ("Ann Roe", "said", "Sales were great") in speech_rows(text)


def test_second_verb_phrase_of_a_subject_is_a_frame():
    text = (
        "At the opening, Ann Roe thanked the volunteers, said the park was a gift to the "
        "city and went back to work."
    )
    assert speech_rows(text) == [("Ann Roe", "said", "the park was a gift to the city")]
    text = "Ann Roe visited the plant on Monday, said it was safe and flew home."
    assert speech_rows(text) == [("Ann Roe", "said", "it was safe")]
    # an inverted speaker after the comma stays the speaker
    assert speech_rows("Ann Roe thanked the volunteers, said the mayor.") == [
        ("the mayor", "said", "Ann Roe thanked the volunteers")
    ]


def test_report_in_a_when_clause_of_a_time_is_nested_in_the_content():
    text = (
        "The rescue centre said it was alerted at about 7 p.m. Saturday, when the men's "
        "families reported that the boat had not returned."
    )
    rows = speech_rows(text)
    assert [r[1] for r in rows] == ["said"]
    assert rows[0][2].endswith("reported that the boat had not returned")
    # a "when" after no time word, and a content that is no clause, still end at the comma
    text = (
        "The host asked Lee about remarks he made the previous night, when he claimed the "
        "mayor was the founder of the group."
    )
    assert "claimed" in [r[1] for r in speech_rows(text)]


def test_frame_inside_a_that_clause_has_no_content_before_it():
    text = (
        "This story was updated to reflect that Ann Roe was declared the winner and that "
        "Tom Lee conceded."
    )
    assert speech_rows(text) == []
    text = "Voters voiced concern about some of the things that Tom Lee has said."
    assert speech_rows(text) == []
    # "a charge that X denied": the charge is what X denied
    text = "Tom Lee said the vote was rigged, a charge that party leaders strongly denied."
    assert ("party leaders", "denied") in [r[:2] for r in speech_rows(text)]


def test_and_inside_content_before_a_quotation_closed_by_its_comma_is_no_cut():
    text = (
        "Although Tom Lee admitted to the paper that he and the woman had \u201cbeen friends "
        "for some time,\u201d he claimed they had never met in person."
    )
    rows = speech_rows(text)
    assert rows[0][:2] == ("Tom Lee", "admitted")
    assert rows[0][2].startswith("he and the woman had \u201cbeen friends for some time")
    assert rows[1] == ("Tom Lee", "claimed", "they had never met in person")


def test_object_of_an_act_is_no_content():
    text = "The articles had helped add momentum to an inquiry by the attorney general."
    assert speech_rows(text) == []
    text = "Ann Roe read the motto aloud, emphasizing those last three words with a smile."
    assert [r for r in speech_rows(text) if r[1] == "emphasizing"] == []
    # a clause after the verb is still content
    assert speech_rows("Ann Roe added that the vote was close.") == [
        ("Ann Roe", "added", "the vote was close")
    ]
