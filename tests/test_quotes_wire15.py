"""Speaker names on wire copy (session 15): names built from the text with wire
markup unwrapped (a ticker tag between an organisation and a titled person, a
company's name in angle brackets after a role word), "An" as a given name after a
title, a lower-case role phrase "<role> of <noun>" before a name, and a service
noun as a title ("Marine", "Army Sgt."). Every sentence here is invented."""

import pandas as pd
import pytest

from analysis import extract_quotes, resolve_speakers
from analysis.quotes.blocks import unwrap_tags


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"article_id": ["0"], "text": [text]}))
    for r in q.itertuples():  # the mention is still the text's own span
        assert text[r.speaker_start : r.speaker_end] == r.speaker_mention
    return list(zip(q["speaker"], q["speaker_type"], strict=True))


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Bank of Zamora <BZA.M> Chairman Tarin Veld said the bank expects higher profits.",
            ("Tarin Veld", "person"),
        ),
        (
            "Kell Widgets Corp <KWC> Chief Executive Ann Lowry said sales would rise.",
            ("Ann Lowry", "person"),
        ),
        (
            "Lead manager <Varo Asia Ltd> said the issue was priced.",
            ("Varo Asia Ltd", "organization"),
        ),
        ("The <Zamora Stock Exchange> said trading would resume.", None),
        ("Dorn Mining AB <DORN ST> said output rose.", ("Dorn Mining AB", "organization")),
    ],
)
def test_names_are_built_from_the_unwrapped_text(text, want):
    got = _speakers(text)
    assert len(got) == 1 and "<" not in got[0][0] and ">" not in got[0][0]
    if want is not None:
        assert got[0] == want
    else:
        assert got[0][0].endswith("Zamora Stock Exchange")


def test_a_ticker_with_an_exchange_suffix_is_blanked_whole():
    for t in ("Dorn Mining AB <DORN ST> said so.", "Vell Graphics Corp <VGCA> <VGCB> said so."):
        p = unwrap_tags(t)
        assert len(p) == len(t) and "ST" not in p.split() and "VGCB" not in p
    assert unwrap_tags("<Acme Widgets Inc> said so.").split()[:3] == ["Acme", "Widgets", "Inc"]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman An Tavo said the company would cut jobs.",
        "Kell Laboratories Chairman An Tavo said the company would cut jobs.",
        '"We will cut jobs," said Chairman An Tavo.',
        "Chairman An Tavo spoke on Monday. Tavo said the company would cut jobs.",
    ],
)
def test_an_after_a_title_is_a_given_name(text):
    assert _speakers(text)[-1] == ("An Tavo", "person")


def test_an_opening_a_description_stays_an_article():
    assert _speakers("An Ohio farmer said the rain came late.")[0][0].lower() == "an ohio farmer"


@pytest.mark.parametrize(
    "text",
    [
        "The new kettle is selling well, said director of sales Ann Roe of Brindle.",
        "The new kettle is selling well, said vice president of marketing Ann Roe.",
        '"It sells," said head of research Ann Roe at Brindle Corp.',
        "The new kettle is selling well, said Brindle director of sales Ann Roe.",
    ],
)
def test_a_lower_case_role_of_a_field_before_a_name_is_a_title(text):
    assert _speakers(text) == [("Ann Roe", "person")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Marine Tom Harlow said the team held the building for hours.", "Tom Harlow"),
        ('"We held on," said Marine Tom Harlow.', "Tom Harlow"),
        ("Former Marine Tom Harlow said the unit was ready.", "Tom Harlow"),
        ("Army Sgt. Tom Harlow said the unit was ready.", "Tom Harlow"),
        ('"We held on," said Navy SEAL Tom Harlow.', "Tom Harlow"),
        ("Airman Ann Kell said the base was quiet.", "Ann Kell"),
        ("Private Ann Kell said the camp was quiet.", "Ann Kell"),
    ],
)
def test_a_service_noun_before_a_name_is_a_title(text, want):
    assert _speakers(text) == [(want, "person")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Marine Vallon said the vote was rigged.", "Marine Vallon"),
        ('"The vote was rigged," said Marine Le Vallon.', "Marine Le Vallon"),
        ("Dean Harlow said the vote was close.", "Dean Harlow"),
        ("Dean Ann Kell said the school would reopen.", "Ann Kell"),
    ],
)
def test_a_title_word_that_is_a_given_name_is_a_title_only_before_a_given_name(text, want):
    assert _speakers(text)[0][0] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Vell Bank A/S said it was issuing notes.", "Vell Bank A/S"),
        ("K/P said the rating outlook was stable.", "K/P"),
        ("BT&Q says it could see savings.", "BT&Q"),
        ("Analysts at Q&R Global said the outlook was stable.", "Q&R Global"),
    ],
)
def test_initials_joined_by_ampersand_or_slash_stay_one_name(text, want):
    assert [s for s, _ in _speakers(text)] == [want]
    arts = pd.DataFrame({"article_id": ["0"], "text": [text]})
    q = resolve_speakers(extract_quotes(arts), arts)
    assert q["speaker_type"].tolist() == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Tomas Verro said the talks would resume.",
        '"We will resume," said Vice-President Tomas Verro.',
        "Under-secretary Tomas Verro said the talks would resume. He said more was needed.",
    ],
)
def test_a_hyphenated_title_is_no_part_of_the_name(text):
    assert {s for s, _ in _speakers(text)} == {"Tomas Verro"}


@pytest.mark.parametrize(
    "text, want",
    [
        ("The Daily Vell’s Tom Harlow: “Prices are falling fast.”", "Tom Harlow"),
        ("“Prices are falling fast,” said the Daily Vell’s Tom Harlow.", "Tom Harlow"),
        ("VNB's Ann Kell said prices are falling fast.", "Ann Kell"),
        ("Kestrel Radio’s Tom Lee Harlow said prices are falling fast.", "Tom Lee Harlow"),
    ],
)
def test_an_owner_before_a_given_name_and_surname_is_no_part_of_the_name(text, want):
    assert _speakers(text) == [(want, "person")]


def test_a_possessive_inside_an_organisations_name_stays():
    got = _speakers("Vell Children's Medical Center said prices are falling.")
    assert got == [("Vell Children's Medical Center", "organization")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The bond pays 7 pct, lead manager Credit Vell said.", "Credit Vell"),
        ("The bond pays 7 pct, sole manager Vell Brothers Inc said.", "Vell Brothers Inc"),
        ("Terms were set, co-lead manager Banque Kell said.", "Banque Kell"),
    ],
)
def test_a_bank_named_by_its_role_in_an_issue_is_an_organisation(text, want):
    arts = pd.DataFrame({"article_id": ["0"], "text": [text]})
    q = resolve_speakers(extract_quotes(arts), arts)
    assert list(zip(q["speaker"], q["speaker_type"], strict=True)) == [(want, "organization")]


def test_a_manager_with_a_name_is_still_a_person():
    assert _speakers("Sales rose, general manager Ann Vell said.") == [("Ann Vell", "person")]
