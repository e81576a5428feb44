"""Speaker-string and row bugs of session 31 round 1 (bug61). Sentences written for
this test: an organisation's name never runs across a sentence end, ..."""

from analysis.quotes.org_sentence_ends import org_words_in_sentence
from tests._quote_rows import speech_rows


def test_org_name_stops_at_the_sentence_end():
    rows = speech_rows(
        "Ann Roe wrote a letter to the Kettle Valley Board of Trade. The board said the road was unsafe."
    )
    assert rows == [("Kettle Valley Board of Trade", "said", "the road was unsafe")]


def test_org_name_stops_at_the_sentence_end_before_another_word():
    rows = speech_rows(
        "Tom Vale met the Harbour Board of Fisheries. Later the board said the nets were torn."
    )
    assert [s for s, _, _ in rows] == ["Harbour Board of Fisheries"]


def test_abbreviations_stay_inside_the_name():
    assert org_words_in_sentence(["the", "U.S.", "Navy"]) == (["the", "U.S.", "Navy"], False)
    assert org_words_in_sentence(["St.", "Mary"]) == (["St.", "Mary"], False)
    assert org_words_in_sentence(["Trade.", "The"]) == (["Trade"], True)


def test_modified_lineup_position_after_a_quotation():
    assert speech_rows('"We were late," the veteran third said.') == [
        ("the veteran third", "said", "We were late")
    ]
    assert speech_rows('"The ice was slow," the rookie second said.') == [
        ("the rookie second", "said", "The ice was slow")
    ]


def test_modified_lineup_position_is_the_titled_player():
    rows = speech_rows(
        "Ann Roe won with third Noor Vale, second Bo Ray and lead Lu Chen.\n\n"
        '"We were late," the veteran third said.'
    )
    assert rows == [("Noor Vale", "said", "We were late")]


def test_a_plain_ordinal_after_a_modifier_is_no_speaker():
    assert speech_rows('"We were late," the first second said.') == []


def test_a_clause_coordinated_with_the_frame_is_no_content():
    assert speech_rows("The hearing began, and Ann Roe testified.") == []
    assert speech_rows("The storm passed, but then Tom Vale said.") == []


def test_content_before_the_frame_still_read():
    assert speech_rows("Taxes will rise and fees will fall, Ann Roe said.") == [
        ("Ann Roe", "said", "Taxes will rise and fees will fall")
    ]


def test_coordinated_speakers_keep_their_content():
    assert speech_rows("The fees will rise, she and Tom Vale said.") != []


def test_two_people_each_with_their_role_speak_together():
    rows = speech_rows(
        "The Chamber's president, Ann Roe, and its treasurer, Tom Vale, said the fees would rise."
    )
    assert rows == [("Ann Roe and Tom Vale", "said", "the fees would rise")]
    rows = speech_rows("The mayor, Lu Chen, and the clerk, Bo Ray, said that the vote was fair.")
    assert rows == [("Lu Chen and Bo Ray", "said", "the vote was fair")]


def test_one_person_with_two_appositions_stays_one():
    rows = speech_rows("The president, Ann Roe, a lawyer, said the fees would rise.")
    assert rows == [("Ann Roe", "said", "the fees would rise")]
