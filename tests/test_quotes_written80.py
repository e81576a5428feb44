"""w72's rules (session 31, the seventysecond written batch), each checked on sentences
written for this file.

* '"A," a 41-year-old pastry chef who worked there for 12 years said Tuesday': a direct
  quotation followed by "a"/"an", a few lower-case words (an age word among them) and a
  "who" clause up to the cue is that description's statement
  (``subjects._long_relative_subject`` after a quotation; ``subjects._relative_head_word``
  lets "41-year-old" in); it was no row.
* A description that speaks before it is named takes the bare full name of the next
  paragraph past a statement written in the rest of its own sentence ("..., hours after
  Hearth Bakeries announced it would close." then "Marie Roe said she ...":
  ``lede_named_titled.next_past_sentence_asides``), and a title abbreviation that spells
  out the description's head keeps the name bare ("a city councillor ... said A." then
  "Coun. Priya Roe said B.": ``lede_named_titled.titled_bare_mention``); it stayed the
  description.
* A definite lede description ("the president of Riverbend University told reporters")
  is also named by "Dr. NAME said" opening the next paragraph
  (``lede_named_titled.titled_bare_mention(definite=True)``), and a lower-case
  organisation noun before "president" ("Student union president NAME") makes no
  sitting president (``titles._plain_president``), so a later "the president said" is
  not her; both went to the student leader.
* "The province's minister of economic development, NAME, announced ... In an email
  Tuesday, his office said A": "his office" speaks for the person apposed to the
  previous sentence's description subject when that one is nearer than the "he" a
  resolver reads (``role_places._resolve_person_office`` with
  ``appositions._apposed_name_subject_before``); it was a man quoted before.
* "Outside the administration building, a married couple who had driven in from
  Humboldt ... said A": a fronted preposition phrase closed by a comma before "a <noun>
  who ..." (``subjects._fronted_place`` in ``_long_relative_subject``); the speaker was
  "Outside the administration" (or the town in the relative clause).
* 'Asked why, she laughed. "I'm 71. ..."': a bare quotation right after "Asked ..., <she
  | he | Name> <verb>ed." (same paragraph or the next) is the words of the one asked
  (``asked_gestures.asked_gesture_anchor``, read by ``assemble._carried_blocks``); it was
  no row.
* "She declined to say how he knew the victim, Tessa Roe, who ..." then '"...," she
  said': a name inside a subordinate clause of a sentence whose subject is the same
  pronoun is not the one person that sentence names for the next "she"
  (``antecedents._inside_pronoun_subordinate``, a guard of ``_sole_person_before``); it
  was the victim. ("She is Ann Roe, who ..." and "She was followed by Ann Roe, who ..."
  still name her.)
* "..., the RCMP said. The agency said A": "the agency" is the acronym written after
  "the" before it with no name in between (``org_described.the_acronym_before``;
  acronyms are not in the name index); it stayed "the agency".
* "Its parent company, Westcoast Holdings, reported ... The company warned A" in an
  article that quoted "Acme Timber Ltd." by name: the company owned by the description
  gives way to the organisation quoted before only when that one is of the head's kind
  (``holders.other_org_quoted(head=...)``: not "the B.C. forests ministry"), else to the
  one company the article quoted by name; a contraction opening a sentence ("I've asked
  three times") is never a company (``org_names._company_subject``).
* "Q: The company says A?" in a Q:/A: interview inside a story: the reporter's question
  reports nothing (``transcripts._merge_article``: indirect rows inside a question are
  dropped as inside an answer); it was a row.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_quotation_then_indefinite_description_with_who_clause():
    text = (
        '"We had no warning at all," a 52-year-old welder who spent nine years at the '
        "plant said Monday."
    )
    assert _speakers(text, "We had no warning at all") == ["a 52-year-old welder"]


def test_quotation_then_description_with_long_who_clause_and_time():
    text = (
        '"The ice was thinner than anyone thought," a fishing guide who has worked on '
        "the lake for two decades said Sunday after the rescue."
    )
    assert _speakers(text, "The ice was thinner than anyone thought") == ["a fishing guide"]


def test_quotation_then_definite_description_unchanged():
    text = '"We lost the vote," the coach who led the team said.'
    assert _speakers(text, "We lost the vote") == ["the coach who led the team"]


_CHEF_LEDE = (
    "Bakery chain closes its shops\n\n"
    'WOLFVILLE, N.S. — "We found out from a text message," a 38-year-old baker who '
    "worked at the chain for a decade said Monday, hours after Larchmont Ovens announced "
    "it would close all four of its stores.\n\n"
    "Rosalind Achebe-Vance said she had been on shift when the message arrived."
)


def test_description_named_next_past_an_aside_statement():
    assert _speakers(_CHEF_LEDE, "We found out from a text message") == ["Rosalind Achebe-Vance"]
    assert _speakers(_CHEF_LEDE, "it would close all four of its stores") == ["Larchmont Ovens"]


def test_description_named_next_not_past_a_new_sentence():
    # (the other statement is a sentence of its own: the next paragraph's name is not
    # the first one after the description)
    text = _CHEF_LEDE.replace("said Monday, hours after", "said Monday. Hours later,")
    assert _speakers(text, "it would close all four of its stores") == ["Larchmont Ovens"]
    # (w72's lede_named_titled does not reach past the new sentence; spk43's widened
    # lede_job_named_next does: the new full name opening the next paragraph and speaking)
    assert _speakers(text, "We found out from a text message") == ["Rosalind Achebe-Vance"]


_COUNCILLOR_LEDE = (
    'OKOTOKS, Alta. — "This deal has teeth," a town councillor who sat on the '
    "negotiating committee said Tuesday after council approved a new arena.\n\n"
    "Coun. Miriam Estabrook-Nwosu said the club would pay rent for 30 years."
)


def test_description_named_next_by_a_matching_title():
    assert _speakers(_COUNCILLOR_LEDE, "This deal has teeth") == ["Miriam Estabrook-Nwosu"]


def test_description_not_named_by_a_different_title():
    text = _COUNCILLOR_LEDE.replace("Coun. Miriam", "Dr. Miriam")
    assert _speakers(text, "This deal has teeth") != ["Miriam Estabrook-Nwosu"]


def test_she_goes_on_past_a_name_in_her_subordinate_clause():
    text = (
        '"We never closed this file," Const. Odile Marchetti-Rowe told reporters.\n\n'
        "Marchetti-Rowe said a man was arrested on Tuesday. She declined to say how he "
        "knew the victim, Lenora Haddix-Barr, who vanished in 1991.\n\n"
        '"This case will be won in a courtroom," she said.'
    )
    assert _speakers(text, "This case will be won in a courtroom") == ["Odile Marchetti-Rowe"]


def test_she_is_name_who_still_names_her():
    text = (
        "Volunteers set up the hall on Monday. The youngest held the sign. She is Philippa "
        "Dunmore-Achebe, 17, who learned to paint letters this summer.\n\n"
        '"I spelled it wrong the first time," she said.'
    )
    assert _speakers(text, "I spelled it wrong the first time") == ["Philippa Dunmore-Achebe"]


def test_the_agency_after_the_acronym():
    text = (
        "Protesters were removed from the road on Monday.\n\n"
        "Nine people were arrested, the RCMP said in a statement. The agency said officers "
        "gave everyone a chance to leave."
    )
    assert _speakers(text, "officers gave everyone a chance to leave") == ["RCMP"]


def test_the_agency_not_an_acronym_before_another_name():
    text = (
        "Nine people were arrested, the RCMP said in a statement. Later, Parks Canada "
        "closed the trail. The agency said the trail would reopen in May."
    )
    assert _speakers(text, "the trail would reopen in May") != ["RCMP"]


_COMPANY_STORY = (
    "Crews from Kestrel Bay Timber Ltd. were blocked again on Monday.\n\n"
    "Kestrel Bay Timber said in a statement that the permit was legal. The company said "
    "it employs 230 people.\n\n"
    "Its parent company, Westshore Fibre Holdings, reported a loss last year.\n\n"
    "The provincial forests ministry said it could not comment on the case.\n\n"
    "The company warned that more delays could cost jobs."
)


def test_the_company_after_an_owner_description_is_the_company_quoted():
    assert _speakers(_COMPANY_STORY, "more delays could cost jobs") == ["Kestrel Bay Timber Ltd."]


def test_question_of_an_embedded_interview_reports_nothing():
    text = (
        "Protesters stayed on the logging road west of the village on Sunday, a day before "
        "a court order was to take effect.\n\n"
        "The company that holds the permit said its crews had waited four months to start "
        "cutting in the upper valley.\n\n"
        "Odalys Ferreira-Quist, 29, spoke with the Valley Beacon by phone.\n\n"
        "Q: Why this valley?\n\n"
        "A: Because I have stood under those trees. I asked three times to see the map.\n\n"
        "Q: The company says most of the block is young forest.\n\n"
        "A: Then why are they in such a hurry?\n\n"
        "Police said the removal would take a week."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert not any(q.startswith("most of the block") for _, q in rows)
    assert ("Odalys Ferreira-Quist", "Then why are they in such a hurry?") in rows


_PRESIDENT_LEDE = (
    "University freezes tuition\n\n"
    "SASKATOON — Students should not have to choose between rent and books, the president "
    "of Lakeview University told reporters Wednesday after the board voted.\n\n"
    "Dr. Imogen Castellanos-Pike said the freeze would save each student about $900.\n\n"
    '"We read our own survey," the president said.\n\n'
    "Student union president Delphine Okafor-Marsh said the vote was a start."
)


def test_definite_lede_description_named_by_dr_next():
    got = _speakers(_PRESIDENT_LEDE, "Students should not have to choose between rent and books")
    assert got == ["Imogen Castellanos-Pike"]


def test_the_president_is_not_the_union_president_named_later():
    assert _speakers(_PRESIDENT_LEDE, "We read our own survey") == ["Imogen Castellanos-Pike"]


def test_indefinite_description_not_named_by_dr():
    text = (
        '"The ward was full," a nurse who works nights said Monday.\n\n'
        "Dr. Imogen Castellanos-Pike said the hospital would add beds."
    )
    assert _speakers(text, "The ward was full") != ["Imogen Castellanos-Pike"]


def test_his_office_after_an_apposed_description_subject():
    text = (
        "The bakery's owner, Gordon Vasquez-Hale, told reporters the decision was hard.\n\n"
        '"The numbers would not close," he said.\n\n'
        "The province's minister of economic development, Lorne Ibsen-Achterberg, announced "
        "a $2-million investment in a food incubator last spring. In an email Tuesday, his "
        "office said the minister was saddened by the closure."
    )
    assert _speakers(text, "the minister was saddened by the closure") == ["Lorne Ibsen-Achterberg"]


def test_fronted_place_then_description_with_who_clause():
    text = (
        "Outside the administration building, a retired welder who had driven in from "
        "Humboldt with his granddaughter said the freeze had settled their plans."
    )
    assert _speakers(text, "the freeze had settled their plans") == ["a retired welder"]


def test_quotation_after_asked_and_a_gesture():
    text = (
        "Mayor Rosalind Kettering-Obi said she would not run again. Asked why, she "
        'laughed. "I am 71. Somebody younger can take the midnight calls."'
    )
    got = _speakers(text, "I am 71. Somebody younger can take the midnight calls.")
    assert got == ["Rosalind Kettering-Obi"]


def test_quotation_after_a_gesture_without_a_question_is_not_given():
    text = (
        "Mayor Rosalind Kettering-Obi said she would not run again. Later, she "
        'laughed. "I am 71. Somebody younger can take the midnight calls."'
    )
    assert _speakers(text, "I am 71. Somebody younger can take the midnight calls.") == []
