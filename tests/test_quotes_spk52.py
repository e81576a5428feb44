"""spk52: speakers left by session 35 round 1, and rulings
(sentences written for these tests).

1. A lede's indefinite judge description is one unnamed description: "A Court of
   King's Bench judge", "An Ontario Court of Justice judge" (an organisation's name with
   "of" before a lower-case title noun: np_left._org_of_premodifier_start,
   names._org_of_role), "a provincial court judge" (the title noun is the head, not
   "court"); it is the judge the article titles "Justice NAME" / "Judge NAME" later
   (ledes._lede_title_named_later: the one person titled so, or, when several are, the
   one opening the next paragraph), or "<words> officer NAME" with a lower-case title
   (ledes._lower_titled_after). "a retired judge" and two judges titled later stay the
   description; "Critics of Court of Appeal judge Ann Roe" keeps Ann Roe.
2. "a senator said Thursday" in a lede, named next as "Senator NAME, who chairs ...,
   said": the senator opening the next paragraph, even with other senators later.
3. "The chair did not agree. She ruled that A": the one person the article titled
   "chair" before (described_subjects), not the last woman quoted; not when the titled
   chair is a man, nor when two people are titled chair.
4. "The senator who chairs it said": the one person introduced "NAME, who chairs ..."
   (who_clause_echoes), not the last senator quoted; two people "who chairs" or another
   verb leave it.
5. A description whose noun marks a man ("the fisherman", "-man" nouns) or a woman
   ("-woman") never goes to a person of the other sex just named (roles._noun_sex;
   "ombudsman" marks none: resources/unmarked_man_nouns.txt).
6. A ruling is no speech row ("Justice NAME ruled that A", "ruled Thursday that A",
   "ruled out", "the ruling party"): the integration took out the "ruled that" cue
   (left69's patch) because it added rows PolNeAR's metric scores as false (dev F1 0.914
   -> 0.913); "..., saying that A" after a lede judge is the judge named later.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of, speech_rows

# --- 1. a lede's judge named later ------------------------------------------------------------


def test_court_of_kings_bench_judge_named_next():
    text = (
        "SASKATOON — A Court of King's Bench judge said Thursday that the licence cap was "
        "unlawful.\n\nJustice Tara Velk struck down the cap in a decision released Friday."
    )
    assert speaker_of(text, "the licence cap was unlawful") == "Tara Velk"


def test_court_of_justice_judge_named_after_adverbial():
    text = (
        "SUDBURY — An Ontario Court of Justice judge has tossed charges against a contractor, "
        "saying that the Crown waited too long.\n\nIn a ruling released Friday, Justice Owen "
        "Talbridge stayed the six charges."
    )
    assert speaker_of(text, "the Crown waited too long") == "Owen Talbridge"


def test_provincial_court_judge_titled_judge():
    text = (
        "REGINA — A provincial court judge said the province had failed to prove its case."
        "\n\nJudge Rosalind Feyer acquitted the bakery owner on Tuesday."
    )
    assert speaker_of(text, "the province had failed to prove its case") == "Rosalind Feyer"


def test_unnamed_judge_description_reads_whole():
    text = "A Court of Appeal judge said Thursday that the bylaw is vague."
    assert speaker_of(text, "the bylaw is vague") == "a Court of Appeal judge"


def test_retired_judge_not_the_titled_judge():
    text = (
        "A retired judge said Thursday that the bylaw is vague.\n\nJustice Tara Velk "
        "struck down the cap on Friday."
    )
    assert speaker_of(text, "the bylaw is vague") == "a retired judge"


def test_two_judges_later_none_opening_stays_description():
    text = (
        "A Court of Appeal judge said Thursday that the bylaw is vague.\n\nThe city will "
        "appeal.\n\nJustice Tara Velk and Justice Omar Pell wrote the majority reasons."
    )
    assert speaker_of(text, "the bylaw is vague") == "a Court of Appeal judge"


def test_name_after_judge_title_keeps_the_name():
    text = "Critics of Court of Appeal judge Ann Roe said the ruling was rushed."
    assert speaker_of(text, "the ruling was rushed") == "Ann Roe"


def test_lower_case_officer_title_names_lede_officer():
    text = (
        "HALIFAX — A family can stay in its home after a provincial tenancy officer said the "
        "landlord gave too little notice.\n\nMira Osei has lived in the unit for nine years."
        "\n\nIn a decision dated Monday, residential tenancies officer Dana Whitcombe found "
        "the notice was four days short."
    )
    assert speaker_of(text, "the landlord gave too little notice") == "Dana Whitcombe"


def test_two_lower_case_officers_stay_description():
    text = (
        "A family can stay in its home after a provincial tenancy officer said the landlord "
        "gave too little notice.\n\nIn a decision dated Monday, tenancies officer Dana "
        "Whitcombe and tenancies officer Rob Lutz agreed."
    )
    assert speaker_of(text, "the landlord gave too little notice") == "a provincial tenancy officer"


# --- 2. a lede's senator named next ------------------------------------------------------------


def test_lede_senator_named_opening_next_paragraph():
    text = (
        "OTTAWA — Hiring software should be covered by human rights law, a senator said "
        "Thursday.\n\nSenator Ida Brannock, who chairs the committee, said a report would "
        "follow.\n\nSenator Paul Ferrand asked the witness about bias."
    )
    assert speaker_of(text, "Hiring software should be covered by human rights law") == (
        "Ida Brannock"
    )


def test_lede_senator_not_named_opening_stays():
    text = (
        "OTTAWA — Hiring software should be covered by human rights law, a senator said "
        "Thursday.\n\nThe committee heard from three firms.\n\nSenator Ida Brannock and "
        "Senator Paul Ferrand asked about bias."
    )
    assert speaker_of(text, "Hiring software should be covered by human rights law") == (
        "a senator"
    )


# --- 3. a pronoun after "The <role>" as a sentence subject -------------------------------------

_CHAIR = (
    "Panel chair {chair} opened the hearing in Fort Nelson.\n\n"
    "Lee Vale said she wanted a delay of 90 days.\n\n"
    "The chair did not agree. She said the hearing would go on."
)


def test_pronoun_after_role_subject_is_titled_chair():
    text = _CHAIR.format(chair="Ann Roe")
    assert speaker_of(text, "the hearing would go on") == "Ann Roe"


def test_pronoun_after_role_subject_other_gender():
    text = _CHAIR.format(chair="Tom Roe")
    assert speaker_of(text, "the hearing would go on") == "Lee Vale"


def test_pronoun_after_role_subject_two_chairs():
    text = _CHAIR.format(chair="Ann Roe. Board chair Mia Dunn sat beside her")
    assert speaker_of(text, "the hearing would go on") == "Lee Vale"


def test_pronoun_after_non_role_subject():
    text = _CHAIR.replace("The chair did not agree", "The hearing did not stop").format(
        chair="Ann Roe"
    )
    assert speaker_of(text, "the hearing would go on") == "Lee Vale"


# --- 6. "ruled that" --------------------------------------------------------------------------


def test_ruled_that_is_no_row():
    assert (
        speech_rows(
            "Justice Nadia Brisebois ruled that the seized ledger could be shown to the jury."
        )
        == []
    )


def test_saying_that_after_lede_judge():
    text = (
        "A B.C. Supreme Court judge has quashed a mine permit, saying that the province "
        "failed to consult the Tsal'mek Nation.\n\nJustice Corin Haldane released a "
        "60-page decision on Thursday."
    )
    assert speaker_of(text, "the province failed to consult the Tsal'mek Nation") == (
        "Corin Haldane"
    )


def test_ruled_day_that_is_no_row():
    assert speech_rows("Judge Elsa Marchetti ruled Thursday that the search was unlawful.") == []


def test_ruled_out_and_ruling_party_no_rows():
    assert speech_rows("Justice Nadia Brisebois ruled out a delay of the trial.") == []
    assert speech_rows("The ruling party lost two seats in the byelection.") == []


# --- 4. "The senator who chairs it" -----------------------------------------------------------

_CHAIRS = (
    "Senator Ida Brannock, who chairs the finance committee, said the study would take a "
    'year.\n\n{second}\n\n"We asked twice," Ferrand said.\n\n'
    "The senator who {verb} it said the report would be tabled in June."
)


def test_senator_who_chairs_is_the_chair():
    text = _CHAIRS.format(second="Senator Paul Ferrand said the banks were slow.", verb="chairs")
    assert speaker_of(text, "the report would be tabled in June") == "Ida Brannock"


def test_two_who_chairs_no_echo():
    second = "Senator Paul Ferrand, who chairs the ethics panel, said the banks were slow."
    text = _CHAIRS.format(second=second, verb="chairs")
    assert speaker_of(text, "the report would be tabled in June") == "Paul Ferrand"


def test_other_verb_no_echo():
    text = _CHAIRS.format(second="Senator Paul Ferrand said the banks were slow.", verb="studies")
    assert speaker_of(text, "the report would be tabled in June") == "Paul Ferrand"


# --- 5. sex-marked nouns ------------------------------------------------------------------------


def test_fisherman_not_the_woman_just_named():
    text = (
        "Ruth Dalby runs the wharf in Port Lomond.\n\nThe fisherman said the season had been poor."
    )
    assert speaker_of(text, "the season had been poor") != "Ruth Dalby"


def test_fisherman_the_man_just_named():
    text = (
        "Ruth Dalby runs the wharf in Port Lomond. Ken Ashe has fished from it for 30 years."
        "\n\nThe fisherman said the season had been poor."
    )
    assert speaker_of(text, "the season had been poor") == "Ken Ashe"
