"""The speed rewrites in the quote engine (analysis.quotes and its stage modules) give exactly what the
plain forms they replace give (regexes written for a fast scan, token windows from
one findall, cue search between masked quotations, numpy sentence starts)."""

from __future__ import annotations

import bisect
import gc
import re
import types

import pandas as pd
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import quotes as Q
from analysis.quotes import (
    additions,
    antecedents,
    appositions,
    assemble,
    blocks,
    clauses,
    content,
    coref,
    cues,
    descriptions,
    documents,
    frames,
    groups,
    idioms,
    kin,
    ledes,
    mentions,
    names,
    nonspeech,
    orgs,
    phrases,
    pronouns,
    roles,
    segment,
    sides,
    subjects,
    titles,
    usage,
)
from analysis.quotes.lexicon import _trie_regex, lexicon

# every module-level name of the engine's stage modules, as one namespace
R = types.SimpleNamespace(
    **{
        k: v
        for m in (
            blocks,
            segment,
            phrases,
            cues,
            additions,
            idioms,
            sides,
            nonspeech,
            content,
            subjects,
            clauses,
            frames,
            names,
            usage,
            mentions,
            titles,
            antecedents,
            kin,
            ledes,
            documents,
            orgs,
            groups,
            appositions,
            pronouns,
            roles,
            descriptions,
            coref,
            assemble,
        )
        for k, v in vars(m).items()
        if not k.startswith("__")
    }
)

PIECES = [
    "Mr.", "Mrs.", "Dr.", "Sen.", "Capt.", "St.", "A.", "B.", "U.S.", "a.m.", "de", "von",
    "said", "says", "told", "according to", "According  to", "added", "Bob", "Jane", "x",
    " ", "  ", "\t", "\n", "\n\n", "\x01", "\x01\x01", ".", "!", "?", ",", ";", ":", "—",
    "'", "’", "-", "_", '"', "“", "”", "(", ")", "5", "é", "É", "\u00a0", "\u2003", "\x1c",
    "pointed out", "\u2019said", "-said", "_said", "(said", "d’", "d'", " of",
    "Ã", "§", "©", "â", "€", "™", "\xad", "1,200", ",000", "5,",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)

# the rest of a name word: word characters, apostrophes, hyphens, and the second (third)
# character of a UTF-8 letter read as Latin-1/cp1252 after its lead ("FranÃ§ois")
_MOJ = "[\x80-\x9f\xa1-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
_T = r"[\w'’\-]*(?:(?:(?<=[Â-Ó])" + _MOJ + r"|(?<=â)" + _MOJ + _MOJ + r")[\w'’\-]*){0,6}"
_P = r"(?:(?<=[Â-Ó])" + _MOJ + r"|(?<=â)" + _MOJ + _MOJ + r")"
# a name word's rest with a lower-case letter before its first pair or right after it
_W = r"(?:[\w'’\-]*[a-z]|[\w'’\-]*+" + _P + r"(?=[\w'’\-]*[a-z]))" + _T
OLD_NAME_SEQ_RE = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ÿ])"  # a name starts a word (never inside "AAAA", "iPhone")
    # a dotted abbreviation before a capital word, whole ("B.C. Wildland Guild")
    r"(?:[A-ZÀ-ÖØ-Þ]\.(?:[A-Z]\.)+(?=[ \t]+[A-ZÀ-ÖØ-Þ])|"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|St)\.[ \t]+)?"
    r"(?:[A-ZÀ-ÖØ-Þ]" + _W + r"|(?<![A-Za-z])[A-ZÀ-ÖØ-Þ]\.))"  # (and "Étienne")
    # a name never runs on into an honorific ("Bob Mr. Lee": two names)
    r"(?:[ \t]+(?!(?:M(?:r|rs|s)|Dr)\.[ \t])(?:[A-ZÀ-ÖØ-Þ]" + _W + r"|"
    r"[A-Z]\.(?:(?:[A-Z]\.)+(?=[ \t]+[A-ZÀ-ÖØ-Þ]))?|"  # "The U.K. Potato Council"
    r"d['’][A-Z][\w'’\-]*[a-z][\w'’\-]*|"  # "Alden d’Entremont"
    r"(?:de|da|van|von|bin|al|la|le|del|der)(?=[ \t]+[A-Z])))*"
)


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_fast_scan_regexes_match_their_plain_forms(text):
    assert _spans(R._NAME_SEQ_RE, text) == _spans(OLD_NAME_SEQ_RE, text)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_window_tokens_equal_finditer(text, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    want = [(m.start(), m.end(), m.group()) for m in R._TOKEN_RE.finditer(text, lo, hi)]
    assert R._window_tokens(text, lo, hi) == want


def _points_out_of(text, m):
    """The plain form of _cue_matches' one skip (after a space): "points out of" is a
    distance, no cue."""
    return (
        m.start() > 0
        and text[m.start() - 1] == " "
        and m.group()[:5] == "point"
        and text.startswith(" of", m.end())
    )


@settings(max_examples=400, deadline=None)
@given(texts)
def test_cue_search_split_by_preceding_character_equals_full_search(text):
    lex = lexicon()
    full = [(m.start(), m.end(), m.group(), m.group("acc") is not None)
            for m in lex.cue_re.finditer(text) if not _points_out_of(text, m)]  # fmt: skip
    assert R._cue_matches(lex, text) == full
    # with the mask runs given by the blocks, as extract() passes them
    blocks = R.find_blocks(text)
    masked = R.mask_text(text, blocks)
    full = [(m.start(), m.end(), m.group(), m.group("acc") is not None)
            for m in lex.cue_re.finditer(masked) if not _points_out_of(masked, m)]  # fmt: skip
    run_ends = None if R.MASK in text else [b[1] for b in blocks]
    assert R._cue_matches(lex, masked, run_ends) == full


def test_cue_regex_still_built_from_the_trie():
    # the cue search between masks relies on cues never containing the mask character
    lex = lexicon()
    assert _trie_regex(sorted(lex.verb_lemma)) in lex.cue_re.pattern
    assert lex.cue_re.search("\x01said\x01") is not None
    assert all(R.MASK not in m.group() for m in lex.cue_re.finditer("said\x01 told\x01\x01"))


def test_name_info_memo_matches_uncached():
    for raw in ["Mr. George W. Bush", "The President", "Sen. Ted Cruz's", "Now Calling Obama The"]:
        assert R._name_info(raw, lexicon()) == R._name_info0(raw, lexicon())
        assert R._name_info(raw, lexicon()) == R._name_info0(raw, lexicon())  # cached


def _starts_pandas(sentences):
    out = {}
    srt = sentences.sort_values(["article_id", "sentence_id"], kind="mergesort")
    for aid, grp in srt.groupby("article_id", sort=False):
        out[str(aid)] = (
            grp["start"].astype(int).tolist(),
            grp["end"].astype(int).tolist(),
            grp["sentence_id"].astype(int).tolist(),
        )
    return out


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c10", "2"]), st.integers(0, 5), st.integers(0, 99)),
        min_size=1,
        max_size=40,
    ),
    st.booleans(),
)
def test_numpy_sentence_starts_equal_groupby(rows, as_object):
    frame = pd.DataFrame(rows, columns=["article_id", "sentence_id", "start"])
    frame["end"] = frame["start"] * 2 + 1
    if as_object:
        frame["article_id"] = frame["article_id"].astype(object)
    assert Q._sentence_starts_fast(frame) == _starts_pandas(frame)


