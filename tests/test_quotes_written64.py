"""w56's rules (session 28, the fiftysixth written batch), each checked on sentences
written for this file.

* "Housing critic Ann Roe said A. ... Transit critic Tom Vale said B. Both critics said C.":
  "both <person noun>s" are the two people the article titled (or described) so before
  their names; "Two bus drivers waiting nearby said A. Both men said B.": "both men" /
  "both women" right after a counted group of people are that group; "Both of them said"
  are the last two people quoted (module ``pair_mentions``).
* "Per a statement from the guild, A." / "Per a news release from X, a volunteer group, A.":
  a source after the cue, like "in the words of X, A" (reporting_verbs.txt; an apposition
  "a/an ..." after the source is skipped like a relative).
* "Ann Roe is reported to have said that A." / "is said to have told staff that A": the
  perfect infinitive of a hearsay passive ("reported", "said", "alleged", ... after a form of
  "be") is the subject's statement (``nonspeech._reported_to_have``; the speaker is the
  noun phrase or apposition before "is").
* "Fuel surcharges on its routes added $2.50 to the fare": "added" before a currency amount
  or a figure and its unit ("3 per cent", "11 cents") is a sum, no speech
  (``nonspeech._adds_an_amount``).
* "A, Lee said when asked about the accusation.": "when/after (being) asked/pressed/
  questioned ..." to the sentence end is the frame's occasion, so the content is the clause
  before (``sides._ASKED_TAIL_RE``).
* "The Network, a volunteer group that tracks ..., issued a statement saying A": the
  issuer is the noun phrase before an indefinite apposition, not the apposition nor "a
  statement" (``nonspeech._np_before_insertion``).
* "The historian who wrote the submission, Dr. Ann Roe of McMaster University, called ...
  the historian said A": a definite description with a relative clause, then the name in
  apposition (a "Dr."/"Prof."/"Rev." title before it and "of <Place or Body>" after it
  allowed), names the later "the historian" as an indefinite one did
  (``appositions._resolve_indefinite_apposed``).
* "The Gazette quoted the owner of a Front Street bakery, Ann Roe, as saying that A": the
  role before the apposed name may run to twelve words (it was seven).
"""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text, quote):
    return [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]


def test_both_critics_are_the_two_titled_critics():
    text = (
        "Housing critic Martina Oduya-Fell said the plan came too late. "
        '"It is a bandage," she said.\n\n'
        "Transit critic Ivor Plaskett-Rowe said the buses were still full. "
        '"Nothing changes on Route 9," he said.\n\n'
        "Both critics said they would vote against the motion."
    )
    assert _speakers(text, "they would vote against the motion") == [
        "Martina Oduya-Fell and Ivor Plaskett-Rowe"
    ]


def test_both_critics_with_three_critics_stays_unresolved():
    text = (
        "Housing critic Martina Oduya-Fell said the plan came too late. "
        "Transit critic Ivor Plaskett-Rowe said the buses were still full. "
        "Health critic Selma Dragovic-Hart said the clinics were empty.\n\n"
        "Both critics said they would vote against the motion."
    )
    spk = _speakers(text, "they would vote against the motion")
    assert spk and "Selma" not in spk[0] and " and " not in spk[0]


def test_both_men_after_a_counted_group_is_the_group():
    text = (
        "Two bus drivers waiting at the depot said they had not been paid for overtime. "
        "Both men said their union had filed a grievance."
    )
    assert _speakers(text, "their union had filed a grievance") == ["bus drivers"]


def test_both_of_them_are_the_last_two_quoted():
    text = (
        "Noor Castellane-Ibe, who runs the bakery, said the flood ruined her ovens. "
        '"We lost everything on the ground floor," she said.\n\n'
        'Her neighbour, Felix Adeyemi-Storr, said his shop fared little better. "The water '
        'came in under the door," he said.\n\n'
        "Both of them said they would reopen by spring."
    )
    assert _speakers(text, "they would reopen by spring") == [
        "Noor Castellane-Ibe and Felix Adeyemi-Storr"
    ]


