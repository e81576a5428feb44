"""spk55: speakers and coreference left by session 36 (sentences written for these tests).

1. A lede's "said the railway that owns the track" is the railway the next paragraph
   names ("Northshore Rail, which owns the line, ..."): "the railway" / "the railroad"
   fit a name ending in "Rail", "Railway", "Railways" or "Railroad"
   (resources/business_kinds.txt, read by ledes._org_named_next); a name of another kind
   next ("Northshore Transit") leaves the description. "said the health authority that
   runs the hospital" keeps its head noun ("authority" is an organisation noun in
   resources/speaker_nouns.txt; it was cut to "the health") and is then the health body
   named next ("Lakeview Health, which runs the hospital, ..."); a union named next
   leaves the description.
2. "A second worker, who asked that her last name not be used, said ..." then, in the next
   paragraph, '"...," said Rosalie' is that given name's statement (the written gold's
   convention: written_news53 367 "said Mélanie", written_news97 629 "said Rosalba"; the
   brief's "stays anonymous" goes against it): surname_withheld.withheld_surname_named.
   "who asked not to be named", a full name next ("Plant manager Greg Tull said") keep the
   description; "A second worker, Dana Fitch, said" is Dana Fitch.
3. "the two teammates said" after two people quoted apart (never joined by "and") is the
   two names in the order quoted ("Maya Brandt and Jess Okafor": the written convention
   for "the two said", written_news52 361/362), when they are the only two people quoted
   in the 1,200 characters before (pair_mentions._pair_quoted_apart); a third person
   quoted there, or "One of the two directors said", leave the mention.
4. "the president said" late in a long article (more than 1,000 characters after the
   title) is the one person titled "president" before it ("Team president Lou
   Marchand" in the lede: titles._resolve_office's further-back lookup, which now also
   serves a president when the article titles no country's president plainly); not
   when another president is written since ("Liam Shore, president of the fan club,"
   or "The league president, Ravi Gill,").
5. '"Are you staying?" Robin Tessier asked her. "No," she said.': "asked her." closing
   the sentence after a quoted question marks "her" as the listener, so "she" is the
   woman named before the asker (antecedents._ASKED_PRONOUN_RE, read by
   _asked_pronoun_listener, which spk54 wrote for "asked her whether"); "asked him."
   or "asked her neighbour." keep the asker.
"""

from __future__ import annotations

from tests._quote_rows import speaker_of

# --- 1. lede descriptions with a relative clause, named next ------------------------------------

_RAIL = '"We will reopen the crossing by Friday," said the railway that owns the track.\n\n{nxt}'


def test_railway_that_owns_the_track_is_rail_named_next():
    text = _RAIL.format(nxt="Northshore Rail, which owns the line, closed the crossing on Monday.")
    assert speaker_of(text, "We will reopen the crossing by Friday") == "Northshore Rail"


def test_railroad_named_next_without_relative():
    text = (
        '"Freight will be late," said the railroad.\n\n'
        "Prairie Valley Railroad closed two sidings in March."
    )
    assert speaker_of(text, "Freight will be late") == "Prairie Valley Railroad"


def test_railway_later_is_the_rail_named_next():
    text = _RAIL.format(
        nxt="Northshore Rail, which owns the line, closed it.\n\n"
        "The railway said later that the repairs were done."
    )
    assert speaker_of(text, "the repairs were done") == "Northshore Rail"


def test_railway_with_transit_named_next_stays_description():
    text = _RAIL.format(nxt="Northshore Transit, which runs the buses, said trips would be slow.")
    assert speaker_of(text, "We will reopen the crossing by Friday") == "the railway"


_HEALTH = (
    '"The ward will close at night," said the health authority that runs the hospital.\n\n{nxt}'
)


def test_said_the_health_authority_keeps_its_head():
    text = '"The ward will close at night," said the health authority.\n\nThe council met.'
    assert speaker_of(text, "The ward will close at night") == "the health authority"


def test_health_authority_that_runs_is_health_body_named_next():
    text = _HEALTH.format(
        nxt="Lakeview Health, which runs the hospital in Dunmore, said staffing was short."
    )
    assert speaker_of(text, "The ward will close at night") == "Lakeview Health"


def test_health_authority_with_union_next_stays_description():
    text = _HEALTH.format(nxt="The Dunmore Nurses Union said staffing was short.")
    assert speaker_of(text, "The ward will close at night") == "the health authority"


def test_lead_author_named_next_by_apposition():
    text = (
        "Smoking rates fell by half over a decade, its lead author said.\n\n"
        "The study's lead author, Dr. Anika Ross, said the drop surprised her team."
    )
    assert speaker_of(text, "Smoking rates fell by half over a decade") == "Anika Ross"


def test_funder_named_next_is_no_lead_author():
    text = (
        "Smoking rates fell by half over a decade, its lead author said.\n\n"
        "The study's funder, Dr. Anika Ross, said the drop surprised her team."
    )
    assert speaker_of(text, "Smoking rates fell by half over a decade") == "its lead author"


