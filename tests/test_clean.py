"""Cleaning rules of analysis.clean on texts written here (none from the seed)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean import (
    clean_articles,
    clean_text,
    fix_mojibake,
    infer_from_filename,
    outlet_from_url,
    parse_date,
    roman_to_int,
)


def test_chrome_caption_copyright_credit_removed_and_recoverable():
    raw = (
        "Follow Metro Daily Live\n\n"
        "Dam Opens Early\n\n"
        "The new dam opened two weeks early, officials said on Monday.\n\n"
        "Engineers inspect the spillway...\n"
        "and the fish ladder\n\n"
        "Metro Daily Senior Correspondent Ann Lee reports the cost was lower.\n\n"
        "Copyright MCMXCIX Metro Holdings Inc. All rights reserved. Staff contributed to this report\n\n"
        "Read Metro Daily On\n"
    )
    body, removed, meta = clean_text(raw)
    assert meta == {"title": "Dam Opens Early", "year": 1999, "source": "Metro Daily"}
    assert body.split("\n\n") == [
        "The new dam opened two weeks early, officials said on Monday.",
        "Metro Daily Senior Correspondent Ann Lee reports the cost was lower.",
    ]
    removed_lines = removed.split("\n")
    assert removed_lines[0] == "Follow Metro Daily Live"
    assert (
        "Engineers inspect the spillway..." in removed_lines
        and "and the fish ladder" in removed_lines
    )
    assert removed_lines[-1] == "Read Metro Daily On"
    for line in removed_lines:
        assert line not in body


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jo Smith; Editing by Al Brown",
        "(Additional reporting by Kim Lee in Seoul)",
        "The Wire Service contributed to this report.",
        "© 2021 Some Paper LLC",
        "(c) 2016 Cable News Network. All rights reserved.",
        "Advertisement",
        "###",
        "Photo: Jane Doe/Getty Images",
    ],
)
def test_boilerplate_line_patterns(line):
    body, removed, _ = clean_text(f"Headline Here\n\nA real sentence about the vote.\n\n{line}\n")
    assert body == "A real sentence about the vote."
    assert removed == line


@pytest.mark.parametrize(
    "para",
    [
        "What happens next",  # subhead
        "For example:",
        "(c) costs to businesses arising from barriers to trade.",  # a list item, not a copyright
        "He said: “We will see.”",
        "Yes.",
        "The show airs live on Sunday at 9 p.m. and will also stream on the website for viewers in",
    ],
)
def test_real_short_paragraphs_and_subheads_kept(para):
    raw = f"Headline Here\n\nFirst real paragraph of the story.\n\n{para}\n\nLast real paragraph."
    body, removed, _ = clean_text(raw)
    assert para in body.split("\n\n") and removed == ""


def test_title_rules():
    # first line of the file may end with a period (PolNeAR-style titles)
    assert (
        clean_text("Trump wins the vote.\n\nBody one.\n\nBody two.")[2]["title"]
        == "Trump wins the vote."
    )
    # after chrome, a sentence is not a title
    _, _, meta = clean_text("Watch Channel Nine Live\n\nIt rained a lot today.\n\nMore rain.")
    assert "title" not in meta
    # a single paragraph is a body, not a title
    assert clean_text("Just one line.")[0] == "Just one line."
    # title given: a repeated first line is dropped
    assert clean_text("My Title\n\nBody.", detect_title=False, title="My Title")[0] == "Body."


def test_paragraphs_and_wrapped_lines():
    body, _, _ = clean_text("T\n\nline one\nwraps here.\n\n\n\nSecond para.\r\n")
    assert body == "line one wraps here.\n\nSecond para."


def test_never_raises_on_odd_strings():
    for s in [
        "",
        "\x00\x01",
        "“unbalanced",
        "x" * 200_000,
        "مرحبا بالعالم.\n\nשלום",
        "🎉🎉\n\n🎉",
        None,
        3,
    ]:
        body, removed, meta = clean_text(s)
        assert isinstance(body, str) and isinstance(removed, str) and isinstance(meta, dict)


def test_fix_mojibake_and_untouched_quotes():
    assert fix_mojibake("Itâ€™s â€œfineâ€\x9d") == "It’s “fine”"
    assert fix_mojibake("It’s “already fine”") == "It’s “already fine”"


def test_clean_articles_drops_lines_repeated_within_an_outlet():
    texts = [f"Story number {i} body.\n\nSign up for our Daily Brief" for i in range(6)]
    frame = pd.DataFrame(
        {
            "source": ["A"] * 6 + ["B"] * 2,
            "text": texts + ["Other.\n\nSign up for our Daily Brief"] * 2,
            "boilerplate": [""] * 8,
        }
    )
    out = clean_articles(frame)
    assert out["text"].iloc[0] == "Story number 0 body."
    assert out["boilerplate"].iloc[0] == "Sign up for our Daily Brief"
    assert out["text"].iloc[7].endswith("Sign up for our Daily Brief")  # B has too few articles
    assert frame["text"].iloc[0].endswith("Daily Brief")  # input not mutated
    few = clean_articles(frame, min_count=10)
    assert few["text"].tolist() == frame["text"].tolist()


@pytest.mark.parametrize(
    "value,expected,precision",
    [
        ("2016-11-27", "2016-11-27", "day"),
        ("2016-11-27T10:30:00-05:00", "2016-11-27 10:30", "time"),
        ("Nov 27, 2016", "2016-11-27", "day"),
        ("November 27, 2016 3:04 PM", "2016-11-27 15:04", "time"),
        ("27 Nov 2016", "2016-11-27", "day"),
        ("27/11/2016", "2016-11-27", "day"),
        ("11/27/2016", "2016-11-27", "day"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26 15:01:01", "time"),
        ("Sun, 27 Nov 2016 10:00:00 +0000", "2016-11-27 10:00", "time"),
        ("2016", "2016-01-01", "year"),
    ],
)
def test_parse_date_formats(value, expected, precision):
    ts, prec = parse_date(value)
    assert ts == pd.Timestamp(expected) and prec == precision


def test_parse_date_missing_and_garbage():
    assert parse_date(None)[0] is pd.NaT and parse_date("")[0] is pd.NaT
    assert parse_date("no date here at all")[0] is pd.NaT
    assert parse_date("05/06/2016", dayfirst=True)[0] == pd.Timestamp(2016, 6, 5)


def test_roman_filename_and_url_helpers():
    assert roman_to_int("MMI") == 2001 and roman_to_int("MCMXCIX") == 1999
    assert roman_to_int("IIII") is None and roman_to_int("ABC") is None
    assert infer_from_filename("usa-today_2016-07-04_slug")["source"] == "USA Today"
    assert infer_from_filename("notes") == {}
    assert outlet_from_url("https://bidenwhitehouse.archives.gov/x") == "White House"
    assert outlet_from_url("not a url") is None
