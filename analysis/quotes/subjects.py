"""The speaker side before a cue: the subject of the reporting clause across relatives,
appositions, long and short sentences and datelines.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from .additions import _PREP_WORDS, _TITLE_LEADS
from .blocks import MASK
from .idioms import _past_form, _span_of
from .lexicon import (
    _CONJ,
    _DETS,
    _IRREGULAR_PAST,
    _LEAD_ADVERBIAL,
    _NOT_PLURAL,
    _NOT_ROLE,
    _NUMERIC,
    _OBJ_PREPS,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SKIP_BEFORE_CUE,
    _TIME_WORDS,
    _VERBISH_NEXT,
    _lines,
    _skips_before_cue,
    load_titles,
)
from .nonspeech import (
    _after_gerund_prep,
    _char_before_last,
    _progressive_aux,
    _statement_or_quoted_as,
)
from .np_left import _left_np
from .pair_relatives import pair_relative_head
from .person_noun_pairs import person_noun_pair
from .phrase_adjuncts import _paren_open, _skips_or_do
from .phrases import SPEAKER_PREPS, _is_cap
from .relative_gerunds import relative_who_before
from .self_named import self_named_relative
from .sentence_subjects import _sentence_subject
from .victim_subjects import victim_description_subject

# participles of an absolute construction "with Rubio saying ...", "staff members
# suggesting ..."
_ABSOLUTE_ING = {
    "saying", "arguing", "insisting", "warning", "claiming", "noting", "telling",
    "suggesting", "predicting", "vowing", "tweeting", "writing", "declaring",
}  # fmt: skip


def _ing_speaker(doc, c, lex):
    """(mention, span) of the speaker of an -ing cue, None when it has none: the
    subject of a progressive ("Trump is telling"), of an absolute construction ("with
    Rubio saying"), or of the sentence / the sentence's last speaker ("..., saying")."""
    toks, k, prev_tok, form = c.toks, c.k, c.prev_tok, c.form
    if (
        k
        and (_skips_before_cue(toks[k - 1][2]) or toks[k - 1][2] in ("only", "just"))
        and c.prev2 in (",", "—", "–", "-", "while", "and", "after", "by")
    ):
        prev_tok = c.prev2  # "..., falsely suggesting that", "- only saying that"
    if _progressive_aux(c) >= 0:
        return "progressive"  # handled as a finite verb by the caller
    got = _statement_or_quoted_as(toks, k, lex)
    if got is not None:
        return None, got
    if k and prev_tok in _PERCEPTION_PARTICIPLES:
        # "Lee could be heard shouting, '...'": the subject of the passive perception verb
        m_span = _sentence_subject(doc.masked, c.ss, toks[k - 1][0], lex)
        if m_span is not None:
            return None, m_span
    # (a spaced hyphen stands for a dash: "declined to claim victory - saying that")
    after_comma = prev_tok in (",", "—", "–", "-") or (
        prev_tok[:1] == MASK and _char_before_last(doc.text, toks[k - 1][1]) in (",", "，")
    )  # '"... careless," noting that': the comma inside the quotation
    if not after_comma and not _after_gerund_prep(
        prev_tok, c.prev2 if prev_tok == c.prev_tok else ""
    ):
        # absolute construction "with Rubio saying ...", "30 percent of voters saying"
        np_i = _left_np(toks, k, lex) if form in _ABSOLUTE_ING else None
        if np_i is None or toks[np_i[1] - 1][2].lower() in _PRONOUNS:
            return None
        if not any(
            _is_cap(toks[x][2])
            or toks[x][2].lower() in lex.nouns
            or toks[x][2].lower() in _NUMERIC
            or toks[x][2][:1].isdigit()
            for x in range(*np_i)
        ) and not _role_head_after_with(toks, np_i):
            return _subject_before_object(doc, c, toks, np_i, lex)
        return None, _span_of(toks, np_i)
    if not after_comma and (rel := relative_who_before(toks, k, c.ss)) is not None:
        return None, rel  # "Ann Roe, who surprised him by declaring": the relative's
    m_span = _clause_subject_before(doc, c, lex)
    if m_span is not None:
        return None, m_span
    if doc.last_speaker is not None:
        return doc.last_speaker, None
    m_span = _sentence_subject(doc.masked, c.ss, c.se, lex)
    return None if m_span is None else (None, m_span)


def _role_head_after_with(toks, np_i):
    """Is the noun phrase ``np_i`` of an absolute construction "with a|the <role>" ("with
    a judge telling him ...", "with the coach saying ..."), its head a role title?"""
    i, j = np_i
    return (
        j - i == 2
        and i >= 1
        and toks[i - 1][2].lower() == "with"
        and toks[i][2].lower() in ("a", "the")
        and toks[j - 1][2].lower() in load_titles()["role"]
    )


# a passive perception verb before a speech participle: "was heard saying", "could be
# overheard telling", "was caught saying", "was recorded saying"
_PERCEPTION_PARTICIPLES = frozenset(("heard", "overheard", "caught", "recorded", "filmed"))


def _subject_before_object(doc, c, toks, np_i, lex):
    """(None, span) of the sentence subject for "Lee opened the debate saying ...": a
    speech participle right after a verb's object that is no speaker ("the debate",
    "the meeting"), the subject a name before that verb; None otherwise."""
    verb = toks[np_i[0] - 1][2] if np_i[0] >= 2 else ""
    if not verb.isalpha() or not verb.islower() or verb in _OBJ_PREPS or verb in _PREP_WORDS:
        return None  # (not "... alongside an item suggesting ...": the item's)
    m_span = _sentence_subject(doc.masked, c.ss, toks[np_i[0] - 1][0], lex)
    if m_span is None or not _is_cap(doc.masked[m_span[0] : m_span[1]].split()[-1]):
        return None
    return None, m_span


# conjunctions after a comma that open a clause with its own subject ("Lee spoke,
# but Roe pressed him, asking ..."): an -ing cue after that clause is its subject's
_CLAUSE_CONJ = frozenset(("but", "while", "whereas", "yet"))


def _clause_subject_before(doc, c, lex):
    """Char span of the subject of the last ", but <subject> <verb>" clause before the
    "..., <participle>" cue ``c`` in its sentence, None when there is none: "Lee
    pivoted to trade, but Roe brought him back, asking Lee to ..." is Roe asking; so
    is "police charged him and Roe fired the chief, acknowledging ..."."""
    toks, k = c.toks, c.k
    hi = toks[k - 1][0]
    for i in range(k - 2, 0, -1):
        if toks[i][0] < c.ss:
            return None
        w = toks[i][2]
        if w == "and" and toks[i - 1][2].isalpha() and toks[i - 1][2].islower():
            if not _is_cap(toks[i + 1][2]):
                continue
        elif w == "and" and toks[i - 1][2] == "," and i + 1 < k:
            if _LOWER_WORD_RE.search(doc.masked, c.ss, toks[i - 1][0]) is None:
                continue  # "Lee, Roe, and Ray met him, saying": a list, no clause
        elif w not in _CLAUSE_CONJ or toks[i - 1][2] != "," or i + 1 >= k:
            continue
        m_span = _sentence_subject(doc.masked, toks[i + 1][0], hi, lex)
        if m_span is None or (w == "and" and not _has_predicate_after(doc.masked, m_span, hi)):
            return None
        if _framed_after(doc, m_span, hi):
            return None  # "A, and the workers left, the company said, adding": the company
        last = None
        for m in _MAIN_CLAUSE_AFTER_RE.finditer(doc.masked, m_span[1], hi):
            last = m
        if last is not None:
            # "while rivals called for X, Lee hewed to Y, noting": Lee's
            lo = last.end() - 1
            main = _sentence_subject(doc.masked, lo, hi, lex)
            if main is not None and main[0] == lo and _has_predicate_after(doc.masked, main, hi):
                m_span = main
            elif w != "and":
                return None
        words = doc.masked[m_span[0] : m_span[1]].split()
        if not any(_is_cap(w) or w.lower() in lex.nouns for w in words):
            return None
        return m_span
    return None


_LOWER_WORD_RE = re.compile(r"[ \t][a-z]{2,}\b")


def _framed_after(doc, m_span, hi):
    """Does the sentence's last speech frame (``doc.last_speaker``, a (text, start, end)
    mention) stand between the clause subject ``m_span`` and the participle at ``hi``?
    Then that clause is the frame's content ("The plant is closed, and the workers are
    gone, the company said, adding that B": B is the company's, not the workers')."""
    last = doc.last_speaker
    return last is not None and m_span[1] <= last[1] < hi


def _has_predicate_after(masked, span, hi):
    """Is there a lower-case word (a verb and its object) between the subject ``span``
    and ``hi``, not just an apposition ("Tom Vale, saying")?"""
    return _LOWER_WORD_RE.search(masked, span[1], hi) is not None


# a comma and a capitalised word after a subordinate clause's subject: the main
# clause may start there ("while rivals called for more, Lee hewed to ...")
_MAIN_CLAUSE_AFTER_RE = re.compile(r",[ \t]+[A-Z]")


# (an age is a plain modifier too: "A 73-year-old retired teacher who lost $700 said")
_SUBJECT_WORD_RE = re.compile(r"(?:[A-Za-z][\w'’\-]*|\d{1,3}-year-old)\Z")


_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"


# a share of a polled group: "One in three", "nearly eight in 10 Democratic voters",
# "a third of independents", "56 percent of those polled", "two-thirds of them"
_PROPORTION_SUBJ_RE = re.compile(
    r"(?:(?:nearly|almost|about|roughly|some|only|just|over|under)\s+)?"
    r"(?:" + _NUM + r"\s+(?:in|out\s+of)\s+" + _NUM + r"\b"
    r"|(?:a|one|two)[\s\-]+(?:thirds?|quarters?|fifths?|half)\s+of\b"
    r"|half\s+of\b|" + _NUM + r"\s*(?:%|percent|per\s+cent)\s+of\b"
    r"|(?:(?:large|small|big|slim|narrow|solid|clear|overwhelming)\s+)?majorit(?:y|ies)\s+of\b"
    r"|(?:a|the)\s+(?:(?:large|small|slim|narrow|solid|clear)\s+)?"
    r"(?:majority|plurality|minority)\s+of\b)"
    r"(?:\s+[A-Za-z][\w'’\-]*){0,12}\Z",
    re.I,
)


# the words a _PROPORTION_SUBJ_RE match can start with (besides digits)
_PROPORTION_FIRST = {
    "nearly", "almost", "about", "roughly", "some", "only", "just", "over", "under",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
    "the", "half", "large", "small", "big", "slim", "narrow", "solid", "clear",
    "overwhelming", "majority", "majorities",
}  # fmt: skip


def _proportion_subject(c):
    """Span of a share of a polled group that opens the sentence and runs up to the
    cue ("One in three said", "Large majorities of voters in six states said"), or
    None."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None
    t0 = 1 if toks[0][2].lower() in ("but", "and", "yet", "so") else 0
    n = k - t0
    w0 = toks[t0][2].lower() if t0 < len(toks) else ""
    if not (3 <= n <= 16 and (w0 in _PROPORTION_FIRST or w0[:1].isdigit())):
        return None  # (a cheap test first: this runs for most cues)
    if _PROPORTION_SUBJ_RE.match(" ".join(toks[x][2] for x in range(t0, k))):
        return _span_of(toks, (t0, k))
    kk = _before_share_apposition(toks, k)
    if kk < k and _PROPORTION_SUBJ_RE.match(" ".join(toks[x][2] for x in range(t0, kk))):
        return _span_of(toks, (t0, kk))  # "A third of independents, 33%, say"
    return None


def _before_share_apposition(toks, k):
    """Index of the comma opening a ", 33%," / ", 67 percent," apposition that ends
    right before the cue at ``k``, else ``k``."""
    if k < 5 or toks[k - 1][2] != ",":
        return k
    j = k - 2
    if toks[j][2] == "%" or toks[j][2].lower() == "percent":
        j -= 1
    elif toks[j][2].lower() == "cent" and toks[j - 1][2].lower() == "per":
        j -= 2
    else:
        return k
    if j >= 1 and toks[j][2][:1].isdigit() and toks[j - 1][2] == ",":
        return j - 1
    return k


# a number written in words ("nine", "twenty-five"): "nine per cent said"
_NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)


# a share alone right before the cue, after a clause break or at the sentence start:
# "..., and a third said", "Among likely voters, about two-thirds, 67 percent, say",
# "while 38 percent say", "all but two said"
_SHARE_ALONE_RE = re.compile(
    r"(?:^|[,;] (?:(?:and|but) )?|\b(?:and|but|while|whereas) )"
    r"(?P<share>(?:(?:nearly|almost|about|roughly|only|just|over|under|another|"
    r"(?:more|less|fewer) than|just shy of|just over|just under) )?"
    r"(?:(?:a|one|two|three)[ \-](?:thirds?|quarters?|fifths?)|half|"
    r"(?:\d+(?:\.\d+)?|" + _NUM_WORD + r") ?(?:%|percent|per cent)"
    r"|all but (?:one|two|three|four|five|\d+))"
    r"(?: , \d+(?:\.\d+)? ?(?:%|percent|per cent) ,)?) \Z",
    re.I,
)


def _share_alone_subject(c):
    """Span of a share of a polled group standing alone right before the cue ("a third
    said", ", 67 percent, say") at the sentence start or after a clause break, or
    None."""
    toks, k = c.toks, c.k
    lo = max(0, k - 12)
    last = toks[k - 1][2].lower() if k else ""
    if last == ",":  # ", 67 percent, say": only after an apposition of a share
        if k < 3 or toks[k - 2][2].lower() not in ("%", "percent", "cent"):
            return None
    elif not (last[:1].isdigit() or last in _SHARE_LAST):
        return None  # (a cheap test first: this runs for many cues)
    words = [toks[x][2] for x in range(lo, k)]
    m = _SHARE_ALONE_RE.search(" ".join(words) + " ")
    if m is None or (m.start() == 0 and toks[lo][0] != c.ss):
        return None
    first = k - len(m.group("share").split(" "))
    return _span_of(toks, (first, _before_share_apposition(toks, k)))


_SHARE_LAST = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "half", "%",
    "percent", "cent", "one", "two", "three", "four", "five"}  # fmt: skip


_DASH_TOKENS = frozenset(("—", "–", "--", "-"))


def _dateline_end(toks):
    """Index of the first token after a wire dateline that opens the sentence
    ("ORLAN (AP) — A report said", "CALGARY, Alta. — Acme said"): an upper-case word,
    then at most six tokens of upper-case words, capitalised words, commas and a
    parenthesis, then a dash; 0 when there is none.

    >>> _dateline_end([(0, 5, "ORLAN"), (6, 7, "("), (7, 9, "AP"), (9, 10, ")"),
    ...                (11, 12, "—"), (13, 14, "A")])
    5
    """
    if not toks or len(toks[0][2]) < 2 or not toks[0][2].isupper():
        return 0
    for x in range(1, min(len(toks) - 1, 8)):
        w = toks[x][2]
        if w in _DASH_TOKENS:
            return x + 1
        if not (w[:1].isupper() or w in ("(", ")", ",", ".")):
            return 0
    return 0


def _short_sentence_subject(c, lex):
    """Span of a short subject that opens the sentence right before the cue and that
    the noun-phrase rules do not know ("Several supporters of reform said"): 2 to 5
    plain words starting with a determiner, a quantifier or a capital, holding no
    verb-like word; None otherwise."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None  # the window does not start at the sentence start
    t0 = _dateline_end(toks)  # "ORLAN (AP) — A news report published Monday said"
    t0 += 1 if toks[t0][2].lower() in ("but", "and", "yet", "so") else 0
    # "organizations that have endorsed him say": the head before the relative clause
    rel = next(
        (x for x in range(t0 + 1, min(k, t0 + 5)) if toks[x][2].lower() in ("who", "that")), -1
    )
    # (a "who" clause may be long: "A paramedic who was first to reach a worker crushed
    # under a collapsed wall told the jury": the paramedic; up to 30 words, session 34:
    # "An engineer who worked on the soil tests and asked not to be named because she
    # still works for one of the contractors said": the engineer)
    most = 30 if rel >= 0 and toks[rel][2].lower() == "who" else 9
    if (
        rel >= 0
        and k - rel <= most
        and all(
            toks[x][2] not in (",", ";", MASK) or _thousands_comma(toks, x) for x in range(rel, k)
        )
    ):
        k = rel
    n = k - t0
    words = [toks[x][2] for x in range(t0, k)]
    if not 1 <= n <= 5 or (n == 1 and rel < 0):
        return None
    lw = [w.lower() for w in words]
    if not all(_SUBJECT_WORD_RE.match(w) for w in words):
        return None
    if not (
        lw[0] in _DETS
        or lw[0] in _QUANT_SUBJ
        or words[0][:1].isupper()
        or lw[-1] in lex.nouns
        or (rel >= 0 and lw[-1].endswith("s") and not lw[-1].endswith("ss"))
    ):
        return None  # (a plural head before a relative clause: "groups that backed him say")
    if lw[0] in _PRONOUNS or any(
        w in _NOT_ROLE and w != "of" and not person_noun_pair(lw, i, lex)
        for i, w in enumerate(lw[1:], 1)
    ):
        return None  # ("A husband and wife who run a farm said": one pair, kept)
    if lw[-1] in _SKIP_BEFORE_CUE or lw[-1].endswith("ly"):
        return None
    return _span_of(toks, (t0, k))


_LEAD_SUBORDINATORS = frozenset("though although while because since if when as".split())


def _in_subject_relative(toks, j, k):
    """Is the noun phrase at token ``j`` (before the cue at ``k``) inside a restrictive
    "who" clause of the sentence's opening subject ("A man who works at a shop two doors
    down said")?"""
    for rel in range(1, min(j, 6)):
        if toks[rel][2] == "who" or _that_subject_relative(toks, rel, j):
            return all(
                toks[x][2] not in (",", ";", MASK) or _thousands_comma(toks, x)
                for x in range(rel, k)
            )
    return False


def _thousands_comma(toks, x):
    """Is token ``x`` the comma inside a number ("lost $1,200"), no clause comma?"""
    return (
        toks[x][2] == ","
        and 0 < x < len(toks) - 1
        and toks[x - 1][1] == toks[x][0]
        and toks[x + 1][0] == toks[x][1]
        and toks[x - 1][2].isdigit()
        and len(toks[x + 1][2]) == 3
        and toks[x + 1][2].isdigit()
    )


_REL_OBJECT_DETS = frozenset("the a an its their his her this these those".split())


def _that_subject_relative(toks, rel, j, a=0):
    """Is token ``rel`` a "that" opening a subject relative on the "The/A <noun>" at
    token ``a`` (the sentence's opening by default: "The company that owns the buildings
    says": a verb in -s or -ed, then a determiner), the noun phrase at ``j`` after that
    verb?"""
    return (
        toks[rel][2] == "that"
        and rel - a in (2, 3)
        and toks[a][2].lower() in ("the", "a", "an")
        and (a or toks[a][2][0].isupper())
        and all(_hyphened_alpha(toks[x][2]) and toks[x][2].islower() for x in range(a + 1, rel))
        and rel + 2 <= j
        and toks[rel + 1][2].islower()
        and (toks[rel + 1][2].endswith(("s", "ed")) or toks[rel + 1][2] in _IRREGULAR_PAST)
        and (toks[rel + 2][2] in _REL_OBJECT_DETS or toks[rel + 2][2] in _REL_OBJECT_PRONOUNS)
    )


# an object pronoun right after a subject relative's verb ("the company that built it
# says": the company)
_REL_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her"))


def _restrictive_relative_subject(c, lex):
    """Span of the sentence's opening noun phrase when a restrictive "who" clause (no
    comma before "who") runs from it up to the comma right before the cue ("A nurse who
    asked not to be named because she fears reprisals, said the ward ...": the nurse);
    else None. The phrase may stand in apposition after a short opener ("One of them, a
    designer who ..., said")."""
    toks, k = c.toks, c.k
    if k < 4 or toks[k - 1][2] != "," or toks[0][0] != c.ss:
        return None
    for w in range(1, min(k - 2, 12)):
        t = toks[w][2]
        if t == "who":
            break
        if t in (";", ":") or t[0] == MASK:
            return None
    else:
        return None
    if toks[w - 1][2] == "," or any(
        toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(w + 1, k - 1)
    ):
        return None  # ("Lee, who chairs it, said": a closed clause, read elsewhere)
    np_ = _left_np(toks, w, lex)
    if np_ is None or toks[np_[0]][2].lower() in _PRONOUNS:
        return None
    a = np_[0]
    if a == 0 or (
        toks[a - 1][2] == "," and all(toks[x][2] not in (",", ";") for x in range(a - 1))
    ):
        return _described_opener(toks, a, lex) or _span_of(toks, np_)
    return None


def _conjunct_relative_subject(c, lex):
    """Span of the noun phrase after ", and" / ", but" that a restrictive "who" clause
    (no comma, up to eight words) joins to the cue ("The coach denied the claims, and
    some of the families who train with him said Thursday that A": the families), or
    None; the same clause opening a sentence is read by ``_short_sentence_subject``."""
    toks, k = c.toks, c.k
    w = next((x for x in range(k - 2, max(1, k - 10), -1) if toks[x][2] == "who"), -1)
    if w < 3 or any(toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(w, k)):
        return None
    np_ = _left_np(toks, w, lex)
    if np_ is None or toks[np_[0]][2].lower() in _PRONOUNS:
        return None
    a = np_[0]
    if a >= 4 and toks[a - 1][2] == "of" and toks[a - 2][2].lower() in _PARTITIVE_HEADS:
        a -= 2  # "some of the families"
    if a < 2 or toks[a - 1][2] not in ("and", "but") or toks[a - 2][2] != ",":
        return None
    return _span_of(toks, (a, np_[1]))


def _late_subject(c, lex):
    """``_long_sentence_subject`` or, failing it, ``_conjunct_relative_subject``."""
    return _long_sentence_subject(c, lex) or _conjunct_relative_subject(c, lex)


# partitive heads before "of" in a conjunct's subject ("some of the families")
_PARTITIVE_HEADS = frozenset("some many most several few all both one two three half".split())


def _described_opener(toks, a, lex):
    """Span of a definite description that opens the sentence before the apposition at
    token ``a`` ("The pool's deck supervisor, a man in his twenties who asked not to be
    named, said": the deck supervisor, not "a man"): "The" and at most four words ending
    in a role word; None otherwise ("One of them, a designer who ...": the designer)."""
    if a < 3 or toks[0][2] != "The" or a - 1 > 5:
        return None
    head = toks[a - 2][2]
    if not head.islower() or head not in lex.titles:
        return None
    return _span_of(toks, (0, a - 1))


def _unclosed_relative_subject(toks, j, k, lex):
    """Span of the name before ", who" when the noun phrase at token ``j`` (before the
    cue at ``k``) is the object inside that relative clause whose closing comma is
    missing ('"...," Ann Lee, who chairs the group said'): the name opens its clause
    (sentence start or after a quotation), and a word stands between "who" and the
    noun phrase ("Lee, who the party said ..." is the party's); else None."""
    if toks[j][2].lower() in _PRONOUNS:
        return None  # "Lee, who ... because he claimed": the pronoun's own referent
    for w in range(j - 2, max(1, j - 12), -1):
        t = toks[w][2]
        if t in (",", ";", ":") or t[0] == MASK:
            return None
        if t != "who":
            continue
        if toks[w - 1][2] != "," or not any(toks[x][2].isalpha() for x in range(w + 1, j)):
            return None
        if any(toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(j, k)):
            return None
        np_ = _left_np(toks, w - 1, lex)
        if np_ is None or not _is_cap(toks[np_[0]][2]) or not _is_cap(toks[np_[1] - 1][2]):
            return None
        a = np_[0]
        if (
            a == 0
            or toks[a - 1][2][0] == MASK
            or (a >= 2 and toks[a - 1][2] == "," and toks[a - 2][2][0] == MASK)
        ):
            return _span_of(toks, np_)
        return None
    return None


_HONORIFICS = load_titles()["honorific"]


def _joins_titles(toks, x, lex):
    """Does the "and" at token ``x`` join two lower-case titles ("chairman and chief
    executive")?"""
    return 0 < x < len(toks) - 1 and all(
        toks[y][2] in lex.titles or toks[y][2] in _TITLE_LEADS for y in (x - 1, x + 1)
    )


def _plural_word(w):
    return len(w) > 3 and w.islower() and w.endswith("s") and not w.endswith(_NOT_PLURAL)


def _description_start(toks, k):
    """Token after the last comma before the cue at ``k`` when it is at most 12 tokens
    back with no quotation between ("..., Ann Roe, vice president of finance said": the
    description), else -1."""
    for x in range(k - 1, max(0, k - 13), -1):
        t = toks[x][2]
        if t == ",":
            return x + 1 if x + 1 < k else -1
        if t[0] == MASK or t in (";", ":"):
            return -1
    return -1


def _unclosed_apposition_subject(toks, j, k, lex):
    """Span of the name before the lower-case description at token ``j`` (before the
    cue at ``k``) whose closing comma is missing ("..., Ann Roe, president of the
    club said"; '"...," Ann Roe, an aide to Lee said'): the description holds a title
    or speaker noun and no comma ("and" only between titles: "chairman and chief
    executive"), is no bare plural ("..., Ann Roe, analysts said": the analysts), and
    the name opens its clause (sentence start, after a quotation, or after a comma
    when it opens with a given name or an honorific); else None. Not a place ("In Lisle, Ohio, the mayor
    said") nor a list ("Ann Roe, Tom Vale and the mayor said")."""
    w0 = toks[j][2]
    if j < 2 or toks[j - 1][2] != "," or not w0.isalpha() or not w0.islower():
        return None
    if w0 in _PRONOUNS or any(
        toks[x][2] in (",", ";", ":", "or")
        or (toks[x][2] == "and" and not _joins_titles(toks, x, lex))
        for x in range(j, k)
    ):
        return None
    if k - j <= 2 and _plural_word(toks[k - 1][2]):
        return None  # "..., the chairman, Ann Roe, analysts said": the analysts
    if not any(
        toks[x][2].lower() in lex.titles or toks[x][2].lower() in lex.nouns for x in range(j, k)
    ):
        return None
    for x in range(j, k):  # "..., finance minister Ann Roe said": no description
        if toks[x][2].lower() in SPEAKER_PREPS:
            break
        if _is_cap(toks[x][2]):
            return None
    np_ = _left_np(toks, j - 1, lex)
    end = j - 1
    if toks[j - 2][2] == ")" and (po := _paren_open(toks, j - 2)) > 0:
        end = po  # "Ann Roe (D-Ont.), a supporter of the plan said": the name
        np_ = None if np_ is None or np_[1] != po else np_
    if np_ is None or np_[1] != end:
        return None
    a, b = np_
    words = [toks[x][2] for x in range(a, b)]
    if not all(_is_cap(w) for w in (words[0], words[-1])) or words[0].lower() in _DETS:
        return None
    if " ".join(words) in lex.place_names or words[-1] in lex.place_words:
        return None
    if len(words) == 1 and a == 0:
        return None  # "Significantly, the judge said": a sentence adverb, no name
    if all(w.lower().rstrip(".") in lex.titles for w in words):
        return None  # "..., Chairman, head of the board said": no name
    if any(w in ("and", "or", "&") for w in words):
        return None  # "orders lost to Korea, Hong Kong and Singapore, a spokesman said"
    if a == 0 or toks[a - 1][2][0] == MASK:
        return _span_of(toks, np_)
    if toks[a - 1][2] == "," and (
        words[0].lower() in lex.gender or words[0].lower().rstrip(".") in _HONORIFICS
    ):  # after a comma a person ("..., Ann Roe,"), not a place ("in Dubai, United Arab
        # Emirates, a spokeswoman said")
        if a >= 2 and w0 in _DETS and toks[a - 2][2].lower() in lex.titles:
            return None  # ("by the firm's lawyer, Ann Roe, the officer agreed": the
            # name is the lawyer's apposition, the officer the subject)
        return _span_of(toks, np_)
    return None


# what ends the head of a long subject ("Farmers in Iowa who watched the debate say")
_HEAD_END = {
    "who",
    "whom",
    "which",
    "that",
    "whose",
    "with",
    "in",
    "on",
    "at",
    "from",
    "here",
    "there",
    ",",
}


# what may open a long subject before its head
_SUBJECT_LEAD = {"even", "only", "still", "now", "also"}


# what may open the insertion of a long subject between commas ("Executives for Mondex,
# which made $30 billion, say"; "Even the hawks, like Rubio and Bush, say")
_INSERTION_OPEN = {
    "which", "who", "whose", "including", "like", "a", "an", "the", "many", "some", "for",
    "however",
}  # fmt: skip


# cues whose long plural subject is read by _long_sentence_subject ("Cement makers, for
# instance, argue that ..."; "The five-member jury, which heard from 20 witnesses,
# recommended that ...": a body's recommendation)
_LONG_SUBJECT_LEMMAS = {"say", "argue", "contend", "insist", "warn", "predict", "tell", "recommend"}


def _long_sentence_subject(c, lex):
    """Span of the head of a long subject that opens the sentence and runs up to a
    "say" cue, which the noun-phrase rules do not take ("Farmers in Iowa who watched
    the debate said", "People with direct knowledge of the deal said", "Friends,
    lobbyists and former foes say"): 3 to 20 words starting with a capital, a
    determiner or a quantifier, with no verb-like word before a relative pronoun, and
    commas only around an insertion or in a list; None otherwise. The head runs to the
    first relative pronoun, preposition other than "of" / "for", comma or participle."""
    toks, k = c.toks, c.k
    if c.lemma not in _LONG_SUBJECT_LEMMAS or not toks or toks[0][0] != c.ss:
        return None
    t0 = _dateline_end(toks)
    t0 += 1 if toks[t0][2].lower() in ("but", "and", "yet", "so") else 0
    while t0 < k and toks[t0][2].lower() in _SUBJECT_LEAD:
        t0 += 1
    words = [toks[x][2] for x in range(t0, k)]
    if not 3 <= len(words) <= _long_subject_limit(words):
        return None
    w0, l0 = words[0], words[0].lower()
    if l0 in _LEAD_ADVERBIAL or l0 in _PRONOUNS or l0 in _CONJ:
        return None
    if not (w0[:1].isupper() or l0 in _DETS or l0 in _QUANT_SUBJ):
        return None
    if not _plain_subject_words(words, lex):
        return None
    head = 1
    if "," in words and words[words.index(",") + 1].lower() not in _INSERTION_OPEN:
        head = len(words)  # a list: "Friends, lobbyists and former foes"
    while (
        head < len(words)
        and words[head].lower() not in _HEAD_END
        and not (words[head].islower() and words[head].endswith("ing"))
    ):
        head += 1
    head = _past_familiar_object(words, head)
    if words[head - 1].lower() in ("of", "for", "and", "the", "a", "an"):
        return None
    return _span_of(toks, (t0, t0 + head))


# what ends the object of "familiar with" / "close to" in a long subject
_FAMILIAR_OBJECT_END = frozenset(("who", "whom", "which", "that", "whose", ","))


def _past_familiar_object(words, head):
    """``head`` moved past the object of "familiar with" / "close to" / "privy to" when
    the head words end with that adjective ("One official familiar | with the talks
    who asked not to be named": the head keeps "with the talks"), up to a relative
    pronoun or comma; else ``head``.

    >>> ws = "One official familiar with the talks who asked not to be named".split()
    >>> _past_familiar_object(ws, 3)
    6
    >>> _past_familiar_object("Farmers in Iowa who watched".split(), 1)
    1
    """
    if head >= len(words) or words[head - 1].lower() not in ("familiar", "close", "privy"):
        return head
    e = head + 1
    while e < len(words) and words[e].lower() not in _FAMILIAR_OBJECT_END:
        e += 1
    return e if e - head <= 6 else head


# prepositions of place that put a name inside a participle phrase, not before the cue
_INSIDE_SUBJECT_PREPS = frozenset(
    "beneath below under underneath above over across near in into from off out at "
    "along around behind beside between beyond inside outside through toward towards "
    "within throughout".split()
)


def _subject_around_np(c, n0, lex):
    """The sentence subject that holds the noun phrase read before the cue, at token
    ``n0``: the noun before a relative clause ("The woman who owns the bakery said")
    or before a participle phrase the name ends ("A company hoping to drill beneath
    Alberta says"); None otherwise."""
    toks = c.toks
    if (hired := _hired_to_before(toks, n0)) is not None:
        return hired  # ("..., the company hired to clear the sidewalks says")
    if (got := _noun_left_in_place_subject(c, n0, lex)) is not None:
        return got  # ("The only vet left in a region the size of Manitoba says")
    if toks and toks[0][0] == c.ss and (n0 >= 5 or 0 < c.k < len(toks) and n0 < c.k - 5):
        t0 = _dateline_end(toks)  # (a whole "The owner of a mine near Sudbury": its name)
        inner = n0 if n0 >= 5 else c.k - 1 if n0 == t0 and _is_cap(toks[c.k - 1][2]) else -1
        got = None if inner < 0 else victim_description_subject(toks, t0, inner, c.k)
        if got is not None:
            return got  # ("The widow of a miner killed at a mine north of Sudbury told")
    if _AROUND_NP_WORDS.isdisjoint(map(_tok_word, toks[1:n0])) and not (
        n0 < len(toks)
        and toks[n0][2][:1].isupper()
        and not _INSIDE_SUBJECT_PREPS.isdisjoint(map(_tok_word, toks[max(0, n0 - 3) : n0]))
    ):
        return None  # (each rule needs a relative or link word, or a preposition before n0)
    if self_named_relative(toks, n0):
        return None  # ("A group of residents who call themselves Elk Watch said": the name)
    return (
        _relative_clause_subject(c, n0, lex)
        or _long_relative_subject(c, n0)
        or _participle_subject_before_place(c, n0, lex)
        or _opening_subject_before_phrase(c, n0, lex)
    )


# what hangs a place on an opening person noun: "The only vet left in ...", "A nurse
# working in ...", "The last doctor in ..."
_PLACE_HANGERS = frozenset("left based living working practising practicing in at near".split())


def _noun_left_in_place_subject(c, n0, lex):
    """Span of the sentence's opening subject, a determiner, at most three words and a
    lower-case person noun (``lex.nouns`` or a title word) with a place hung on it
    ("The only large-animal veterinarian left in a stretch ... the size of Prince
    Edward Island says" -> "The only large-animal veterinarian"), when the noun phrase
    read before the cue, at token ``n0``, is a capitalised name inside that phrase,
    only words stand between and no verb other than the hanging participle; None
    otherwise."""
    toks = c.toks
    if not toks or toks[0][0] != c.ss or n0 >= len(toks) or not toks[n0][2][:1].isupper():
        return None
    t0 = _dateline_end(toks)
    if t0 + 1 >= n0 or toks[t0][2].lower() not in ("a", "an", "the"):
        return None
    j = next((x for x in range(t0 + 2, min(t0 + 6, n0)) if toks[x][2] in _PLACE_HANGERS), None)
    if j is None:
        return None
    head = toks[j - 1][2]
    if not (head.islower() and (head in lex.nouns or head in lex.titles)):
        return None
    for y in range(t0, n0):
        w = toks[y][2]
        if not w[:1].isalnum():
            return None  # (a comma, dash or quotation: not one phrase)
        if y > j and w.islower() and (w in lex.verb_lemma or _past_form(w)):
            return None  # ("The nurse in the ward stood and said")
    return _span_of(toks, (t0, j))


# what hangs a phrase on a sentence's opening noun ("The company behind a wind farm
# ... says", "The First Nation whose territory covers the site says")
_SUBJECT_LINKS = frozenset("whose behind near beside across outside inside".split())


# a word one of ``_subject_around_np``'s rules needs before the noun phrase: a relative
# word (``_relative_clause_subject``) or a link (``_opening_subject_before_phrase``)
_AROUND_NP_WORDS = frozenset(("who", "that", "which", *_SUBJECT_LINKS))


_tok_word = itemgetter(2)


def _opening_subject_before_phrase(c, n0, lex):
    """Span of the sentence's opening subject, a determiner and one to three words up
    to a "whose" or place-preposition link ("The company behind a proposed wind farm
    north of Kenora says" -> "The company"), when the noun phrase read before the cue,
    at token ``n0``, comes after the link, nothing but words stand between (no comma,
    dash or quotation) and, after a preposition, no verb does; None otherwise."""
    toks, k = c.toks, c.k
    if not toks or toks[0][0] != c.ss:
        return None
    t0 = _dateline_end(toks)
    if t0 + 2 >= n0 or toks[t0][2].lower() not in ("the", "a", "an"):
        return None
    j = next((x for x in range(t0 + 2, min(t0 + 5, n0)) if toks[x][2] in _SUBJECT_LINKS), None)
    if j is None or any(not toks[y][2][:1].isalnum() for y in range(t0, k)):
        return None
    head = toks[j - 1][2]
    if not head.isalpha() or head in lex.verb_lemma or _past_form(head):
        return None
    if toks[j][2] != "whose":
        for y in range(j + 1, k):
            w = toks[y][2]
            if w.islower() and (w in lex.verb_lemma or _past_form(w)):
                if toks[y - 1][2].lower() not in ("a", "an", "the"):
                    return None  # ("The man behind the desk stood and said")
    return _span_of(toks, (t0, j))


def _participle_subject_before_place(c, n0, lex):
    """Span of the subject that opens the sentence when the noun phrase read before
    the cue, at token ``n0``, is a name inside that subject's participle phrase ("A
    Calgary company hoping to drill for lithium beneath southwest Saskatchewan says"
    -> "A Calgary company"): a determiner, at most four words ending in a listed
    speaker noun, then a lower-case "-ing" word, and the name right after a place
    preposition (and at most two lower-case words); no comma or quotation between;
    None otherwise."""
    toks = c.toks
    if not toks or toks[0][0] != c.ss or n0 >= len(toks) or not toks[n0][2][:1].isupper():
        return None
    t0 = _dateline_end(toks)
    if t0 >= n0 or toks[t0][2].lower() not in ("a", "an", "the"):
        return None
    x = n0 - 1
    while x > t0 and n0 - x <= 2 and toks[x][2].isalpha() and toks[x][2].islower():
        if toks[x][2] in _INSIDE_SUBJECT_PREPS:
            break
        x -= 1
    if toks[x][2] not in _INSIDE_SUBJECT_PREPS:
        return None
    for j in range(t0 + 2, min(x, t0 + 6)):
        w = toks[j][2]
        if w.islower() and w.endswith("ing") and len(w) > 4:
            head = toks[j - 1][2]
            if not (head.islower() and head in lex.nouns):
                return None
            if any(not toks[y][2][:1].isalnum() for y in range(t0, n0)):
                return None
            return _span_of(toks, (t0, j))
    return None


def _long_subject_limit(words):
    """The most words a long subject may have: 30 when a "which"/"who" insertion
    between commas closes right before the cue ("Acme Ltd., which operates the mine
    about 60 kilometres east of 100 Mile House, said"), else 20; a head with its own
    short "who" clause may carry such an insertion or an indefinite apposition with a
    "who" clause ("One of the workers who has arrived, a welder who asked that his name
    not be used because ..., said"), and an indefinite apposition with a "who" clause
    may follow any head ("The owner, a man who ..., said"): 30 words after the head's
    comma.

    >>> _long_subject_limit("Acme , which runs it , ".split()), _long_subject_limit(["Acme"])
    (30, 20)
    >>> _long_subject_limit("One of us who stayed , a cook who asked , ".split())
    36
    """
    if len(words) > 3 and words[-1] == "," and "," in words[:-1]:
        first = words.index(",")
        opener = words[first + 1].lower() if first < len(words) - 2 else ""
        if opener in ("a", "an") and "who" in words[first + 2 : first + 6]:
            return first + 1 + 30  # ("One of the workers who has arrived, a welder who")
        if opener in ("which", "who"):
            return first + 1 + 30 if "who" in words[:first] else 30
    return 20


def _plain_subject_words(words, lex):
    """May ``words`` be a subject: no verb-like word before a relative pronoun, no
    clause punctuation or quotation, and commas only around an insertion (at most two,
    the first before an insertion word) or in a list closed by "and"?"""
    rel = False
    commas = [i for i, w in enumerate(words) if w == ","]
    for w in words:
        lw = w.lower()
        if w[0] == MASK or (not w[0].isalnum() and w[0] not in ",-'’.$%"):
            return False
        if lw in ("who", "which", "that", "whose", "whom"):
            rel = True
        elif not rel and (
            lw in _VERBISH_NEXT
            or lw in lex.verb_lemma
            or (w.islower() and lw.endswith("ed") and lw not in lex.nouns)
        ):
            return False
    if not commas:
        return True
    if commas[0] == len(words) - 1:
        return False  # one comma, right before the cue: "... and, say, ..." is no subject
    if len(commas) <= 2 and words[commas[0] + 1].lower() in _INSERTION_OPEN:
        return len(commas) == 2 or rel  # "X, which ..., say" / "X, who ... say"
    tail = words[commas[-1] + 1 :]
    return "and" in tail and all(b - a <= 4 for a, b in zip([-1, *commas], commas, strict=False))


# subordinators that open a clause whose subject speaks a conjoined "and said"
_OPENING_SUBORDINATORS = {
    "when", "as", "while", "after", "before", "because", "once", "since", "although",
    "though", "if", "until",
}  # fmt: skip


_MAIN_CLAUSE_PRONOUNS = frozenset("he she they we i".split())


def _coordinate_clause_subject(doc, c, x, lex):
    """Span of the subject of the clause that ", and" / ", but" at token ``x`` opens
    when that clause holds the cue after its own "and": "Fans booed, and the league
    denounced the call and said ..." -> "the league"; None when no subject starts
    right after the conjunction ("Lee toured the plant, and met workers and said")
    or when what precedes the comma is a list of names, not a clause ("Ann Lee, Tom
    Roe, and Bo Park met the press and said")."""
    toks, k = c.toks, c.k
    if x + 1 >= k - 1 or not _sentence_subject(doc.masked, c.ss, toks[x - 2][1], lex):
        return None
    span = _sentence_subject(doc.masked, toks[x + 1][0], toks[k - 2][1], lex)
    if span is None or span[0] != toks[x + 1][0] or span[1] > toks[k - 2][1]:
        return None
    return span


def _opening_clause_subject(doc, c, lex):
    """Span of the subject of a subordinate clause that opens the sentence (or follows
    ", and") and holds the cue after "and": "When Lee thanked the crowd and said ...",
    "Fans cheered, and as Lee took the stage and said ..."; None otherwise (in "Fans
    cheered when Lee arrived and said ..." the main clause has begun)."""
    toks, k = c.toks, c.k
    for x in range(k - 2, max(-1, k - 20), -1):
        w = toks[x][2]
        if w[0] == MASK or w in (";", ":", ".", "!", "?", "—", "–"):
            return None
        if w.lower() in _MAIN_CLAUSE_PRONOUNS and x >= 1 and toks[x - 1][2] == ",":
            # "When Ann Lee, the manager, was asked if ..., she laughed and said": the
            # main clause has begun with its subject
            return toks[x][0], toks[x][1]
        if w.lower() in ("and", "but") and x >= 2 and toks[x - 1][2] == ",":
            span = _coordinate_clause_subject(doc, c, x, lex)
            if span is not None:
                return span  # "Fans booed, and the league denounced it and said ..."
            continue
        if w.lower() not in _OPENING_SUBORDINATORS:
            continue
        p1 = toks[x - 1][2].lower() if x >= 1 else ""
        at_start = toks[x][0] == c.ss or (
            x == 1 and toks[0][0] == c.ss and p1 in ("but", "and", "yet", "so")
        )
        after_comma = p1 == "," or (p1 in ("and", "but") and x >= 2 and toks[x - 2][2] == ",")
        if not (at_start or after_comma):
            return _inner_subordinate_subject(doc, c, x, lex)
        span = _sentence_subject(doc.masked, toks[x + 1][0], toks[k - 2][1], lex)
        if span is None or span[1] > toks[k - 2][1]:
            return None
        return _main_clause_after(doc.masked, span[1], toks[k - 1][0], lex) or span
    return None


# subordinators of time or reason inside a sentence whose clause may hold "... and said"
_INNER_SUBORDINATORS = frozenset("when after before because once until while".split())


def _inner_subordinate_subject(doc, c, x, lex):
    """Span of the subject right after a subordinator at token ``x`` inside the sentence
    when it is a name or a subject pronoun and the clause runs, no comma, to the cue's
    "and": "The crowd cheered when Ann Roe spotted a sign and asked ..." -> Ann Roe (the
    nearer verb's subject); None otherwise ("Fans cheered when the bus arrived and said
    ...": a thing arrives, so the fans speak)."""
    toks, k = c.toks, c.k
    if toks[x][2].lower() not in _INNER_SUBORDINATORS or x + 2 >= k - 1:
        return None
    if any(t[2] in (",", "—", "–", "(") or t[2][0] == MASK for t in toks[x + 1 : k - 1]):
        return None
    nxt = toks[x + 1][2]
    if nxt.lower() in _MAIN_CLAUSE_PRONOUNS:
        return toks[x + 1][0], toks[x + 1][1]
    span = _sentence_subject(doc.masked, toks[x + 1][0], toks[k - 2][1], lex)
    if span is None or span[0] != toks[x + 1][0] or span[1] > toks[k - 2][1]:
        return None
    words = doc.masked[span[0] : span[1]].split()
    if not (len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return None  # (a name of up to four capitalised words only)
    return span


_LIST_LINKS = frozenset(("and", "or", "nor"))


def _main_clause_after(masked, lo, hi, lex):
    """Span of the subject of the main clause that follows the opening clause whose
    subject ends at ``lo``, before ``hi`` (the "and" of the cue): "As the crowd began to
    chant, Ann Roe took the stage and joked ..." is Roe; None when no ", <Capital>"
    opens a subject with a predicate there ("When Lee, the manager, thanked ...")."""
    last = None
    for m in _MAIN_CLAUSE_AFTER_RE.finditer(masked, lo, hi):
        last = m
    if last is None:
        return None
    start = last.end() - 1
    main = _sentence_subject(masked, start, hi, lex)
    if main is None or main[0] != start or main[1] >= hi:
        return None
    nxt = _LOWER_WORD_RE.search(masked, main[1], hi)
    if nxt is None or masked[nxt.start() + 1 : nxt.end()] in _LIST_LINKS:
        return None  # (a list: "When Lee met Roe, Ray and Kim and said")
    return main


# "of" in any case: the words whose ``lower()`` is "of"
_QUANTITY_OF_CASES = frozenset(("of", "Of", "oF", "OF"))


def _quantity_of_them(toks, k):
    """Span of "most of them" / "two of us" / "three-fourths of them" before the cue at
    ``k``, past words that may stand between a subject and a cue ("Most of them have
    since said"), with a short prepositional phrase after "those" ("two-thirds of those
    in the younger generation said"); None otherwise."""
    for t in toks[k - 10 if k > 10 else 0 : k - 1 if k > 1 else 0]:
        if t[2] in _QUANTITY_OF_CASES:
            break  # ("of" stands within the nine tokens before the one before the cue:
    else:  # none, so no such subject; a cheaper test than the walk below, for most cues)
        return None
    j = k - 1
    while j > 0 and k - j <= 3 and _skips_or_do(toks, j, k):
        j -= 1
    end = j + 1
    x = j
    while (
        x > 2
        and end - x < 6
        and toks[x][2].isalnum()
        and toks[x][2].lower() not in ("those", "who", "that", "which")
    ):
        x -= 1  # (over the phrase after "those": "of those in the younger generation")
    if x < j and (toks[x][2].lower() != "those" or toks[x + 1][2].lower() not in _THOSE_PREPS):
        x = j
    if (
        x >= 2
        and toks[x][2].lower() in ("them", "those", "us")
        and toks[x - 1][2].lower() == "of"
        and _quantity_word(toks[x - 2][2].lower())
        and not _object_in_relative(toks, x - 2)
    ):
        return _span_of(toks, (x - 2, end))
    return None


def _object_in_relative(toks, q):
    """Is the phrase at token ``q`` the object of a verb inside a relative clause ("the
    farmer whose fields would hold six of them says": the farmer speaks, not "six of
    them"): a lower-case word before it, and "who" / "whose" / "that" / "which" within
    eight tokens back with no comma or quotation in between?"""
    if q < 2 or not (toks[q - 1][2].isalpha() and toks[q - 1][2].islower()):
        return False
    if toks[q - 1][2] in ("and", "but", "or", "which", "that", "who", "as", "while"):
        return False
    for x in range(q - 2, max(q - 9, -1), -1):
        t = toks[x][2]
        if t in _REL_OPENERS or t[0] == MASK:
            return False
        if t in ("who", "whose", "that", "which"):
            return True
    return False


# prepositions that open the phrase after "those" in a quantity subject ("two-thirds of
# those in the younger generation", "half of those under 30")
_THOSE_PREPS = frozenset("in at from with under over aged between among on".split())


_FRACTION_HEADS = frozenset("thirds fourths fifths quarters tenths third fourth fifth".split())


def _quantity_word(lw):
    """Is the lower-case word ``lw`` a quantity that may head a subject before "of
    them": "most", "two", "half", a number, or a fraction "two-thirds"?"""
    if lw in _QUANT_SUBJ or lw in _NUMERIC or lw.isdigit():
        return True
    return "-" in lw and lw.rsplit("-", 1)[1] in _FRACTION_HEADS


def _one_of_the_relative(toks, a, j):
    """Span of "one of the <plural noun>" at token ``a`` when a relative ("who", "that",
    "whose") follows the noun and runs on to the noun phrase at ``j`` ("..., but one of
    the companies whose seeds ended up in the drawers says": one of the companies);
    None otherwise."""
    if a + 4 >= j or toks[a][2].lower() != "one" or toks[a + 1][2] != "of":
        return None
    if toks[a + 2][2] not in ("the", "its", "their", "his", "her"):
        return None
    for rel in range(a + 4, min(a + 7, j)):
        if toks[rel][2] in ("who", "that", "whose"):
            break
    else:
        return None
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 3, rel)):
        return None
    return (toks[a][0], toks[rel - 1][1]) if toks[rel - 1][2].endswith("s") else None


def _relative_clause_subject(c, j, lex):
    """Span of the subject whose restrictive relative holds the noun phrase at token
    ``j`` before the cue: the sentence's opening subject ("The woman who owns the bakery
    said", "Though executives who ... say": executives) or, after ", and" / ", but" /
    ";", the next clause's "the <noun> that|who <verb>" ("..., and the company that owns
    the buildings says"); None when there is none."""
    toks, k = c.toks, c.k
    if j > 2 and toks[0][0] == c.ss and _subject_in_relative(toks, j, k):
        sub = _short_sentence_subject(c, lex)
        if sub is not None and toks[0][2].lower() in _LEAD_SUBORDINATORS and len(toks) > 1:
            sub = (toks[1][0], sub[1])
        sub = sub or pair_relative_head(toks, 0, j)  # "A brother and sister who farm X said"
        return sub if sub is not None else _det_relative_subject(toks, j, k, lex)
    if toks[j - 1][2] == "," and toks[j][2] in _REL_DETS and _comma_np_ends_at_cue(toks, j, k):
        return None  # "A, but the fire that chased them burns, the service said": the service
    for b in range(j - 2, 0, -1):
        t = toks[b][2]
        if t == ";" or (t.lower() in ("and", "but") and toks[b - 1][2] in (",", ";")):
            a = b + 1
            if (one := _one_of_the_relative(toks, a, j)) is not None:
                return one  # "..., and one of the families who lost homes says"
            if (pair := pair_relative_head(toks, a, j)) is not None:
                return pair  # "..., and a brother and sister who farm the quarter said"
            bare = toks[a][2].islower() and toks[a][2].endswith("s") and toks[a + 1][2] == "who"
            if toks[a][2].lower() not in ("the", "a", "an") and not bare:
                return None  # ("..., and workers who saw it said": a bare plural)
            off = 3 if a + 3 < j and _titled_of_start(toks, a + 3, lex) == a else 0
            for rel in range(a + 1 + off + (not bare), min(a + 4 + off, j)):  # ("the head of")
                if toks[rel][2] in ("who", "that", "whose"):  # ("a woman whose mother ...")
                    if toks[rel][2] == "that" and not _that_subject_relative(toks, rel, j, a + off):
                        return None
                    if all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a, rel)):
                        return toks[a][0], toks[rel - 1][1]
                    return None
            return None
        if t == "," and _relative_object_list(toks, b, k):
            continue  # "the agency that runs the subways, streetcars and buses said"
        if t == ",":  # (split34's relative after a comma, else left35's "that" clause)
            return (
                _comma_relative_subject(toks, b, j, k)
                or _trailing_that_subject(toks, b, j, k)
                or _det_relative_subject(toks, j, k, lex)
            )
        if t[0] == MASK:
            return _trailing_that_subject(toks, b, j, k) or _det_relative_subject(toks, j, k, lex)
    return _det_relative_subject(toks, j, k, lex)  # (spk33's "the <noun> that|which|who")


