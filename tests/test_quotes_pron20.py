"""Description speakers (session 18, issue 12): a description that no title, apposition
or role rule resolves ("the premier", "the former secretary of state", "the nurse") is
the person last quoted or named as a clause subject in its paragraph or the one
before, when nobody else is named in between; never someone else's office ("the
deputy head of the delegation"), an unnamed person introduced with "a", the person who
asked the question, a possessor, or a person of the other gender. Every sentence here
is written for the test; names and events are fictional."""

from _quote_rows import quote_rows
from _quote_rows import speaker_of_start as speaker_of

from analysis.quotes.descriptions import _described_head


def rows(text):
    return quote_rows(text, "speaker", "quote")


def test_office_description_after_the_quoted_person():
    text = (
        "Ann Draper spoke at a rally in Brandon on Monday.\n\n"
        "\u201cWe have done both,\u201d Draper told supporters. \u201cWe will keep doing "
        "both.\u201d\n\n"
        "The premier said her government had cut wait lists by 18 per cent."
    )
    assert speaker_of(text, "her government had cut") == "Ann Draper"


def test_party_leader_may_be_the_premier():
    text = (
        "Conservative Leader Tom Vale promised to hire 400 nurses.\n\n"
        "\u201cWe will fix it,\u201d Vale told supporters at a Brandon curling rink.\n\n"
        "The premier said his government had a plan to reopen the clinic."
    )
    assert speaker_of(text, "his government had a plan") == "Tom Vale"


def test_former_office_after_a_clause_subject():
    text = (
        "Bill Vale campaigned in Ohio on Monday. \u201cSometimes I get the feeling that "
        "he is running against me,\u201d the former president said."
    )
    assert speaker_of(text, "Sometimes I get") == "Bill Vale"


def test_former_office_of_state_after_a_quote():
    text = (
        "\u201cI have confidence in them,\u201d Rita Vale told the network.\n\n"
        "The former secretary of state has long maintained that she followed the rules."
    )
    assert speaker_of(text, "she followed the rules") == "Rita Vale"


def test_job_noun_said_of_the_person_before():
    text = (
        "Rita Okonkwo has been a nurse at the site for six years. On Tuesday she stood "
        "outside.\n\n\u201cI can name them,\u201d the nurse said."
    )
    assert speaker_of(text, "I can name them") == "Rita Okonkwo"


def test_another_person_named_between_leaves_the_description():
    text = (
        "Bill Vale campaigned in Ohio, attacking Tom Lusk at every stop.\n\n"
        "\u201cHe is running against me,\u201d the former president said."
    )
    assert speaker_of(text, "He is running") == "the former president"


def test_namesake_between_is_another_person():
    text = (
        "Jeb Roe brought his brother, George Roe, to the rally on Monday.\n\n"
        "\u201cLabels are for soup cans,\u201d the former president told the crowd."
    )
    assert speaker_of(text, "Labels are") == "the former president"


def test_unnamed_person_introduced_with_a():
    text = (
        "As Ann Lusk spoke, a fashion designer watched from her home and rolled her "
        "eyes.\n\n"
        "\u201cIt is hard enough,\u201d said the designer, who works for another brand."
    )
    assert speaker_of(text, "It is hard enough") == "the designer"


def test_someone_elses_office():
    text = (
        "Defence Secretary Al Brant spoke at the forum in Singapore on Saturday.\n\n"
        "The deputy head of the Ruritanian delegation said the speech was full of "
        "threats."
    )
    assert speaker_of(text, "the speech was full") != "Al Brant"


def test_asker_is_not_the_one_who_answers():
    text = (
        "\u201cThat would be you?\u201d Gina Borr asked.\n\n"
        "\u201cThat would be me, yes,\u201d the senator said."
    )
    assert speaker_of(text, "That would be me") == "the senator"


def test_possessor_is_not_the_described_person():
    text = (
        "Mr. Trent's words may have hurt the former president.\n\n"
        "\u201cI became a wartime president,\u201d the former president said."
    )
    assert speaker_of(text, "I became a wartime") == "the former president"


def test_kin_noun_of_the_other_gender():
    text = (
        "Mateo Kowal scored twice on Saturday.\n\n"
        "His mother, Agnes, told a team reporter that she had screamed.\n\n"
        "\u201cI owe the guys dinner,\u201d the rookie defenceman said."
    )
    assert speaker_of(text, "I owe the guys") != "Agnes"


def test_described_head():
    assert _described_head("the former secretary of state") == "secretary"
    assert _described_head("The 79-year-old") == "79-year-old"
    assert _described_head("the budget chair") == "chair"
    assert _described_head("the company") is None
    assert _described_head("The White House") is None


def test_role_said_of_the_person_in_apposition():
    text = (
        "Coun. Bo Okafor, chair of the budget committee, said staff had found savings.\n\n"
        "\u201cWe went line by line,\u201d the budget chair says."
    )
    assert speaker_of(text, "We went line by line") == "Bo Okafor"


def test_job_noun_never_said_of_the_person_stays():
    text = (
        "\u201cWe will appeal,\u201d Ann Lusk told reporters on Monday.\n\n"
        "The lawyer said the ruling ignored the evidence."
    )
    assert speaker_of(text, "the ruling ignored") == "the lawyer"


def test_same_sentence_is_two_people():
    text = "As Nell Prat testified on Friday, the premier told reporters the bridge would open."
    assert speaker_of(text, "the bridge would open") != "Nell Prat"


def test_pronoun_tagged_quote_then_description_in_one_paragraph():
    text = (
        "Hal Norr held a rally on Monday. \u201cWe need change,\u201d he said. "
        "\u201cWe will vote this week,\u201d the premier said."
    )
    assert speaker_of(text, "We will vote") == "the premier"
