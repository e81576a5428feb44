"""spk50: speakers and rows left by session 34 round 1 (sentences written for these tests).

1. "<Company> <legal form> of <Town>, <State or Province>, said" is the company
   (np_left._firm_before_of), not the state or province set off by commas; a person
   "of <Town>, <State>" keeps the person, and a description "The president of <Town>,
   <State>" is not made a company.
2. A French body's head is its FIRST word, and it fits the English heads its kind goes
   by (resources/french_org_heads.txt: "Société" fits "the agency", "Conseil" fits "the
   board"), as an English name's last word does: "The Société de transport de Laval
   said A. The agency said B." gives B to the Société; a head that does not fit ("the
   union" after a Société) stays the description.
3. "Sixty-one per cent of the drivers said": the Canadian spelling "per cent" keeps the
   whole count phrase as the speaker, as "percent" does; a "cent" without "per" does not.
4. "written" right before a listed noun ("accepts written submissions", "received
   written comments", resources/written_adjective_nouns.txt) is an adjective, no cue;
   "has written" before the same noun is still the verb.
5. "the head of the union that represents the city's officers said": the head of the
   union (subjects._titled_of_start), not the officers inside the relative clause; "the
   union that represents ..." alone stays the union.
6. A surname of unknown gender takes a gender only from the subject pronoun of the
   sentence after its "said" (mentions.said_next_pronoun_genders), not from a "he" inside
   its own reported clause ("Okafor said he was doing well": maybe her son).
"""

from __future__ import annotations

from analysis.quotes.mentions import said_next_pronoun_genders
from tests._quote_rows import has_quote, quote_rows, speech_rows

# --- 1. "<Company> Inc. of <Town>, <State>, said" ----------------------------------------------


def test_company_of_town_and_state_is_the_company():
    rows = speech_rows("Corvane Systems Inc. of Columbus, Ohio, said the deal would close in May.")
    assert rows == [("Corvane Systems Inc.", "said", "the deal would close in May")]


def test_company_of_town_and_two_word_province_is_the_company():
    rows = speech_rows("Brimlow Foods Ltd. of Moncton, New Brunswick, said the plant would reopen.")
    assert rows == [("Brimlow Foods Ltd.", "said", "the plant would reopen")]


def test_company_of_town_and_province_abbreviation_is_the_company():
    rows = speech_rows("Tessler Marine Corp. of Yarmouth, N.S., said the ferry would be late.")
    assert rows == [("Tessler Marine Corp.", "said", "the ferry would be late")]


def test_person_of_town_and_state_keeps_the_person():
    rows = speech_rows("Ann Roe of Columbus, Ohio, said the deal would close in May.")
    assert rows == [("Ann Roe", "said", "the deal would close in May")]


def test_company_of_town_without_state_unchanged():
    rows = speech_rows("Brimlow Foods Ltd. of Moncton said the plant would reopen.")
    assert rows[0][0] != "Moncton"


# --- 2. French heads fit English heads ----------------------------------------------------------

_METRO = (
    "Metro delay\n\nThe Société de transport de Laval said service would resume Monday.\n\n"
    "Commuters crowded the buses. The agency said crews had fixed the signal fault."
)


def test_french_societe_is_the_agency():
    assert quote_rows(_METRO, "speaker")[-1] == ("Société de transport de Laval",)


def test_french_conseil_is_the_board():
    text = (
        "Budget vote\n\nThe Conseil des écoles de Sudbury said it would cut two buses.\n\n"
        "Parents objected. The board said the routes would be merged."
    )
    assert quote_rows(text, "speaker")[-1] == ("Conseil des écoles de Sudbury",)


def test_french_societe_is_no_union():
    text = (
        "Liquor prices\n\nThe Société des alcools de Rimouski said prices would rise.\n\n"
        "Clerks objected. The union said its members would strike."
    )
    assert quote_rows(text, "speaker")[-1] == ("the union",)


# --- 3. "per cent of the drivers" ---------------------------------------------------------------


def test_per_cent_of_the_drivers_keeps_the_count():
    rows = speech_rows("Sixty-one per cent of the drivers said they would strike.")
    assert rows == [("Sixty-one per cent of the drivers", "said", "they would strike")]


