"""Verb idioms around a cue: "according to" sources and data owners, conjoined verbs,
emphatic "do", habitual "would", particles and "that"-less content, read before a cue is
kept.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .cues import _PLATFORM
from .lexicon import (
    _DETS,
    _IRREGULAR_PAST,
    _NEEDS_THAT,
    _NEG,
    _NOT_ROLE,
    _OBJ_PREPS,
    _PRONOUNS,
    _TIME_WORDS,
    _VERBISH_NEXT,
    _skips_before_cue,
    load_titles,
)
from .np_right import _right_np
from .phrase_adjuncts import _DO_AUX, _bare_verb, _word_as_surname
from .phrases import _is_cap, data_source_nouns


def _span_of(toks, np_):
    """Character span of the token range ``np_`` = (first, end)."""
    return (toks[np_[0]][0], toks[np_[1] - 1][1])


_TITLE_DETS = frozenset(("the", "a", "an"))  # (not "his": its possessor is the source)


def _according_source(c, lex):
    """Span of the source after "according to" (None: no source): the noun phrase,
    extended to the next comma / dash / sentence end within 25 tokens."""
    toks, kend = c.toks, c.kend
    np_ = _right_np(toks, kend, lex)
    if np_ is None:
        if kend < len(toks) and toks[kend][2].isalpha() and toks[kend][2].lower() not in _NOT_ROLE:
            np_ = (kend, kend + 1)  # "according to early results of exit polls"
        else:
            return None
    # a determiner alone before a quoted title: the title and its noun ('according to
    # the "Water for All" plan', not "the")
    lone_det = np_ == (kend, kend + 1) and toks[kend][2].lower() in _TITLE_DETS
    e_ = kend
    while (
        e_ < len(toks)
        and e_ - kend < 25
        and toks[e_][2] not in (",", ";", "—", "–", ".")
        and (toks[e_][2][0] != MASK or lone_det)
    ):
        e_ += 1
    if np_[1] - np_[0] > 2 and toks[np_[1] - 1][2] in _ACCORDING_CLAUSE_DETS:
        if _according_clause_next(toks, (np_[0], np_[1] - 1), e_):
            np_ = (np_[0], np_[1] - 1)  # ("Mayor Ann Roe the repairs will ...": the name)
    elif (x := _according_noun_det(toks, np_, e_, lex)) > 0:
        np_ = (np_[0], x)  # "according to police the man fled.": "police"
    if (
        e_ > np_[1]
        and (e_ == len(toks) or toks[e_][2] in (",", ";", "—", "–", "."))
        and not _according_clause_next(toks, np_, e_)
        and _according_noun_det(toks, np_, e_, lex) < 0
    ):
        np_ = (np_[0], e_)
    owner = _data_owner(toks, np_)
    if owner is not None:
        return owner  # "according to the corporation's figures": the corporation
    if _unowned_data(toks, np_):
        return None  # "according to federal figures": sourced numbers, no speaker
    by = _document_author(toks, np_, lex)
    src = by if by is not None else np_
    return _span_of(toks, _apposed_name_after_source(toks, src, lex) or src)


def _apposed_name_after_source(toks, src, lex):
    """Token range of the name set off after an "according to" source that ends in a
    lower-case person noun ("according to a statement from Roe's lawyer, Mark Pell." ->
    "Mark Pell"): one to four capitalised words after the comma that close the
    sentence; None otherwise ("according to her lawyer, Mark Pell will appeal": a
    subject; "According to his lawyer, Mark Pell, the appeal ...": the content follows).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Roe 's lawyer , Mark Pell .".split()]
    >>> _apposed_name_after_source(t, (0, 3), lexicon())
    (4, 6)
    """
    lo, hi = src
    n = len(toks)
    head = toks[hi - 1][2]
    if (x := _apposed_name_before_content(toks, src, lex)) is not None:
        return x  # "According to its president, Ann Roe, the union ...": Ann Roe
    if hi + 2 >= n or toks[hi][2] != "," or not head.islower() or head not in lex.nouns:
        return None
    e = hi + 1
    while e < n and e - hi <= 4 and _is_cap(toks[e][2]) and toks[e][2].replace("-", "").isalpha():
        e += 1
    if e - hi < 3 or (e < n and toks[e][2] not in (".", "!", "?")):
        return None  # (the name must close the sentence: no content after it)
    return (hi + 1, e)


def _apposed_name_before_content(toks, src, lex):
    """Token range of the full name set off by commas right after an "according to"
    source that ends in a lower-case person's role ("president", "lawyer",
    "spokesperson") when the reported clause opens in lower case after it ("According to
    its president, Ann Roe, the union learned of it": Ann Roe); None otherwise ("according
    to the report, Ann Roe, the treasurer, ...": a document, not a person).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "its president , Ann Roe , the union left .".split()]
    >>> _apposed_name_before_content(t, (0, 2), lexicon())
    (3, 5)
    >>> t = [(0, 0, w) for w in "the report , Ann Roe , the treasurer , left .".split()]
    >>> _apposed_name_before_content(t, (0, 2), lexicon()) is None
    True
    """
    lo, hi = src
    n = len(toks)
    head = toks[hi - 1][2]
    if hi + 4 >= n or toks[hi][2] != "," or not head.isalpha() or not head.islower():
        return None
    if lex.nouns.get(head) != "anonymous" and head not in lex.titles:
        return None
    e = hi + 1
    while e < n and e - hi <= 4 and _is_cap(toks[e][2]) and toks[e][2].replace("-", "").isalpha():
        e += 1
    if e - hi < 3 or e + 2 >= n or toks[e][2] != "," or not toks[e + 1][2][:1].islower():
        return None
    return (hi + 1, e)


def _according_noun_det(toks, np_, e_, lex):
    """Index of a determiner in (or right after) the "according to" source ``np_`` that
    opens the reported clause with no comma: right after a plain speaker noun ("police",
    "officials", "witnesses"), two or more words before the sentence's end ``e_``
    ("according to police the man fled on foot."); -1 when there is none.

    >>> from analysis.quotes.lexicon import lexicon
    >>> toks = [(0, 0, w) for w in "police the man fled on foot .".split()]
    >>> _according_noun_det(toks, (0, 3), 6, lexicon())
    1
    >>> toks = [(0, 0, w) for w in "the report the plant closed .".split()]
    >>> _according_noun_det(toks, (0, 3), 5, lexicon())
    -1
    """
    if not (e_ == len(toks) or toks[e_][2] == "."):
        return -1
    for x in range(np_[0] + 1, min(np_[1] + 1, e_ - 2)):
        w = toks[x][2]
        if w in _ACCORDING_CLAUSE_DETS:
            p = toks[x - 1][2]
            ok = p.isalpha() and p.islower() and lex.nouns.get(p) in _ACCORDING_BARE_KINDS
            return x if ok and toks[x - 2][2].lower() not in _ACCORDING_CLAUSE_DETS else -1
        if not w.isalpha():
            return -1
    return -1


# the kinds of noun that name a source alone, with no determiner ("police", "officials")
_ACCORDING_BARE_KINDS = frozenset(("group", "organization"))


# subjects that open the reported clause right after an "according to" source with no
# comma ("according to Ann Roe it will stay closed"); determiners only after a name
_ACCORDING_CLAUSE_PRONOUNS = frozenset("it he she they we there this".split())
_ACCORDING_CLAUSE_DETS = frozenset("the a an these those".split())
_ACCORDING_CLAUSE_AUX = frozenset(
    "will would is are was were has have had can could may might must should won't".split()
)


def _according_clause_next(toks, np_, e_):
    """Does a clause open right after the "according to" source ``np_`` with no comma
    (its extension would end at ``e_``): a subject pronoun, after a capitalised name or
    reaching the sentence's end ("and according to Ann Roe it will stay closed."), or a
    determiner after a name with the sentence's end ("according to Mayor Ann Roe the
    repairs will take a year.")? Not "according to a statement he issued Monday, ...".

    >>> toks = [(0, 0, w) for w in "Ann Roe it will stay closed .".split()]
    >>> _according_clause_next(toks, (0, 2), 6)
    True
    >>> toks = [(0, 0, w) for w in "a statement he issued , the".split()]
    >>> _according_clause_next(toks, (0, 2), 4)
    False
    """
    j = np_[1]
    if j >= len(toks) or j + 2 > e_:
        return False
    w = toks[j][2]
    named = _is_cap(toks[j - 1][2])
    at_end = e_ == len(toks) or toks[e_][2] == "."
    if w in _ACCORDING_CLAUSE_PRONOUNS:
        return named or (at_end and toks[j + 1][2] in _ACCORDING_CLAUSE_AUX)
    return w in _ACCORDING_CLAUSE_DETS and named and at_end


# after numbers, the words that name (or start a clause that names) who gathered them:
# "figures released by X", "figures her campaign released", "data that X posted"
_DATA_AUTHORED = frozenset(
    "from by released compiled published provided collected gathered prepared "
    "available obtained posted filed that which the his her its their".split()
)


def _unowned_data(toks, np_):
    """Is the "according to" source ``np_`` a body of numbers or records that names no
    one: a data noun ("figures", "records") in the phrase, no capitalised owner in it
    ("FEC records", "U.S. Census data" name one) and no author right after the noun
    ("figures released by the ministry", "data from LSEG")?

    >>> toks = [(0, 0, w) for w in "federal figures , data compiled by LSEG".split()]
    >>> _unowned_data(toks, (0, 2)), _unowned_data(toks, (3, 4))
    (True, False)
    >>> toks = [(0, 0, w) for w in "FEC records .".split()]
    >>> _unowned_data(toks, (0, 2))
    False
    >>> toks = [(0, 0, w) for w in "figures posted on the city website , data released today by the board".split()]
    >>> _unowned_data(toks, (0, 6)), _unowned_data(toks, (7, 13))
    (True, False)
    """
    lo, hi = np_
    nouns = data_source_nouns()
    j = next(
        (x for x in range(lo, hi) if toks[x][2].lower() in nouns or _court_papers(toks, x)), None
    )
    if j is None or any(t[2][:1].isupper() for t in toks[lo:hi]):
        return False
    if any(_owner_word(t[2]) for t in toks[lo:j]):
        return False  # "its most recent quarterly figures", "the company's figures": owned
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    if nxt.endswith("ed") and nxt in _DATA_AUTHORED and j + 2 < hi:
        # "figures posted on the federal shortage website": placed, not authored,
        # unless a "by"/"from" later in the phrase names who did it
        return not any(t[2].lower() in ("by", "from") for t in toks[j + 2 : hi])
    return nxt not in _DATA_AUTHORED


def _court_papers(toks, x):
    """Is ``toks[x]`` "documents" of a court file: "court documents", or "documents"
    right before "filed" ("documents filed with the inquest")? Such papers are records,
    not a speaker; "the budget documents" are not court papers.

    >>> toks = [(0, 0, w) for w in "court documents , documents filed , budget documents".split()]
    >>> [_court_papers(toks, x) for x in (1, 3, 6)]
    [True, True, False]
    """
    if toks[x][2] != "documents":
        return False
    prev = toks[x - 1][2] if x > 0 else ""
    nxt = toks[x + 1][2] if x + 1 < len(toks) else ""
    return prev == "court" or nxt == "filed"


_OWNER_PRONOUNS = frozenset(("its", "their", "his", "her", "our"))


def _owner_word(w):
    """Does ``w`` name the owner of what follows: a possessive pronoun ("its figures") or
    a possessive noun (``_possessor``: "the company's figures")? The one owner test of
    an "according to" body of numbers (``_unowned_data``, ``_data_owner``).

    >>> _owner_word("its"), _owner_word("company's"), _owner_word("recent")
    (True, True, False)
    """
    return w.lower() in _OWNER_PRONOUNS or _possessor(w) > 0


def _possessor(w):
    """How many characters end the possessive noun ``w`` ("agency's", "agencies'"): 2,
    1, or 0 when ``w`` is no possessive noun.

    >>> _possessor("agency’s"), _possessor("agencies'"), _possessor("figures")
    (2, 1, 0)
    """
    if len(w) <= 3:
        return 0
    return 2 if w.endswith(("'s", "’s")) else 1 if w.endswith(("s'", "s’")) else 0


# the body of numbers a described owner keeps or issues ("the agency's figures",
# "preliminary results the regulator posted", "the department's own stock assessments")
_OWNED_DATA = frozenset(
    "results estimates forecast forecasts count tally timeline assessment assessments "
    "inventory inventories database databases registry".split()
    # a document its described owner filed or wrote ("the company's application")
    + "application applications proposal submission filing".split()
)


# a date after a data noun is no owner ("figures Monday showed")
_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Last This Next".split()
)


def _data_owner(toks, np_):
    """Character span of the described owner of an "according to" body of numbers or
    results with no capital in it: a possessor ("the corporation's figures" -> "the
    corporation") or the subject of a relative clause after the noun ("preliminary
    results the regulator posted online" -> "the regulator", "figures Ann Roe shared
    with reporters" -> "Ann Roe"); None otherwise.

    >>> toks = [(i * 20, i * 20 + len(w), w) for i, w in enumerate(
    ...     "the corporation’s figures".split())]
    >>> _data_owner(toks, (0, 3))
    (0, 31)
    >>> toks = [(i * 20, i * 20 + len(w), w) for i, w in enumerate(
    ...     "results the regulator posted online".split())]
    >>> _data_owner(toks, (0, 5))
    (20, 49)
    >>> _data_owner(toks, (0, 1)) is None
    True
    """
    lo, hi = np_
    nouns = data_source_nouns()
    j = next((x for x in range(lo, hi) if toks[x][2] in nouns or toks[x][2] in _OWNED_DATA), None)
    if j is None or any(t[2][:1].isupper() for t in toks[lo : j + 1]):
        return None
    for x in range(j - 1, max(lo, j - 4) - 1, -1):
        cut = _possessor(toks[x][2])
        if cut:
            first = x - 1 if x - 1 >= lo and toks[x - 1][2] == "the" else x
            return (toks[first][0], toks[x][1] - cut)
    k = j + 1 + (j + 1 < hi and toks[j + 1][2] in ("that", "which"))
    e = k
    while e < min(hi, k + 3) and _is_cap(toks[e][2]) and toks[e][2].replace("-", "").isalpha():
        e += 1
    if (
        k < e < hi
        and toks[e][2].islower()
        and toks[e][2].endswith("ed")
        and toks[k][2] not in _CALENDAR_WORDS
    ):
        return (toks[k][0], toks[e - 1][1])  # "figures Ann Roe shared with reporters"
    if k + 2 < hi and toks[k][2] == "the":
        e = k + 1
        while e < min(hi, k + 4) and toks[e][2].isalpha() and toks[e][2].islower():
            if toks[e][2].endswith("ed") and e > k + 1:
                return (toks[k][0], toks[e - 1][1])
            e += 1
    return None


# what a named person or organisation writes or issues: "according to a post from X"
_AUTHORED = frozenset(
    "post posts statement statements report letter memo email emails tweet tweets "
    "release note filing message column op-ed blog essay transcript".split()
)


def _document_author(toks, np_, lex):
    """Token range of the author in an "according to" source that is a document "from"
    or "by" a capitalised name ("a post from Ann Roe on Facebook" -> "Ann Roe", "a
    statement by the Harbour Authority" -> "the Harbour Authority"), or None."""
    lo, hi = np_
    if toks[lo][2].lower() not in ("a", "an", "the") or hi - lo < 4:
        return None
    j = next((x for x in range(lo + 1, min(hi, lo + 5)) if toks[x][2] in ("from", "by")), None)
    if j is None or toks[j - 1][2].lower() not in _AUTHORED or j + 1 >= hi:
        return None
    nxt = toks[j + 1][2]
    k = j + 2 if nxt in ("the", "The") else j + 1
    if k >= hi or not _is_cap(toks[k][2]):
        return None
    return _right_np(toks, j + 1, lex)


def _conjoined_verb(c):
    """Is a noun-like cue after "and" / "but" a second verb of its subject, with a
    clause or an infinitive after it ("rails against the plan and pledges to stand
    firm", "and notes that"), not a noun ("promises and pledges to voters")?"""
    toks, kend = c.toks, c.kend
    if c.prev_tok not in ("and", "but") or kend + 1 >= len(toks):
        return False
    nxt, nxt2 = toks[kend][2], toks[kend + 1][2]
    if nxt == "that":
        return True
    return (
        nxt == "to"
        and nxt2.isalpha()
        and nxt2.islower()
        and nxt2 not in _DETS
        and not nxt2.endswith("s")
    )


# prepositions before a gerund cue that is no noun: "rallied them by warning that"
_ING_PREPS = frozenset("by while before after since despite upon".split())


def _warning_that(c):
    """Does content follow a gerund "warning" ("by warning (voters) that", "by
    warning darkly that"), not a noun use ("despite warning lights")?"""
    toks, kend = c.toks, c.kend
    nxt = toks[kend][2] if kend < len(toks) else ","
    if nxt.endswith("ly") and kend + 1 < len(toks) and toks[kend + 1][2] == "that":
        return True
    return nxt not in (",", ":") and _content_next(c)


def _verb_after(c):
    """Is a noun-like cue form a verb from the word before it: an emphatic "do"
    ("Lee did note that"), an adverb in -ly after no determiner ("Lee regularly
    pledges") or a preposition before a gerund with content ("by warning that")?"""
    if c.prev_tok in _DO_AUX or _habitual_would(c):
        return True  # (a habitual '“A,” she would say': a verb)
    if c.prev_tok.endswith("ly") and _skips_before_cue(c.prev_tok):
        # "Lee regularly pledges to", "Lee repeatedly claims that"; not "the costly
        # reports", "its weekly report"
        return c.prev2 not in _DETS and not c.prev2.endswith(("'s", "’s"))
    return c.form == "warning" and c.prev_tok in _ING_PREPS and _warning_that(c)


def _habitual_would(c):
    """Is the cue a habitual "would say" right after a quotation and its subject
    ('“You fall, you get up,” she would say'; '“Go,” Coach Roe would tell us'): how the
    speaker often put it, a quote, not a guess ("critics would say the plan fails")?"""
    k, toks = c.k, c.toks
    if c.prev_tok != "would" or k < 3:
        return False
    j = k - 2  # the subject: a pronoun or a capitalised name of up to three words
    while j > 0 and k - 2 - j < 2 and _is_cap_word(toks[j][2]) and _is_cap_word(toks[j - 1][2]):
        j -= 1
    if not (toks[j][2].lower() in ("he", "she", "they") or _is_cap_word(toks[j][2])):
        return False
    before = toks[j - 1][2] if j >= 1 else ""
    if before == "," and j >= 2:
        before = toks[j - 2][2]
    return before[:1] == MASK


def _is_cap_word(w):
    """Is ``w`` a capitalised alphabetic word ("Roe", "Coach")?"""
    return w[:1].isupper() and w.replace(".", "").isalpha()


_WH_BEFORE_DO = frozenset("what why how who whom where when which whether if".split())


def _emphatic_do(c):
    """Is the cue a bare verb after an emphatic "did" / "does" / "do" in a statement
    ("Lee did note that ...", "The charter does say ..."), not in a question ("Why
    did he say ...?", "What did Lee say?")?"""
    return (
        c.prev_tok in _DO_AUX
        and c.k >= 2
        and c.prev2 not in _WH_BEFORE_DO
        and c.toks[-1][2] != "?"
        and _bare_verb(c.toks, c.k)
        and (c.kend >= len(c.toks) or c.toks[c.kend][2].lower() not in ("was", "is"))
    )  # ("What Lee did say was ...": a cleft, no report)


_GENERIC_LISTENERS = frozenset(["you", "anyone", "anybody", "everyone", "everybody"])


def _will_tell_you(c):
    """Is the cue "tell" after "will" with a generic listener and "that" ("Lee will tell
    you that A", "she will tell anyone that A"): a view the speaker holds, not a
    future or possible speech ("will tell the committee", "would tell you")?"""
    toks, kend = c.toks, c.kend
    return (
        c.form == "tell"
        and c.prev_tok.lower() == "will"
        and kend + 1 < len(toks)
        and toks[kend][2].lower() in _GENERIC_LISTENERS
        and toks[kend + 1][2].lower() == "that"
    )


# what ends a subject right before "recalls" + -ing ("Ann Roe, 66, recalls watching",
# "she recalls seeing"): a verb of memory, not "the recalls affecting"
_RECALL_SUBJECT_END = frozenset([",", "he", "she", "they", "who", "also", "still", "vividly"])


def _noun_then_participle(c):
    """Is a lower-case -ing word (not "saying") right after the noun-like cue ("a Lee
    tweet attacking the judge"), "recalls" after a subject's end excepted ("Ann Roe,
    66, recalls watching")?"""
    toks, kend = c.toks, c.kend
    return (
        kend < len(toks)
        and toks[kend][2].islower()
        and toks[kend][2].endswith("ing")
        and toks[kend][2] not in ("saying", "that")
        and not (c.lemma == "recall" and c.prev_tok in _RECALL_SUBJECT_END)
    )


_REMIND_SUBJECTS = frozenset(["he", "she", "they", "who", "i", "we"])


def _determined_role(toks, x):
    """Is ``toks[x]`` a lower-case role title (``titles.txt`` [role]) right after "the"
    ("The coroner reminded the jury that ...", "the judge reminded ...")? A thing ("The
    smell reminded him that ...") is no role.

    >>> toks = [(0, 0, w) for w in "The coroner , the smell".split()]
    >>> _determined_role(toks, 1), _determined_role(toks, 4)
    (True, False)
    """
    w = toks[x][2]
    return x > 0 and w.islower() and toks[x - 1][2].lower() == "the" and w in load_titles()["role"]


def _remind_frame(c):
    """Is "reminded" a report: a name or a personal pronoun right before it and "that"
    within ten words after it, no comma, period or "of" between ("Justice Ann Roe reminded
    jurors at the end of the day that ...", "he reminded the jury that ...")?"""
    p = c.toks[c.k - 1][2] if c.k > 0 else ""
    if p == "," and c.k >= 2:
        p = c.toks[c.k - 2][2]  # the end of an apposed name ("The coroner, Dr. Ann Roe, reminded")
        if not p[:1].isupper() or p.lower() in _REMIND_SUBJECTS:
            return False
    if not (
        p.lower() in _REMIND_SUBJECTS
        or (p[:1].isupper() and p.lower() not in _DETS)
        or _determined_role(c.toks, c.k - 1)
    ):
        return False
    in_pp = False  # (after "at"/"on"/...: "of" is no "reminded X of")
    for t in c.toks[c.kend : c.kend + 10]:
        w = t[2].lower()
        if w == "that":
            return True
        if w in (",", ".", ";", ":") or w[0] == MASK or (w == "of" and not in_pp):
            return False  # ("reminds me of Lincoln saying that")
        in_pp = in_pp or w in _OBJ_PREPS
    return False


def _negated(c):
    """Is the cue right after a negation, "to" or a modal ("did not say", "will say"),
    not an emphatic "did" ("Lee did say"), a surname ("Will said"), "will tell you
    that" or a habitual '“A,” she would say'?"""
    return (
        c.prev_tok in _NEG
        and not _emphatic_do(c)
        and not _word_as_surname(c.toks, c.k - 1, c.k)
        and not _will_tell_you(c)
        and not _habitual_would(c)
    )


def _content_next(c):
    """Does reported content start right after the cue: "that", a colon, a comma or
    a quotation, or "that" or a quotation after the listener of "assure" ("assure
    her that")?"""
    if c.kend >= len(c.toks):
        return False
    w = c.toks[c.kend][2]
    if w[0] == MASK or w.lower() in ("that", ":", ","):
        return True
    return c.lemma in _OBJECT_VERBS and any(
        t[2].lower() == "that" or t[2][0] == MASK for t in c.toks[c.kend + 1 : c.kend + 5]
    )


def _capitalised_modifier(c, prev2):
    """Does a capitalised word after "of" or after "at/behind/near the" stand before the
    cue word ("of Republican claims", "the lines at the Acme counters", "at the empty
    Aero Nord counters"), which is then a noun?"""
    if not c.toks[c.k - 1][2][:1].isupper():
        return False
    if prev2 == "of" or (
        prev2 == "the" and c.k >= 3 and c.toks[c.k - 3][2].lower() in ("at", "behind", "near")
    ):
        return True
    # "stood at the empty Aero Nord counters": up to three capitalised words and one
    # lower-case adjective between "at the" and the cue word
    j = c.k - 1
    while j > c.k - 4 and j >= 0 and c.toks[j][2][:1].isupper():
        j -= 1
    if j >= 1 and c.toks[j][2].isalpha() and c.toks[j][2].islower() and c.toks[j][2] != "the":
        j -= 1
    return j >= 1 and c.toks[j][2] == "the" and c.toks[j - 1][2].lower() in ("at", "behind", "near")


def _after_according_to(toks, k):
    """Does "according to" come at most five words before the cue token ``k`` with no
    punctuation between, so that the cue word is the noun ending that source ("according
    to media reports", "according to Reuters reports")?

    >>> toks = [(0, 0, w) for w in "according to local news reports".split()]
    >>> _after_according_to(toks, 4)
    True
    >>> toks = [(0, 0, w) for w in "according to Lee , Roe reports".split()]
    >>> _after_according_to(toks, 5)
    False
    """
    for j in range(k - 1, max(0, k - 6), -1):
        w = toks[j][2]
        if w.lower() == "to" and toks[j - 1][2].lower() == "according":
            return True
        if not w[:1].isalnum():
            return False
    return False


def _down_after(toks, kend):
    """Is the particle "down" the next token, or the one after a pronoun object ("wrote
    it down", "jotted them down")?

    >>> _down_after([(0, 5, "wrote"), (6, 8, "it"), (9, 13, "down")], 1)
    True
    """
    words = [t[2].lower() for t in toks[kend : kend + 2]]
    return words[:1] == ["down"] or (
        len(words) == 2 and words[0] in ("it", "them", "that", "this") and words[1] == "down"
    )


def _particle_idiom(c):
    """Is the verb cue ``c`` part of an idiom with a particle after it: "counter to"
    ("running counter to the plan"), "write (it) down" ("smiled and wrote it down",
    "wrote down the plate number": a note, no speech)?"""
    if c.lemma == "counter":
        return c.kend < len(c.toks) and c.toks[c.kend][2] == "to"
    return c.lemma == "write" and _down_after(c.toks, c.kend)


# after "posted": the site, then "that", a colon or a quotation within a few words
_POSTED_ONLINE_RE = re.compile(
    r"(?:(?:on|to)\s+" + _PLATFORM + r"|online\b)(?:\s+[\w'’\-]+){0,4}?\s*,?\s*(?:that\b|:|\x01)"
)


def _posted_online(c):
    """Is the cue "posted" a post of speech: a social-media site or the poster's page
    after it and then the content ("posted on X that ...", "posted to her Facebook
    page: '...'"), not a figure ("Acme posted a 0.9 pct decline")?"""
    after = " ".join(t[2] for t in c.toks[c.kend : c.kend + 12])
    return _POSTED_ONLINE_RE.match(after) is not None


def _comparative_subject(toks, k):
    """Is the cue at token ``k`` the verb of a comparison: its subject (up to four
    words) right after the second "as" of "as <word> as" ("as plentiful as the paper
    suggests")? ("than analysts expected" stays: PolNeAR annotates it.)"""
    i = k - 1
    if i >= 0 and toks[i][2].lower() in ("had", "have", "has", "had", "would", "once"):
        i -= 1
    j = i
    while j >= 0 and i - j < 4 and toks[j][2].replace("-", "").isalnum():
        w = toks[j][2].lower()
        if w == "as":
            return (
                j < i
                and j >= 2
                and toks[j - 2][2].lower() == "as"
                and toks[j - 1][2].lower() not in ("many", "much", "few", "little")
            )  # (not a quantity: "as many as three-fourths of them say")
        j -= 1
    return False


def _participle_modifier(c):
    """Is the "-ed" cue ``c`` a participle that modifies the noun before it, dated by a
    time right after it: the main verb follows the time ("The cuts announced Wednesday
    will affect 200 jobs") or commas enclose it ("Two new ads, announced Wednesday,
    target ...")?

    >>> class C: pass
    >>> c = C()
    >>> c.toks = [(0, 0, w) for w in "the cuts announced last Wednesday will hurt".split()]
    >>> c.k, c.kend = 2, 3
    >>> _participle_modifier(c)
    True
    >>> c.toks = [(0, 0, w) for w in "the firm announced Wednesday it will close".split()]
    >>> _participle_modifier(c)
    False
    """
    toks, k, j = c.toks, c.k, c.kend
    if k == 0 or toks[k - 1][2].lower() in _PRONOUNS or toks[k - 1][2][0] == MASK:
        return False
    if j < len(toks) and toks[j][2].lower() in ("on", "last", "this", "earlier", "late"):
        j += 1
    if j >= len(toks) or toks[j][2].lower() not in _TIME_WORDS:
        return False
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    if nxt in _VERBISH_NEXT:
        return True
    if nxt != "," or toks[k - 1][2] != "," or j + 2 >= len(toks):
        return False
    # (not 'Ann Roe, the mayor, announced Wednesday, "..."' nor "..., in a statement, that")
    w = toks[j + 2][2]
    rest = toks[j + 2 : j + 30]
    return (
        w.isalpha()
        and w.islower()
        and w not in _OBJ_PREPS
        and w not in ("in", "at", "on", "that", "with", "by", "after", "before")
        and not any(t[2] == "that" or t[2][0] == MASK for t in rest)
    )


# words after "called out" that open an adjunct, not its object or content
_CALL_OUT_ADJUNCTS = _OBJ_PREPS | {"across", "over", "again", "when", "as", "while", "toward"}


def _that_missing(c, nxt_tok):
    """Does the cue ``c`` of a verb that reports only a clause or a quotation
    (_NEEDS_THAT) lack one: no "that", colon, comma or quotation after it ("maintained
    some clout"), or it closes a relative clause whose object is the noun before it
    ("The plan, which staff have recommended, would ...")?"""
    toks, kend, lemma = c.toks, c.kend, c.lemma
    if lemma == "advise":  # only "advised that B" (w139): not a sign that "advised" a quotation
        return nxt_tok != "that"
    if nxt_tok in (".", "") and lemma == "call out":
        # ("more than a third of officers called out.": absent; '"Help!" she called out.')
        # (a short subject opening its sentence: one split right after '"Help!"')
        return c.k > 4 and not any(t[2][0] == MASK for t in toks[max(0, c.k - 6) : c.k])
    if lemma == "call out" and nxt_tok.lower() in _CALL_OUT_ADJUNCTS:
        # '"Is it safe?" Roe called out from the back of the hall when ...': the
        # quotation before the cue is its content, as after "shouted from"
        return not any(t[2][0] == MASK for t in toks[max(0, c.k - 6) : c.k]) and (
            _that_after_place(toks, kend) is None
        )  # ("called out from the gallery that the vote was rigged": its clause)
    if nxt_tok in (",", ".", ""):
        return _relative_object_clause(toks, c.k)
    return (
        nxt_tok not in ("that", ":")
        and not (kend < len(toks) and toks[kend][2][0] == MASK)
        and not (
            lemma in _OBJECT_VERBS
            and (
                any(t[2].lower() == "that" or t[2][0] == MASK for t in toks[kend + 1 : kend + 5])
                or _listener_run_that(toks, kend)
            )
        )  # "assured voters that ...", 'assured him, "..."'
        and not (
            lemma in _OBJECT_VERBS and any(t[2][0] == MASK for t in toks[max(0, c.k - 5) : c.k])
        )  # '"...," Lee assured Kolb'
        and not (lemma in _OBJECT_VERBS and _set_off_after_content(toks, c.k, kend))
        and not _that_after_adjunct(toks, kend)
        and not (lemma in _BARE_CLAUSE_LEMMAS and bare_clause_next(toks, kend))
        and not (lemma == "inform" and _listener_then_clause(toks, kend))
    )


def _listener_then_clause(toks, kend):
    """Does a listener of one or two words and then a clause without "that" follow the
    cue ending at ``kend`` ("informed residents the plant would close", "informed
    them they would"), where "informed provincial policy on housing" has none?

    >>> ws = "informed residents the plant would close".split()
    >>> _listener_then_clause([(0, 0, w) for w in ws], 1)
    True
    >>> ws = "informed provincial policy on housing".split()
    >>> _listener_then_clause([(0, 0, w) for w in ws], 1)
    False
    """
    for j in (kend + 1, kend + 2):
        if (
            j + 1 < len(toks)
            and toks[j][2].lower() in _SUBJECT_PRONOUNS
            and (toks[j + 1][2] in _BARE_CLAUSE_AUX)
        ):
            return True  # "informed them they would"
        if bare_clause_next(toks, j):
            return True
    return False


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))


def _set_off_after_content(toks, k, kend):
    """Is the cue at token ``k`` (ending at ``kend``) a frame set off after its content
    by a comma -- three words or more, a comma, a subject of up to five words, the cue --
    whose listener and adjuncts (up to eight words, no "that") run to a comma or the
    sentence's end ("A, the utility assured the township on Monday, adding that B")?

    >>> ws = "The water is safe , the utility assured the township on Monday , adding".split()
    >>> _set_off_after_content([(0, 0, w) for w in ws], 7, 8)
    True
    >>> ws = "The utility assured the township on Monday , adding".split()
    >>> _set_off_after_content([(0, 0, w) for w in ws], 2, 3)
    False
    """
    comma = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j][2] == ","), -1)
    if comma < 3 or not all(t[2][:1].isalnum() for t in toks[comma + 1 : k]):
        return False
    if not all(t[2][:1].isalnum() for t in toks[comma - 3 : comma]):
        return False
    for j in range(kend, min(len(toks), kend + 9)):
        w = toks[j][2]
        if w in (",", ".", ";"):
            return j > kend
        if w.lower() == "that" or not w[:1].isalnum():
            return False
    return kend < len(toks) and len(toks) <= kend + 9


