"""Speaker names left by spk26 and written46 (spk27): a description the narration
earned by a deed ("Gail Proulx retired ... the retiree said", "Ben Sawatzky's farm ...
the farmer said"), a couple named together ("Walt and Deborah McKinnon ... the couple
said"), gender kept per person when two people share a surname, a province body with a
two-word place ("Nova Scotia Environment ... the department said"), "the Banff ranger
Ann Roe" (the name), and a lone surname typed as no person merged into its article's full
name by resolve_speakers. Sentences written for the tests."""

import pandas as pd
import pytest

from analysis.speakers import resolve_speakers
from tests._quote_rows import quote_rows


def rows(text):
    return quote_rows(text, "speaker", "speaker_type")


# 1. "the retiree" / "the veteran" / "the student" after the narration's deed
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Gail Proulx retired from teaching in 2019. Now she volunteers at the food bank."
            '\n\n"I have more time than money," the retiree said.',
            "Gail Proulx",
        ),
        (
            "Frank Osei served two tours with the navy. He now runs a hardware store in "
            'Pictou.\n\n"I never thought I\'d see this," the veteran said.',
            "Frank Osei",
        ),
        (
            "Tom Vale is studying engineering at Dalhousie. He has slept in his car since "
            'August.\n\n"I shower at the gym," the student said.',
            "Tom Vale",
        ),
        (
            "Mayor Jo Vale said the shelter would stay open.\n\nGail Proulx retired from "
            'nursing last spring. She spent the night in the gym.\n\n"Nobody told us '
            'anything," the retiree said.',
            "Gail Proulx",
        ),
    ],
)
def test_description_earned_by_a_deed_is_the_person_named(text, who):
    assert rows(text)[-1] == (who, "person")


def test_apposition_introductions_already_worked():
    text = (
        "Ann Roe, a retired nurse who lives in Truro, spent the night in the shelter."
        '\n\n"Nobody told us anything," the retiree said.'
    )
    assert rows(text) == [("Ann Roe", "person")]
    text = 'Tom Vale, a second-year student, waited three hours.\n\n"It was freezing," the student said.'
    assert rows(text) == [("Tom Vale", "person")]


def test_an_unnamed_one_or_someone_named_since_keeps_the_description():
    text = (
        "Mayor Jo Vale said the shelter would stay open. A retiree from Truro spent the "
        'night there.\n\n"Nobody told us anything," the retiree said.'
    )
    assert rows(text)[-1] == ("the retiree", "anonymous")
    text = (
        "Gail Proulx retired from nursing last spring. Her neighbour, Tom Vale, drove her to "
        'the gym.\n\n"Nobody told us anything," the retiree said.'
    )
    assert rows(text)[-1][0] != "Tom Vale"
    text = (
        "Ann Roe said the crop was fine. Ben Sawatzky's farm lost half its wheat to the "
        'hail.\n\n"It was bad," the veteran said.'
    )
    assert rows(text)[-1] == ("the veteran", "anonymous")


# 2. "the farmer" of a person named only by a possessive
@pytest.mark.parametrize(
    "text",
    [
        "Ben Sawatzky's farm lost half its wheat to the hail.\n\n"
        '"I have never seen stones that big," the farmer said.',
        "The hail hit Ben Sawatzky's farm at about 4 p.m.\n\n"
        '"Ten minutes and it was over," said the farmer.',
        'Ben Sawatzky has farmed near Altona for 30 years.\n\n"It was bad," the farmer said.',
    ],
)
def test_the_farmer_of_a_possessive_name(text):
    assert rows(text)[-1] == ("Ben Sawatzky", "person")


# 3. "the couple" named together; gender per person when a surname is shared
def test_the_couple_named_together_before_anyone_is_quoted():
    text = (
        "Walt and Deborah McKinnon have run the campground for thirty years.\n\n"
        '"We are not ready to sell," the couple said.'
    )
    assert rows(text) == [("Walt and Deborah McKinnon", "group")]
    text = (
        "Ravi and Anita Sharma opened the shop in 2004. Their son now runs the till.\n\n"
        '"We built this from nothing," the couple said.'
    )
    assert rows(text) == [("Ravi and Anita Sharma", "group")]


def test_the_couple_with_a_third_namesake_names_nobody():
    text = "Ann and Tom Roe bought the farm from Carl Roe in 1990.\n\nThe couple said they would sell it."
    assert rows(text)[-1][0].lower() == "the couple"


