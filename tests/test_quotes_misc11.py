"""Speaker names and types on wire-style copy, and clear errors for badly shaped
frames (issue 12, helper misc11, session 11), on sentences written for these tests
(fictional companies, people and events): a company in wire markup ("<Acme Widgets
Inc> said", "Acme Corp <ACME.N> said", "(Acme Inc) said" opening a paragraph,
"Acme Corp (NYSE: ACME) said") is the speaker; "the president of the <Org>" is a
person of that organisation (the one the article names in the role, else an
anonymous role), never the organisation; an all-capitals acronym opening an
organisation's name stays in it ("ZETA Monitoring Group"); organisations named with
title words ("Trade Ministry") are names "the ministry" and "it" resolve to; a frame
with a column written twice or without a column a function needs raises a
``ValueError`` that says so."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import extract_quotes
from analysis._frames import check_frame
from analysis.quotes.blocks import unwrap_tags


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


def rows(text: str) -> list:
    return quotes(text)[["speaker", "speaker_type"]].values.tolist()


# 1. wire-service company markup


def test_bracketed_company_opening_a_story_is_the_speaker():
    cases = [
        "<Plover Widgets Inc> said it expects higher earnings this year.",
        "(Plover Widgets Inc) said it expects higher earnings this year.",
        "Plover Widgets Inc <PLWI.O> said it expects higher earnings this year.",
        "Plover Widgets Inc <plwi> said it expects higher earnings this year.",
        "Plover Widgets Inc (NASDAQ: PLWI) said it expects higher earnings this year.",
        "Plover Widgets Inc (TSX:PLW) said it expects higher earnings this year.",
    ]
    for text in cases:
        q = quotes(text)
        assert q[["speaker", "speaker_type"]].values.tolist() == [
            ["Plover Widgets Inc", "organization"]
        ], text
        assert q["quote"].tolist() == ["it expects higher earnings this year"], text


def test_markup_inside_the_quote_is_kept_as_written():
    text = "<Tarn Mining Corp> said it agreed to buy <Quell Drilling Ltd> for 12 mln dlrs."
    q = quotes(text)
    assert q["speaker"].tolist() == ["Tarn Mining Corp"]
    assert q["quote"].tolist() == ["it agreed to buy <Quell Drilling Ltd> for 12 mln dlrs"]
    assert text[q["start"][0] : q["end"][0]] == q["quote"][0]


def test_later_it_said_is_the_bracketed_company():
    text = (
        "<Tarn Mining Corp> said it agreed to buy a mine in Vellmark.\n\n"
        "It said the purchase would be paid in cash."
    )
    assert quotes(text)["speaker"].tolist() == ["Tarn Mining Corp"] * 2


def test_unwrap_tags_keeps_offsets_and_leaves_other_brackets():
    for text in [
        "<Acme Inc> said so.",
        "Acme Corp <ACME.N> and Bolt Inc (NYSE: BLT) agreed.",
        "Ann Lee (D-Vell.) said x < y and y > z.",
        'He said "<yes>" twice.',
    ]:
        assert len(unwrap_tags(text)) == len(text)
    # a parenthesis inside a sentence, a comparison, a lone ticker with no name before
    assert unwrap_tags("Ann Lee (D-Vell.) said so.") == "Ann Lee (D-Vell.) said so."
    assert unwrap_tags("x < 3 and y > 4") == "x < 3 and y > 4"
    assert unwrap_tags("<ACME> said so.").split() == ["ACME", "said", "so."]
    assert "(Reuters)" in unwrap_tags("(Reuters) - Acme Inc said so.")


# 2. a person's role in an organisation


def test_role_of_an_organisation_is_a_person_not_the_organisation():
    for text in [
        "The president of the Dunmore Growers Union said the deal was unfair.",
        'The president of the Dunmore Growers Union said: "We will not sign this."',
        "The chairman of Kestrel Widgets Corp said profits would rise.",
        "A spokeswoman for the Vellmark Rail Authority said trains would run.",
    ]:
        (speaker, typ), *_ = rows(text)
        assert typ == "anonymous", text
        assert speaker.startswith(("the ", "a ")), text
        assert speaker[0].lower() == text[0].lower() and speaker[1:] in text, text


def test_role_of_an_organisation_is_the_person_named_in_that_role():
    text = (
        "Mara Quill, the president of the Dunmore Growers Union, met farmers on Monday.\n\n"
        "The president of the Dunmore Growers Union said the deal was unfair."
    )
    assert rows(text) == [["Mara Quill", "person"]]
    text = (
        "Dunmore Growers Union president Mara Quill met farmers on Monday.\n\n"
        "Later the president of the Dunmore Growers Union said the deal was unfair."
    )
    assert rows(text) == [["Mara Quill", "person"]]


def test_role_of_a_place_is_no_place_speaker():
    (speaker, typ), *_ = rows("The governor of Texas said the bridge would reopen.")
    assert (speaker, typ) == ("the governor of Texas", "anonymous")


# 3. an acronym opening an organisation's name


def test_acronym_opening_an_organisation_name_is_kept():
    text = (
        "A video was posted online, according to the ZETA Monitoring Group. "
        "It said the video was authentic."
    )
    assert quotes(text)["speaker"].tolist() == [
        "the ZETA Monitoring Group",
        "ZETA Monitoring Group",
    ]


# 4. organisations named with title words


def test_ministry_named_with_title_words_is_the_antecedent():
    text = (
        "Officials at the Finance Ministry met bankers. The Trade Ministry later issued "
        "a statement. The ministry said exports rose."
    )
    assert rows(text) == [["Trade Ministry", "organization"]]
    text = "The Commerce Ministry released new data. It said exports rose."
    assert rows(text) == [["Commerce Ministry", "organization"]]


def test_title_words_before_a_name_are_still_stripped():
    text = "Trade Minister Ivo Brandt said exports rose. Brandt said more would come."
    assert quotes(text)["speaker"].tolist() == ["Ivo Brandt", "Ivo Brandt"]


# 5. badly shaped frames


GOOD = pd.DataFrame(
    {
        "article_id": ["a", "b"],
        "text": ['Ann Lee said it was fine. "Good," she said.', "Bo Park said no."],
        "source": ["x", "y"],
    }
)
TWO_TEXT = pd.concat([GOOD[["article_id", "text"]], GOOD[["text"]]], axis=1)


@pytest.mark.parametrize(
    "call",
    [
        analysis.split_sentences,
        analysis.extract_quotes,
        analysis.term_counts,
        analysis.top_terms,
        lambda f: analysis.kwic(f, "said"),
        lambda f: analysis.score_sentiment(f),
    ],
)
def test_two_text_columns_give_a_clear_error(call):
    with pytest.raises(ValueError, match=r"has 2 columns named 'text'"):
        call(TWO_TEXT)


def test_missing_article_id_gives_a_clear_error():
    sents = analysis.score_sentiment(analysis.split_sentences(GOOD))
    no_id = sents.drop(columns=["article_id"])
    with pytest.raises(ValueError, match=r"article_tone: the sentences frame lacks .*article_id"):
        analysis.article_tone(no_id)
    with pytest.raises(ValueError, match=r"article_tone: the articles frame lacks .*article_id"):
        analysis.article_tone(sents, GOOD.drop(columns=["article_id"]))
    with pytest.raises(ValueError, match=r"extreme_sentences: .*lacks .*article_id"):
        analysis.extreme_sentences(no_id)
    with pytest.raises(ValueError, match=r"attach_text: the spans frame lacks .*article_id"):
        analysis.attach_text(no_id, GOOD)


def test_quote_frames_with_a_repeated_column_give_a_clear_error():
    q = extract_quotes(GOOD)
    twice = pd.concat([q, q[["speaker"]]], axis=1)
    for call in (analysis.resolve_speakers, analysis.speaker_counts, analysis.speaker_tone):
        with pytest.raises(ValueError, match=r"has 2 columns named 'speaker'"):
            call(twice)


def test_well_shaped_frames_still_pass():
    check_frame(GOOD, "f", "articles", ("article_id", "text"), ("text",))
    check_frame(None, "f", "articles", required=("text",))  # not a frame: no check
    # a repeated column no function reads is no error
    check_frame(pd.concat([GOOD, GOOD[["source"]]], axis=1), "f", "articles", ("text",))
    assert len(analysis.extract_quotes(GOOD)) > 0


# mistyped and cut speakers seen among the most quoted on wire copy


def test_name_after_a_titles_portfolio():
    cases = [
        (
            "Tariffs will fall, Vellmark's Minister of State for Trade, Jarek Oduya, said.",
            "Jarek Oduya",
        ),
        ("Tariffs will fall, Minister of State for Energy Jarek Oduya said.", "Jarek Oduya"),
        (
            "Secretary of State for Trade and Industry Paul Brandt said tariffs will fall.",
            "Paul Brandt",
        ),
    ]
    for text, name in cases:
        assert rows(text) == [[name, "person"]], text
    (speaker, typ), *_ = rows("Tariffs will fall, the Minister of State for Energy said.")
    assert typ == "anonymous" and speaker.endswith("for Energy")


def test_agency_named_with_a_place_is_an_organisation():
    assert rows("Exports rose 3 pct in May, Statistics Canada said.") == [
        ["Statistics Canada", "organization"]
    ]
    assert rows("Mary Texas said exports rose 3 pct in May.") == [["Mary Texas", "person"]]


def test_treasury_is_an_organisation():
    assert rows("The U.S. Treasury said it will sell 9 billion dlrs of bills.") == [
        ["the U.S. Treasury", "organization"]
    ]


def test_titled_person_with_the_organisation_around_the_name():
    for text in [
        "Sales will rise, analyst Ann Roe of Kell Read and Co said.",
        "Sales will rise, Kell Read and Co analyst Ann Roe said.",
        "Sales will rise, analyst Ann Roe of Texas said.",
    ]:
        assert rows(text) == [["Ann Roe", "person"]], text
    assert rows("Sales will rise, Ann Roe and Bob Lee said.") == [["Ann Roe and Bob Lee", "group"]]


def test_statement_labels_naming_an_organisation():
    intro = "Tariffs rose on Monday.\n\n"
    cases = [
        ("National Association of Widget Makers President Jay Timmons:", "Jay Timmons", "person"),
        ("Small Business & Enterprise Council President & CEO Karen Lyle:", "Karen Lyle", "person"),
        ("Airlines for America:", "Airlines for America", "organization"),
        ("Kell Iron and Steel Institute:", "Kell Iron and Steel Institute", "organization"),
    ]
    for label, speaker, typ in cases:
        text = intro + label + " “We strongly support the bill and its passage.”"
        assert rows(text) == [[speaker, typ]], label
    assert rows(intro + "View: Permitting Technology Action Plan") == []


def test_role_words_before_a_company_are_no_part_of_its_name():
    for text in [
        "The issue is priced at 101, lead manager Kell Securities International Ltd said.",
        "Lead manager Kell Securities International Ltd said the issue is priced at 101.",
    ]:
        assert rows(text) == [["Kell Securities International Ltd", "organization"]], text


def test_named_person_of_a_company_without_a_role():
    text = '"Rates will fall," William Brook of Brook and Santow Inc said.'
    assert rows(text) == [["William Brook", "person"]]


def test_office_labels_without_a_listed_given_name():
    intro = "Tariffs rose on Monday.\n\n"
    quote = " “I am so proud of our work.”"
    cases = [
        ("Secretary of Homeland Security Kristi Lund:", "Kristi Lund", "person"),
        ("Secretary of Homeland Security:", "Secretary of Homeland Security", "anonymous"),
        ("Department of Veterans Affairs:", "Department of Veterans Affairs", "organization"),
    ]
    for label, speaker, typ in cases:
        assert rows(intro + label + quote) == [[speaker, typ]], label


def test_extract_quotes_without_a_text_column_says_so():
    # a frame of articles that has no text is a mistake, never "no quotes"
    arts = pd.DataFrame({"article_id": ["a"], "body": ['"We won," Jo Lee said.']})
    with pytest.raises(ValueError, match=r"extract_quotes: .*lacks column\(s\) \['text'\]"):
        extract_quotes(arts)
    assert extract_quotes(pd.DataFrame({"article_id": []})).empty  # an empty frame is fine