def test_numpy_sentence_starts_leave_odd_frames_to_pandas():
    frame = pd.DataFrame(
        {"article_id": ["a", None], "sentence_id": [0, 1], "start": [0, 5], "end": [4, 9]}
    )
    assert Q._sentence_starts_fast(frame) is None
    frame = pd.DataFrame(
        {"article_id": [1, 2], "sentence_id": [0, 0], "start": [0, 5], "end": [4, 9]}
    )
    assert Q._sentence_starts_fast(frame) is None
    frame = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [0.0], "end": [4]})
    assert Q._sentence_starts_fast(frame) is None
    frame = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [0], "end": [4.0]})
    assert Q._sentence_starts_fast(frame) is None


# --------------------------------------------------------------------------- plain forms
# The forms the rewrites in the quote engine replace, kept here as the reference.

PLAIN_MARKS_RE = re.compile(r"''(?!')|[\"“”„«»‟]|\n")
PLAIN_QMARKS_RE = re.compile(r"''(?!')|[\"“”„«»‟]")


def plain_find_blocks(text: str):
    """Quotation-mark blocks as lists [qs, qe, cs, ce, unclosed, next_block_or_-1].

    qs..qe spans the marks, cs..ce the content. A block never crosses a paragraph
    (newline); an unclosed block ends at the paragraph end and is chained to the next
    paragraph's block when that paragraph opens with a quote mark (news convention).
    """
    blocks = []
    open_pos = -1
    open_len = 1
    n = len(text)
    for m in PLAIN_MARKS_RE.finditer(text):
        p = m.start()
        pe = m.end()
        c = m.group()
        if c == "\n":
            if open_pos >= 0:
                blocks.append([open_pos, p, open_pos + open_len, p, True, -1])
                open_pos = -1
            continue
        if c == "''":
            c = '"'  # two apostrophes: the NYT-style straight double quote
        prev = text[p - 1] if p > 0 else " "
        nxt = text[pe] if pe < n else " "
        if open_pos < 0:
            if c in R._CLOSE and not prev.isspace() and prev not in "([—–-":
                continue  # stray closing mark
            if (
                c == '"'
                and not prev.isspace()
                and prev not in "([—–-:"
                and p > 0
                and (nxt.isspace() or nxt in ".,;:!?)")
            ):
                continue  # stray straight mark that looks closing (e.g. 5'10")
            open_pos = p
            open_len = pe - p
        else:
            if (c in R._OPEN or (c == '"' and prev.isspace() and not nxt.isspace())) and (
                prev.isspace() or p == 0
            ):
                # a new opening mark while open: the previous quote was never closed
                blocks.append([open_pos, p, open_pos + open_len, p, True, -1])
                open_pos = p
                open_len = pe - p
            else:
                blocks.append([open_pos, pe, open_pos + open_len, p, False, -1])
                open_pos = -1
    if open_pos >= 0:
        blocks.append([open_pos, n, open_pos + open_len, n, True, -1])
    # trim content whitespace; chain unclosed paragraph-final blocks
    for i, b in enumerate(blocks):
        cs, ce = b[2], b[3]
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        b[2], b[3] = cs, ce
        if b[4] and i + 1 < len(blocks):
            nb = blocks[i + 1]
            gap = text[b[1] : nb[0]]
            if gap.strip() == "" and "\n" in gap:
                b[5] = i + 1
    return blocks