# a finite auxiliary or modal that makes a short noun phrase after a cue the subject of
# a reported clause without "that" ("revealed the album is almost done")
_BARE_CLAUSE_AUX = frozenset(
    "is are was were will would has have had could should can may might must".split()
)
# the verbs that take it ("a man charged the day ..." is a participle, no report)
_BARE_CLAUSE_LEMMAS = frozenset(("maintain", "reveal", "mention"))
# what opens such a noun phrase: a determiner or possessive determiner
_BARE_CLAUSE_DETS = frozenset("the a an its his her their our this these those".split())


def bare_clause_next(toks, kend):
    """Does a clause without "that" follow the cue ending at token ``kend``: a
    determiner, one to three lower-case words (no preposition or pronoun) and a
    finite auxiliary or modal ("mentioning the new album is nearly done")?

    >>> ws = "mentioning the new album is nearly done".split()
    >>> bare_clause_next([(0, 0, w) for w in ws], 1)
    True
    >>> ws = "mentioning the album on Friday".split()
    >>> bare_clause_next([(0, 0, w) for w in ws], 1)
    False
    """
    if kend >= len(toks) or toks[kend][2].lower() not in _BARE_CLAUSE_DETS:
        return False
    for j in range(kend + 1, min(len(toks), kend + 5)):
        w = toks[j][2]
        if w in _BARE_CLAUSE_AUX:
            return j > kend + 1
        if not (w.isalpha() and w.islower()) or w in _OBJ_PREPS or w in _NOT_ROLE or w in _PRONOUNS:
            return False  # ("maintained the lead she had built": a relative clause)
    return False


