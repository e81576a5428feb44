"""Press-briefing speakers (issue 13): titled turn labels, titled surnames and
"Secretary of <Department>" titles resolve to one person. Sentences are invented."""

import pandas as pd

import analysis
from analysis.quotes.names import parse_person_name
from analysis.speakers import _title_before
from analysis.transcripts import _titled_surnames


def test_secretary_of_department_is_a_title():
    assert parse_person_name("Secretary of Homeland Security Mayorkas")[1] == ("mayorkas",)
    assert parse_person_name("Secretary of State Ann Vale")[1] == ("ann", "vale")
    assert parse_person_name("Homeland Security Mayorkas")[1] == ("mayorkas",)
    assert parse_person_name("Secretary of Commerce Gina Raimondo")[1] == ("gina", "raimondo")
    # a two-word name after one descriptor word stays whole
    assert parse_person_name("State Senator Ann Vale")[1] == ("ann", "vale")


def test_titled_surnames_take_the_surname_not_the_first_name():
    text = (
        "President Tom Hale met Vice President Rae Lund. Later President Hale spoke, "
        "and former President Ray Cobb listened."
    )
    assert _titled_surnames("President", text) == {"Hale": 2}
    assert _titled_surnames("First Lady", "First Lady Ana Hale smiled.") == {"Hale": 1}


def test_the_president_label_is_the_president_the_document_names():
    t = (
        "Press Secretary Ann Lee and President Tom Hale spoke today.\n\n"
        "MS. LEE: Good afternoon.\n\nQ Thanks. When?\n\n"
        "THE PRESIDENT: Thank you all.\n\nQ Mr. President, when?\n\nTHE PRESIDENT: Soon.\n"
    )
    arts = pd.DataFrame({"article_id": ["a"], "text": [t]})
    q = analysis.extract_quotes(arts)
    turns = q[q["kind"] == "turn"]
    assert turns["speaker"].tolist() == ["Ann Lee", "reporter", "Tom Hale", "reporter", "Tom Hale"]


def test_title_before_a_name():
    assert _title_before("President Tom Hale", ("Tom", "Hale")) == "president"
    assert _title_before("President Hale", ("Tom", "Hale")) == "president"
    assert _title_before("THE PRESIDENT", ("Tom", "Hale")) == "president"
    assert _title_before("the President’s son Ed Hale", ("Ed", "Hale")) == "son"
    assert _title_before("the President", ("Ed", "Hale")) is None


def test_titled_surname_joins_the_one_full_name_with_that_title():
    q = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "speaker": ["Tom Hale", "Ann Hale", "Hale", "Hale"],
            "speaker_mention": ["President Tom Hale", "Ann Hale", "President Hale", "Hale"],
            "speaker_type": ["person"] * 4,
        }
    )
    names = analysis.resolve_speakers(q)["speaker_name"].tolist()
    # the titled surname joins the president; the bare one stays ambiguous
    assert names == ["Tom Hale", "Ann Hale", "Tom Hale", "Hale"]


def test_the_president_said_in_a_briefing_is_the_one_president_named():
    brief = (
        "Press Secretary Ann Lee and President Tom Hale spoke today.\n\n"
        "MS. LEE: Good afternoon. The President said that jobs come first.\n\n"
        "Q Thanks. When?\n\nMS. LEE: Soon.\n"
    )
    story = "President Tom Hale spoke. The President said that jobs come first."
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": [brief, story]})
    # the extractor left the bare title unresolved (as it does across paragraphs)
    q = pd.DataFrame(
        {
            "article_id": ["a", "b", "a"],
            "speaker": ["the President", "the President", "Tom Hale"],
            "speaker_mention": ["the President", "the President", "President Tom Hale"],
            "speaker_type": ["anonymous", "anonymous", "person"],
        }
    )
    r = analysis.resolve_speakers(q, arts)
    assert r["speaker_name"].tolist()[:2] == ["Tom Hale", "president"]  # b: not a briefing
    assert r["speaker_type"].tolist()[:2] == ["person", "anonymous"]


def test_surname_in_an_article_that_titles_it_joins_the_titled_person():
    q = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "speaker": ["Tom Hale", "Ann Hale", "Hale"],
            "speaker_mention": ["President Tom Hale", "Ann Hale", "Hale"],
            "speaker_type": ["person"] * 3,
        }
    )
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": ["x", "y", "President Hale visited. Hale said that jobs come first."],
        }
    )
    assert analysis.resolve_speakers(q, arts)["speaker_name"].tolist()[2] == "Tom Hale"
    arts.loc[2, "text"] = "Hale said that jobs come first."  # no office written: ambiguous
    assert analysis.resolve_speakers(q, arts)["speaker_name"].tolist()[2] == "Hale"
