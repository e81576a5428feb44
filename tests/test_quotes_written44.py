"""written36's rules (session 24), from the thirty-sixth blind written set: every
sentence here is written for the test."""

from __future__ import annotations

from tests._quote_rows import quote_rows


def _speakers(text):
    return {q: s for s, q in quote_rows(text, "speaker", "quote")}


def test_lede_description_takes_the_apposed_name_of_the_next_speaker():
    text = (
        "HALIFAX — The town will run out of road salt by February, the head of its roads "
        "department warned on Tuesday.\n\n"
        "Mira Costa-Bell, the town's director of roads and sidewalks, said the supplier had "
        "cut every order in half."
    )
    got = _speakers(text)
    assert got["The town will run out of road salt by February"] == "Mira Costa-Bell"
    assert got["the supplier had cut every order in half"] == "Mira Costa-Bell"


def test_lede_description_takes_the_referent_of_the_same_head_later():
    text = (
        "REGINA — Jurors must set aside what they read online, a judge told them on Monday.\n\n"
        "Prosecutor Anne Roe said the evidence was overwhelming.\n\n"
        "Defence lawyer Tom Vale said his client was at home that night.\n\n"
        "Justice Martin Okafor listened without comment. \u201cYou decide this case on the "
        "evidence alone,\u201d the judge said."
    )
    got = _speakers(text)
    assert got["Jurors must set aside what they read online"] == "Martin Okafor"


def test_lede_description_takes_the_next_speaker_whose_mention_holds_its_head():
    text = (
        "MONCTON — The play began as a bet between cousins, its director says.\n\n"
        "\u201cWe thought it would close in a week,\u201d director Lena Ouellet told reporters."
    )
    got = _speakers(text)
    assert got["The play began as a bet between cousins"] == "Lena Ouellet"


def test_lede_description_stays_when_the_next_speaker_is_someone_else():
    text = (
        "SAINT JOHN — The bridge will stay closed until spring, a provincial engineer said "
        "on Friday.\n\n"
        "Mayor Karen Doyle, who drives across it every day, said the closure was a "
        "disaster for businesses on the west side."
    )
    got = _speakers(text)
    assert got["The bridge will stay closed until spring"] == "a provincial engineer"


def test_lede_company_with_a_participle_phrase_is_the_speaker_not_the_place():
    text = (
        "ESTEVAN, Sask. — A Regina company hoping to store carbon dioxide deep beneath "
        "southeast Saskatchewan says the gas will never reach the surface.\n\n"
        "Northfield Carbon Ltd. filed its application in March. The firm employs 40 people, "
        "according to the company, which is privately held."
    )
    rows = quote_rows(text, "speaker", "speaker_mention", "quote")
    lede = [r for r in rows if r[2] == "the gas will never reach the surface"]
    assert lede and lede[0][1] == "A Regina company"
    assert lede[0][0] == "Northfield Carbon Ltd."


def test_a_name_that_is_the_subject_stays_the_speaker():
    text = "A day after the vote in Ottawa, Premier Ann Roe says the deal is dead."
    assert _speakers(text)["the deal is dead"] == "Ann Roe"