def _comma_np_ends_at_cue(toks, j, k):
    """Do the tokens j..k (a noun phrase opened by a determiner right after a comma) hold
    only words up to the cue ("..., the service said", "..., the BC Wildfire Service said")?"""
    return k - j <= 6 and all(toks[x][2].isalpha() for x in range(j + 1, k))


_RELATIVE_END_PRONOUNS = frozenset(("them", "it", "him", "her", "us"))


# adverbs that end a relative clause right before its subject's cue ("a woman whose
# mother lives there says"), as an object pronoun does ("... hold six of them says")
_PLACE_TIME_ADVERBS = frozenset(("there", "here", "nearby", "now", "today"))


# determiners of the noun a long relative clause hangs on ("the farmer whose ...", "a
# woman whose mother ...")
_REL_DETS = frozenset(("the", "The", "a", "A", "an", "An"))


def _quantity_or_relative_subject(c):
    """Span of the subject "most of them" (``_quantity_of_them``), of "..., the group
    that runs it said" (``_trailing_that_runs_it``), or of "the farmer whose fields would
    hold six of them says" (``_long_relative_subject`` past an object pronoun: the
    farmer); None otherwise."""
    toks, k = c.toks, c.k
    span = _quantity_of_them(toks, k) or _trailing_that_runs_it(toks, k)
    if span is None and k > 0 and toks[k - 1][2] in _RELATIVE_END_PRONOUNS | _PLACE_TIME_ADVERBS:
        span = _long_relative_subject(c, k - 1) or _hired_to_before(toks, k - 1)
    return span


