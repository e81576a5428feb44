"""spk56: speakers and coreference left by round 1 (sentences written for these tests).

1. A kind noun for the one body quoted whose name lacks that noun: "Transplant Lanaudière
   said A ... the agency said B", "Opéra Laurentien said A ... the company said B" is the
   body (kind_body_quoted.one_body_of_field: the name's field word, resources/
   body_field_words.txt, fits the noun: a health body is "the authority" / "the agency",
   an arts company "the company"), when it is the only body of that field quoted before
   and no other body the noun may be (a government body for "the agency", a company for
   "the company") was quoted. Two health bodies quoted, or "the union said" after a health
   body, leave the mention. "The regional health authority said A. ... Codiac Regional
   Health said B. ... the authority said C." is Codiac Regional Health: a described
   authority whose words are all in the name is that body (org_only_kind.
   authority_described_before); "the regional health authority" before "Emergency Health
   Services" (no "regional" in the name) still keeps "the authority" apart.
2. A lede's possessive role still unnamed ("..., and their lawyer said Monday that A")
   is the full name apposed to the same words far later ("Their lawyer, Vivienne
   Aucoin-Price, said B"): role_echo_named.possessive_role_named_later. The same
   possessive only ("its director" is not "his director, NAME,"); a name met before the
   statement leaves the role; a kin noun ("his son", left to the kin rules, which check
   the name's sex) is not read here.
3. '"...," she said' opening a paragraph after "NAME said his daughter was happier in
   Brandon. She has not decided ..." is the daughter (kin_reported_pronoun): by the name
   given with the owner ("Mira Lachance ... Her father, Paul Lachance,"), else "his
   daughter"; not when the kin noun is of the other sex ("his son ... She") or when no
   sentence opened by the pronoun follows the reported clause.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

# --- 1. a kind noun for the one body of its field quoted --------------------------------

_FILLER = "Families waited for news from the hospital. " * 20


def test_agency_is_the_one_health_body_quoted_far_back():
    text = (
        "JOLIETTE, Que. — Waits grew.\n\n"
        "Donor registrations have not kept pace, Transplant Lanaudière said in its report.\n\n"
        f"{_FILLER}\n\n"
        "Living donation has grown, but it cannot close the gap, the agency said."
    )
    assert speaker_of(text, "Living donation has grown, but it cannot close the gap") == (
        "Transplant Lanaudière"
    )


def test_company_is_the_one_opera_company_quoted():
    text = (
        "QUEBEC — Costs rose.\n\n"
        "Donations fell sharply, Opéra Laurentien said in a statement.\n\n"
        "Subscribers were disappointed.\n\n"
        "Ticket sales rose six per cent, the company said."
    )
    assert speaker_of(text, "Ticket sales rose six per cent") == "Opéra Laurentien"


def test_authority_described_by_the_names_words_is_the_body():
    text = (
        "MONCTON — A clinic will close.\n\n"
        "The regional health authority said it had been told in April. In a statement, "
        "Codiac Regional Health said it did not run dental clinics.\n\n"
        "Residents were upset.\n\n"
        "Patients should call the health line, the authority said."
    )
    assert speaker_of(text, "Patients should call the health line") == "Codiac Regional Health"


def test_two_health_bodies_quoted_leave_the_agency():
    text = (
        "JOLIETTE, Que. — Waits grew.\n\n"
        "Donor registrations have not kept pace, Transplant Lanaudière said.\n\n"
        "Hospitals need more staff, Santé Mauricie said.\n\n"
        "Living donation has grown, the agency said."
    )
    assert speaker_of(text, "Living donation has grown") == "the agency"


def test_union_after_a_health_body_stays_the_union():
    text = (
        "JOLIETTE, Que. — Waits grew.\n\n"
        "Donor registrations have not kept pace, Transplant Lanaudière said.\n\n"
        "Nurses are exhausted, the union said."
    )
    assert speaker_of(text, "Nurses are exhausted") == "the union"


def test_company_after_opera_and_another_company_stays():
    text = (
        "QUEBEC — Costs rose.\n\n"
        "Donations fell sharply, Opéra Laurentien said.\n\n"
        "Set prices doubled, Décors Boréal Inc. said.\n\n"
        "Ticket sales rose six per cent, the company said."
    )
    assert speaker_of(text, "Ticket sales rose six per cent") != "Opéra Laurentien"


def test_authority_described_apart_from_the_name_stays():
    text = (
        "MONCTON — A unit will close.\n\n"
        "The unit will close at night, the regional health authority said. "
        "Emergency Health Services said it would send more ambulances.\n\n"
        "Residents were upset.\n\n"
        "Patients should call the health line, the authority said."
    )
    assert speaker_of(text, "Patients should call the health line") != "Emergency Health Services"


# --- 2. a possessive role named far later by the same words ---------------------------------

_MATCHES = "The matches went on through the winter. " * 50


def test_their_lawyer_named_far_later_by_the_same_words():
    text = (
        "NIAGARA FALLS, Ont. — Four wrestlers sued a promotion, and their lawyer said Monday "
        "that more performers had called her office.\n\n"
        f"The promotion did not reply.\n\n{_MATCHES}\n\n"
        "Their lawyer, Vivienne Aucoin-Price, said the case was strong."
    )
    assert speaker_of(text, "more performers had called her office") == "Vivienne Aucoin-Price"


def test_its_chief_executive_named_far_later():
    text = (
        "OTTAWA — The firm will cut 200 jobs, its chief executive said Tuesday.\n\n"
        f"Shares fell.\n\n{_MATCHES}\n\n"
        "Its chief executive, Dana Whitfield, told analysts the cuts were needed."
    )
    assert speaker_of(text, "The firm will cut 200 jobs") == "Dana Whitfield"


def test_another_possessive_echo_leaves_the_role():
    text = (
        "CHARLOTTETOWN — A drama won the top prize, and its director said she had nearly "
        "given up.\n\n"
        f"{_MATCHES}\n\n"
        "The actor was away, and his director, Perpetua Hanrahan-Diop, read a note."
    )
    assert speaker_of(text, "she had nearly given up") == "its director"


def test_echo_naming_a_person_met_before_leaves_the_role():
    text = (
        "OTTAWA — Marta Vigneault-Hale retired in May.\n\n"
        "The firm will cut 200 jobs, its chief executive said Tuesday.\n\n"
        f"Shares fell.\n\n{_MATCHES}\n\n"
        "Its chief executive, Marta Vigneault-Hale, once told analysts the cuts were needed."
    )
    assert speaker_of(text, "The firm will cut 200 jobs") == "its chief executive"


def test_kin_role_echo_is_left_to_the_kin_rules():
    text = (
        "Tom Vale, 78, was a fisherman.\n\n"
        "\u201cHe never missed a tide,\u201d his son said.\n\n"
        f"{_MATCHES}\n\n"
        "His son, Mary Rosswood, sold the boat."
    )
    assert speaker_of(text, "He never missed a tide") == "his son"


# --- 3. a relative of a reported clause speaks as "she" next --------------------------------

_SKATE = (
    "BRANDON — A coach was suspended.\n\n"
    "One skater, Mira Lachance, 15, said she stopped eating. Her father, Paul Lachance, "
    'said the family moved her.\n\n"I was scared," Mira Lachance said.\n\n'
    'Advocate Rina Baptiste said the rules were weak.\n\n"We failed them," she said.\n\n'
)


def test_she_after_his_daughter_is_the_named_daughter():
    text = _SKATE + (
        "Paul Lachance said his daughter was happier in Brandon. She has not decided "
        'whether she will keep skating.\n\n"I love skating," she said.'
    )
    assert speaker_of(text, "I love skating") == "Mira Lachance"


def test_she_after_his_daughter_unnamed_is_the_description():
    text = (
        "Ann Roe said she was tired.\n\nGuy Lamb said his daughter was happy there. "
        'She has not decided.\n\n"I love it," she said.'
    )
    assert speaker_of(text, "I love it") == "his daughter"


def test_she_after_his_son_is_not_the_son():
    text = (
        "Ann Roe said she was tired.\n\nGuy Lamb said his son was happy there. "
        'She has not decided.\n\n"I love it," she said.'
    )
    assert speaker_of(text, "I love it") == "Ann Roe"


def test_she_without_a_pronoun_sentence_stays():
    text = (
        "Ann Roe said she was tired.\n\nGuy Lamb said his daughter was happy there.\n\n"
        '"I love it," she said.'
    )
    assert speaker_of(text, "I love it") == "Ann Roe"
