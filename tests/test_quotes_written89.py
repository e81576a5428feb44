"""w81's rules (session 33, the eighty-first written batch), each checked on sentences
written for this file.

* "A provincial official, deputy minister of health Ann Roe, said A": an apposed name
  after a lower-case job title with an "of" field is the speaker
  (``apposed_speakers._of_titled_name``); it was the description ("a provincial
  official"), and the pronouns after it went to the description too.
* "the fifth-year centre said" / "the veteran guard said": "centre", "center" and "guard"
  (heads with a common other sense, ``resources/player_role_nouns_titled.txt``) are a
  player's position when the article wrote the head as a lower-case title before a full
  name ("centre Ann Roe"; ``player_roles.player_titled_head``, ``_player_titled_so``);
  it stayed the description ("centre" read as an organisation's head).
* "In a statement, the company said A" far (over 1,500 characters) after the one company
  the article named ("vice-president of operations for Acme Rail Corp.") is that company
  when the name is echoed near the mention ("The railway's president ...";
  ``org_only_kind._ONLY_KIND_INDEXED`` holds "company", ``org_only_kind.company_echoed``;
  never echoed, it stays "the company", as test_quotes_resid26 wants); it stayed "the
  company".
* '"A," she says, laughing. Then, more quietly: "B."': a bare quotation after a short
  manner or time lead-in with no verb ("Then, more quietly:", "Then, after a pause,") is
  still the whole sentence (``manner_lead_ins.manner_lead_in`` in
  ``assemble._carried_blocks``), so it goes to the speaker quoted just before; it was
  missed.
* "Construction costs have added almost a third to the price" / "added nearly a year to
  the project" (an approximate fraction or span after "added") and "reported record
  hotel occupancy" / "bookings" (business results) are objects, no speech
  (``content._ADD_OBJECT_START_RE``, ``content._BUSINESS_OBJECT_RE``); they were rows.
* "The witness replied that B" after "NAME ... told the Senate transport committee that
  A" (or "testified") is that person, when the article brings in no other witness ("a
  witness", "the Crown's fourth witness") (``hearing_witnesses.py``); it was "the
  witness".
* "The federal regulator said" after "Health Canada said" / "the Canadian Food
  Inspection Agency said" is that body: a name ending in "Canada" or "Agency" fits "the
  regulator" (``ledes._ORG_HEADS["regulator"]``); it stayed the description.
* A lede's "the association said" named next by a possessive ("The Isle Tenants'
  Association's president, NAME,") is that association (``ledes._org_named_next`` cuts
  the "'s"); it stayed "the association".
* "The association said A. The Isle Tenants' Association's president ..." later in the
  article: a body ending in the head word named in the very next sentence beats a body of
  another name quoted before ("the Isle Housing Council") (``org_named_after.
  org_head_named_next`` in ``orgs._resolve_org``); it was that other body.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_of_titled_apposed_name_is_the_speaker():
    text = (
        "A federal official, director general of marine safety Orla Venn-Hatch, told the "
        "committee that the ferry had passed every inspection. She denied that the "
        "inspectors had been rushed."
    )
    assert has_quote(text, "Orla Venn-Hatch", "the ferry had passed every inspection")
    assert has_quote(text, "Orla Venn-Hatch", "the inspectors had been rushed")


def test_deputy_minister_of_field_before_name():
    text = "A provincial official, deputy minister of health Bram Ostiguy, said the clinic would reopen."
    assert speech_rows(text) == [("Bram Ostiguy", "said", "the clinic would reopen")]


def test_of_phrase_without_a_title_stays_the_description():
    text = "Two farmers, neighbours of the family Kell Marsh, said the fence had fallen."
    assert "Kell Marsh" not in [sp for sp, _, _ in speech_rows(text)]


def test_fifth_year_centre_is_the_player_titled_so():
    text = (
        'The Gulls trailed behind 22 points from centre Ilse Brandvik-Osei. "We stopped '
        'running," Brandvik-Osei said. The fifth-year centre, who plans to play in Spain, '
        "insisted that the season had been a success."
    )
    assert has_quote(text, "Ilse Brandvik-Osei", "the season had been a success")


def test_veteran_guard_is_the_player_titled_so():
    text = (
        'Point guard Tamsin Okoro scored 14. "We were tired," Okoro said. The veteran guard '
        "conceded that the bench had won the game."
    )
    assert has_quote(text, "Tamsin Okoro", "the bench had won the game")


def test_health_centre_stays_an_organisation():
    text = (
        'Ilse Brandvik-Osei opened the clinic. "It is small," Brandvik-Osei said. The health '
        "centre said the clinic would reopen in May."
    )
    assert ("the health centre", "said", "the clinic would reopen in May") in speech_rows(text)


_HEARING_FILLER = (
    "The committee then heard from a safety board investigator, who described the "
    "yard, the siding, the weather that night and the slope of the track in detail. "
) * 30


def test_the_company_far_after_the_one_company_named():
    text = (
        "Ann Roe, vice-president of operations for Kestrel Bay Railway Corp., told the "
        "committee that a crew had erred.\n\n"
        + _HEARING_FILLER
        + "\n\nThe railway's president did not appear. In a statement, the company said it "
        "had hired an outside auditor."
    )
    assert has_quote(text, "Kestrel Bay Railway Corp", "it had hired an outside auditor")


def test_the_company_far_after_its_name_never_echoed_stays():
    text = (
        "Ann Roe, vice-president of operations for Kestrel Bay Railway Corp., told the "
        "committee that a crew had erred.\n\n"
        + _HEARING_FILLER
        + "\n\nIn a statement, the company said it had hired an outside auditor."
    )
    assert ("the company", "said", "it had hired an outside auditor") in speech_rows(text)


def test_the_company_far_after_two_companies_makes_no_guess():
    text = (
        "Ann Roe, vice-president of operations for Kestrel Bay Railway Corp., told the "
        "committee that a crew had erred. Tom Vale, a director of Marlow Freight Ltd., "
        "agreed.\n\n"
        + _HEARING_FILLER
        + "\n\nIn a statement, the company said it had hired an outside auditor."
    )
    assert ("the company", "said", "it had hired an outside auditor") in speech_rows(text)


def test_then_more_quietly_carries_the_speaker():
    text = (
        'Bram Ostiguy leaned on the rail. "The boat is old but it floats," Ostiguy says, '
        'grinning. Then, more quietly: "I do not know how many winters it has left."'
    )
    assert has_quote(text, "Bram Ostiguy", "I do not know how many winters it has left.")


def test_then_after_a_pause_carries_the_speaker():
    text = (
        '"We will rebuild," Mayor Orla Venn said. Then, after a long pause, "But not '
        'this year, and not with this budget."'
    )
    assert has_quote(text, "Orla Venn", "But not this year, and not with this budget.")


def test_a_lead_in_with_a_verb_is_no_manner_lead_in():
    text = (
        '"We will rebuild," Mayor Orla Venn said. Then the banner read: "Not this year, and '
        'not with this budget."'
    )
    assert not has_quote(text, "Orla Venn", "Not this year, and not with this budget.")


def test_added_almost_a_third_to_the_price_is_no_speech():
    assert speech_rows("Fuel costs have added almost a third to the price of a ferry ticket.") == []
    assert speech_rows("The strike has added nearly a year to the bridge project.") == []


def test_added_that_almost_a_third_stays_speech():
    text = "Ann Roe added that almost a third of the cabins were empty."
    assert has_quote(text, "Ann Roe", "almost a third of the cabins were empty")


def test_reported_record_occupancy_is_no_speech():
    assert speech_rows("The lodge association reported record hotel occupancy in August.") == []
    assert speech_rows("The ski hill reported strong bookings for the holidays.") == []


def test_the_witness_is_who_told_the_committee():
    text = (
        "Ilse Brandvik, chief engineer of Marlow Freight Ltd., told the Commons transport "
        "committee that the bridge had been inspected. Senator Tom Vale asked the witness "
        "when. The witness replied that she would send the dates in writing."
    )
    assert has_quote(text, "Ilse Brandvik", "she would send the dates in writing")


def test_the_witness_after_testified():
    text = "Bram Ostiguy testified that the gate was open. The witness said he had seen no one."
    assert has_quote(text, "Bram Ostiguy", "he had seen no one")


def test_another_witness_brought_in_stays_the_witness():
    text = (
        "A witness told police the van was grey. Bram Ostiguy testified that the gate was "
        "open. The witness said he had seen no one."
    )
    assert not has_quote(text, "Bram Ostiguy", "he had seen no one")


def test_the_federal_regulator_is_the_department_quoted():
    text = (
        "Marlow Foods is recalling frozen dumplings, Health Canada said Friday. Marlow said "
        "the recall was voluntary. The federal regulator said the risk was low."
    )
    assert ("Health Canada", "said", "the risk was low") in speech_rows(text)


def test_the_regulator_with_no_body_named_stays_the_description():
    text = "Marlow said the recall was voluntary. The federal regulator said the risk was low."
    assert ("the federal regulator", "said", "the risk was low") in speech_rows(text)


def test_lede_association_named_next_by_a_possessive():
    text = (
        "A tenants' group was blunter. In a statement, the association said it had waited "
        "30 years. The Kivalliq Tenants' Association's president, Moses Reid, said more."
    )
    assert has_quote(text, "Kivalliq Tenants' Association", "it had waited 30 years")


def test_association_named_in_next_sentence_beats_council_quoted_before():
    text = (
        "Lodge Bay\n\nThe Isle Housing Council said rents had doubled.\n\nLater, a "
        "tenants' group was blunter. In a statement, the association said it had waited 30 "
        "years. The Kivalliq Tenants' Association's president, Moses Reid, said more."
    )
    rows = speech_rows(text)
    assert ("Kivalliq Tenants' Association", "said", "it had waited 30 years") in rows