def _relative_head_word(w):
    """Is ``w`` a lower-case word of the noun phrase before a relative clause, an age
    word included ("a 41-year-old pastry chef who ...")?

    >>> _relative_head_word("41-year-old"), _relative_head_word("chef"), _relative_head_word("12")
    (True, True, False)
    """
    return w.islower() and w.replace("-", "").isalnum() and (w.isalpha() or "-" in w)


# prepositions that open a fronted place or time phrase before a sentence's subject
_FRONTED_PREPS = _INSIDE_SUBJECT_PREPS | frozenset(("on", "after", "before", "during"))


def _fronted_place(c, comma):
    """Does the sentence open with a preposition phrase of lower-case words ("Outside the
    administration building", "At the plant gate on Tuesday afternoon": a weekday or a
    month may be capitalised) that the comma at token ``comma`` closes? (Not "In Ho Chi
    Minh City, a young woman who ...": a capitalised place there is read as a name by
    the description rules after.)"""
    toks = c.toks
    return (
        2 <= comma <= 8
        and toks[0][0] == c.ss
        and toks[0][2].lower() in _FRONTED_PREPS
        and toks[0][2][:1].isupper()
        and all(
            (toks[x][2].islower() or toks[x][2].lower() in _TIME_WORDS) and toks[x][2][0] != MASK
            for x in range(1, comma)
        )
    )