def _listener_run_that(toks, kend):
    """Does "that" end a run of up to sixteen words (no punctuation) after the cue, a
    listener with its place or occasion ("assured investors in a conference call that")?

    >>> ws = "assured investors in a conference call that it".split()
    >>> _listener_run_that([(0, 0, w) for w in ws], 1)
    True
    >>> ws = "assured investors , in a call that it".split()
    >>> _listener_run_that([(0, 0, w) for w in ws], 1)
    False
    """
    for t in toks[kend + 1 : kend + 17]:
        w = t[2]
        if w.lower() == "that":
            return True
        if not (w[:1].isalnum() or w[:1] == "$"):
            return False
    return False


_ADJUNCT_OPENERS = frozenset("almost also once again later".split())


# a word right after "that" that opens its clause's subject (not "was packed": a
# relative; not "day": a demonstrative)
_THAT_CLAUSE_OPENERS = frozenset(
    "the a an his her its their our my your this these those some no he she it they we "
    "you there nobody everyone".split()
)


def _that_after_place(toks, kend):
    """The index of "that" opening a clause after a prepositional adjunct of at most six
    words (no comma, quotation or other preposition phrase break) right after the cue
    ending at ``kend`` ("called out from the gallery that the vote was rigged"), else
    None; "that" then a verb is a relative ("from the gallery that was packed"), and
    "that" then a noun a demonstrative ("from work that day").

    >>> w = "she called out from the gallery that the vote was rigged".split()
    >>> _that_after_place([(0, 0, x) for x in w], 3)
    6
    >>> w = "she called out from the gallery that was packed".split()
    >>> _that_after_place([(0, 0, x) for x in w], 3) is None
    True
    """
    if kend >= len(toks) or toks[kend][2].lower() not in _OBJ_PREPS | {"across", "over", "toward"}:
        return None
    for j in range(kend + 1, min(len(toks) - 1, kend + 7)):
        w = toks[j][2]
        if w == "that":
            nxt = toks[j + 1][2]
            return j if nxt.lower() in _THAT_CLAUSE_OPENERS or nxt[:1].isupper() else None
        if not w.isalnum() or w.lower() in ("when", "while", "as", "and", "but"):
            return None
    return None


