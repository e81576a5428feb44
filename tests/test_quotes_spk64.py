"""spk64's rules (session 41 round 2, speakers left by session 41 round 1), each checked
on sentences written for this file.

* A bare title with no name ("Chair of the Halifax Board of Trade said A") is the one
  person the article names with that office before ("Ann Roe, chair of the Halifax
  Board of Trade,"; "Board of Trade chair Ann Roe"; ``roles._bare_title_holder``,
  ``office_named.office_holders``); two holders or none: the title phrase stays.
* "The Prince Rupert mayor said A" / "the chair of the X said A" is the one person the
  article names with that role of that place or body in any of the usual forms ("NAME,
  the mayor of Prince Rupert,", "the mayor of Prince Rupert, NAME,", "Prince Rupert
  Mayor NAME", "NAME, the Prince Rupert mayor,"; ``office_named.office_holder_named``);
  two places' mayors each keep their own; two holders of one office: left.
* "She and her brother, Mark Roe, share the cabin. They say A": the pair of a pronoun
  and an apposed relative is the two people, the pronoun resolved to the nearest clause
  subject of its sex (else a name whose given name is of its sex) in
  ``groups._pair_subject`` (``groups._pronoun_kin_apposed``); a pronoun that names
  nobody of its sex ("Tom Vale ... She and her brother") leaves "They".
* "The ex-premier said A" / "The former premier said A" is the person introduced with
  the former office ("Former premier NAME", "Ex-premier NAME", "Former Alberta premier
  NAME", "NAME, a former premier,"; ``former_titles``: "ex-" is "former", the capitalised
  sentence-opening "Former", place words before the role); a sitting "Premier NAME"
  leaves the description.
"""

from __future__ import annotations

from tests._quote_rows import speech_rows


def speaker_for(text, opening):
    """The speaker of the first row whose quote opens with ``opening`` (None if none)."""
    return next((s for s, _, q in speech_rows(text) if q.startswith(opening)), None)


_SAID = "\n\nChair of the Halifax Board of Trade said the port needed new cranes."


def test_bare_title_is_the_apposed_holder():
    t = "Ann Roe, chair of the Halifax Board of Trade, spoke to reporters on Monday." + _SAID
    assert speaker_for(t, "the port") == "Ann Roe"


def test_bare_title_is_the_holder_titled_before_the_name():
    t = "Board of Trade chair Ann Roe opened the meeting on Monday." + _SAID
    assert speaker_for(t, "the port") == "Ann Roe"


def test_bare_title_of_credit_union_named_after_the_title():
    t = (
        "The president of the Elm Credit Union, Dana Kell, opened the meeting.\n\n"
        "President of the Elm Credit Union said the branch would stay open."
    )
    assert speaker_for(t, "the branch") == "Dana Kell"


def test_bare_title_with_two_holders_stays_the_title():
    t = (
        "Ann Roe, chair of the Halifax Board of Trade, and Tom Vale, chair of the Halifax "
        "Board of Trade until May, spoke on Monday." + _SAID
    )
    assert speaker_for(t, "the port") == "chair of the Halifax Board of Trade"


def test_bare_title_with_no_holder_stays_the_title():
    t = "The port opened a new berth on Monday." + _SAID
    assert speaker_for(t, "the port") == "chair of the Halifax Board of Trade"


def test_place_role_after_role_of_place_apposition():
    t = (
        "Ann Roe, the mayor of Prince Rupert, toured the dock on Monday.\n\n"
        "The Prince Rupert mayor said the port needed new cranes."
    )
    assert speaker_for(t, "the port") == "Ann Roe"


def test_place_role_after_title_then_apposed_name():
    t = (
        "The mayor of Yellowknife, Corin Vale, toured the dock on Monday.\n\n"
        "The Yellowknife mayor said the road needed work."
    )
    assert speaker_for(t, "the road") == "Corin Vale"


def test_role_of_body_after_body_titled_name():
    t = (
        "Board of Trade chair Ann Roe opened the meeting on Monday.\n\n"
        "The chair of the Halifax Board of Trade said the port needed new cranes."
    )
    assert speaker_for(t, "the port") == "Ann Roe"


def test_two_places_mayors_keep_their_own():
    t = (
        "Ann Roe, the mayor of Prince Rupert, and Tom Vale, the mayor of Terrace, toured "
        "the dock on Monday.\n\nThe Prince Rupert mayor said the port needed new cranes. "
        "The Terrace mayor said the road was worse."
    )
    assert speaker_for(t, "the port") == "Ann Roe"
    assert speaker_for(t, "the road") == "Tom Vale"


def test_two_mayors_of_one_place_left():
    t = (
        "Tom Vale, the mayor of Prince Rupert until 2022, and Ann Roe, the mayor of "
        "Prince Rupert now, toured the dock.\n\nThe Prince Rupert mayor said the road was worse."
    )
    assert speaker_for(t, "the road") == "The Prince Rupert mayor"


_PAIR = "She and her brother, Mark Roe, share the cabin near Gimli. "


def test_they_after_pronoun_and_apposed_brother():
    t = "Ann Roe grew up on Lake Winnipeg.\n\n" + _PAIR + "They say the lake has risen."
    assert speaker_for(t, "the lake") == "Ann Roe and Mark Roe"


def test_they_after_pronoun_pair_with_quoted_person_before():
    t = '"The water keeps coming," Ann Roe said.\n\n' + _PAIR + "They say the lake has risen."
    assert speaker_for(t, "the lake") == "Ann Roe and Mark Roe"


def test_quoted_they_after_his_sister_pair():
    t = (
        "Tom Vale farms near Dauphin.\n\nHe and his sister, Ann Vale, run the seed plant. "
        '"We lost half the crop," they said.'
    )
    assert speaker_for(t, "We lost") == "Tom Vale and Ann Vale"


def test_pronoun_of_no_one_of_its_sex_leaves_they():
    t = "Tom Vale grew up on Lake Winnipeg.\n\n" + _PAIR + "They say the lake has risen."
    assert speaker_for(t, "the lake") == "They"


_STALLED = "\n\nThe {} said the talks had stalled."


def test_ex_premier_after_former_premier_named():
    t = "Former premier Dana Kell met the minister on Monday." + _STALLED.format("ex-premier")
    assert speaker_for(t, "the talks") == "Dana Kell"


def test_ex_premier_after_apposed_former_premier():
    t = "Dana Kell, a former premier, met the minister." + _STALLED.format("ex-premier")
    assert speaker_for(t, "the talks") == "Dana Kell"


def test_former_premier_after_ex_premier_and_place_modifier():
    t = "Ex-premier Dana Kell met the minister on Monday." + _STALLED.format("former premier")
    assert speaker_for(t, "the talks") == "Dana Kell"
    t = "Former Alberta premier Lou Rand met Premier Tom Vale." + _STALLED.format("former premier")
    assert speaker_for(t, "the talks") == "Lou Rand"


def test_sitting_premier_is_no_ex_premier():
    t = "Premier Tom Vale met the mayor on Monday." + _STALLED.format("ex-premier")
    assert speaker_for(t, "the talks") == "The ex-premier"
    t = "Premier Tom Vale met the mayor on Monday." + _STALLED.format("former premier")
    assert speaker_for(t, "the talks") == "The former premier"
