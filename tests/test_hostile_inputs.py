"""Hostile text (issue 12): whatever an article holds (floods of quotation marks,
runs of reporting verbs, thousands of speaker labels, control and bidi characters),
``extract_quotes`` and the other public entry points neither raise nor grow
super-linearly. No timing assertions: each pathological article is built at a size
where the quadratic code this guards against took seconds to minutes, and where
the linear code takes a fraction of a second; the fixes are also checked by
counting the work they do. All sentences are written here (fictional names);
``benchmarks/quotes_hostile.py`` measures the growth at 25k-400k characters."""

from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest

import analysis
from analysis import extract_quotes
from analysis.quotes import COLUMNS
from analysis.quotes import formats as F
from analysis.quotes.nonspeech import _char_before_last

N = 60_000  # characters per pathological article


def _fill(unit, n=N):
    """``unit(i)`` repeated until the text has n characters."""
    out, size, i = [], 0, 0
    while size < n:
        s = unit(i)
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:n]


def _name(i):
    first = ["Alma", "Boris", "Celia", "Dmitri", "Edna", "Farid", "Greta", "Hugo"][i % 8]
    last = "".join("bdfgklmnprstvz"[(i // 14**k) % 14] + "aeiou"[(i // 5**k) % 5] for k in range(4))
    return f"{first} Q{last}"


# name -> pathological article of about N characters
HOSTILE = {
    # one paragraph of quotation marks (dash_frames read back to the paragraph start
    # once per mark: quadratic)
    "paired_marks": lambda: _fill(lambda i: "“”"),
    "spaced_marks": lambda: _fill(lambda i: "“ ” "),
    "straight_marks": lambda: '"' * N,
    "nested_marks": lambda: _fill(lambda i: "‘“"),
    "dash_then_quote": lambda: _fill(lambda i: "— “We will win this now.” "),
    # '"...," saying' (the text before each cue was copied: quadratic)
    "quote_then_ing": lambda: _fill(lambda i: "“We will, we will,” saying "),
    # a transcript of thousands of distinct speaker labels (the text was lowered once
    # per label, and the sentence list copied to numpy once per turn: quadratic)
    "distinct_labels": lambda: "Talk.\n" + _fill(lambda i: f"{_name(i).upper()}: I said so.\n"),
    "open_quotes": lambda: _fill(lambda i: "“word "),
    "quote_said_unclosed": lambda: _fill(lambda i: "“Yes, said Zorn. "),
    "said_run": lambda: _fill(lambda i: "said ", N // 4),
    "according_to_run": lambda: _fill(lambda i: "according to ", N // 4),
    "colon_chain": lambda: _fill(lambda i: "Zorn said: ", N // 4),
    "paren_said": lambda: _fill(lambda i: "(Zorn said ", N // 4),
    "mr_run": lambda: "“Yes,” said " + _fill(lambda i: "Mr. ") + "Zorn.",
    "distinct_speakers": lambda: _fill(lambda i: f"“Item {i},” {_name(i)} said. "),
    "surname_mentions": lambda: (
        "".join(f"{_name(i)} is here. " for i in range(N // 80))
        + _fill(lambda i: f"Mr. {_name(i).split()[1]} said no. ", N // 2)
    ),
    "pronoun_paragraphs": lambda: _fill(lambda i: "“Yes,” he said.\n\n"),
    "carried_paragraphs": lambda: "“Go,” Ann Zorn said.\n\n" + _fill(lambda i: "“More.”\n\n"),
    "colon_announced": lambda: _fill(lambda i: "Ann Zorn added:\n\n“Yes.”\n\n"),
    "dash_lines": lambda: _fill(lambda i: f"“We will win this now.”\n— {_name(i)}, Ottawa\n"),
    "qa_turns": lambda: _fill(lambda i: "Q: Why now?\nA: Because.\n"),
    "newlines": lambda: "\n" * N,
    "cr_only": lambda: _fill(lambda i: "“Yes,” he said.\r"),
    "line_separators": lambda: _fill(lambda i: "“Yes,”\u2028he said\x85\x0b\x0c “No.”\u2029"),
    "long_word": lambda: "“" + "a" * N + ",” he said.",
    "controls": lambda: _fill(lambda i: "\x00said\x00“\x01\x1b", N // 3),
    "surrogates": lambda: _fill(lambda i: "\ud800“a\udfff” said Zorn. ", N // 3),
    "joiners_marks_bidi": lambda: _fill(
        lambda i: "Zo\u200drn\u0301 said \u202e“a\u0308.”\u202c \u200f", N // 3
    ),
    "fullwidth_emoji": lambda: _fill(
        lambda i: "「Yes，」Zorn said。 ＂No．＂ 😀 👨‍👩‍👧 “🎉,” ", N // 3
    ),
    "guillemets_low": lambda: _fill(lambda i: "« a « b » „a“ „ "),
    # session 17: the shapes of the rules added in sessions 11-16 (pronouns after many
    # names, descriptions, lone surnames, companies, owners; each read the whole
    # article once per quote before)
    "names_then_pronouns": lambda: _fill(
        lambda i: f"{_name(i)} spoke.\n\n“Yes,” he said.\n\n“No,” she said.\n\n", N // 4
    ),
    "descriptions": lambda: _fill(
        lambda i: f"“Item,” the {['company', 'judge', '31-year-old', 'minister'][i % 4]} said. ",
        N // 12,
    ),
    "lone_surnames": lambda: (
        _fill(
            lambda i: f"{_name(i)} spoke. {_name(i + 3).split()[0]} {_name(i).split()[1]} spoke. ",
            N // 8,
        )
        + _fill(lambda i: f"“Item,” {_name(i).split()[1]} said. ", N // 8)
    ),
    "company_said": lambda: _fill(
        lambda i: f"Q{_name(i).split()[1]} Corp. “Item,” the company said. ", N // 6
    ),
    "said_that_chain": lambda: _fill(lambda i: f"{_name(i)} said that ", N // 6) + "it rained.",
    "owner_said": lambda: _fill(
        lambda i: f"“Item,” {_name(i).split()[1]}’s lawyer said.\n\n", N // 6
    ),
    "em_dash_asides": lambda: _fill(
        lambda i: f"“We will — {_name(i)} said — win,” he said. ", N // 6
    ),
}


def _frame(texts):
    # object dtype: the pyarrow string dtype refuses lone surrogates before we see them
    return pd.DataFrame(
        {
            "article_id": [f"h{i}" for i in range(len(texts))],
            "text": pd.Series(texts, dtype=object),
        }
    )


def _check_quotes(text, out):
    assert list(out.columns[: len(COLUMNS)]) == COLUMNS
    clean = analysis.clean.as_text(text)  # lone surrogates read as U+FFFD
    for row in out.itertuples():
        assert 0 <= row.start <= row.end <= len(text)
        assert clean[row.start : row.end] == row.quote
    assert out["quote_id"].is_unique


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pathological_article_runs_and_offsets_hold(name):
    text = HOSTILE[name]()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a rule failure would be a skipped-article warning
        out = extract_quotes(_frame([text]))
    _check_quotes(text, out)


def test_many_small_pathological_articles_in_one_call():
    texts = [HOSTILE[name]()[:2000] for name in sorted(HOSTILE)] * 2
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = extract_quotes(_frame(texts))
    for aid, grp in out.groupby("article_id"):
        _check_quotes(texts[int(aid[1:])], grp)


def test_dash_frames_reads_each_paragraph_once(monkeypatch):
    # 4,000 '— "..."' in one paragraph: only the paragraph's first quotation may
    # open a dash-attributed paragraph, so the paragraph is read once, not per block
    calls = []
    real = F._paragraph

    def counted(text, pos):
        calls.append(pos)
        return real(text, pos)

    monkeypatch.setattr(F, "_paragraph", counted)
    text = "— “We will win this now.” " * 4000 + "\n\n“He has no plan at all for us.” ― Jane Doe"
    qs, _ = analysis.quotes.assemble.extract(text)
    assert len(calls) <= 2
    assert [(q.speaker, q.cue) for q in qs if q.cue == "―"] == [("Jane Doe", "―")]


def test_char_before_last_is_the_slice_form():
    for text in ["", "a", "ab", "ab  ", "“a,” ", "x\n\t ", "  ", "“yes,”\n\n saying", "é,\u2003"]:
        for end in range(len(text) + 1):
            assert _char_before_last(text, end) == text[:end].rstrip()[-2:-1]


def test_transcript_labels_lower_the_text_once(monkeypatch):
    from analysis import transcripts as T

    class Counting(list):
        fills = 0

        def __setitem__(self, key, value):
            Counting.fills += 1
            super().__setitem__(key, value)

    monkeypatch.setattr(T, "_HEAD", Counting([None]))
    text = "Talk.\n" + "".join(f"{_name(i).upper()}: I said so.\n" for i in range(3000))
    turns = T.find_turns(text)
    extract_quotes(_frame([text]))
    assert len(turns) > 1000
    assert Counting.fills <= 2  # once per article (find_turns and add_turns may share it)


@pytest.mark.parametrize(
    "text",
    [None, float("nan"), 7, b'"Yes," Zorn said.', "", " \n\t\r ", "\ud800“a\udfff” Zorn said."],
)
def test_odd_text_values_yield_rows_or_nothing(text):
    arts = pd.DataFrame(
        {
            "article_id": ["odd", "ok"],
            "text": pd.Series([text, "“Fine,” Ann Zorn said."], dtype=object),
        }
    )
    out = extract_quotes(arts)
    assert "ok" in set(out["article_id"])


HOSTILE_MIX = (
    "“Yes,” said Mr. Mr. Mr. Zorn — (according to: “‘“ \x00\u202e😀 "
    + "said " * 2000
    + "\n" * 500
    + "「Yes，」Zorn said。"
    + "“” " * 3000
    + "a" * 20_000
    + "\r".join(["Q: Why?", "A: So.", "ZORN: I did."] * 200)
    + "\ud800"
)


def test_other_entry_points_on_hostile_text():
    arts = _frame([HOSTILE_MIX, HOSTILE["quote_then_ing"]()[:30_000], ""]).assign(
        published=pd.Timestamp("2020-01-01")
    )
    sents = analysis.split_sentences(arts)
    for row in sents.itertuples():
        assert 0 <= row.start < row.end <= len(arts["text"][int(row.article_id[1:])])
    scored = analysis.score_sentiment(analysis.attach_text(sents, arts))
    assert scored["compound"].between(-1, 1).all()
    assert len(analysis.article_tone(scored, arts)) >= 2
    analysis.sentiment_toward(scored, "Zorn")
    analysis.extreme_sentences(scored, arts, n=3)
    assert len(analysis.top_terms(arts, n=10)) > 0
    analysis.top_terms(arts, n=10, phrases=False)
    analysis.term_counts(arts)
    analysis.tokenize(HOSTILE_MIX)
    analysis.kwic(arts, "said")
    q = extract_quotes(arts)
    analysis.speaker_counts(analysis.resolve_speakers(q))


def test_corpus_files_with_hostile_content_are_reported_not_lost(tmp_path):
    (tmp_path / "good.txt").write_text("“Yes,” Ann Zorn said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x00\xff\xfe\x00 nothing \x00")
    (tmp_path / "latin.txt").write_bytes("Café “oui,” dit Zorn.".encode("cp1252"))
    lines = [
        json.dumps({"id": "j1", "text": "“Yes,” Zorn said."}),
        '{"id": "j2", "text": ',  # cut off
        "[1, 2]",
        json.dumps({"id": "j3", "text": "Fine."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="problem"):
        arts = analysis.load_articles(tmp_path)
    assert {"good", "latin", "j1", "j3"} <= set(arts["article_id"])
    rep = analysis.load_report(arts)
    paths = rep["path"].astype(str)
    assert paths.str.endswith("empty.txt").any() and paths.str.endswith("binary.txt").any()
    jl = rep[paths.str.endswith("feed.jsonl")]
    assert sorted(jl["line"].astype(int)) == [2, 3]
    extract_quotes(arts)


# ---- session 17: the per-article indexes that replaced whole-article scans per quote


def _names_article(n):
    from analysis.quotes import mentions
    from analysis.quotes.lexicon import lexicon

    parts = []
    for i in range(n):
        last = _name(i).split()[1]
        title = ["Judge", "Justice", "Mayor", ""][i % 4]
        parts.append(f"{title} {_name(i)} met {last} Corp. and Ann {last}. {last}’s aide left. ")
    text = "".join(parts)
    return mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)


def test_titled_from_reads_the_names_once_and_equals_the_scan(monkeypatch):
    from analysis.quotes import role_places, role_titles, surname_firsts, titles

    an = _names_article(150)
    calls = []
    real = titles._titled_person

    def counted(*a):
        calls.append(a[1])
        return real(*a)

    monkeypatch.setattr(titles, "_titled_person", counted)
    monkeypatch.setattr(surname_firsts, "_titled_person", titles._titled_person)
    monkeypatch.setattr(role_places, "_titled_person", titles._titled_person)
    monkeypatch.setattr(role_titles, "_titled_person", role_places._titled_person)
    for role in ("judge", "mayor"):
        for hi in range(0, len(an.names) + 2, 7):
            got = titles._titled_from(an, hi, role, frozenset())
            want = {
                an.canonical(cw)
                for pos, cw, _g, info in an.names[hi:]
                if real(an, pos, cw, info, role, frozenset())
            }
            assert got == want if len(want) < 2 else len(got) == 2
    assert len(calls) == 2 * len(an.names)  # one pass per office, not one per ``hi``


def test_company_of_and_names_with_equal_the_scans(monkeypatch):
    from analysis.quotes import (
        antecedents,
        kin,
        org_names,
        org_nearest,
        org_subjects,
        role_titles,
        roles,
        usage,
    )

    an = _names_article(120)
    calls = []
    real = antecedents._is_company
    monkeypatch.setattr(antecedents, "_is_company", lambda n: calls.append(n) or real(n))
    monkeypatch.setattr(kin, "_is_company", antecedents._is_company)
    monkeypatch.setattr(org_names, "_is_company", antecedents._is_company)
    monkeypatch.setattr(org_nearest, "_is_company", org_names._is_company)
    monkeypatch.setattr(org_subjects, "_is_company", org_names._is_company)
    monkeypatch.setattr(roles, "_is_company", antecedents._is_company)
    monkeypatch.setattr(role_titles, "_is_company", roles._is_company)
    for _pos, cw, _g, _info in an.names[::3]:
        for k in range(1, len(cw) + 1):
            name = " ".join(cw[:k])
            words = tuple(name.split())
            want = None
            if not real(name):
                want = next(
                    (
                        " ".join(c)
                        for _p, c, _g2, _i in an.names
                        if len(c) > len(words) and c[: len(words)] == words and real(c[-1])
                    ),
                    None,
                )
            assert org_names._company_of(an, name) == (name if real(name) else want)
        for w in cw:
            assert usage._names_with(an, w) == [e for e in an.names if w in e[1]]
    queries = sum(len(cw) for _p, cw, _g, _i in an.names[::3])
    assert len(calls) <= len(an.names) + queries  # the names once, then one test a query


def test_quoted_persons_and_companies_are_read_once_per_article():
    from analysis.quotes import antecedents, orgs

    an = _names_article(3)
    persons, groups, seen, quoted_ref = [], [], 0, {}
    for i in range(400):
        persons.append((i, f"{_name(i % 50)}", "mf"[i % 2]))
        groups.append(
            (i, f"Q{_name(i % 3).split()[1]} {['Corp', 'Agency'][i % 2]}", "organization")
        )
        quoted, lasts = antecedents._quoted_so_far(an, persons)
        quoted_ref = {c: g for _p, c, g in persons}
        assert quoted == quoted_ref
        assert lasts == {c.split()[-1].lower() for c in quoted_ref}
        assert orgs._only_company_quoted(groups, an.title_cache) == orgs._only_company_quoted(
            groups
        )
        seen = an.title_cache[("quoted",)][1]
        assert seen == len(persons)  # only the persons added since the last call are read
    other = [(0, "Ann Zorn", "f")]  # another list (another article's loop) starts over
    assert antecedents._quoted_so_far(an, other)[0] == {"Ann Zorn": "f"}


def test_analyze_finishes_on_a_hostile_article():
    text = HOSTILE["descriptions"]() + HOSTILE["names_then_pronouns"]()[:5000]
    res = analysis.analyze(_frame([text]), n_jobs=1, progress=False)
    _check_quotes(text, res.quotes)


def test_full_names_of_one_surname_are_matched_by_their_first_word(monkeypatch):
    # 400 given names with one surname: each full name's canonical form tests the
    # names with its first word (or initial), not all 400
    from analysis.quotes import mentions
    from analysis.quotes import names as NM
    from analysis.quotes.lexicon import lexicon

    given = [f"A{_name(i).split()[1][1:].lower()}" for i in range(400)]
    text = "".join(f"{g} Zorn spoke. " for g in given) + "A. Zorn and Al Zorn and Zorn left."
    an = mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)
    full = an._grouped(an.by_last, "zorn")
    calls = []
    real = NM._compatible
    monkeypatch.setattr(NM, "_compatible", lambda w, c: calls.append(c) or real(w, c))
    for words in [(g, "Zorn") for g in given[:50]] + [
        ("A.", "Zorn"),
        ("Al", "Zorn"),
        ("B", "Zorn"),
    ]:
        groups = an._last_groups(list(words), "zorn")
        assert {c[1] for c in groups} >= {c[1] for c in full if real(words, c[1])}
        assert NM._canonical_among(words, groups, list) == NM._canonical_among(
            words, [c for c in full if real(words, c[1])], list
        )
    assert len([c for c in calls if c]) < 50 * 3 + 2 * len(full)


def test_common_word_reads_the_text_once_for_thousands_of_words(monkeypatch):
    from analysis.quotes import descriptions, mentions, org_names
    from analysis.quotes.lexicon import lexicon

    words = [f"a{_name(i).split()[1][1:].lower()}" for i in range(500)]
    text = " ".join(
        f"{w.title()} Zorn said {w if i % 3 == 0 else 'x'}-" for i, w in enumerate(words)
    )
    an = mentions._ArticleNames(text, [(0, len(text))], lexicon(), None)
    calls = []
    real = mentions._has_word
    monkeypatch.setattr(mentions, "_has_word", lambda t, w: calls.append(w) or real(t, w))
    monkeypatch.setattr(org_names, "_has_word", mentions._has_word)
    monkeypatch.setattr(descriptions, "_has_word", mentions._has_word)
    for w in [*words, "zorn", "said", "o'neil", "x-"]:
        assert an.common_word(w) == real(text, w)
    assert len(calls) <= 64 + 2  # then the article's words, read once


def test_head_frame_reads_back_without_copying_and_equals_the_slice_form():
    # the text before each quotation was copied from the sentence start (quadratic on
    # one sentence of thousands of quotation marks); the walk back gives the same answer
    from analysis.quotes.assemble import _HEAD_FRAME_RE, _head_frame

    def sliced(masked, lo, hi):
        pre = masked[lo:hi].rstrip(" \t")
        if pre[-1:] != "," or not pre[:-1].rstrip(" \t").endswith(("ed", "back")):
            return None
        return _HEAD_FRAME_RE.fullmatch(masked, lo, hi)

    for t in ["Ann Zorn boomed, ", "He fired back ,\t ", "ed,", " ,", "The mayor shouted ,  x", ""]:
        for lo in range(len(t) + 1):
            for hi in range(lo, len(t) + 1):
                a, b = sliced(t, lo, hi), _head_frame(t, lo, hi)
                assert (a is None) == (b is None) and (a is None or a.span() == b.span())


def _plain_recent_namesake(an, last, pos, reach=600):
    """recent_namesake as session 17 round 1 wrote it: a scan of every mention of the
    surname per call (quadratic on "(Zorn said " repeated)."""
    from analysis.quotes import blocks, mentions

    entries = an.by_last.get(last.lower())
    if entries is None or len(entries) < 2:
        return None
    cands = [
        e
        for e in entries
        if 1 < len(e[1]) <= 4
        and e[3][4] in an.lex.gender
        and e[3][4] not in mentions._NAME_PARTICLES
        and e[0] < pos
    ]
    firsts = {e[3][4] for e in cands}
    if not any(a < b and not (a.startswith(b) or b.startswith(a)) for a in firsts for b in firsts):
        return None
    masked = an.masked
    cands = [e for e in cands if masked is None or masked[e[0]] != blocks.MASK]
    if not cands or cands[-1][0] < pos - reach:
        return None
    an.antecedents()
    if not an.starts_clause(cands[-1][0]):
        return None
    return an.canonical(cands[-1][1])


def test_lone_surname_among_namesakes_is_a_bisection_and_equals_the_scan():
    # thousands of "Zorn said" after two full names: the full names of the surname are
    # listed once per article (not once per mention), and every answer is the scan's
    from analysis.quotes import mentions
    from analysis.quotes.lexicon import lexicon

    text = (
        "Carl Zorn spoke. Dana Zorn spoke. Ken Zorn and Kenneth Zorn met. "
        + "Zorn said it. " * 300
        + "Carl Zorn left. Zorn said so. Dana Zorn said more. Zorn said."
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]  # sentences
    an = mentions._ArticleNames(text, spans, lexicon(), None)
    positions = [i for i in range(len(text)) if text.startswith("Zorn said", i)]
    assert len(positions) > 300
    got = [an.recent_namesake("Zorn", p) for p in positions]
    assert got == [_plain_recent_namesake(an, "Zorn", p) for p in positions]
    assert {"Carl Zorn", "Dana Zorn"} <= set(got) and None in got
    assert len(an._namesake_memo) == 1  # one listing of the surname's full names
    # hostile form: no full name at all, thousands of calls answer None at once
    text2 = "(Zorn said " * 3000
    an2 = mentions._ArticleNames(text2, [(0, len(text2))], lexicon(), None)
    assert an2.recent_namesake("Zorn", len(text2)) is None
    assert an2._namesake_memo["zorn"][0] == []


_LAST = ["Quill", "Rasko", "Stellan", "Torvik", "Umber", "Varga", "Wendt", "Xaver", "Yolen", "Zorn"]
_ROLE = ["lawyer", "spokesman", "office"]


def test_lede_description_check_reads_the_names_once_per_article(monkeypatch):
    # thousands of '"Item," Roe's lawyer said.' paragraphs: whether anybody is named
    # before a description (the lede rule of _resolve_named_next) is found once per
    # article, so the person tests grow with the text, not with its square
    from analysis.quotes import mentions

    calls = []
    real = mentions._ArticleNames.person_like
    monkeypatch.setattr(
        mentions._ArticleNames, "person_like", lambda self, i: calls.append(i) or real(self, i)
    )

    def count(n):
        calls.clear()
        text = _fill(lambda i: f"“Item,” {_LAST[i % 10]}’s {_ROLE[i % 3]} said.\n\n", n)
        extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
        return len(calls)

    small, large = count(10_000), count(40_000)
    assert small > 0
    assert large < 6 * small  # 4x the text: about 4x the work (quadratic gave ~16x)


def test_name_given_later_skips_windows_without_its_literals(monkeypatch):
    # "A senior official said" many times: each description looks 4,000 characters on
    # for "The official, Ann Roe," or "who worked as an official"; with neither "official,"
    # nor "as a(n)" in its window the name pattern never runs (it was 2.2x the base's
    # time at 320k characters)
    from analysis.quotes import ledes

    calls = []
    real = ledes._named_later_rx

    def counting(head):
        calls.append(head)
        return real(head)

    monkeypatch.setattr(ledes, "_named_later_rx", counting)
    text = "A senior official said the talks had failed again. " * 200
    rows = extract_quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert len(rows) >= 100 and calls == []
    named = (
        "A forensic accountant testified Monday that the ledgers had been rewritten.\n\n"
        "The forensic accountant, Lorna Quiggley, had told the court in May that the "
        "books were clean."
    )
    rows = extract_quotes(pd.DataFrame({"article_id": ["b"], "text": [named]}))
    assert calls and "Lorna Quiggley" in set(rows["speaker"])
