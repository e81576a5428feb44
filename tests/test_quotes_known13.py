"""Known speaker errors (issue 12, helper known13, session 13), on sentences written for
these tests (fictional names and events): document sources reduced to their author,
"asked" with no content, parenthetical cues, honorific + surname among namesakes and
one-word companies."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_quotes


def quotes(text: str) -> pd.DataFrame:
    return extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a post from Ann Roe on Facebook, the pier will close.", "Ann Roe"),
        (
            "The pier will close, according to a statement from the Harbour Authority.",
            "the Harbour Authority",
        ),
        ("According to a report by Tom Vale, the pier is unsafe.", "Tom Vale"),
        ("According to a recent letter from Ann Roe, the pier is unsafe.", "Ann Roe"),
    ],
)
def test_according_to_a_document_from_x_is_x(text, speaker):
    q = quotes(text)
    assert list(q["speaker"]) == [speaker]


def test_pronoun_after_a_document_source_goes_to_its_author():
    q = quotes(
        "Lisa Park runs the ferry. According to a post from Ann Roe, the pier will close. "
        '"We had no choice," she wrote.'
    )
    assert list(q["speaker"]) == ["Ann Roe", "Ann Roe"]


def test_according_to_the_statement_stays_a_description():
    q = quotes("The pier will close, according to the statement.")
    assert list(q["speaker"]) == ["the statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The province never paved the road, even though the town had asked twice.",
        "Ann Roe, the mayor, had asked twice before the vote.",
        "The council did as the mayor had asked.",
        "The town has asked repeatedly since 2019, but nothing changed.",
    ],
)
def test_ask_without_question_or_request_is_no_quote(text):
    assert quotes(text).empty


def test_ask_without_content_before_another_cue_keeps_that_cue():
    q = quotes("It was the second time the town had asked, Ann Roe said.")
    assert list(q["speaker"]) == ["Ann Roe"]
    assert list(q["cue"]) == ["said"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Tom Vale asked twice whether the road was safe.", "whether the road was safe"),
        ("Lee Park asked the council to wait.", "to wait"),
        ('"Why?" Lee Park asked.', "Why?"),
    ],
)
def test_ask_with_question_or_request_stays(text, quote):
    q = quotes(text)
    assert len(q) == 1
    assert q["quote"].iloc[0].endswith(quote)


def rows(text: str) -> list[tuple[str, str]]:
    q = quotes(text)
    return list(zip(q["speaker"], q["quote"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "The pier will close, harbour master Ann Roe said Tuesday, and the ferry will stop.",
        "The pier will close, deputy harbour master Ann Roe said, and the ferry will stop.",
        "The pier will close, Ann Roe said on Friday morning, and the ferry will stop.",
        "The pier will close, the harbour master, Ann Roe, said, and the ferry will stop.",
    ],
)
def test_parenthetical_cue_keeps_the_row_before_it(text):
    assert rows(text) == [
        ("Ann Roe", "The pier will close"),
        ("Ann Roe", "and the ferry will stop"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pier will close, the city's mayor, Ann Roe, said.",
        "The pier will close, the harbour master, Ann Roe, said on Monday.",
    ],
)
def test_description_before_the_name_is_no_content(text):
    assert rows(text) == [("Ann Roe", "The pier will close")]


def test_plural_phrase_before_a_name_stays_content():
    q = quotes("Bound by old trade, the two towns, Ann Roe said, now have a chance to grow.")
    assert "the two towns" in " ".join(q["quote"])


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Department renewed its membership in the Coastal Accord, which protects "
        "fisheries, funds research, and affirms there is no right to dump waste at sea.",
        "The Harbour Department joined the Coastal Accord, which protects fisheries and "
        "affirms that fishing is a right.",
        "The Harbour Department signed the Coastal Accord, which affirms that fishing is a right.",
    ],
)
def test_a_document_that_affirms_is_its_own_source(text):
    # the Accord affirms, not the department that joined or signed it
    assert list(quotes(text)["speaker"]) == ["the Coastal Accord"]


def test_which_clause_closed_by_a_comma_leaves_and_said_to_the_subject():
    q = quotes(
        "Ann Roe published the report, which was released Monday, and said the pier is unsafe."
    )
    assert rows_of(q) == [("Ann Roe", "the pier is unsafe")]


def test_organisation_affirms_in_its_own_statement():
    q = quotes("The Harbour Department affirms that the pier is safe.")
    assert rows_of(q) == [("the Harbour Department", "the pier is safe")]


def rows_of(q: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(q["speaker"], q["quote"], strict=True))


FAMILY = (
    "The parents, Omar and Sara Haddad, spoke at the rally. Their son, Capt. Ali Haddad, "
    "died in 2004.\n\n"
    '"We lost our boy," Mr. Haddad said. Ms. Haddad said she could not speak.\n\n'
    "Ms. Haddad said she could not talk about her son, Ali Haddad, without crying.\n\n"
    '"She was too sad," Mr. Haddad said.'
)


def test_coordinated_given_names_share_the_surname():
    q = quotes(FAMILY)
    assert list(q["speaker"]) == ["Omar Haddad", "Sara Haddad", "Sara Haddad", "Omar Haddad"]


def test_honorific_never_takes_the_other_gender():
    q = quotes(FAMILY)
    assert set(q[q["speaker_mention"] == "Mr. Haddad"]["speaker"]) == {"Omar Haddad"}
    assert set(q[q["speaker_mention"] == "Ms. Haddad"]["speaker"]) == {"Sara Haddad"}


def test_honorific_goes_to_the_namesake_last_named_as_subject():
    text = (
        "Paul Varga built the mill in 1970. His nephew Mark Varga runs it now.\n\n"
        'Mark Varga took over in 2015. "It was time," Mr. Varga said.\n\n'
        'Paul Varga still visits every week. "I miss it," Mr. Varga said.'
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Mark Varga", "Paul Varga"]


def test_namesake_named_after_a_preposition_does_not_take_the_honorific():
    text = (
        "Ruth Varga ran the mill for 30 years. Ruth Varga said the mill will close.\n\n"
        "The board wrote to Ms. Varga about a visit by Lena Varga. Ms. Varga replied, "
        '"That is good news."'
    )
    q = quotes(text)
    assert list(q["speaker"])[-1] == "Ruth Varga"


def test_one_word_company_the_article_calls_the_company():
    q = quotes(
        'Zorvex cut 5,000 jobs on Monday. "We must be leaner," Zorvex said in a statement. '
        "The company also said profits fell."
    )
    assert list(q["speaker"]) == ["Zorvex", "Zorvex"]
    assert list(q["speaker_type"]) == ["organization", "organization"]


def test_one_word_company_with_a_legal_form_elsewhere():
    q = quotes("Zintor Corp. reported a loss. Zintor said sales were weak.")
    assert list(q["speaker_type"]) == ["organization"]


def test_one_word_person_stays_a_person():
    q = quotes(
        "Tom Dunmore ran the mill for 30 years. Dunmore said the company was sold. "
        "The company said it would keep the workers."
    )
    assert q["speaker_type"].iloc[0] == "person"


@pytest.mark.parametrize(
    "lead",
    [
        "Maricopa County (Ariz.) Sheriff Joe Varney",
        "Earlier, Pima County (Ariz.) Sheriff Joe Varney",
        "Earlier, Joe Varney",
    ],
)
def test_pronoun_after_a_paragraph_break_goes_to_the_subject_with_a_bracketed_state(lead):
    text = (
        '"We will win," Tom Vale said.\n\n'
        f"{lead}, one of the best-known figures in the debate, vouched for the plan.\n\n"
        'He said, "Tom Vale will build the wall."'
    )
    assert list(quotes(text)["speaker"]) == ["Tom Vale", "Joe Varney"]


def test_epithet_after_a_subject_named_since_the_last_quote_is_that_subject():
    text = (
        '"We need more buses," Ann Roe said.\n\n'
        "Tom Vale is taking questions in a hall in Dayton in front of 200 people.\n\n"
        "The billionaire businessman began by talking about the roads, saying that the "
        "bridges are now cheaper to build than to fix."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Ann Roe", "Tom Vale"]


def test_epithet_does_not_go_to_a_subject_holding_another_office():
    text = (
        '"We need more buses," Tom Vale said.\n\n'
        "Vale called upon Mayor Ann Roe to restart the tram. Roe closed the line in 2014.\n\n"
        '"The city needs it," the Republican candidate said in an interview.'
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Tom Vale", "Tom Vale"]


def test_one_word_company_with_a_chief_executive():
    q = quotes(
        "Lena Park, the chief executive of Zorvex, planned a dinner for the senator. "
        "Hours later, Zorvex said the event was canceled."
    )
    assert list(q["speaker"]) == ["Zorvex"]
    assert list(q["speaker_type"]) == ["organization"]


def test_plural_industry_word_ends_a_company_name():
    q = quotes(
        "Ann Roe spoke at the plant. Harbour Technologies vowed to keep the plant open.\n\n"
        '"I do not believe them," she said.'
    )
    assert list(q["speaker"]) == ["Harbour Technologies", "Ann Roe"]
    assert list(q["speaker_type"]) == ["organization", "person"]
