"""Pronoun speakers (session 17, issue 12): a capitalised run that opens with a given
name but that the article writes as a place or a modifier ("near Dana Point
Elementary School", "the Dana Point families") is never "he" or "she". Every sentence
here is written for the test; names and events are fictional."""

from _quote_rows import quote_rows
from _quote_rows import speaker_of_start as speaker_of

from analysis.quotes.lexicon import lexicon
from analysis.quotes.mentions import _ArticleNames


def rows(text):
    return quote_rows(text, "speaker", "quote")


def test_place_named_like_a_person_is_no_antecedent():
    text = (
        "Sen. Tom Vale drove to the fire hall near Dana Point Elementary School that "
        "morning, where he met the Dana Point families.\n\n"
        "\u201cWe have to act,\u201d Vale said.\n\n"
        "In that sense, Dana Point was more than a tragedy for the senator. "
        "\u201cMy son is in first grade,\u201d he said."
    )
    assert speaker_of(text, "My son") == "Tom Vale"


def test_place_after_in_is_no_antecedent():
    text = (
        "\u201cThe town is grieving,\u201d said Mayor Ann Roe, who lives in Dana Point.\n\n"
        "Dana Point lost two firefighters last year. \u201cThey were my neighbours,\u201d "
        "she said."
    )
    assert speaker_of(text, "They were") == "Ann Roe"


def test_person_whose_name_is_also_a_modifier_stays_a_person():
    text = (
        "Dana Frisk won the mayoral race on Tuesday. The Dana Frisk campaign thanked "
        "its volunteers, and Frisk visited the docks.\n\n"
        "\u201cThis is a new start,\u201d she said."
    )
    assert speaker_of(text, "This is a new") == "Dana Frisk"


def test_titled_person_is_never_a_place():
    text = (
        "Mayor Dana Frisk spoke in Harlow. Later that day, the Dana Frisk fan club met "
        "in the hall.\n\n"
        "Dana Frisk thanked them. \u201cI owe you,\u201d she said."
    )
    assert speaker_of(text, "I owe you") == "Dana Frisk"


def test_surname_of_a_unisex_name_and_a_namesake_woman_has_no_sex():
    text = (
        "Sen. Dana Vale took office in January.\n\n"
        "In June, Vale spoke in tribute to a teacher, Anne Marie Vale, who died "
        "protecting her pupils. \u201cIf Anne Marie Vale could do that, you can,\u201d "
        "Vale said."
    )
    an = _ArticleNames(text, [(0, len(text))], lexicon(), None)
    assert an.gender_of.get("vale") is None  # not the woman's sex
    assert an.canonical(["Vale"], "m") == "Dana Vale"  # "he": the senator
    assert an.canonical(["Vale"], "f") == "Anne Marie Vale"


def test_title_noun_subject_is_the_one_person_so_titled():
    text = (
        "Admiral Ivo Marsh leads the fleet in the south. \u201cWe are ready,\u201d "
        "Admiral Marsh said on Monday.\n\n"
        "Gen. Tom Vale, the head of the joint staff, recently asked Admiral Marsh about "
        "the reef. \u201cWhat will we do?\u201d Vale said. Asked again later, the admiral "
        "chuckled.\n\n"
        "\u201cIt is good that my voice is low,\u201d he said."
    )
    assert speaker_of(text, "It is good") == "Ivo Marsh"


def test_title_noun_subject_with_two_people_so_titled_is_left():
    text = (
        "Admiral Ivo Marsh and Admiral Paul Keane met in Harlow.\n\n"
        "Gen. Tom Vale asked them about the reef. \u201cWhat will we do?\u201d Vale said. "
        "Asked again, the admiral chuckled.\n\n"
        "\u201cIt is good that my voice is low,\u201d he said."
    )
    assert speaker_of(text, "It is good") == "Tom Vale"