def _that_after_adjunct(toks, kend):
    """Does "that" follow the cue after a short adjunct of at most four lower-case words
    (no determiner) that opens with an adverb ("mentioned almost in passing that",
    "mentioned casually that"; not "charged on transactions that": a relative "that")?

    >>> w = "she mentioned almost in passing that Tyler was ill".split()
    >>> _that_after_adjunct([(0, 0, x) for x in w], 2)
    True
    >>> w = "she mentioned the fire that burned".split()
    >>> _that_after_adjunct([(0, 0, x) for x in w], 2)
    False
    """
    if kend >= len(toks):
        return False
    first = toks[kend][2]
    if not (first in _ADJUNCT_OPENERS or (first.endswith("ly") and first.islower())):
        return False
    for t in toks[kend + 1 : kend + 5]:
        w = t[2]
        if w == "that":
            return True
        if not (w.isalpha() and w.islower()) or w in _DETS:
            return False
    return False


# the same short adjunct before "that" at the content start ("almost in passing that")
_ADJUNCT_THAT_RE = re.compile(
    r"(?:almost|also|once|again|later|[a-z]+ly)"
    r"(?:[ \t]+(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\b)[a-z]+){0,3}?"
    r"[ \t]+that[ \t]+"
)


def _past_adjunct_that(masked, lo, se):
    """The content start past a short adjunct and "that" right at ``lo`` (see
    ``_that_after_adjunct``), else ``lo``."""
    m = _ADJUNCT_THAT_RE.match(masked, lo, se)
    return lo if m is None else m.end()