# --- 2. a surname withheld, a given name next ---------------------------------------------------

_WORKER = (
    "Workers at the Dunmore plant were told on Friday that the line would close.\n\n"
    "A second worker, {who}, said the notice came without warning.\n\n{nxt}"
)
_ROSALIE = '"We found out from a sign on the door," said Rosalie, who has worked there 11 years.'


def test_last_name_withheld_is_given_name_next():
    text = _WORKER.format(who="who asked that her last name not be used", nxt=_ROSALIE)
    assert speaker_of(text, "the notice came without warning") == "Rosalie"


def test_family_name_withheld_given_name_before_cue():
    text = _WORKER.format(
        who="who asked that his last name not be published",
        nxt="Marco said the crew had asked for more notice.",
    )
    assert speaker_of(text, "the notice came without warning") == "Marco"


def test_whole_name_withheld_stays_description():
    text = _WORKER.format(who="who asked not to be named", nxt=_ROSALIE)
    assert speaker_of(text, "the notice came without warning") == "a second worker"


def test_last_name_withheld_full_name_next_stays_description():
    text = _WORKER.format(
        who="who asked that her last name not be used",
        nxt="Plant manager Greg Tull said the company had no choice.",
    )
    assert speaker_of(text, "the notice came without warning") == "a second worker"


def test_worker_named_in_apposition_is_that_name():
    text = _WORKER.format(who="Dana Fitch", nxt=_ROSALIE)
    assert speaker_of(text, "the notice came without warning") == "Dana Fitch"


# --- 3. "the two teammates" after two people quoted apart --------------------------------------

_TEAM = (
    "{third}Goalie Maya Brandt stopped 31 shots on Saturday.\n\n"
    '"We were ready for them," Brandt said.\n\n'
    "Jess Okafor, a defender, scored twice in the third period.\n\n"
    '"It was a long week," Okafor said.\n\n'
    '"We want the title," {pair} said.'
)


def test_two_teammates_quoted_apart_are_both():
    text = _TEAM.format(third="", pair="the two teammates")
    assert speaker_of(text, "We want the title") == "Maya Brandt and Jess Okafor"


def test_two_players_quoted_apart_are_both():
    text = _TEAM.format(third="", pair="the two players")
    assert speaker_of(text, "We want the title") == "Maya Brandt and Jess Okafor"


def test_two_teammates_with_third_quoted_stay_mention():
    third = '"The ice was slow," coach Ray Dunn said.\n\n'
    text = _TEAM.format(third=third, pair="the two teammates")
    assert speaker_of(text, "We want the title") == "the two teammates"


def test_one_of_the_two_players_is_no_pair():
    text = _TEAM.format(third="", pair="one of the two players") + " Fans cheered."
    assert " and " not in speaker_of(text, "We want the title")


# --- 4. "the president" far from "Team president NAME" -----------------------------------------

_PLAYERS = "".join(
    f"Player {n} Ross said practice on day {i} went well, and the team worked on the power play.\n\n"
    for i, n in enumerate("Ada Ben Cal Dev Eli Fay Gus Hal Ida Jon Kai Lea Max Ned Oli".split())
)
_CLUB = (
    "Team president Lou Marchand said the club would build a new arena by 2029.\n\n"
    + _PLAYERS
    + "Coach Dale Pruitt said the players were ready.\n\n"
    + '{mid}"We will not move the team," the president said.'
)


def test_president_far_after_team_president_is_that_person():
    text = _CLUB.format(mid="")
    assert len(text) > 1500
    assert speaker_of(text, "We will not move the team") == "Lou Marchand"


def test_fan_club_president_since_is_no_team_president():
    mid = "Liam Shore, president of the fan club, said tickets sold out in an hour.\n\n"
    assert speaker_of(_CLUB.format(mid=mid), "We will not move the team") == "Liam Shore"


def test_league_president_since_is_that_president():
    mid = "The league president, Ravi Gill, said the plan was sound.\n\n"
    assert speaker_of(_CLUB.format(mid=mid), "We will not move the team") == "Ravi Gill"


# --- 5. a quoted question "asked her." then "she said" ------------------------------------------

_ASKED = (
    "Dolores Pike, 71, has lived on the street for 40 years.\n\n"
    '"Are you staying?" Robin Tessier asked {whom}. "No," she said.'
)


def test_asked_her_then_she_said_is_the_one_asked():
    assert speaker_of(_ASKED.format(whom="her"), "No") == "Dolores Pike"


def test_asked_him_then_she_said_keeps_asker():
    assert speaker_of(_ASKED.format(whom="him"), "No") == "Robin Tessier"


def test_asked_her_neighbour_then_she_said_keeps_asker():
    assert speaker_of(_ASKED.format(whom="her neighbour"), "No") == "Robin Tessier"
