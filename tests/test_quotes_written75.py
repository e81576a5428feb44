"""w67's rules (session 30, the sixtyseventh written batch), each checked on sentences
written for this file.

* "The minister's office said A": an office named by its holder's role ("the minister's
  office", "the deputy mayor's office") speaks for the person "the minister" names there,
  as "her office said" speaks for her (``office_holders.resolve_role_office``); it was the
  office as written. When "the minister" names nobody, the office stays as written.
* "the 68-year-old said" names the person given that age ("Ann Roe, 68,") up to 8,000
  characters before (``kin._resolve_aged``; it was 4,000, and a long article's last
  paragraph lost the name a delegation speaker got near its top).
* A lede's definite description ("The father of a girl who ... told council Monday that
  A.") is the full name that opens the next paragraph by the occasion ("Ann Roe spoke at
  a public hearing ...", "addressed", "testified", "appeared") and speaks as "she"/"he"
  after (``lede_named_next._SPEECH_OCCASION_VERB_RE``); the lede and the pronoun's quotes
  were the description.
* A lede's definite role description ("..., the project's director said Saturday.") that
  the article names nobody before is the full name a sentence within the next three
  paragraphs sets after the same role in apposition ("Its executive director, Ann Roe,
  said"), past a paragraph about the project (``lede_apposed_later``); it was the
  description.
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text: str, quote: str) -> list[str]:
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_role_office_speaks_for_the_named_minister():
    text = (
        "Transport Minister Odile Brennan-Kwarteng toured the ferry terminal on Friday. "
        "Workers there complained about the schedule.\n\n"
        "The minister's office said she would meet the union next week."
    )
    assert _speakers(text, "she would meet the union next week") == ["Odile Brennan-Kwarteng"]


def test_role_office_with_two_word_role():
    text = (
        "Deputy Mayor Kasimir Holloway-Fenn chaired the meeting. Residents lined the hall.\n\n"
        "The deputy mayor's office said he would answer the letters by Friday."
    )
    assert _speakers(text, "he would answer the letters by Friday") == ["Kasimir Holloway-Fenn"]


def test_role_office_stays_when_nobody_holds_the_role():
    text = (
        "The ferry left two hours late on Friday, and dozens of drivers waited in the rain.\n\n"
        "The minister's office said a review of the schedule was under way."
    )
    got = _speakers(text, "a review of the schedule was under way")
    assert got and "office" in got[0]


_ITEMS = (
    "road repairs",
    "library hours",
    "ferry fares",
    "park benches",
    "snow clearing",
    "bus shelters",
    "pool repairs",
    "street lights",
    "recycling bins",
    "fire trucks",
)


def _long_budget_story(ending: str) -> str:
    filler = "".join(
        f"The budget sets aside ${i + 2} million for {item}, up from ${i + 1} million "
        f"last year, and staff expect the money to last until the spring of {2030 + i}.\n\n"
        for i, item in enumerate(_ITEMS * 4)
    )
    return (
        "The first speaker, Wilhelmina Azikiwe-Thorne, 68, spoke for the delegation. She "
        "said the street had waited three years for repairs.\n\n"
        + filler
        + "Mayor Desmond Fairclough-Ibe said the vote had been hard.\n\n"
        + ending
    )


def test_age_given_far_before_names_the_aged_description():
    text = _long_budget_story(
        "After the vote, Azikiwe-Thorne stood outside with her granddaughter.\n\n"
        '"I will be back next year!" the 68-year-old said.'
    )
    assert text.index("the 68-year-old") - text.index("Thorne, 68,") > 4000
    assert _speakers(text, "I will be back next year!") == ["Wilhelmina Azikiwe-Thorne"]


def test_other_age_far_before_names_nobody():
    text = _long_budget_story(
        "After the vote, Azikiwe-Thorne stood outside with her granddaughter.\n\n"
        '"I will be back next year!" the 41-year-old said.'
    )
    assert _speakers(text, "I will be back next year!") != ["Wilhelmina Azikiwe-Thorne"]


def _hearing_lede(second: str, third: str) -> str:
    return (
        "Town weighs tougher rules for e-scooters\n\n"
        "RED DEER, Alta. — The father of a seven-year-old girl who was struck by a rented "
        "scooter told city council Tuesday that his daughter still limps.\n\n"
        + second
        + "\n\n"
        + third
    )


def test_lede_description_named_by_who_spoke_at_the_hearing():
    text = _hearing_lede(
        "Ignatius Barrowclough-Tan spoke at a public hearing on a proposed ban.",
        '"She was on the sidewalk. She did nothing wrong," he said.',
    )
    assert _speakers(text, "his daughter still limps") == ["Ignatius Barrowclough-Tan"]
    assert _speakers(text, "She was on the sidewalk. She did nothing wrong") == [
        "Ignatius Barrowclough-Tan"
    ]


def test_lede_description_named_by_who_addressed_council():
    text = _hearing_lede(
        "Ignatius Barrowclough-Tan addressed council for ten minutes.",
        '"I just want the sidewalks back," he said.',
    )
    assert _speakers(text, "his daughter still limps") == ["Ignatius Barrowclough-Tan"]


def test_lede_description_not_named_when_nobody_speaks_after():
    text = _hearing_lede(
        "Ignatius Barrowclough-Tan spoke at a public hearing on a proposed ban.",
        "Council will vote on the ban next month.",
    )
    assert _speakers(text, "his daughter still limps") != ["Ignatius Barrowclough-Tan"]


def _opening_story(named: str) -> str:
    return (
        "New clinic opens its doors in Kenora\n\n"
        'KENORA, Ont. — "Nobody here will have to drive four hours for an X-ray again," '
        "the clinic's director said Monday as the first patients walked in.\n\n"
        "The clinic, built by the Lake of the Woods Health Co-operative, cost $9 million "
        "and has six examination rooms.\n\n" + named + " said the co-operative had raised "
        "most of the money from local families."
    )


def test_lede_role_named_by_later_apposition_of_the_same_role():
    text = _opening_story("Its medical director, Rosalind Okereke-Vance,")
    quote = "Nobody here will have to drive four hours for an X-ray again"
    assert _speakers(text, quote) == ["Rosalind Okereke-Vance"]


def test_lede_role_not_named_by_apposition_of_another_role():
    text = _opening_story("Its board chair, Rosalind Okereke-Vance,")
    quote = "Nobody here will have to drive four hours for an X-ray again"
    assert _speakers(text, quote) != ["Rosalind Okereke-Vance"]


def test_role_after_a_named_person_is_no_lede():
    text = _opening_story("Its medical director, Rosalind Okereke-Vance,").replace(
        'KENORA, Ont. — "', 'KENORA, Ont. — Mayor Gideon Farrow-Lund cut the ribbon. "'
    )
    quote = "Nobody here will have to drive four hours for an X-ray again"
    assert _speakers(text, quote) != ["Rosalind Okereke-Vance"]