def test_per_cent_after_a_clause_keeps_the_count():
    rows = speech_rows("Asked if the levy was fair, 61 per cent of the growers said yes.")
    assert rows[0][0] == "61 per cent of the growers"


def test_percent_spelling_unchanged():
    rows = speech_rows("Sixty-one percent of the drivers said they would strike.")
    assert rows[0][0] == "Sixty-one percent of the drivers"


def test_per_cent_in_content_is_no_speaker():
    rows = speech_rows("The tax was 40 per cent of the cost, the minister said.")
    assert rows == [("the minister", "said", "The tax was 40 per cent of the cost")]


# --- 4. "written submissions" -------------------------------------------------------------------


def test_written_before_submissions_is_no_cue():
    assert speech_rows("The board accepts written submissions until March 31.") == []


def test_written_before_comments_is_no_cue():
    assert speech_rows("The commission received written comments from 40 residents.") == []


def test_has_written_is_still_a_cue():
    assert has_quote(
        "In a letter, Ann Roe had written that the plan failed.", "Ann Roe", "the plan failed"
    )


# --- 5. "the head of the union that represents ..." --------------------------------------------


def test_head_of_the_union_that_represents():
    rows = speech_rows(
        "The head of the union that represents the city's front-line officers said "
        "the cuts were dangerous."
    )
    assert rows == [("the head of the union", "said", "the cuts were dangerous")]


def test_president_of_the_association_after_content():
    rows = speech_rows(
        "Budgets are tight, the president of the association that represents the "
        "province's dentists said."
    )
    assert rows[0][0] == "the president of the association"


def test_union_that_represents_stays_the_union():
    rows = speech_rows(
        "The union that represents the city's front-line officers said the cuts were dangerous."
    )
    assert rows[0][0] == "the union"


# --- 6. a surname's gender from the next sentence's subject ------------------------------------


def test_he_inside_the_reported_clause_gives_no_gender():
    text = (
        "Coach Tom Vale praised the team. Okafor said he was doing well after the surgery. "
        '"We are so grateful," she said.'
    )
    assert quote_rows(text, "speaker")[-1] == ("Okafor",)


def test_next_sentence_subject_gives_the_gender():
    text = "Okafor said the boy was doing well. She thanked the nurses."
    assert said_next_pronoun_genders(text, [(0, 35), (36, len(text))]) == [("okafor", "f")]


def test_no_next_sentence_no_gender():
    text = "Okafor said he was doing well."
    assert said_next_pronoun_genders(text, [(0, len(text))]) == []


def test_next_paragraph_gives_no_gender():
    text = "Okafor said the boy was fine.\n\nHe thanked the nurses."
    assert said_next_pronoun_genders(text, [(0, 29), (31, len(text))]) == []


def test_head_of_the_union_named_next_with_rank():
    text = (
        "Police cuts\n\nThe head of the union that represents the city's front-line officers "
        "said Tuesday the cuts were dangerous.\n\nCpl. Dana Roe, president of the Saint John "
        "Police Association, said three patrol cars would be parked."
    )
    assert quote_rows(text, "speaker") == [("Dana Roe",), ("Dana Roe",)]


def test_head_of_the_union_named_nowhere_stays_the_description():
    text = (
        "Police cuts\n\nThe head of the union said Tuesday the cuts were dangerous.\n\n"
        "Council voted to trim the police budget."
    )
    assert quote_rows(text, "speaker") == [("the head of the union",)]


_CHIEF_LEFT = (
    "Chief quits\n\nHARBOURTON — The police chief resigned Monday, and the head of the union "
    "that represents the city's front-line officers said the force was tired.\n\n"
    "Chief Mira Sandoval, 52, who took the job in 2021, told council she could not go on.\n\n"
)


def test_head_of_the_union_is_the_association_president_named_later():
    text = _CHIEF_LEFT + (
        "Theo Brandt, president of the Harbourton Police Officers Association, said "
        "officers were exhausted."
    )
    assert quote_rows(text, "speaker")[0] == ("Theo Brandt",)


def test_head_of_the_union_not_a_president_of_another_kind():
    text = _CHIEF_LEFT + (
        "Theo Brandt, president of the Harbourton Rotary Club, said officers were exhausted."
    )
    assert quote_rows(text, "speaker")[0] != ("Theo Brandt",)
