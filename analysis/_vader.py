"""Fast, exact re-implementation of vaderSentiment 3.3.2's
``SentimentIntensityAnalyzer().polarity_scores`` (private to
:mod:`analysis.sentiment`).

It reads the lexicon and emoji files from the installed ``vaderSentiment``
wheel exactly as the reference does and replays the reference's rules with the
same floating-point operations in the same order, so the four scores are
bit-identical (``tests/test_sentiment.py``, ``benchmarks/sentiment.py``).

``score_texts`` (the batch path used by ``score_sentiment``):

* pyarrow right-trims and splits all texts on whitespace (same whitespace set
  as ``str.split()``, checked over every code point; the trim works around the
  splitter reading past a string that ends in whitespace) and
  dictionary-encodes the tokens: no Python object per token;
* token features (punctuation-stripped lower form, lexicon / booster /
  negation / idiom membership, ALL CAPS) are computed once per distinct token
  with Arrow kernels (ASCII) or Python (other tokens);
* only lexicon words get a valence, so the rules run as numpy operations over
  the lexicon hits and their three left / two right neighbours; a text without
  a hit is ``neg=0, neu=1, pos=0, compound=0`` (all 0 without tokens);
* hits next to an idiom / booster n-gram ("kind of", "the bomb") are
  recomputed one by one with :func:`_hit_valence`; the ``but`` rule's
  ``list.index`` quirk (an equal, already rescaled earlier value is found
  first) is detected vectorised and replayed in Python for those texts only;
* sums run rank by rank in the reference's left-to-right order and rounding
  reproduces Python's ``round``;
* texts with an emoji (the reference rewrites emoji to words first), with more
  than ``_MAX_HITS`` hits, or with lone surrogates use :class:`Scorer`, an
  exact per-text port.

Quirks reproduced on purpose: ``but`` matched by value, the idiom check only
from the fourth word on, ``no`` before a lexicon word, ``least``, ``kind of``,
the ALL-CAPS differential and the ``!``/``?`` amplifiers counted on the whole
text.
"""

from __future__ import annotations

import heapq
import math
import re
import string
from functools import lru_cache
from importlib import resources
from itertools import repeat

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

NEGATE = frozenset(
    """aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't
    didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't
    haven't isn't mightn't mustn't neednt needn't never none nope nor not nothing nowhere
    oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't
    without wont wouldnt won't wouldn't rarely seldom despite""".split()
)

BOOSTER_DICT = {
    **dict.fromkeys(
        """absolutely amazingly awfully completely considerable considerably decidedly deeply
        effing enormous enormously entirely especially exceptional exceptionally extreme
        extremely fabulously flipping flippin frackin fracking fricking frickin frigging
        friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible
        incredibly intensely major majorly more most particularly purely quite really
        remarkably so substantially thoroughly total totally tremendous tremendously uber
        unbelievably unusually utter utterly very""".split(),
        B_INCR,
    ),
    **dict.fromkeys(
        """almost barely hardly kinda kindof kind-of less little marginal marginally
        occasional occasionally partly scarce scarcely slight slightly somewhat sorta sortof
        sort-of""".split(),
        B_DECR,
    ),
    "just enough": B_DECR,
    "kind of": B_DECR,
    "sort of": B_DECR,
}

SPECIAL_CASES = {
    "the shit": 3,
    "the bomb": 3,
    "bad ass": 1.5,
    "badass": 1.5,
    "bus stop": 0.0,
    "yeah right": -2,
    "kiss of death": -1.5,
    "to die for": 3,
    "beating heart": 3.5,
}

_PUNCT = string.punctuation
_SO_THIS = ("so", "this")


def _read_package_text(name: str) -> str:
    return resources.files("vaderSentiment").joinpath(name).read_bytes().decode("utf-8")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """The VADER lexicon ``{word: valence}``, parsed exactly like the reference."""
    lex: dict[str, float] = {}
    for line in _read_package_text("vader_lexicon.txt").rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lex[word] = float(measure)
    return lex


@lru_cache(maxsize=1)
def emojis() -> dict[str, str]:
    """The emoji lexicon ``{emoji: description}``, parsed exactly like the reference."""
    out: dict[str, str] = {}
    for line in _read_package_text("emoji_utf8_lexicon.txt").rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        out[emoji] = description
    return out


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    # the reference tests one character at a time, so only 1-char keys can ever match
    return frozenset(k for k in emojis() if len(k) == 1)