def plain_name_info0(raw, lex):
    words = [R._split_glitch(w, lex) for w in raw.split()]
    gender = None
    w0 = words[0].lower().rstrip(".")
    if w0 == "mr":
        gender = "m"
    elif w0 in ("mrs", "ms", "miss"):
        gender = "f"
    cw = R._clean_name_words(words, lex)
    if not cw:
        return None
    an = R._given_an(words, len(words) - len(cw), lex.titles)  # "Chairman An Wang"
    while cw and not an and (cw[0].lower() in R._SENT_START_STOP or cw[0].lower() in R._PRONOUNS):
        if R._pronoun_surname(cw, lex):
            break  # "He Kang"
        cw = cw[1:]
    if not cw:
        return None
    if len(cw) >= 4 and cw[-1].lower().rstrip(".") in ("jr", "sr"):
        cw = cw[:-1]  # "Joseph R. Biden Jr": formal style, the surname is Biden
    if cw[-1].lower() in R._TIME_WORDS or any(w.lower() in R._TITLECASE_STOP for w in cw[an:]):
        return None  # "Donald Trump Is Now Calling Obama The": a title-case headline
    tw = frozenset(w.lower().rstrip(".") for w in words[: len(words) - len(cw)])
    if gender is None:
        gender = lex.gender.get(cw[0].lower()) if len(cw) > 1 else None
    # per-string facts that resolve() asks about every name (see there)
    last = cw[-1]
    last_l = last.lower()
    first_l = cw[0].lower()
    bad_last = last.isupper() or last in lex.org_words or last_l in lex.nouns
    not_person = (
        bad_last
        or last_l in R._TIME_WORDS
        or (
            last_l in lex.titles and not (len(cw) > 1 and first_l in lex.gender and len(last_l) > 4)
        )
    )
    return (
        tuple(cw),
        gender,
        tw,
        last_l,
        first_l,
        " ".join(cw).lower(),
        bad_last,
        not_person,
        first_l in lex.gender,
        not bad_last and first_l not in R._SENT_START_STOP,
    )


def plain_stype_of(words_raw, lex, by_last):
    lw = [w.lower() for w in words_raw]
    if not lw:
        return "unknown"
    if len(lw) == 3 and lw[1] == "of" and lw[2] in ("them", "those", "us"):
        return "group"  # "most of them"
    if len(lw) == 2 and lw[0] == "the" and lw[1] in R._NUMERIC:
        return "group"  # "the two"
    if len(lw) == 1 and lw[0] in ("one", "another"):
        return "anonymous"
    cut = len(lw)
    for i, w in enumerate(lw):
        if w == "of" and R._titled_after_org(words_raw, i, lex):
            continue  # "Bank of Zamora Governor Tarin Veld": the titled person
        if w == "of" and names._org_of_role(words_raw, i, lex):
            continue  # "a Court of Appeal judge": the judge (_org_of_role)
        if (
            i > 0
            and (
                w in R._PREPS
                or (
                    w.endswith("ing")
                    and len(w) > 4
                    # right after the determiner it modifies the head (bug77: "A visiting
                    # Canadian Mint official")
                    and not (i == 1 < len(lw) - 1 and lw[0] in ("a", "an", "the", "one"))
                    and not (words_raw[i][:1].isupper() and words_raw[-1] in lex.org_words)
                    and not (  # "Acme Ltd managing director Ann Roe": no participle
                        i + 1 < len(lw)
                        and words_raw[i + 1].islower()
                        and (lw[i + 1] in lex.titles or lw[i + 1] in lex.nouns)
                    )
                )
            )
        ):
            cut = i
            break
    head_type = None
    for i in range(cut - 1, -1, -1):
        w = lw[i]
        if words_raw[i][:1].isupper():
            break
        if w in lex.nouns:
            head_type = lex.nouns[w]
            break
    last_raw = words_raw[cut - 1]
    if head_type is not None:
        return head_type
    if (
        last_raw in lex.org_words
        or (last_raw.isupper() and len(last_raw) >= 2)
        or " ".join(words_raw[cut - 2 : cut]) in lex.org_words
        or (cut >= 3 and " ".join(words_raw[cut - 3 : cut]) in lex.org_words)
        or (  # a listed organisation's unit: "Merrill Lynch Capital Markets"
            cut >= 3
            and " ".join(words_raw[:2]) in lex.org_words
            and all(
                w[:1].isupper()
                and w.lower().rstrip(".") not in lex.titles
                and w.lower() not in lex.gender
                for w in words_raw[2:]
            )
        )
    ):
        return "organization"
    if lw[cut - 1] in lex.nouns:
        return lex.nouns[lw[cut - 1]]
    h = lw[cut - 1]
    if (
        words_raw[cut - 1].islower()
        and len(h) > 4
        and h.endswith("s")
        and not h.endswith(R._NOT_PLURAL)
    ):
        return "group"
    if lw[0] in ("a", "an") and words_raw[cut - 1].islower() and cut <= 5:
        return "anonymous"  # "a bartender"
    if cut >= 2 and lw[0] in R._ONE_DETS and lw[cut - 1] in R._PARTY_NOUNS:
        return "anonymous"  # "one senior Democrat"
    if (
        cut >= 2
        and lw[0] == "the"
        and words_raw[1][:1].isupper()
        and lw[1].rstrip(".") not in lex.titles
        and not lw[cut - 1].endswith("s")
    ):  # "The New Yorker": a publication; "the Wisconsin senator": a description
        if R._owner_then_name(words_raw[:cut], lw, lex):
            return "person"  # "the Daily Vell's Tom Harlow"
        return "anonymous" if lw[cut - 1] in R._ROLE_NOUNS else "organization"
    if any(w[:1].isupper() for w in words_raw[:cut]):
        if lw[cut - 1].endswith(("ans", "ists", "ers", "ats")) and lw[cut - 1] not in by_last:
            return "group"  # "Republicans", "Democrats"
        if (
            cut >= 2
            and words_raw[cut - 1] in lex.place_names
            and words_raw[cut - 2][:1].isupper()
            and lw[cut - 2] not in lex.gender
            and lw[0] not in lex.gender
        ):
            return "organization"  # "Statistics Canada"
        return "person"
    return "unknown"