_RELATIVE_OBJECT_WORDS = frozenset(("which", "that", "what"))


def _relative_object_clause(toks, k):
    """Does the cue at token ``k`` close a relative clause whose object is the noun
    before it: "which" / "that" / "what" at most four words before the cue with no
    quotation or punctuation between ("The plan, which staff have recommended, would",
    "the changes that the panel demanded.")?

    >>> toks = [(0, 0, w) for w in "the plan , which staff have recommended , would".split()]
    >>> _relative_object_clause(toks, 6), _relative_object_clause(toks[2:], 4)
    (True, True)
    >>> toks = [(0, 0, w) for w in "Taxes must fall , the panel recommended .".split()]
    >>> _relative_object_clause(toks, 6)
    False
    """
    for j in range(k - 1, max(-1, k - 6), -1):
        w = toks[j][2]
        if w.lower() in _RELATIVE_OBJECT_WORDS:
            return j < k - 1
        if w[0] == MASK or not (w[0].isalnum() or w[0] in "'’-"):
            return False
    return False


def _infinitive_no_report(c, j):
    """Is the infinitive cue governed by token ``j`` ("went on to say", "tried to
    argue", "led Ann Roe to say") no report? A verb that often takes a plain object
    only before its content ("sought to counter that ...", not "sought to counter his
    appeal", "continues to maintain a lead", "took a moment to point out the lack of a
    crowd"), and any cue after a causative verb ("led the city to announce new rules"),
    is one when no reported clause follows."""
    if c.toks[j][2].lower() in _CAUSATIVE_VERBS:
        return not _content_next(c)
    return (c.lemma in _NEEDS_THAT or c.lemma in ("counter", "point out")) and not _content_next(c)


