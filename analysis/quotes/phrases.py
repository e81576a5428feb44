"""Speaker phrases, the base: tokens of a window of masked text (``_window_tokens``,
``_TOKEN_RE``), possessives, commas that break a clause (``clause_comma_find``), the
words a noun phrase may hold (``_np_word``), and whether a phrase can name a speaker at
all (``junk_speaker_words``: never an event, a time, a clause or a fragment). The
parsers of a speaker phrase are in ``np_left_core``/``np_left`` (before a cue),
``np_right`` (after it), ``apposed_speakers`` and ``sentence_subjects``; what stands
between a speaker and its cue is in ``phrase_adjuncts``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from .blocks import MASK
from .lexicon import _ADJ, _DETS, _NUMERIC, _TIME_WORDS, _lines, load_titles
from .names import _NAME_MEMO_MAX, WORD_TAIL
from .reduced import reduced_relative_start

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
    """Does ``w`` open with a capital, or with an elided particle and a capital
    ("d'Entremont-Fraser": a surname)?

    >>> _is_cap("Roe"), _is_cap("d’Anjou"), _is_cap("d'ici"), _is_cap("roe")
    (True, True, False, False)
    """
    return w[:1].isupper() or (w[:1] == "d" and w[1:2] in ("'", "’") and w[2:3].isupper())


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

# an age used as a noun ("the 18-year-old")
_AGED_RE = re.compile(r"\d{1,3}-year-old")


def _aged_description_np(toks, k, lex):
    """The description before an age set off by commas right before token ``k`` ("The
    retired hospital cook, 67, said"), a determiner, modifiers (lower-case or capitalised:
    "A former Bombers player, 22, said") and a lower-case head that open the sentence;
    else None (a name with an age is the other rules').

    >>> from analysis.quotes.lexicon import lexicon
    >>> ws = "The retired hospital cook , 67 , said".split()
    >>> _aged_description_np([(0, 0, w) for w in ws], 7, lexicon())
    (0, 4)
    >>> ws = "Ann Roe , 67 , said".split()
    >>> _aged_description_np([(0, 0, w) for w in ws], 5, lexicon()) is None
    True
    >>> ws = "A former Bombers player , 22 , said".split()
    >>> _aged_description_np([(0, 0, w) for w in ws], 7, lexicon())
    (0, 4)
    """
    if k < 5 or toks[k - 1][2] != "," or toks[k - 3][2] != ",":
        return None
    age = toks[k - 2][2]
    if not (age.isdigit() and 1 <= len(age) <= 3):
        return None
    words = [t[2] for t in toks[: k - 3]]
    if not (2 <= len(words) <= 5 and words[0] in ("The", "A", "An")):
        return None
    if not (words[-1].isalpha() and words[-1].islower()):
        return None  # (a lower-case head: "player"; modifiers may be capitalised)
    if not all(w.isalpha() and (w.islower() or w.istitle()) for w in words[1:-1]):
        return None  # ("A former Bombers player, 22, said": a team name as a modifier)
    return 0, k - 3


# modal verbs between a subject and the cue: "the council would formally declare"
_MODALS = frozenset("will would could should might may must shall can".split())

# modals and prepositions that are also surnames ("George Will", "Ann From")
_WORD_SURNAMES = frozenset("will from can".split())


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


_JOB_DETS = frozenset(("the", "a", "an", "one", "another"))

# nouns of people with no plural -s ("Staff at Lake Louise said")
_PEOPLE_MASS_NOUNS = frozenset("staff people police personnel".split())


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
