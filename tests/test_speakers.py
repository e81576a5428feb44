"""Speaker resolution across articles, speaker counts and the speaker tables
behind notebook 03 — on small hand-built quote frames (texts written here)."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import extract_quotes, resolve_speakers, speaker_counts  # noqa: E402
from analysis.speakers import (  # noqa: E402
    anonymous_share,
    co_quotation,
    kind_by,
    parse_person_name,
    quotes_over_time,
    speaker_quotes,
)


def Q(rows, **cols):
    """Quotes frame from (article_id, speaker, speaker_type[, mention]) tuples."""
    recs = []
    for i, r in enumerate(rows):
        aid, spk, typ = r[:3]
        recs.append(
            {
                "article_id": aid,
                "quote_id": i,
                "speaker": spk,
                "speaker_mention": r[3] if len(r) > 3 else spk,
                "speaker_type": typ,
                "cue": "said",
                "kind": "direct",
                "quote": "we will see",
                "start": 0,
                "end": 11,
                "sentence_id": 0,
            }
        )
    df = pd.DataFrame(recs)
    for k, v in cols.items():
        df[k] = v
    return df


def ids(frame):
    return dict(zip(frame["speaker"] + "@" + frame["article_id"], frame["speaker_id"], strict=True))


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "mention, key, gender",
    [
        ("Russian President Vladimir Putin", ("vladimir", "putin"), None),
        ("Mr. Bush's", ("bush",), "m"),
        ("Mrs. Clinton", ("clinton",), "f"),
        ("MS. PSAKI", ("psaki",), "f"),
        ("Secretary of State Antony Blinken", ("antony", "blinken"), None),
        ("White House press secretary Jen Psaki", ("jen", "psaki"), None),
        ("Betty White", ("betty", "white"), None),
        ("Martin Luther King Jr.", ("martin", "luther", "king"), None),
        ("Osama bin Laden", ("osama", "bin", "laden"), None),
        ("Putin, the Russian president", ("putin",), None),
        ("José Zémin", ("jose", "zemin"), None),
        ("the President", (), None),
        ("", (), None),
    ],
)
def test_parse_person_name(mention, key, gender):
    _, k, g = parse_person_name(mention)
    assert k == key
    assert g == gender


def test_parse_person_name_never_raises_on_odd_strings():
    for s in [None, 3.5, "\x00\x01", "״שלום״ 😀", "x" * 1_000_000, "Mr.", "'s", "«»"]:
        parse_person_name(s)


# ---------------------------------------------------------------- resolve


def test_bill_and_hillary_clinton_are_not_merged():
    q = Q([("a", "Bill Clinton", "person"), ("b", "Hillary Clinton", "person")])
    r = resolve_speakers(q)
    assert r["speaker_id"].tolist() == ["bill-clinton", "hillary-clinton"]
    assert r["speaker_name"].tolist() == ["Bill Clinton", "Hillary Clinton"]


def test_surname_merged_into_unique_full_name_across_articles():
    q = Q(
        [
            ("a", "Vladimir Putin", "person"),
            ("b", "Putin", "person", "Mr. Putin"),
            ("c", "President Putin's", "person"),
            ("c", "PUTIN", "person"),
        ]
    )
    r = resolve_speakers(q)
    assert set(r["speaker_id"]) == {"vladimir-putin"}
    assert set(r["speaker_name"]) == {"Vladimir Putin"}


def test_ambiguous_surname_stays_separate():
    q = Q(
        [
            ("a", "Bill Clinton", "person"),
            ("b", "Hillary Clinton", "person"),
            ("c", "Clinton", "person"),
        ]
    )
    r = resolve_speakers(q)
    assert r["speaker_id"].tolist() == ["bill-clinton", "hillary-clinton", "clinton"]
    assert r["speaker_name"].iloc[2] == "Clinton"


def test_same_article_full_name_wins_over_corpus_ambiguity():
    q = Q(
        [
            ("a", "Bill Clinton", "person"),
            ("a", "Clinton", "person"),
            ("b", "Hillary Clinton", "person"),
            ("b", "Clinton", "person"),
        ]
    )
    r = resolve_speakers(q)
    assert r["speaker_id"].tolist() == [
        "bill-clinton",
        "bill-clinton",
        "hillary-clinton",
        "hillary-clinton",
    ]


def test_full_name_stated_in_article_text_resolves_surname():
    q = Q(
        [
            ("a", "Bill Clinton", "person"),
            ("b", "Hillary Clinton", "person"),
            ("c", "Clinton", "person"),
        ]
    )
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": ["", "", "Former secretary Hillary Clinton spoke. Clinton said no."],
        }
    )
    r = resolve_speakers(q, arts)
    assert r["speaker_id"].iloc[2] == "hillary-clinton"
    # without the texts the surname is ambiguous
    assert resolve_speakers(q)["speaker_id"].iloc[2] == "clinton"


def test_gender_hint_picks_among_full_names():
    q = Q(
        [
            ("a", "Bill Clinton", "person", "Mr. Clinton"),
            ("b", "Hillary Clinton", "person"),
            ("c", "Clinton", "person", "Mrs. Clinton"),
            ("d", "Clinton", "person", "Mr. Clinton"),
        ]
    )
    r = resolve_speakers(q)
    # Bill is known male, so Mrs. Clinton can only be Hillary; Mr. Clinton fits
    # both (Hillary's gender is unknown), so it stays separate
    assert r["speaker_id"].iloc[2] == "hillary-clinton"
    assert r["speaker_id"].iloc[3] == "clinton"


def test_unresolved_surnames_of_both_genders_are_split():
    q = Q([("a", "Clinton", "person", "Mr. Clinton"), ("b", "Clinton", "person", "Mrs. Clinton")])
    r = resolve_speakers(q)
    assert r["speaker_id"].nunique() == 2
    assert set(r["speaker_name"]) == {"Mr. Clinton", "Ms. Clinton"}


def test_middle_initial_variants_merge_but_different_initials_do_not():
    q = Q([("a", "George W. Bush", "person"), ("b", "George Bush", "person")])
    assert resolve_speakers(q)["speaker_id"].nunique() == 1
    q2 = Q(
        [
            ("a", "George W. Bush", "person"),
            ("b", "George H. W. Bush", "person"),
            ("c", "George Bush", "person"),
            ("d", "Bush", "person"),
        ]
    )
    r = resolve_speakers(q2)
    assert r["speaker_id"].nunique() == 4


def test_anonymous_and_organisations_normalised_never_merged_into_people():
    q = Q(
        [
            ("a", "a senior White House official", "anonymous"),
            ("b", "A senior White House official", "anonymous"),
            ("c", "The Kremlin", "organization"),
            ("c", "Kremlin", "person"),
            ("d", "officials", "group"),
        ]
    )
    r = resolve_speakers(q)
    assert r["speaker_name"].tolist()[:3] == [
        "senior white house official",
        "senior white house official",
        "Kremlin",  # issue 13: organisations keep their written name
    ]
    assert r["speaker_id"].iloc[0] == r["speaker_id"].iloc[1]
    # issue 13: "Kremlin" typed person by the extractor is the same organisation
    assert r["speaker_type"].tolist()[2:4] == ["organization", "organization"]
    assert r["speaker_id"].iloc[2] == r["speaker_id"].iloc[3] == "org-kremlin"
    assert not r["speaker_id"].iloc[:2].isin(r["speaker_id"].iloc[2:]).any()
    assert r["speaker_id"].iloc[4] != "officials"


def test_resolve_is_deterministic_and_pure():
    q = Q(
        [
            ("b", "Putin", "person"),
            ("a", "Vladimir Putin", "person"),
            ("c", "Jiang Zemin", "person"),
            ("c", "an aide", "anonymous"),
        ]
    )
    before = q.copy()
    r1 = resolve_speakers(q)
    r2 = resolve_speakers(q.iloc[::-1])
    pd.testing.assert_frame_equal(q, before)
    assert "speaker_id" not in q
    assert ids(r1) == ids(r2)
    assert r1.index.equals(q.index)


def test_resolve_empty_and_odd_inputs():
    empty = Q([]).reindex(columns=["article_id", "speaker", "speaker_type"])
    r = resolve_speakers(empty)
    assert list(r.columns[-2:]) == ["speaker_id", "speaker_name"] and r.empty
    odd = Q([("a", None, "person"), ("a", "\x00", "unknown"), ("b", "😀", None)])
    assert resolve_speakers(odd)["speaker_id"].notna().all()


# ---------------------------------------------------------------- counts


def test_speaker_counts_numbers_and_order():
    q = Q(
        [
            ("a", "Ann Lee", "person"),
            ("a", "Ann Lee", "person"),
            ("b", "Ann Lee", "person"),
            ("b", "Bo Park", "person"),
            ("b", "an aide", "anonymous"),
            ("c", "Al Ray", "person"),
        ]
    )
    q["quote"] = ["one two", "three", "four five six", "x", "y z", "w"]
    assert speaker_counts(q)["speaker"].tolist() == ["Ann Lee", "Al Ray", "Bo Park"]  # people
    c = speaker_counts(q, types=None)
    assert c["speaker"].tolist() == ["Ann Lee", "Al Ray", "Bo Park", "an aide"]
    assert c["quotes"].tolist() == [3, 1, 1, 1]
    assert c["words"].tolist() == [6, 1, 1, 2]
    assert c["articles"].tolist() == [2, 1, 1, 1]
    assert c["share"].iloc[0] == pytest.approx(0.5)
    assert c["share"].sum() == pytest.approx(1.0)
    assert c.loc[c["speaker"] == "an aide", "speaker_type"].item() == "anonymous"


def test_speaker_counts_uses_resolved_names():
    q = Q([("a", "Vladimir Putin", "person"), ("b", "Putin", "person")])
    c = speaker_counts(resolve_speakers(q))
    assert c[["speaker", "speaker_id", "quotes", "articles"]].values.tolist() == [
        ["Vladimir Putin", "vladimir-putin", 2, 2]
    ]


def test_speaker_counts_by_article_column_and_month():
    q = Q(
        [
            ("a", "Ann Lee", "person"),
            ("a", "Bo Park", "person"),
            ("b", "Bo Park", "person"),
            ("c", "Bo Park", "person"),
        ]
    )
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "source": ["Wire", "Daily", "Daily"],
            "published": pd.to_datetime(["2025-01-03", "2025-02-01", None]),
        }
    )
    c = speaker_counts(q, by="source", articles=arts)
    assert c[["source", "speaker", "quotes", "share"]].values.tolist() == [
        ["Daily", "Bo Park", 2, 1.0],
        ["Wire", "Ann Lee", 1, 0.5],
        ["Wire", "Bo Park", 1, 0.5],
    ]
    m = speaker_counts(q, by="month", articles=arts)
    assert m["month"].tolist()[:3] == ["2025-01", "2025-01", "2025-02"]
    assert m["quotes"].sum() == 4  # the undated quote is kept in its own group
    with pytest.raises(KeyError):
        speaker_counts(q, by="source")


def test_speaker_counts_empty():
    c = speaker_counts(Q([]).reindex(columns=["article_id", "speaker", "speaker_type", "quote"]))
    assert c.empty
    assert {"speaker", "speaker_type", "quotes", "words", "articles", "share"} <= set(c.columns)


# ---------------------------------------------------------------- helpers


ARTS = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "title": ["A", "B", "C"],
        "source": ["Wire", "Daily", "Daily"],
        "published": pd.to_datetime(["2025-01-03", "2025-03-01", "2025-03-09"]),
        "text": [
            "Lee said: we will see. End.",
            "Park said: we will see.",
            "We will see, Lee said.",
        ],
    }
)


def helper_quotes():
    q = Q(
        [
            ("a", "Ann Lee", "person"),
            ("a", "an aide", "anonymous"),
            ("b", "Bo Park", "person"),
            ("c", "Lee", "person"),
            ("c", "Bo Park", "person"),
        ]
    )
    q["kind"] = ["direct", "indirect", "direct", "mixed", "direct"]
    q["start"] = [10, 0, 11, 0, 0]
    q["end"] = [21, 0, 22, 11, 11]
    return resolve_speakers(q)


def test_anonymous_share_by_source():
    s = anonymous_share(helper_quotes(), ARTS)
    assert s.values.tolist() == [["Daily", 3, 0, 0.0], ["Wire", 2, 1, 0.5]]


def test_kind_by_source_zero_fills():
    k = kind_by(helper_quotes(), ARTS)
    assert len(k) == 6
    daily = k[k["source"] == "Daily"].set_index("kind")
    assert daily["quotes"].to_dict() == {"direct": 2, "indirect": 0, "mixed": 1}
    assert daily["share"].sum() == pytest.approx(1.0)


def test_quotes_over_time_zero_filled_months():
    t = quotes_over_time(helper_quotes(), ARTS, speakers=["Ann Lee", "Bo Park"])
    lee = t[t["speaker"] == "Ann Lee"]
    assert lee["quotes"].tolist() == [1, 0, 1]
    assert lee["period"].dt.strftime("%Y-%m").tolist() == ["2025-01", "2025-02", "2025-03"]
    top = quotes_over_time(helper_quotes(), ARTS)  # top people by default
    assert set(top["speaker"]) == {"Ann Lee", "Bo Park"}
    undated = ARTS.assign(published=pd.NaT)
    assert quotes_over_time(helper_quotes(), undated).empty


def test_co_quotation_matrix():
    m = co_quotation(helper_quotes(), top=5)
    assert list(m.index) == ["Ann Lee", "Bo Park"]
    assert m.loc["Ann Lee", "Ann Lee"] == 2
    assert m.loc["Ann Lee", "Bo Park"] == m.loc["Bo Park", "Ann Lee"] == 1
    assert co_quotation(helper_quotes().iloc[:0]).empty


def test_speaker_quotes_with_context():
    t = speaker_quotes(helper_quotes(), ARTS, "ann-lee", context=10)
    assert t["article_id"].tolist() == ["a", "c"]
    assert t["quote"].iloc[0] == "we will see"
    assert t["before"].iloc[0] == "Lee said: "
    assert t["after"].iloc[0] == ". End."
    assert t["after"].iloc[1] == ", Lee said"
    assert speaker_quotes(helper_quotes(), ARTS, "Nobody").empty


# ---------------------------------------------------------------- plots


def test_speaker_plots_draw_and_handle_empty():
    from analysis.plots import speakers as sp

    q = helper_quotes()
    cases = [
        (sp.share_of_voice, speaker_counts(q)),
        (sp.anonymous_share_bars, anonymous_share(q, ARTS)),
        (sp.speaker_timeline, quotes_over_time(q, ARTS)),
        (sp.co_quotation_heatmap, co_quotation(q)),
        (sp.quote_kind_bars, kind_by(q, ARTS)),
        (sp.speaker_tone_bars, pd.DataFrame({"speaker": ["Ann Lee"], "compound": [0.3]})),
    ]
    for fn, data in cases:
        ax = fn(data=data)
        assert ax.get_title()
        assert not any(t.get_text() == "no data" for t in ax.texts)
        empty = fn(data=data.iloc[:0])
        assert empty.texts, fn.__name__
    plt.close("all")


def test_junior_is_a_different_person_unless_formal_middle_name():
    q = Q([("a", "Donald Trump", "person"), ("b", "Donald Trump Jr.", "person")])
    assert resolve_speakers(q)["speaker_id"].tolist() == ["donald-trump", "donald-trump-jr"]
    q2 = Q([("a", "James B. Comey", "person"), ("b", "James B. Comey Jr.", "person")])
    assert resolve_speakers(q2)["speaker_id"].nunique() == 1


def test_honorifics_in_article_text_give_gender():
    q = Q(
        [
            ("a", "Bill Clinton", "person"),
            ("b", "Hillary Clinton", "person"),
            ("c", "Clinton", "person", "Mrs. Clinton"),
        ]
    )
    arts = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "text": ["Mr. Clinton spoke at length.", "", ""]}
    )
    assert resolve_speakers(q, arts)["speaker_id"].iloc[2] == "hillary-clinton"
    assert resolve_speakers(q)["speaker_id"].iloc[2] == "clinton"


def test_one_title_list_serves_the_quote_engine_and_the_name_parser():
    from analysis import speakers
    from analysis.quotes.lexicon import TITLE_SECTIONS, lexicon, load_titles
    from analysis.quotes.names import _PERSON_TITLE

    titles = load_titles()
    assert set(titles) == set(TITLE_SECTIONS) and all(titles.values())
    for i, a in enumerate(TITLE_SECTIONS):  # every word in exactly one section
        for b in TITLE_SECTIONS[i + 1 :]:
            assert not titles[a] & titles[b], (a, b, sorted(titles[a] & titles[b]))
    every = set().union(*titles.values())
    assert lexicon().titles == every  # the quote engine strips all of them
    assert _PERSON_TITLE == titles["honorific"] | titles["role"]
    assert titles["role"] | titles["honorific"] | titles["modifier"] <= speakers._TITLES
    assert titles["descriptor"] <= speakers._SOFT
    # the same title read by both parsers
    assert parse_person_name("EPA Administrator Lee Zeldin")[0] == ("Lee", "Zeldin")
    arts = pd.DataFrame(
        {"article_id": ["a"], "text": ['"We are ready," EPA Administrator Lee Zeldin said.']}
    )
    assert extract_quotes(arts)["speaker"].tolist() == ["Lee Zeldin"]
