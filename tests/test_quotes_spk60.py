"""spk60's rules (session 39 round 2, speakers), each checked on sentences written for
this file.

* "Ann Roe and her brother, Tom Roe, who farm near Brandon, told council A": a name
  apposed to a kin noun ("his sister", "her husband") coordinated with a name that opens
  the sentence is the pair "Ann Roe and Tom Roe" (``kin_apposed_pairs.kin_pair_start``
  in ``apposed_speakers._apposition_speaker``), so a later "the two said" is that pair
  too; it was the second name only. A pair that is the object of a verb ("The mayor
  thanked Ann Roe and her brother, Tom Roe, who said") is no such subject.
* "Asked by the judge whether A, the engineer said B" / "In March, the engineer said B":
  a description behind an opening phrase of its paragraph's first sentence looks back as
  far as one that opens the paragraph (``descriptions._opening_phrase_start`` in
  ``_last_person_described``), and the question row of that opening participle ("Asked
  by ...", "Pressed by ...") is not the statement just before the answer
  (``description_echoes._asked_opener_before``): the description is the person the story
  introduced with that noun and quoted last; it stayed the description. A quotation
  opening the paragraph ('"A," the 67-year-old said') is no opening phrase.
* Lede sources named later (``lede_later_forms``): "a group of parents told council A"
  then "The group, which calls itself NAME," opening the next paragraph (also "known
  as", "calling itself"; the same head noun only) is NAME, and so is a later "the group
  said"; "a blueberry grower who ... said A" then "NAME, who ..., is one of nine growers
  who" opening the next paragraph is NAME (without "one of" it is not); "his parents
  told an inquest A" with "His mother, NAME," and "His father, NAME2," later is "NAME
  and NAME2" (one parent named: kept as written). They stayed as written.
* "the coalition said" / "the alliance" / "the collective" after "the X, a loose
  coalition of ..." (or a name ending in that noun) is X, as "the group" / "the
  association" / "the committee" already were: those three nouns are organisation heads
  (``ledes._ORG_HEADS``, so ``orgs._resolve_org`` and
  ``kind_apposed_orgs.kind_apposed_org`` see them); they stayed as written. "the
  network" is not one (a broadcaster, most often: a headline's "... Of Network" was
  taken for its name on PolNeAR train), so it stays as written.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

# --------------------------------------------------------------- 1. a kin pair


def test_kin_apposed_pair_with_relative_then_the_two():
    text = (
        "Dale Ferncliff and his sister, Maren Ferncliff-Oduya, who run a dairy near "
        "Lindale, told council the new road would cut their herd in half.\n\n"
        '"We will not sell," the two said in a joint letter.'
    )
    assert speaker_of(text, "the new road would cut their herd in half") == (
        "Dale Ferncliff and Maren Ferncliff-Oduya"
    )
    assert speaker_of(text, "We will not sell") == "Dale Ferncliff and Maren Ferncliff-Oduya"


def test_kin_apposed_pair_plain():
    text = "Orla Penhale and her husband, Kasim Trudeau-Vance, said the school should stay open."
    assert speaker_of(text, "the school should stay open") == "Orla Penhale and Kasim Trudeau-Vance"


def test_kin_pair_as_object_is_no_pair():
    text = (
        "The mayor thanked Dale Ferncliff and his wife, Maren Oduya, who said the road "
        "was a mistake."
    )
    assert speaker_of(text, "the road was a mistake") != "Dale Ferncliff and Maren Oduya"


def test_apposed_lawyer_is_no_kin_pair():
    text = "Dale Ferncliff and his lawyer, Maren Oduya, said the road was a mistake."
    assert speaker_of(text, "the road was a mistake") == "Maren Oduya"


# --------------------------------------------------------------- 2. an opening phrase

_INTRO = (
    "A driving instructor with 22 years of experience, Tova Quillan, was called to testify "
    "about how new drivers are trained.\n\n"
    "Quillan, 58, said most courses did not require a lesson after dark.\n\n"
    '"We teach them to park in July," she said.\n\n'
)


def test_asked_by_opener_then_the_description():
    text = _INTRO + (
        "Asked by the coroner whether night lessons should be mandatory, the instructor said yes."
    )
    assert speaker_of(text, "yes") == "Tova Quillan"


def test_time_opener_then_the_description():
    text = _INTRO.replace('\n\n"We teach them to park in July," she said.', "") + (
        "In March, the instructor said the rules would change."
    )
    assert speaker_of(text, "the rules would change") == "Tova Quillan"


def test_unnamed_description_behind_an_opener_stays():
    text = (
        "Tova Quillan, a school trustee, said the bus routes were too long.\n\n"
        "Asked by reporters whether the routes would change, the instructor said no."
    )
    assert speaker_of(text, "no") == "the instructor"


def test_quotation_opening_the_paragraph_is_no_opener():
    text = (
        "A retired welder, Bo Lindqvist, spoke at the meeting.\n\n"
        "Ina Castellane, a trustee, said the vote was rushed.\n\n"
        "Another resident, a retired nurse who has lived there since 1990, said she "
        "would move.\n\n"
        '"I will just leave," the 67-year-old said.'
    )
    assert speaker_of(text, "I will just leave") != "Bo Lindqvist"


# --------------------------------------------------------------- 3. lede forms named later


def test_lede_group_that_calls_itself():
    text = (
        "Residents fight depot\n\nYORKTON, Sask. — A bus depot does not belong next to a "
        "school, a group of parents told council on Monday.\n\nThe group, which calls "
        "itself Safe Streets Yorkton, collected 300 signatures. The plan should be "
        "dropped, the group said in a letter."
    )
    assert (
        speaker_of(text, "A bus depot does not belong next to a school") == "Safe Streets Yorkton"
    )
    assert speaker_of(text, "The plan should be dropped") == "Safe Streets Yorkton"


def test_lede_group_known_as_another_head_is_kept():
    text = (
        "Residents fight depot\n\nYORKTON, Sask. — A bus depot does not belong next to a "
        "school, a group of parents told council on Monday.\n\nThe committee, which calls "
        "itself Safe Streets Yorkton, collected 300 signatures."
    )
    assert speaker_of(text, "A bus depot does not belong next to a school") == "a group of parents"


_GROWER = (
    "Growers sue co-op\n\nSTE-ROSE, Que. — The rules have turned friends into rivals, a "
    "blueberry grower who is suing her own co-operative said Thursday.\n\n"
)


def test_lede_person_one_of_the_plural():
    text = _GROWER + (
        "Lucie Bergeron-Haas, who picks 40 acres near the lake, is one of nine growers "
        "who filed a claim last month."
    )
    assert speaker_of(text, "The rules have turned friends into rivals") == "Lucie Bergeron-Haas"


def test_lede_person_without_one_of_is_kept():
    text = _GROWER + "Lucie Bergeron-Haas, who picks 40 acres near the lake, met nine growers."
    assert speaker_of(text, "The rules have turned friends into rivals") != "Lucie Bergeron-Haas"


_PARENTS = (
    "Teen died\n\nRED DEER, Alta. — A teen who died in a crash had never driven at night, "
    "his parents told an inquest on Tuesday.\n\nHis mother, Corinne Pell, said he was careful."
)


def test_lede_parents_named_by_kin_appositions():
    text = _PARENTS + "\n\nHis father, Leland Amos, sat beside her."
    assert speaker_of(text, "A teen who died in a crash had never driven at night") == (
        "Corinne Pell and Leland Amos"
    )


def test_lede_parents_one_named_is_kept():
    assert speaker_of(_PARENTS, "A teen who died in a crash had never driven at night") == (
        "his parents"
    )


# --------------------------------------------------------------- 4. collective nouns


def _stewards(kind):
    return (
        "Cottage owners on the bay have formed the Lakeview Stewards, a loose "
        f"{kind} of about 40 families.\n\nMayor Ada Brenner said the town would listen.\n\n"
        f"The dock plan should be dropped, the {kind} said in a letter."
    )


def test_kind_apposed_coalition_alliance_collective():
    for kind in ("coalition", "alliance", "collective", "group", "committee"):
        assert speaker_of(_stewards(kind), "The dock plan should be dropped") == (
            "Lakeview Stewards"
        ), kind


def test_alliance_named_by_its_last_word():
    text = (
        "The Ridge Road Alliance, which speaks for 90 cottagers, met Monday.\n\n"
        "The dock plan should be dropped, the alliance said."
    )
    assert speaker_of(text, "The dock plan should be dropped") == "Ridge Road Alliance"


def test_network_is_kept():
    text = (
        "Kettle Bay Media Disputes Claim Of Network\n\nOrla Penhale, a network engineer "
        "at Kettle Bay Media, spoke first.\n\nThe fall lineup will change, the network said."
    )
    assert speaker_of(text, "The fall lineup will change") == "the network"
