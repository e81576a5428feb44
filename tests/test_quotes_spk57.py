"""spk57's rules (session 38, speakers left by session 37), each checked on sentences
written for this file.

* A lede's "its operator said A" / "the agency that runs it said A" named by the next
  paragraph's opening name set off by an apposition that echoes it -- a verb of running
  it ("the non-profit that has run the museum", "which operates the clinic") or a kind
  noun of a non-profit body ("a charity that collects food") -- is that body
  (``lede_body_apposed_next``, words in ``resources/lede_body_echoes.txt``); it stayed
  the description. A person named next, an apposition without an echo, or a description
  past the lede keeps the description.
* 'suspended over what the sport's provincial governing body called "a pattern of abuse"
  of young skaters' is a label row (``formats._LABEL_WHAT_RE``: "what" and a description
  of three or four words; a complement "of/against/among ..." may follow the quotation);
  the lede's "the <modifiers> body" is the body whose name opens the next paragraph as a
  speaker ("The Manitoba X Federation said", ``lede_body_apposed_next``, "bare" heads). It
  was missed. 'A group called "Friends of the Marsh" has formed' stays no row.
* A message shown as an exhibit, an indefinite message noun and a relative "that/which
  read(s) (in part):" ('the lawyer included a text message from a stable hand ... that
  reads in part: "..."') gives no row (``exhibit_messages``, nouns in
  ``resources/exhibit_message_nouns.txt``); it went to the lawyer quoted before. "Her
  report to council reads:" keeps its row.
* "A group of canola farmers east of Melville say A": a compass point before "of" makes a
  preposition of place (``np_left._DIRECTION_WORDS``, ``names._COMPASS_POINTS``), and
  "near"/"outside" right after a lower-case plural places the group too
  (``np_left._PLACE_PREPS_OF_GROUP``): the farmers speak, typed a group; it was the town.
* "their lawyer said A ... The promotion's lawyer, NAME, said B": a noun's role set off
  before the name, the noun not the subject of the lede's sentence, is another party's
  (``description_echoes._other_owners_role``): A is not NAME's; a later "Their lawyer,
  NAME2," names it (``role_echo_named``). "The family's lawyer, NAME" after "A family
  has sued ..., and their lawyer said" still names it.
"""

from __future__ import annotations

from tests._quote_rows import has_quote, quote_rows, speaker_of, speech_rows

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


def test_lede_label_of_a_governing_body_named_next():
    text = (
        "Coach suspended"
        + _NL2
        + "BRANDON, Man. — A Brandon swim coach has been suspended for a year over what the "
        'sport\'s provincial governing body called "a culture of fear" among young swimmers, '
        "and some parents said Friday that the ruling was harsh."
        + _NL2
        + "The Manitoba Aquatics Federation said in a ruling posted online that the coach "
        "had shouted at swimmers as young as nine."
    )
    assert has_quote(text, "Manitoba Aquatics Federation", "a culture of fear")


def test_what_the_federation_called_with_a_complement_after():
    text = 'The coach was suspended over what the federation called "a pattern of verbal abuse" of young skaters.'
    assert has_quote(text, "the federation", "a pattern of verbal abuse")


def test_label_as_a_name_with_words_after_gives_no_row():
    text = 'A group called "Friends of the Marsh" has formed to fight the plan.'
    assert speech_rows(text) == []


def test_governing_body_not_named_next_stays_the_description():
    text = (
        "Coach suspended"
        + _NL2
        + "A swim coach has been suspended over what the sport's provincial governing body "
        'called "a culture of fear" among young swimmers.'
        + _NL2
        + "Parents at the Brandon club said the ruling was harsh."
    )
    assert has_quote(text, "governing body", "a culture of fear")


_LAWYER = (
    'The rider\'s lawyer, Marta Quill, said the gate was unsafe. "They knew," Quill said.' + _NL2
)


def test_text_message_shown_in_a_filing_is_no_row():
    text = (
        _LAWYER + "In a court filing, the lawyer included a text message from a stable hand, "
        'sent two days before the show, that reads in part: "latch on 4 sticking again."'
    )
    assert "latch on 4 sticking again." not in [q for _, _, q in speech_rows(text)]


def test_email_that_read_is_no_row():
    text = (
        _LAWYER + "The claim also cites an email from a barn manager to the organizers "
        'which read: "the gate on pen 3 will not hold a calf much longer."'
    )
    assert all("pen 3" not in q for _, _, q in speech_rows(text))


def test_authors_own_report_reads_keeps_its_row():
    text = (
        "Planner Ingrid Solvang-Roe said the house should stay."
        + _NL2
        + 'Her report to council reads: "Designation would cost the city about $2 million."'
    )
    assert "Designation would cost the city about $2 million." in [
        q for _, _, q in speech_rows(text)
    ]


def test_group_of_farmers_east_of_a_town_is_the_farmers():
    text = "A group of canola farmers east of Melville say a new pipeline route will cut through their best fields."
    assert speaker_of(text, "a new pipeline route will cut through their best fields") == (
        "farmers east of Melville"
    )


def test_group_of_ranchers_near_a_town_is_the_ranchers():
    text = "A group of cattle ranchers near Swift Current say the drought is the worst since 1988."
    assert "ranchers" in speaker_of(text, "the drought is the worst since 1988")


def test_farmers_east_of_a_town_are_a_group():
    rows = quote_rows(
        "Farmers west of Melville say the rail line is too slow.", "speaker", "speaker_type"
    )
    assert rows == [("Farmers west of Melville", "group")]


def test_mayor_of_a_town_stays_the_mayor():
    text = "The mayor of Melville says the road will be fixed."
    assert speaker_of(text, "the road will be fixed") != "Melville"


_SUIT = (
    "Four former wrestlers have sued a Welland wrestling promotion over head injuries, "
    "and their lawyer said Monday that more performers had called her office."
)


def test_their_lawyer_is_not_the_other_sides_lawyer_named_first():
    text = (
        _SUIT
        + _NL2
        + "The promotion's lawyer, Rex Dunmore, said the claim had no merit."
        + _NL2
        + "Their lawyer, Odile Marchetti-Vance, said the case was strong."
    )
    assert speaker_of(text, "more performers had called her office") == "Odile Marchetti-Vance"


def test_their_lawyer_with_only_the_other_sides_lawyer_named_stays():
    text = _SUIT + _NL2 + "The promotion's lawyer, Rex Dunmore, said the claim had no merit."
    assert speaker_of(text, "more performers had called her office") != "Rex Dunmore"


def test_their_lawyer_named_as_the_familys_lawyer():
    text = (
        "A Welland family has sued the city over a flooded basement, and their lawyer said "
        "Monday that the storm sewer had failed twice."
        + _NL2
        + "The family's lawyer, Odile Marchetti-Vance, said the city had ignored warnings."
    )
    assert speaker_of(text, "the storm sewer had failed twice") == "Odile Marchetti-Vance"