def _contact_relative_that(toks, k, kend):
    """Is the cue at ``k`` inside a relative clause without "that" whose noun a
    relative "that" then goes on with ("the book she wrote that helped lay ...":
    a determiner, a lower-case noun, a pronoun subject, the cue, "that", a past verb)?

    >>> ws = "on the book she wrote that helped lay".split()
    >>> _contact_relative_that([(0, 0, w) for w in ws], 4, 5)
    True
    >>> ws = "in the end she wrote that prices fell".split()
    >>> _contact_relative_that([(0, 0, w) for w in ws], 4, 5)
    False
    """
    if k < 3 or kend + 1 >= len(toks) or toks[kend][2] != "that":
        return False
    if not (_past_form(toks[kend + 1][2]) and toks[kend + 1][2].islower()):
        return False
    noun = toks[k - 2][2]
    return (
        toks[k - 1][2].lower() in _PRONOUNS
        and noun.isalpha()
        and noun.islower()
        and not _past_form(noun)
        and toks[k - 3][2].lower() in _DETS
    )


# nouns of time that open a sentence before "she said," as an adverbial ("The day she
# said, ..."): never the object of a relative clause here
_CONTACT_TIME_NOUNS = frozenset(
    "day days morning night evening afternoon week weekend month year time moment".split()
)


