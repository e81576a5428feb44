"""written44's rules (session 26), each checked on sentences written for this file.

* ", de la Fontaine said, B": lower-case particles that open a surname after a comma
  belong to the speaker's mention, so the clause before the insertion is a quote too.
* "the mother of two said" / "a father of three": a parent noun with a count of
  children is one person's description (the parent named just before).
* "a doctor's written clearance": "written" after a noun's possessive is an adjective,
  no cue.
* "A, her son said. “B.”" in one paragraph: B goes on with the son (the sentence
  ends with its attribution).
* "the boy" / "the woman" is the person of that sex named earlier in the same
  paragraph, with nobody else named since (not after "a boy" unnamed).
* "The head of a southeast Saskatchewan credit union says": the head, not the credit
  union (lower-case modifiers before a capitalised word); ", chief executive of ..."
  after the name opening the next paragraph makes that person the head.
* "A, the department said in a notice to harvesters, and B": a notice (advisory,
  bulletin) to its readers is a medium like a statement.
* "A, the developer said, with the first units ready in 2027": an absolute "with"
  phrase goes on with the statement (not "with a laugh").
* A lede's "the organization that plans them warned" is the authority, association or
  agency the next paragraphs name.
* A lede's "The developer who bought St. Bernard's church says" is the full person
  name that opens the next paragraph when that paragraph quotes that person; never a
  name inside the relative clause.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text):
    return [s for s, _q in quote_rows(text, "speaker", "quote")]


def test_particle_surname_after_comma_keeps_front_clause():
    text = (
        "Mathilde van der Berg toured the site on Friday.\n\n"
        "The old barn would be moved to the park, van der Berg said, and the orchard "
        "would be replanted in the spring."
    )
    assert has_quote(text, "van der Berg", "The old barn would be moved to the park")
    assert has_quote(text, "van der Berg", "and the orchard would be replanted in the spring")


def test_particle_after_ordinary_word_is_not_a_name_opener():
    text = "The house of de Roe was sold, the agent said."
    assert all("de Roe" not in s for s in _speakers(text))


def test_mother_of_two_is_the_mother_named_before():
    text = (
        "Carla Mendes found out on Friday that the ferry would stop running.\n\n"
        "The rules put her daughters just past the cut-off, the mother of two said, "
        "which meant the family had no way to appeal."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows and all(s == "Carla Mendes" for s, _q in rows)
    assert len(rows) == 2


def test_possessive_before_written_is_an_adjective():
    text = "Workers will need a nurse’s written note before returning, under the new rules."
    assert quote_rows(text, "speaker", "quote") == []
    text2 = "Students must bring the parents' written consent to the trip."
    assert quote_rows(text2, "speaker", "quote") == []


def test_the_boy_is_the_boy_just_named():
    text = (
        "Dana Ruiz said the closure had upended the family's mornings.\n\n"
        "Her older son, Mateo Ruiz, said he missed the walk with his friends. “Now I "
        "just wait in the car,” the boy said."
    )
    assert _speakers(text)[-1] == "Mateo Ruiz"


def test_the_man_after_an_unnamed_man_stays_unnamed():
    text = (
        "A man who lives on the corner said the trucks come at night. Tom Vale, a "
        "grocer, said he had not noticed.\n\n"
        "“They wake the whole street,” the man said."
    )
    assert _speakers(text)[-1] != "Tom Vale"


def test_head_of_regional_credit_union_named_next():
    text = (
        "YORKTON, Sask. — The head of a northeast Saskatchewan credit union says a "
        "merger is the only way to keep lending to large farms.\n\n"
        "Irene Halvorsen-Diaz, chief executive of Parkland Valley Credit Union, spent "
        "the winter at town halls. “We are too small for the farms we serve,” she said."
    )
    assert _speakers(text)[0] == "Irene Halvorsen-Diaz"


def test_lede_organization_is_the_authority_named_next():
    text = (
        "REGINA — Dozens of bus routes were cut this week, and the organization that "
        "plans them warned the list could grow.\n\n"
        "The Prairie Student Transit Authority, which arranges busing for two school "
        "boards, said in a letter to parents that it was short 40 drivers."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Prairie Student Transit Authority", "the list could grow")


def test_lede_who_description_is_the_person_named_and_quoted_next():
    text = (
        "HALIFAX — The developer who bought St. Columba’s Presbyterian Church last "
        "spring says the building will keep its tower and its windows.\n\n"
        "Bernard Okafor-Price, whose firm paid $900,000 for the church, showed the plans "
        "to council on Monday. “Nobody will see a change from the street,” he said."
    )
    assert _speakers(text)[0] == "Bernard Okafor-Price"


def test_lede_who_description_not_named_when_next_name_is_not_quoted():
    text = (
        "HALIFAX — The developer who bought St. Columba’s Presbyterian Church last "
        "spring says the building will keep its tower.\n\n"
        "Bernard Okafor-Price sold the church in 2019. The congregation has since merged."
    )
    assert _speakers(text)[0] != "Bernard Okafor-Price"


def test_quotation_after_sentence_ending_with_its_attribution_goes_on():
    text = (
        "Ruth Kane said the road was closed.\n\n"
        "Her nephew, Paul Kane, clears her steps on weekends. The ice had nearly "
        "knocked her over twice, her nephew said. “She keeps going out anyway.”"
    )
    assert has_quote(text, "Paul Kane", "She keeps going out anyway.")


def test_quotation_after_mixed_sentence_of_two_speakers_is_not_carried():
    text = (
        "Taxes would rise, Ann Roe told Tom Vale, after Vale said that fees were "
        "enough. “Nobody wants that.”"
    )
    assert not has_quote(text, "Ann Roe", "Nobody wants that.")


def test_said_in_a_notice_to_readers_is_skipped():
    text = (
        "The closure covers two areas, the ministry said in a notice to residents, "
        "and a new date will be set next week."
    )
    assert has_quote(text, "ministry", "The closure covers two areas")
    assert has_quote(text, "ministry", "and a new date will be set next week")


def test_with_absolute_after_insertion_goes_on():
    text = "Work will begin in April, the builder said, with the first homes ready by fall."
    assert has_quote(text, "builder", "with the first homes ready by fall")
    text2 = "The team will fight on, the coach said, with a grin on his face."
    assert not any(q.startswith("with") for _s, q in quote_rows(text2, "speaker", "quote"))


def test_aged_mother_of_three_keeps_her_age_and_name():
    text = (
        "Nadia Brennan lives two doors from the store.\n\n"
        "The 38-year-old mother of three said she had never seen a student go inside."
    )
    assert _speakers(text) == ["Nadia Brennan"]
