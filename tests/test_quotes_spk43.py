"""spk43 (session 31): speaker rules for errors left by session 30, on sentences written
for these tests.

- lede_job_named_next: a held-back description may sit in the paragraph after the
  lede, carry a post-modifier ("a lawyer for a group of truckers"), have a trade or a
  parent as its noun, and be named next by "NAME, AGE, <predicate of her own life>"
  when that paragraph then has her speak ("She said ...").
- org_described: a one-word name written before its organ ("Coastway board chair NAME
  said ... after the regional ferry authority voted") is what a later "the authority" /
  "the agency" stands for (bridging, no apposition needed).
- apposed_speakers: "A third, the Journal of Soil Chemistry, said" -> the journal (a
  preposition between capitalised words is inside a name, not "a doctor from Boston").
- org_names._company_subject: the dateline's place (also in the headline, "Calgary food
  bank says") is no company subject of "the city's largest food bank".
- parent_described: "the father" / "the mother" = the person quoted last when the
  sentence bringing him in showed his children ("a man waiting with his two sons, who
  gave only his first name, Armand, said").
- roles._resolve_in_focus: a player description ("the rookie winger") is never a
  person the article titles with another role ("Head coach NAME"; player_roles).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows

# --- lede description named next -------------------------------------------------


def test_lede_job_named_next_by_age_and_life_predicate():
    text = (
        "Pier closure upsets anglers\n\nPORT HAWK, N.S. — The town will shut the old pier "
        "on Monday, council said Tuesday.\n\nA retired mechanic who fishes there every "
        "morning warned that the town would lose its busiest gathering place.\n\n"
        "Marvin Quillfeather, 71, has cast a line from the pier since 1968. He said the "
        "repairs would cost less than the town claims.\n"
    )
    assert ("Marvin Quillfeather", "warned") in quote_rows(text, "speaker", "cue")


def test_lede_job_named_next_in_the_lede_itself():
    text = (
        "Crossing guard keeps her job\n\nBRANDON — I will be at work on Monday, a Brandon "
        "crossing guard said Friday as she collected a $5-million prize.\n\n"
        "Odette Vanterpool, 58, bought the ticket at a corner store. She said she would "
        "pay off her sister's mortgage first.\n"
    )
    assert speech_rows(text)[0][:2] == ("Odette Vanterpool", "said")


def test_lede_job_with_a_post_modifier_named_next():
    text = (
        "Levy challenged\n\nREGINA — The fuel levy breaks the province's own law, a lawyer "
        "for a group of truckers argued Monday before the court.\n\nPenelope Arkwright, who "
        "represents the Prairie Haulers Alliance, told the panel that the levy was passed "
        "in secret.\n"
    )
    assert ("Penelope Arkwright", "argued") in quote_rows(text, "speaker", "cue")


def test_lede_kin_description_one_paragraph_later_named_next():
    text = (
        "Books stay on shelves\n\nSTEINBACH — Three novels will stay in the school library, "
        "the board announced Tuesday.\n\nTrustees voted 5-2 to keep them. A grandfather who "
        "started the petition said the vote ignored families.\n\nDesmond Ohanian-Reyes, a "
        "retired farmer who gathered 900 signatures, told trustees he would keep fighting.\n"
    )
    assert ("Desmond Ohanian-Reyes", "said") in quote_rows(text, "speaker", "cue")


def test_lede_job_not_named_by_a_victim():
    text = (
        "Crash on Highway 2\n\nRED DEER — A retired mechanic said the truck was travelling "
        "far too fast.\n\nTobias Marchetti-Brown, 45, was killed when the truck struck his "
        "car. He said nothing to police.\n"
    )
    assert ("Tobias Marchetti-Brown", "said") not in quote_rows(text, "speaker", "cue")[:1]


def test_lede_job_aged_name_needs_to_speak_on():
    text = (
        "Pier closure upsets anglers\n\nPORT HAWK, N.S. — A retired mechanic who fishes "
        "there every morning warned that the town would lose its gathering place.\n\n"
        "Marvin Quillfeather, 71, has cast a line from the pier since 1968.\n"
    )
    assert ("Marvin Quillfeather", "warned") not in quote_rows(text, "speaker", "cue")


def test_lede_job_aged_name_of_the_other_sex_does_not_speak_on():
    text = (
        "Pier closure upsets anglers\n\nPORT HAWK, N.S. — A retired mechanic who fishes "
        "there every morning warned that the town would lose its gathering place.\n\n"
        "Marvin Quillfeather, 71, has cast a line from the pier since 1968. She said the "
        "pier was older than the town hall.\n"
    )
    assert ("Marvin Quillfeather", "warned") not in quote_rows(text, "speaker", "cue")


def test_lede_witness_about_his_boss_not_the_accused_named_next():
    text = (
        "Roofer on trial\n\nWINNIPEG — A former foreman for a roofing company told a jury "
        "Monday that his boss ordered him to sign false reports.\n\nOswin Tarkington, 61, "
        "is charged with fraud over $5,000.\n"
    )
    assert ("Oswin Tarkington", "told") not in quote_rows(text, "speaker", "cue")


# --- a one-word organisation named only before its organ (bridging) ---------------


def test_one_word_org_before_its_board_chair_is_the_acting_authority():
    text = (
        "Ferry fares rise\n\nNANAIMO — No one wanted this increase, Coastway board chair "
        "Edith Marchbanks-Oyo said Thursday after the regional ferry authority voted to "
        "raise fares by eight per cent.\n\nThe authority's chief executive, Lorne "
        "Hadfield-Amos, said the ferries lost money on every sailing.\n\nThe agency said "
        "the increase would raise about $9 million a year.\n"
    )
    assert speech_rows(text)[-1][:2] == ("Coastway", "said")


def test_one_word_org_not_the_authority_it_writes_to():
    text = (
        "Clinic letter\n\nNANAIMO — The cut will hurt patients, Coastway board chair Edith "
        "Marchbanks-Oyo said Thursday in a letter to the regional health authority.\n\n"
        "The authority said it had received the letter.\n"
    )
    assert speech_rows(text)[-1][0] != "Coastway"


# --- "A third, the Journal of X, said": the apposed name with "of" inside -------------


def test_partitive_subject_with_apposed_name_holding_of():
    text = (
        "Two journals flagged the papers. A third, the Journal of Soil Chemistry, said it "
        "had retracted a paper."
    )
    assert quote_rows(text, "speaker") == [("the Journal of Soil Chemistry",)]


def test_apposed_description_from_a_place_stays_the_description():
    text = "Two doctors signed it. A third, the surgeon from Boston, said she had refused."
    assert quote_rows(text, "speaker") == [("the surgeon from Boston",)]


# --- the dateline's place is no company subject ---------------------------------------


def test_headline_place_is_not_the_lede_food_bank():
    text = (
        "Halifax food bank says demand has tripled\n\nHALIFAX — Demand has tripled in a "
        "year and donations have not kept up, the city's largest food bank warned Tuesday, "
        "as it launched an appeal.\n\nThe Harbourside Food Bank said it had served 9,000 "
        "people in May.\n\nA grocery chain said it would match gifts at its 12 Halifax "
        "stores.\n"
    )
    assert speech_rows(text)[0][:2] == ("Harbourside Food Bank", "warned")


def test_company_in_the_headline_still_the_company():
    text = (
        "Brightwell Dairies cuts jobs\n\nTRURO, N.S. — Brightwell Dairies will close its "
        "bottling line in March. The company said 40 jobs would go.\n"
    )
    assert speech_rows(text)[0][0] == "Brightwell Dairies"


# --- "the father" after a person shown with his children --------------------------------


def test_the_father_is_the_man_shown_with_his_sons():
    text = (
        "Outside the arena, a man waiting with his two daughters, who gave only his first "
        "name, Gaspard, said he had lost his job in June.\n\n"
        '"I used to buy tickets. Now I wait for a hamper," the father said.\n'
    )
    assert speech_rows(text)[-1][0] == "Gaspard"


def test_the_father_not_the_woman_shown_with_her_sons():
    text = (
        "Outside the arena, a woman waiting with her two sons, who gave only her first "
        "name, Odile, said she had lost her job in June.\n\n"
        '"I used to buy tickets. Now I wait for a hamper," the father said.\n'
    )
    assert speech_rows(text)[-1][0] != "Odile"


def test_the_father_not_someone_shown_without_children():
    text = (
        "Outside the arena, a man waiting in the cold, who gave only his first name, "
        'Gaspard, said he had lost his job in June.\n\n"I used to buy tickets. Now I wait '
        'for a hamper," the father said.\n'
    )
    assert speech_rows(text)[-1][0] != "Gaspard"


# --- "the rookie winger" is never the coach in focus -------------------------------------


def test_rookie_player_description_not_the_coach_quoted_last():
    text = (
        "Tomasz Wierzbicki scored twice as the Otters won 4-3.\n\nThe rookie winger scored "
        "the winner in overtime.\n\nHead coach Ruth Abernathy said she had waited for him "
        'to shoot more.\n\n"I owe the guys pizza," the rookie winger said.\n'
    )
    assert speech_rows(text)[-1][0] != "Ruth Abernathy"


def test_player_description_still_the_player_in_focus():
    text = (
        "Tomasz Wierzbicki, who had not scored in weeks, said he was relieved. "
        '"It felt good," the winger said.'
    )
    assert speech_rows(text)[-1][0] == "Tomasz Wierzbicki"
