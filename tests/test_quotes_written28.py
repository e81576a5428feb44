"""written20's rules (session 21), each on sentences written for the test:

* "critic" is a title before a name ("Globe and Mail critic Ann Lee" is Ann Lee, and
  "she" after it can be her);
* a name after an opening clause is a clause subject before a present-tense verb too
  ("As the crowd arrives, Mia LeBlanc ladles the soup. ... “Taste,” she says": LeBlanc);
* "the mayor" with nobody titled so before is the one person the article later titles
  "Mayor" ("Brennock Mayor Gail Sutherland"; not a "Deputy Mayor");
* "reported her missing" / "reported the truck stolen" is an object in a state, no speech;
* "according to" a body of numbers or records that names no one ("according to federal
  figures", "according to court records") is sourced fact, no quote; the same numbers
  with an owner ("FEC records", "figures released by the ministry", "data from a firm",
  "figures her campaign released") keep their source.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speech_rows


def test_according_to_unowned_figures_gives_no_quote():
    t = "The new rink will cost about $14 million, according to municipal figures."
    assert speech_rows(t) == []
    t = "Roe had two earlier convictions for fraud, according to court records."
    assert speech_rows(t) == []
    t = "Ridership fell by a third last winter, according to the latest numbers."
    assert speech_rows(t) == []


def test_according_to_figures_with_an_owner_keeps_the_source():
    t = "Ridership fell by a third last winter, according to figures released by the transit commission."
    assert has_quote(t, "transit commission", "Ridership fell by a third last winter")
    t = "Sales rose 4 per cent, according to data from Norland Analytics."
    assert has_quote(t, "Norland", "Sales rose 4 per cent")
    t = "The campaign raised $3 million in March, according to figures her campaign released Friday."
    assert len(speech_rows(t)) == 1


def test_according_to_a_named_agency_s_records_keeps_the_source():
    t = "The plane had flown 3,000 hours, according to Transport Canada records."
    assert has_quote(t, "Transport Canada", "The plane had flown 3,000 hours")


def test_according_to_people_and_studies_is_unchanged():
    t = "The clinic will close in June, according to staff."
    assert has_quote(t, "staff", "The clinic will close in June")
    t = "Bees avoid treated fields, according to a new study."
    assert len(speech_rows(t)) == 1


def test_reported_someone_missing_is_no_speech():
    t = "Her brother reported her missing on Sunday night."
    assert speech_rows(t) == []
    t = "Ann Roe reported the truck stolen from her driveway last week."
    assert speech_rows(t) == []
    t = "Ann Roe reported his youngest son missing after school."
    assert speech_rows(t) == []


def test_reported_that_someone_was_missing_is_still_speech():
    t = "Ann Roe reported that her son was missing."
    assert has_quote(t, "Roe", "her son was missing")


def test_critic_is_a_title_before_a_name():
    t = "Globe and Mail critic Ann Lee wrote that the menu was confused."
    assert speech_rows(t) == [("Ann Lee", "wrote", "the menu was confused")]
    t = (
        "Mia Roy opened the cafe in 2019.\n\n"
        "Not every review was kind. In her first visit, Globe and Mail critic Ann Lee "
        "wrote that the menu was “confused.” A year later, she returned and wrote that "
        "Roy had “found her voice.”"
    )
    assert [s for s, _, _ in speech_rows(t)] == ["Ann Lee", "Ann Lee"]


def test_present_tense_subject_after_an_opening_clause_is_she():
    t = (
        "Ann Cormier runs the front of the house. “She is stubborn,” Cormier says.\n\n"
        "As the crowd arrives, Mia LeBlanc ladles the soup into a bowl.\n\n"
        "“Taste,” she says."
    )
    assert speech_rows(t)[-1] == ("Mia LeBlanc", "says", "Taste")


def test_past_tense_subject_after_an_opening_clause_is_unchanged():
    t = (
        "Ann Cormier ran the front of the house. “She is stubborn,” Cormier said.\n\n"
        "As the crowd arrived, Mia LeBlanc poured the soup into a bowl.\n\n"
        "“Taste,” she said."
    )
    assert speech_rows(t)[-1] == ("Mia LeBlanc", "said", "Taste")


def test_the_mayor_named_later_with_the_capitalised_title():
    t = (
        "BRENNOCK, Sask. — The mine will close next year, a decision the mayor said "
        "would take “the heart out of the place.”\n\n"
        "Company president Curt Lind spoke at the hall.\n\n"
        "Brennock Mayor Gail Sutherland said the mine pays most of the taxes."
    )
    assert [s for s, _, _ in speech_rows(t)] == ["Gail Sutherland", "Gail Sutherland"]


def test_the_mayor_is_not_a_deputy_mayor_named_later():
    t = (
        "The arena will close, the mayor said.\n\n"
        "Company president Curt Lind spoke at the hall.\n\n"
        "Deputy Mayor Al Roe said the arena was too old."
    )
    assert speech_rows(t)[0][0] != "Al Roe"
    t = t.replace("Deputy Mayor", "Mayor")
    assert speech_rows(t)[0][0] == "Al Roe"