def _contact_relative_comma(c):
    """Is the cue ``c`` (its ``toks``, ``k``, ``kend``, sentence start ``ss``) inside a
    relative clause without "that" that opens its sentence, its object the noun before,
    and a comma after it ("The couple she mentioned, Ann and Tom Roe, were there": "The",
    a lower-case noun, a pronoun subject, the cue, ",")? What follows is no content.

    >>> from types import SimpleNamespace as C
    >>> ws = "The couple she mentioned , Ann Roe , came".split()
    >>> _contact_relative_comma(C(toks=[(i, 0, w) for i, w in enumerate(ws)], k=3, kend=4, ss=0))
    True
    >>> ws = "The day she said , we cried".split()
    >>> _contact_relative_comma(C(toks=[(i, 0, w) for i, w in enumerate(ws)], k=3, kend=4, ss=0))
    False
    """
    toks, kend = c.toks, c.kend
    if kend >= len(toks) or toks[kend][2] != ",":
        return False  # (the comma first: the rarest of the tests, run for every cue)
    k = c.k
    if k < 3 or toks[k - 3][0] != c.ss:
        return False
    noun = toks[k - 2][2]
    return (
        toks[k - 3][2] == "The"
        and toks[k - 1][2].lower() in _PRONOUNS
        and noun.isalpha()
        and noun.islower()
        and noun not in _CONTACT_TIME_NOUNS
        and noun not in _TIME_WORDS
    )