def _demojize(text: str) -> str:
    table = emojis()
    out = []
    prev_space = True
    for ch in text:
        if ch in table:
            if not prev_space:
                out.append(" ")
            out.append(table[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out)


def _strip_punc_if_word(token: str) -> str:
    stripped = token.strip(_PUNCT)
    if len(stripped) <= 2:
        return token
    return stripped


def _negated(word_lower: str) -> bool:
    return word_lower in NEGATE or "n't" in word_lower


def _special_idioms_check(valence, lw, i):
    n = len(lw)
    onezero = f"{lw[i - 1]} {lw[i]}"
    twoonezero = f"{lw[i - 2]} {lw[i - 1]} {lw[i]}"
    twoone = f"{lw[i - 2]} {lw[i - 1]}"
    threetwoone = f"{lw[i - 3]} {lw[i - 2]} {lw[i - 1]}"
    threetwo = f"{lw[i - 3]} {lw[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if n - 1 > i:
        zeroone = f"{lw[i]} {lw[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{lw[i]} {lw[i + 1]} {lw[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _negation_check(valence, lw, start_i, i):
    if start_i == 0:
        if _negated(lw[i - 1]):
            valence = valence * N_SCALAR
    elif start_i == 1:
        if lw[i - 2] == "never" and (lw[i - 1] == "so" or lw[i - 1] == "this"):
            valence = valence * 1.25
        elif lw[i - 2] == "without" and lw[i - 1] == "doubt":
            pass
        elif _negated(lw[i - 2]):
            valence = valence * N_SCALAR
    else:
        if (lw[i - 3] == "never" and (lw[i - 2] == "so" or lw[i - 2] == "this")) or (
            lw[i - 1] == "so" or lw[i - 1] == "this"
        ):
            valence = valence * 1.25
        elif lw[i - 3] == "without" and (lw[i - 2] == "doubt" or lw[i - 1] == "doubt"):
            pass
        elif _negated(lw[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _but_check(lw, sentiments):
    # verbatim port of the reference (including its list.index-by-value quirk)
    if "but" in lw:
        bi = lw.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
    return sentiments


def _punctuation_emphasis(text: str):
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        if qm_count <= 3:
            qm_amplifier = qm_count * 0.18
        else:
            qm_amplifier = 0.96
    return ep_amplifier + qm_amplifier


def _normalize(score, alpha=15):
    norm_score = score / math.sqrt((score * score) + alpha)
    if norm_score < -1.0:
        return -1.0
    elif norm_score > 1.0:
        return 1.0
    return norm_score


NEUTRAL = (0.0, 1.0, 0.0, 0.0)
EMPTY = (0.0, 0.0, 0.0, 0.0)

# every word that occurs in a SPECIAL_CASES key or a multi-word booster: the idiom
# check can only change a valence when one of these is within the word's window
_IDIOM_WORDS = frozenset(
    w for k in list(SPECIAL_CASES) + [b for b in BOOSTER_DICT if " " in b] for w in k.split()
)


def _hit_valence(i, lw, up, lex, cap_diff):
    """VADER's valence for the lexicon word at position ``i`` (``sentiment_valence``
    plus the booster / "kind of" skips), given the text's lower-cased stripped words
    ``lw``, their ALL-CAPS flags ``up`` and the text's cap differential."""
    n = len(lw)
    li = lw[i]
    if li == "kind" and i < n - 1 and lw[i + 1] == "of":
        return 0.0
    booster = BOOSTER_DICT
    valence = lex[li]
    l1 = lw[i - 1] if i > 0 else None
    l2 = lw[i - 2] if i > 1 else None
    l3 = lw[i - 3] if i > 2 else None
    if li == "no" and i != n - 1 and lw[i + 1] in lex:
        valence = 0.0
    if l1 == "no" or l2 == "no" or (l3 == "no" and l1 in ("or", "nor")):
        valence = lex[li] * N_SCALAR
    if up[i] and cap_diff:
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    for start_i, lj in ((0, l1), (1, l2), (2, l3)):
        if lj is None or lj in lex:
            continue
        s = 0.0
        if lj in booster:
            s = booster[lj]
            if valence < 0:
                s *= -1
            if up[i - start_i - 1] and cap_diff:
                if valence > 0:
                    s += C_INCR
                else:
                    s -= C_INCR
        if start_i == 1 and s != 0:
            s = s * 0.95
        if start_i == 2 and s != 0:
            s = s * 0.9
        valence = valence + s
        # _negation_check
        if start_i == 0:
            if l1 in NEGATE or "n't" in l1:
                valence = valence * N_SCALAR
        elif start_i == 1:
            if l2 == "never" and (l1 == "so" or l1 == "this"):
                valence = valence * 1.25
            elif l2 == "without" and l1 == "doubt":
                pass
            elif l2 in NEGATE or "n't" in l2:
                valence = valence * N_SCALAR
        else:
            if (l3 == "never" and (l2 == "so" or l2 == "this")) or (l1 == "so" or l1 == "this"):
                valence = valence * 1.25
            elif l3 == "without" and (l2 == "doubt" or l1 == "doubt"):
                pass
            elif l3 in NEGATE or "n't" in l3:
                valence = valence * N_SCALAR
            window = lw[i - 3 : i + 3]
            if not _IDIOM_WORDS.isdisjoint(window):
                valence = _special_idioms_check(valence, window, 3)
    # _least_check ("least" is not a lexicon word)
    if l1 == "least" and l1 not in lex:
        if i > 1:
            if l2 != "at" and l2 != "very":
                valence = valence * N_SCALAR
        else:
            valence = valence * N_SCALAR
    return valence


class Scorer:
    """Exact VADER scorer with per-token caches. ``Scorer()(text) -> (neg, neu, pos, compound)``.

    Only lexicon words get a non-zero valence in VADER, so the scorer finds the
    positions of raw tokens that hit the lexicon (a set lookup per token) and
    applies the reference's rules to those positions only, reading neighbours'
    lower-cased, punctuation-stripped forms from a per-token cache. Sums run in
    the reference's order, so results are bit-identical.

    Example:
        >>> Scorer()("The book was good.")
        (0.0, 0.508, 0.492, 0.4404)
    """

    def __init__(self):
        self.lex = lexicon()
        self.emoji_chars = _emoji_chars()
        self._low: dict[str, str] = {}  # raw token -> stripped lower-case form
        self._hit: set[str] = set()  # raw tokens whose form is a lexicon word (not a booster)

    def _learn(self, raw_tokens) -> None:
        """Cache the stripped lower form of unseen raw tokens and extend the hit set."""
        low = self._low
        new = [r for r in set(raw_tokens) if r not in low]
        if not new:
            return
        lex = self.lex
        hit = self._hit
        for r in new:
            w = _strip_punc_if_word(r).lower()
            low[r] = w
            if w in lex and w not in BOOSTER_DICT:
                hit.add(r)

    def __call__(self, text: str):
        return self.score_many([text])[0]

    def score_many(self, texts):
        """Score a list of str; returns a list of ``(neg, neu, pos, compound)`` tuples."""
        # learn every token of the batch in one pass (C-speed split and set ops)
        self._learn("\n".join(texts).split())
        hit = self._hit
        emoji_chars = self.emoji_chars
        one = self._score_tokens
        out = []
        append = out.append
        for text in texts:
            if not emoji_chars.isdisjoint(text):
                text = _demojize(text).strip()
                raw = text.split()
                self._learn(raw)
            else:
                raw = text.split()
            if not raw:
                append(EMPTY)
            elif hit.isdisjoint(raw):
                append(NEUTRAL)
            else:
                append(one(text, raw))
        return out

    def _score_tokens(self, text: str, raw: list[str]):
        """All of VADER's rules for one text with at least one lexicon hit."""
        lex = self.lex
        low = self._low
        hit = self._hit
        n = len(raw)
        lw = [low[r] for r in raw]
        up = [r.isupper() for r in raw]
        allcaps = sum(up)
        cap_diff = 0 < n - allcaps < n
        pos_list = [i for i, r in enumerate(raw) if r in hit]
        vals = [_hit_valence(i, lw, up, lex, cap_diff) for i in pos_list]
        # _but_check on the compact (position, value) list; zeros elsewhere are no-ops
        if vals and "but" in text.lower():
            bi = -1
            for j, r in enumerate(raw):
                if low[r] == "but":
                    bi = j
                    break
            if bi >= 0:
                _but_rescale(vals, pos_list, bi)
        return _score_compact(vals, n, text)


def _but_rescale(vals, pos_list, bi) -> None:
    """The reference's "but" loop, in place and in O(n log n)::

        for sentiment in sentiments:
            si = sentiments.index(sentiment)      # FIRST position holding that value
            sentiments[si] *= 0.5 if si < bi else 1.5 if si > bi else 1

    ``list.index`` is replaced by a heap of positions per current value (the
    position changed is always the smallest holding its value), so a long text
    with "but" cannot take quadratic time.
    """
    where: dict[float, list[int]] = {}
    for k, v in enumerate(vals):
        where.setdefault(v, []).append(k)  # ascending, so already heaps
    for k in range(len(vals)):
        v = vals[k]
        si = where[v][0]
        p = pos_list[si]
        if p < bi:
            nv = v * 0.5
        elif p > bi:
            nv = v * 1.5
        else:
            continue
        heapq.heappop(where[v])
        heapq.heappush(where.setdefault(nv, []), si)
        vals[si] = nv


def _score_compact(vals, n, text):
    """VADER's ``score_valence`` for ``n`` tokens whose non-listed valences are 0."""
    nonzero = [v for v in vals if v != 0]
    if not nonzero:
        return NEUTRAL
    sum_s = float(sum(nonzero))
    punct_emph_amplifier = _punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = _normalize(sum_s)
    pos_sum = 0.0
    neg_sum = 0.0
    for v in nonzero:
        if v > 0:
            pos_sum += float(v) + 1
        else:
            neg_sum += float(v) - 1
    neu_count = n - len(nonzero)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    pos = math.fabs(pos_sum / total)
    neg = math.fabs(neg_sum / total)
    neu = math.fabs(neu_count / total)
    return (round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4))


# ---------------------------------------------------------------------------
# Vectorised batch scorer
# ---------------------------------------------------------------------------

# word classes for the few words VADER's rules compare against
_CLASS_WORDS = "no or nor never so this without doubt least at very kind of but".split()
_CLS = {w: k + 1 for k, w in enumerate(_CLASS_WORDS)}
_NO, _OR, _NOR, _NEVER, _SO, _THIS, _WITHOUT, _DOUBT, _LEAST, _AT, _VERY, _KIND, _OF, _BUT = (
    _CLS[w] for w in _CLASS_WORDS
)
# n-grams the idiom check looks at, as offsets from the lexicon word, and the keys as codes
_IDIOM_ID = {w: k + 1 for k, w in enumerate(sorted(_IDIOM_WORDS))}
_IDIOM_K = len(_IDIOM_ID) + 1
_PAIR_OFFSETS = ((-1, 0), (-2, -1), (-3, -2), (0, 1))
_TRIPLE_OFFSETS = ((-2, -1, 0), (-3, -2, -1), (0, 1, 2))


def _ngram_codes(size):
    out = []
    for key in list(SPECIAL_CASES) + list(BOOSTER_DICT):
        parts = key.split()
        if len(parts) == size:
            c = 0
            for w in parts:
                c = c * _IDIOM_K + _IDIOM_ID[w]
            out.append(c)
    return np.array(sorted(out), dtype=np.int64)


_IDIOM_PAIRS = _ngram_codes(2)
_IDIOM_TRIPLES = _ngram_codes(3)
_MAX_HITS = 2_000  # texts with more lexicon hits take the per-text path (loop over ranks)


def _features_for(uniques, lex):
    """Per distinct raw token: class id, lexicon flag/value, booster value/flag, negation,
    ALL-CAPS, idiom-word id and hit (lexicon word that is not a booster) arrays."""
    m = len(uniques)
    nan = float("nan")
    stripped = [r.strip(_PUNCT) for r in uniques]
    lows = [(w if len(w) > 2 else r).lower() for w, r in zip(stripped, uniques, strict=True)]
    cls = np.fromiter(map(_CLS.get, lows, repeat(0, m)), np.int8, m)
    lexval = np.fromiter(map(lex.get, lows, repeat(nan, m)), np.float64, m)
    inlex = ~np.isnan(lexval)
    lexval[~inlex] = 0.0
    boost = np.fromiter(map(BOOSTER_DICT.get, lows, repeat(nan, m)), np.float64, m)
    isboost = ~np.isnan(boost)
    boost[~isboost] = 0.0
    neg = np.fromiter(map(NEGATE.__contains__, lows), bool, m)
    neg |= np.fromiter(("n't" in w for w in lows), bool, m)
    upper = np.fromiter(map(str.isupper, uniques), bool, m)
    idid = np.fromiter(map(_IDIOM_ID.get, lows, repeat(0, m)), np.int64, m)
    hit = inlex & ~isboost
    return cls, inlex, lexval, boost, isboost, neg, upper, idid, hit


@lru_cache(maxsize=1)
def _word_table():
    """Every word a token feature looks up (lexicon, boosters, class words, negations,
    idiom words) as one arrow value set, and per word the feature arrays
    ``cls, inlex, lexval, boost, isboost, neg, idid``; each array has one extra last
    entry, the features of a word that is in none of the sets (index -1)."""
    lex = lexicon()
    words = list(dict.fromkeys([*lex, *BOOSTER_DICT, *_CLASS_WORDS, *NEGATE, *_IDIOM_ID]))
    m = len(words) + 1
    nan = float("nan")
    lexval = np.fromiter((lex.get(w, nan) for w in words), np.float64, len(words))
    boost = np.fromiter((BOOSTER_DICT.get(w, nan) for w in words), np.float64, len(words))
    lexval, boost = np.append(lexval, nan), np.append(boost, nan)
    inlex, isboost = ~np.isnan(lexval), ~np.isnan(boost)
    lexval[~inlex] = 0.0
    boost[~isboost] = 0.0
    cls = np.zeros(m, dtype=np.int8)
    cls[:-1] = [_CLS.get(w, 0) for w in words]
    neg = np.zeros(m, dtype=bool)
    neg[:-1] = [w in NEGATE for w in words]
    idid = np.zeros(m, dtype=np.int64)
    idid[:-1] = [_IDIOM_ID.get(w, 0) for w in words]
    return pa.array(words, type=pa.large_string()), (cls, inlex, lexval, boost, isboost, neg, idid)


def _features_arrow(dictionary, ascii_u=None):
    """:func:`_features_for` computed with pyarrow kernels for tokens of ASCII and
    neutral characters (where arrow's trim/lower/upper agree with Python's str
    methods, see :func:`_python_only_re2`) and with Python for the others. One ``index_in`` against all looked-up words gives every set
    membership and value at once."""
    keys, table = _word_table()
    stripped = pc.utf8_trim(dictionary, characters=_PUNCT)
    word = pc.if_else(pc.less_equal(pc.utf8_length(stripped), 2), dictionary, stripped)
    low = pc.utf8_lower(word)
    k = pc.fill_null(pc.index_in(low, value_set=keys), -1).to_numpy(zero_copy_only=False)
    cls, inlex, lexval, boost, isboost, neg, idid = (col[k] for col in table)
    neg |= pc.match_substring(low, "n't").to_numpy(zero_copy_only=False)
    # for ASCII, str.isupper() is "some A-Z and no a-z", which is ascii_is_upper
    upper = pc.ascii_is_upper(dictionary).to_numpy(zero_copy_only=False)
    feats = [cls, inlex, lexval, boost, isboost, neg, upper, idid]
    if ascii_u is None:
        ascii_u = pc.string_is_ascii(dictionary).to_numpy(zero_copy_only=False)
    other = np.flatnonzero(~ascii_u)
    if len(other):  # only tokens with a character that is not ASCII or neutral
        odd = pc.match_substring_regex(dictionary.take(pa.array(other)), _python_only_re2())
        other = other[odd.to_numpy(zero_copy_only=False)]
    if len(other):
        sub = _features_for(dictionary.take(pa.array(other)).to_pylist(), lexicon())
        for arr, vals in zip(feats, sub[:8], strict=True):
            arr[other] = vals
    cls, inlex, lexval, boost, isboost, neg, upper, idid = feats
    return cls, inlex, lexval, boost, isboost, neg, upper, idid, inlex & ~isboost


def _python_valences(valence, hits, g, s_of, i, codes, first_tok, n_tok, uniques, upper_u, cap):
    """Overwrite ``valence[hits]`` with :func:`_hit_valence` (used for hits near an
    idiom / booster n-gram, whose rules are not vectorised)."""
    lex = lexicon()
    need_rows = np.unique(s_of[hits])
    spans = [(int(first_tok[r]), int(first_tok[r] + n_tok[r])) for r in need_rows.tolist()]
    need_codes = np.unique(np.concatenate([codes[a:b] for a, b in spans]))
    forms = [_strip_punc_if_word(u).lower() for u in uniques.take(pa.array(need_codes)).to_pylist()]
    low_of = dict(zip(need_codes.tolist(), forms, strict=True))
    by_row: dict[int, list[int]] = {}
    for h in hits.tolist():
        by_row.setdefault(int(s_of[h]), []).append(h)
    for r, (a, b) in zip(need_rows.tolist(), spans, strict=True):
        cds = codes[a:b].tolist()
        lw = [low_of[c] for c in cds]
        up = upper_u[codes[a:b]].tolist()
        for h in by_row[r]:
            valence[h] = _hit_valence(int(i[h]), lw, up, lex, bool(cap[r]))


def _but_clashes(row, rank, v, m) -> np.ndarray:
    """Rows (values of ``row``) where the reference's ``list.index`` lookup in the
    "but" rule would find an earlier, already rescaled value: some hit's original
    value ``v[k]`` equals a rescaled ``m[j]`` of an earlier hit ``j < k`` of the
    same text. ``row``/``rank`` give each hit's text (index into rows) and order."""
    mv = m != 0
    vv = v != 0
    if not mv.any() or not vv.any():
        return row[:0]
    vals, ids = np.unique(np.concatenate([m[mv], v[vv]]), return_inverse=True)
    nm = int(mv.sum())
    key_m = row[mv] * len(vals) + ids[:nm]
    key_v = row[vv] * len(vals) + ids[nm:]
    order = np.lexsort((rank[mv], key_m))  # by key, then rank: first = earliest
    km = key_m[order]
    first = np.ones(len(km), dtype=bool)
    first[1:] = km[1:] != km[:-1]
    uk, min_rank = km[first], rank[mv][order][first]
    at = np.searchsorted(uk, key_v)
    found = at < len(uk)
    at = np.minimum(at, len(uk) - 1)
    clash = found & (uk[at] == key_v) & (min_rank[at] < rank[vv])
    return np.unique(row[vv][clash])


def _round_exact(x: np.ndarray, digits: int) -> np.ndarray:
    """``round(v, digits)`` for every element, bit-identical to Python's ``round``.

    ``rint(x * 10**d) / 10**d`` equals Python's correctly rounded result unless
    ``x * 10**d`` is within float error of a .5 tie; those few use ``round``.
    """
    f = 10.0**digits
    y = x * f
    r = np.rint(y) / f
    frac = np.abs(y - np.floor(y) - 0.5)
    risky = np.flatnonzero(frac < 1e-6)
    if len(risky):
        r[risky] = [round(v, digits) for v in x[risky].tolist()]
    return r


_SURROGATE = re.compile("[\ud800-\udfff]")


def _re2_ranges(chars) -> str:
    """The inside of an RE2 character class matching any of ``chars`` (code point ranges)."""
    cps = sorted(ord(c) for c in chars)
    parts = []
    k = 0
    while k < len(cps):
        j = k
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        a, b = cps[k], cps[j]
        parts.append(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}")
        k = j + 1
    return "".join(parts)


@lru_cache(maxsize=1)
def _emoji_re2() -> str:
    """RE2 character class (code point ranges) of the 1-char emoji keys, for pyarrow."""
    return "[" + _re2_ranges(_emoji_chars()) + "]"


@lru_cache(maxsize=1)
def _python_only_re2() -> str:
    """RE2 class of the characters that send a token to the Python feature path.

    Arrow's kernels give :func:`_features_for`'s result for a token made of ASCII
    and *neutral* characters: those with no case in Python (not lower, upper or
    title case, so ``str.isupper()`` and ``ascii_is_upper`` both look at the ASCII
    letters only) that both Python's ``str.lower`` and arrow's ``utf8_lower`` leave
    unchanged, so lowering the token changes its ASCII letters only (Python's one
    context rule, the final sigma, is about a cased letter). Curly quotes, dashes
    and "…" are neutral; any other character (é, Σ, ª, CJK, ...) matches here.
    """
    cands = [
        c
        for c in map(chr, range(0x80, 0x3001))
        if not (c.islower() or c.isupper() or c.istitle() or c.isspace()) and c.lower() == c
    ]
    arrow_low = pc.utf8_lower(pa.array(cands, type=pa.large_string())).to_pylist()
    neutral = [c for c, low in zip(cands, arrow_low, strict=True) if low == c]
    return "[^\\x{0}-\\x{7F}" + _re2_ranges(neutral) + "]"


def _ascii_counts(strings, chars: bytes) -> np.ndarray:
    """(len(strings), len(chars)) int64 counts of each ASCII character of ``chars`` in
    each string of an arrow string array, read from its UTF-8 data buffer (an ASCII
    byte never occurs inside a multi-byte character, so byte counts are character
    counts)."""
    out = np.zeros((len(strings), len(chars)), dtype=np.int64)
    if len(strings) == 0:
        return out
    _, off_buf, data_buf = strings.buffers()
    off_type = np.int64 if pa.types.is_large_string(strings.type) else np.int32
    offsets = np.frombuffer(off_buf, dtype=off_type)[
        strings.offset : strings.offset + len(strings) + 1
    ]
    lo, hi = int(offsets[0]), int(offsets[-1])
    if data_buf is None or hi == lo:
        return out
    data = np.frombuffer(data_buf, dtype=np.uint8)[lo:hi]
    for j, ch in enumerate(chars):
        pos = np.flatnonzero(data == ch) + lo
        if len(pos):
            owner = np.searchsorted(offsets, pos, side="right") - 1
            out[:, j] = np.bincount(owner, minlength=len(strings))
    return out


def _tokenize(arr):
    """Split every text of a pyarrow string array on whitespace exactly like
    ``str.split()`` and encode the tokens.

    Uses pyarrow's ``utf8_split_whitespace`` (same whitespace set as Python, checked
    over all code points; empty strings it yields at the ends are dropped) and
    ``dictionary_encode``: no Python object per token. Returns ``codes`` (token ->
    distinct-token index), ``sid`` (token -> text index), ``uniques`` (arrow array of
    the distinct tokens), per-text ``bang``/``qmark`` counts, an ``emoji`` flag, and
    ``ascii_u``, which distinct tokens are ASCII. "!", "?" and emoji characters are
    not whitespace, so they are counted once per distinct token (from the tokens'
    UTF-8 bytes; emoji only in the non-ASCII tokens) and summed over each text's
    tokens that have any.
    """
    # Arrow's whitespace splitter decodes one code point past the end of a string
    # that ends in whitespace (arrow 26: after the last string that is uninitialised
    # buffer memory, and a byte that is not valid UTF-8 there makes it keep the
    # trailing whitespace in the last token, e.g. "great "). Trimming first means no
    # whitespace run ever reaches a string's end.
    parts = pc.utf8_split_whitespace(pc.utf8_rtrim_whitespace(arr))
    flat = pc.list_flatten(parts)
    parent = pc.list_parent_indices(parts)
    nonempty = pc.greater(pc.binary_length(flat), 0)
    if not pc.all(nonempty).as_py():  # leading whitespace or an empty text
        flat = flat.filter(nonempty)
        parent = parent.filter(nonempty)
    sid = parent.to_numpy().astype(np.int64)
    enc = pc.dictionary_encode(flat)
    codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    uniques = enc.dictionary
    n = len(arr)
    m = len(uniques)
    counts = _ascii_counts(uniques, b"!?")
    ascii_u = pc.string_is_ascii(uniques).to_numpy(zero_copy_only=False)
    u_emoji = np.zeros(m, dtype=np.int64)
    other = np.flatnonzero(~ascii_u)  # every emoji character is non-ASCII
    if len(other):
        em = pc.match_substring_regex(uniques.take(pa.array(other)), _emoji_re2())
        u_emoji[other[em.to_numpy(zero_copy_only=False)]] = 1
    marked = (counts[:, 0] > 0) | (counts[:, 1] > 0) | (u_emoji > 0)
    bang = np.zeros(n, dtype=np.int64)
    qmark = np.zeros(n, dtype=np.int64)
    emoji = np.zeros(n, dtype=bool)
    if marked.any():
        tok = np.flatnonzero(marked[codes])
        c, r = codes[tok], sid[tok]
        bang = np.bincount(r, weights=counts[c, 0], minlength=n).astype(np.int64)
        qmark = np.bincount(r, weights=counts[c, 1], minlength=n).astype(np.int64)
        emoji = np.bincount(r, weights=u_emoji[c], minlength=n) > 0
    return codes, sid, uniques, bang, qmark, emoji, ascii_u


def score_texts(texts) -> np.ndarray:
    """Score a list of strings; returns a float64 array of shape (len(texts), 4) with
    neg, neu, pos, compound, bit-identical to the reference ``polarity_scores``.

    All texts go through one batch: pyarrow splits and dictionary-encodes the
    tokens (no Python object per token), token features are computed once per
    distinct token, VADER's rules run as numpy operations over the lexicon hits
    and their neighbours only, and the sums run column by column in the
    reference's order. Texts with an emoji, very many hits, an idiom n-gram
    near a hit, a ``but`` whose rescaling hits the reference's ``list.index``
    quirk, or a lone surrogate (not UTF-8 encodable) use :class:`Scorer`.

    Example:
        >>> score_texts(["The book was good.", "", "A table."]).tolist()
        [[0.0, 0.508, 0.492, 0.4404], [0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]]
    """
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    if isinstance(texts, pa.Array):  # already UTF-8: no surrogates possible
        arr = pc.fill_null(texts.cast(pa.large_string()), "")
        S = len(arr)
        out = np.zeros((S, 4), dtype=np.float64)
        if S == 0:
            return out
        return _score_arrow(arr, out, np.zeros(S, dtype=bool), None)
    texts = texts if isinstance(texts, list) else list(texts)
    S = len(texts)
    out = np.zeros((S, 4), dtype=np.float64)
    if S == 0:
        return out
    fallback = np.zeros(S, dtype=bool)
    try:
        arr = pa.array(texts, type=pa.large_string())
    except (UnicodeEncodeError, pa.ArrowException, TypeError):
        # non-str items, or lone surrogates (not UTF-8): those go through Scorer
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        bad = np.fromiter((_SURROGATE.search(t) is not None for t in texts), bool, S)
        fallback |= bad
        arr = pa.array(
            [("" if b else t) for t, b in zip(texts, bad.tolist(), strict=True)],
            type=pa.large_string(),
        )
    return _score_arrow(arr, out, fallback, texts)


def _idiom_hits(nbr, idid_u, n_hits) -> np.ndarray:
    """Positions (into the hits) with an idiom or booster n-gram around them; their
    valences are recomputed in Python (rare)."""
    idid = {d: np.where(ok, idid_u[c], 0) for d, (c, ok) in nbr.items()}
    K = _IDIOM_K
    match = np.zeros(n_hits, dtype=bool)
    for offsets, keyset in ((_PAIR_OFFSETS, _IDIOM_PAIRS), (_TRIPLE_OFFSETS, _IDIOM_TRIPLES)):
        for offs in offsets:
            ok = np.ones(n_hits, dtype=bool)
            for d in offs:
                ok &= idid[d] > 0
            sel = np.flatnonzero(ok)  # n-gram codes only where every word is an idiom word
            if len(sel):
                code = np.zeros(len(sel), dtype=np.int64)
                for d in offs:
                    code = code * K + idid[d][sel]
                match[sel[np.isin(code, keyset)]] = True
    return np.flatnonzero(match)


def _valences(nbr, feats, cap_g, n_hits) -> np.ndarray:
    """Each hit's valence after negation, boosters, caps, "least" and "kind of" (the
    reference's per-word checks, vectorised over all hits; ``nbr[d]`` = the codes of
    the neighbour at offset d and whether it is inside the sentence)."""
    cls_u, inlex_u, lexval_u, boost_u, isboost_u, neg_u, upper_u = feats
    c0 = nbr[0][0]
    cp1, ok_p1 = nbr[1]
    cm1, ok_m1 = nbr[-1]
    cm2, ok_m2 = nbr[-2]
    cm3, ok_m3 = nbr[-3]
    cls_g = cls_u[c0]
    c_p1 = np.where(ok_p1, cls_u[cp1], 0)
    c_m1 = np.where(ok_m1, cls_u[cm1], 0)
    c_m2 = np.where(ok_m2, cls_u[cm2], 0)
    c_m3 = np.where(ok_m3, cls_u[cm3], 0)
    lexval_g = lexval_u[c0]
    kindof = (cls_g == _KIND) & (c_p1 == _OF)

    valence = np.where((cls_g == _NO) & ok_p1 & inlex_u[cp1], 0.0, lexval_g)
    no_neg = (c_m1 == _NO) | (c_m2 == _NO) | ((c_m3 == _NO) & ((c_m1 == _OR) | (c_m1 == _NOR)))
    valence = np.where(no_neg, lexval_g * N_SCALAR, valence)
    upc = upper_u[c0] & cap_g
    valence = np.where(upc, np.where(valence > 0, valence + C_INCR, valence - C_INCR), valence)

    so_this_m1 = (c_m1 == _SO) | (c_m1 == _THIS)
    so_this_m2 = (c_m2 == _SO) | (c_m2 == _THIS)
    for start_i, (cd, ok_d) in enumerate((nbr[-1], nbr[-2], nbr[-3])):
        cond = ok_d & ~inlex_u[cd]
        if not cond.any():
            continue
        isb_d = isboost_u[cd]
        b_d = boost_u[cd]
        s = np.where(isb_d & (valence < 0), b_d * -1, b_d)
        s = np.where(isb_d & upper_u[cd] & cap_g, np.where(valence > 0, s + C_INCR, s - C_INCR), s)
        if start_i == 1:
            s = np.where(s != 0, s * 0.95, s)
        elif start_i == 2:
            s = np.where(s != 0, s * 0.9, s)
        valence = np.where(cond, valence + s, valence)
        neg_d = neg_u[cd]
        if start_i == 0:
            apply_125 = np.zeros(n_hits, dtype=bool)
            apply_n = cond & neg_d
        elif start_i == 1:
            never = (c_m2 == _NEVER) & so_this_m1
            without = (c_m2 == _WITHOUT) & (c_m1 == _DOUBT)
            apply_125 = cond & never
            apply_n = cond & ~never & ~without & neg_d
        else:
            never = ((c_m3 == _NEVER) & so_this_m2) | so_this_m1
            without = (c_m3 == _WITHOUT) & ((c_m2 == _DOUBT) | (c_m1 == _DOUBT))
            apply_125 = cond & never
            apply_n = cond & ~never & ~without & neg_d
        valence = np.where(apply_125, valence * 1.25, valence)
        valence = np.where(apply_n, valence * N_SCALAR, valence)
    # _least_check ("least" is not a lexicon word)
    least = c_m1 == _LEAST
    least_apply = least & (~ok_m2 | ((c_m2 != _AT) & (c_m2 != _VERY)))
    valence = np.where(least_apply, valence * N_SCALAR, valence)
    valence = np.where(kindof, 0.0, valence)
    return valence


def _but_applied(valence, tf, sid, first_tok, s_of, i, inv, rank, first_hit, counts):
    """The valences after the reference's "but" rule (a new array when one applies)."""
    S = len(first_tok)
    # "but": halve before, 1.5x after the first "but". The reference finds each
    # value with list.index, so a value equal to an already rescaled earlier one
    # is redirected; for such texts the reference's loop is replayed in Python on
    # the text's hits only (_but_rescale).
    bt = np.flatnonzero(tf & 4)
    if len(bt):
        b_rows, b_first = np.unique(sid[bt], return_index=True)
        but_pos = np.full(S, -1, dtype=np.int64)
        but_pos[b_rows] = bt[b_first] - first_tok[b_rows]
        bi = but_pos[s_of]
        hb = np.flatnonzero(bi >= 0)
        if len(hb):
            v = valence[hb]
            m = v * np.where(i[hb] < bi[hb], 0.5, np.where(i[hb] > bi[hb], 1.5, 1.0))
            clash = _but_clashes(inv[hb], rank[hb], v, m)
            before = valence
            valence = valence.copy()
            valence[hb] = m
            for r in clash.tolist():
                a, b = int(first_hit[r]), int(first_hit[r] + counts[r])
                vals = before[a:b].tolist()
                _but_rescale(vals, i[a:b].tolist(), int(bi[a]))
                valence[a:b] = vals
    return valence


def _scores(valence, rows, first_hit, counts, inv, n_tok, bang, qmark) -> np.ndarray:
    """neg, neu, pos, compound of the texts ``rows`` from their hits' valences."""
    # sums in the reference's order: for k = 0, 1, ... add each text's k-th hit
    # (zeros elsewhere add nothing); only texts with more than k hits are touched
    nr = len(rows)
    by_count = np.argsort(-counts, kind="stable")
    R = int(counts.max())
    n_k = np.searchsorted(-counts[by_count], -np.arange(R), side="left")
    pos_term = np.where(valence > 0, valence + 1, 0.0)
    neg_term = np.where(valence < 0, valence - 1, 0.0)
    sum_s = np.zeros(nr)
    pos_sum = np.zeros(nr)
    neg_sum = np.zeros(nr)
    for k in range(R):
        sel = by_count[: n_k[k]]
        idx = first_hit[sel] + k
        sum_s[sel] = sum_s[sel] + valence[idx]
        pos_sum[sel] = pos_sum[sel] + pos_term[idx]
        neg_sum[sel] = neg_sum[sel] + neg_term[idx]
    nonzero = np.bincount(inv[valence != 0], minlength=nr)
    neu_count = n_tok[rows] - nonzero

    # "!" (up to 4) and "?" (2 or 3, or 4+) anywhere in the text
    ep, qm = bang, qmark
    ep = np.minimum(ep[rows], 4)
    qm = qm[rows]
    amp = ep * 0.292 + np.where(qm > 1, np.where(qm <= 3, qm * 0.18, 0.96), 0.0)
    sum_s = np.where(sum_s > 0, sum_s + amp, np.where(sum_s < 0, sum_s - amp, sum_s))
    compound = np.clip(sum_s / np.sqrt(sum_s * sum_s + 15), -1.0, 1.0)
    abs_neg = np.abs(neg_sum)
    pos_sum2 = np.where(pos_sum > abs_neg, pos_sum + amp, pos_sum)
    neg_sum2 = np.where(pos_sum < abs_neg, neg_sum - amp, neg_sum)
    total = pos_sum2 + np.abs(neg_sum2) + neu_count
    res = np.empty((len(rows), 4))
    res[:, 0] = _round_exact(np.abs(neg_sum2 / total), 3)
    res[:, 1] = _round_exact(np.abs(neu_count / total), 3)
    res[:, 2] = _round_exact(np.abs(pos_sum2 / total), 3)
    res[:, 3] = _round_exact(compound, 4)
    return res


def _score_arrow(arr, out, fallback, texts):
    """The batch scorer on a pyarrow string array (``texts``: the same as a list, or
    None to read fallback texts from ``arr``)."""
    S = len(arr)
    codes, sid, uniques, bang, qmark, emoji, ascii_u = _tokenize(arr)
    fallback |= emoji
    cls_u, inlex_u, lexval_u, boost_u, isboost_u, neg_u, upper_u, idid_u, hit_u = _features_arrow(
        uniques, ascii_u
    )
    flags_u = (
        hit_u.astype(np.uint8)
        | (upper_u.astype(np.uint8) << 1)
        | ((cls_u == _BUT).astype(np.uint8) << 2)
    )
    tf = flags_u[codes]
    n_tok = np.bincount(sid, minlength=S)[:S]
    first_tok = np.cumsum(n_tok) - n_tok
    out[n_tok > 0, 1] = 1.0  # neutral unless a hit changes it ("" stays 0, 0, 0, 0)
    g = np.flatnonzero(tf & 1)
    s_of = sid[g]
    fallback |= np.bincount(s_of, minlength=S)[:S] > _MAX_HITS

    keep = ~fallback[s_of]
    g, s_of = g[keep], s_of[keep]
    T = len(codes)
    i = g - first_tok[s_of]
    n_of = n_tok[s_of]

    def at(d):
        """codes of the neighbour at offset d and whether it is inside the sentence"""
        ok = (i + d >= 0) & (i + d < n_of)
        return codes[np.clip(g + d, 0, T - 1)], ok

    nbr = {d: at(d) for d in (-3, -2, -1, 1, 2)}
    nbr[0] = (codes[g], np.ones(len(g), dtype=bool))

    # an idiom / booster n-gram around a hit -> per-sentence path (rare)
    idiom_hits = _idiom_hits(nbr, idid_u, len(g))

    if len(g):
        # cap differential per sentence: some but not all tokens ALL CAPS
        up = np.flatnonzero(tf & 2)
        n_upper = np.bincount(sid[up], minlength=S)[:S]
        cap_g = ((n_upper > 0) & (n_upper < n_tok))[s_of]
        feats = (cls_u, inlex_u, lexval_u, boost_u, isboost_u, neg_u, upper_u)

        valence = _valences(nbr, feats, cap_g, len(g))
        if len(idiom_hits):
            _python_valences(
                valence,
                idiom_hits,
                g,
                s_of,
                i,
                codes,
                first_tok,
                n_tok,
                uniques,
                upper_u,
                ((n_upper > 0) & (n_upper < n_tok)),
            )

        # hits are in token order, grouped by text: text rows[r] owns hits
        # first_hit[r] .. first_hit[r] + counts[r] - 1
        rows, first_hit, counts = np.unique(s_of, return_index=True, return_counts=True)
        inv = np.repeat(np.arange(len(rows)), counts)
        rank = np.arange(len(g)) - first_hit[inv]

        valence = _but_applied(valence, tf, sid, first_tok, s_of, i, inv, rank, first_hit, counts)

        res = _scores(valence, rows, first_hit, counts, inv, n_tok, bang, qmark)
        done = ~fallback[rows]
        out[rows[done]] = res[done]

    fb = np.flatnonzero(fallback)
    if len(fb):
        if texts is None:
            fb_texts = arr.take(pa.array(fb)).to_pylist()
        else:
            fb_texts = [texts[k] for k in fb.tolist()]
        out[fb] = Scorer().score_many(fb_texts)
    return out
