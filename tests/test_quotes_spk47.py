"""spk47: speaker errors left by session 33 round 1 (sentences written for these tests).

1. "The premier's office said" when no premier is ever written stays the office
   (office_holders.role_named_outside_office), even with another official named.
2. Lede descriptions named in the next paragraph: "A senior executive of X admitted ..."
   then "NAME, vice-president of ... for X Ltd., told" (any executive rank, a company's
   "Ltd.," in the apposition; lede_job_named_next); "..., its owner said." then "<content>,
   X Inc. said in a letter" (the organisation after the next paragraph's first content;
   org_names._org_after_content_index).
3. "a coach who has worked there for years said": the clause's verb before a skipped
   adverb is no noun (np_left_core._relative_verb_before_adjuncts); "The widow of a
   miner killed at a mine north of Sudbury told" is the widow (victim_subjects).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- an office of a holder never named stays the office -----------------------------------

_AUDIT_OFFICE = (
    "Audit faults ferry deal\n\nHALIFAX — The ferry contract cost taxpayers $40 million more "
    "than planned, the province's auditor general said Tuesday.\n\nMiriam Castellano-Hunt "
    "tabled her report in the legislature. She said the department ignored warnings.\n\n"
    "The premier's office said the review took eight months.\n"
)


def test_office_of_unnamed_premier_stays_the_office():
    rows = quote_rows(_AUDIT_OFFICE, "speaker", "quote")
    assert ("the premier's office", "the review took eight months") in rows


def test_office_of_named_premier_is_the_premier():
    text = (
        "Premier backs deal\n\nHALIFAX — Premier Tim Houlton defended the ferry contract on "
        "Monday.\n\nAuditor General Miriam Castellano-Hunt said it cost too much.\n\n"
        "The premier's office said the review took eight months.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Tim Houlton", "the review took eight months") in rows


# --- a lede's "senior executive" named next with a rank and a company's "Ltd." -----------

_FERRY_EXEC = (
    "Ferry line faces questions\n\nVICTORIA — A senior executive of a coastal ferry line "
    "admitted to a legislative committee on Tuesday that the company had skipped two engine "
    "inspections, but insisted that its vessels were safe.\n\n"
    "Helen Marchetti-Vance, {app}, told the committee that a contractor had missed the "
    "dates.\n"
)


def test_lede_executive_named_by_rank_and_company_abbreviation():
    text = _FERRY_EXEC.format(app="vice-president of fleet services for Salish Ferries Ltd.")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") in rows
    assert ("Helen Marchetti-Vance", "its vessels were safe") in rows


def test_lede_executive_named_by_possessed_rank():
    text = _FERRY_EXEC.format(app="the company's vice-president of fleet services")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") in rows


def test_lede_executive_not_named_by_a_lawyer():
    text = _FERRY_EXEC.format(app="a lawyer for the union representing the deckhands")
    rows = quote_rows(text, "speaker", "quote")
    assert ("Helen Marchetti-Vance", "the company had skipped two engine inspections") not in rows


# --- "its owner said" named by the company speaking after the next paragraph's content ---

_STATION = (
    "Radio station signs off\n\nBRANDON, Man. — CKWX Radio, a country station that has "
    "played on the prairie since 1952, will go silent at the end of the month, its owner "
    "said.\n\n{next}, Prairie Sound Broadcasting Inc. said in a letter to advertisers, adding "
    "that no buyer had been found.\n"
)


def test_lede_owner_named_by_company_after_content():
    text = _STATION.format(next="Listenership has fallen by half since 2010")
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] == "Prairie Sound Broadcasting Inc."


def test_lede_owner_not_named_by_company_in_a_later_sentence():
    text = _STATION.format(next="Listenership has fallen. It is down by half since 2010")
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] == "its owner"


def test_lede_owner_after_a_paper_written_with_the():
    text = (
        "Weekly to close\n\nDAUPHIN, Man. — The Dauphin Herald, a weekly newspaper since "
        "1911, will print its final edition on Friday, its owner said.\n\nAdvertising has "
        "fallen by half since 2012, Parkland Print Media Ltd. said in a notice to readers.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] == "Parkland Print Media Ltd."


def test_lede_owner_after_a_person_named_before_stays():
    text = (
        "Weekly to close\n\nDAUPHIN, Man. — Harold Sigurdson will print the last edition of "
        "his weekly on Friday, its owner said.\n\nAdvertising has fallen by half since 2012, "
        "Parkland Print Media Ltd. said in a notice to readers.\n"
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] != "Parkland Print Media Ltd."


# --- "who has worked there for years": the clause's verb is no noun ----------------------


def test_who_clause_with_adverb_after_its_verb_is_not_cut():
    text = "At the rink, a coach who has worked there for years said the ice was too soft."
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("a coach who has worked there for years", "the ice was too soft")]


def test_opening_who_clause_with_adverb_gives_the_head():
    text = "A nurse who has worked there for years said the ward was full."
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("a nurse", "the ward was full")]


def test_who_clause_with_object_unchanged():
    text = "One of the two nurses who voted against the plan said the ward was full."
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[0][0] != "the plan"


# --- "The widow of a miner killed at a mine north of Sudbury told": the widow ------------


def test_victim_kin_description_is_the_speaker_not_the_place():
    text = (
        "The widow of a miner killed at a nickel mine north of Sudbury told reporters the "
        "company had ignored warnings."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("The widow", "the company had ignored warnings")]


def test_victim_kin_description_named_next():
    text = (
        "The father of a boy struck by a delivery truck near Moncton told a coroner's "
        "inquest Monday that the crossing was unsafe.\n\nGordon Thibodeau, whose son Luc "
        "died in March, said the town had been warned."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Gordon Thibodeau", "the crossing was unsafe") in rows


def test_owner_of_a_mine_near_a_place_is_no_victim_description():
    # spk48 extends the rule to "near <Place>" without a participle: the owner, not the place
    text = "The owner of a mine near Sudbury told reporters the company had ignored warnings."
    rows = quote_rows(text, "speaker", "quote")
    assert rows and rows[0][0] == "The owner"


# --- "<Word> <Province>" is a body --------------------------------------------------------


def test_sport_body_named_for_a_province_is_an_organization():
    rows = quote_rows("Hockey Alberta said the season would go ahead.", "speaker", "speaker_type")
    assert rows == [("Hockey Alberta", "organization")]


def test_he_after_a_province_body_is_its_director():
    text = (
        "Organizers were pleased. Curl Manitoba said ticket sales had topped $180,000, and "
        "the association's executive director, Lorne Pettigrew, called it a relief.\n\n"
        "He went on to say that the association would bid again."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Lorne Pettigrew", "the association would bid again") in rows


def test_given_name_before_a_province_stays_a_person():
    rows = quote_rows("Maria Ontario said the season would go ahead.", "speaker_type")
    assert rows == [("person",)]
