"""Rules added by resid26 (session 26) for speaker errors still open after the blind
written sets 44-45. Every sentence here is written for the test."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers_of(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_late_bare_description_is_the_lede_person_not_his_company():
    text = (
        "HALIFAX — The developer who bought the old Elm Street school last year says the "
        "first tenants will move in by fall.\n\n"
        "Gil Moreau, whose firm, Riverside Holdings, paid $2 million for the building, showed "
        "the plans to council on Tuesday. “People want to live downtown,” Moreau said.\n\n"
        "Council will vote on the plan next month.\n\n"
        "The units will cost more than $400,000, the developer said."
    )
    assert _speakers_of(text, "The units will cost more than $400,000") == ["Gil Moreau"]
    assert _speakers_of(text, "the first tenants will move in by fall") == ["Gil Moreau"]


def test_late_bare_description_after_a_lede_company_owner():
    text = (
        "The developer who owns the empty mall on Route 2 says it will become a hospital "
        "annex.\n\n"
        "Ron Tibbets, whose company, Tibbets Land Group, bought the mall in 2019, met the "
        "health authority on Monday. “The roof is sound,” he said.\n\n"
        "The barn will become a farm market, the developer said."
    )
    assert _speakers_of(text, "The barn will become a farm market") == ["Ron Tibbets"]


def test_one_of_the_counted_group_is_the_person_introduced_next():
    text = (
        "The board voted 5-2 to close the school.\n\n"
        "One of the two trustees who voted against the plan said the board ignored parents.\n\n"
        "“They had made up their minds,” said Carla Brandt, who has served on the board since 2015."
    )
    assert _speakers_of(text, "the board ignored parents") == ["Carla Brandt"]


def test_one_of_the_group_then_name_with_apposition():
    text = (
        "Council passed the bylaw on Monday. One of the three councillors who opposed it said "
        "the fees were too high. Tom Vale, a retired teacher, said seniors would pay the most."
    )
    assert _speakers_of(text, "the fees were too high") == ["Tom Vale"]


def test_one_of_the_group_not_a_titled_other_role_or_a_known_name():
    mayor = (
        "One of the two trustees who voted against the plan said the board ignored parents.\n\n"
        "“They had made up their minds,” said Mayor Ann Roe."
    )
    assert _speakers_of(mayor, "the board ignored parents") != ["Ann Roe"]
    known = (
        "Carla Brandt has served on the board since 2015. The board voted 5-2.\n\n"
        "One of the two trustees who voted against the plan said the board ignored parents.\n\n"
        "“They had made up their minds,” said Carla Brandt, who chairs the finance committee."
    )
    assert _speakers_of(known, "the board ignored parents") != ["Carla Brandt"]


def _far_company_article(short_ref):
    names = ["Ann Roe", "Tom Vale", "Lena Fisk", "Omar Haddad", "Ruth Kowal", "Ben Ortiz"]
    paras = [
        f"{n} has lived on Elm Road for most of her life, and this winter has been the "
        f"hardest one she can remember. “I have not been to the store in a week, and my "
        f"neighbour had to bring me milk and bread,” {n.split()[1]} said. “Nobody from the "
        f"town has called me back, and the ice at the end of the driveway is knee high.”"
        for n in names
    ]
    return (
        "Harbourline Paving Group, a Moncton company that holds the road contract, stopped "
        "work on Monday.\n\n" + "\n\n".join(paras) + "\n\n"
        f"The town has asked {short_ref} to send its crews back. In an email, the company "
        "said it would do so once it was paid."
    )


def test_the_company_far_from_its_name_after_its_short_name():
    text = _far_company_article("Harbourline")
    assert _speakers_of(text, "it would do so once it was paid") == ["Harbourline Paving Group"]


def test_the_company_far_from_its_name_without_the_short_name_stays():
    text = _far_company_article("the contractor")
    assert _speakers_of(text, "it would do so once it was paid") == ["the company"]


def test_the_mother_of_two_named_two_paragraphs_up():
    text = (
        "Jenna Pike lost her job at the mill in March.\n\n"
        "Her husband drives a truck for a firm in the city. The rent went up again this fall.\n\n"
        "“We eat a lot of pasta now,” the mother of two said."
    )
    assert _speakers_of(text, "We eat a lot of pasta now") == ["Jenna Pike"]


def test_the_father_of_three_after_his_quote_and_a_narration_paragraph():
    text = (
        "Raj Mehta drives his boys to hockey at 5 a.m. “The rink is the only one left in "
        "the county,” Mehta said.\n\n"
        "The arena board will vote on the closing in April.\n\n"
        "Ice time now costs $300 an hour, the father of three said."
    )
    assert _speakers_of(text, "Ice time now costs $300 an hour") == ["Raj Mehta"]


def test_the_mother_of_two_far_from_any_woman_stays_described():
    text = (
        "Jenna Pike lost her job at the mill in March.\n\n"
        "The mill closed after 80 years.\n\n"
        "The town lost 300 jobs.\n\n"
        "Rents went up again this fall.\n\n"
        "Council has no plan.\n\n"
        "“We eat a lot of pasta now,” the mother of two said."
    )
    assert _speakers_of(text, "We eat a lot of pasta now") == ["the mother of two"]


def test_content_first_then_the_company_hired_to():
    text = (
        "ELM BAY, N.S. — The town has not paid a single bill since November, the company "
        "hired to plow the side streets of Elm Bay says, and its trucks will stay in the "
        "yard until it is paid."
    )
    rows = quote_rows(text, "speaker_mention", "quote")
    assert ("the company", "The town has not paid a single bill since November") in rows


def test_content_first_then_the_contractor_paid_to():
    text = "The dump will close at noon on Fridays, the contractor paid to run the site said."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("the contractor", "The dump will close at noon on Fridays")
    ]


def test_lede_the_contractor_chosen_to_keeps_the_head():
    text = "The contractor chosen to rebuild the old bridge says the work will start in May."
    assert quote_rows(text, "speaker_mention", "quote") == [
        ("The contractor", "the work will start in May")
    ]
