"""Session 31 round 2 (left61): rows missed in round 1, in sentences written for the tests."""

from tests._quote_rows import has_quote, speech_rows


def test_long_participle_description_after_content():
    text = (
        "Daycare workers will strike next week, the head of the union representing "
        "2,300 daycare educators in the Eastern Townships said Monday."
    )
    assert has_quote(text, "the head of the union", "Daycare workers will strike next week")
    assert all("Townships" not in s for s, _, _ in speech_rows(text))


def test_participle_description_with_place_phrase():
    text = (
        "The rent hike is illegal, a retired bus driver facing eviction from a north-end "
        "Halifax housing co-operative said Tuesday."
    )
    assert has_quote(text, "a retired bus driver", "The rent hike is illegal")


def test_relative_description_after_content():
    text = "Service will resume Friday, the agency that runs the city's subways said Wednesday."
    assert has_quote(text, "the agency", "Service will resume Friday")


def test_plain_description_keeps_its_row():
    text = "The plan will fail, a retired bus driver said Tuesday."
    assert has_quote(text, "a retired bus driver", "The plan will fail")


def test_assured_listener_with_occasion_before_that():
    text = (
        "The chief executive assured investors in a conference call that the plant would stay open."
    )
    assert has_quote(text, "chief executive", "the plant would stay open")


def test_told_crowd_with_places_before_that():
    text = (
        "The union leader told a crowd of several hundred picketers outside the plant in "
        "Sherbrooke that the strike would continue."
    )
    assert has_quote(text, "union leader", "the strike would continue")


def test_assured_with_comma_break_needs_its_own_that():
    text = "The mayor assured residents, after the storm, the roads were safe."
    assert all(q != "that the roads were safe" for _, _, q in speech_rows(text))
