"""desc26: description and pronoun speakers (sentences written for these tests)."""

from __future__ import annotations

from tests._quote_rows import speech_rows

_LEDE = (
    "Driver jailed for crash\n\n"
    "TORONTO — A man who killed a cyclist was sentenced Thursday to five years, with a judge"
    " telling him his apology was sincere but came too late.\n\n"
    "Tom Vale, 41, pleaded guilty in May.\n\n"
)


def _speaker_of(text, quote):
    return [s for s, _c, q in speech_rows(text) if q == quote]


def test_lede_description_takes_the_one_person_titled_so_later():
    text = (
        _LEDE + "In her decision, Superior Court Justice Ann Roe said the crash was no accident.\n"
    )
    assert _speaker_of(text, "his apology was sincere but came too late") == ["Ann Roe"]


def test_lede_description_with_the_same_title_later():
    text = (
        "Council rejects plan\n\nA plan to close the library was rejected Monday, a councillor"
        " said.\n\nThe vote was 7-4.\n\nCouncillor Mia Dube said the library would stay open.\n"
    )
    assert _speaker_of(text, "A plan to close the library was rejected Monday") == ["Mia Dube"]


def test_lede_description_left_alone_when_two_are_titled_so():
    text = (
        _LEDE + "Justice Ann Roe said the crash was no accident. Justice Lia Moss, hearing a"
        " second case, said the courts were busy.\n"
    )
    assert _speaker_of(text, "his apology was sincere but came too late") == ["a judge"]


def test_description_after_the_lede_is_not_named_from_a_later_title():
    text = (
        "Driver jailed\n\nTom Vale, 41, pleaded guilty in May.\n\nHe was jailed, with a judge"
        " telling him his apology came too late.\n\nJustice Ann Roe said the crash was no"
        " accident.\n"
    )
    assert _speaker_of(text, "his apology came too late") == ["a judge"]


def test_deputy_title_later_is_someone_else():
    text = (
        "Council rejects plan\n\nA plan to close the library was rejected Monday, a mayor"
        " said.\n\nThe vote was 7-4.\n\nDeputy Mayor Mia Dube said the library would stay open.\n"
    )
    assert _speaker_of(text, "A plan to close the library was rejected Monday") == ["a mayor"]


_PROFILE = (
    "Ada Holt, who ran the town pool for 40 years, has died at 91.\n\n"
    "Holt died Monday. She was 91.\n\n"
    "“She was in the water before the sun came up,” said her son, Mark Holt-Reyes.\n\n"
    "His wife, Nora Holt-Reyes, taught swimming beside her for a decade.\n\n"
    "“Swimmers are made in the cold,” she would say to anyone who complained.\n"
)


def test_habitual_would_say_goes_to_the_owner_of_the_kinship():
    text = _PROFILE.replace("His wife, Nora Holt-Reyes, taught", "Her daughter, Lia Holt, taught")
    text = text.replace("beside her", "beside her mother")
    got = _speaker_of(text, "Swimmers are made in the cold")
    assert got == ["Ada Holt"]


def test_habitual_would_say_kept_when_the_relative_is_owned_by_a_man():
    # "His wife": the wife of the son, not the subject's relative by that kinship
    got = _speaker_of(_PROFILE, "Swimmers are made in the cold")
    assert got != ["Ada Holt"]


def test_plain_said_stays_with_the_relative():
    text = _PROFILE.replace("His wife, Nora Holt-Reyes, taught", "Her daughter, Lia Holt, taught")
    text = text.replace("she would say to anyone who complained", "she said")
    assert _speaker_of(text, "Swimmers are made in the cold") == ["Lia Holt"]


_KNEEL = (
    "Candidates make final pitch\n\nPolls have shown Chris Vance lagging in sixth place.\n\n"
    "Vance began the morning by dropping to one knee, all but begging a woman who claimed to be"
    " undecided to cast her ballot for him. After he gave her a long answer about pensions, she"
    " said he had her vote.\n"
)


def test_she_takes_the_woman_not_a_name_of_either_sex():
    assert _speaker_of(_KNEEL, "he had her vote") == ["a woman"]


def test_she_keeps_a_woman_by_given_name():
    text = (
        _KNEEL.replace("Chris Vance", "Ann Vance")
        .replace("for him", "for her")
        .replace("After he gave her", "After she gave her")
    )
    assert _speaker_of(text, "he had her vote") == ["Ann Vance"]


def test_gendered_noun_in_apposition_is_the_named_person():
    text = (
        "Town votes\n\nChris Vance, a mother of three who runs the bakery, waited two hours."
        " Asked about the line, she said it was worth it.\n"
    )
    assert _speaker_of(text, "it was worth it") == ["Chris Vance"]


def test_gendered_noun_of_the_other_sex_is_skipped():
    text = _KNEEL.replace("a woman who claimed", "a man who claimed").replace(
        "cast her ballot", "cast his ballot"
    )
    assert _speaker_of(text, "he had her vote") != ["a man"]


_FIRE = (
    "Fire forces evacuation\n\n"
    "PINE RIDGE, Sask. — Residents of a northern hamlet were ordered out Sunday as a grass fire"
    " spread east, the province said in an update. It said crews expect strong winds Monday.\n\n"
    "Firefighters from Manitoba arrived overnight.\n"
)


def test_a_datelines_abbreviation_is_no_naming():
    rows = speech_rows(_FIRE)
    assert [s for s, _c, _q in rows] == ["the province", "the province"]


def test_the_province_is_the_one_province_named_before_it():
    text = _FIRE.replace("PINE RIDGE, Sask. — Residents of a northern hamlet", "Residents of a"
                         " northern Manitoba hamlet")  # fmt: skip
    assert [s for s, _c, _q in speech_rows(text)][:1] == ["Manitoba"]


def test_the_province_stays_when_two_provinces_came_before_and_no_dateline():
    text = _FIRE.replace(
        "PINE RIDGE, Sask. — Residents of a northern hamlet",
        "Residents of a hamlet on the Manitoba and Saskatchewan border",
    )
    assert [s for s, _c, _q in speech_rows(text)][:1] == ["the province"]


_TENANT = (
    "Tenants strike\n\nNot every tenant joined. Ed Kowal, 81, who has lived in the building"
    " since 1979, said he held out until October.\n\n"
    "“I have paid my rent on time for 45 years,” the retired machinist said.\n"
)


def test_retired_description_varies_the_person_just_named():
    assert _speaker_of(_TENANT, "I have paid my rent on time for 45 years") == ["Ed Kowal"]


def test_retired_description_not_after_another_person_named():
    text = _TENANT.replace("until October.", "until October, when Mia Dube asked him to join.")
    assert _speaker_of(text, "I have paid my rent on time for 45 years") != ["Ed Kowal"]


def test_plain_new_description_is_still_never_called_so():
    text = _TENANT.replace("the retired machinist", "the defence lawyer")
    assert _speaker_of(text, "I have paid my rent on time for 45 years") != ["Ed Kowal"]
