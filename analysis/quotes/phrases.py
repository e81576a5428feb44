"""Speaker phrases: tokens of a window of masked text (``_window_tokens``) and the
noun phrase that names the speaker on either side of a reporting cue (``_left_np``,
``_right_np``), in an apposition, or as the subject of the sentence
(``_sentence_subject``); and whether a phrase can name a speaker at all
(``junk_speaker_words``: never an event, a time, a clause or a fragment).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from .blocks import MASK
from .datelines import DATELINE_RE
from .lexicon import (
    _ADJ,
    _ADJUNCT_NOUNS,
    _AGO_WORDS,
    _CONJ,
    _DETS,
    _IRREGULAR_PAST,
    _LEAD_ADVERBIAL,
    _NOT_PLURAL,
    _NOT_ROLE,
    _NUMERIC,
    _OBJ_PREPS,
    _PREPS,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SENT_START_STOP,
    _SUBORDINATORS,
    _TIME_PREPS,
    _TIME_UNITS,
    _TIME_WORDS,
    _VERBISH_NEXT,
    COMPANY_SUFFIXES,
    PLACE_ADVERBS,
    _lines,
    _skips_before_cue,
    lexicon,
    load_titles,
)
from .names import (
    _NAME_MEMO_MAX,
    AGENT_PLURALS,
    WORD_TAIL,
    _clean_name_words,
    _geographic_heads,
    _place_job_head,
    place_like,
)
from .reduced import reduced_relative_end, reduced_relative_start

# a word goes on over Latin-1 mojibake pairs ("FranÃ§ois"): see names.WORD_TAIL
_WORD_TAIL = WORD_TAIL

_TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Hon|St|Ste|Jr|Sr|"
    r"Atty|Supt|Insp|Det|Cmdr|Coun|Cpl|Const|Cst|Pres|Sec|Lt\.Gov)\.|"
    r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){1,3})-based\b|(?:[A-Za-z]\.){2,}(?:['’]s(?!\w))?|[A-Z]\.(?=\s*[A-Z])|"
    r"[A-Z]{1,3}[&/][A-Z]{1,3}(?![\w&/])|[A-Z][a-z]+\.(?:com|org|net)(?!\w)|"
    r"\d{1,3}(?:,\d{3})+(?!\d)[\w'’\-]*|[^\W_]" + _WORD_TAIL + r"|\x01+|[^\s\x01]"
)

_tok_start = itemgetter(0)

# a possessive word, singular or plural ("the city's", "the teachers' union")
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# plural measures of time ("three months' notice"): no owner
_TIME_PLURALS = ("hours", "days", "weeks", "months", "years", "decades")


def _possessive(w):
    """Is ``w`` a possessive ("city's", "teachers'"; not "months'" of a measure)?

    >>> _possessive("teachers’"), _possessive("months'"), _possessive("city's")
    (True, False, True)
    """
    return w.endswith(_POSSESSIVE_ENDS) and not w[:-1].lower().endswith(_TIME_PLURALS)


# (a company's initials joined by "&" or "/" are one token: "S&P", "AT&T", "A/S"; so is a
# capitalised web address cited as a source: "Politico.com", "Factcheck.org"; and a
# number with thousands separators: "1,200", "12,500,000", "1,200-member")
# _TOKEN_RE followed by the whitespace after it: every non-space character starts a
# token and no token starts or ends with whitespace, so consecutive matches tile the
# text from the first non-space character on (tested in tests/test_quotes_speed.py)
# _TOKEN_RE written for ``re``: first a lower-case word whose second character is no
# period (which every earlier branch of _TOKEN_RE fails and its word branch takes
# whole), then likewise a capitalised word whose lower-case letters (all of them:
# possessive) are followed by no period, and the punctuation that only the last
# branch takes; then the titles as a trie on their first letter ("Lt.Gov." never
# matched: "Lt." comes first) and two initials spelled out before the repeat, so
# that an ordinary word fails the first branches after a check or two (same tokens)
def clause_comma_rfind(s: str, lo: int = 0, hi: int | None = None) -> int:
    """``s.rfind(",", lo, hi)`` but for a comma between digits, which groups the
    thousands of a number ("$5,000", "12,500,000") and breaks no clause; -1 if none.

    >>> clause_comma_rfind("said a $5,000 grant")
    -1
    >>> t = "In 2019, 1,200 jobs"
    >>> t[: clause_comma_rfind(t)]
    'In 2019'
    """
    hi = len(s) if hi is None else hi
    i = s.rfind(",", lo, hi)
    while i > 0 and s[i - 1 : i].isdigit() and s[i + 1 : i + 2].isdigit():
        i = s.rfind(",", lo, i)
    return i


def clause_comma_find(s: str, lo: int = 0, hi: int | None = None) -> int:
    """``s.find(",", lo, hi)`` but for a comma between digits (see
    ``clause_comma_rfind``); -1 if none.

    >>> clause_comma_find("a $5,000 grant, she said")
    14
    """
    hi = len(s) if hi is None else hi
    i = s.find(",", lo, hi)
    while i > 0 and s[i - 1 : i].isdigit() and s[i + 1 : i + 2].isdigit():
        i = s.find(",", i + 1, hi)
    return i


_TOKEN_FAST = (
    r"[a-z](?!\.)" + _WORD_TAIL + r"|[A-Z][a-z]++(?!\.)" + _WORD_TAIL + r"|[,.;:()]|"
    r"(?:A(?:dm|tty)|C(?:ol|apt|mdr|oun|pl|onst|st)|D(?:r|et)|G(?:ov|en)|Hon|Insp|Jr|Lt|M(?:rs?|s|aj)|"
    r"P(?:rof|res)|Re(?:ps?|v)|S(?:en|gt|te?|r|upt|ec))\.|"
    r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){1,3})-based\b|[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*(?:['’]s(?!\w))?|"
    r"[A-Z]\.(?=\s*[A-Z])|[A-Z]{1,3}[&/][A-Z]{1,3}(?![\w&/])|[A-Z][a-z]+\.(?:com|org|net)(?!\w)|"
    r"\d{1,3}(?:,\d{3})+(?!\d)[\w'’\-]*|[^\W_]" + _WORD_TAIL + r"|\x01+|[^\s\x01]"
)

# each token and the white space after it, as two groups (``findall`` gives the pairs)
_TOKEN_WS_RE = re.compile(r"(" + _TOKEN_FAST + r")(\s*)")

_LEADING_WS_RE = re.compile(r"\s*")


def _window_tokens(masked, lo, hi):
    """``[(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(masked, lo, hi)]``,
    built from one ``findall`` of (token, white space after it) pairs (string lengths
    give the offsets): no match objects."""
    pairs = _TOKEN_WS_RE.findall(masked, lo, hi)
    if not pairs:
        return []
    p = _LEADING_WS_RE.match(masked, lo, hi).end() if masked[lo].isspace() else lo
    out = []
    append = out.append
    for w, ws in pairs:
        e = p + len(w)
        append((p, e, w))
        p = e + len(ws)
    return out


# role words and their modifiers (no honorific, no descriptor) that "and" joins into one
# compound title before a name: "Chairman and CEO Ann Roe", "founder and chairman An Wang"
_COMPOUND_TITLE_WORDS = load_titles()["role"] | load_titles()["modifier"]


def _compound_title_start(toks, j):
    """Start of a compound title "X and Y" whose second part starts at token j
    ("President and CEO", "executive vice president and CFO"), or j when there is none."""
    if (
        j < 2
        or toks[j - 1][2] != "and"
        or toks[j][2].lower().rstrip(".") not in _COMPOUND_TITLE_WORDS
    ):
        return j
    j2 = j - 1
    while j2 - 1 >= 0 and toks[j2 - 1][2].lower().rstrip(".") in _COMPOUND_TITLE_WORDS:
        j2 -= 1
    return j2 if j2 < j - 1 else j


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


_NP_WORD_MEMO: dict = {}  # token -> _np_word0 result, for ONE lexicon

_NP_WORD_LEX: list = [None]


def _np_word(w: str, lex) -> bool:
    """May token ``w`` be part of a noun phrase? (memoised: depends on ``w`` alone)"""
    if lex is _NP_WORD_LEX[0]:
        got = _NP_WORD_MEMO.get(w)
        if got is not None:
            return got
    else:
        _NP_WORD_MEMO.clear()
        _NP_WORD_LEX[0] = lex
    got = _np_word0(w, lex)
    if len(_NP_WORD_MEMO) >= _NAME_MEMO_MAX:
        _NP_WORD_MEMO.clear()
    _NP_WORD_MEMO[w] = got
    return got


def _np_word0(w: str, lex) -> bool:
    lw = w.lower()
    if w[0] == MASK:
        return False
    if len(w) >= 5 and w.isupper() and w.isalpha() and w not in lex.org_words:
        return False  # "AT LEAST 10 KILLED ...": headline words, not a name
    if _is_cap(w):
        return lw not in _TIME_WORDS or lw in ("may",)
    if w[:2] in ("d'", "d’") and w[2:3].isupper() and len(w) > 3:
        return True  # an elided particle opens a surname: "Lorne d’Entremont said"
    if lw in _DETS or lw in _ADJ or lw in lex.nouns or lw in lex.titles or lw in _NUMERIC:
        return True
    if lw[0].isdigit():
        return True
    if _possessive(lw) and len(lw) > 2:
        return True  # ("the city's", "the teachers' union")
    if "-" in lw and len(lw) > 3:
        return True
    return False


# a possessive determiner opens a description before a lower-case head ('," his
# childhood friend said'): the lower-case modifiers run back to it, not over it
_POSSESSIVE_DETS = frozenset("his her their its our my your".split())

# words that are no description before a name (", which Mr. Ailes", ", even Mr. Roe")
_NOT_ROLE_WORDS = frozenset(
    "which who whom whose what where when even only also just still then now not so "
    "too yet ever never both either neither".split()
)


def _role_words_after_comma(toks, np_, lex):
    """Extend a phrase that ends in a full name back over one to three unlisted
    lower-case words right after a comma ("..., harbour master Ann Roe said", "...,
    deputy fire chief Ann Roe said"): they describe the person and are no content.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in ", harbour master Ann Roe said".split()]
    >>> _role_words_after_comma(t, (3, 5), lexicon())
    (1, 5)
    """
    i0, i1 = np_
    if i1 - i0 < 2 or not all(_is_cap(toks[x][2]) for x in range(i1 - 2, i1)):
        return np_
    j = i0
    while j >= 1 and i0 - j < 3:
        w = toks[j - 1][2]
        if not (w.isalpha() and w.islower()) or w in _NOT_ROLE or w in _DETS or w in _PREPS:
            break
        if w in _SENT_START_STOP or w in _TIME_WORDS or w in _NOT_ROLE_WORDS:
            break
        if w.endswith(("ly", "ing")):
            break
        j -= 1
    if j < i0 and j >= 1 and toks[j - 1][2] == ",":
        return (j, i1)
    return np_


# a province's or state's abbreviation after a town ("Shediac, N.B.", "Brandon, Man.")
_PROVINCE_ABBR_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")


def _town_after_comma(toks, j, e):
    """Whether the one word at ``j`` is a province or campus after "of Town,": "of
    Shediac, N.B.", or in commas after an organisation's "X of Y" ("Ann Roe of the
    University of California, Berkeley, suggests")."""
    return (
        j >= 3
        and toks[j - 1][2] == ","
        and (
            _PROVINCE_ABBR_RE.fullmatch(toks[j][2]) is not None
            or (e < len(toks) and toks[e][2] == "," and j >= 4 and _is_cap(toks[j - 4][2]))
        )
        and _is_cap(toks[j - 2][2])
        and toks[j - 3][2].lower() in ("of", "from")
    )


# an age used as a noun ("the 18-year-old")
_AGED_RE = re.compile(r"\d{1,3}-year-old")

# legislators' initials, a noun before "from/for <riding>" ("the MP for Ajax")
_LEGISLATORS = frozenset(("MP", "MLA", "MPP", "MNA"))


def _province_in_commas(toks, k):
    """Index of the comma before "Town, Prov.," when the tokens right before ``k`` are
    a province's or state's abbreviation in commas after a capitalised town and "from"
    or "of" ("a nurse from Unity, Sask., said": the phrase ends with the town); -1
    otherwise."""
    if k < 5 or toks[k - 1][2] != ",":
        return -1
    if toks[k - 2][2] == "." and _PROVINCE_ABBR_RE.fullmatch(toks[k - 3][2] + ".") is not None:
        c = k - 4  # "Sask" "." ","
    elif _PROVINCE_ABBR_RE.fullmatch(toks[k - 2][2]) is not None and "." in toks[k - 2][2]:
        c = k - 3  # "N.B." ","
    else:
        return -1
    if c < 2 or toks[c][2] != "," or not _is_cap(toks[c - 1][2]):
        return -1
    t = c - 1
    while t - 1 >= 0 and _is_cap(toks[t - 1][2]) and c - t < 3:
        t -= 1
    return c if t >= 1 and toks[t - 1][2].lower() in ("from", "of", "in") else -1


def _left_np(toks, k, lex):
    """Noun phrase ending right before token k, with post-modifiers attached:
    "a person familiar with the company's finances", "a diplomat close to the talks";
    and "Maria Chen of the University of Selvane" -> "Maria Chen"."""
    if (c := _province_in_commas(toks, k)) > 0:
        np2 = _left_np(toks, c, lex)
        if np2 is not None and toks[np2[0]][2][:1].islower() and not _apposed_to_name(toks, np2[0]):
            return np2  # "a nurse from Unity, Sask., said": "a nurse from Unity" (a name
            # before the town is the other rules': "Ann Lee, 61, of Shediac, N.B., said")
    if (aged := _aged_description_np(toks, k, lex)) is not None:
        return aged  # "The retired hospital cook, 67, said": the description
    if (j0 := _counted_group_start(toks, k)) >= 0:
        return j0, k  # "At least 21,000 said": the count and its lead, a group
    if (j0 := reduced_relative_start(toks, k, lex)) >= 0:
        return j0, reduced_relative_end(toks, j0, k)  # "..., the company building it says"
    if (parent := _parent_of_number(toks, k)) is not None:
        return parent  # ("the mother of two said")
    np_ = _particle_opened_name(toks, _fronted_adjunct_cut(toks, _left_np1(toks, k, lex)))
    if np_ is not None and (j0 := _aside_coordinated_start(toks, np_[0], lex)) >= 0:
        return j0, np_[1]  # "Ann Roe, who chairs the board, and Tom Vale said"
    if np_ is not None and np_[0] >= 2 and toks[np_[0] - 1][2] == ",":
        return _serial_department_start(toks, np_, lex), np_[1]
    return np_


def _aged_description_np(toks, k, lex):
    """The description before an age set off by commas right before token ``k`` ("The
    retired hospital cook, 67, said"), a determiner and lower-case words that open the
    sentence; else None (a name with an age is the other rules').

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "The retired hospital cook , 67 , said".split()
    >>> _aged_description_np([(0, 0, w) for w in ws], 7, lexicon())
    (0, 4)
    >>> ws = "Ann Roe , 67 , said".split()
    >>> _aged_description_np([(0, 0, w) for w in ws], 5, lexicon()) is None
    True
    """
    if k < 5 or toks[k - 1][2] != "," or toks[k - 3][2] != ",":
        return None
    age = toks[k - 2][2]
    if not (age.isdigit() and 1 <= len(age) <= 3):
        return None
    words = [t[2] for t in toks[: k - 3]]
    if not (2 <= len(words) <= 5 and words[0] in ("The", "A", "An")):
        return None
    if not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    return 0, k - 3


_QUANTITY_LEADS = frozenset(tuple(x.split()) for x in _lines("quantity_leads.txt"))
_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _counted_group_start(toks, k):
    """Start of a count with a lead word that is the whole subject before token ``k``
    ("At least 21,000 said", "More than 3,000 say", "Nearly 200 said", "About 40 per
    cent said"); the count names a group of people, never a person called "21,000";
    else -1.

    >>> ws = "At least 21,000 said".split()
    >>> _counted_group_start([(0, 0, w) for w in ws], 3)
    0
    >>> _counted_group_start([(0, 0, w) for w in [MASK, "at", "least", "900", "said"]], 4)
    1
    >>> ws = "Sales rose 21,000 said".split()
    >>> _counted_group_start([(0, 0, w) for w in ws], 3)
    -1
    """
    n = k - 1
    if n >= 2 and toks[n][2].lower() == "cent" and toks[n - 1][2].lower() == "per":
        n -= 2  # ("About 40 per cent said")
    elif n >= 1 and toks[n][2].lower() in ("percent", "%"):
        n -= 1
    if n < 1 or _COUNT_RE.fullmatch(toks[n][2]) is None:
        return -1
    for size in (3, 2, 1):
        lo = n - size
        if lo >= 0 and tuple(t[2].lower() for t in toks[lo:n]) in _QUANTITY_LEADS:
            if lo == 0 or toks[lo - 1][2] in (",", "and", "but", "that", '"', "“"):
                return lo
            if toks[lo - 1][2][0] == MASK:
                return lo  # ('"We came," at least 21,000 said': after the quotation)
            return -1
    return -1


_ASIDE_OPENERS = frozenset("who whose a an the".split())


def _aside_coordinated_start(toks, j, lex):
    """Start of the first of two coordinated names when the name at token ``j`` follows
    ", and" and the first name, at its sentence start, carries an aside set off by commas:
    a relative clause, an apposition or an age ("Ann Roe, who chairs the board, and Tom
    Vale said"; "Ann Roe, 54, and Tom Vale said"); else -1.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "Ann Roe , who chairs the board , and Tom Vale".split()
    >>> _aside_coordinated_start([(0, 0, w) for w in ws], 9, lexicon())
    0
    >>> ws = "In Halifax , the mayor said , and Tom Vale".split()
    >>> _aside_coordinated_start([(0, 0, w) for w in ws], 8, lexicon())
    -1
    """
    if j < 6 or toks[j - 1][2] != "and" or toks[j - 2][2] != "," or not _is_cap(toks[j][2]):
        return -1
    c = j - 3
    while c > 0 and j - c <= 18 and toks[c][2] != ",":
        w = toks[c][2]
        if not (w.isalnum() or "'" in w or "’" in w or w in ("-", "$", "%")):
            return -1  # (no other punctuation, quotation or mask inside the aside)
        if w.islower() and lex.cue_re.fullmatch(w) and toks[c + 1][2] != "to":
            return -1  # ("In Halifax, the mayor said, and Tom Vale said")
        c -= 1
    if c < 1 or toks[c][2] != "," or c + 1 >= j - 2:
        return -1
    opener = toks[c + 1][2]
    if not (opener.lower() in _ASIDE_OPENERS or (opener.isdigit() and c + 2 == j - 2)):
        return -1
    b = c
    while b - 1 >= 0 and _is_cap(toks[b - 1][2]) and toks[b - 1][2].isalpha():
        b -= 1
    after_quote = b > 0 and toks[b - 1][2][0] == MASK  # ('"A," Ann Roe, 54, and Tom Vale said')
    if b == c or (b > 0 and not after_quote) or toks[b][2].lower() in _SENT_START_STOP:
        return -1  # (the first name opens the sentence or follows the quotation)
    return b


# what may stand before a surname opened by lower-case particles: a comma, a quotation
# mark or a dash (", de la Fontaine said"), or the start of the sentence
_BEFORE_PARTICLE_NAME = frozenset((",", '"', "\u201d", "\u201c", "\u2014", "--"))


def _particle_opened_name(toks, np_):
    """``np_`` with the lower-case particles that open its surname (", de la Fontaine
    said, B"; ", van der Berg said"): one or two particles of ``_SURNAME_PARTICLES``
    right before a capitalised name, after a comma, a quotation mark, a dash or at the
    start of the sentence.

    >>> t = [(0, 0, w) for w in "A , de la Fontaine said".split()]
    >>> _particle_opened_name(t, (4, 5))
    (2, 5)
    >>> t = [(0, 0, w) for w in "the house of de Roe said".split()]
    >>> _particle_opened_name(t, (4, 5))
    (4, 5)
    """
    if np_ is None or not toks[np_[0]][2][:1].isupper():
        return np_
    j = np_[0]
    while j > 0 and np_[0] - j < 2 and toks[j - 1][2] in _SURNAME_PARTICLES:
        j -= 1
    if j == np_[0] or (j > 0 and toks[j - 1][2] not in _BEFORE_PARTICLE_NAME):
        return np_
    return (j, np_[1])


def _apposed_to_name(toks, j):
    """Does the lower-case phrase whose head is at token ``j`` open (after at most four
    lower-case words) right after "<Name>,": "Roe, a fourth-year student from Dartmouth,
    N.S., said" (an apposition of Roe, who speaks)?"""
    i = j - 1
    while i >= 0 and j - i <= 4 and toks[i][2][:1].islower():
        i -= 1
    return i >= 1 and toks[i][2] == "," and _is_cap(toks[i - 1][2])


_HEAD_PREPS = ("with", "to", "for", "of", "at", "from", "in", "on", "across", "throughout")


def _over_place_list(toks, j, e, lex):
    """Start of a list of capitalised names that ends with the coordination ``j``..``e``
    ("across New Brunswick, Nova Scotia and PEI": the list starts at "New"), when a
    lower-case noun and a preposition come before it; else ``j``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "pharmacists across New Brunswick , Nova Scotia and Prince Edward Island".split()
    >>> _over_place_list([(0, 0, w) for w in ws], 5, 11, lexicon())
    2
    >>> ws = "an embassy in Morvania , the department".split()
    >>> _over_place_list([(0, 0, w) for w in ws], 5, 7, lexicon())
    5
    """
    if not _is_cap(toks[j][2]) or not any(t[2] == "and" for t in toks[j:e]):
        return j  # (only a coordination of names: "A, B and C")
    i, hops = j, 0
    while hops < 4 and i >= 3 and toks[i - 1][2] == "," and _is_cap(toks[i - 2][2]):
        b = i - 2
        while b - 1 >= 0 and _is_cap(toks[b - 1][2]):
            b -= 1
        i, hops = b, hops + 1
    if i == j or i < 2 or toks[i - 1][2].lower() not in _HEAD_PREPS:
        return j
    return i if _lower_noun(toks[i - 2][2], lex) or _opening_plural(toks, i - 2, lex) else j


def _lower_noun(w, lex):
    """Is ``w`` a lower-case noun or title of the lexicon, or the plural of one
    ("pharmacist", "pharmacists")?"""
    if not w.islower():
        return False
    return (
        w in lex.nouns
        or w in lex.titles
        or (w.endswith("s") and (w[:-1] in lex.nouns or w[:-1] in lex.titles))
    )


# words between a head noun and its preposition: "a diplomat close to the talks",
# "veterans interviewed across South Carolina this week said"
_HEAD_MODIFIERS = frozenset(
    "familiar close privy traveling travelling speaking working interviewed surveyed polled".split()
)


def _opening_plural(toks, q, lex):
    """Is token ``q`` a capitalised plural of a listed noun that opens the clause
    ("Officials in Beijing said", "Farmers in Alberta ... say")?"""
    w = toks[q][2]
    if not (w[:1].isupper() and w[1:].islower() and w.endswith("s")):
        return False
    if q > 0 and toks[q - 1][2] not in ('"', "\u201c", "(", "--", "\u2014"):
        return False
    return _lower_noun(w.lower(), lex)


# capitalised words that open a sentence with a fronted adjunct written without a comma
# ("In Ottawa the minister said", "Last week the council said")
_FRONT_OPENERS = frozenset("In At On During After Before Since Last This Earlier Later".split())


def _fronted_adjunct_cut(toks, np_):
    """``np_`` without the object of a sentence-opening preposition written without a
    comma: "In Ottawa the minister said" -> "the minister", "In a letter the union
    said" -> "the union", "Last week the council said" -> "the council".

    >>> t = [(0, 0, w) for w in "In Ottawa the minister said".split()]
    >>> _fronted_adjunct_cut(t, (1, 4))
    (2, 4)
    >>> t = [(0, 0, w) for w in "In Ottawa a spokesman for the city said".split()]
    >>> _fronted_adjunct_cut(t, (1, 7))
    (2, 7)
    """
    if np_ is None or np_[0] < 1 or toks[np_[0] - 1][2] not in _FRONT_OPENERS:
        return np_
    j, e = np_
    for x in range(j + 1, e - 1):
        w = toks[x][2]
        if w in ("the", "a", "an") and toks[x - 1][2].lower() not in _PREPS:
            if toks[x - 1][2] in (",", "and", "or") or _possessive(toks[x - 1][2]):
                return np_
            return (x, e)
        if toks[x - 1][2].lower() in _PREPS:
            return np_  # "a spokesman for the city": the object of a post-modifier
    return np_


@lru_cache(maxsize=1)
def _parent_nouns():
    return frozenset(_lines("parent_nouns.txt"))


def _parent_of_number(toks, k):
    """The description "the mother of two" / "a father of three" ending right before
    token ``k`` (a parent noun, "of" and a count of children), with its determiner;
    None otherwise.

    >>> t = [(0, 0, w) for w in "inside , the mother of two said".split()]
    >>> _parent_of_number(t, 6)
    (2, 6)
    >>> _parent_of_number([(0, 0, w) for w in "The 41-year-old mother of three".split()], 5)
    (0, 5)
    >>> _parent_of_number([(0, 0, w) for w in "the end of two said".split()], 4)
    """
    if k < 3 or toks[k - 2][2] != "of" or toks[k - 3][2].lower() not in _parent_nouns():
        return None
    n = toks[k - 1][2]
    if not (n.isdigit() or n.lower() in _NUMERIC):
        return None
    j = k - 3
    while j > 0 and k - 3 - j < 2 and toks[j - 1][2].lower() not in ("the", "a"):
        w = toks[j - 1][2]
        if not (w.isalpha() and w.islower() or _AGED_RE.fullmatch(w.lower())):
            break
        j -= 1  # ("The 41-year-old mother of three", "a single father of two")
    return (j - 1, k) if j > 0 and toks[j - 1][2].lower() in ("the", "a") else (k - 3, k)


def _head_of_phrase(toks, np_, lex):
    """``np_`` with the leader it is "of" when it opens with an article right after
    "the <title> of" ("The head of | a small Saskatchewan credit union says": the head,
    not the credit union; the modifiers before a capitalised word stop the walk that
    finds the title otherwise).

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "The head of a small Saskatchewan credit union".split()]
    >>> _head_of_phrase(t, (5, 8), lexicon())
    (0, 8)
    >>> t = [(0, 0, w) for w in "a firm drilling beneath southwest Saskatchewan".split()]
    >>> _head_of_phrase(t, (5, 6), lexicon())
    (5, 6)
    """
    if np_ is None:
        return np_
    j = np_[0]
    while j > 0 and np_[0] - j < 2 and toks[j - 1][2].isalpha() and toks[j - 1][2].islower():
        if toks[j - 1][2] in ("a", "an", "the", "of"):
            break
        j -= 1  # ("a small | Saskatchewan credit union": lower-case modifiers)
    if j < 4 or toks[j - 1][2] not in ("a", "an", "the") or toks[j - 2][2] != "of":
        return np_
    if toks[np_[0]][2].lower() not in ("a", "an", "the") and j == np_[0]:
        return np_
    if not _determined_title(toks, j - 4, j - 2, lex):
        return np_
    return (j - 4, np_[1])


def _left_np1(toks, k, lex):
    """_left_np without the town-and-province check."""
    np_ = _head_of_phrase(toks, _fronted_adjunct_cut(toks, _left_np0(toks, k, lex)), lex)
    if np_ is None and k >= 2 and toks[k - 1][2] in ("second", "third", "two"):
        return (k - 2, k) if toks[k - 2][2] in ("the", "The") else None  # "the two said"
    if np_ is None or np_[1] - np_[0] == 1 and toks[np_[0]][2].lower() in _PRONOUNS:
        return np_
    np_ = _role_words_after_comma(toks, np_, lex)
    np_ = _role_and_role(toks, _ordinal_head(toks, np_), lex)
    single_object = np_[1] - np_[0] == 1 and toks[np_[0]][2].lower() in ("him", "them", "us", "me")
    j, e = np_
    if e - j == 1 and _town_after_comma(toks, j, e):
        j = j - 2  # "Ann Lee, 61, of Shediac, N.B., who ...": the town, then the rules below
    geo = _geographic_prep(toks, j, e)  # walk left over "<prep> (close)" to a head or name
    p = _over_place_list(toks, j, e, lex) - 1 if geo is None else geo
    if p >= 1 and (toks[p][2].lower() in _HEAD_PREPS or p == geo):
        q = p - 1
        if toks[q][2].lower() in _HEAD_MODIFIERS:
            q -= 1
        if q >= 0:
            w = toks[q][2]
            lw = w.lower()
            if (
                _lower_noun(w, lex)  # "farmers in Brandon said", "pharmacists across ..."
                or (p == geo and _geographic_subject(toks, q))  # "Hikers near Peyto Lake"
                or _people_at_name(toks, p, q, (j, e), lex)  # "Visitors at Lake Louise said"
                or (  # "Officials in Beijing said" (not "Analysts at Q&R Global said")
                    toks[q + 1][2].lower() not in ("close", "familiar", "privy")
                    and toks[p][2].lower() in ("in", "from", "across", "throughout")
                    and _opening_plural(toks, q, lex)
                )
                # "the 18-year-old from Moose Jaw said": the person, not the town
                or (toks[p][2].lower() == "from" and _AGED_RE.fullmatch(lw) is not None)
                # "the MP from Ajax said": the legislator, not the riding
                or (w in _LEGISLATORS and toks[p][2].lower() in ("from", "for"))
                or (
                    # "a bartender at the pub", "a nurse at the clinic": an unnamed person
                    lw in lex.titles
                    and toks[p][2].lower() in ("at", "from", "with")
                    and q >= 1
                    and toks[q - 1][2].lower() in ("a", "an", "one")
                )
                or (toks[p][2].lower() == "of" and lw in _COLLECTIVE_HEADS)
                or (
                    toks[p][2].lower() == "of"
                    and len(lw) > 4
                    and lw.endswith("s")
                    and (not lw.endswith(_NOT_PLURAL) or lw in lex.nouns)  # ("Critics of")
                    and (q == 0 or toks[q - 1][2].lower() in _DETS or not _is_cap(toks[q - 1][2]))
                    and w[1:].islower()
                )
            ):
                j2 = q
                while (
                    j2 - 1 >= 0
                    and _np_word(toks[j2 - 1][2], lex)
                    and toks[j2 - 1][2].lower() not in _PRONOUNS
                ):
                    j2 -= 1
                while (
                    j2 < q
                    and toks[j2][2].lower() in _SENT_START_STOP
                    and toks[j2][2].lower() not in _DETS
                ):
                    j2 += 1
                return _role_and_role(toks, (j2, e), lex)
            if (
                w == ","
                and e == k < len(toks)
                and (  # the verb right after: "..., of Dieppe said" (or ", who ...")
                    toks[k][2].islower()
                    or (toks[k][2] == "," and k + 1 < len(toks) and toks[k + 1][2] == "who")
                )
                and q >= 3
                and toks[q - 1][2].isdigit()
                and toks[q - 2][2] == ","
            ):
                span = _name_run_before(toks, q - 3)  # "Ann Lee, 61, of Dieppe said"
                if span is not None:
                    return span
                if _is_cap(toks[q - 3][2]) and toks[q - 3][2].lower() not in _SENT_START_STOP:
                    return (q - 3, q - 2)  # "Lee, 61, of Dieppe said"
            hops, p0, q0 = 0, p, q
            while (
                hops < 2
                and _is_cap(w)
                and toks[p][2].lower() in ("in", "for", "at", "of")
                and _hop_over(toks, w, p, q, lex)
            ):
                # "Darran Whiting of Liberty Baptist Church in Marion": hop over places/orgs
                j3 = q
                while j3 - 1 >= 0 and _is_cap(toks[j3 - 1][2]):
                    j3 -= 1
                if j3 >= 3 and toks[j3 - 1][2] == "the" and _is_cap(toks[j3 - 3][2]):
                    j3 -= 1  # "Maria Chen of the University of Selvane": over "the"
                if (
                    j3 - 1 < 1
                    or toks[j3 - 1][2].lower() not in ("of", "at", "from", "with", "for")
                    or not _is_cap(toks[j3 - 2][2])
                ):
                    break
                p, q = j3 - 1, j3 - 2
                w = toks[q][2]
                hops += 1
            if (
                _is_cap(w)
                and toks[p][2].lower() in ("of", "at", "from")
                and w.lower() not in _SENT_START_STOP
            ):
                # "Maria Chen of the University of Selvane said": the person, not the place
                j2 = q
                while (
                    j2 - 1 >= 0
                    and _is_cap(toks[j2 - 1][2])
                    and toks[j2 - 1][2].lower() not in _SENT_START_STOP
                ):
                    j2 -= 1
                if lw in lex.titles and toks[p][2].lower() == "of":
                    # "Ohio Secretary of State Jason Kander said", "Minister of Trade
                    # Ann Lee said": a title with "of" before a given name, the name
                    g = next(
                        (x for x in range(j + 1, e - 1) if toks[x][2].lower() in lex.gender), 0
                    )
                    if g:
                        return (g, e)
                cand = [toks[x][2] for x in range(j2, q + 1)]
                if (span := _plural_body_of_place(toks, j2, q, p, e, lex)) is not None:
                    return span  # "Dairy Farmers of Canada said": the body's whole name
                core = _clean_name_words(cand, lex)
                if (
                    len(core) >= 2
                    and cand[-1] not in lex.org_words
                    and not any(w in lex.org_words for w in core)
                ):
                    # "Ann Roe and Tom Vale of the University of Selvane": both names
                    return (_names_and_before(toks, j2), q + 1)
            if _is_cap(toks[q0][2]) and toks[p0][2].lower() in ("in", "for"):
                span = _name_run_before(toks, q0)
                if span is not None:
                    return span  # "Ann Lee in Iowa said", "The Chamber of Commerce for the region"
            if (
                toks[p0][2] == "of"
                and toks[q0][2] in lex.org_words
                and e - j <= 6
                and all(_is_cap(toks[x][2]) or toks[x][2] in ("and", "of") for x in range(j, e))
            ):
                s0 = _org_head_start(toks, q0)  # "the Bank of Japan said"
                return _role_of_org(toks, s0, e, lex) or (s0, e)
    return None if single_object else np_  # "close to him" with no head: none


def _plural_body_of_place(toks, j2, q, p, e, lex):
    """(j2, e) when capitalised words ``toks[j2..q]`` end with the plural of a listed
    noun, "of" at ``p`` and a place of one to three capitalised words up to ``e`` follow
    ("Dairy Farmers of Canada", "Chicken Farmers of Ontario": a body's name, not a
    person "of" a town); None otherwise ("Tom Banks of Halifax": a given name first)."""
    w = toks[q][2]
    if not (
        q > j2
        and toks[p][2] == "of"
        and w.endswith("s")
        and w[1:].islower()
        and _lower_noun(w.lower(), lex)
        and toks[j2][2].lower() not in lex.gender
        and 1 <= e - p - 1 <= 3
        and all(_is_cap(toks[x][2]) for x in range(p + 1, e))
    ):
        return None
    return (j2, e)


# singular heads of a group before "of" and a plural ("a number of nurses", "a group of
# parents", "a handful of residents")
_COLLECTIVE_HEADS = frozenset(
    "number group couple handful majority minority pair dozen crowd team".split()
)


def _collective_of(toks, j):
    """Is ``toks[j]`` (a plural) after "of" and a group word ("a number of | nurses",
    "dozens of | nurses", "hundreds of | residents")?"""
    if j < 2 or toks[j - 1][2] != "of":
        return False
    w = toks[j - 2][2].lower()
    return w in _COLLECTIVE_HEADS or w in ("dozens", "hundreds", "thousands", "scores")


_ORDINALS = frozenset("first last only second third next latest youngest oldest".split())


def _ordinal_head(toks, np_):
    """``np_`` widened to "the first woman to lead" when it is the object of such an
    infinitive ("The first woman to lead | the union said": she speaks, not the union;
    "the only senator to vote against | it said"); ``np_`` otherwise."""
    j = np_[0]
    if j < 4 or toks[j - 1][2] == "to" or not toks[j - 1][2].isalpha():
        return np_
    t = j - 2 if toks[j - 2][2] == "to" else j - 3  # ("to vote against it")
    if t < 2 or toks[t][2] != "to" or not toks[t + 1][2].islower():
        return np_
    x = t - 1  # the head noun, after the ordinal and up to one modifier
    o = next((y for y in range(x - 1, max(-1, x - 3), -1) if toks[y][2].lower() in _ORDINALS), -1)
    if o < 1 or toks[o - 1][2].lower() not in ("the", "a", "its", "their", "his", "her"):
        return np_
    if not toks[x][2].isalpha() or toks[x][2].lower() in _ORDINALS:
        return np_
    if o >= 2 and toks[o - 2][2].isalpha() and toks[o - 2][2].islower():
        if toks[o - 2][2] not in _ORDINAL_LEADS:
            return np_  # "Lee made a third attempt to deflect the criticism": an object
    return (o - 1, np_[1])


# words that may stand before "the first <noun> to ..." as a subject
_ORDINAL_LEADS = frozenset("and but or as while when because that".split())


def _role_and_role(toks, np_, lex):
    """``np_`` widened over "the <role> and" before it when it is a second role of the
    same person, no determiner and a singular title last ("the Ardenian senator and
    Republican presidential candidate said", "The front-runner and former secretary of
    state said": one person, one mention); ``np_`` otherwise."""
    j, e = np_
    if j < 3 or toks[j - 1][2] != "and" or toks[j][2].lower() in _DETS:
        return np_
    last = toks[e - 1][2]
    if not last.islower() or last not in lex.titles or last.endswith("s"):
        return np_
    if any(_is_cap(toks[x][2]) and toks[x][2].lower() in lex.gender for x in range(j, e)):
        return np_  # "the senator and Ann Roe"
    head = toks[j - 2][2]
    if not head.islower() or head not in lex.titles or head.endswith("s"):
        return np_
    d = j - 3
    while d >= 0 and j - 2 - d <= 4 and toks[d][2].lower() not in ("the", "a", "an"):
        w = toks[d][2]
        if not w.replace("-", "").isalpha() or w.lower() in _SENT_START_STOP:
            return np_
        d -= 1
    if d < 0 or toks[d][2].lower() != "the":
        return np_
    return (d, e)


def _names_and_before(toks, j):
    """Start of "Name Surname and" before token ``j`` (a name of two or more
    capitalised words), else ``j``: "Ann Roe and Tom Vale of the University"."""
    if j < 3 or toks[j - 1][2] != "and":
        return j
    a = j - 1
    while a - 1 >= 0 and a - j > -6 and _is_cap(toks[a - 1][2]) and toks[a - 1][2].isalpha():
        a -= 1
    if j - 1 - a < 2 or toks[a][2].lower() in _SENT_START_STOP:
        return j
    return a


def _role_of_org(toks, s0, e, lex):
    """(start, ``e``) of "the <title> of the <Org of Place>" whose organisation's name
    opens at token ``s0`` ("The head of the Bank of Canada told": the head, never the
    bank), or None when no determiner, lower-case title and "of" come before it."""
    o = s0 - 1 - (s0 >= 1 and toks[s0 - 1][2] == "the")
    if o < 2 or toks[o][2] != "of":
        return None
    h = o - 1
    w = toks[h][2]
    if not (w.isalpha() and w.islower() and w in lex.titles):
        return None
    j = h - 1
    if toks[j][2].isalpha() and toks[j][2].islower() and toks[j][2] not in _DETS and j >= 1:
        j -= 1  # "the new head of"
    return (j, e) if toks[j][2].lower() in _DETS else None


def _org_head_start(toks, q):
    """Start of the organisation's name whose head word ("Bank", "Ministry") is token
    ``q`` before "of" ("Federal Reserve Bank of New York", "Ministry of Finance"): over
    the capitalised words before it (not the article: "the Bank of England" is
    "Bank of England", as "the Chamber of Commerce for the region" was)."""
    while q - 1 >= 0 and _is_cap(toks[q - 1][2]) and toks[q - 1][2].lower() not in _SENT_START_STOP:
        q -= 1
    return q


def _name_run_before(toks, q):
    """(start, q + 1) of a capitalised run of two words or more ending at token q,
    joined over "of" / "and" ("Chamber of Commerce"), without a leading determiner;
    None when the run is shorter or opens with a sentence-start word."""
    j = q
    while j - 1 >= 0 and (
        _is_cap(toks[j - 1][2])
        or (toks[j - 1][2] in ("of", "and") and j >= 2 and _is_cap(toks[j - 2][2]))
    ):
        j -= 1
    while j < q and toks[j][2].lower() in _DETS:
        j += 1
    if q + 1 - j < 2 or toks[j][2].lower() in _SENT_START_STOP or toks[j][2] in ("of", "and"):
        return None
    return (j, q + 1)


_ADJ_ONLY_RE = re.compile(
    r"\s*(?:,\s*)?(?:[a-z]{3,}ly\s+)?"  # "pleasantly into the phone"
    r"(?:after|before|during|at|in|on|to|with|from|while|when|as|outside|inside|into|"
    r"about|of|by|via|through|following|ahead|late|early|earlier|later|last|this|on)\b[^,;:\x01]{0,60}[.!?]?\s*$"
)


def _is_adjunct_only(post_text: str) -> bool:
    """Is the text after a frame only an adverbial ('after the attacks', 'to People')?"""
    return len(post_text) <= 80 and _ADJ_ONLY_RE.match(post_text) is not None


def _including_segment(toks, i):
    """Index before ", including X," ending at the comma toks[i], or None."""
    j = i - 1
    while j >= 0 and i - j <= 10 and toks[j][2] != ",":
        j -= 1
    if (
        j >= 1
        and toks[j][2] == ","
        and toks[j + 1][2].lower()
        in (
            "including",
            "like",
            "especially",
            "notably",
            "among",
        )
    ):
        return j - 1
    return None


# a year after a preposition before the cue is an adjunct, never the speaker
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_PREPS = frozenset("in since by until during".split())


_MOTION_PREPS = frozenset("through across along around into outside inside near past".split())


def _participle_head(toks, j, lex):
    """Start of the noun phrase that a participle phrase ending in toks[j:] modifies
    ("Protesters marching through | the streets" -> "Protesters"), else ``j``: the
    head is a listed speaker noun right before "<-ing word> <preposition>"."""
    if j < 3:
        return j
    prep, ing, head = toks[j - 1][2].lower(), toks[j - 2][2].lower(), toks[j - 3][2]
    if (
        (prep in _PREPS or prep in _MOTION_PREPS)
        and ing.endswith("ing")
        and len(ing) > 4
        and head.lower() in lex.nouns
    ):
        k = j - 3
        while k - 1 >= 0 and toks[k - 1][2].lower() in _DETS:
            k -= 1
        return k
    return j


# modal verbs between a subject and the cue: "the council would formally declare"
_MODALS = frozenset("will would could should might may must shall can".split())

# emphatic "do" between a subject and a bare cue: "Lee did note that ..."
_DO_AUX = frozenset(("did", "does", "do"))


def _bare_verb(toks, k):
    """Is token k a lower-case bare verb form, as after an emphatic "do" ("did say",
    "does note"; not "noted", "says", "saying" or a comma)?

    >>> _bare_verb([(0, 3, "did"), (4, 7, "say")], 1), _bare_verb([(0, 5, "noted")], 0)
    (True, False)
    """
    w = toks[k][2] if k < len(toks) else ""
    return w.isalpha() and w.islower() and not w.endswith(("ed", "ing")) and w[-1:] != "s"


def _skips_or_do(toks, j, k):
    """May token j stand between a speaker and the cue at token k: a word
    ``_skips_before_cue`` takes, or an emphatic "do" before a bare cue ("did note")?"""
    return _skips_before_cue(toks[j][2]) or (toks[j][2].lower() in _DO_AUX and _bare_verb(toks, k))


def _ago_start(toks, i):
    """Token index where the time adjunct ending in "ago" at index i starts ("two
    weeks ago", "10 days ago"); i when the words before it are no such adjunct."""
    j = i
    while j - 1 >= 0 and i - j < 4:
        w = toks[j - 1][2].lower()
        if w not in _AGO_WORDS and not w.isdigit():
            break
        j -= 1
    return j if j < i and toks[i - 1][2].lower() not in ("a", "an", "of") else i


# a quantifier floated after its subject ("they have both said", "the ministers all
# urged", "the two each said"), the auxiliary it may follow, and the words that show it
# is no floated quantifier ("and both said", "of all said", "the both")
_FLOATING_QUANT = frozenset(("both", "all", "each"))
_AUX_HAVE_BE = frozenset("have has had are were".split())
_NOT_BEFORE_QUANT = frozenset(
    "and or but of for to in on at by with from than the a an that which who".split()
)


_ADJUNCTS_LAST: list = [(None, -1, -1)]  # (toks, k, result) of the last _before_adjuncts


def _before_adjuncts(toks, k):
    """``_before_adjuncts0(toks, k)``, or the last call's result when that call had
    the same ``toks`` object and ``k`` (a token window is never changed once built;
    the speaker rules of one cue ask it again: ``_conj_then_skips``, then
    ``_left_np0``). One tuple is stored, so a reader never sees half an update."""
    last = _ADJUNCTS_LAST[0]
    if last[0] is toks and last[1] == k:
        return last[2]
    i = _before_adjuncts0(toks, k)
    _ADJUNCTS_LAST[0] = (toks, k, i)
    return i


# a stretch of time between a subject (or its auxiliary) and the cue: "for years",
# "for many months", "in recent weeks", "over the past two decades"
_SPELL_UNITS = frozenset("years months weeks days decades".split())
_SPELL_PREPS = frozenset("for in over during".split())
_SPELL_MODIFIERS = frozenset(
    "the past last few many several recent two three four five six seven eight nine ten".split()
)


def _spell_start(toks, i):
    """Index of the preposition that opens a stretch of time ending at toks[i] ("for
    years", "in recent weeks", "over the past two decades"), when a word stands
    before it; else -1."""
    if not toks[i][2].islower():
        return -1
    j = i - 1
    while j >= 1 and i - j <= 4 and (toks[j][2] in _SPELL_MODIFIERS or toks[j][2].isdigit()):
        j -= 1
    if j < 1 or toks[j][2] not in _SPELL_PREPS or (toks[j][2] == "in" and i - j < 2):
        return -1  # ("in years": no stretch of time, "in recent years" is)
    return j if toks[j - 1][2].isalpha() else -1


def _before_adjuncts0(toks, k):
    """Index of the last token before token k once adverbs, modals, short
    parentheticals and time or place adjuncts are skipped ("Lee on Tuesday said",
    "Sen. Roy Blunt (R-Mo.) noted", "the nurse in a low voice said"); -1 when nothing
    is left or a parenthetical is unclosed."""
    i = k - 1
    while i >= 0:
        lw_ = toks[i][2].lower()
        if i == k - 1 and _word_as_surname(toks, i, k):
            break  # "Will urged": the surname
        if _skips_before_cue(toks[i][2]) or lw_ in _MODALS:
            i -= 1  # "Lee also said", "the council would formally declare"
        elif lw_ in _DO_AUX and _bare_verb(toks, k):
            i -= 1  # emphatic "do": "Lee did note that", "The report does say"
        elif lw_ == "," and i >= 2 and _skips_before_cue(toks[i - 1][2]) and toks[i - 2][2] == ",":
            i -= 3  # "Proponents of the bill, however, say"
        elif lw_ == "," and _including_segment(toks, i) is not None:
            i = _including_segment(toks, i)  # "Several candidates, including Trump, said"
        elif (
            lw_ in _FLOATING_QUANT
            and i >= 2
            and toks[i - 1][2].isalpha()
            and toks[i - 1][2].lower() not in _NOT_BEFORE_QUANT
        ):
            # "Lee and Roe have both argued", "the ministers all urged": the subject
            if toks[i - 1][2].lower() not in _AUX_HAVE_BE:
                i -= 1
            elif toks[i - 2][2].isalpha():
                i -= 2
            elif (
                toks[i - 2][2] == ","
                and i >= 5
                and _is_cap(toks[i - 3][2])
                and toks[i - 5][2] != ","  # (not "Lee, of Ohio, have both said")
            ):
                i -= 3  # "Sens. Lee of Ohio and Roe of Utah, have both urged"
            else:
                break  # ("Lee, of ohio, have both said": kept as it was)
        elif lw_ == ")":
            # "Sen. Roy Blunt (R-Mo.) noted": skip a short parenthetical
            j = _paren_open(toks, i)
            if j < 0:
                return -1
            i = j - 1
        elif lw_ in _ASIDE_DASHES and _dash_aside_open(toks, i) >= 1:
            i = _dash_aside_open(toks, i) - 1  # "Ann Roe -- who ran the agency -- said"
        elif lw_ in _TIME_WORDS and i >= 1 and toks[i - 1][2].lower() in _TIME_PREPS:
            i -= 2  # "Clinton on Tuesday said", "officials last week said"
        elif _YEAR_RE.fullmatch(lw_) and i >= 1 and toks[i - 1][2].lower() in _YEAR_PREPS:
            i -= 2  # "who in 2010 said", "the senator since 1998 has argued"
        elif lw_ in _SPELL_UNITS and (j := _spell_start(toks, i)) >= 1:
            i = j - 1  # "The group has for years urged", "Lee has in recent weeks said"
        elif lw_ == "ago" and i >= 1 and _ago_start(toks, i) < i:
            i = _ago_start(toks, i) - 1  # "The mayor two weeks ago said"
        elif (
            lw_ in ("here", "there")
            and toks[i][2].islower()
            and i >= 1
            and toks[i - 1][2].isalpha()
        ):
            i -= 1  # "Officials there say", "many residents here said": a place adverb
        elif (lw_ in _ADJUNCT_NOUNS or lw_ in _TIME_WORDS) and toks[i][2].islower():
            # "Jeb Bush in a Medium post said", "allies have in the past said"
            j = i - 1
            while (
                j >= 0
                and i - j <= 4
                and toks[j][2].lower() not in ("in", "on", "at", "during", "via")
                and toks[j][2] not in (",", ";", ":")  # ("A in effect, the statement said")
            ):
                j -= 1
            if j < 1 or i - j > 4 or toks[j][2].lower() not in ("in", "on", "at", "during", "via"):
                break
            i = j - 1
        else:
            break
    return i


# the longest parenthetical skipped between a name and its cue ("Sen. Chris Doyle (a
# Vermont Democrat so young he is taken for an aide) says"); any parenthetical may be
# up to _SHORT_PAREN tokens long
_SHORT_PAREN = 8
_NAME_PAREN = 30


def _paren_open(toks, i):
    """Index of the "(" that opens the parenthetical closed at toks[i] (a ")"), or -1:
    up to ``_SHORT_PAREN`` tokens back ("Sen. Roy Blunt (R-Mo.) noted"), or up to
    ``_NAME_PAREN`` when a capitalised word (a name) stands right before the "(" and
    the parenthetical holds no quotation mark, ")" or sentence end ("Sen. Chris Doyle
    (a Vermont Democrat so young he is taken for an aide) says").

    >>> toks = [(0, 3, "Lee"), (4, 5, "("), (5, 8, "R-Mo"), (8, 9, ")")]
    >>> _paren_open(toks, 3)
    1
    """
    j = i - 1
    while j >= 0 and i - j <= _SHORT_PAREN and toks[j][2] != "(":
        j -= 1
    if j >= 0 and toks[j][2] == "(":
        return j
    j = i - 1
    while j >= 0 and i - j <= _NAME_PAREN and toks[j][2] != "(":
        if toks[j][2] == ")" or toks[j][2] in _PAREN_STOPS:
            return -1
        j -= 1
    if j < 1 or toks[j][2] != "(":
        return -1
    return j if _is_cap(toks[j - 1][2]) and toks[j - 1][2][-1:].isalpha() else -1


# tokens a long parenthetical after a name never holds: quotation marks, sentence ends
_PAREN_STOPS = frozenset(('"', "“", "”", "''", "``", ".", "!", "?"))
_ASIDE_DASHES = frozenset(("—", "–", "-"))


def _dash_aside_open(toks, i):
    """Index of the dash that opens the relative clause aside closed by the dash
    toks[i] when a name stands right before it ("Ann Roe -- who once ran the agency --
    has said", "Mrs. Roe — whose husband signed the law — said"): up to
    ``_NAME_PAREN`` tokens back, no quotation mark, sentence end, colon or semicolon
    between; -1 when there is none. "--" is two tokens.

    >>> toks = [(0, 3, "Roe"), (4, 5, "—"), (6, 9, "who"), (10, 13, "ran"), (14, 15, "—")]
    >>> _dash_aside_open(toks, 4)
    1
    """
    j = i - 1
    if j >= 0 and toks[j][2] == "-" and toks[i][2] == "-" and toks[j][1] == toks[i][0]:
        j -= 1  # "--": its first hyphen
    while j >= 0 and i - j <= _NAME_PAREN:
        w = toks[j][2]
        if w in _ASIDE_DASHES:
            break
        if w in _PAREN_STOPS or w in (":", ";", "(", ")"):
            return -1
        j -= 1
    if j < 1 or i - j > _NAME_PAREN or toks[j][2] not in _ASIDE_DASHES:
        return -1
    if toks[j][2] == "-" and toks[j - 1][2] == "-" and toks[j - 1][1] == toks[j][0]:
        j -= 1  # "--"
    if j < 1:
        return -1
    prev, first = toks[j - 1][2], toks[j + 2 if toks[j + 1][2] == "-" else j + 1][2]
    if first.lower() not in ("who", "whose"):
        return -1  # (an apposition: "like Ann Lee and Ed Roe -- two captains -- have said")
    return j if _is_cap(prev) and prev[-1:].isalpha() else -1


def _word_as_surname(toks, i, k):
    """Is the capitalised modal or "From" right before the cue toks[k], a past-tense
    or "-s" form, a surname ("Will urged", '," From said'): no modal or preposition
    stands so before a finite verb?

    >>> _word_as_surname([(0, 4, "Will"), (5, 10, "urged")], 0, 1)
    True
    >>> _word_as_surname([(0, 4, "Will"), (5, 8, "say")], 0, 1)
    False
    """
    w = toks[i][2]
    if not (w[:1].isupper() and w[1:].islower() and w.lower() in _WORD_SURNAMES):
        return False
    cue = toks[k][2]
    return cue.endswith(("ed", "s")) or cue == "said" or cue in _IRREGULAR_PAST


# modals and prepositions that are also surnames ("George Will", "Ann From")
_WORD_SURNAMES = frozenset("will from can".split())


# lower-case words that open no noun phrase before a noun: conjunctions, adverbs
_NOT_NOUN_MODIFIER = frozenset(
    "and or nor but yet so then now also even only still while as because though although "
    "when if since after before where whereas once until unless than not".split()
)


def _noun_modifier_at_edge(toks, x):
    """Is toks[x] an unlisted lower-case noun modifier that opens a clause's subject
    right after a comma, semicolon, colon or dash ("..., grain traders said")?"""
    return _modifier_word(toks[x][2]) and toks[x - 1][2] in (",", ";", ":", "—", "–")


def _modifier_word(m):
    """May the word ``m`` be an unlisted lower-case noun modifier ("grain", "bond")?"""
    return (
        m.isalpha()
        and m.islower()
        and len(m) > 2
        and m not in _DETS
        and m not in _SENT_START_STOP
        and m not in _PREPS
        and m not in _NOT_NOUN_MODIFIER
        and not _skips_before_cue(m)
        and not m.endswith(("ed", "ing"))
    )


def _plural_conjunct_at_edge(toks, x):
    """Is toks[x] a lower-case plural noun right after a comma, semicolon, colon or
    dash, the first of two groups joined by "and" ("..., bankers and traders said")?"""
    m = toks[x][2]
    return (
        m.isalpha()
        and m.islower()
        and len(m) > 4
        and m.endswith("s")
        and not m.endswith("ss")
        and m not in _SENT_START_STOP
        and m not in _NOT_NOUN_MODIFIER
        and toks[x - 1][2] in (",", ";", ":", "—", "–")
    )


def _group_start(toks, i, j):
    """Where a lower-case noun phrase toks[j..i] that follows a comma really starts,
    taking in an unlisted noun modifier and a first group joined by "and".

    >>> toks = [(0, 1, ","), (2, 7, "grain"), (8, 15, "traders")]
    >>> _group_start(toks, 2, 2)
    1
    >>> toks = [(0, 1, ","), (2, 9, "bankers"), (10, 13, "and"), (14, 21, "traders")]
    >>> _group_start(toks, 3, 3)
    1
    """
    if j == i and j >= 2 and _noun_modifier_at_edge(toks, j - 1):
        j -= 1  # "..., grain traders said", "..., bond dealers say": the whole phrase
    if j >= 3 and toks[j - 1][2] == "and" and _plural_conjunct_at_edge(toks, j - 2):
        return j - 2  # "..., officials and scientists said": both groups
    if (
        j == i
        and j >= 4
        and toks[j - 2][2] == "and"
        and _modifier_word(toks[j - 1][2])
        and _plural_conjunct_at_edge(toks, j - 3)
    ):
        return j - 3  # "..., pilots and harbour officials said"
    return j


def _lone_acronym(toks, i, k):
    """Is token i an all-capital word of 5+ letters standing alone (no capitalised
    word in capitals right before it) right before a lower-case token k ("BFMTV
    reported", "NASCAR said"; not "POLICE SAY" or "TEN KILLED, POLICE said")?"""
    w = toks[i][2]
    if not (len(w) >= 5 and w.isupper() and w.isalpha()) or k >= len(toks) or k != i + 1:
        return False
    if not toks[k][2].islower():
        return False
    return i == 0 or not (toks[i - 1][2].isupper() and toks[i - 1][2].isalpha())


def _unlisted_modifiers(toks, j, lex):
    """Start of a noun phrase whose listed words begin at token ``j`` when one or two
    unlisted lower-case nouns modify it after a determiner or a possessive ("the city's
    transit agency", "the water agency": from the determiner); ``j`` otherwise."""
    if toks[j][2].lower() in _DETS or _possessive(toks[j][2]):
        return j  # ("a request the board said": the phrase has its determiner)
    m = j
    while (
        m - 1 >= 0
        and j - m < 2
        and _lower_hyphened(toks[m - 1][2])
        and toks[m - 1][2] not in _DETS
        and toks[m - 1][2] not in _SENT_START_STOP
        and toks[m - 1][2] not in _PRONOUNS
        and not _np_word(toks[m - 1][2], lex)
    ):
        m -= 1
    if m == j or m == 0:
        return j
    d = toks[m - 1][2]
    if d.lower() in ("the", "a", "an"):
        return m - 1
    if _AGED_RE.fullmatch(d) or _hyphened_modifier(d):
        if m >= 2 and toks[m - 2][2].lower() in ("the", "a", "an"):
            return m - 2  # "the 58-year-old school bus driver": an age before the modifiers
            # ("the fourth-year biology student": a hyphened modifier)
    if not _possessive(d) and _np_word(d, lex) and d.isalpha() and d.islower():
        m, d = _listed_modifier_lead(toks, m, lex)  # "the province's top bee official"
        if m < j and d.lower() in ("the", "a", "an"):
            return m - 1
    if not _possessive(d) or not d[:1].islower():
        return j
    m -= 1  # "the city's": the possessive and its determiner
    return m - 1 if m >= 1 and toks[m - 1][2].lower() in ("the", "a", "an") else j


def _listed_modifier_lead(toks, m, lex):
    """(start, word before it) after walking back from token ``m`` over one or two
    listed lower-case modifiers ("top", "chief") that stand before unlisted ones ("the
    province's top bee official": "top" before "bee"); the word before is "" at the
    text's start."""
    n = m
    while (
        n - 1 >= 0
        and m - n < 2
        and toks[n - 1][2].isalpha()
        and toks[n - 1][2].islower()
        and _np_word(toks[n - 1][2], lex)
        and toks[n - 1][2] not in _DETS
        and toks[n - 1][2] not in _PRONOUNS
    ):
        n -= 1
    return n, toks[n - 1][2] if n >= 1 else ""


# ordinals not listed as numeric words ("third" is): "A second driver said"
_PLAIN_ORDINALS = frozenset("second fourth fifth sixth seventh eighth ninth tenth".split())


def _ordinal_opening(toks, j):
    """``j`` moved back over "a second" / "another fourth" right before the head at
    ``j`` ("A second driver said": one more driver, not the head "driver" alone);
    ``j`` itself when no such ordinal and determiner stand there.

    >>> toks = [(0, 0, w) for w in "A second driver".split()]
    >>> _ordinal_opening(toks, 2), _ordinal_opening(toks[1:], 1)
    (0, 1)
    """
    if j < 2 or toks[j - 1][2].lower() not in _PLAIN_ORDINALS:
        return j
    return j - 2 if toks[j - 2][2].lower() in ("a", "the", "another", "every") else j


def _lower_hyphened(w):
    """Is ``w`` a lower-case word, perhaps hyphened ("biology", "fourth-year")?

    >>> _lower_hyphened("fourth-year"), _lower_hyphened("-"), _lower_hyphened("Roe")
    (True, False, False)
    """
    return w.islower() and w.replace("-", "").isalpha() and w[0] != "-" and w[-1] != "-"


def _hop_over(toks, w, p, q, lex):
    """May ``_left_np1`` hop from a name back over "<w> <prep at p>" (``w`` at ``q``) to a
    person before it: an organisation word, an acronym, "in" a place, or a local
    government "<Head> of <Place>" ("Ann Roe of the Municipality of Birch Creek")?"""
    return (
        w in lex.org_words
        or w.isupper()
        or toks[p][2].lower() == "in"
        or _place_body_head(toks, q, p)
    )


def _modifiers_opener(toks, x, j):
    """Does token ``x`` open lower-case modifiers before the head run at ``j``: a
    determiner, a capitalised word, or a possessive before a classifying possessive
    ("the region's largest | teachers' union")?"""
    w = toks[x][2]
    return w.lower() in _DETS or _is_cap(w) or _possessive_before_classifier(toks, x, j)


def _possessive_before_classifier(toks, p, j):
    """Is token ``p`` a lower-case possessive before lower-case modifiers and a
    classifying possessive at ``j`` ("the region's largest | teachers' union"): the
    phrase goes on to the first possessive's determiner?

    >>> t = [(0, 0, w) for w in "the region's largest teachers' union".split()]
    >>> _possessive_before_classifier(t, 1, 3), _possessive_before_classifier(t, 1, 4)
    (True, False)
    """
    a, b = toks[p][2], toks[j][2]
    return a.islower() and b.islower() and _possessive(a) and _possessive(b)


def _hyphened_modifier(w):
    """Is ``w`` a lower-case hyphened modifier ("fourth-year", "long-time")?"""
    return "-" in w and _lower_hyphened(w)


def _left_np0(toks, k, lex):
    """Parse the noun phrase ending right before token index k (exclusive).

    Returns (i0, i1) token index range or None."""
    i = _before_adjuncts(toks, k)
    if i < 0:
        return None
    w = toks[i][2]
    lw = w.lower()
    if lw in _PRONOUNS:
        return (i, i + 1)
    if lw in ("him", "them", "us", "me") and i >= 2 and toks[i - 1][2].lower() in ("to", "with"):
        return (i, i + 1)  # "a source close to him": _left_np walks to "source"
    if not _np_word(w, lex) and w.isalpha() and w.islower() and lw not in _SENT_START_STOP:
        # an unlisted common noun: "the actress said", "security specialists say"
        j = i
        while (
            j - 1 >= 0
            and i - j < 3
            and _lower_hyphened(toks[j - 1][2])
            and toks[j - 1][2] not in _DETS
            and toks[j - 1][2] not in _SENT_START_STOP
            and not _np_word(toks[j - 1][2], lex)
        ):
            j -= 1
        while (
            j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS
        ):
            j -= 1
        first = toks[j][2].lower()
        if first in _DETS or _possessive(first):
            return (_participle_head(toks, j, lex), i + 1)
        plural = len(lw) > 4 and lw.endswith("s") and not lw.endswith(_NOT_PLURAL)
        at_clause = (
            j == 0
            or toks[j - 1][2] in (",", ";", ":", "—", "–")
            or toks[j - 1][2][0] == MASK
            or toks[j - 1][2].lower()
            in ("and", "but", "while", "as", "because", "though", "although")
            or _collective_of(toks, j)  # "a number of nurses": _left_np walks to "number"
        )
        if plural and at_clause and i - j <= 2:
            return (j, i + 1)
        return _role_of_field(toks, i, lex)  # "the director of public works said"
    if lw in _QUANT_SUBJ and (i == 0 or not _np_word(toks[i - 1][2], lex)):
        return (i, i + 1)  # "Several said", "Others say", "Many argue"
    if _lone_acronym(toks, i, k):
        return (i, i + 1)  # "BFMTV reported", "NASCAR said": a name, not headline capitals
    if not _np_word(w, lex) or lw in _DETS or lw in _SENT_START_STOP and not _is_cap(w):
        return None
    j = i
    while j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS:
        j -= 1
    if w.islower():  # "A and B said"; "A second driver said": the ordinal too
        j = _unlisted_modifiers(toks, _group_start(toks, i, _ordinal_opening(toks, j)), lex)
    # post-modified descriptor: "a spokesman for the campaign", "an official traveling with X"
    jj = j
    steps = 0
    while jj - 1 >= 0 and steps < 8:
        t = toks[jj - 1][2]
        lt = t.lower()
        if (
            lt in _PREPS
            or (lt.endswith("ing") and len(lt) > 4)
            or _np_word(t, lex)
            or lt in ("and",)
        ):
            jj -= 1
            steps += 1
            # stop once we reach a run containing a head noun
            if lt in lex.nouns and not _is_cap(t):
                k0 = jj
                while (
                    k0 - 1 >= 0
                    and _np_word(toks[k0 - 1][2], lex)
                    and toks[k0 - 1][2].lower() not in _PRONOUNS
                ):
                    k0 -= 1
                if any(
                    toks[x][2].lower() in _PREPS or toks[x][2].lower().endswith("ing")
                    for x in range(jj, j)
                ):
                    j = k0
                break
        else:
            break
    # lower-case modifiers between a determiner and the head: "the Democratic presidential candidate"
    jj = j
    while (
        jj - 1 >= 0
        and j - jj < 3
        and toks[jj - 1][2].isalpha()
        and toks[jj - 1][2].islower()
        and toks[jj - 1][2] not in _NOT_ROLE
        and toks[jj - 1][2] not in _SENT_START_STOP
        and not (toks[jj - 1][2] in _POSSESSIVE_DETS and toks[j][2].islower())
    ):
        jj -= 1
    if (
        jj < j
        and jj - 1 >= 0
        and _modifiers_opener(toks, jj - 1, j)
        and not (  # "a charge the company denied": "the company"
            toks[j][2].lower() in ("the", "a", "an")
            and toks[jj - 1][2].lower() in ("a", "an")
            and j - jj == 1
            and toks[jj][2].lower() not in _PREPS
        )
        # "the Department signed the Accord": a verb between a name and a determiner
        and not (
            toks[j][2].lower() in ("the", "a", "an")
            and _is_cap(toks[jj - 1][2])
            and any(
                toks[x][2].endswith("ed") or toks[x][2] in _IRREGULAR_PAST for x in range(jj, j)
            )
        )
    ):
        j = jj - 1
        while (
            j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS
        ):
            j -= 1
    # drop sentence-initial conjunctions/adverbs captured as capitalised words
    while j < i + 1 and toks[j][2].lower() in _SENT_START_STOP and toks[j][2].lower() not in _DETS:
        if j == i == k - 1 and _word_as_surname(toks, j, k):
            break  # '," From said': the surname
        j += 1
    if j > i:
        return None
    j2 = _compound_title_start(toks, j)  # "chairman and CEO Ann Roe said"
    if j2 < j:
        j = j2  # (and the words before it: "Selvane Mills vice president and CFO Ann Roe")
        while (
            j - 1 >= 0 and _np_word(toks[j - 1][2], lex) and toks[j - 1][2].lower() not in _PRONOUNS
        ):
            j -= 1
        while j < j2 and toks[j][2].lower() in _SENT_START_STOP and toks[j][2].lower() not in _DETS:
            j += 1  # ("But chairman and CEO Ann Roe said")
    # coordinated names: "President Bush and Russian President Vladimir Putin say"
    if j >= 2 and toks[j - 1][2] == "and" and _is_cap(toks[j][2]) and _is_cap(toks[j - 2][2]):
        j2 = _coordinated_start(toks, j, i, lex)
        if j2 >= 0:
            return (j2, i + 1)
    if j >= 2 and toks[j - 1][2] == "in" and _is_number(toks[j - 2][2]) and _is_number(toks[j][2]):
        j -= 2  # "six in 10 said", "About 4 in 10 voters say"
        if j >= 1 and toks[j - 1][2].lower() in ("about", "nearly", "almost", "roughly"):
            j -= 1
    return (j, i + 1)


def _role_of_field(toks, i, lex):
    """(start, i + 1) for a person's role and the field it is "of", ending at the
    unlisted lower-case noun ``i`` ("the director of public works said", "the city's
    head of pediatrics told"): at most three lower-case words after "of", a lower-case
    role title before it, and a determiner or possessive opening the role's phrase;
    else None."""
    x = i
    while x > 0 and i - x < 3 and _lower_hyphened(toks[x][2]) and toks[x][2] != "of":
        x -= 1
    if x < 2 or toks[x][2] != "of" or x == i:
        return None
    head = toks[x - 1][2]
    if not head.islower() or head not in _ROLE_TITLES:
        return None
    np_ = _left_np0(toks, x, lex)
    if np_ is None or np_[1] != x:
        return None
    first = toks[np_[0]][2].lower()
    if first not in _DETS and not _possessive(first):
        return None
    return (np_[0], i + 1)


def _coordinated_start(toks, j, i, lex):
    """Start of the names joined by the "and" before token ``j`` and ending at token
    ``i`` ("President Bush and Russian President Vladimir Putin say"), with the article
    of an organisation's name ("The Food and Drug Administration said"); -1 when the
    run opens with another sentence-start word."""
    j2 = j - 2
    while j2 - 1 >= 0 and _np_word(toks[j2 - 1][2], lex) and _is_cap(toks[j2 - 1][2]):
        j2 -= 1
    if (
        toks[i][2] in lex.org_words
        and j2 < j - 1
        and not any(toks[x][2].lower().rstrip(".") in COMPANY_SUFFIXES for x in range(j2, j - 1))
    ):
        if toks[j2][2] != "The" and j2 >= 1 and toks[j2 - 1][2] == "the":
            j2 -= 1
        if toks[j2][2] in ("the", "The"):
            return j2
    return j2 if toks[j2][2].lower() not in _SENT_START_STOP else -1


def _is_number(w: str) -> bool:
    return w.isdigit() or w.lower() in _NUMERIC


def _unlisted_modifiers_to_head(toks, j, lex, after_cap=False):
    """End (exclusive) of 1-3 lower-case modifiers starting at toks[j], at least one
    of them unlisted, plus the listed lower-case head noun after them, when toks[j - 1]
    is a lower-case noun-phrase word or an acronym ("former tech executive", "GOP
    leadership aide", "U.S. law enforcement official", "county election official"),
    or any capitalised word when ``after_cap`` ("a Tulsa business owner"); else 0."""
    prev = toks[j - 1][2]
    if not (
        (prev.islower() and _np_word(prev, lex))
        or (len(prev) > 1 and prev.replace(".", "").isupper())
        or (after_cap and _is_cap(prev))
    ):
        return 0
    n = len(toks)
    x = j
    unlisted = False
    while x < n and x - j <= 3:
        w = toks[x][2]
        if not (w.isalpha() and w.islower()):
            return 0
        if w in lex.nouns or w in lex.titles:
            return x + 1 if unlisted else 0
        if (
            w in _NOT_ROLE
            or w in _DETS
            or w in _PREPS
            or w in _SENT_START_STOP
            or w in _TIME_WORDS
            or w.endswith(("ed", "ly"))
        ):
            return 0
        unlisted = unlisted or not _np_word(w, lex)
        x += 1
    return 0


_PART_OF = frozenset("one two three some several many both each most all none".split())


def _described_name_after_quote(toks, k, lex=None):
    """(k, end) of "retired neurosurgeon Ben Carlow": up to four lower-case words (no
    participle, no preposition) and a name of two or more capitalised words, at token
    ``k`` right after a quotation and its cue ('"...," said retired neurosurgeon Ben
    Carlow'), or after a clause, a comma and its cue when the name ends the sentence
    ("..., said harbour master Ann Roe."); an honorific may come before the name
    ("said lead author Dr. Ann Roe"); None otherwise. With ``lex``, capitalised
    words before a listed lower-case head noun or title are modifiers of the description
    ("said undecided Republican voter Ann Roe", "said lobbyist and GOP strategist Al
    Vale"). A name's words may hold a hyphen ("Omar Al-Tabchi")."""
    n = len(toks)
    if k < 2:
        return None
    after_quote = toks[k - 2][2][0] == MASK or (
        k >= 3 and toks[k - 2][2] == "," and toks[k - 3][2][0] == MASK
    )
    if not after_quote and toks[k - 2][2] != ",":
        return None
    j = k
    lower = 0
    while j < n and lower < 4:
        w = toks[j][2]
        if w.isalpha() and w.islower():
            if (
                w.endswith("ing")
                or (w in _NOT_ROLE and not (w == "and" and _role_before(toks, j, k, lex)))
                or (j == k and w == "of")
                or (w in _PREPS and w != "of")
            ):
                return None
            lower += 1
            j += 1
            continue
        e = _cap_modifiers_end(toks, j, lex) if j > k else j
        if e == j:
            break
        j = e
    h = j + 1 if j < n and toks[j][2].endswith(".") and toks[j][2][:-1] in _HONORIFIC_CAPS else j
    e = h  # ('"...," says lead author Dr. Ann Roe': an honorific before the name)
    while e < n and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1  # ("Imogen Farraday-Ross", "Omar Al-Tabchi")
    if not after_quote and e < n and toks[e][2] not in (".", "!", "?", ",", ";"):
        return None  # after a clause ("..., said fire chief Ann Roe."): the name ends it
    return (k, e) if j > k and e - h >= 2 else None


def _appositive_name_after(toks, np_, lex):
    """``np_`` replaced by the name set off after it by a comma when ``np_`` is a
    lower-case description ending in a listed person noun or title and the name ends
    its clause ('"...," said her friend, Ava Roe, 15.'; "said his wife, Marta Quill, who
    ..."; "said the lawyer, Tom Vale."): the speaker is the name; else ``np_``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said her friend , Ava Roe , 15 .".split()]
    >>> _appositive_name_after(t, (1, 3), lexicon())
    (4, 6)
    """
    i, j = np_
    n = len(toks)
    words = [toks[x][2] for x in range(i, j)]
    if not all(w.islower() and (w.isalpha() or _lower_possessive(w)) for w in words):
        return np_
    if words[-1] not in lex.nouns and words[-1] not in lex.titles:
        return np_
    j = _role_of_phrase_end(toks, j)  # "said the superintendent of business, Ann Roe,"
    if j + 1 >= n or toks[j][2] != ",":
        return np_
    e = j + 1
    while e < n and e - j <= 4 and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1
    if e == j + 1 or toks[j + 1][2].lower() in _TIME_WORDS or toks[j + 1][2].lower() in _PRONOUNS:
        return np_
    if e < n and toks[e][2] not in (",", ".", "!", "?", ";"):
        return np_  # "said the mayor, Tom Vale's rival": not a name set off
    return (j + 1, e)


def _lower_possessive(w):
    """Is ``w`` a lower-case noun's possessive ("board's", "city’s")?"""
    return w.endswith(("'s", "’s")) and w[:-2].isalpha()


def _role_of_phrase_end(toks, j):
    """End of an "of"/"for" phrase of one to three lower-case words that completes the
    role ending at ``toks[j]`` ("superintendent | of business", "director | of
    communications") when a comma follows it; ``j`` otherwise.

    >>> t = [(0, 0, w) for w in "the director of field operations , Ann".split()]
    >>> _role_of_phrase_end(t, 2), _role_of_phrase_end(t[:5], 2)
    (5, 2)
    """
    if j >= len(toks) or toks[j][2] not in ("of", "for"):
        return j
    e = j + 1
    while e < len(toks) and e - j <= 3 and toks[e][2].isalpha() and toks[e][2].islower():
        e += 1
    if e == j + 1 or e >= len(toks) or toks[e][2] != "," or toks[e - 1][2] in _DETS:
        return j
    return e


# honorifics as written before a name, capitalised without their period ("Dr", "Rev")
_HONORIFIC_CAPS = frozenset(w.capitalize() for w in load_titles()["honorific"])


def _role_before(toks, j, k, lex):
    """Is the word before ``toks[j]`` (after ``k``) a listed lower-case head noun or
    title ("lobbyist | and GOP strategist"), with ``lex``?"""
    if lex is None or j <= k:
        return False
    w = toks[j - 1][2]
    return w.islower() and (w in lex.nouns or w in lex.titles)


def _name_word(w, hyphens):
    """Is ``w`` a word of a name: letters only, or (when ``hyphens``) letters around
    hyphens or apostrophes ("Al-Tabchi", "O'Neill"; not a possessive "Lee's")?"""
    if w.isalpha():
        return True
    if not hyphens or w.endswith(("'s", "’s")) or not w[-1:].isalpha():
        return False  # ("Lee's": a possessive, no name)
    return w.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _cap_modifiers_end(toks, j, lex):
    """End of one or two capitalised words at ``toks[j]`` that modify the listed
    lower-case head noun or title right after them ("Republican voter", "GOP
    strategist"), else ``j``; only with ``lex``."""
    if lex is None:
        return j
    e = j
    while e < len(toks) and e - j < 2 and _is_cap(toks[e][2]) and toks[e][2].isalpha():
        e += 1
    if e == j or e >= len(toks):
        return j
    head = toks[e][2]
    if head.isalpha() and head.islower() and (head in lex.nouns or head in lex.titles):
        return e
    return j


def _role_of_name(toks, k):
    """(start, end) of the name in 'role of field Name Surname' from token k after an
    inverted cue: a lower-case word (or two: "former secretary", "vice president"),
    "of", one or two lower-case words, then two or more capitalised words up to
    punctuation, the end or "of"/"at" and a capitalised word ("said master of
    ceremonies Ann Roe", "said director of sales Tom Vale of Acme", "said former
    secretary of state Ann Roe"); None otherwise."""
    n = len(toks)
    of = k + 2 if k + 2 < n and toks[k + 2][2] == "of" else k + 1
    if of + 3 >= n or toks[of][2] != "of":
        return None
    for x in range(k, of):
        w = toks[x][2]
        if not w.isalpha() or not w.islower() or w in _NOT_ROLE or w in _DETS:
            return None
    j = of + 1
    while j < n and j - of <= 2 and toks[j][2].isalpha() and toks[j][2].islower():
        if toks[j][2] in _DETS or toks[j][2] in _NOT_ROLE:
            return None
        j += 1
    if j == of + 1:
        return None
    e = j
    while e < n and e - j < 4 and _is_cap(toks[e][2]) and _name_word(toks[e][2], True):
        e += 1
    if e - j < 2 or (e < n and toks[e][2] not in (",", ".", ";", "!", "?")):
        if not (e + 1 < n and toks[e][2] in ("of", "at") and _is_cap(toks[e + 1][2])):
            return None
    return (j, e)


def _right_np(toks, k, lex):
    """Noun phrase starting at token index k (inversion: 'said Putin'), a department
    name with a serial comma taken whole ("according to Immigration, Refugees and
    Citizenship Canada")."""
    np_ = _right_np1(toks, k, lex)
    if np_ is not None and np_[1] - np_[0] == 1 and np_[1] + 1 < len(toks):
        if toks[np_[1]][2] == "," and (e := _serial_department_end(toks, np_[1] + 1, lex)) > 0:
            return np_[0], e
    return np_


def _serial_department_end(toks, a, lex):
    """End (exclusive) of the capitalised words from token ``a`` that finish a federal
    department name listed with a serial comma ("Science and Economic Development
    Canada" after "Innovation,"): capitalised words (and "and") holding one "and" and
    ending in a place name; 0 otherwise."""
    e, ands = a, 0
    while e < len(toks) and e - a < 8 and (_is_cap(toks[e][2]) or toks[e][2] == "and"):
        ands += toks[e][2] == "and"
        e += 1
    if ands != 1 or e - a < 4 or toks[a][2] == "and" or toks[e - 2][2] == "and":
        return 0  # (the part after "and" is a name and the place: "Citizenship Canada")
    if any(toks[x][2].lower() in lex.gender for x in range(a, e)):
        return 0  # ("Roe, Lee and Ann Kent Canada": people)
    return e if toks[e - 1][2] in lex.place_names else 0


def _serial_department_start(toks, np_, lex):
    """Start of a federal department name whose first listed word stands before a
    comma ("Innovation, Science and Economic Development Canada said": the noun
    phrase read back from the cue stops at the comma); ``np_[0]`` otherwise."""
    j = np_[0]
    if j < 2 or toks[j - 1][2] != "," or not _is_cap(w := toks[j - 2][2]) or not w.isalpha():
        return j
    if j >= 3 and (_is_cap(toks[j - 3][2]) or toks[j - 3][2] == "and"):
        return j  # ("Ann Roe, Bob Lee and ..." / "A, B and C Canada": no single word)
    if w.lower() in lex.gender or w in lex.place_names or w.lower() in _DETS:
        return j
    return j - 2 if _serial_department_end(toks, j, lex) == np_[1] else j


def _right_np1(toks, k, lex):
    """Noun phrase starting at token index k (inversion: 'said Putin')."""
    n = len(toks)
    if k >= n:
        return None
    w = toks[k][2]
    lw = w.lower()
    if lw in _PRONOUNS and lw not in ("who", "i", "you"):
        if k + 1 < n and toks[k + 1][2] not in (",", ".", ";", "!", "?", "—", "–"):
            return None  # '... said he was fine': "he" starts the content
        return (k, k + 1)
    if (name := _role_of_name(toks, k)) is not None:
        return name  # "said master of ceremonies Ann Roe": the name
    if (not _np_word(w, lex) and not _particle_surname(toks, k)) or lw in _TIME_WORDS:
        return None
    if lw in ("that", "this", "it", "there"):
        return None
    if lw in _PART_OF and k + 2 < n and toks[k + 1][2] == "of":
        # "said one of those advisers", "said two of the witnesses": the part and its whole
        sub = _right_np(toks, k + 2, lex)
        return None if sub is None else (k, sub[1])
    if (
        lw in ("the", "a", "an", "one", "another", "some", "two", "several")
        and k + 1 < n
        and not _np_word(toks[k + 1][2], lex)
    ):
        # "said the base chief known as Bob": unlisted common nouns after a determiner
        j = k + 1
        while (
            j < n
            and j - k <= 3
            and toks[j][2].isalpha()
            and toks[j][2].islower()
            and toks[j][2] not in _NOT_ROLE
        ):
            j += 1
        if j > k + 1:
            # "said the younger Mr. Ray", "said the outgoing Texas governor": the name
            # or the capitalised words and head noun after the modifiers
            e = j
            while e < n and e - k < 8 and _is_cap(toks[e][2]) and _np_word(toks[e][2], lex):
                e += 1
            if (
                e > j
                and e < n
                and toks[e][2].islower()
                and (toks[e][2] in lex.nouns or toks[e][2] in lex.titles)
            ):
                e += 1
            if e > j and toks[e - 1][2].lower() not in _TIME_WORDS:
                j = e
            return (k, j)
        return None
    j = k
    indef = lw in ("a", "an", "one", "another")  # "said a Tulsa business owner": a person
    while (
        j < n
        and toks[j][2].lower() not in _TIME_WORDS
        and (
            _np_word(toks[j][2], lex)
            or (
                j + 1 < n
                and toks[j][2].isalpha()
                and toks[j][2].islower()
                and toks[j + 1][2][:1].isupper()
                and toks[j][2] not in _NOT_ROLE
            )
        )
    ):
        j += 1
        if j < n and toks[j][2].islower() and _unlisted_modifiers_to_head(toks, j, lex, indef):
            # "said former tech executive X", "said one former GOP leadership aide":
            # unlisted lower-case modifiers after a determiner/adjective/acronym (or a
            # place after "a": "a Tulsa carjacking victim"), up to a listed head noun
            j = _unlisted_modifiers_to_head(toks, j, lex, indef)
    if j == k:
        return None
    j = _job_head_after_name(toks, k, j)  # "said the Banff park warden": the warden
    if j - k >= 2 and j < n and toks[j][2] == "of" and toks[j - 1][2] in lex.titles:
        name = _role_of_name(toks, j - 1)
        if name is not None:
            return name  # "said Acme director of sales Ann Roe": the name
    if (
        j + 1 < n
        and toks[j][2] == "and"
        and (
            toks[j + 1][2].lower().rstrip(".") in _COMPOUND_TITLE_WORDS
            or _cap_modifiers_end(toks, j + 1, lex) > j + 1  # "lobbyist and GOP strategist"
        )
        and all(toks[x][2].lower().rstrip(".") in _COMPOUND_TITLE_WORDS for x in range(k, j))
    ):
        more = _right_np(toks, j + 1, lex)  # "said President and CEO Tom Vale"
        if more is not None:
            return (k, more[1])
    # "a spokesman for the campaign": extend through one prepositional phrase
    if (
        j < n
        and toks[j][2].lower() in ("for", "of", "at", "with", "from")
        and (
            any(toks[x][2].lower() in lex.nouns for x in range(k, j))
            or _determined_title(toks, k, j, lex)  # "said the head of Halifax Transit"
        )
    ):
        j2 = j + 1
        while j2 < n and _np_word(toks[j2][2], lex):
            j2 += 1
        while j2 > j + 1 and toks[j2 - 1][2].lower() in _DETS:
            j2 -= 1  # "said a trader with a small firm": never ending on "a"
        if j2 > j + 1:
            j = j2
    # must contain something more than determiners
    if all(toks[x][2].lower() in _DETS for x in range(k, j)):
        return None
    if (
        not _is_cap(toks[k][2])
        and not _particle_surname(toks, k)
        and toks[k][2].lower() not in _DETS
        and not any(
            toks[x][2].lower() in lex.nouns or toks[x][2].lower().rstrip(".") in lex.titles
            for x in range(k, j)
        )
    ):
        return None
    return (k, j)


_JOB_DETS = frozenset(("the", "a", "an", "one", "another"))


def _job_head_after_name(toks, k, j):
    """End of "the <Capitalised words>" (tokens ``k`` to ``j``) extended over at most two
    lower-case words that end in a person's job ("said the Banff ranger", "said the
    Jasper park warden", "said the Acme Foods plant manager": the person, not the place
    or firm); ``j`` when no job head follows.

    >>> t = [(0, 0, w) for w in "the Jasper park warden .".split()]
    >>> _job_head_after_name(t, 0, 2), _job_head_after_name(t[:3], 0, 2)
    (4, 2)
    >>> _job_head_after_name([(0, 0, w) for w in "a Peyto Lake guide .".split()], 0, 3)
    4
    """
    if toks[k][2].lower() not in _JOB_DETS or j - k < 2 or not _is_cap(toks[j - 1][2]):
        return j  # ("said a Peyto Lake guide": the guide too)
    for x in range(j, min(j + 2, len(toks))):
        w = toks[x][2]
        if not (w.isalpha() and w.islower()) or w in _NOT_ROLE:
            return j
        if _place_job_head(w):
            return _full_name_after_job(toks, x + 1)
    return j


def _full_name_after_job(toks, e):
    """``e`` (the end of "said the Jasper park warden") extended over a full name that
    follows it and opens with a listed given name ("said the Jasper park warden Tom
    Vale": the warden's name); ``e`` when none follows.

    >>> t = [(0, 0, w) for w in "the Banff ranger Ann Roe .".split()]
    >>> _full_name_after_job(t, 3), _full_name_after_job(t[:4], 3)
    (5, 3)
    """
    x = e
    while x < len(toks) and x - e < 3 and _is_cap(toks[x][2]) and toks[x][2].isalpha():
        x += 1
    if x - e < 2 or toks[e][2].lower() not in lexicon().gender:
        return e
    return x


# lower-case particles that open a surname written after its given name or alone
# ("said de Grandpré", "said van der Berg"); an elided "d'" is one token with its name
_SURNAME_PARTICLES = frozenset("de du da di van von der den le la del della des".split())


def _particle_surname(toks, k):
    """Does token ``k`` open a surname with a lower-case particle: an elided one
    ("d’Entremont") or a listed particle before a capitalised word ("de Grandpré")?

    >>> toks = [(0, 0, w) for w in "said d’Entremont , de Grandpré and de facto".split()]
    >>> _particle_surname(toks, 1), _particle_surname(toks, 3), _particle_surname(toks, 6)
    (True, True, False)
    """
    w = toks[k][2]
    if w[:2] in ("d'", "d’") and w[2:3].isupper() and len(w) > 3:
        return True
    return w in _SURNAME_PARTICLES and k + 1 < len(toks) and toks[k + 1][2][:1].isupper()


def _determined_title(toks, k, j, lex):
    """Are tokens ``k`` to ``j`` a determiner and a lower-case title ("the head", "the
    chair"), the head of a description that a prepositional phrase may go on?"""
    return (
        j - k >= 2
        and toks[k][2].lower() in ("the", "a", "an")
        and toks[j - 1][2].islower()
        and toks[j - 1][2] in lex.titles
    )


_AGO = frozenset("ago later earlier before after".split())


def _ago_phrase(st):
    """Does the sentence open with "<number> <time unit> ago/later," ("Eight years ago,
    he ...")? Then its first words are an adverbial, never the subject."""
    return (
        len(st) > 3
        and (st[0][2].lower() in _NUMERIC or st[0][2][:1].isdigit())
        and st[1][2].lower() in _TIME_UNITS
        and st[2][2].lower() in _AGO
    )


_THIS_WORDS = frozenset("this that next each every".split())


def _this_time_phrase(st):
    """Does the sentence open with "This year," / "That night," / "Next week,"? Then
    its first words are an adverbial, never the subject."""
    return (
        len(st) > 3
        and st[0][2].lower() in _THIS_WORDS
        and (st[1][2].lower() in _TIME_UNITS or st[1][2].lower() in _TIME_WORDS)
        and st[2][2] == ","
    )


_PAST_RE = re.compile(r"[a-z]{3,}ed")


def _participle_lead(st):
    """Does the sentence open with a participle clause taking an object ("Rallying
    hundreds of nurses ..., Ann Ray promised", "Greeting the crowd, ...")? A name
    ending in -ing is followed by a verb or a comma, not by a determiner or number.

    >>> _participle_lead([(0, 8, "Rallying"), (9, 17, "hundreds"), (18, 20, "of")])
    True
    >>> _participle_lead([(0, 7, "Manning"), (8, 12, "said"), (13, 16, "the")])
    False
    """
    if len(st) < 3:
        return False
    w0, w1 = st[0][2], st[1][2]
    return (
        len(w0) > 5
        and w0.endswith("ing")
        and w0[:1].isupper()
        and w0[1:].islower()
        and (w1 in _DETS or w1 in _NUMERIC or w1.isdigit())
    )


# a sentence opening with "he is" / "she is" contracted: the pronoun is the subject
_PRONOUN_IS_RE = re.compile(r"(?:He|She)(?=['’]s[ \t])")


_TIME_LEADS = frozenset("on in last this early late".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())


def _bare_time_lead(st):
    """Index of the capitalised word right after a time phrase that opens the sentence
    with no comma ("On Sunday morning Mr. Lee made ..." -> "Mr."), 0 when there is none.

    >>> _bare_time_lead([(0, 0, w) for w in "On Sunday morning Mr. Lee made".split()])
    3
    >>> _bare_time_lead([(0, 0, w) for w in "On Sunday , Lee made".split()])
    0
    """
    if len(st) < 4 or st[0][2].lower() not in _TIME_LEADS:
        return 0
    if st[1][2].lower() not in _TIME_WORDS or not st[1][2][:1].isupper():
        return 0
    y = 2
    while y < len(st) and st[y][2].lower() in _DAY_PARTS:
        y += 1
    return y if y < len(st) and _is_cap(st[y][2]) else 0


# verbs as often nouns ("a put", "the cut", "a hit"), so left out of past_verbs.txt,
# and the particles that make them a verb after a name ("Lee put off deciding", "Roe
# hit back at critics", "Lee set out a plan")
_PHRASAL_VERBS = frozenset("put set cut hit let shut".split())
_PARTICLES = frozenset("off out up forward back down aside together".split())


def _phrasal_verb_at(st, x):
    """Is st[x] a verb of ``_PHRASAL_VERBS`` with its particle after it, right after a
    capitalised word or a personal pronoun ("Sullivan put off deciding")?

    >>> toks = [(0, 3, "Lee"), (4, 7, "put"), (8, 11, "off"), (12, 20, "deciding")]
    >>> _phrasal_verb_at(toks, 1)
    True
    """
    if st[x][2] not in _PHRASAL_VERBS or x + 1 >= len(st) or st[x + 1][2] not in _PARTICLES:
        return False
    prev = st[x - 1][2]
    return (_is_cap(prev) and prev[-1:].isalpha()) or prev in ("he", "she", "they", "we")


def _quantity_of_pronoun(st, q):
    """Char span of a "<quantity> of them / us / those" subject at token ``q`` followed
    by a lower-case word (its verb): "Eight of them filed complaints", "Many of them
    signed"; None otherwise.

    >>> st = [(0, 5, "Eight"), (6, 8, "of"), (9, 13, "them"), (14, 19, "filed")]
    >>> _quantity_of_pronoun(st, 0), _quantity_of_pronoun(st[1:], 0)
    ((0, 13), None)
    """
    if (
        q + 3 >= len(st)
        or st[q + 1][2] != "of"
        or st[q + 2][2].lower() not in ("them", "us", "those")
    ):
        return None
    lw, nxt = st[q][2].lower(), st[q + 3][2]
    if not (lw in _QUANT_SUBJ or lw in _NUMERIC or lw.isdigit()):
        return None
    return (st[q][0], st[q + 2][1]) if nxt.isalpha() and nxt.islower() else None


def _subject_search_start(st):
    """Token index where ``_sentence_subject`` starts to look for the predicate (the
    first finite-looking verb): 1, or past a leading time or adverbial phrase ("On
    Sunday morning Mr. Lee made ...": no comma after the time; "In a speech, Lee ...")."""
    if (t := _bare_time_lead(st)) > 0:
        return t + 1
    if (
        st[0][2].lower() in _LEAD_ADVERBIAL
        or _participle_lead(st)
        or _ago_phrase(st)
        or _this_time_phrase(st)
    ):
        for y in range(1, min(len(st), 25)):
            if st[y][2] == ",":
                return y + 2
    return 1


def _sentence_subject(masked, ss, se, lex):
    """Char span of the first noun phrase of a sentence (its likely subject), after a
    dateline ("BOSTON - Rallying the crowd, Ann Lee ..."); "She" of "She's ..."."""
    if (
        masked[ss : ss + 1].isupper()
        and (d := DATELINE_RE.match(masked, ss, se)) is not None
        and (masked[d.end() - 1] != "-" or masked[d.end() - 2] in " \t-")
    ):  # (a hyphen only when spaced: "KVOA-TV:" is a name, not a dateline)
        ss = d.end()
    if (m := _PRONOUN_IS_RE.match(masked, ss, se)) is not None:
        return ss, m.end()  # "She's a Lee supporter but concedes ...": "She"
    st = _window_tokens(masked, ss, min(se, ss + 200))
    if not st:
        return None
    x0 = _subject_search_start(st)  # the predicate is found, then the NP before it
    held = None
    if (span := _quantity_of_pronoun(st, x0 - 1 if x0 > 1 else 0)) is not None:
        return span  # "This year, eight of them filed complaints, saying ..."
    for x in range(x0, min(len(st), x0 + 25)):
        w = st[x][2]
        if w[0] == MASK:
            break
        if not (w.isalpha() and w.islower()):
            continue
        prev = st[x - 1][2]
        plural_head = False
        if (
            x + 1 < len(st)
            and _is_cap(prev)
            and w not in lex.nouns
            and len(w) > 6
            and w.endswith(("ers", "ists"))
            and (st[x + 1][2] in _VERBISH_NEXT or _PAST_RE.fullmatch(st[x + 1][2]))
        ):
            # "two Democratic speechwriters implored": an unlisted plural head, not a verb
            x += 1
            w, prev = st[x][2], st[x - 1][2]
            plural_head = True
        elif w in lex.nouns and w.endswith("s") and _is_cap(prev) and x + 1 < len(st):
            # "some Democratic strategists fear", "two Republican members of Congress ...
            # have said": a plural head noun, not a verb
            nxt = st[x + 1][2]
            if nxt in _PREPS or nxt == "and":
                if held is None:
                    held = _left_np(st, x + 1, lex)  # the subject if no verb parses later
                continue
            if (
                nxt.isalpha()
                and nxt.islower()
                and nxt not in _DETS
                and nxt not in _CONJ
                and nxt not in ("who", "that", "which", "whose")
            ):
                x += 1
                w, prev = nxt, st[x - 1][2]
                plural_head = True
        if (
            plural_head
            or w in _VERBISH_NEXT
            or w in lex.verb_lemma
            or (w.endswith("ed") and len(w) > 4)
            or (w in _IRREGULAR_PAST and prev.lower() not in _DETS and prev.lower() not in _PREPS)
            or _phrasal_verb_at(st, x)
            or (
                w.endswith("s")
                and len(w) > 3
                and not w.endswith("ss")
                and prev.isalpha()
                and prev.lower() not in _DETS
                and prev.lower() not in _PREPS
                and (prev[:1].isupper() or prev.lower() in lex.nouns or prev.lower() in _PRONOUNS)
            )
        ):
            np_ = _left_np(st, x, lex)
            if np_ is not None and np_[0] <= 14:
                a, b = np_
                if st[a][2].lower() == "whose" or (a > 0 and st[a - 1][2].lower() == "whose"):
                    continue  # "Mrs. Roe -- whose husband signed it -- has said": not him
                if all(st[y][2].lower() in _DETS for y in range(a, b)):
                    break
                if a > 0 and st[a - 1][2] in _OBJ_PREPS:
                    break  # "went first at the town hall hosted by CNN": not the subject
                return (st[a][0], st[b - 1][1])
            if np_ is None and held is None and 2 <= x <= 15 and st[x - 1][2] == ",":
                # "the other candidate, Mayor Dana Price, drew a contrast": the apposition
                app = _apposition_speaker(st, x - 1, lex)
                if app is not None:
                    return app
            break
    if held is not None and held[0] <= 14:
        return (st[held[0]][0], st[held[1] - 1][1])
    q = 0
    if (
        1 < x0 <= len(st)
        and st[0][2].lower() not in _SUBORDINATORS
        and (_is_cap(st[x0 - 1][2]) or st[x0 - 1][2] in _DETS)
    ):
        q = x0 - 1  # after a leading adverbial: "In a speech on Tuesday, Mr. Lee ..."
    if st[0][2].isupper() and len(st[0][2]) >= 4:
        # dateline "NORTHFIELD, Ardena (AW) — The chief executive ..."
        for x in range(min(len(st), 12)):
            if st[x][2] in ("—", "–", "-"):
                q = x + 1
                break
    if q == 0 and st[0][2].lower() in _OPENING_PREPS:
        q, span = _after_opening_prep(st, lex)
        if span is not None:
            return span
    while q < len(st) and st[q][2].lower() in _SENT_START_STOP and st[q][2].lower() not in _DETS:
        q += 1
    e2 = q
    while (
        e2 < len(st)
        and (_np_word(st[e2][2], lex) or st[e2][2].lower() in _PRONOUNS)
        and st[e2][2].lower() not in ("it",)
    ):
        e2 += 1
        if st[e2 - 1][2].lower() in _PRONOUNS:
            break
        if (
            e2 + 1 < len(st)
            and st[e2][2] == "."
            and st[e2 - 1][2].lower() in lex.titles
            and _is_cap(st[e2 + 1][2])
            and st[e2][0] == st[e2 - 1][1]
        ):
            e2 += 1  # "Sens. Lee of Ohio and Roe of Utah, both ..., said": past the title's "."
    if e2 > q and all(st[x][2].lower() in _DETS for x in range(q, e2)):
        # a bare determiner ("The nurse later sued"): take the unlisted head noun(s)
        e3 = _det_head_end(st, e2, lex)
        if e3 is None:
            return None
        return (st[q][0], st[e3 - 1][1])
    if e2 > q and any(
        _is_cap(st[x][2]) or st[x][2].lower() in lex.nouns or st[x][2].lower() in _PRONOUNS
        for x in range(q, e2)
    ):
        return (st[q][0], st[e2 - 1][1])
    return None


# prepositions that open a sentence with an adverbial before its subject
_OPENING_PREPS = frozenset("absent without barring".split())


def _after_opening_prep(st, lex):
    """(index after the comma that closes an opening prepositional phrase, or 0; the
    char span of lower-case modifiers and a listed head noun right after it, or None):
    "Absent a strong defense of it, average voters may conclude" -> "average voters"."""
    c = next((y for y in range(2, min(len(st), 25)) if st[y][2] == ","), 0)
    if not c:
        return 0, None
    q = e3 = c + 1
    while (
        e3 < len(st)
        and e3 - q < 3
        and st[e3][2].isalpha()
        and st[e3][2].islower()
        and st[e3][2] not in lex.nouns
        and st[e3][2] not in _NOT_ROLE
        and st[e3][2] not in _DETS
        and st[e3][2] not in _SENT_START_STOP
    ):
        e3 += 1
    if e3 < len(st) and st[e3][2] in lex.nouns:
        return q, (st[q][0], st[e3][1])
    return q, None


def _leading_np(masked, ss, hi, lex):
    """Char span of the noun phrase that opens the sentence at ``ss`` (after a leading
    "But" / "And"), read no further than ``hi``: determiners, capitalised and listed
    words, or a determiner and an unlisted head noun ("The judges"); None when the
    sentence opens otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "The banker Ann Lee, who ran for mayor, said so."
    >>> s, e = _leading_np(t, 0, len(t), lexicon())
    >>> t[s:e]
    'The banker Ann Lee'
    """
    st = _window_tokens(masked, ss, min(hi, ss + 200))
    q = 1 if st and st[0][2].lower() in ("but", "and", "yet", "so") else 0
    e = q
    while (
        e < len(st)
        and e - q < 8
        and _np_word(st[e][2], lex)
        and st[e][2].lower() not in _PRONOUNS
        and (e > q or st[e][2].lower() not in _SENT_START_STOP or st[e][2].lower() in _DETS)
    ):
        e += 1
    if e == q:
        return None
    if all(st[x][2].lower() in _DETS for x in range(q, e)):
        e = _det_head_end(st, e, lex)
        if e is None:
            return None
        while e < len(st) and e - q < 8 and _is_cap(st[e][2]) and _np_word(st[e][2], lex):
            e += 1  # "The baker Ann Lee"
    elif not any(_is_cap(st[x][2]) or st[x][2].lower() in lex.nouns for x in range(q, e)):
        return None
    return (st[q][0], st[e - 1][1])


def _det_head_end(st, k, lex):
    """End index of up to three lower-case words (an unlisted head noun) starting at k.

    "The nurse later sued" -> through "nurse"; None when no such word follows."""
    e = k
    while e < len(st) and e - k < 3:
        w = st[e][2]
        lw = w.lower()
        if (
            not (w.isalpha() and w.islower())
            or lw in _TIME_WORDS
            or lw in _VERBISH_NEXT
            or lw in lex.verb_lemma
            or lw in _NOT_ROLE
            or lw in _PREPS
            or lw in _SENT_START_STOP
            or (lw.endswith("ly") and e > k)
            or (lw.endswith("ed") and e > k)
        ):
            break
        e += 1
    return e if e > k else None


# a state's postal code ("Berea, OH,"): a place, never an apposition's name
_STATE_CODE_RE = re.compile(r"[A-Z]{2}")


# "Ont.-based", "N.S.-based": a province's abbreviation before a hyphenated modifier
_ABBR_BASED_RE = re.compile(r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){1,3})-based")


def _place_based(toks, a, b):
    """Is toks[a:b] "<Det> <City>, <Prov>.-based <lower-case words>"?"""
    j = next((x for x in range(a + 1, b) if toks[x][2] == ","), -1)
    return (
        j > a
        and j + 2 < b
        and toks[j - 1][2][:1].isupper()
        and _ABBR_BASED_RE.fullmatch(toks[j + 1][2]) is not None
        and all(toks[x][2].isalpha() and toks[x][2].islower() for x in range(j + 2, b))
    )


def _has_predicate(toks, a, b):
    """Do tokens a..b hold a past-tense verb after their first word ("Prices rose",
    "Sales jumped 12 percent"): a clause, not a noun phrase ("a retired teacher")?

    >>> toks = [(0, 6, "Prices"), (7, 11, "rose"), (12, 13, "5")]
    >>> _has_predicate(toks, 0, 2), _has_predicate([(0, 7, "retired")], 0, 1)
    (True, False)
    """
    for x in range(a + 1, b):
        w = toks[x][2]
        if w in _IRREGULAR_PAST:
            return True
        if w.endswith("ed") and w.islower() and x + 1 < b:
            nxt = toks[x + 1][2]  # "jumped 12 percent", "raised the rate"
            if nxt[:1].isdigit() or nxt.lower() in _DETS:
                return True
    return False


# words that open a list of examples, not an apposition naming the speaker
_EXAMPLE_LEADS = frozenset(
    "like including such especially notably unlike among except besides".split()
)


def _head_of_np(toks, a, b, lex):
    """Are tokens a..b a determiner, one or two head words, "of" and at most four
    words with no predicate ("The employee of four years", "the owner of the bakery")?"""
    of = next((x for x in range(a + 2, min(a + 4, b)) if toks[x][2].lower() == "of"), -1)
    if of < 0 or not 1 <= b - of - 1 <= 4:
        return False
    if toks[a][2].lower() not in ("the", "a", "an"):
        return False
    heads = [toks[x][2] for x in range(a + 1, of)]
    return (
        all(w.isalpha() and w.islower() and w not in _NOT_ROLE for w in heads)
        and (heads[-1] in lex.nouns or heads[-1] in lex.titles)
        and all(toks[x][2].isalnum() for x in range(of + 1, b))
        and not _has_predicate(toks, a, b)
    )


def _company_dot_np(toks, b, lex):
    """The noun phrase ending right before token ``b`` when it ends in a company's legal
    form and its period, split off as a token ("Acme Corp., a Toronto company, said":
    "Acme Corp ."); None otherwise.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Acme Corp . , a firm".split()]
    >>> _company_dot_np(t, 3, lexicon()), _company_dot_np(t, 2, lexicon())
    ((0, 3), None)
    """
    if b < 2 or toks[b - 1][2] != "." or toks[b - 2][2].lower() not in COMPANY_SUFFIXES:
        return None
    np_ = _left_np(toks, b - 1, lex)
    return None if np_ is None else (np_[0], b)


def _apposition_speaker(toks, c, lex):
    """Speaker of "Name, 21, a junior from X, said" / "A hopeful, Carly Fiorina, says".

    ``c`` is the index of the separator right before the cue. Returns a char span."""
    segs = []
    b = c
    steps = 0
    while b > 0 and len(segs) < 4 and steps < 40:
        a = b - 1
        while a >= 0 and toks[a][2] not in (",", "—", "–", ";") and toks[a][2][0] != MASK:
            a -= 1
            steps += 1
        if segs and segs[-1][0] == b + 1 and _ABBR_BASED_RE.fullmatch(toks[b + 1][2]):
            segs[-1] = (a + 1, segs[-1][1])  # "The Mississauga, Ont.-based chain": one segment
        else:
            segs.append((a + 1, b))
        if a < 0 or toks[a][2] not in (",", "—", "–"):
            break
        b = a
    full = []
    for a, b in reversed(segs):  # left to right
        if b <= a:
            continue
        if b - a >= 4 and toks[a + 1][2] != "," and _place_based(toks, a, b):
            return (toks[a][0], toks[b - 1][1])  # "The Mississauga, Ont.-based chain"
        np_ = _left_np(toks, b, lex) or (_company_dot_np(toks, b, lex) if b < c else None)
        if np_ is not None and np_[1] <= a:
            full.append(np_)  # "Ann Lee, 61, of Shediac, N.B., who ...": over the place
        elif np_ is not None and np_[0] == a:
            if not _has_predicate(toks, a, np_[1]):  # "Prices rose 5 percent, said X"
                full.append((a, np_[1]))
        elif (
            np_ is not None
            and np_[0] - a <= 2
            and toks[a][2].lower() not in _EXAMPLE_LEADS  # "hawks, like Holt and Price,"
            and not (toks[a][2].islower() and toks[a][2].endswith("ed"))  # ", dated May 4,"
            and all(
                toks[x][2].isalpha()
                and (
                    toks[x][2].lower() not in _NOT_ROLE
                    or toks[x][2].lower() in ("and", "but", "so")
                )
                for x in range(a, np_[0])
            )
            and not _has_predicate(toks, a, np_[0])  # "Prices rose 5 percent, said X"
        ):
            full.append((a, np_[1]))
        elif np_ is not None and np_[0] > a and toks[np_[0] - 1][2].lower() == "that":
            full.append(np_)  # "It was years ago that Oren Bask, the mayor, said"
        elif _head_of_np(toks, a, b, lex):
            full.append((a, b))  # "The employee of four years, a ..., said"
    # (a place adverb set off by a comma is no speaker: "Nearby, welder Ann Roy, ... said")
    full = [g for g in full if g[1] - g[0] > 1 or toks[g[0]][2].lower() not in PLACE_ADVERBS]
    full = _drop_relative_list_items(toks, segs, full)
    if not full:
        return None

    def proper(seg):
        a, b = seg
        dot = b - a > 1 and toks[b - 1][2] == "."  # ("Acme Inc .": the legal form)
        w0, w1 = toks[a][2], toks[b - 2 if dot else b - 1][2]
        if b - a == 1 and (_STATE_CODE_RE.fullmatch(w0) or w0 in lex.place_names):
            return False  # "in Berea, OH, after ...": a place set off by commas
        return w0[:1].isupper() and w0.lower() not in _DETS and w1[:1].isupper()

    def named(seg):
        # a name after lower-case title words or "the" ("retired teacher Hugh Hill",
        # "the Serious Incident Response Team", "United Food Workers Local 1180"), not an
        # office ("Ontario's Solicitor General") nor "a doctor from Boston"
        a, b = seg
        w1 = toks[b - 1][2]
        if (w1.isdigit() or w1 == ".") and b - a > 1:  # ("Acme Inc .": the legal form)
            w1 = toks[b - 2][2]
        return (
            w1[:1].isupper()
            and w1.lower() not in lex.titles
            and toks[a][2].lower() not in ("a", "an")
            and not any(toks[x][2].lower() in SPEAKER_PREPS for x in range(a, b))
        )

    # a name beats an office written in capitals: "Ontario's Solicitor General, Ann
    # Roy, said" / "Another delegate, retired teacher Hugh Hill, said" -> the name
    for seg in full:
        if proper(seg) and named(seg):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    for seg in full:
        if named(seg) or proper(seg):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    if (
        len(full) >= 2
        and toks[full[0][0]][2].lower() == "the"
        and toks[full[-1][0]][2].lower() in ("a", "an")
    ):  # "The 39-year-old, a former flight surgeon, said": the definite subject
        return (toks[full[0][0]][0], toks[full[0][1] - 1][1])
    for seg in full:
        if any(toks[x][2].lower() in lex.nouns for x in range(*seg)):
            return (toks[seg[0]][0], toks[seg[1] - 1][1])
    return None


def _drop_relative_list_items(toks, segs, full):
    """``full`` without the segments that continue a "which" / "who" insertion as the
    items of a list closed by "and" / "or" right before the cue ("The association,
    which represents harvesters in New Brunswick, Prince Edward Island and Nova Scotia,
    said": the places are no apposition). ``segs`` run right to left."""
    if len(segs) < 3:
        return full
    a0, b0 = segs[0]
    if not any(toks[x][2] in ("and", "or") for x in range(a0, b0)):
        return full
    rel = [a for a, b in segs[1:] if b > a and toks[a][2].lower() in ("which", "who")]
    if not rel:
        return full
    return [g for g in full if g[0] < rel[0]]


# --------------------------------------------------------------------------- junk speakers


# prepositions that place a speaker at a geographic feature ("staff at the Columbia
# Icefield", "hikers near Peyto Lake")
_GEO_PREPS = frozenset("at near on in from around by below above outside beside".split())


def _geographic_prep(toks, j, e):
    """The index of the preposition before the capitalised name ``j``..``e`` (over
    "the") when the name ends in a geographic feature's head ("at the Columbia
    Icefield", "near Peyto Lake") and opens with no given name; None otherwise.

    >>> t = [(0, 0, w) for w in "staff at the Columbia Icefield".split()]
    >>> _geographic_prep(t, 3, 5), _geographic_prep(t, 2, 5), _geographic_prep(t, 0, 1)
    (1, 1, None)
    """
    p = j - 1
    if toks[j][2] == "the":
        j += 1  # ("the Athabasca Glacier" as the noun phrase)
    elif p >= 1 and toks[p][2] == "the":
        p -= 1
    if e - j < 2 or toks[e - 1][2] not in _geographic_heads() or not _is_cap(toks[j][2]):
        return None
    return p if p >= 1 and toks[p][2].lower() in _GEO_PREPS else None


def _geographic_subject(toks, q):
    """Is token ``q`` the head of a subject placed at a geographic feature: a plural
    ("Hikers near Peyto Lake said") or a noun after "a" ("a guide at the Athabasca
    Glacier said")?"""
    return _plural_subject(toks, q) or _indefinite_head(toks, q)


def _indefinite_head(toks, q):
    """Is token ``q`` a lower-case noun after "a"/"an"/"one" and at most one lower-case
    modifier ("a guide", "a park warden")?

    >>> t = [(0, 0, w) for w in "a park warden at".split()]
    >>> _indefinite_head(t, 2), _indefinite_head(t, 0)
    (True, False)
    """
    if not (toks[q][2].isalpha() and toks[q][2].islower()):
        return False
    for d in (q - 1, q - 2):
        if d < 0 or toks[d][2].lower() in ("a", "an", "one"):
            return d >= 0
        if not (toks[d][2].isalpha() and toks[d][2].islower()):
            return False
    return False


# nouns of people with no plural -s ("Staff at Lake Louise said")
_PEOPLE_MASS_NOUNS = frozenset("staff people police personnel".split())


def _people_at_name(toks, p, q, np_, lex):
    """Is ``toks[q]`` a plural of people ("visitors", "Parents" opening the clause) or
    a noun after "a" ("a guide") before the preposition ``p`` (at/in/from/near ...) and a capitalised name at ``j``
    that opens with no given name or title ("Visitors at Lake Louise said", "parents at
    Riverside Elementary said": the group speaks, not the place)?

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "Visitors at Lake Louise said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    True
    >>> t = [(0, 0, w) for w in "Peters from Acme Foods said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    False
    >>> t = [(0, 0, w) for w in "Staff to Lake Louise said".split()]
    >>> _people_at_name(t, 1, 0, (2, 4), lexicon())
    True
    """
    j, e = np_
    prep = toks[p][2].lower()
    if (prep not in _GEO_PREPS and prep != "to") or p != q + 1:
        return False
    if prep in ("at", "to") and not place_like([t[2] for t in toks[j:e]], lex):
        return False  # ("Analysts at Q&R Global said": the firm, by convention; "Visitors
        # to Lake Louise said" but not "Advisers to Ann Roe")
    first = toks[j + 1][2] if toks[j][2] == "the" and j + 1 < len(toks) else toks[j][2]
    lf = first.lower().rstrip(".")
    if not _is_cap(first) or lf in lex.gender or lf in lex.titles:
        return False
    w = toks[q][2]
    if _indefinite_head(toks, q):  # "a guide at Lake Louise said": the guide (not "an
        w = toks[q][2]  # email from Ann Roe", "an exit in Corona")
        return _lower_noun(w, lex) or _place_job_head(w) or w in ("man", "woman", "person")
    if w.lower() in _PEOPLE_MASS_NOUNS and (w.islower() or q == 0 or toks[q - 1][2] in ",;"):
        return True  # "Staff at Lake Louise said", "people in Banff say"
    if not _plural_subject(toks, q) or w.lower() in lex.gender:
        return False
    return (
        w.islower()
        or _lower_noun(w.lower(), lex)
        or w.lower().endswith(AGENT_PLURALS)
        or (w.lower().endswith("ers") and place_like([t[2] for t in toks[j:e]], lex))
    )


def _plural_subject(toks, q):
    """Is token ``q`` a plural noun that may head a subject before a preposition: a
    lower-case one ("hikers near") or one opening the clause ("Crews at")?

    >>> t = [(0, 0, w) for w in "Crews at the hikers at".split()]
    >>> _plural_subject(t, 0), _plural_subject(t, 3), _plural_subject(t, 2)
    (True, True, False)
    """
    w = toks[q][2]
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or not w.isalpha():
        return False
    if w.islower():
        return w not in _SENT_START_STOP
    opens = q == 0 or toks[q - 1][2] in ('"', "\u201c", "(", "--", "\u2014")
    return opens and w[1:].islower()


@lru_cache(maxsize=1)
def _place_body_heads() -> frozenset:
    """Head words of "<Head> of <Place>" local governments (resources/place_body_heads.txt)."""
    return frozenset(_lines("place_body_heads.txt"))


def _place_body_head(toks, q, p):
    """Is token ``q`` the head of a local government named "<Head> of <Place>" ("the
    City of Elm Creek", "the Municipality of Birch Creek"), with "of" at ``p`` right
    after it?

    >>> t = [(0, 0, w) for w in "Ann Roe of the Municipality of Birch Creek".split()]
    >>> _place_body_head(t, 4, 5), _place_body_head(t, 1, 2)
    (True, False)
    """
    return toks[p][2] == "of" and p == q + 1 and toks[q][2] in _place_body_heads()


@lru_cache(maxsize=1)
def data_source_nouns() -> frozenset:
    """Lower-case head nouns of an "according to" source that is numbers or records,
    no speaker (``resources/data_source_nouns.txt``).

    >>> "figures" in data_source_nouns(), "study" in data_source_nouns()
    (True, False)
    """
    return frozenset(_lines("data_source_nouns.txt"))


@lru_cache(maxsize=1)
def non_speaker_nouns() -> frozenset:
    """Lower-case head nouns that name no one who can speak (events, abstractions,
    times: ``resources/non_speaker_nouns.txt``).

    >>> "fracas" in non_speaker_nouns(), "spokesman" in non_speaker_nouns()
    (True, False)
    """
    return frozenset(_lines("non_speaker_nouns.txt"))


# prepositions that never open a speaker phrase ("At the bottom it reads"; "About
# four in 10", "Over half of voters" do)
SPEAKER_PREPS = frozenset(
    "at in on with during after before for from by of to into against among via toward "
    "towards amid since".split()
)
# what follows a verb in -ing that opens a phrase ("Rattling off", "Rallying hundreds of")
_ING_OBJECT_WORDS = frozenset(
    "off up out down back away over through about to for with on in at the a an his her "
    "their its our this that these those hundreds thousands dozens".split()
)
# -ing words that may open a speaker phrase as adjectives ("ranking member Lee Park")
_ING_MODIFIERS = frozenset(
    "acting ranking leading outgoing incoming sitting ruling governing presiding reigning "
    "founding managing visiting opposing striking fighting working polling voting "
    "remaining following competing dissenting participating supporting coming".split()
)


# what shows a phrase to be a clause, not a speaker ("There's really nothing", "I never
# thought I'd", "Few politicians would ever", "Let me just")
CLAUSE_OPENERS = frozenset("there's there’s it's it’s that's that’s here's here’s".split())
_CLAUSE_ENDINGS = ("'d", "’d", "'ll", "’ll", "'re", "’re", "n't", "n’t", "'m", "’m")
_CLAUSE_WORDS = frozenset("me us myself ourselves never".split())
_ARTICLES = frozenset("the a an this that these those his her its their".split())


def _verb_ing(w, lex):
    """Is ``w`` a lower-case verb in -ing ("embracing"), not a hyphenated adjective
    ("conservative-leaning") or a listed modifier or noun?"""
    return (
        w.islower()
        and w.endswith("ing")
        and len(w) > 5
        and "-" not in w
        and w not in _ING_MODIFIERS
        and w not in lex.nouns
    )


_ROLE_TITLES = load_titles()["role"]


def verb_cut(words, lex) -> int:
    """Index of a past-tense verb that a speaker phrase swallowed after its head noun
    ("The Vermont senator | emailed supporters"), else 0: a lower-case -ed word after
    a listed noun, a role title or a capitalised word that is no title, followed by a lower-case word that
    is no preposition ("officials involved in the talks" keeps its participle).

    >>> from analysis.quotes.lexicon import lexicon
    >>> verb_cut("The Vermont senator emailed supporters".split(), lexicon())
    3
    """
    for i in range(2, len(words) - 1):
        w, prev, nxt = words[i], words[i - 1], words[i + 1]
        if (
            w.islower()
            and w.endswith("ed")
            and len(w) > 4
            and "-" not in w
            and w not in lex.nouns
            and (
                prev.lower() in lex.nouns
                or prev.lower() in _ROLE_TITLES
                or (prev[:1].isupper() and prev.lower() not in lex.titles)
            )
            and nxt.islower()
            and nxt not in SPEAKER_PREPS
            and nxt not in _ARTICLES
            and nxt not in ("by", "as", "and", "or")
        ):
            return i
    return 0


def _head_word(words):
    """The head of a speaker phrase: its last word before a post-modifier ("a person
    familiar with the talks" -> "person")."""
    for i in range(1, len(words)):
        if words[i] in SPEAKER_PREPS or words[i] in ("familiar", "close", "who", "that"):
            return words[i - 1]
    return words[-1]


def junk_speaker_words(words, lex) -> bool:
    """Are these words (a speaker mention split on spaces) no speaker phrase: a phrase
    opened by a preposition ("At the bottom it") or by a verb in -ing with its object
    ("Rattling off", "Rallying hundreds"), a possessive without its head ("the
    party's"), or a lower-case head that cannot speak ("the fracas", "Clinton's track
    record", "The first")? People, groups, organisations, outlets and documents can
    speak.

    >>> from analysis.quotes.lexicon import lexicon
    >>> [junk_speaker_words(m.split(), lexicon()) for m in
    ...  ("the fracas", "Rattling off", "At the bottom it", "the senator", "Acting Mayor Ann Lee")]
    [True, True, True, False, False]
    """
    key = tuple(words)
    if lex is _JUNK_LEX[0]:
        got = _JUNK_MEMO.get(key)
        if got is not None:
            return got
    else:
        _JUNK_MEMO.clear()
        _JUNK_LEX[0] = lex
    got = _junk_words(words, lex)
    if len(_JUNK_MEMO) >= _NAME_MEMO_MAX:
        _JUNK_MEMO.clear()
    _JUNK_MEMO[key] = got
    return got


_JUNK_MEMO: dict = {}  # words -> junk_speaker_words, for ONE lexicon
_JUNK_LEX: list = [None]


def _junk_words(words, lex) -> bool:
    """``junk_speaker_words`` computed (not memoised)."""
    if not words:
        return True
    w0 = words[0]
    l0 = w0.lower()
    if (
        l0 in SPEAKER_PREPS
        and words[1:2] not in (["least"], ["most"])
        and not (len(words) == 1 and l0 in _WORD_SURNAMES and w0[1:].islower())  # "From said"
    ) or all(w.lower() in _ARTICLES for w in words):
        return True  # ("At least one analyst said" is a speaker)
    if verb_cut(words, lex):
        return True  # "The Vermont senator emailed supporters"
    if len(words) == 2 and words[-1].isdigit() and l0 == "the":
        return True  # "The 60" (-second ad): a number, not a group ("43 said" is one)
    if (
        (len(words) > 1 and l0 in CLAUSE_OPENERS)
        or any(w.endswith(_CLAUSE_ENDINGS) or w in _CLAUSE_WORDS for w in words)
        or any(w in _MODALS for w in words[1:])
        or any(
            _verb_ing(w, lex) and (words[i + 2][:1].isupper() or words[i + 2] in _ARTICLES)
            for i, w in enumerate(words[1:-1])
        )
        and reduced_relative_start([(0, 0, w) for w in words], len(words), lex) != 0
    ):
        return True  # "There's really nothing", "Let me just", "White America embracing Obama"
    if (
        len(words) >= 2
        and len(l0) > 4
        and l0.endswith("ing")
        and words[1].lower() in _ING_OBJECT_WORDS
        and l0 not in _ING_MODIFIERS
        and l0 not in lex.nouns
        and l0 not in lex.titles
    ):
        return True  # "Rattling off", "Rallying hundreds of workers"
    head = words[-1].rstrip(".,;:")
    if (
        len(words) >= 2
        and head.endswith(("'s", "’s"))
        and words[-2].lower() in ("the", "a", "an", "this", "that", "these", "those")
    ):
        return True  # "the party's": the head noun is missing
    head = _head_word(words).rstrip(".,;:")
    if not head.islower():
        return False
    return head in non_speaker_nouns() or head == "first"