def _long_relative_subject(c, j):
    """Span of "the <noun> that|who|whose ..." opening its sentence (after a dateline
    dash) or a clause after ", and" / ", but", its relative running up to 13 words to the
    noun phrase at token ``j`` before the cue, no comma or quotation in between ("— The
    company that runs the only ferry between the island and the mainland says": the
    company; "..., and the farmer whose fields would hold six of them says": the farmer);
    None otherwise."""
    toks, k = c.toks, c.k
    if any(toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK for x in range(j, k)):
        return None
    rel = -1
    for x in range(j - 1, max(j - 14, 0), -1):
        if toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK:
            return None
        if toks[x][2] in ("who", "that", "whose"):
            rel = x
            break
    a = next((x for x in range(rel - 2, max(rel - 5, -1), -1) if toks[x][2] in _REL_DETS), -1)
    if rel < 2 or a < 0 or rel + 2 >= j:
        return None
    if not all(_relative_head_word(toks[x][2]) for x in range(a + 1, rel)):
        return None
    if toks[rel - 1][2] in _REL_HEAD_STOPS or toks[rel - 1][2] in _PRONOUNS:
        return None
    before = [t[2] for t in toks[max(0, a - 2) : a]]
    if not (
        a == 0
        or before[-1] in ("—", "–")
        or before[-2:] in ([",", "and"], [",", "but"])
        or (before[-1][0] == MASK and toks[a][2] in ("a", "an"))  # '"A," a chef who ... said'
        or (before[-1] == "," and toks[a][2] in ("a", "an") and _fronted_place(c, a - 1))
    ):  # ("Outside the hall, a couple who had driven in from Humboldt said")
        return None
    verb = toks[rel + 1 + (toks[rel][2] == "whose")][2]
    if toks[rel][2] == "whose":
        ok = toks[rel + 1][2].isalpha() and toks[rel + 1][2].islower() and verb.islower()
    else:
        ok = (
            verb.islower()
            and ((verb.endswith("s") and not verb.endswith("ss")) or verb.endswith("ed"))
            or verb in _IRREGULAR_PAST
            or toks[rel][2] == "who"
        )
    return (toks[a][0], toks[rel - 1][1]) if ok else None


