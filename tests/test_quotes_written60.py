"""w52's rules (session 27, the fiftysecond written batch), each checked on sentences
written for this file.

* "A business group, the Canadian Association of Small Exporters, issued a statement
  saying A": the apposed capitalized organization name (with "of", "and", "for" inside)
  is the one who issued the statement, not "a statement".
* "A, said the board's superintendent of business, Ann Roe, who ...": the name set off
  after a description is the speaker also when the description has a lower-case
  possessive ("the board's") or an "of"/"for" phrase ("of business") after its head.
* "Her husband stood beside her. A, he said." after a quote of "Chidinma Achterberg" (a
  given name the name lists do not know, whose gender the article's "she said" gave):
  the one man named in full with her surname ("Chidinma and Pieter Achterberg").
* '"A," she said.' right after "Brianne Whitcombe, a season-ticket holder, wore
  Pelletier's jersey over her parka." (a given name the lists do not know): the full
  name opening the sentence before, which that sentence refers back to with "her"
  before any other name that could be hers (a possessive or a man's name is skipped),
  not an earlier capitalised team name.
* '"A," the two said.' and "A, the two said." after a quotation: "the two" is the
  speaker phrase (like "the third"), resolved to the pair the article named ("His
  parents, Ann and Tom Vale, ..."; "After the vote, Ann Roe and Tom Vale stood ...").
* "A, she said, a figure the operator did not confirm." / "a claim the board disputes":
  the writer's comment on the claim after an inserted frame is no second part.
* "She said it like she was describing a trip", "said it as a joke", "said it again":
  a manner word after "said it" leaves the cue without content.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speaker_of, speech_rows


def test_issued_statement_apposed_org_name_with_of():
    text = (
        "Several plants were idle on Monday.\n\n"
        "A trade group, the Northern Federation of Tool and Die Makers, issued a "
        "statement saying its members had lost orders."
    )
    assert has_quote(
        text, "Northern Federation of Tool and Die Makers", "its members had lost orders"
    )
    assert not any(s == "a statement" for s, _, _ in speech_rows(text))


def test_issued_statement_apposed_person_name_unchanged():
    text = (
        "The hearing was adjourned.\n\n"
        "Her lawyer, Ann Roe, issued a statement saying her client was innocent."
    )
    assert has_quote(text, "Ann Roe", "her client was innocent")


_MEETING = "Trustees cut bus routes\n\nSUDBURY, Ont. — Trustees voted 7-4 late Tuesday.\n\n"


def test_said_possessive_role_of_phrase_then_name():
    text = (
        _MEETING + "The plan was the only option left, said the district’s superintendent "
        "of schools, Hannah Oyelaran-Pike, who spoke after the vote."
    )
    assert speaker_of(text, "The plan was the only option left") == "Hannah Oyelaran-Pike"


def test_said_role_of_the_phrase_then_name():
    text = _MEETING + "Fees would rise, said the clerk of the works, Colm Dearden."
    assert speaker_of(text, "Fees would rise") == "Colm Dearden"


def test_said_role_of_phrase_without_name_keeps_description():
    text = _MEETING + "Fees would rise, said the clerk of the works, who spoke after the vote."
    assert speaker_of(text, "Fees would rise") != "who"


_COUPLE = (
    "Sailor overdue\n\nTOFINO, B.C. — The coast guard is searching for Ruben Achterberg-Lowe, 31.\n\n"
    "His parents, Chidinma and Pieter Achterberg, drove from Nanaimo on Sunday.\n\n"
    'Chidinma Achterberg spoke to reporters at the dock. "He always checks in," she said.\n\n'
)


def test_her_husband_opens_sentence_unlisted_given_name_wife():
    text = _COUPLE + "Her husband stood beside her. Their son had a radio on board, he said."
    assert speaker_of(text, "Their son had a radio on board") == "Pieter Achterberg"


def test_her_husband_opens_sentence_direct_quote():
    text = _COUPLE + 'Her husband stood beside her. "He knows those waters," he said.'
    assert speaker_of(text, "He knows those waters") == "Pieter Achterberg"


def test_his_wife_after_unlisted_woman_not_taken():
    text = _COUPLE + "His wife stood beside him. Their son had a radio on board, she said."
    assert speaker_of(text, "Their son had a radio on board") != "Pieter Achterberg"


_TEAM = "Lynx trade winger\n\nREGINA — The Regina Lynx traded a winger to Calgary on Friday.\n\n"


def test_she_after_unlisted_name_with_her_in_sentence_before():
    text = (
        _TEAM + "Fans were divided. Oriane Kettleby, a season-ticket holder since 2011, wore "
        'Tom Vale\'s jersey over her coat. "He gave this city everything," she said.'
    )
    assert speaker_of(text, "He gave this city everything") == "Oriane Kettleby"


def test_she_after_unlisted_name_another_woman_named_first():
    text = (
        _TEAM + "Fans were divided. Oriane Kettleby met Ann Roe at her store. "
        '"He gave this city everything," she said.'
    )
    assert speaker_of(text, "He gave this city everything") != "Oriane Kettleby"


_SEARCH = "Hiker missing\n\nJASPER, Alta. — Police are searching for a hiker.\n\n"


def test_the_two_said_after_direct_quote_named_pair():
    text = (
        _SEARCH + "His parents, Maria and Gareth Pruitt, drove all night. "
        '"He knows the mountains," the two said in a statement.'
    )
    got = speaker_of(text, "He knows the mountains")
    assert got.startswith("Maria") and got.endswith("Gareth Pruitt") and " and " in got


def test_the_two_said_after_indirect_content_pair_subject():
    text = (
        _SEARCH + "After the meeting, Lena Moss and Raj Patel stood in the parking lot. "
        "They would be back next month, the two said."
    )
    assert has_quote(text, "Lena Moss and Raj Patel", "They would be back next month")


def test_the_two_unnamed_pair_keeps_the_phrase():
    text = _SEARCH + "Stocks fell on Monday. Prices would rise again, the two said."
    assert speaker_of(text, "Prices would rise again") == "the two"


_FERRY = "Ferry cancelled\n\nCOMOX, B.C. — The ferry will not run this week.\n\n"


def test_writer_comment_figure_after_inserted_frame():
    text = (
        _FERRY
        + "A barge owner had quoted her $2,400 a trip, she said, a figure he did not confirm."
    )
    rows = speech_rows(text)
    assert any(q == "A barge owner had quoted her $2,400 a trip" for _, _, q in rows)
    assert not any(q.startswith("a figure") for _, _, q in rows)


def test_writer_comment_claim_after_inserted_frame():
    text = _FERRY + "The crossing lost money every winter, he said, a claim the union disputes."
    assert not any(q.startswith("a claim") for _, _, q in speech_rows(text))


def test_second_part_after_inserted_frame_still_kept():
    text = _FERRY + "The crossing lost money every winter, he said, and the fares would rise."
    assert any("fares would rise" in q for _, _, q in speech_rows(text))


_NOVEL = "Novel shortlisted\n\nMONTREAL — A novel was shortlisted on Monday.\n\n"


def test_said_it_like_is_no_content():
    text = _NOVEL + "The driver said it like she was describing a trip to the bakery."
    assert speech_rows(text) == []


def test_said_it_as_a_joke_is_no_content():
    text = _NOVEL + "Her editor said it as a joke, and everyone laughed."
    assert not any(q.startswith("it as") for _, _, q in speech_rows(text))


def test_said_it_would_is_content():
    assert has_quote(_NOVEL + "Her editor said it would sell well.", "editor", "it would sell well")