def _outlet_credit(toks, k, kend):
    """Do only a capitalised name (an outlet: "USA Today", "the Toronto Star") and the
    sentence's end follow the cue ``k``..``kend``, after a "said" frame before it?

    >>> ws = "said Roe , the director , reports USA Today .".split()
    >>> _outlet_credit([(0, 0, w) for w in ws], 6, 7)
    True
    >>> ws = "said Roe , reports that USA Today fell .".split()
    >>> _outlet_credit([(0, 0, w) for w in ws], 3, 4)
    False
    """
    if not any(t[2] in ("said", "says") for t in toks[:k]):
        return False
    end = len(toks)
    while end > kend and toks[end - 1][2] in (".", "!", "”", '"', ")"):
        end -= 1
    words = [t[2] for t in toks[kend:end]]
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return 1 <= len(words) <= 4 and all(_is_cap_word(w) for w in words) and end < len(toks)


_BE_FORMS = frozenset("am is are was were be been being".split())


_PROGRESSIVE_STOPS = frozenset(', ; : . ! ? “ ” "'.split())


def _progressive_conjunct(toks, k, kend, reach=12):
    """Is the -ing cue at ``k`` (after "and") the second verb of a progressive whose
    first "-ing" verb follows a form of "be" in the same clause, and no "that", colon,
    comma or quotation mark follows it ("Crews were flushing mains and adding
    chlorine")? Such an "adding" / "noting" is an action, not a report.

    >>> t = [(0, 0, w) for w in "Crews were flushing mains and adding chlorine".split()]
    >>> _progressive_conjunct(t, 5, 6)
    True
    >>> t = [(0, 0, w) for w in "He was smiling and adding that".split()]
    >>> _progressive_conjunct(t, 4, 5)
    False
    """
    if not toks[k][2].endswith("ing"):
        return False
    if kend < len(toks) and toks[kend][2].lower() in ("that", ",", ":", "“", '"', "‘"):
        return False
    for j in range(k - 2, max(0, k - reach) - 1, -1):
        w = toks[j][2]
        if w in _PROGRESSIVE_STOPS:
            return False
        if j > 0 and w.endswith("ing") and w.islower() and toks[j - 1][2].lower() in _BE_FORMS:
            return True
    return False


_WRITTEN_ADJ_DETS = frozenset(
    "a an no any the its their his her our my your every each some".split()
)


_WRITTEN_NOT_NOUN = frozenset("by in on to for at with about from that as and or".split())


def _possessive_determiner(w):
    """Is ``w`` a lower-case noun's possessive that stands as a determiner ("a doctor's
    written clearance", "the parents' written consent")?

    >>> _possessive_determiner("doctor’s"), _possessive_determiner("parents'")
    (True, True)
    >>> _possessive_determiner("it's"), _possessive_determiner("Roe's")
    (False, False)
    """
    if not w[:1].islower() or w.lower() in ("it's", "it’s", "that's", "that’s"):
        return False
    return w.endswith(("'s", "’s")) and len(w) > 4 or w.endswith(("s'", "s’")) and len(w) > 3


def _attributive_written(c):
    """Is the cue "written" an adjective before its noun, right after a determiner ("had
    no written procedure", "a written request to the board"): a lower-case word follows
    it that is no preposition or particle opening an agent or a place ("the letter
    written by", "the note written on")?"""
    if c.kend >= len(c.toks) or not (
        c.prev_tok.lower() in _WRITTEN_ADJ_DETS or _possessive_determiner(c.prev_tok)
    ):
        return False
    nxt = c.toks[c.kend][2]
    return nxt.isalpha() and nxt.islower() and nxt not in _WRITTEN_NOT_NOUN


def _past_form(w):
    """Is the lower-case word ``w`` a past verb form ("went", "cut", "thanked")?"""
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))


_OBJECT_VERBS = ("tell", "inform", "assure", "urge", "warn", "ask", "remind")


# verbs that make their object speak: "the ruling led Ann Roe to say that", "prompting
# economists to counter that" (the object between the verb and "to" is the speaker)
_CAUSATIVE_VERBS = frozenset(
    "led leads leading prompted prompts prompting spurred spurring forced forcing".split()
)