def _trailing_that_subject(toks, b, j, k):
    """Span of "the <noun> that <verb> <det> ..." right after the comma (or quotation)
    at token ``b`` when the noun phrase at ``j`` before the cue at ``k`` ends its
    relative clause: an attribution after its content ("The runway will close, the
    agency that runs the airport said Wednesday": the agency); None otherwise."""
    a = b + 1
    if a + 4 > j or toks[a][2] not in ("the", "a", "an"):
        return None
    if any(toks[x][2] in (",", ";", ":") or toks[x][2][0] == MASK for x in range(a, k)):
        return None
    for rel in (a + 2, a + 3):
        if _that_subject_relative(toks, rel, j, a):
            return toks[a][0], toks[rel - 1][1]
    return None


@cache
def _hired_participles():
    return frozenset(_lines("hired_participles.txt"))


def _hired_to_before(toks, n0, most=14):
    """``_hired_to_subject`` of the noun phrase opening the sentence, or after a dash,
    a comma or ", and" / ", but", within ``most`` tokens before the noun phrase at
    ``n0`` (no comma or quotation in between); None otherwise."""
    for p in range(n0 - 1, max(n0 - most, 1), -1):
        t = toks[p][2]
        if t in (",", ";", ":") or t[0] == MASK:
            return None
        if t != "by" and (t != "to" or p == n0 - 1):
            continue  # ("hired to clear the lots", "hired by the club")
        for a in (p - 3, p - 4):
            if a < 0 or toks[a][2].lower() not in ("the", "a", "an"):
                continue
            before = [x[2] for x in toks[max(0, a - 2) : a]]
            if (
                a == 0
                or before[-1] in ("—", "–", ",")
                or before[-2:] in ([",", "and"], [",", "but"])
            ):
                return _hired_to_subject(toks, a, n0)
        return None
    return None


