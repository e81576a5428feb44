"""spk49: speaker errors left by session 33 (sentences written for these tests).

1. "The <organisation noun> will <verb> ... . It said" is that organisation: a modal is
   a tensed verb after "The <head>" (orgs._topic_verb), so "It" is "the board" (or the
   board named before), not the company quoted earlier; a sentence whose subject is no
   organisation noun keeps the company.
2. A "Q: / A:" exchange read back inside a trial story (news paragraphs before it telling
   of testimony, a lead-in that names nobody): the "A:" answers are the witness quoted
   just before (transcripts._court_answerer), not the accused named most; a lead-in
   naming the witness, or a defence lawyer quoted last, keeps the interview reading.
3. '"...," the two said' when the two were never written together: the last person
   quoted and the one other person of that surname quoted before ("Ann Roe and Eva
   Roe", pair_kin_quoted); nothing when that surname has two others quoted.
4. "Her husband shrugged." then '"...," he said' when the husband is never named and no
   name is written from that sentence to the quote: the relative as written ("Her
   husband"), not a man quoted before (kin._kin_subject_before); a husband named in
   apposition ("Her husband, Tom Reed, shrugged.") keeps his name.
5. A sentence-opening "The <person noun> of/for a <noun> in/from <Place> said" is the
   person ("The president", "The mother", "A lawyer"), not the place, as "The owner of
   a mine near Sudbury" (victim_subjects); a named body after "of the" ("The president
   of the Toronto Board of Trade") keeps its name.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows

# --- 1. "The board will accept ... . It said" ------------------------------------------------

_HEARING = (
    "Permit hearing opens\n\nKlondex Gold Corp. said the mine would create 200 jobs. "
    '"We have listened to every concern," company spokesperson Ravi Olden said.\n\n'
)


def _last(text):
    return quote_rows(text, "speaker", "quote")[-1]


def test_it_after_the_board_will_is_the_board():
    text = _HEARING + (
        "The board will accept written submissions until March 31. It said the hearing "
        "would resume in April.\n"
    )
    assert _last(text) == ("the board", "the hearing would resume in April")


def test_it_after_the_commission_could_is_the_commission():
    text = _HEARING + "The commission could rule by June. It said a decision would follow.\n"
    assert _last(text) == ("the commission", "a decision would follow")


def test_it_after_the_board_will_is_the_board_named_before():
    text = _HEARING + (
        "The Yukon Water Board released its schedule on Friday. The board will accept "
        "written submissions until March 31. It said the hearing would resume in April.\n"
    )
    assert _last(text) == ("Yukon Water Board", "the hearing would resume in April")


def test_it_after_a_hearing_will_keeps_the_company():
    # "hearing" is no organisation noun: the company quoted stays the topic
    text = _HEARING + "The hearing will resume in April. It said the mine was safe.\n"
    assert _last(text) == ("Klondex Gold Corp.", "the mine was safe")


# --- 4. "Her husband shrugged." then '"...," he said', the husband never named ----------------

_FLOOD = (
    "Flood hits town\n\nFire chief Dario Lemieux said the water crested overnight. "
    '"It came fast," he said.\n\n'
    'At the school gym, Helen Moss sat beside a dog crate. "We lost the garden again," '
    "she said.\n\n"
)
_SHRUG = '"What can you do? You dry it out and start over," he said.\n'


def test_he_after_her_husband_never_named_is_her_husband():
    rows = quote_rows(_FLOOD + "Her husband shrugged. " + _SHRUG, "speaker", "quote")
    assert rows[-1] == ("Her husband", "What can you do? You dry it out and start over")


def test_she_after_his_wife_never_named_is_his_wife():
    text = (
        "Barn fire\n\nFarmer Luc Tremblay said the fire started in the hay loft. "
        '"We got the cows out," he said.\n\n'
        'His wife nodded. "We were lucky the wind turned," she said.\n'
    )
    assert _last(text) == ("His wife", "We were lucky the wind turned")


def test_he_after_her_husband_named_in_apposition_is_the_name():
    text = _FLOOD + "Her husband, Tom Reed, shrugged. " + _SHRUG
    assert _last(text)[0] == "Tom Reed"


def test_he_after_a_sentence_without_kin_keeps_the_earlier_man():
    text = _FLOOD + "The gym went quiet. " + _SHRUG
    assert _last(text)[0] == "Dario Lemieux"


# --- 5. "The president of a company in Toronto said" -----------------------------------------


def test_president_of_a_company_in_a_place_is_the_president():
    text = "The president of a company in Toronto said the deal would close in June.\n"
    assert quote_rows(text, "speaker", "quote") == [
        ("The president", "the deal would close in June")
    ]


def test_mother_of_a_boy_from_a_place_is_the_mother():
    text = "The mother of a boy from Moncton said the school had not called her.\n"
    assert quote_rows(text, "speaker")[0][0] == "The mother"


def test_lawyer_for_a_family_in_a_place_is_the_lawyer():
    text = "A lawyer for a family in Regina said the lawsuit would be filed Monday.\n"
    assert quote_rows(text, "speaker")[0][0].lower() == "a lawyer"


def test_mayor_of_a_town_near_a_place_is_the_mayor():
    text = "The mayor of a town near Moncton said the bridge would reopen next week.\n"
    assert quote_rows(text, "speaker")[0][0] == "The mayor"


def test_president_of_a_named_board_keeps_the_name():
    text = "The president of the Toronto Board of Trade said the deal would close in June.\n"
    assert quote_rows(text, "speaker")[0][0] != "The president"


def test_named_person_in_apposition_keeps_the_name():
    text = "The owner of a bakery in Halifax, Tom Reed, said sales fell by half.\n"
    assert quote_rows(text, "speaker")[0][0] == "Tom Reed"


# --- 2. "Q: / A:" exchange read back inside a trial story ------------------------------------

_TRIAL = (
    "Jury convicts Truro man\n\nTRURO — A jury on Friday found Daniel Pellerin-Sloane guilty "
    "of manslaughter.\n\nPellerin-Sloane showed no reaction. Pellerin-Sloane was taken into "
    "custody.\n\nThe key witness was a cashier, Marisol Dunleavy-Ortiz, who testified that she "
    "saw the fight begin.\n\n"
    "Under cross-examination by defence lawyer Ansel Korhonen-Blake, she said the lot was "
    'dark. "I could see shapes, not faces," she said.\n\n'
    "The court heard part of her testimony read back to the jury on Thursday:\n\n"
    "Q: Where was Mr. Pellerin-Sloane when you came outside?\n\n"
    "A: By the truck. He was holding something.\n\n"
    "Q: Did you see the other man?\n\n"
    "A: He was on the ground already.\n\n"
    "Pellerin-Sloane will be sentenced in March.\n"
)
_ANSWER = "By the truck. He was holding something."


def _speaker_of(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_answers_read_back_in_a_trial_story_are_the_witness():
    assert _speaker_of(_TRIAL, _ANSWER) == ["Marisol Dunleavy-Ortiz"]


def test_answers_after_a_lead_in_naming_the_witness_keep_that_name():
    text = _TRIAL.replace(
        "The court heard part of her testimony read back to the jury on Thursday:",
        "The jury also heard from a neighbour, Rupert Vandersloot, who testified on Monday. "
        "According to the transcript:",
    )
    assert _speaker_of(text, _ANSWER) == ["Rupert Vandersloot"]


def test_answers_after_a_defence_lawyer_quoted_are_not_the_lawyer():
    text = _TRIAL.replace(
        '"I could see shapes, not faces," she said.',
        '"She could see shapes, not faces," Korhonen-Blake said.',
    )
    assert _speaker_of(text, _ANSWER) != ["Ansel Korhonen-Blake"]


# --- 3. '"...," the two said' of two relatives quoted apart -----------------------------------

_VERDICT = (
    "Verdict in Truro\n\nTRURO — A jury on Friday found Daniel Pellerin-Sloane guilty of "
    "manslaughter in the death of Marcus Oyelaran-Budd, 24.\n\n"
    "The victim's mother, Beatrix Oyelaran-Budd, sat in the front row. "
    '"I waited two years for this," she told reporters.\n\n'
    "Crown attorney Heloise Vantongeren said the verdict was fair. Defence lawyer Ansel "
    "Korhonen-Blake said he would study the ruling.\n\n"
    "Marcus Oyelaran-Budd's sister, Temperance, said the family would speak at the "
    "sentencing hearing. Both women thanked the jury before leaving.\n\n"
    '"We are going home to sit with his dog," the two said.\n'
)
_DOG = "We are going home to sit with his dog"


def test_the_two_are_the_two_relatives_quoted_apart():
    assert _speaker_of(_VERDICT, _DOG) == ["Beatrix Oyelaran-Budd and Temperance Oyelaran-Budd"]


def test_the_two_with_two_other_relatives_quoted_stays_open():
    text = _VERDICT.replace(
        "Crown attorney Heloise Vantongeren said the verdict was fair.",
        "His brother, Lucius Oyelaran-Budd, said the verdict was fair.",
    )
    assert "Beatrix Oyelaran-Budd and Temperance Oyelaran-Budd" not in _speaker_of(text, _DOG)


def test_the_two_with_no_relative_quoted_before_stays_open():
    text = _VERDICT.replace(
        "The victim's mother, Beatrix Oyelaran-Budd,", "A neighbour, Beatrix Lund,"
    )
    assert all(" and " not in s for s in _speaker_of(text, _DOG))
