"""Rules from the twentyeighth written set (written28), each on sentences written for
the test: "the Crown corporation" is the company named before; "Island" ends a place;
'"...," said a woman ... She is X' names that woman; "the family's eldest daughter, X,"
describes X; "chief executive of <Org>" titles no person in <Org>; "were flushing
mains and adding chlorine" holds no cue; "the union leader" is the union's president;
"X, president and chief executive of Y," is "the chief executive"."""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def test_crown_corporation_with_a_capitalised_modifier_is_the_company_named():
    text = (
        "NANAIMO — Hundreds waited at the terminal after Tidewater Ferries cancelled "
        "nine sailings to Gull Island.\n\n"
        "The Crown corporation said in a statement that one vessel needed repairs.\n\n"
        "On Gull Island, the store ran out of milk.\n\n"
        "The corporation said it would add a sailing on Friday.\n\n"
        "Tidewater Ferries posted the new schedule online."
    )
    assert quote_rows(text, "speaker") == [("Tidewater Ferries",), ("Tidewater Ferries",)]


def test_capitalised_head_still_reads_as_a_name():
    text = "OTTAWA — Taxes rose.\n\nThe Fraser Foundation said the increase was too steep."
    assert [s.lower() for (s,) in quote_rows(text, "speaker")] == ["the fraser foundation"]


def test_woman_named_in_the_next_sentence_is_the_speaker():
    text = (
        "SIDNEY — The line of cars barely moved.\n\n"
        "“I packed a lunch, not a week,” said a woman walking a spaniel between the rows. "
        "She is Odette van Dijk, a pharmacist from the island.\n\n"
        "Van Dijk said she had been in line since dawn."
    )
    assert quote_rows(text, "speaker") == [("Odette van Dijk",), ("Odette van Dijk",)]


def test_pronoun_of_the_other_gender_names_nobody():
    text = (
        "SIDNEY — The line of cars barely moved.\n\n"
        "“I packed a lunch, not a week,” said a woman walking a spaniel. "
        "He is Omar Haddad, her neighbour."
    )
    assert quote_rows(text, "speaker") != [("Omar Haddad",)]


def test_family_possessive_role_apposition_describes_the_person():
    text = (
        "GUELPH — The court stayed the removal of the Osei family.\n\n"
        "The family’s eldest son, Kwame, 20, said he had been at work.\n\n"
        "A lawyer for the family, Ruth Adler, said the ruling was rare.\n\n"
        "The son said the family would stay in Guelph."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[-1][1] == "the family would stay in Guelph"
    assert "Kwame" in rows[-1][0]


def test_chief_executive_of_an_org_is_the_person_not_the_company():
    text = (
        "TORONTO — Grocery prices rose again.\n\n"
        "Nadia Fortier, president and chief executive of Cedar Lane Foods, said prices "
        "had stabilised.\n\n"
        "Competition Bureau staff said margins had risen.\n\n"
        "Later, the chief executive acknowledged that produce prices had gone up."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nadia Fortier", "produce prices had gone up") in rows


def test_progressive_second_verb_adding_is_no_cue():
    text = (
        "BRANDON — Crews were flushing the mains and adding chlorine at the reservoir, "
        "the city said Monday."
    )
    rows = speech_rows(text)
    assert all(cue != "adding" for _s, cue, _q in rows)
    assert [s for s, _c, _q in rows] == ["the city"] or len(rows) == 1


def test_adding_that_after_and_is_still_a_cue():
    text = "The mayor was smiling at reporters and adding that the repairs were done."
    assert any(cue == "adding" for _s, cue, _q in speech_rows(text))


def test_union_leader_is_the_president_of_the_union_named():
    text = (
        "Rita Okafor, president of Local 88 of the Prairie Rail Workers Union, said crews "
        "were tired.\n\n"
        "Ottawa did not respond. The union leader said 30 members would retire soon."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Rita Okafor", "30 members would retire soon") in rows


def test_union_leader_is_not_a_company_president():
    from analysis.quotes import descriptions, mentions
    from analysis.quotes.lexicon import lexicon

    text = (
        "Rita Okafor, president of Cedar Lane Foods Inc., said sales were up. "
        "The union leader said 30 members would retire soon."
    )

    class Q:
        m_start, mention = text.index("The union"), "The union leader"

    an = mentions._ArticleNames(text, [(0, 69), (70, len(text))], lexicon(), None)
    assert descriptions._org_head_described(an, Q, []) is False
