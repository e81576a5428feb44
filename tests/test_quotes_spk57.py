"""spk57's rules (session 38, speakers left by session 37), each checked on sentences
written for this file.

* A lede's "its operator said A" / "the agency that runs it said A" named by the next
  paragraph's opening name set off by an apposition that echoes it -- a verb of running
  it ("the non-profit that has run the museum", "which operates the clinic") or a kind
  noun of a non-profit body ("a charity that collects food") -- is that body
  (``lede_body_apposed_next``, words in ``resources/lede_body_echoes.txt``); it stayed
  the description. A person named next, an apposition without an echo, or a description
  past the lede keeps the description.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, speaker_of

_NL2 = "\n\n"


def test_lede_operator_named_next_by_body_that_has_run_it():
    text = (
        "Farm museum to close"
        + _NL2
        + "WETASKIWIN, Alta. — A museum of farm machinery that has drawn school groups for "
        "four decades will close in the spring, its operator said Monday."
        + _NL2
        + "The Battle River Heritage Society, the non-profit that has run the museum since "
        "1982, said in a statement that visits had fallen by half."
    )
    lede = "A museum of farm machinery that has drawn school groups for four decades will close in the spring"
    assert "Battle River Heritage Society" in speaker_of(text, lede)


def test_lede_agency_that_runs_it_named_next_by_a_charity():
    text = (
        "Food bank cuts hours"
        + _NL2
        + "THOMPSON, Man. — The only food bank in northern Manitoba will open two days a "
        "week starting in March, the agency that runs it said Thursday."
        + _NL2
        + "The Northern Lakes Food Network, a charity that collects food for towns across "
        "the North, said in a statement that donations were down 20 per cent."
    )
    lede = "The only food bank in northern Manitoba will open two days a week starting in March"
    assert "Northern Lakes Food Network" in speaker_of(text, lede)


def test_lede_operator_with_operates_verb_in_which_clause():
    text = (
        "Ski hill will not open"
        + _NL2
        + "The ski hill outside Dauphin will not open this winter, its owner said Friday."
        + _NL2
        + "The Riding Mountain Snow Club, which operates the hill with volunteers, said the "
        "lift failed an inspection."
    )
    assert has_quote(
        text, "Riding Mountain Snow Club", "The ski hill outside Dauphin will not open this winter"
    )


def test_lede_operator_named_next_by_a_person_stays():
    text = (
        "Arena to close"
        + _NL2
        + "BRANDON, Man. — The old arena will close in May, its operator said Monday."
        + _NL2
        + "The city's recreation director, Ann Roe, said repairs would cost $3 million."
    )
    assert speaker_of(text, "The old arena will close in May") == "its operator"


def test_lede_operator_with_apposition_without_echo_stays():
    text = (
        "Museum to close"
        + _NL2
        + "The farm museum will close in the spring, its operator said Monday."
        + _NL2
        + "The Battle River Heritage Society, whose members are retired farmers, said "
        "visits had fallen by half."
    )
    assert speaker_of(text, "The farm museum will close in the spring") == "its operator"


def test_operator_past_the_lede_stays():
    text = (
        "Museum to close"
        + _NL2
        + "Visits to the farm museum fell by half last year, figures show."
        + _NL2
        + "The roof leaks and the boiler is 60 years old."
        + _NL2
        + "Volunteers have painted the barn twice since 2015."
        + _NL2
        + "The museum will close in the spring, its operator said Monday."
        + _NL2
        + "The Battle River Heritage Society, the non-profit that has run the museum since "
        "1982, said visits had fallen by half."
    )
    assert speaker_of(text, "The museum will close in the spring") == "its operator"