def _hired_to_subject(toks, a, j):
    """Span of "the <noun> hired|chosen|... to <verb> ..." opening at token ``a``, the
    noun phrase at ``j`` (before the cue) inside its infinitive ("..., the company hired
    to clear the city's sidewalks says": the company); None otherwise.

    >>> ws = "Fees rose , the company hired to clear the lots says".split()
    >>> _hired_to_subject([(i, i + 1, w) for i, w in enumerate(ws)], 3, 8)
    (3, 5)
    >>> ws = "It failed , an engineer hired by the club told".split()
    >>> _hired_to_subject([(i, i + 1, w) for i, w in enumerate(ws)], 3, 8)
    (3, 5)
    """
    if toks[a][2].lower() not in ("the", "a", "an"):
        return None
    for p in (a + 2, a + 3):
        if p + 2 > j or toks[p][2] not in _hired_participles():
            continue
        by = toks[p + 1][2] == "by"  # (its agent: "an engineer hired by the club told")
        if not by and toks[p + 1][2] != "to":
            continue
        if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, p)):
            return None
        nxt = toks[p + 2][2]
        if nxt.isalpha() and (
            nxt.islower() and (not by or nxt in _BY_AGENT_DETS) or by and nxt[0].isupper()
        ):
            return toks[a][0], toks[p - 1][1]
    return None


