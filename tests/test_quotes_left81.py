"""left81's rules (session 41 round 1, rows left by session 40), each checked on
sentences written for this file.

* 'Ann Roe summed it up: "A."' as an article's first line (or a later "Name: Title"
  line): a headline colon frame whose content is one quotation is that quotation
  without its marks, as every direct row (``assemble._headline_line``); the row kept
  the marks. 'Ann Roe put it this way: "A"' (left80) is unchanged.
* "She told them this: A", "told staff the following: A": "this", "the following" or
  "it this way", at most "much" and one prepositional phrase of up to four words ("to
  council", "in a letter"), closed by a colon before a clause is no content: the
  content starts after the colon (``sides._DEMONSTRATIVE_CLAUSE_COLON_RE`` in
  ``_past_demonstrative_colon``). "told them this week that A" keeps A, "said this was
  the plan: ..." (an auxiliary) and "said this plan: ..." (a noun) are unchanged.
* '"A," Tom Roe, asked later where the money went, said.' and "NAME, asked afterward
  where ..., replied that A": an apposed "asked" after a comma with at most one adverb
  before its question word is a passive participle, no cue, as without the adverb and
  as "when asked" (``nonspeech._comma_passive``); the quotation went to "asked" and
  "replied" got a question row beside it. left80's no-agent cut in
  ``asked_participles`` is gone with it (its three tests now expect no question row:
  the row named the person asked as the asker, and written gold 758 has none).
  "Tom Roe asked later where the money went" (no comma) keeps its question row, and
  "asked by reporters where ..." keeps the reporters' row.
* '"A," the mayor, asked where the money went, said.': a determiner and a role title
  ("the mayor", resources/titles.txt [role], bodies such as "the press" left out)
  opening the sentence or right after a quotation is the apposed speaker
  (``apposed_speakers._determiner_title``); the frame gave no row. "... while Tom Roe,
  the former finance minister, opined on ..." (an apposition to a name) stays no row.
* "He called her assertion that the mill would close a fantasy": when a speech noun's
  phrase is the object of a complement verb (resources/complement_verbs.txt: call,
  term, label, brand, dub, deem), its content ends before the complement: a final
  "a"/"an" noun phrase of up to four words, a final quotation, or final listed words
  (resources/complement_words.txt: "nonsense", "completely false and misleading")
  (``called_complements.complement_start`` in ``frames._noun_frames``). "called for an
  inquiry into her claim that A" and "repeated her claim that the firm would open a
  plant" keep their content; "was unsafe and wrong" (a joiner before the listed word)
  and 'was "unsafe"' (a quotation after a copula) are the clause's own.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def test_headline_colon_quotation_loses_its_marks():
    t = 'Ann Roe summed it up: "We are done with this council."'
    assert speech_rows(t) == [("Ann Roe", ":", "We are done with this council.")]


def test_headline_name_colon_quotation_loses_its_marks():
    t = 'Tremblay: "The bridge will not reopen this year."\nThe council met on Monday.'
    assert speech_rows(t) == [("Tremblay", ":", "The bridge will not reopen this year.")]


def test_summed_it_up_in_the_body_is_the_quotation():
    t = 'Council votes to close the mill\nAnn Roe summed it up: "We are done with this council."'
    assert speech_rows(t) == [("Ann Roe", ":", "We are done with this council.")]


def test_put_it_this_way_is_the_quotation():
    t = 'The mayor put it this way: "We cannot pay for a new arena."'
    assert speech_rows(t) == [("The mayor", "put it", "We cannot pay for a new arena.")]


def test_told_them_this_colon_starts_after_the_colon():
    t = "She told them this: the plant will close in June."
    assert speech_rows(t) == [("She", "told", "the plant will close in June")]


def test_the_following_colon_starts_after_the_colon():
    t = "The manager told staff the following: the plant will close in June."
    assert [q for _, _, q in speech_rows(t)] == ["the plant will close in June"]


def test_the_following_in_a_letter_colon():
    t = "The minister wrote the following in a letter: the ferry service will end in May."
    assert [q for _, _, q in speech_rows(t)] == ["the ferry service will end in May"]


def test_told_them_this_week_that_keeps_its_clause():
    t = "She told them this week that the plant will close."
    assert speech_rows(t) == [("She", "told", "the plant will close")]


def test_this_was_the_plan_colon_is_unchanged():
    t = "Ann Roe said this was the plan: close the plant and sell the land."
    assert [q for _, _, q in speech_rows(t)] == [
        "this was the plan: close the plant and sell the land"
    ]


def test_inverted_frame_past_an_asked_participle():
    t = '"We spent it on roads," Tom Roe, asked where the money went, said.'
    assert speech_rows(t) == [("Tom Roe", "said", "We spent it on roads")]


def test_inverted_frame_past_an_asked_participle_with_an_adverb():
    t = '"We spent it on roads," Tom Roe, asked later where the money went, said.'
    assert speech_rows(t) == [("Tom Roe", "said", "We spent it on roads")]


def test_replied_that_past_an_asked_participle_is_the_only_row():
    for t in (
        "Tom Roe, asked where the money went, replied that it was spent on roads.",
        "Tom Roe, asked afterward where the money went, replied that it was spent on roads.",
        "Tom Roe, when asked where the money went, replied that it was spent on roads.",
    ):
        assert speech_rows(t) == [("Tom Roe", "replied", "it was spent on roads")], t


def test_asked_with_no_comma_keeps_its_question_row():
    assert speech_rows("Tom Roe asked where the money went.") == [
        ("Tom Roe", "asked", "where the money went")
    ]
    assert speech_rows("Tom Roe asked later where the money went.") == [
        ("Tom Roe", "asked", "where the money went")
    ]


def test_asked_by_reporters_keeps_the_reporters_row():
    t = "Ann Roe, asked by reporters where the money went, said it was spent on roads."
    rows = speech_rows(t)
    assert ("reporters", "asked", "where the money went") in rows
    assert ("Ann Roe", "said", "it was spent on roads") in rows


def test_the_mayor_after_a_quotation_past_an_asked_participle():
    t = '"We spent it on roads," the mayor, asked where the money went, said.'
    assert speech_rows(t) == [("the mayor", "said", "We spent it on roads")]


def test_a_deputy_minister_after_a_quotation_past_a_participle():
    t = '"The ferry will run all winter," a deputy minister, reached at home, said.'
    assert speech_rows(t) == [("a deputy minister", "said", "The ferry will run all winter")]


def test_title_apposed_to_a_name_mid_sentence_is_no_row():
    t = "Students listened while Tom Roe, the former finance minister, opined on the state of the world."
    assert speech_rows(t) == []


def test_called_claim_a_fantasy_ends_before_the_complement():
    t = "He called her assertion that the mill would close a fantasy."
    assert [(c, q) for _, c, q in speech_rows(t)] == [("assertion", "the mill would close")]
    t = "The union called his assertion that wages would rise a fantasy."
    assert [q for _, _, q in speech_rows(t)] == ["wages would rise"]


def test_called_claim_listed_words_and_quotation_complements():
    t = "The warden called the minister's claim that the bridge was unsafe completely false and misleading."
    assert [q for _, _, q in speech_rows(t)] == ["the bridge was unsafe"]
    t = 'The warden called her claim that the bridge was unsafe "pure fiction."'
    assert [q for _, _, q in speech_rows(t)] == ["the bridge was unsafe"]


def test_branded_promise_an_empty_gesture():
    t = "The council branded his promise to cut taxes by half an empty gesture."
    assert [q for _, _, q in speech_rows(t)] == ["to cut taxes by half"]


def test_called_for_and_other_verbs_keep_the_content():
    t = "The union called for an inquiry into her claim that the mill was safe."
    assert [q for _, _, q in speech_rows(t)] == ["the mill was safe"]
    t = "Ann Roe repeated her claim that the firm would open a plant."
    assert [q for _, _, q in speech_rows(t)] == ["the firm would open a plant"]


def test_called_claim_with_the_clause_own_predicate_is_unchanged():
    t = "He called her claim that the plant was unsafe and wrong."
    assert [q for _, _, q in speech_rows(t)] == ["the plant was unsafe and wrong"]
    t = 'He called her claim that the plant was "unsafe".'
    assert [q for _, _, q in speech_rows(t)] == ['the plant was "unsafe"']
