"""spk67's rules (session 43, speakers left over from session 42), each checked on
sentences written for this file.

* "Ann Church, a retired nurse, lives near the lake. She said A" / "Tom Court ... He
  said A": a listed given name of known sex before a surname that is a listed
  organisation word or noun (Church, Court, Bank, House) is a person a "he"/"she" can
  name (``names._name_info0``'s ``bad_last`` and ``usage._place_or_org`` ask
  ``surname_org_words.surname_org_person``); lower-case "the church said" stays the
  noun, "Grace Church" stays no antecedent. (Baker, Young, Hope, Little already worked:
  pinned.)
* "Ann Roe said the dock was safe. Horatio Vale said A. Ben Ash dismissed her assertion
  that the dock was safe": the possessor of a speech noun after an opposing verb is the
  person whose earlier row the claim repeats (its first four to eight words), of the
  pronoun's gender or none known (``repeated_claims.claim_repeated_by``, asked by
  ``opposed_possessors.opposed_possessor``); a claim that repeats nobody keeps the
  older reading.
* "Tom Vale, a father of three, ... Ben Ash, a father of two, ... the father of three
  said" / "Ann Roe, a welder, ... the welder said": the one person the article gave
  that very description in apposition ("NAME, a <description>,") is the speaker; two
  people given it ("Tom Vale, a welder, ... Ben Ash, a welder,") keep the noun
  (``apposed_descriptions.apposed_description`` in ``roles._DESCRIPTION_RESOLVERS``,
  ``apposed_descriptions.described_twice`` in ``coref._resolve_described_mention``).
  A description nobody was given keeps its older reading (pinned: "the winemaker").
* "Tom Vale, a welder, lost his job. The retired nurse said A": the last-person
  fallback (``descriptions._last_person_described``) no longer names a person the
  article set off with another job noun in a short apposition
  (``apposed_descriptions.other_job_apposed``); "Tom Vale, a nurse, ..." and a person
  given no apposition ("Tom Vale lost his job. The retired nurse said") keep Tom Vale.
* Couples ("Jan and Ella Harder ... The Harders said"): the plural stayed as written
  (PolNeAR's "the Khans say"); pinned, no code (see the report); since w142 (session 44,
  ``family_pairs``) the couple named so before it, as the pair.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_MAYOR = "Mayor Dana Kell opened the hall on Monday. "


# --- rule 1: a surname that is an organisation word, then a pronoun ----------------


def test_she_after_ann_church_is_ann_church():
    t = _MAYOR + "Ann Church, a retired nurse, lives near the lake. She said the water was low."
    assert speaker_for(t, "the water") == "Ann Church"


def test_quotation_closed_by_she_after_ann_church():
    t = _MAYOR + 'Ann Church chairs the board.\n\n"The water is low," she said.'
    assert speaker_for(t, "The water") == "Ann Church"


def test_he_after_tom_court_and_tom_bank():
    for name in ("Tom Court", "Tom Bank"):
        t = _MAYOR + f"{name}, a farmer, lives near the lake. He said the water was low."
        assert speaker_for(t, "the water") == name


def test_she_after_ann_house():
    t = _MAYOR + "Ann House, a farmer, lives near the lake. She said the water was low."
    assert speaker_for(t, "the water") == "Ann House"


def test_common_word_surnames_already_named_pinned():
    for name, pron in (("Tom Baker", "He"), ("Ann Young", "She"), ("Ann Hope", "She"),
                       ("Tom Little", "He")):  # fmt: skip
        t = _MAYOR + f"{name}, a retired nurse, lives near the lake. {pron} said the water was low."
        assert speaker_for(t, "the water") == name


def test_lower_case_church_stays_the_noun():
    t = "Tom Vale opened the hall on Monday. The church said the roof leaked."
    assert speaker_for(t, "the roof") == "The church"


def test_grace_church_is_no_antecedent_for_she():
    t = _MAYOR + "Grace Church opened a shelter. She said the water was low."
    assert speaker_for(t, "the water") == "Dana Kell"


def test_ann_church_is_typed_a_person():
    t = _MAYOR + "Ann Church, a retired nurse, lives near the lake. She said the water was low."
    assert ("Ann Church", "person") in quote_rows(t, "speaker", "speaker_type")


# --- rule 2: a rejected claim that repeats an earlier row ---------------------------

_CLAIM = "Ann Roe said the dock was safe.\n\nHoratio Vale said the firm had not been contacted.\n\n"


def test_dismissed_her_assertion_repeating_her_words_is_hers():
    t = _CLAIM + "Ben Ash dismissed her assertion that the dock was safe."
    rows = [(s, q) for s, _, q in speech_rows(t)]
    assert rows[-1] == ("Ann Roe", "the dock was safe")


def test_rejected_her_claim_repeating_a_direct_quotation():
    t = (
        '"Every plank was checked twice," Ann Roe said.\n\n'
        "Its manager, Horatio Vale, said the firm had not been contacted.\n\n"
        "Ben Ash rejected her claim that every plank was checked twice, saying he had photos."
    )
    rows = [(s, q) for s, _, q in speech_rows(t)]
    assert ("Ann Roe", "every plank was checked twice") in rows
    assert ("Ben Ash", "he had photos") in rows


def test_claim_repeating_nobody_keeps_the_older_reading():
    t = _CLAIM + "Ben Ash dismissed her assertion that the bridge would hold."
    assert speaker_for(t, "the bridge") == "Horatio Vale"


def test_repeated_words_of_the_other_gender_are_not_hers():
    t = (
        "Tom Roe said the dock was safe.\n\n"
        "Ann Vale said the firm had not been contacted.\n\n"
        "Ben Ash dismissed her assertion that the dock was safe."
    )
    assert speaker_for(t, "the dock was safe") == "Tom Roe"
    rows = [(s, q) for s, _, q in speech_rows(t)]
    assert rows[-1] == ("Ann Vale", "the dock was safe")


def test_not_an_opposing_verb_keeps_the_older_reading():
    t = _CLAIM + "Ben Ash said her claim that the dock was safe was wrong."
    assert speaker_for(t, "her claim") == "Ben Ash"


# --- rule 3: a description given to one person / two people -------------------------


def test_description_given_to_one_of_two_is_that_one():
    t = (
        "Tom Vale, a father of three, lost his job. Ben Ash, a father of two, lost his "
        "too. The father of three said the plant closed."
    )
    assert speaker_for(t, "the plant") == "Tom Vale"


def test_job_given_to_one_person_is_that_person():
    t = "Tom Vale, a welder, lost his job. Ben Ash, a baker, lost his too. The welder said it closed."
    assert speaker_for(t, "it closed") == "Tom Vale"


def test_description_given_to_two_people_stays_the_noun():
    t = (
        "Tom Vale, a father of three, lost his job. Ben Ash, a father of three, lost his "
        "too. The father of three said the plant closed."
    )
    assert speaker_for(t, "the plant") == "The father of three"


def test_job_given_to_two_people_stays_the_noun():
    t = "Tom Vale, a welder, lost his job. Ben Ash, a welder, lost his too. The welder said it closed."
    assert speaker_for(t, "it closed") == "The welder"


def test_two_word_description_given_to_two_people_stays_the_noun():
    t = (
        "Tom Vale, a retired nurse, lost his job. Ben Ash, a retired nurse, lost his "
        "too. The retired nurse said the plant closed."
    )
    assert speaker_for(t, "the plant") == "The retired nurse"


def test_age_given_to_two_people_stays_the_noun_pinned():
    t = "Tom Vale, 19, and Ben Ash, 19, were hurt. The 19-year-old said the road was icy."
    assert speaker_for(t, "the road") == "The 19-year-old"


def test_description_given_to_nobody_stays_the_noun_pinned():
    t = "Ann Roe lost her crop on Monday. The winemaker said the frost came early."
    assert speaker_for(t, "the frost") == "The winemaker"


def test_one_person_given_the_description_twice_is_that_person():
    t = (
        "Tom Vale, a welder, lost his job. Ben Ash drove. Later Tom Vale, a welder, "
        "spoke again. The welder said it closed."
    )
    assert speaker_for(t, "it closed") == "Tom Vale"


# --- rule 4: the last-person fallback and another job ---------------------------------


def test_person_set_off_with_another_job_is_not_the_described_one():
    t = "Tom Vale, a welder, lost his job on Monday. The retired nurse said the plant closed."
    assert speaker_for(t, "the plant").lower() == "the retired nurse"


def test_person_set_off_with_that_job_keeps_the_older_reading():
    t = "Tom Vale, a nurse, lost his job on Monday. The retired nurse said the plant closed."
    assert speaker_for(t, "the plant") == "Tom Vale"


def test_person_with_no_apposition_keeps_the_older_reading():
    t = "Tom Vale lost his job on Monday. The retired nurse said the plant closed."
    assert speaker_for(t, "the plant") == "Tom Vale"


# --- item 4: couples (pinned) --------------------------------------------------------


def test_family_plural_after_the_named_couple_is_the_pair():
    # pinned as written ("Harders") in session 43 for PolNeAR's "the Khans say"; w142
    # (session 44) writes the couple named "<Given> and <Given> <Surname>" before it
    # (``family_pairs``): PolNeAR train/dev unchanged (that sentence already gets the
    # pair on the base, by another rule), written "all" speaker errors 288 -> 283
    t = "Jan and Ella Harder farm near the river. The Harders said the road flooded."
    assert speaker_for(t, "the road") == "Jan and Ella Harder"


def test_the_couple_is_the_pair():
    t = "Jan and Ella Harder farm near the river. The couple said the road flooded."
    assert speaker_for(t, "the road") == "Jan and Ella Harder"