# the determiners of a hiring participle's agent ("hired by the club", "by its owners")
_BY_AGENT_DETS = frozenset(("the", "a", "an", "its", "his", "her", "their"))


def _trailing_that_runs_it(toks, k):
    """Span of "the <noun> that <verb> it|them" right before the cue at ``k`` after a
    comma or a quotation: an attribution after its content ("The clinic will close, the
    group that runs it said": the group); None otherwise.

    >>> ws = "Fees rise , the agency that runs it said".split()
    >>> _trailing_that_runs_it([(i, i + 1, w) for i, w in enumerate(ws)], 8)
    (3, 5)
    """
    j = k - 1
    if j < 5 or toks[j][2] not in ("it", "them") or toks[j - 2][2] not in ("that", "who"):
        return None
    rel = j - 2
    for a in (rel - 2, rel - 3):
        if a >= 1 and (
            toks[a - 1][2] == ","
            or toks[a - 1][2][0] == MASK
            or a >= 2
            and toks[a - 1][2] in ("and", "but")
            and toks[a - 2][2] == ","
        ):  # (", and the company that built it says": a clause of its own)
            if (
                toks[a][2] in ("the", "a", "an")
                and _relative_head_words(toks, a, rel)
                and toks[rel + 1][2].islower()
                and (toks[rel + 1][2].endswith(("s", "ed")) or toks[rel + 1][2] in _IRREGULAR_PAST)
            ):
                return toks[a][0], toks[rel - 1][1]
            return None
    return None


