"""Rows left by session 32 round 1 (left63), each checked with sentences written for it."""

from tests._quote_rows import has_quote, speech_rows

# 1. "only" around the cue: a reply limited to its content, a report


def test_only_before_the_cue_is_not_part_of_the_name():
    rows = speech_rows("Dale Brook only said that the ferry would sail at noon.")
    assert rows == [("Dale Brook", "said", "the ferry would sail at noon")]


def test_would_only_say_that_is_a_report():
    text = "Dale Brook would only say that the ferry would sail at noon."
    assert has_quote(text, "Dale Brook", "the ferry would sail at noon")


def test_would_only_tell_a_listener_that_is_a_report():
    text = "The skipper would only tell reporters that the hull was sound."
    assert has_quote(text, "skipper", "the hull was sound")


def test_apposed_name_would_say_only_that():
    text = "The harbour master, Dale Brook, would say only that the ferry would sail at noon."
    assert has_quote(text, "Dale Brook", "the ferry would sail at noon")


def test_apposed_name_would_only_say_that():
    text = "The harbour master, Dale Brook, would only say that the ferry would sail at noon."
    assert has_quote(text, "Dale Brook", "the ferry would sail at noon")


def test_apposed_name_will_argue_at_a_hearing_that():
    text = "Dale Brook, the harbour master, will argue at the hearing that the lease is void."
    assert has_quote(text, "Dale Brook", "the lease is void")


def test_would_only_say_without_that_stays_a_guess():
    assert speech_rows("Most sailors would only say the ferry is slow.") == []


def test_apposed_name_would_say_without_only_stays_a_guess():
    text = "The harbour master, Dale Brook, would say that the ferry is slow."
    assert speech_rows(text) == []


# 2. "according to" a bare source noun right before its clause, with no comma


def test_according_to_police_with_no_comma():
    text = "According to police the driver left the scene on a bicycle."
    assert speech_rows(text) == [
        ("police", "According to", "the driver left the scene on a bicycle")
    ]


def test_according_to_plural_officials_with_no_comma():
    text = "According to officials the pier will reopen in June."
    assert has_quote(text, "officials", "the pier will reopen in June")


def test_according_to_police_with_a_comma_unchanged():
    text = "According to police, the driver left the scene on a bicycle."
    assert has_quote(text, "police", "the driver left the scene on a bicycle")


# 3. objects, no speech: "wrote" + a catalogue or biography, "reported" + income (not
# "recalled" + a noun phrase: PolNeAR annotates "recalling a visit to his church")


def test_wrote_a_catalogue_in_a_relative_is_no_speech():
    text = (
        "Mira Castell, who wrote a 2011 catalogue of Ben Oduya's prints, said the sheets had faded."
    )
    assert speech_rows(text) == [("Mira Castell", "said", "the sheets had faded")]


def test_wrote_a_biography_is_no_speech():
    assert speech_rows("Mira Castell wrote a biography of the engraver in 2011.") == []


def test_reported_income_with_a_modifier_is_no_speech():
    assert speech_rows("The credit union reported record net income of $31 million.") == []
    assert speech_rows("The credit union reported higher net income for the year.") == []


def test_reported_that_income_fell_stays_a_report():
    text = "The credit union reported that net income fell to $31 million."
    assert has_quote(text, "credit union", "net income fell to $31 million")


# 4. "added" + an object with "the one" and a relative clause after it


def test_added_a_title_then_the_one_he_won():
    assert speech_rows("The skater added a second title, the one she missed in 2019.") == []


def test_added_a_title_to_the_one_he_won():
    assert speech_rows("The skater added a third title to the one she won in 2021.") == []


def test_added_that_the_one_stays_a_report():
    text = "The skater added that the one she won in 2021 meant more."
    assert has_quote(text, "skater", "the one she won in 2021 meant more")