def plain_mention_facts(mention, lex, by_last):
    """What resolve() derived from a mention per quote: (lm, role, type, run)."""
    lm = R._CONTRACTION_RE.sub("", mention.lower())
    lm = {"his": "he", "her": "she", "their": "they"}.get(lm, lm)
    raw_words = [R._split_glitch(w, lex) for w in mention.split()]
    lw = [w.lower() for w in raw_words]
    role = None
    if (
        lw[0] in ("the", "this")
        and 2 <= len(lw) <= 5
        and lw[-1] in R._ROLE_NOUNS
        and not any(w[:1].isupper() and w.lower() not in lex.titles for w in raw_words[1:])
    ):
        role = lw[-1]
    typ = plain_stype_of(raw_words, lex, by_last)
    run = list(R.parse_person_name(" ".join(raw_words))[0])  # the one person-name parser
    n = len(run)
    if n and len(raw_words) >= n + 2 and raw_words[-n:] == run and raw_words[-n - 1] == "of":
        if raw_words[-n - 2][:1].isupper() or raw_words[0] in ("The", "the", "A", "a"):
            # the end of "the Bank of Montreal": an organisation's name (spk30); "the
            # head of Halifax Transit", "the wife of Tom Lee": the head, the wife (spk32)
            run = []
    return lm, role, typ, run


def plain_canonical(words, by_last, by_first):
    """resolve()'s choice of the fullest name over one entry per match."""
    last = words[-1].lower()
    cands = [c for c in by_last.get(last, ()) if R._compatible(words, c[1])]
    if not cands and len(words) == 1:
        cands = by_first.get(last, [])
    if not cands:
        return " ".join(words)
    multi = [c for c in cands if 1 < len(c[1]) <= 4]
    # a particle surname ("Van Horne") is no full name when a longer one ends with it
    longer_tails = {tuple(w.lower() for w in d[1][-k:]) for d in multi for k in range(2, len(d[1]))}
    multi = [
        c
        for c in multi
        if c[1][0].lower() not in names._PARTICLES
        or tuple(w.lower() for w in c[1]) not in longer_tails
    ]
    if not multi:
        best = max(cands, key=lambda c: (len(c[1]) if len(c[1]) <= 4 else 0, -c[0]))
        return " ".join(best[1])
    freq: dict = {}
    first: dict = {}  # the earliest full name of each given name (written16)
    for c in multi:
        key = tuple(w.lower() for w in c[1])
        freq[key] = freq.get(key, 0) + 1
        first[key[0]] = min(first.get(key[0], c[0]), c[0])
    best = max(
        multi,
        key=lambda c: (
            freq[tuple(w.lower() for w in c[1])],
            -first[c[1][0].lower()],
            len(c[1]),
            -c[0],
        ),
    )
    return " ".join(best[1])


# --------------------------------------------------------------------------- the rewrites