# words of a relative clause in a speaker phrase: lower-case words, "'s", digits
_REL_WORD_RE = re.compile(r"[a-z][a-z'’-]*|\d+")


def _comma_relative_subject(toks, b, j, k):
    """Span of "the <noun>" in a speaker phrase with a restrictive relative set after
    the content and its comma at token ``b`` ("Nurses are exhausted, the association
    that represents them said Tuesday": the association; a "who" relative stays in the
    span: "the woman who runs the shelter"); the relative's verb ends in -s or -ed and
    only lower-case words run on to the cue at ``k``; None otherwise."""
    a = b + 1
    if b < 2 or a + 3 > j or toks[a][2] not in ("the", "a", "an"):
        return None
    for rel in range(a + 2, min(a + 4, j)):
        if toks[rel][2] in ("who", "that"):
            break
    else:
        return None
    if not all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(a + 1, rel)):
        return None
    verb = toks[rel + 1][2]
    if not (verb.islower() and verb.endswith(("s", "ed")) and not verb.endswith("ss")):
        return None
    listed = any(toks[x][2] == "," for x in range(rel + 1, k))
    if listed and not _relative_object_list(
        toks, next(x for x in range(rel + 1, k) if toks[x][2] == ","), k
    ):
        return None  # (a comma only in a list of the relative's objects)
    if k - rel > 8 + 3 * listed or any(
        _REL_WORD_RE.fullmatch(toks[x][2]) is None
        and not (listed and (toks[x][2] == "," or _is_cap(toks[x][2])))
        for x in range(rel + 1, k)
    ):
        return None
    if toks[rel][2] == "who":  # a person described: the whole phrase, as when no comma follows
        return toks[a][0], toks[k - 1][1]
    return toks[a][0], toks[rel - 1][1]


def _relative_object_list(toks, b, k):
    """Is the comma at token ``b`` (before the cue at ``k``) inside a list of a relative's
    objects that runs on to the cue ("... that runs the subways, streetcars and buses
    said"): one to three words between commas, "and" / "or" in the last part, no other
    punctuation?

    >>> ws = "runs the subways , streetcars and buses said".split()
    >>> _relative_object_list([(0, 0, w) for w in ws], 3, 7)
    True
    >>> ws = "Fares rose , the agency that runs buses said".split()
    >>> _relative_object_list([(0, 0, w) for w in ws], 2, 8)
    False
    """
    if b < 1 or not toks[b - 1][2].isalpha() or k - b > 12:
        return False
    n_words = 0
    linked = False
    for x in range(b + 1, k):
        w = toks[x][2]
        if w == ",":
            if n_words == 0 or linked:
                return False
            n_words = 0
        elif w in ("and", "or"):
            if n_words == 0 and toks[x - 1][2] != ",":
                return False
            linked = True
            n_words = 0
        elif w.isalpha() and w.islower():
            n_words += 1
            if n_words > 3:
                return False
        else:
            return False
    return linked and n_words > 0


_REL_HEAD_STOPS = frozenset(
    "fact idea claim news hope view belief notion day time year way".split()
)


_REL_OPENERS = frozenset((",", "—", "–", ":", ";"))


def _named_before_comma(w):
    """Is ``w`` (the word before the comma before "the <noun> that ...") a capitalised
    word that may be a name the description is apposed to, not a date ("in May,")?"""
    return _is_cap(w) and w.lower() not in _TIME_WORDS


def _det_relative_subject(toks, j, k, lex):
    """Span of "the <noun> that|which|who <verb>" (a definite head) when the noun phrase at token ``j``
    (before the cue at ``k``) sits in that relative clause and the phrase opens its
    clause (a tail attribution after a comma, or the sentence): "A, the company that
    operates the service said": the company; "The agency which runs the shelter said";
    None otherwise (a verb must follow the relative word: "the fact that the company
    said" is a complement, not a relative)."""
    rel = next(
        (x for x in range(j - 1, max(j - 6, 1), -1) if toks[x][2] in ("that", "which", "who")),
        -1,
    )
    if rel < 2 or rel + 1 >= j or rel + 1 >= len(toks):
        return None
    if any(toks[x][2] in _REL_OPENERS or toks[x][2][0] == MASK for x in range(rel, k)):
        return None
    a = next(
        (x for x in range(rel - 2, max(rel - 5, -1), -1) if toks[x][2].lower() == "the"),
        -1,
    )  # (only "the": "a young woman who had been a student asked" stays whole)
    if a < 0 or not _relative_head_words(toks, a, rel):
        return None
    head = toks[rel - 1][2]
    if head in _REL_HEAD_STOPS or head in _PRONOUNS or head in _NOT_ROLE:
        return None
    a = _titled_of_start(toks, a, lex)  # "the head of | the union that represents ..."
    if a == 0 and not toks[0][2][0].isupper():
        return None  # (a window cut inside its sentence)
    if a > 0 and toks[a - 1][2] not in _REL_OPENERS and toks[a - 1][2][0] != MASK:
        return None
    if a >= 2 and toks[a - 1][2] == "," and _named_before_comma(toks[a - 2][2]):
        return None  # ("At the town hall in Lakeview, the woman who ...": an apposition)
    verb = toks[rel + 1][2]
    if not (verb.isalpha() and verb.islower()) or verb in lex.nouns or verb in _DETS:
        return None
    if toks[rel][2] != "who" and not (
        (verb.endswith("s") and not verb.endswith("ss"))
        or verb.endswith("ed")
        or verb in _IRREGULAR_PAST
    ):
        return None
    return toks[a][0], toks[rel - 1][1]


def _titled_of_start(toks, a, lex):
    """Start of "the <title> of" right before the determiner at token ``a`` ("the head
    of | the union that represents ...": the head speaks, not the union or its
    members), else ``a``.

    >>> from .lexicon import lexicon
    >>> ws = "The head of the union that represents nurses".split()
    >>> _titled_of_start([(i, i + 1, w) for i, w in enumerate(ws)], 3, lexicon())
    0
    >>> ws = "Some of the union that represents nurses".split()
    >>> _titled_of_start([(i, i + 1, w) for i, w in enumerate(ws)], 2, lexicon())
    2
    """
    if a < 3 or toks[a - 1][2] != "of" or toks[a - 2][2] not in lex.titles:
        return a
    return a - 3 if toks[a - 3][2].lower() in ("the", "a", "an") else a


def _hyphened_alpha(w):
    """Is ``w`` a word of letters, hyphens inside it allowed ("co-operative")?

    >>> _hyphened_alpha("co-operative"), _hyphened_alpha("agency"), _hyphened_alpha("-")
    (True, True, False)
    """
    return w.isalpha() or (
        "-" in w and w[0] != "-" and w[-1] != "-" and w.replace("-", "").isalpha()
    )


def _relative_head_words(toks, a, rel):
    """Are the words between the determiner at token ``a`` and the relative word at
    ``rel`` a noun phrase's words: all alphabetic, the head (last) one lower case, the
    modifiers before it lower case or a capitalised party or place word ("the Liberal
    candidate who won it": the candidate)?

    >>> ws = "the Liberal candidate who won it".split()
    >>> _relative_head_words([(i, i + 1, w) for i, w in enumerate(ws)], 0, 3)
    True
    """
    if rel <= a + 1:
        return False
    head = toks[rel - 1][2]
    if not (_hyphened_alpha(head) and head.islower()):
        return False  # (a hyphened head: "the co-operative that owns it")
    return all(
        toks[x][2].isalpha() and (toks[x][2].islower() or toks[x][2][1:].islower())
        for x in range(a + 1, rel - 1)
    )


def _subject_in_relative(toks, i, k):
    """``_in_subject_relative``, unless a quotation ends right before the noun phrase
    at ``i`` ('Those who think "...," she said': "she" is the cue's own subject)."""
    return toks[i - 1][2][0] != MASK and _in_subject_relative(toks, i, k)
