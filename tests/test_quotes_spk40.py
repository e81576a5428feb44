"""spk40: speakers left by round 1 — a team position described by a place or
apposed to a name, ... (sentences written for these tests)."""

from tests._quote_rows import quote_rows


def _speaker(text, quote):
    found = [s for s, q in quote_rows(text, "speaker", "quote") if q == quote]
    assert found, quote_rows(text, "speaker", "quote")
    return found[0]


# --- item 1: "the Saskatchewan skip", "the third" ---


def test_place_skip_nobody_titled_so_is_the_player_just_named():
    text = (
        "Alberta skip Dana Whitcombe won the semifinal. Her opponent in the final was "
        "Joelle Prentice-Oakes of Saskatoon.\n\nFor Prentice-Oakes, the defeat was a familiar "
        'one.\n\n"We kept missing by an inch," the Saskatchewan skip said. "That is curling."'
    )
    assert _speaker(text, "We kept missing by an inch") == "Joelle Prentice-Oakes"


def test_place_skip_never_the_skip_titled_by_another_place():
    text = (
        "Alberta skip Dana Whitcombe won the semifinal on Saturday.\n\nWhitcombe will "
        'play again on Sunday.\n\n"We kept missing by an inch," the Saskatchewan skip said.'
    )
    assert _speaker(text, "We kept missing by an inch") != "Dana Whitcombe"


def test_place_skip_titled_so_stays_that_person():
    text = (
        "Saskatchewan skip Joelle Prentice-Oakes lost to Alberta skip Dana Whitcombe.\n\n"
        'Whitcombe smiled. "We kept missing by an inch," the Saskatchewan skip said.'
    )
    assert _speaker(text, "We kept missing by an inch") == "Joelle Prentice-Oakes"


def test_position_apposed_to_an_owner_is_that_name():
    text = (
        "Skip Dana Whitcombe made the last shot. Her third, Mireille Ostrander-Ng, swept "
        "it home.\n\nOstrander-Ng had an easy plan for the night. Sleep, the third said, "
        "and a big breakfast."
    )
    rows = quote_rows(text, "speaker", "quote")
    assert any(s == "Mireille Ostrander-Ng" for s, q in rows), rows


# --- item 2: a "she" in a man's reported words is no evidence of his gender ---


def test_reported_she_then_he_said_keeps_the_unlisted_name():
    text = (
        "Marta Quill, 44, was hurt when the ferry ramp gave way on Tuesday, said Tobias "
        'Wren-Akers, the ferry captain. "The ramp just folded," he said.\n\nThe hospital\'s '
        "trauma surgeon, Dr. Rahim Vashti-Orme, said she was being treated for two broken "
        'ribs.\n\n"She is stable and she is lucky," he said.'
    )
    assert _speaker(text, "She is stable and she is lucky") == "Rahim Vashti-Orme"


def test_reported_she_then_she_said_still_genders_the_name():
    text = (
        "Tobias Wren-Akers captains the ferry. Adaeze Obi-Lund said she was on the ramp "
        'when it folded.\n\n"I heard it crack," she said.'
    )
    assert _speaker(text, "I heard it crack") == "Adaeze Obi-Lund"


# --- item 4: a plural kin word before a pair of given names ---


def test_siblings_before_a_name_pair_is_no_name_word():
    text = (
        "Siblings Mélanie and Luc Duchesne have run the bakery on Rue Cartier since 2009. "
        'The oven broke on Friday.\n\n"We baked nothing for two days," said Mélanie.'
    )
    assert _speaker(text, "We baked nothing for two days") == "Mélanie Duchesne"


def test_company_brothers_stays_in_its_name():
    text = 'Warner Brothers said the film was late. "We are sorry," said Tom Roe-Vail.'
    assert _speaker(text, "We are sorry") == "Tom Roe-Vail"
    rows = quote_rows(text, "speaker", "quote")
    assert ("Warner Brothers", "the film was late") in rows, rows
