"""spk51: speakers left by session 34 (sentences written for these tests).

1. "the lawyer" is the person the article titles with a lawyer's rank as the title's
   LAST word ("Inquiry counsel Maya Ferrante", "Crown prosecutor Daniel Okoro",
   "Commission counsel Paul Leclair": resources/role_ranks.txt, as "Const. Jo Roe" is
   "the officer"); "Attorney General" or "Solicitor General" (another last word) and a
   police chief are no lawyer.
2. A lede's indefinite description ("A teacher who quit last spring said") is the
   person a later naming gives it when that naming repeats its head noun: "The nurse,
   Ana Pereira, 34, said", and now also "June Adair, the teacher who quit, said" /
   "June Adair, the teacher, said" (ledes._named_later_rx), even with another person
   named in between; a naming with another head ("the doctor who") or a possessed head
   ("the teacher's lawyer") names someone else.
3. "The president of Columbus, Ohio, said": the description before "of <Town>," is the
   speaker, not the state, province (resources/provinces.txt, places.txt) or place set
   off by commas after the town (np_left._description_of_town), and "New Brunswick"
   there is no name apposed to the description; a name before "of" or before the
   description ("Ann Roe, a delegate from Columbus, Ohio, said") and a name in the
   commas ("..., Ann Roe, said") keep the person.
4. '"...," she said' right after "The professor said A" (an unnamed definite description
   with a person noun, no office) is the professor (described_pronouns), not a woman
   named before it (same or next paragraph); not when a woman is named as a subject
   between them, when the pronoun is two paragraphs on, when the noun has the other
   gender ("the fisherman"), nor for an office ("the former president": the pronoun
   rules' titled person). "Prof. Lena Marsh" is titled
   "professor" (titles._TITLE_ABBR: "Prof." no sentence end), so "the professor" is
   she, and the pronoun after it too.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of, speech_rows

# --- 1. a lawyer's rank before the name makes "the lawyer" -------------------------------------


def test_inquiry_counsel_is_the_lawyer():
    text = (
        "Inquiry counsel Maya Ferrante questioned the chief for an hour on Tuesday. The chief "
        'said little. "That is not what the minutes say," the lawyer said.'
    )
    assert speaker_of(text, "That is not what the minutes say") == "Maya Ferrante"


def test_crown_prosecutor_is_the_lawyer():
    text = (
        "Crown prosecutor Daniel Okoro told the jury the case was simple. The defence objected "
        'twice. "The evidence is overwhelming," the lawyer said.'
    )
    assert speaker_of(text, "The evidence is overwhelming") == "Daniel Okoro"


def test_commission_counsel_is_the_lawyer():
    text = (
        'Commission counsel Paul Leclair opened the hearing. "We will hear from twelve '
        'witnesses," the lawyer said.'
    )
    assert speaker_of(text, "We will hear from twelve witnesses") == "Paul Leclair"


def test_attorney_general_is_no_lawyer():
    text = (
        "Attorney General Maya Ferrante spoke on Tuesday. The chief said little. "
        '"That is not what the minutes say," the lawyer said.'
    )
    assert speaker_of(text, "That is not what the minutes say") == "the lawyer"


def test_police_chief_is_no_lawyer():
    text = (
        "Police Chief Maya Ferrante spoke to reporters on Tuesday. The council met later. "
        '"That is not what the minutes say," the lawyer said.'
    )
    assert quote_rows(text, "speaker") == [("the lawyer",)]


# --- 3. "The president of <Town>, <State>, said" ---------------------------------------------


def test_president_of_town_and_state_is_the_description():
    rows = speech_rows("The president of Columbus, Ohio, said the bridge would close.")
    assert rows == [("The president of Columbus", "said", "the bridge would close")]


def test_mayor_of_town_and_two_word_province_is_the_description():
    rows = speech_rows("The mayor of Moncton, New Brunswick, said the bridge would close.")
    assert rows == [("The mayor of Moncton", "said", "the bridge would close")]


def test_president_of_a_chamber_then_a_town_is_the_description():
    text = "The president of the Regina Chamber of Commerce, Halifax, said the bridge would close."
    rows = speech_rows(text)
    assert rows == [
        ("The president of the Regina Chamber of Commerce", "said", "the bridge would close")
    ]


def test_name_in_the_commas_after_the_body_is_the_speaker():
    text = "The chair of the Regina Board of Trade, Ann Roe, said the bridge would close."
    assert speech_rows(text) == [("Ann Roe", "said", "the bridge would close")]


def test_name_before_the_described_delegate_is_the_speaker():
    text = "Ann Roe, a delegate from Columbus, Ohio, said the vote was rigged."
    assert speech_rows(text) == [("Ann Roe", "said", "the vote was rigged")]


# --- 2. a lede description named later by "<Name>, the <head> ..." ---------------------------

_TEACHER = (
    "A teacher who quit last spring said the board ignored her complaints.\n\n"
    "The board said it had reviewed every file.\n\n"
    "Trustee Amy Holt said she had not seen the letters.\n\n"
    "June Adair, {app}, said she had kept copies."
)


def test_name_then_the_head_with_who_names_the_lede():
    text = _TEACHER.format(app="the teacher who quit")
    assert speaker_of(text, "the board ignored her complaints") == "June Adair"


def test_name_then_the_bare_head_names_the_lede():
    text = _TEACHER.format(app="the teacher")
    assert speaker_of(text, "the board ignored her complaints") == "June Adair"


def test_the_head_then_name_and_age_names_the_lede():
    text = (
        "A nurse who worked three straight night shifts said the ward was short of staff."
        "\n\nThe hospital said it was hiring.\n\nThe union said talks would resume in May."
        "\n\nThe nurse, Ana Pereira, 34, said she had not slept in two days."
    )
    assert speaker_of(text, "the ward was short of staff") == "Ana Pereira"


def test_name_then_another_head_does_not_name_the_lede():
    text = _TEACHER.format(app="the doctor who treated her")
    assert speaker_of(text, "the board ignored her complaints") == "a teacher"


def test_name_then_a_possessed_head_does_not_name_the_lede():
    text = _TEACHER.format(app="the teacher's lawyer")
    assert speaker_of(text, "the board ignored her complaints") == "a teacher"


# --- 4. a pronoun after a statement of a description ------------------------------------------


def test_pronoun_after_unnamed_professor_is_the_professor():
    text = (
        "Environment Minister Ruth Dalby said on Monday the data were old.\n\n"
        "The professor said the ice was thinning fast. She said the models were too cautious."
    )
    assert speaker_of(text, "the models were too cautious") == "the professor"


def test_quotation_pronoun_in_next_paragraph_is_the_nurse():
    text = (
        "Ruth Dalby, the minister, said the ward would get more staff.\n\n"
        "The nurse said the ward was full.\n\n"
        '"We are running on empty," she said.'
    )
    assert speaker_of(text, "We are running on empty") == "the nurse"


def test_woman_named_between_keeps_the_pronoun():
    text = (
        "Ruth Dalby runs the ministry.\n\nThe professor said the ice was thinning fast. "
        "Dalby disagreed. She said the models were fine."
    )
    assert speaker_of(text, "the models were fine") == "Ruth Dalby"


def test_pronoun_two_paragraphs_on_keeps_the_pronoun():
    text = (
        "Ruth Dalby runs the ministry.\n\nThe professor said the ice was thinning fast.\n\n"
        "The minister spoke later.\n\nShe said the models were fine."
    )
    assert speaker_of(text, "the models were fine") == "Ruth Dalby"


def test_prof_title_makes_the_professor_and_her_pronoun():
    text = (
        "Prof. Lena Marsh has studied the ice for years. Her rival, Ruth Dalby, says the ice "
        "is stable.\n\nThe professor said the ice was thinning fast. "
        '"We have ten years at most," she said.'
    )
    rows = dict((q, s) for s, q in quote_rows(text, "speaker", "quote"))
    assert rows["the ice was thinning fast"] == "Lena Marsh"
    assert rows["We have ten years at most"] == "Lena Marsh"
