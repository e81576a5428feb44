"""Pronoun speaker rules of the pron30 branch, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._quote_rows import quote_rows, speaker_of


def test_then_theres_name_is_the_subject_for_the_next_he():
    # "Then there's Hobbs." introduces Hobbs as the topic; Brandt was the subject before
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        "of the plan.\n\nThen there’s Carl Hobbs.\n\n"
        '"This is a mess," he wrote last week.\n\n"Too late?" He tweeted on Friday.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"
    assert speaker_of(text, "Too late?") == "Carl Hobbs"


def test_then_there_is_name_still_the_subject():
    text = (
        "Tom Brandt spoke about the budget. Brandt himself has even made remarks in favour "
        'of the plan.\n\nThen there is Carl Hobbs.\n\n"This is a mess," he wrote last week.'
    )
    assert speaker_of(text, "This is a mess") == "Carl Hobbs"


def test_telling_then_quote_then_he_said_is_one_statement_of_the_subject():
    # "he said" after a quotation opened by ", telling <listener>," restates the teller
    text = (
        "Tom Brandt said the plan was sound.\n\n"
        "Carl Hobbs weighed in as well, telling a radio host on Monday, "
        '"They are both wrong," he said, adding, "Brandt is right about one thing."'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Carl Hobbs", "They are both wrong") in rows
    assert ("Carl Hobbs", "Brandt is right about one thing.") in rows
    assert all(s != "Tom Brandt" or q == "the plan was sound" for s, q in rows)


def test_a_non_speech_participle_before_a_quotation_keeps_the_lead():
    # "standing in the rain" is no speech verb: the trailing "she said" still gets it all
    text = 'Ann Vell spoke of the morning, standing in the rain, "It was cold," she said.'
    assert any(
        q.startswith("Ann Vell spoke of the morning")
        for _, q in quote_rows(text, "speaker", "quote")
    )


def test_content_opening_a_paragraph_with_a_name_that_refers_back_is_that_persons():
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\n'
        "Hobbs has introduced a rent bill in the House and would continue his push for it "
        "in the Senate, he said. The bill would cap rents."
    )
    assert (
        speaker_of(
            text,
            "Hobbs has introduced a rent bill in the House and would continue "
            "his push for it in the Senate",
        )
        == "Carl Hobbs"
    )


def test_content_naming_someone_without_referring_back_stays_with_the_last_speaker():
    # "Hobbs is a liar, he said": nothing says Hobbs speaks of himself
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\nHobbs is a liar, he said.'
    )
    assert speaker_of(text, "Hobbs is a liar") == "Tom Brandt"


def test_content_subject_of_the_other_gender_is_not_taken():
    text = (
        "Ann Vell is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it."\n\n'
        "Vell has filed a rent bill and pushed her plan hard, he said."
    )
    assert speaker_of(text, "Vell has filed a rent bill and pushed her plan hard") == "Tom Brandt"


def test_content_in_the_middle_of_a_paragraph_is_not_taken():
    text = (
        "Carl Hobbs is running for the Senate. Tom Brandt is too.\n\n"
        'Brandt said about the plan, "I support it." Hobbs has filed a rent bill and '
        "would continue his push for it, he said."
    )
    assert speaker_of(text, "Hobbs has filed a rent bill and would continue his push for it") == (
        "Tom Brandt"
    )


def test_which_some_have_argued_inside_the_content_keeps_the_pronoun_speaker():
    text = (
        "Carl Hobbs spoke on Monday.\n\n"
        "He said that the council's decision, which some have argued was meant to help his "
        'rival, was an "insult" to voters.'
    )
    rows = quote_rows(text, "speaker", "quote")
    assert all(s != "some" for s, _ in rows), rows
    assert any(s == "Carl Hobbs" and q.endswith("to voters") for s, q in rows), rows


# (text, start of the quote, a word of the expected speaker): two or three people, same
# and different gender, an organisation between them, a person quoted inside the content
_CASES = [
    (
        "Mara Quill, the mayor, met Tom Brandt on Monday. Brandt said the budget was short.\n\nHe added that taxes would rise next year.",
        "taxes would rise",
        "Brandt",
    ),
    (
        "Tom Brandt told reporters the plan was dead. He said the council had failed.",
        "the council had failed",
        "Brandt",
    ),
    (
        'Ann Vell spoke first. Then Tom Brandt took the stage.\n\n"We are ready," he said.',
        "We are ready",
        "Brandt",
    ),
    (
        'Ann Vell spoke first. Then Tom Brandt took the stage.\n\n"We are ready," she said.',
        "We are ready",
        "Vell",
    ),
    (
        'Tom Brandt said Carl Hobbs told him the deal was off. "It was a shock," he said.',
        "It was a shock",
        "Brandt",
    ),
    (
        "Tom Brandt arrived late. He said Carl Hobbs told him the deal was off.",
        "Carl Hobbs told him the deal was off",
        "Brandt",
    ),
    (
        "Tom Brandt, who chairs the board, said the vote would wait. His spokesman said the delay was routine.",
        "the delay was routine",
        "spokesman",
    ),
    (
        "Ann Vell runs the clinic. Her spokesman said the clinic would stay open. She said she was relieved.",
        "she was relieved",
        "Vell",
    ),
    (
        'The union said the strike would go on. Its leader, Ann Vell, was defiant. "We will not back down," she said.',
        "We will not back down",
        "Vell",
    ),
    (
        'Ann Vell criticised the Ministry of Health on Friday. The ministry has not responded. "It is a scandal," she said.',
        "It is a scandal",
        "Vell",
    ),
    (
        "Carl Hobbs has introduced a bill on rents in the House and will push it in the Senate, he said.",
        "Carl Hobbs has introduced a bill",
        "Hobbs",
    ),
    (
        "Ann Vell said the plan was sound.\n\nCarl Hobbs has introduced a bill on rents and will push for it in the Senate, he said.",
        "Carl Hobbs has introduced a bill on rents and will push for it in the Senate",
        "Hobbs",
    ),
    (
        "Ann Vell said the plan was sound.\n\nCarl Hobbs has introduced a bill on rents and will push for it, he said. The bill would cap rents.",
        "Carl Hobbs has introduced a bill on rents and will push for it",
        "Hobbs",
    ),
    (
        'Tom Brandt said the plan was sound.\n\nCarl Hobbs weighed in as well, telling a radio host on Monday, "They are both wrong," he said.',
        "They are both wrong",
        "Hobbs",
    ),
    (
        'Tom Brandt said the plan was sound.\n\nCarl Hobbs weighed in as well, telling a radio host on Monday, "They are both wrong."',
        "They are both wrong",
        "Hobbs",
    ),
    (
        "Tom Brandt spoke on Monday.\n\nThat is why Carl Hobbs is seeking a new vote. It is the only fair way, he says, to settle the matter.",
        "It is the only fair way",
        "Hobbs",
    ),
    (
        'Tom Brandt spoke about the budget.\n\nThen there is Carl Hobbs.\n\n"This is a mess," he wrote last week.\n\n"Too late?" he tweeted on Friday.',
        "Too late?",
        "Hobbs",
    ),
    (
        "Carl Hobbs said the vote was fair. He said the results, which some have questioned, were final.",
        "the results, which some have questioned, were final",
        "Hobbs",
    ),
    (
        'Ann Vell said she would run. Tom Brandt, her rival, said he would not.\n\n"I am done," she said.',
        "I am done",
        "Vell",
    ),
    (
        'Tom Brandt met Carl Hobbs at the ministry. Hobbs said little.\n\n"It went well," Brandt said. "We agreed on most things."\n\nHe added that a deal was close.',
        "a deal was close",
        "Brandt",
    ),
    (
        'Ann Vell and her husband, Tom Vell, opened the shop in 1990. "It was hard at first," she said.',
        "It was hard at first",
        "Ann Vell",
    ),
    (
        'Ann Vell and her husband, Tom Vell, opened the shop in 1990. "It was hard at first," he said.',
        "It was hard at first",
        "Tom Vell",
    ),
    (
        "The home of a 40-year-old Leeds man was searched after he had posted the video. Ann Vell, a police spokeswoman, confirmed the search.\n\n\"He said, 'I regret nothing,'\" she said.",
        "He said, 'I regret nothing,'",
        "Vell",
    ),
    ('Ann Vell told the BBC that Carl Hobbs had lied. "He knew," she said.', "He knew", "Vell"),
    (
        'Carl Hobbs said Ann Vell had called him. "She was upset," he said.',
        "She was upset",
        "Hobbs",
    ),
    (
        'The Finance Ministry said the figures were wrong. Carl Hobbs, the minister, said he would resign. "I take responsibility," he said.',
        "I take responsibility",
        "Hobbs",
    ),
    (
        'Ann Vell, a nurse, said the ward was full. Her colleague Tom Brandt agreed. "We are exhausted," he said.',
        "We are exhausted",
        "Brandt",
    ),
    (
        'Ann Vell, a nurse, said the ward was full. Her colleague Tom Brandt agreed. "We are exhausted," she said.',
        "We are exhausted",
        "Vell",
    ),
    (
        '"I will vote no," Carl Hobbs said. "You can quote me."\n\nAsked whether Ann Vell agreed, he said she did.',
        "she did",
        "Hobbs",
    ),
    (
        "Carl Hobbs said Acme Corp. had broken the law. The company denied it. He said he would sue.",
        "he would sue",
        "Hobbs",
    ),
    (
        "Ann Vell said the mill would close. Then Carl Hobbs, the owner, spoke. She said she was sorry for the workers.",
        "she was sorry for the workers",
        "Vell",
    ),
    ("I asked Carl Hobbs whether he would run. He said no.", "no", "Hobbs"),
    (
        "We spoke to Ann Vell on Tuesday. She said the water was unsafe.",
        "the water was unsafe",
        "Vell",
    ),
]


@pytest.mark.parametrize(("text", "start", "who"), _CASES)
def test_pronoun_speaker_in_written_mini_articles(text, start, who):
    rows = [(s, q) for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]
    assert rows and who in rows[0][0], quote_rows(text, "speaker", "quote")


def test_i_we_you_never_become_a_named_speaker():
    text = 'Carl Hobbs met me at the plant. "Is it over?" I asked. "Not yet," he said.'
    rows = quote_rows(text, "speaker", "quote")
    assert ("I", "Is it over?") in rows and ("Carl Hobbs", "Not yet") in rows
    text = (
        'Ann Vell spoke to reporters. "I think we will win," she said. We asked her about '
        'the budget. "We will cut it," she said.'
    )
    assert quote_rows(text, "speaker") == [("Ann Vell",), ("Ann Vell",)]


def test_interview_answers_stay_with_the_interviewee():
    text = "Q: Will you run again?\nA: I have not decided. We will see.\nQ: And your party?\nA: You never know."
    rows = quote_rows(text, "speaker", "quote")
    assert rows and all(s not in ("I", "We", "You") for s, _ in rows), rows
