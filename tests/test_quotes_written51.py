"""written43's rules (session 25), each checked on sentences written for this file.

* A description no other rule names ("the former postmaster", "the 74-year-old", "the
  certified arborist") is the person the narration just introduced in the same or the
  previous paragraph, when that person has not been quoted yet and nobody is named since.
* "Ava Roe, 13, is his daughter. ... his daughter said": the person a sentence said is
  that relative.
* "Capt." / "Cpt." / "Cmdr." / "Supt." spell out their office ("Capt. Al Roe ... the fire
  captain said").
* A public body named with its province first ("Ontario Parks", "Manitoba Hydro") is
  "the agency"; "a spokesperson for the agency" is that body.
* "A, according to X, and B" / "..., but B": B is X's too when B holds a finite verb and
  no cue of its own (not "and one of 11 considered out of control", not "but its
  director, Jo Roe, said ...", not "and nurses say ...").
* ", said Capt. Al Roe of the Brandon Fire and Emergency Services, and B": the body
  after an inverted name is part of the insertion.
* A question-and-answer interview inside an article ends its last answer with its
  paragraph; the lead-in before the first question names the interviewee.
* "The rink's night manager, a woman in her forties who ..., said": the definite
  opener, not the apposition. An indefinite description is named next when the new
  name's apposition shares a word stem ("An outreach worker ..." / "who works for").
* "the man who oversees the city's forest says A" in a lede is the person the next
  paragraph introduces as its speaker; ", and the company that built it says A" is the
  company, the one the next paragraph sets off as a firm ("Campwise Software, a Guelph
  firm, said"); "..., but one of the companies whose seeds ... says A" likewise, and
  "..., and one of the families who lost their homes says A" is "one of the families".
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows


def _speakers(text):
    return [s for s, _q in quote_rows(text, "speaker", "quote")]


def test_description_of_newcomer_from_narration():
    text = (
        "Mayor Tom Vale said the village would fight the closure.\n\n"
        "For 30 years the shop was run by Marion Hughes-Baird. She retired in 2021.\n\n"
        "“It was never just groceries,” the former shopkeeper said. “It was the heart of "
        "the place.”\n\n"
        "People came in every day, the 79-year-old said, and many stayed to talk."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0][0] == "Tom Vale"
    assert all(s == "Marion Hughes-Baird" for s, _q in rows[1:])


def test_description_not_a_newcomer_already_quoted_or_unnamed():
    text = (
        "Coun. Ann Roe said the budget was tight.\n\n"
        "A pharmacist who works downtown said supplies were low.\n\n"
        "“We ration every box,” the pharmacist said."
    )
    assert "Ann Roe" not in _speakers(text)[1:]


def test_kin_said_to_be_relative():
    text = (
        "Brent Kowal coaches the swim club. One of his swimmers, 12-year-old Nia Kowal, is "
        "his daughter.\n\n"
        "Capt. Marc Tessier said the deck was cleared in minutes.\n\n"
        "“My eyes stung a little,” his daughter said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Nia Kowal", "My eyes stung a little") in rows


def test_captain_abbreviation_is_the_fire_captain():
    text = (
        "Capt. Marc Tessier of the fire department said the leak was small.\n\n"
        "Coun. Jill Brandt said she wanted a report.\n\n"
        "The fire captain said crews would return on Monday."
    )
    assert has_quote(text, "Marc Tessier", "crews would return on Monday")


def test_province_first_body_is_the_agency():
    text = (
        "Ontario Parks said it would reopen bookings on Wednesday.\n\n"
        "Campers lined up online again, and a vendor, Trailware Inc., said its servers "
        "were ready.\n\n"
        "The call centre took 4,000 calls, the agency said.\n\n"
        "Sites already booked would be honoured, a spokesperson for the agency said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Ontario Parks", "The call centre took 4,000 calls") in rows
    assert ("Ontario Parks", "Sites already booked would be honoured") in rows


def test_according_to_goes_on_with_and_clause():
    text = (
        "Small offices are reviewed case by case, according to the corporation, and a "
        "closure can be reversed if a new operator comes forward."
    )
    quotes = [q for _s, q in quote_rows(text, "speaker", "quote")]
    assert any("a closure can be reversed" in q for q in quotes)


def test_according_to_tail_not_verbless_nor_own_cue():
    text = (
        "The fire is one of 40 burning in the region, according to the wildfire service, "
        "and one of nine considered out of control.\n\n"
        "The shelter housed 90 people, according to its annual report, but its director, "
        "Dana Price, said it had no beds left.\n\n"
        "Patients waited 20 hours, according to figures from the authority, and nurses say "
        "the wait is getting longer."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert not any("out of control" in q for _s, q in rows)
    assert not any("Dana Price" in q for _s, q in rows)
    assert ("nurses", "the wait is getting longer") in rows


def test_inverted_name_with_body_then_and_clause():
    text = (
        "Crews found high levels of ammonia, said Capt. Luc Brassard of the Brandon Fire "
        "and Emergency Services, and a smaller amount had reached the pool deck."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Luc Brassard", "and a smaller amount had reached the pool deck") in rows


def test_embedded_interview_ends_with_its_paragraph():
    text = (
        "The seed library opened at the public library in March and has lent more than "
        "5,000 packets of vegetable and flower seeds to gardeners across the county.\n\n"
        "Grower Tom Vanderberg said in an interview that he objects. Vanderberg said his "
        "company bred two of the tomatoes. Vanderberg said he would not sue.\n\n"
        "The librarian, Ruth Adeyemi, set up the collection with a small grant and an old "
        "card catalogue cabinet she bought at a school auction.\n\n"
        "Adeyemi answered questions by email:\n\n"
        "Q: Why seeds?\n\n"
        "A: People asked us for them. A library lends things.\n\n"
        "Q: Did you know the varieties were protected?\n\n"
        "A: No. We are learning as we go.\n\n"
        "Much of the sorting is done by volunteers from the garden club."
    )
    rows = quote_rows(text, "speaker", "quote")
    answers = [(s, q) for s, q in rows if q.startswith(("People asked", "No."))]
    assert [s for s, _q in answers] == ["Ruth Adeyemi", "Ruth Adeyemi"]
    assert not any("volunteers" in q for _s, q in answers)


def test_lede_man_who_named_next():
    text = (
        "SASKATOON — A bylaw on backyard trees has split council, and the man who oversees "
        "the city's urban forest says the canopy is shrinking every year.\n\n"
        "Dariusz Nowak, the city's forestry supervisor, told the committee that most of the "
        "loss was on private land.\n\n"
        "“We plant 2,000 trees a year,” Nowak said."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Dariusz Nowak", "the canopy is shrinking every year")


def test_lede_company_that_built_it_named_next():
    text = (
        "TORONTO — The booking site crashed on Monday, and the company that built it says a "
        "surge of traffic overwhelmed its servers.\n\n"
        "Campwise Software, a Guelph firm that has run the site since 2019, said in a "
        "statement that 200,000 people tried to log in."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Campwise Software", "a surge of traffic overwhelmed its servers")


def test_definite_opener_before_apposed_who_clause():
    text = (
        "The rink's night manager, a woman in her forties who asked that her name not be "
        "used because she was not allowed to speak to reporters, said the alarm had "
        "sounded twice that week."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert len(rows) == 1 and "manager" in rows[0][0].lower()


def test_indefinite_description_named_next_by_word_stem():
    text = (
        "KAMLOOPS — Pills laced with fentanyl are circulating, health officials warned.\n\n"
        "An outreach worker who has spent a decade handing out naloxone said word of the "
        "pills had spread fast.\n\n"
        "“The people I see, they know,” said Aaron Vandermeer, who works for a "
        "harm-reduction society in the city."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert ("Aaron Vandermeer", "word of the pills had spread fast") in rows


def test_one_of_the_plural_with_relative_after_conjunction():
    text = (
        "TORONTO — The town flooded in May, and one of the families who lost their homes "
        "says the province was too slow."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("one of the families", "the province was too slow")
    ]


def test_lede_one_of_the_companies_named_next():
    text = (
        "PETERBOROUGH — A seed library has lent 6,000 packets, but one of the companies "
        "whose seeds ended up in the drawers says some of them should never have been "
        "shared.\n\n"
        "Lakefield Heritage Seeds, a family-owned company near the city, said in a letter "
        "that four of its varieties had been copied."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows[0] == ("Lakefield Heritage Seeds", "some of them should never have been shared")
