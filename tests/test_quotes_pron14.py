"""Pronoun speakers the extractor got wrong (session 14, issue 12), read in a random
sample of PolNeAR train pronoun attributions: "Nancy" is a woman's given name (the
resource said "m", so "she" skipped Nancy Roe for another woman); "it" after a
document that opens an earlier sentence ("The email ... was sent by ... . Two people
died. '...,' it reads.", "The post showed ... . It says: ...") is the document, not an
organisation named elsewhere; "they" after two people named together as a subject is
the two, and a group subject may be "Senate Democrats" or "People briefed on ...";
"he" right after a statement by a lone description ("A spokesman for the county said
...") is that description unless a person was named as a subject since. Every
sentence here is written for the test; names and events are fictional."""

import pandas as pd

import analysis


def rows(text):
    q = analysis.extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}))
    return [(r.speaker, r.quote) for r in q.itertuples()]


def speakers(text):
    return [s for s, _ in rows(text)]


def test_nancy_is_a_womans_name():
    text = (
        "Mayor Grace Olin opened the fair on Sunday.\n\n"
        "One volunteer, county clerk Nancy Brevik, said the fair had drawn record crowds "
        "and thanked Olin for her support.\n\n"
        "\u201cWe really need more parking next year,\u201d she said."
    )
    assert speakers(text)[-1] == "Nancy Brevik"


def test_it_after_a_document_subject_two_sentences_back():
    text = (
        "Director Paul Venn said the State Department had been warned.\n\n"
        "The email, released by the Harbor Institute, was sent at 9 p.m. by aide Ivo "
        "Marsh. Two guards were hurt that night.\n\n"
        "\u201cWe have identified the teams that could move to the port,\u201d it reads.\n\n"
        "\u201cPlease advise how you wish to proceed,\u201d it said."
    )
    assert speakers(text)[-2:] == ["the email", "the email"]


def test_it_after_the_post_is_the_post():
    text = (
        "Former pitcher Dale Ormond was let go by Sportsline on Monday after sharing a "
        "Facebook post.\n\n"
        "The post showed a cartoon of a senator in a clown wig. It says: \u201cVOTE HIM "
        "OUT or pay more taxes for the rest of your life, every single year.\u201d"
    )
    assert speakers(text)[-1] == "the post"


def test_it_after_a_named_company_stays_the_company():
    text = (
        "The report on the merger came out on Monday. Harlow Mills Inc. rejected it.\n\n"
        "\u201cThe numbers are simply wrong and misleading,\u201d it said."
    )
    assert speakers(text)[-1] != "the report"


def test_they_after_two_people_named_together():
    text = (
        "In their new book \u201cCheap Money\u201d (Lakeside Press), Ida Brandt and Felix "
        "Oakes of Northfield College argue that the crisis was made at home.\n\n"
        "The central bank might have raised rates much sooner, they argue, perhaps by "
        "warning lenders in public."
    )
    assert speakers(text)[-1] == "Ida Brandt and Felix Oakes"


def test_they_after_a_group_with_a_capitalised_modifier():
    text = (
        "Senate Republicans blocked the harbor bill on Tuesday because they said the "
        "language was unfair to small ports."
    )
    assert speakers(text) == ["Senate Republicans"]


def test_they_after_people_briefed():
    text = (
        "Mayor Ivo Garnet moved his chief of staff on Friday.\n\n"
        "People briefed on the move were adamant that the council would object. And they "
        "insisted that no other staff would leave."
    )
    assert speakers(text)[-1] == "people"


def test_they_keeps_the_group_quoted_before():
    text = (
        "Mr. Garnet's aides said the debate had gone badly for him.\n\n"
        "Mr. Garnet's aides privately conceded that it was a hard night. But with the "
        "holiday coming, they argued, few voters would notice."
    )
    assert speakers(text)[-1] == "Mr. Garnet's aides"


def test_he_after_an_unnamed_spokesman_is_the_spokesman():
    text = (
        "Governor Tom Vale toured the flooded towns on Monday. A spokesman for the county "
        "said the roads would stay closed. \u201cWe are working around the clock,\u201d he "
        "said."
    )
    assert speakers(text) == ["a spokesman for the county"] * 2


def test_he_after_one_delegate_is_the_delegate():
    text = (
        "Many farmers are already leaving the party, thanks to Governor Tom Vale. One Ohio "
        "delegate said he tried to give away passes to the convention. He was unable to "
        "find a single taker, he said. \u201cNot even one,\u201d he said."
    )
    # bug76: "one <person noun>" is typed anonymous, so its sentence-opening "One" is
    # lower-cased as "A spokesman" is ("a spokesman for the county" above)
    assert speakers(text) == ["one Ohio delegate"] * 3


