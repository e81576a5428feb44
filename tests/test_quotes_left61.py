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
