"""written46's rules (session 26), each checked on sentences written for this file.

* A bare description no other rule names ("the retired welder", "the instructor", "the
  translator", "the growers' leader") re-mentions the person quoted in the statement
  just before it (same paragraph or the one before, nobody named between) when the
  story introduced that person with that noun after "a"/"an"/a possessive ("His wife,
  a retired welder, said"; "is a ski instructor who"; "its owner"), with a verb of its stem
  ("has translated"), or with a synonym (leader: chief, president, chair). Not for a
  noun the story uses of someone unnamed nearby ("a senior aide said ... the senior
  aide said"), not after a question ("Roe asked why ... The engineer replied"), not for
  a capitalised modifier ("the Lee aide").
* "the union president": the person the text calls "president of the ... Union" (the
  modifier capitalised in the body's name), not a "vice-president".
* A lede's description that no rule names ("the head of the tenants' association
  says", "the woman who runs them says", "its operator announced") is the first person
  the story names after it, within two paragraphs, when that person speaks the next
  named statement and the naming sentence echoes the description ("Tenants'
  Association"; "who has operated"; a leader's word for "who runs": "Museum Director");
  not with another role in apposition, a "Deputy"/"Vice" title, or two people named in
  that sentence.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speaker_of(text, start):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q.startswith(start)]


def test_description_echoes_kin_apposition():
    text = (
        "Mona and Pete Sorensen have farmed the Birch Hills since 1990.\n\n"
        "Mona Sorensen said the frost came three weeks early.\n\n"
        "Her husband, a retired welder, said the well had gone dry twice.\n\n"
        "The pump alone cost $9,000, the retired welder said.\n"
    )
    assert _speaker_of(text, "The pump alone") == ["Pete Sorensen"]


def test_description_echoes_predicate_introduction():
    text = (
        "Among the staff laid off is a ski instructor who has worked at the hill since 2010. "
        "Corinne Abara, 39, also coaches swimming.\n\n"
        '"We saw this coming for two summers," Abara said.\n\n'
        "Most instructors had found other jobs, the instructor said.\n"
    )
    assert _speaker_of(text, "Most instructors") == ["Corinne Abara"]


def test_description_echoes_verb_of_its_stem():
    text = (
        "One of them has translated Arabic at the clinic for 12 years. Most days she "
        "drives between two towns, said Laila Haddad-Korver.\n\n"
        '"Nobody pays for the highway," the translator said.\n'
    )
    assert _speaker_of(text, "Nobody pays") == ["Laila Haddad-Korver"]


def test_leader_echoes_chief_executive():
    text = (
        "The co-operative's chief executive, Brent Olafson, told reporters that prices had "
        "doubled.\n\n"
        '"We will not raise them again this year," the growers\' leader said.\n'
    )
    assert _speaker_of(text, "We will not") == ["Brent Olafson"]


def test_description_of_unnamed_nearby_is_not_the_last_quoted():
    text = (
        'Sen. Dana Whitfield said the bill was dead. "It has no votes," Whitfield said.\n\n'
        '"That is not what we hear," said a senior aide to the governor.\n\n'
        '"We have the votes," the senior aide said.\n'
    )
    assert _speaker_of(text, "We have the votes") != ["Dana Whitfield"]


def test_description_after_a_question_is_not_the_asker():
    text = (
        "The engineer who wrote the report, Ilse Brandvold, testified for three hours.\n\n"
        "The city's lawyer, Martha Quill, asked why the report rated the roof as fair. "
        "The engineer replied that fair described the whole building.\n"
    )
    assert _speaker_of(text, "fair described") != ["Martha Quill"]


def test_introduction_needs_an_article_a_possessive_or_the_verb():
    from analysis.quotes.description_echoes import _echo_stems, _echoed_head, _introduced_with_noun

    assert _introduced_with_noun("ann roe, a retired plumber, said", _echo_stems("plumber"))
    assert _introduced_with_noun("the band's drummer, ann roe", _echo_stems("drummer"))
    assert not _introduced_with_noun("roe said as the plumber left", _echo_stems("plumber"))
    assert not _introduced_with_noun("the inside track", _echo_stems("insider"))
    assert _echoed_head("the Lee aide") is None
    assert _echoed_head("the officials") is None


def test_union_president_is_president_of_the_union():
    text = (
        "The college's vice-president of finance, Omar Castellanos, said the budget was "
        "tight.\n\n"
        '"We cannot cut more," said Renata Oyelowo, a third-year student who was elected '
        "president of the Northshore College Student Union in March.\n\n"
        "Castellanos said the college would borrow $2 million.\n\n"
        "The union president said the loan came too late.\n"
    )
    assert _speaker_of(text, "the loan came too late") == ["Renata Oyelowo"]


def test_lede_description_named_in_next_paragraph():
    text = (
        "Ferry to close\n\n"
        "GANDER, N.L. — A ferry that has linked two islands since 1961 will stop running "
        "next month, its operator announced on Thursday.\n\n"
        '"The vessel needs $4 million in repairs," said Gerald Pinsent, who has operated '
        "the ferry since 1998.\n"
    )
    assert _speaker_of(text, "A ferry that has linked") == ["Gerald Pinsent"]


def test_lede_leader_description_named_two_paragraphs_on():
    text = (
        "Museum free on Sundays\n\n"
        "REGINA — The city's museums will open free of charge on Sundays, and the woman "
        "who runs them says attendance will double.\n\n"
        "Council voted 8-3 on Monday to drop the $12 fee.\n\n"
        '"Families stopped coming when the fee went up," Museum Director Priscilla '
        "Okonjo-Hart told council.\n"
    )
    assert _speaker_of(text, "attendance will double") == ["Priscilla Okonjo-Hart"]


def test_lede_description_not_given_to_a_titled_other():
    text = (
        "Driver jailed\n\n"
        "WINNIPEG — A driver was jailed for four years on Friday after the victim's "
        "brother told court the family had lost everything.\n\n"
        "Justice Maren Holt said the sentence had to denounce the crime.\n"
    )
    assert _speaker_of(text, "the family had lost") != ["Maren Holt"]