def test_she_goes_to_the_wife_not_the_husband_of_one_surname():
    text = (
        "Walt and Deborah McKinnon rent rooms to students.\n\n"
        "Deborah McKinnon said they got 70 messages in two days.\n\n"
        "Her husband, a retired millwright, said the city wanted a new sewer line.\n\n"
        '"It would cost $19,000," he said.\n\n'
        '"Nobody can pay that," she said.'
    )
    assert [s for s, _ in rows(text)] == [
        "Deborah McKinnon",
        "Walt McKinnon",
        "Walt McKinnon",
        "Deborah McKinnon",
    ]
    text = (
        "Across town, Walt and Deborah McKinnon rent rooms to students.\n\n"
        "Deborah McKinnon said they got 70 messages in two days.\n\n"
        'Her husband said the city wanted a new sewer line. "It adds up," he said.\n\n'
        'Gregory Tessier, the dean, said the university was building. "We need beds," he said.'
        '\n\n"It gets to minus 20 here," she said.'
    )
    assert rows(text)[-1] == ("Deborah McKinnon", "person")


def test_he_and_she_in_a_couple_already_worked():
    text = (
        "Walt and Deborah McKinnon have run the campground for thirty years.\n\n"
        '"We are not ready to sell," she said.\n\n"It has been a good life," he said.'
    )
    assert [s for s, _ in rows(text)] == ["Deborah McKinnon", "Walt McKinnon"]


# 4. a province body without the word Department
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Nova Scotia Environment ordered the company to stop work on Tuesday.\n\n"
            '"The order remains in effect," the department said.',
            "Nova Scotia Environment",
        ),
        (
            "New Brunswick Environment fined the mill $40,000 last week. The department said "
            "the mill had ignored two warnings.",
            "New Brunswick Environment",
        ),
        (
            "Alberta Environment issued a boil-water advisory. The department said the water "
            "was unsafe.",
            "Alberta Environment",
        ),
        (
            "Alberta Health Services issued a warning about the smoke.\n\n"
            '"Stay indoors if you can," the agency said.',
            "Alberta Health Services",
        ),
    ],
)
def test_province_body_for_the_department(text, body):
    assert rows(text)[-1] == (body, "organization")


def test_a_minister_is_no_department():
    text = (
        "Alberta Energy Minister Brian Jean announced the plan. The department said the "
        "rules take effect in May."
    )
    assert rows(text)[-1][0] != "Alberta Energy Minister"


# 5. a job noun before a full name: the name
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The bears are active," the Banff ranger Ann Roe said.', "Ann Roe"),
        ('"Rents will rise," the Halifax realtor Dana Kerr said.', "Dana Kerr"),
        ('"We will appeal," the Acme Foods plant manager Ravi Shah said.', "Ravi Shah"),
        ('"We are behind," said the Jasper park warden Tom Vale.', "Tom Vale"),
        ('"It was close," said the Banff ranger Ann Roe, who found the hiker.', "Ann Roe"),
    ],
)
def test_job_before_a_full_name_is_the_name(text, who):
    assert rows(text) == [(who, "person")]


def test_job_without_a_name_stays_the_description():
    assert rows('"The bears are active," said the Banff ranger. Ann Roe agreed.')[0] == (
        "the Banff ranger",
        "anonymous",
    )


# 6. resolve_speakers: a lone surname typed as no person, in the article of its full name
def _resolved(speakers, types, arts=None):
    q = pd.DataFrame(
        {"article_id": arts or ["a"] * len(speakers), "speaker": speakers, "speaker_type": types}
    )
    r = resolve_speakers(q)
    return list(zip(r["speaker_type"], r["speaker_id"], r["speaker_name"], strict=True))


def test_lone_surname_typed_organisation_joins_the_full_name():
    got = _resolved(["Okafor", "Ngozi Okafor"], ["organization", "person"])
    assert got == [("person", "ngozi-okafor", "Ngozi Okafor")] * 2
    got = _resolved(
        ["Trump", "Donald Trump", "Trump"],
        ["organization", "person", "organization"],
        ["a", "a", "b"],
    )
    assert got[0][1] == got[1][1] == "donald-trump"


def test_lone_surname_with_two_full_names_stays_apart():
    got = _resolved(["Trump", "Donald Trump", "Ivanka Trump"], ["organization", "person", "person"])
    assert got[0][1] not in ("donald-trump", "ivanka-trump")


def test_lone_surname_typed_person_already_merged():
    got = _resolved(["Trump", "Donald Trump"], ["person", "person"])
    assert got[0][1] == got[1][1] == "donald-trump"