QUOTE_PIECES = PIECES + ["'", "''", "'''", "„", "«", "»", "‟", "5'10\"", ' "', '" ', '\n\n"', "’s"]
quote_texts = st.lists(st.sampled_from(QUOTE_PIECES), max_size=30).map("".join)
SENT_PIECES = PIECES + [
    "Verylongword.", "said.", "no.", "Co.", "Inc.", "U.S.", "p.m.", "J.", "j.", "The", "He",
    "10.", "5.5", "e.g.", "Sept.", "Jr.", "x.y.", "abcd.", "abcde.", "’.", "”", ")", "]",
]  # fmt: skip
sent_texts = st.lists(st.sampled_from(SENT_PIECES), max_size=30).map("".join)
TITLE_PIECES = PIECES + [
    "Lt.Gov.", "Lt.", "Reps.", "Rep.", "Atty.", "Supt.", "Insp.", "Det.", "Cmdr.", "Pres.",
    "Sec.", "Maj.", "Gov.", "Gen.", "Col.", "Sgt.", "Adm.", "Prof.", "Rev.", "Hon.", "Jr.",
    "Sr.", "Ms.", "Msx.", "A.B.", "a.m.", "U.S.A.", "J. K.", "Det", "D", "M", "S", "Capt",
    "Wash.", "-based", "Smith", "McKay", "Ann’s", "Capt.", "(", ")", ";",
]  # fmt: skip
title_texts = st.lists(st.sampled_from(TITLE_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(quote_texts)
def test_quote_marks_and_blocks_equal_the_newline_scan(text):
    assert _spans(R._QMARKS_RE, text) == _spans(PLAIN_QMARKS_RE, text)
    assert R._qmark_spans(text) == _spans(R._QMARKS_RE, text)
    assert R.find_blocks(text) == plain_find_blocks(text)


@settings(max_examples=400, deadline=None)
@given(sent_texts)
def test_rule_sentences_keep_blocks_whole_and_lines_apart(text):
    blocks = R.find_blocks(text)
    masked = R.mask_text(text, blocks)
    units = R.rule_sentences(text, masked, R.sentence_spans(text))
    for s, e in units:
        assert 0 <= s < e <= len(text)
        assert "\n" not in text[s:e] and text[s:e] == text[s:e].strip()
    assert all(e <= s2 for (_, e), (s2, _) in zip(units, units[1:], strict=False))
    for qs, qe, *_ in blocks:  # a quotation block lies in one unit
        assert sum(1 for s, e in units if s < qe and qs < e) <= 1


@settings(max_examples=400, deadline=None)
@given(title_texts)
@example("Mr. Émile Roy said")  # an accented capital after an honorific
@example("Mr. ÉMr.")
@example("Mr. FranÃ§ois Oâ€™Brien, 1,200 said")  # mojibake pairs; a thousands comma
def test_token_trie_and_name_guard_equal_their_plain_forms(text):
    assert _spans(re.compile(R._TOKEN_FAST), text) == _spans(R._TOKEN_RE, text)
    assert _spans(R._NAME_SEQ_RE, text) == _spans(OLD_NAME_SEQ_RE, text)
    assert R._window_tokens(text, 0, len(text)) == [
        (m.start(), m.end(), m.group()) for m in R._TOKEN_RE.finditer(text)
    ]


def test_cue_prefix_classes_hold_the_same_characters_over_all_code_points():
    every = "".join(map(chr, range(0x110000)))
    plain = re.sub(R._OTHER_CHAR, "", every)
    split = "[" + R._OTHER_ASCII + r"\x80-\U0010ffff](?<![\w’])"
    assert re.sub(split, "", every) == plain
    ascii_ = every[:128]
    assert re.sub("[" + R._OTHER_ASCII + "]", "", ascii_) == re.sub(R._OTHER_CHAR, "", ascii_)
    # the cue scan picks the ASCII-only form for ASCII texts
    lex = lexicon()
    text = "He said: (said) -said \nsaid 'said said\tsaid \"told"
    assert text.isascii()
    full = [(m.start(), m.end(), m.group(), m.group("acc") is not None)
            for m in lex.cue_re.finditer(text)]  # fmt: skip
    assert R._cue_matches(lex, text) == full and len(full) == 6


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "B", "Sen", "Mr", ".", " ", "\t", "\n", "_", "1", "é", ",", "x" * 25]
        ),
        max_size=12,
    ).map("".join)
)
def test_title_before_equals_the_regex_search(text):
    for pos in range(1, len(text) + 1):
        if text[pos - 1] in " \t":
            m = R._TITLE_BEFORE_RE.search(text, max(0, pos - 20), pos)
            assert R._title_before(text, pos) == (None if m is None else m.groups())


NAME_WORDS = [
    "Mr.", "Mrs.", "Ms", "Miss", "Sen.", "The", "President", "Former", "George", "W.", "Bush",
    "Bush\'s", "Smith’s", "de", "la", "Cruz", "PMRubio", "4:23PMRubio", "senRubio",
    "İstanbul\'s", "Now", "Is", "Monday", "He", "But", "NATO", "A.", "Jeb", "Republicans",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=6).map(" ".join))
def test_name_info_equals_its_plain_form(raw):
    got = R._name_info0(raw, lexicon())
    if got is not None:  # title words kept as a tuple (GC-untracked), read as a set
        assert isinstance(got[2], tuple)
        got = got[:2] + (frozenset(got[2]),) + got[3:]
    assert got == plain_name_info0(raw, lexicon())


def test_memoised_name_info_is_untracked_by_the_gc():
    # the memo holds thousands of entries: after collections they must be untracked
    # (no frozensets or lists inside), so that full collections need not traverse them
    # (a tuple is untracked once its items are: nested tuples may take two passes)
    lex = lexicon()
    infos = [R._name_info0(raw, lex) for raw in ["Sen. Ted Cruz", "Former President Bush", "Jeb"]]
    gc.collect()
    gc.collect()
    assert all(info is not None and not gc.is_tracked(info) for info in infos)
    assert infos[1][2] == ("former", "president")


MENTION_WORDS = NAME_WORDS + [
    "the", "this", "president", "spokesman", "officials", "of", "for", "working", "his", "her",
    "their", "Police", "Democrats", "White", "House", "North", "Carolina\'s", "Ada", "Fisher",
    "candidate", "GOP", "Inc", "Senate",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(MENTION_WORDS), min_size=1, max_size=6).map(" ".join),
    st.sets(st.sampled_from(["republicans", "democrats", "bush", "officials"])),
)
@example("Mr. of Mr. Mr. W.", set())  # "<Org> of <Place> <Title> <Name>" (junk14)
@example("Mr. North of Mr. Mr. W.", set())  # a capitalised compass word is a name (int64)
@example("White House Cruz", set())  # a listed organisation's unit (session 14)
@example("Mr. working spokesman", set())  # an -ing word before a listed noun (names15b)
@example("the Bush's Jeb Mr.", set())  # an owner before a name (session 15's owner rule)
@example("Mr. of Mr. spokesman", set())  # "<Org> of <Org> <title>": the title (session 39)
@example("the working Mr.", set())  # a participle after the determiner (session 40)
def test_mention_facts_equal_the_per_quote_computation(mention, by_last):
    lm, role, (typ, h), run = R._mention_info(mention, lexicon())
    if h is not None:
        typ = "group" if h not in by_last else "person"
    assert (lm, role, typ, list(run)) == plain_mention_facts(mention, lexicon(), by_last)


