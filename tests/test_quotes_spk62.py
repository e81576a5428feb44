"""spk62's rules (session 40 round 2, speakers left by round 1), each checked on
sentences written for this file.

* "A, the co-operative that owns it said Friday": a hyphened head noun ("co-operative")
  before a subject relative is read like any other ("the company that owns it")
  (``subjects._hyphened_alpha`` in ``_relative_head_words`` and
  ``_that_subject_relative``); the lede had no row.
* "A, an engineer hired by the club told a public inquiry": a hiring participle with
  its agent ("hired|retained|chosen ... by the <noun>") ends the speaker's description
  as "hired to <verb>" does (``subjects._hired_to_subject``, ``_hired_to_before``); the
  lede had no row.
* "..., an engineer told an inquiry.\\n\\nNAME, a structural engineer with a firm in
  Regina, was the first witness": the new name that opens the next paragraph with an
  apposition of the lede description's own noun is the lede's speaker, whatever its
  predicate (``lede_job_named_next._lede_job_apposed_same``); it stayed "an engineer".
* A lede's "The owner of the Kamloops Ridgebacks says A" (owner, founder, proprietor or
  publisher of a named business, nobody else named before) is the new full name that
  speaks in the next paragraph ('"...," NAME told reporters ..., where his team plays')
  when that paragraph ties it to a business of its own ("his team", "her bakery";
  ``lede_owner_named_next.py``, ``resources/owned_business_nouns.txt``); it was the
  business.
* "She and Ekwueme-Dane both said A.\n\n'B,' he said": a "he"/"she" right after a
  pair's statement (the next paragraph at most, no other person named between) is the
  pair member its sex fits, by the pair mention's own pronoun, a listed given name, an
  honorific ("Mr. Oakes") or the member's earlier "he"/"she" statements
  (``pair_pronoun_members.py``, a pass of ``coref._PASSES``); it was the last single
  speaker quoted, the woman.
* "The retired millwright, who chairs the lake's cottagers' association, said A": the
  description before a relative clause set off by commas speaks (resolved as usual),
  not the relative clause's "who <verb> <object>" (``apposed_speakers._RELATIVE_OPENERS``
  in ``_apposition_speaker``); the speaker was the clause itself.
* "NAME and his niece say A. '"B," the elder said'": "the elder"/"the older" (or "the
  younger") after "NAME and his|her <kin>" is the one of the two the kin noun makes
  older (younger), when the kin noun is of another generation
  (``resources/kin_generation.txt``: niece, son, father ...; "his brother" is left) and
  the article named the relative before ("His niece, NAME,")
  (``kin_generation_pairs.resolve_comparative_age``, after ``kin``'s ages); it was the
  niece.
* "The owner of a bakery on Pelham Street said A" / "Staff at a clinic in Smiths Falls
  said A": a description (a listed noun of a business's people,
  ``resources/business_people_nouns.txt`` and ``person_job_heads.txt``, after "The" or
  opening the sentence) before a placed business is the speaker, not the street or "a
  clinic in Smiths Falls" (``np_left._described_placed_business``); a name before it
  stays the name (spk61's rule).
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def starts(text, speaker, opening):
    """Is there a row whose speaker contains ``speaker`` and whose quote opens with
    ``opening``?"""
    return any(
        speaker.lower() in s.lower() and q.startswith(opening) for s, _, q in speech_rows(text)
    )


_CO_OP = (
    "Dauphin hardware store to close\n\n"
    "DAUPHIN, Man. — The only hardware store on Main Street will close on Saturday after "
    "52 years, the co-operative that owns it said Tuesday, hours after a judge approved "
    "the sale.\n\n"
    "The Parkland Farm Co-operative owes about $1.3 million to suppliers, the co-op said."
)


def test_hyphened_relative_head_lede_row():
    assert starts(_CO_OP, "Parkland Farm Co-operative", "The only hardware store on Main Street")


def test_hyphened_relative_head_with_object_noun():
    text = _CO_OP.replace("that owns it", "that runs the store")
    assert starts(text, "Parkland Farm Co-operative", "The only hardware store on Main Street")


def test_hyphened_word_alone_is_no_relative_head():
    # a hyphened modifier word before a proper name: no relative subject, no row change
    text = "The plant will stay open, the co-op's manager, Lena Hroch, said Tuesday."
    assert has_quote(text, "Lena Hroch", "The plant will stay open")


_DAM = (
    "Engineer blames open gate for Minnedosa dam breach\n\n"
    "MINNEDOSA, Man. — The dam failed because a sluice gate was left open for most of "
    "April, an engineer hired by the town told a public hearing on Monday.\n\n"
    "Marta Kovlin, a civil engineer with a firm in Regina, was the first witness at the "
    "hearing.\n\n"
    '"It was a simple thing, left too long," Kovlin said.'
)


def test_hired_by_agent_gives_lede_row():
    assert starts(_DAM, "Marta Kovlin", "The dam failed because a sluice gate was left open")


def test_retained_by_named_agent_gives_row():
    text = (
        "The wall was never inspected, a lawyer retained by Brandon Hydro said on Monday.\n\n"
        '"Nobody looked," Tomas Reyes said.'
    )
    rows = speech_rows(text)
    assert any(q.startswith("The wall was never inspected") for _, _, q in rows)


def test_hired_by_is_no_subject_inside_a_clause():
    # "hired by" inside the content: the speaker stays the sentence's own subject
    text = "Ann Brule said the engineer hired by the town was never paid."
    assert has_quote(text, "Ann Brule", "the engineer hired by the town was never paid")


def test_lede_apposed_same_noun_names_the_description():
    assert starts(_DAM, "Marta Kovlin", "The dam failed")


def test_lede_apposed_other_noun_stays_unnamed():
    text = _DAM.replace("a civil engineer with a firm", "a lawyer with a firm")
    assert not starts(text, "Marta Kovlin", "The dam failed")
    assert starts(text, "an engineer", "The dam failed")


_OWNER = (
    "Kamloops council balks at arena lease as Ridgebacks ask for 15 years\n\n"
    "KAMLOOPS, B.C. — The owner of the Kamloops Ridgebacks says the junior hockey team "
    "will leave the city after next season unless council approves a longer lease.\n\n"
    '"I love this town. But I cannot run a team on a one-year lease," Marcus '
    "Delacroix-Webb told reporters Wednesday at the arena, where his team plays 34 home "
    "games.\n\n"
    "Delacroix-Webb said he had spent $2 million on the building."
)


def test_lede_owner_named_by_next_speaker_with_his_team():
    assert starts(_OWNER, "Marcus Delacroix-Webb", "the junior hockey team will leave")


def test_lede_founder_named_by_her_bakery():
    text = (
        "VERNON, B.C. — The founder of Okanagan Crust says the bakery will close its "
        "second shop in March.\n\n"
        '"Flour costs twice what it did," Lucia Ferreira-Holt said, standing behind the '
        "counter of her bakery on 30th Avenue."
    )
    assert starts(text, "Lucia Ferreira-Holt", "the bakery will close")


def test_lede_owner_next_speaker_without_tie_stays_the_business():
    text = _OWNER.replace("where his team plays 34 home games", "where his son plays hockey")
    assert not starts(text, "Delacroix-Webb", "the junior hockey team will leave")


_PAIR = (
    "Wharf repairs stall\n\n"
    "For fisher Torvald Ekwueme-Dane, the repairs are years late.\n\n"
    '"Why did it take so long?" Ekwueme-Dane said.\n\n'
    "Noreen Halvik-Sauer, who lives aboard a sailboat at the floats, said she had watched "
    "a wreck sink.\n\n"
    '"Nobody came," Halvik-Sauer said.\n\n'
    "She and Ekwueme-Dane both said the province had ignored them for years.\n\n"
)


def test_pronoun_after_she_and_name_pair_is_the_man():
    text = _PAIR + '"We have asked three times," he said.'
    assert has_quote(text, "Torvald Ekwueme-Dane", "We have asked three times")


def test_pronoun_after_pair_by_honorific():
    text = (
        "Mr. Oakes said the road washed out twice.\n\n"
        '"It was bad," Ulric Oakes said.\n\n'
        '"We were cut off," Marlo Venn-Hardy said.\n\n'
        "Oakes and Venn-Hardy both said the county had been warned.\n\n"
        '"Nobody listened," she said.'
    )
    assert has_quote(text, "Marlo Venn-Hardy", "Nobody listened")


def test_pronoun_after_pair_of_her_own_sex_stays():
    text = _PAIR + '"We have asked three times," she said.'
    assert has_quote(text, "Noreen Halvik-Sauer", "We have asked three times")


def test_pronoun_after_pair_with_another_person_between_is_not_the_pair():
    text = (
        _PAIR + "Harbour master Colm Brickell, who has run the wharf since 2011, "
        "inspected the floats on Monday.\n\n"
        '"We have asked three times," he said.'
    )
    assert not has_quote(text, "Ekwueme-Dane", "We have asked three times")


def test_description_before_closed_who_clause_speaks():
    text = (
        "Gaston Pelletier-Roy has owned a cottage on the lake since 1994.\n\n"
        '"The water is gone," Pelletier-Roy said.\n\n'
        "The retired millwright, who chairs the lake's cottagers' association, said the "
        "group had asked for a meeting in September."
    )
    assert has_quote(text, "Gaston Pelletier-Roy", "the group had asked for a meeting in September")


def test_bare_description_before_who_clause_is_the_mention():
    text = "The millwright, who chairs the association, said the group had asked for a meeting."
    rows = speech_rows(text)
    assert rows and rows[0][0] == "The millwright"


def test_name_before_who_clause_unchanged():
    text = "Ann Brule, who chairs the association, said the group had asked for a meeting."
    assert has_quote(text, "Ann Brule", "the group had asked for a meeting")


_ELDER = (
    "Caribou fence\n\n"
    "Abel Nakoochee-Firth, who has hunted along the river since he was 12, said the herd "
    "was late this year.\n\n"
    '"Nobody wrote anything down," Nakoochee-Firth said.\n\n'
    "His niece, Dora Kaye-Lindqvist, who hunts with him, wrote on Facebook that the family "
    "had brought home two caribou.\n\n"
    "Nakoochee-Firth and his niece say they will keep hunting the valley.\n\n"
)


def test_the_elder_after_name_and_his_niece_is_the_uncle():
    text = _ELDER + '"What else would we do?" the elder said, zipping his parka.'
    assert has_quote(text, "Abel Nakoochee-Firth", "What else would we do?")


def test_the_younger_after_name_and_his_niece_is_the_niece():
    text = _ELDER + '"We will go out again in March," the younger said.'
    assert has_quote(text, "Dora Kaye-Lindqvist", "We will go out again in March")


def test_the_elder_after_name_and_his_brother_is_left():
    text = _ELDER.replace("His niece,", "His brother,").replace("his niece say", "his brother say")
    text += '"What else would we do?" the elder said.'
    assert not has_quote(text, "Nakoochee-Firth", "What else would we do?")


_PLACED = (
    "Water main breaks\n\n"
    "ST. CATHARINES, Ont. — A water main broke under the downtown on Tuesday.\n\n"
)


def test_owner_of_placed_business_is_the_description():
    text = _PLACED + "The owner of a bakery on Pelham Street said she lost a day of sales."
    assert has_quote(text, "The owner", "she lost a day of sales")
    assert not has_quote(text, "Pelham Street", "she lost a day of sales")


def test_staff_at_placed_business_is_the_description():
    text = _PLACED + "Staff at a clinic in Smiths Falls said the phones were down all day."
    assert has_quote(text, "Staff", "the phones were down all day")
    assert not has_quote(text, "Smiths Falls", "the phones were down all day")


def test_name_of_placed_business_still_the_name():
    text = _PLACED + "Lee Hartwick of a bakery on Pelham Street said the ovens were cold."
    assert has_quote(text, "Lee Hartwick", "the ovens were cold")


def test_owner_of_unplaced_business_keeps_its_reading():
    # no place after the business: "The owner of the team" is left to the other rules
    text = "Jane Roe coaches the team. The coach from Moncton said the players were tired."
    assert has_quote(text, "the coach from Moncton", "the players were tired")
