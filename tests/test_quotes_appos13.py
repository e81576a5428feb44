"""An apposition whose closing comma is missing before the cue ("..., Ann Roe,
president of the club said"): the name is the speaker, the description is its
apposition and no content. Every sentence here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes


def _rows(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    return list(zip(q["speaker_mention"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Harvests will improve next spring, Dana Pell, president of Norwick Growers said.",
            ("Dana Pell", "Harvests will improve next spring"),
        ),
        (
            "The ferry will resume in May, Ann Brandt, the line's chief operating officer "
            "said on Friday.",
            ("Ann Brandt", "The ferry will resume in May"),
        ),
        (
            '"We expect more visitors," Rui Tamm, an analyst with Calder Partners said.',
            ("Rui Tamm", "We expect more visitors"),
        ),
        (
            "Ola Brandt, chairman of the board said the cooperative would expand.",
            ("Ola Brandt", "the cooperative would expand"),
        ),
    ],
)
def test_the_name_before_an_unclosed_description_is_the_speaker(text, want):
    assert _rows(text) == [want]


@pytest.mark.parametrize(
    "text, want",
    [
        # a comma-closed apposition
        (
            "Harvests will improve next spring, Dana Pell, president of Norwick Growers, said.",
            ("Dana Pell", "Harvests will improve next spring"),
        ),
        # a list: the last member before the cue
        (
            "Dana Pell, Rui Tamm and the mayor said the bridge would reopen.",
            ("the mayor", "the bridge would reopen"),
        ),
        # a place before the subject
        ("In Brellport, the minister said the port would grow.", None),
        ("In Lisle, Ohio, the mayor said the dam was safe.", ("the mayor", "the dam was safe")),
        # a title before the name, no description
        (
            "In Brellport, harbour master Ola Brandt said the port would grow.",
            ("harbour master Ola Brandt", "the port would grow"),
        ),
    ],
)
def test_what_is_no_unclosed_apposition_keeps_its_speaker(text, want):
    rows = _rows(text)
    if want is None:
        assert [m for m, _ in rows] == ["the minister"]
    else:
        assert rows == [want]


def test_an_inverted_speaker_with_an_apposition_keeps_the_name():
    rows = _rows("Harvests will improve, said Dana Pell, president of Norwick Growers.")
    assert rows[0] == ("Dana Pell", "Harvests will improve")


def test_a_sentence_adverb_is_no_name_before_a_description():
    rows = _rows("Notably, the judge said the fine would stand.")
    assert rows == [("the judge", "the fine would stand")]


def test_a_frame_inserted_after_the_subject_keeps_its_own_speaker():
    rows = _rows("Mrs. Vell, a senior aide said, will run for the council again.")
    assert {m for m, _ in rows} == {"a senior aide"}


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The bank shut its office in Varno, United Talvia, a spokeswoman said.",
            "a spokeswoman",
        ),
        (
            "Mills lost orders to Brella, Kestan and Oruvia, a spokesman for the guild said.",
            "a spokesman for the guild",
        ),
    ],
)
def test_a_place_or_a_list_after_a_comma_is_no_name(text, want):
    assert [m for m, _ in _rows(text)] == [want]


def test_an_honorific_name_after_a_comma_is_the_speaker():
    rows = _rows("The mill will reopen, Mr. Vesk, head of the guild said.")
    assert rows == [("Mr. Vesk", "The mill will reopen")]