NAME_POOL = [
    ("Bush",), ("George", "Bush"), ("Jeb", "Bush"), ("George", "W.", "Bush"), ("BUSH",),
    ("G.", "Bush"), ("george", "bush"), ("A", "B", "C", "D", "Bush"), ("Jeb",), ("Jeb", "Smith"),
    ("Van", "Horne"), ("Ann", "Van", "Horne"), ("Ann", "van", "der", "Horne"), ("Horne",),
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(NAME_POOL), max_size=12),
    st.sampled_from(
        [
            ("Bush",),
            ("Jeb",),
            ("George", "Bush"),
            ("G.", "Bush"),
            ("Smith",),
            ("Van", "Horne"),
            ("Horne",),
        ]
    ),
)
def test_grouped_canonical_equals_the_per_match_choice(names, words):
    # one entry per match, in text order, indexed as resolve() indexes them
    by_last: dict = {}
    by_first: dict = {}
    for pos, cw in enumerate(names):
        entry = (pos * 7, cw, None)
        by_last.setdefault(cw[-1].lower(), []).append(entry)
        if len(cw) > 1:
            by_first.setdefault(cw[0].lower(), []).append(entry)
    last = words[-1].lower()
    got = R._canonical_among(
        words,
        R._group_names(by_last.get(last, ())),
        lambda: R._group_names(by_first.get(last, ())),
    )
    assert got == plain_canonical(words, by_last, by_first)


def test_np_word_memo_equals_uncached():
    for w in ["Bush", "officials", "the", "MAY", "May", "AT", "KILLED", "10", "ex-aide", "’s", "x"]:
        assert R._np_word(w, lexicon()) == R._np_word0(w, lexicon())
        assert R._np_word(w, lexicon()) == R._np_word0(w, lexicon())  # cached


def test_cue_trie_reordered_only_at_its_first_level():
    words = sorted(lexicon().verb_lemma)
    alphabetical = sorted({w[0] for w in words})
    assert R._trie_in_order(words, alphabetical) == _trie_regex(words)
    assert R._trie_by_first_letter(words) != _trie_regex(words)
    assert R._ACC_RE.fullmatch("According \n to") and not R._ACC_RE.fullmatch("accorded")


def plain_pick(pos_list, items, at, want, reach, steps_max=8):
    """resolve()'s walk over a prebuilt list of antecedents of one kind."""
    i = bisect.bisect_left(pos_list, at) - 1
    steps = 0
    while i >= 0 and steps < steps_max and at - items[i][0] <= reach:
        p, cw, g = items[i]
        if want not in ("m", "f") or not g or g == want:
            return items[i]
        i -= 1
        steps += 1
    return None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 400),  # gap to the previous name
            st.sampled_from([None, "m", "f"]),
            st.sampled_from(["none", "loose", "all", "subj", "all+loose", "subj+loose"]),
        ),
        max_size=25,
    ),
    st.integers(0, 6000),
    st.sampled_from(["m", "f", "?", "s"]),
    st.sampled_from([(200, 2), (3000, 8), (1500, 12), (1000, 6)]),
)
def test_lazy_antecedent_walk_equals_the_walk_over_built_lists(names, at, want, limits):
    reach, steps_max = limits
    name_pos, cls, pos = [], [], 0
    for gap, g, kinds in names:
        pos += gap
        item = (pos, ("Name", str(pos)), g)
        subj = item if "subj" in kinds else None
        all_ = item if ("all" in kinds or subj) else None
        loose = (pos, item[1], None) if "loose" in kinds else None
        name_pos.append(pos)
        cls.append((subj, all_, loose))

    def item_of(i, kind):
        return cls[i][kind]

    for kind in (R._SUBJ, R._ALL, R._LOOSE):
        items = [c[kind] for c in cls if c[kind] is not None]
        back = [-2] * len(cls)  # the walk memo, shared by the walks of one article
        for at_ in (at, at // 2, at, at + 500, 0):
            args = (at_, want, reach, steps_max)
            want_ = plain_pick([it[0] for it in items], items, *args)
            assert R._pick_antecedent(name_pos, item_of, kind, *args, back) == want_


POST_PIECES = SENT_PIECES + [
    " on Monday", " last week", ", in an interview with CNN", " on Twitter", " also", "that",
    " that ", ",", ":", "—", " for years", " told", "Monday", "\x01\x01",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(POST_PIECES), max_size=20).map("".join), st.data())
def test_post_skip_in_place_equals_on_the_slice_and_mask_is_no_word(text, data):
    # extract() matches _POST_SKIP at (pos, endpos) instead of on the slice
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    m = R._POST_SKIP.match(text, pos, end)
    s = R._POST_SKIP.match(text[pos:end])
    assert (m is None) == (s is None)
    if m is not None:
        assert m.end() == pos + s.end()
    # ... and looks for a word character around masks without removing them
    assert re.match(r"\w", R.MASK) is None