def test_he_after_a_named_subject_since_the_description():
    text = (
        "A spokesman for the county said the roads would stay closed. Tom Vale disagreed "
        "on Tuesday. \u201cThe roads are fine,\u201d he said."
    )
    assert speakers(text)[-1] == "Tom Vale"


def test_he_after_a_question_is_not_the_asker():
    text = (
        "Senator Ivo Marsh visited a school on Friday. A student asked Marsh how he felt "
        "about the vote. \u201cThe bigger the turnout, the better,\u201d he replied."
    )
    assert speakers(text)[-1] == "Ivo Marsh"


def test_she_after_a_spokesman_is_not_the_spokesman():
    text = (
        "Mayor Ann Kell spoke on Monday. A spokesman for the county said the roads were "
        "closed. \u201cWe will reopen them soon,\u201d she said."
    )
    assert speakers(text)[-1] == "Ann Kell"


def test_he_skips_a_plural_group_with_an_adjective():
    text = (
        "Senator Ivo Marsh has won over new voters in the valley. The main reason? Young "
        "Latinos, who have registered in large numbers, seem to like him. Latinos now make "
        "up a third of the county.\n\n"
        "In his speeches, he said that the farms needed more workers."
    )
    assert speakers(text)[-1] == "Ivo Marsh"


def test_he_after_an_honorific_subject_behind_a_comma():
    text = (
        "\u201cHe was the best speaker of his time,\u201d said Ivo Marsh, a former aide.\n\n"
        "He could still charm a crowd, but so far, Mr. Garnet does not seem to enjoy the "
        "race. He has shrugged off recent attacks.\n\n"
        "Allies say that he sees no need to fight. And he wants to avoid giving his rivals "
        "any help, he said."
    )
    assert speakers(text)[-1] == "Garnet"


def test_she_after_a_name_in_apposition_to_an_opening_description():
    text = (
        "Mayor Ann Kell opened the county fair on Sunday.\n\n"
        "At the barn in Millbrook, Senator Tom Vale drew a small crowd. One local woman, "
        "Nora Lindqvist, pulled Vale aside after the event.\n\n"
        "\u201cI am so glad you came to our town,\u201d she told him."
    )
    assert speakers(text)[-1] == "Nora Lindqvist"


def test_they_chain_keeps_the_pair():
    text = (
        "In their new book, Ida Brandt and Felix Oakes of Northfield College argue that "
        "the crisis was made at home.\n\n"
        "The central bank might have raised rates much sooner, they argue, perhaps by "
        "warning lenders in public. It might also have backed the factories of the "
        "future, as governments had done so many times before, moving workers from old "
        "mills to new plants and from small shops to large and busy assembly lines. "
        "What the capital did, instead, was tie the nation's future to housing and to "
        "banking. But the banks, instead of spreading wealth, delivered the worst slump "
        "the country had seen in eighty years, and the towns that had trusted them paid "
        "the highest price of all for it.\n\n"
        "Even at best, they write, the new banking produced very little of any value."
    )
    assert speakers(text)[-1] == "Ida Brandt and Felix Oakes"


def test_she_continues_a_spokeswoman_across_paragraphs():
    text = (
        "Harlow Mills Inc. offered 27 dollars a share for Bexley Foods Corp.\n\n"
        "\u201cWe have no intention of raising the offer,\u201d a company spokeswoman said.\n\n"
        "She said the board had backed the deal.\n\n"
        "Further, she noted that the price was well above the market."
    )
    assert speakers(text)[-2:] == ["a company spokeswoman"] * 2


def test_he_after_the_company_spokesman_is_the_spokesman():
    text = (
        "Harlow Mills Inc. will sell its paper unit, the company said.\n\n"
        "The Harlow spokesman said the sale would close in June. \u201cWe expect no delay "
        "from the regulators in Ottawa,\u201d he said."
    )
    assert speakers(text)[-1] == "the Harlow spokesman"


def test_he_after_the_senator_is_the_named_senator():
    text = (
        "Senator Ivo Marsh ended his campaign on Tuesday.\n\n"
        "The Ohio senator thanked his supporters in a short speech. He said that he "
        "would return to the Senate."
    )
    assert speakers(text)[-1] == "Ivo Marsh"
