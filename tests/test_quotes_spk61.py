"""spk61's rules (session 40 round 1, speakers), each checked on sentences written for
this file.

* "Ann Roe and her husband Tom Roe said A" / "NAME and his wife NAME2 told the Herald A"
  (no commas) is the pair "Ann Roe and Tom Roe", as with the commas ("NAME and her
  husband, NAME2, said"): ``np_left._kin_pair_before`` (through
  ``kin_apposed_pairs.kin_pair_start``) widens the phrase before the cue to the pair, and
  ``org_subjects._titled_name_with_org`` no longer reads "Ann Roe and her husband" as an
  organisation joined by "and" before a role noun. It was the second name only. "Tom
  Roe's wife Ann said" is Ann; a pair that is an object ("The mayor thanked NAME and his
  wife NAME2, who said") or a list ("NAME and his wife NAME2, son Sami and ..., wrote
  NAME3") is no such subject.
* "Lee Hart of a bakery on Pelham Street said A" (also "of a clinic in Smiths Falls",
  "of a dental clinic near Pelham Street"): the "of <a/the> <business> <on/in/near>
  <Place>" tail after a name is not the speaker, the name is
  (``np_left._name_of_placed_business``); it was the street or "a clinic in Smiths
  Falls". Without a name before ("Staff at a bakery on Pelham Street") the rule does not
  fire.
* "the network said" after "the Rivers Group, a network of farm families, ...": a body
  noun that is no organisation head (``resources/apposed_body_kinds.txt``: network,
  movement, campaign, ...) stands for the name set off before it by ", a ... <noun>"
  (``kind_apposed_orgs.apposed_kind_body``, asked by ``roles._resolve_team_or_board``).
  "network" stays out of ``ledes._ORG_HEADS`` (there a broadcaster's "the network said"
  became a headline's "... Of Network" on PolNeAR train, session 39): without that
  apposition "the network" stays as written.
* PolNeAR train speaker errors (item 4), the class "pronoun to the wrong person": "a
  worker named Tomas Arriaga has nothing but praise for his job. '...,' he said": a name
  that an indefinite description opening the sentence ("a worker named", after a lead
  phrase and its comma) names, with the clause's verb after it, is a clause subject
  (``mentions._named_described_subject`` in ``starts_clause``), so the "he" after is
  that person; it was the man quoted before. Inside a reported clause ("Kellner said a
  worker named Tomas Arriaga had quit") it is not.
* PolNeAR train speaker errors, the class "speaker phrase cut wrong": "Some seek to be
  removed from the survey, fearing the exposure, and argue that A": a quantifier that
  stands alone ("Some", "Many", "Others") before a verb with "to" is the subject, the
  verb is no head noun (``sentence_subjects._quantifier_before_infinitive``); it was
  "Some seek". "Some nurses said" keeps its noun.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows, speaker_of

# ------------------------------------------------------ 1. a kin pair without commas


def test_kin_pair_without_commas_said():
    text = "Orla Penhale and her husband Kasim Trudeau-Vance said the school should stay open."
    assert speaker_of(text, "the school should stay open") == "Orla Penhale and Kasim Trudeau-Vance"


def test_kin_pair_without_commas_told():
    text = (
        "Dale Ferncliff and his wife Maren Oduya told the Herald the new road would cut "
        "their herd in half."
    )
    assert speaker_of(text, "the new road would cut their herd in half") == (
        "Dale Ferncliff and Maren Oduya"
    )


def test_possessive_kin_is_one_person():
    text = "Kasim Trudeau's wife Orla said the school should stay open."
    assert speaker_of(text, "the school should stay open") == "Orla"


def test_kin_pair_as_object_is_no_pair():
    text = (
        "The mayor thanked Dale Ferncliff and his wife Maren Oduya, who said the road was "
        "a mistake."
    )
    assert speaker_of(text, "the road was a mistake") == "Maren Oduya"


def test_kin_pair_in_a_list_is_no_speaker():
    text = (
        "Omar Haddad and his wife Lina Haddad, son Sami and daughter Rana had been "
        "travelling together, wrote Nabil Haddad, their nephew, on Facebook."
    )
    speakers = {s for s, _q in quote_rows(text, "speaker", "quote")}
    assert "Nabil Haddad" in speakers
    assert not any(s.startswith("Omar Haddad") for s in speakers)


# ------------------------------------------------- 2. a name of a placed business


def test_name_of_a_bakery_on_a_street():
    text = "Lee Hartwell of a bakery on Pelham Street said the parking rules hurt small shops."
    assert speaker_of(text, "the parking rules hurt small shops") == "Lee Hartwell"


def test_name_of_the_clinic_in_a_town():
    text = "Mira Dunsmore of a clinic in Smiths Falls said wait times had doubled since spring."
    assert speaker_of(text, "wait times had doubled since spring") == "Mira Dunsmore"


def test_titled_name_of_a_dental_clinic_near_a_street():
    text = "Dr. Ana Oduya of a dental clinic near Pelham Street told the Herald fees would rise."
    assert speaker_of(text, "fees would rise") == "Ana Oduya"


def test_name_of_a_named_clinic_and_of_a_town_unchanged():
    assert (
        speaker_of(
            "Mira Dunsmore of the Elm Road clinic said wait times had doubled.",
            "wait times had doubled",
        )
        == "Mira Dunsmore"
    )
    assert (
        speaker_of(
            "Ron Baptiste of Smiths Falls said the bridge should have been fixed years ago.",
            "the bridge should have been fixed years ago",
        )
        == "Ron Baptiste"
    )


def test_no_name_before_the_business():
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.np_left import _name_of_placed_business

    lex = lexicon()
    for words, np_ in (
        ("Staff of a bakery on Pelham Street", (5, 7)),
        ("Harbour Foods Group of a plant in Smiths Falls", (7, 9)),
    ):
        toks = [(0, 0, w) for w in words.split()]
        assert _name_of_placed_business(toks, np_, lex) is None, words


# ------------------------------------------------- 3. "the network" of an apposition


def test_network_apposed_then_the_network_said():
    text = (
        "The Rivers Group, a network of farm families along the Red River, wants the dike "
        "raised.\n\n"
        '"We cannot wait another spring," the network said in a statement.'
    )
    assert speaker_of(text, "We cannot wait another spring") == "Rivers Group"


def test_movement_apposed_then_the_movement_said():
    text = (
        "Keep Elm Wild, a grassroots movement that formed last year, opposes the subdivision. "
        "The movement said the wetland is home to three species at risk."
    )
    assert speaker_of(text, "the wetland is home to three species at risk") == "Keep Elm Wild"


def test_broadcaster_network_without_apposition_stays():
    text = (
        "Northern Sky Radio carried the debate live.\n\n"
        "The network said more than 40,000 people listened."
    )
    assert speaker_of(text, "more than 40,000 people listened").lower() == "the network"


# ------------------------------------- 4. a named description as the pronoun's antecedent


def test_worker_named_then_he_said():
    text = (
        '"We have to look around the corner," said Rob Kellner, a senior executive at the '
        "parent company.\n\n"
        "Outside the plant on Galeana Street in Santa Catarina, a worker named Tomas Arriaga "
        'has nothing but good things to say about his job. "The atmosphere is relaxed," he '
        "said."
    )
    assert speaker_of(text, "The atmosphere is relaxed") == "Tomas Arriaga"


def test_woman_named_opening_then_she_said():
    text = (
        '"Rents will keep rising," said Dana Whitlock, who chairs the housing board.\n\n'
        "A retired nurse named Petra Lindqvist has lived on Elm Row since 1988. "
        '"I will not move," she said.'
    )
    assert speaker_of(text, "I will not move") == "Petra Lindqvist"


def test_named_inside_a_reported_clause_is_no_antecedent():
    text = (
        '"We have to look around the corner," said Rob Kellner, a senior executive.\n\n'
        "Kellner said a worker named Tomas Arriaga had quit last month. "
        '"We miss him," he said.'
    )
    assert speaker_of(text, "We miss him") == "Rob Kellner"


# --------------------------------------------- 5. a quantifier standing alone as subject


def test_some_seek_to_then_argue():
    text = (
        "Farmers often disagree with the estimates. Some seek to be removed from the "
        "survey, fearing the exposure, and argue that their losses are far smaller."
    )
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("Some", "their losses are far smaller")
    ]


def test_many_want_to_then_say():
    text = (
        "Growers met in Portage on Tuesday. Many want to sell their quota and say that "
        "prices will not recover."
    )
    rows = quote_rows(text, "speaker_mention", "quote")
    assert ("Many", "prices will not recover") in rows


def test_quantifier_with_its_noun_keeps_the_noun():
    text = "Some nurses said that the ward was short of staff."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("Some nurses", "the ward was short of staff")
    ]