def test_one_word_name_info_equals_its_plain_form():
    # a one-word run takes a shorter path in _name_info0 (_name_info_word)
    lex = lexicon()
    for raw in [*NAME_WORDS, "Mr", "Mrs", "Miss", "Mr's", "Ms.'s", "'s", "’s", "theRubio", "PM"]:
        got = R._name_info0(raw, lex)
        if got is not None:
            got = got[:2] + (frozenset(got[2]),) + got[3:]
        assert got == plain_name_info0(raw, lex), raw


def test_extract_quotes_leaves_the_gc_state_as_it_found_it():
    # the cyclic GC is paused during the extraction only, and never switched on by it
    from analysis import extract_quotes

    arts = pd.DataFrame({"article_id": ["a"], "text": ['"We will see," Ann Lee said.']})
    assert gc.isenabled()
    assert extract_quotes(arts)["speaker"].tolist() == ["Ann Lee"]
    assert gc.isenabled()
    gc.disable()
    try:
        extract_quotes(arts)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_salient_name_counts_whole_words_like_the_regex():
    from analysis.quotes.mentions import _salient_name, _word_count

    def regex_count(text, word):
        return len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text))

    texts = ["Ann Ann Ann", "Lee met Lee-Ann and Lee_B and Lee.", "A A A and A A", "x", ""]
    for text in texts:
        for word in ["Ann", "Lee", "A A", "A", "x"]:
            assert _word_count(text, word, 99) == regex_count(text, word)
    assert _salient_name("Verizon said. Verizon agreed.", "Verizon")
    assert not _salient_name("Just this. Just that, just so.", "Just")
    assert not _salient_name("Only one Verizon here.", "Verizon")


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=40))
def test_three_words_match_equals_the_word_count(text, lo):
    # _choose_side asks only whether 3 or more _WORDS_RE words follow ``lo``
    lo = min(lo, len(text))
    found = R._THREE_WORDS_RE.match(text, lo) is not None
    assert found == (len(R._WORDS_RE.findall(text, lo)) >= 3)


@settings(max_examples=200, deadline=None)
@given(sent_texts, st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=6))
def test_rule_sentences_clamp_spans_of_another_text_like_one_by_one(text, spans):
    # the bounds are checked at once; spans outside the text are clamped one by one
    masked = R.mask_text(text, R.find_blocks(text))
    spans = sorted(spans)
    n = len(text)
    clamped = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans]
    got = R.rule_sentences(text, masked, spans)
    assert got == R.rule_sentences(text, masked, clamped)
    assert got == R.rule_sentences(text, masked, iter(spans))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*PIECES, "<", "(", "<ACME.N>", "(NYSE: ACME)"]), max_size=30).map(
        "".join
    )
)
def test_bracket_starts_equal_the_regex_scan(text):
    assert R._bracket_starts(text) == [m.start() for m in R._BRACKET_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, ":", ": ", ":\t", "Lee: ", "x" * 30, "\n"]), max_size=30
    ).map("".join)
)
def test_line_colon_starts_equal_the_regex_scan(text):
    nl = text.find("\n")
    if nl >= 0:
        want = [m.start() for m in R._LINE_COLON_RE.finditer(text, nl)]
        assert R._line_colon_starts(text, nl) == want


NOUN_PIECES = [*PIECES, " to ", "to", " that ", "claim", "claims", "vow", "vows", "pledge", "s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NOUN_PIECES), max_size=30).map("".join))
def test_noun_to_hits_equal_one_find_per_noun(text):
    # _noun_frame_hits looks " to " up once; the plain form looks each noun up
    plain = []
    for noun in R._NOUN_TO:
        i = text.find(noun + " to ")
        while i >= 0:
            e = i + len(noun)
            if i > 0 and text[i - 1] == " ":
                plain.append((i, e, e + 1, e + 3))
            i = text.find(noun + " to ", e)
    got = [h for h in R._noun_frame_hits(text) if text[h[2] : h[3]] == "to"]
    assert got == sorted(plain)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_masked_word_match_equals_the_word_search(text, lo, hi):
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    want = R._HAS_W_RE.search(text, lo, hi) is not None
    assert (R._MASKED_HAS_W_RE.match(text, lo, hi) is not None) == want


# what may follow a cue: each skip item, the short words the look-ahead rules out, and
# other words (with white space or commas before each)
POST_UNITS = [
    "on Monday", "Friday", "last week", "earlier this month", "in an interview", "at a rally",
    "on Twitter", "for years", "over the past few days", "also", "again", "quietly",
    "only", "lately:", "of the vote, \x01", "today", "that", "the", "then", "they", "he",
    "she", "a", "an", "at", "to", "it", "who", "his", "her", "on", "in", "of", "for", "x",
    "Lee", "\x01", ":", "—", ".", "’s", "onto", "to Facebook", "on X", "online",
    "to her blog", "to Xavier", "on her campaign page", "toX",
    "in a statement posted on X", "in a post shared to the union's website", "in a post posted",
]  # fmt: skip
POST_SEPS = [" ", ", ", ",", "", "\n", " ,", "\u00a0"]


def test_post_skip_equals_the_plain_repeat():
    # _POST_SKIP tries its items only where the next word can open one: the same
    # match ends as the plain repeat, over every sequence of one or two units
    plain = re.compile("(?:" + R._POST_SKIP_ITEMS + ")*" + R._POST_SKIP_TAIL)
    items = [a + b for a in POST_SEPS for b in POST_UNITS]
    for first in items:
        for text in (first, *(first + second for second in items)):
            assert R._POST_SKIP.match(text).end() == plain.match(text).end(), text


MOD_PIECES = ["\x01", "\x01\x01", " ", "\t", ",", ", ", "former", "then-", "x", "Gov.", "Lee", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MOD_PIECES), max_size=14).map("".join), st.integers(0, 6))
def test_modifiers_after_block_equals_the_search(text, lo):
    lo = min(lo, len(text))
    want = R._MODIFIERS_AFTER_BLOCK_RE.search(text, lo, len(text))
    got = R._modifiers_after_block(text, lo, len(text))
    assert (got and (got.span(), got.span(1))) == (want and (want.span(), want.span(1)))