def test_per_a_statement_from_names_the_source():
    text = (
        "Per a statement from the Lakeshore Bakers' Guild, flour prices have doubled since "
        "June. The guild has 40 members."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert rows == [("the Lakeshore Bakers' Guild", "flour prices have doubled since June")]


def test_per_a_news_release_from_with_an_apposition():
    text = (
        "Per a news release from the Tamarack Heritage Trust, a volunteer group, the town "
        "has lost nine old houses since 2019."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert [q for _s, q in rows] == ["the town has lost nine old houses since 2019"]
    assert "Tamarack Heritage Trust" in rows[0][0]


def test_per_hour_is_no_source():
    text = "The guild pays bakers $22 per hour, per the contract signed in June."
    assert quote_rows(text, "speaker", "quote") == []


def test_reported_to_have_said_is_her_statement():
    text = "Mayor Ines Taviani-Roke is reported to have said at a dinner last week that she would not run again."
    assert quote_rows(text, "speaker", "quote") == [
        ("Ines Taviani-Roke", "she would not run again")
    ]


def test_said_to_have_told_after_an_apposition():
    text = (
        "Goalie Rasmus Oyelowo-Trent, a 12-year veteran, is said to have told teammates "
        "in a group chat that he was ready to retire."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Rasmus Oyelowo-Trent", "he was ready to retire")
    ]


def test_wants_to_have_said_is_no_report():
    text = "Tom Vale hoped to have said goodbye to his team before the season ended."
    assert quote_rows(text, "speaker", "quote") == []


def test_fees_that_added_a_sum_are_no_speakers():
    text = (
        "Port fees on its northern routes added $3.75 to the price of a shipping container "
        "this fall. The terminal reopened on Monday."
    )
    assert quote_rows(text, "speaker", "quote") == []


def test_added_that_a_sum_is_still_speech():
    text = "Treasurer Ilse Vanterpool-Grey added that $40 million was set aside for repairs."
    assert quote_rows(text, "speaker", "quote") == [
        ("Ilse Vanterpool-Grey", "$40 million was set aside for repairs")
    ]


def test_when_asked_tail_is_no_content():
    text = (
        "The firm bought the warehouse in 2020, not a decade ago, Selim Varga-Hollis said "
        "when asked about the complaint."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Selim Varga-Hollis", "The firm bought the warehouse in 2020, not a decade ago")
    ]


def test_after_being_pressed_then_that_keeps_the_clause():
    text = "Selim Varga-Hollis said after being pressed on the cost that the roof would be fixed."
    assert quote_rows(text, "speaker", "quote") == [
        ("Selim Varga-Hollis", "the roof would be fixed")
    ]


def test_issued_a_statement_after_an_indefinite_apposition():
    text = (
        "The Prairie Reading Circle, a volunteer group that tracks book challenges across "
        "the province, issued a statement saying challenges had doubled since 2021."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("the Prairie Reading Circle", "challenges had doubled since 2021")
    ]


def test_the_description_who_named_after_with_a_title_and_affiliation():
    text = (
        "The economist who reviewed the budget, Dr. Lucinda Ferreira-Okoye of "
        "Brock University, said the numbers were sound.\n\n"
        "The economist said the deficit would shrink by 2027."
    )
    assert _speakers(text, "the deficit would shrink by 2027") == ["Lucinda Ferreira-Okoye"]


def test_the_description_without_a_named_apposition_stays_a_description():
    text = (
        "The economist who reviewed the budget said the numbers were sound.\n\n"
        "The economist said the deficit would shrink by 2027."
    )
    spk = _speakers(text, "the deficit would shrink by 2027")
    assert spk and spk[0].lower() == "the economist"


def test_quoted_a_long_role_then_the_name_as_saying():
    text = (
        "The Harbour Gazette quoted the owner of a Front Street bakery, Imelda Szabo-Quist, "
        "as saying that she had run out of bread by noon."
    )
    assert quote_rows(text, "speaker", "quote") == [
        ("Imelda Szabo-Quist", "she had run out of bread by noon")
    ]
