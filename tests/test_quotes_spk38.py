"""spk38: speaker phrases with a relative clause and a capitalised modifier, leads
whose content comes before "told", documents that "read", ages as speakers (sentences
written for these tests)."""

from tests._quote_rows import has_quote, speech_rows


def test_relative_speaker_with_capitalised_modifier_quoted():
    text = 'Counting ended late. "We held on," the Green candidate who took the ward said.'
    assert ("the Green candidate", "said", "We held on") in speech_rows(text)


def test_relative_speaker_with_capitalised_modifier_it():
    text = (
        "PORTVILLE — The margin was thin but it was enough, the Green candidate who "
        "took it said shortly after midnight."
    )
    assert has_quote(text, "the Green candidate", "The margin was thin but it was enough")


def test_relative_speaker_place_modifier_that_clause():
    text = "Parking fees will double, the Lakeview company that manages the lots said."
    assert has_quote(text, "the Lakeview company", "Parking fees will double")


def test_relative_speaker_names_no_object_of_clause():
    text = 'Counting ended late. "We held on," the Green candidate who took the ward said.'
    assert not any(s == "the ward" for s, _, _ in speech_rows(text))


def test_told_the_opening_day_of_a_proceeding_content_before():
    text = (
        "The fire doors had been chained shut, the presiding coroner told the first "
        "sitting of an inquest into the warehouse blaze on Tuesday."
    )
    assert has_quote(text, "coroner", "The fire doors had been chained shut")


def test_told_the_inquiry_into_content_before():
    text = "The crossing had no lights, the engineer told the inquiry into the derailment."
    assert has_quote(text, "engineer", "The crossing had no lights")


def test_told_the_day_of_a_hearing_that_content_after():
    text = "The engineer told the second day of the hearing that the crossing had no lights at all."
    assert has_quote(text, "engineer", "the crossing had no lights at all")


def test_it_reads_in_part_colon():
    text = (
        "The tenants sent a letter to the landlord in March. It reads, in part: "
        '"The boiler has failed four times this winter."'
    )
    assert any(
        q == "The boiler has failed four times this winter." for _, _, q in speech_rows(text)
    )


def test_it_reads_in_part_comma_content_is_the_quotation():
    text = (
        "The tenants sent a letter to the landlord in March. It reads, in part, "
        '"The boiler has failed four times this winter."'
    )
    assert any(
        q == "The boiler has failed four times this winter." for _, _, q in speech_rows(text)
    )


def test_document_noun_reads_in_part():
    text = (
        "The town tabled its plan on Monday. The planning document reads, in part, "
        '"No new lots will be sold before 2030."'
    )
    assert has_quote(text, "document", "No new lots will be sold before 2030.")


def test_in_part_without_quotation_is_not_skipped():
    text = "She stepped down, she said, in part because of the long commute."
    assert not any(q.startswith("because") for _, _, q in speech_rows(text))


def test_her_report_reads_gives_the_woman_quoted_before():
    text = (
        '"The roof cannot be saved," said planner Ingrid Volk. Her memo to the board '
        'reads: "Repairs would cost more than a new building."'
    )
    assert has_quote(text, "Ingrid Volk", "Repairs would cost more than a new building.")


def test_her_report_not_given_to_a_man_quoted_before():
    text = (
        '"The roof cannot be saved," said planner Peter Volk. Her memo to the board '
        'reads: "Repairs would cost more than a new building."'
    )
    assert not has_quote(text, "Peter Volk", "Repairs would cost more than a new building.")


def test_unaged_age_after_an_unnamed_speaker_keeps_the_description():
    text = (
        "HALTON — The Halton Bay Herons traded star guard Mo Pell to the Kelso Ridge "
        "Falcons on Monday, the team said in a news release.\n\n"
        '"We think this makes us better," said coach Dana Fry.\n\n'
        "The Herons, who reported a profit of $2 million last season, announced a new "
        "scoreboard last month.\n\n"
        "One longtime fan, a retired bus driver who has had seats behind the bench since "
        "1988, said he would not renew.\n\n"
        '"I will watch at home," the 71-year-old said.'
    )
    speakers = [s for s, _, q in speech_rows(text) if q == "I will watch at home"]
    assert speakers and "Fry" not in speakers[0] and "Herons" not in speakers[0]


def test_unaged_age_still_names_the_person_just_described():
    text = (
        "Ann Roe, a nurse at the clinic, says the wait has doubled.\n\n"
        '"We are exhausted," the 34-year-old said.'
    )
    assert has_quote(text, "Ann Roe", "We are exhausted")