SUB_PIECES = [
    "by", "By", "BY", "the", "time", "until", "because", "When", "whenever", "before",
    "AFTER", "once", "x", "Lee", "said", " ", "\t", "\u00a0", ",", "\x01", "-", "’",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SUB_PIECES), max_size=12).map("".join))
def test_subordinator_end_equals_the_search(text):
    want = R._SUBORDINATOR_END_RE.search(text, max(0, len(text) - 16)) is not None
    assert R._subordinator_end(text) == want


def test_head_frame_equals_the_fullmatch():
    # _head_frame tries the regex only on texts that end like its matches: the same
    # result over every text built from these pieces, matches and near misses
    for np_ in ("Lee", "The governor", "He", "Mr. Ann Lee", "lee", "\x01", ""):
        for sep in (" ", "  ", "\t", ""):
            for then in ("", "then "):
                for verb in ("boomed", "fired back", "fired\tback", "said", "ed", "backed", "back"):
                    for end in (",", " ,", ", ", ",\t", "", ".", ",x", ",\n"):
                        text = np_ + sep + then + verb + end
                        want = R._HEAD_FRAME_RE.fullmatch(text, 0, len(text))
                        got = R._head_frame(text, 0, len(text))
                        assert (got and got.span("np")) == (want and want.span("np")), text


PREV_PIECES = [*PIECES, "to", "with", "voters", "Ann", " \n ", "\n\t", "xyz"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PREV_PIECES), max_size=30).map("".join), st.integers(0, 40))
def test_prev_word_equals_the_regex_search(text, back):
    # _prev_word scans back from hi; the plain form tries the pattern from lo on
    for hi in range(len(text) + 2):
        lo = max(0, hi - back)
        want = R._PREV_WORD_RE.search(text, lo, hi)
        got = R._prev_word(text, lo, hi)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


OFFICE_PIECES = [*PIECES, "the", "The", "this", "This", "tthe", "xThe", "president", "governor"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(OFFICE_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 200),
)
def test_office_mention_scan_equals_the_word_boundary_form(text, lo, hi):
    # the "\b" of the plain form is a look-behind after the first letter
    head = r"[Tt](?<!\w[Tt])h(?:e|is)"
    assert R._OFFICE_MENTION_RE.pattern.startswith(head)
    plain = re.compile(r"\b(?:[Tt]he|[Tt]his)" + R._OFFICE_MENTION_RE.pattern[len(head) :])
    got = [(m.span(), m.groups()) for m in R._OFFICE_MENTION_RE.finditer(text, lo, hi)]
    assert got == [(m.span(), m.groups()) for m in plain.finditer(text, lo, hi)]


ROLE_PIECES = [*PIECES, "Ann Lee", "Bo Roe", " was the ", " is a ", ", 29,", "witness", "first "]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(ROLE_PIECES), max_size=30).map("".join),
    st.integers(0, 60),
    st.integers(0, 300),
    st.booleans(),
)
def test_last_unmasked_equals_the_plain_scan(text, lo, hi, mask):
    # _last_unmasked scans only the stretches between periods and line breaks that
    # hold the head word, from the end; the plain form scans the whole span
    masked = text.replace("A", R.MASK) if mask else None
    for head in ("witness", "first"):
        rx = R._predicate_role_rx(head)
        plain = None
        for m in rx.finditer(text, lo, hi):
            if masked is None or masked[m.start()] != R.MASK:
                plain = m
        got = R._last_unmasked(rx, text, masked, lo, hi, head)
        assert (got and got.span()) == (plain and plain.span())


NAME_PIECES = [
    "Ann Lee", "Lee", "Mrs. Lee", "Tom Lee’s", "Lees'", "Korean-born Ann Lee", "Ann",
    "Maple Radio's Ann Lee", "Ann Roe", "Roe", "Van Roe", "de Lee", "Sen. Bo Roe", "Lee Ann",
    "Automaker Stellantis", "Stellantis", "About Latinos", "Latinos", "lee", " said ",
    ". ", ", ", " and ", "\n", "Jr.", "A. Lee", "ANN LEE",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=25).map(" ".join))
def test_canonical_form_ends_in_the_names_last_word(text):
    # _requoted_subject skips names before ``canonical`` by their last word
    an = R._ArticleNames(text, [(0, len(text))], lexicon(), None)
    for _pos, cw, g, _info in an.names:
        for gender in (g, None, "m", "f"):
            canon = an.canonical(cw, gender)
            assert canon.split()[-1].lower().rstrip("'’") == cw[-1].lower().rstrip("'’")
