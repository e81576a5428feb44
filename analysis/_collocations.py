"""Multiword terms found in the corpus itself (private helper of analysis.terms/topics).

Owns collocation detection and merging on the integer-encoded corpus of
``analysis._tokens.encode_corpus`` (``tok`` ids with -1 at breaks). Candidates are
adjacent content tokens with no break between them -- stop words, sentence punctuation,
blank lines and document boundaries are breaks -- so a phrase never spans a stop word
or a sentence/paragraph boundary. A candidate pair becomes a phrase when it occurs at
least ``min_count`` times (default :func:`auto_min_count`: 2, growing slowly with
corpus size), Dunning's log-likelihood ratio G2 (the statistic of
``nltk.collocations.BigramAssocMeasures.likelihood_ratio``) is at least ``threshold``
(10.83 = p < 0.001, one degree of freedom) with positive association, and the
normalised PMI is at least ``min_npmi``. This works on a one-article corpus too: in the
seed story "abm treaty" occurs 6 times and "abm" never without "treaty" (G2 = 54).
A second pass joins phrase + word into trigrams ("cts net loss"). Overlapping
candidates ("a b" and "b c") are resolved by keeping local maxima of G2 (left wins
ties). Everything is vectorised with numpy.
"""

from __future__ import annotations

import math

import numpy as np

G2_P001 = 10.83


def auto_min_count(n_tokens: int) -> int:
    """Default minimum phrase frequency: 2, plus one per 400k content tokens.

    Example:
        >>> auto_min_count(500), auto_min_count(3_000_000)
        (2, 9)
    """
    return 2 + int(n_tokens // 400_000)


def _g2_npmi(n11, n1_, n_1, n):
    """Vectorised Dunning G2 of 2x2 tables, normalised PMI and positive-association flag.

    Example:
        >>> g, s, pos = _g2_npmi(np.array([6.0]), np.array([6.0]), np.array([7.0]), 350.0)
        >>> round(float(g[0]), 1), bool(pos[0])
        (54.9, True)
    """
    n12 = n1_ - n11
    n21 = n_1 - n11
    n22 = n - n11 - n12 - n21
    obs = np.stack([n11, n12, n21, n22])
    r2, c2 = n - n1_, n - n_1
    exp = np.stack([n1_ * n_1, n1_ * c2, r2 * n_1, r2 * c2]) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(obs > 0, obs * np.log(obs / exp), 0.0)
        g2 = 2.0 * terms.sum(axis=0)
        p11 = n11 / n
        pmi = np.log(p11 / ((n1_ / n) * (n_1 / n)))
        npmi = np.where(p11 < 1, pmi / -np.log(p11), 1.0)
    return g2, npmi, n11 > exp[0]


def _pass(tok, names, nwords, *, min_count, threshold, min_npmi, max_words):
    """One detection + merge pass; returns (tok, keep_mask, names, nwords, found)."""
    v = len(names)
    if tok.size < 2 or v == 0:
        return tok, None, names, nwords, []
    left, right = tok[:-1], tok[1:]
    valid = (left >= 0) & (right >= 0)
    if not valid.any():
        return tok, None, names, nwords, []
    codes = left[valid] * v + right[valid]
    uniq, cnt = np.unique(codes, return_counts=True)
    unigram = np.bincount(tok[tok >= 0], minlength=v).astype(float)
    n = float(unigram.sum())
    mc = auto_min_count(int(n)) if min_count is None else max(1, int(min_count))
    a, b = uniq // v, uniq % v
    cand = (cnt >= mc) & (nwords[a] + nwords[b] <= max_words)
    if not cand.any():
        return tok, None, names, nwords, []
    uniq, cnt, a, b = uniq[cand], cnt[cand].astype(float), a[cand], b[cand]
    g2, npmi, pos = _g2_npmi(cnt, unigram[a], unigram[b], n)
    ok = pos & (g2 >= threshold) & (npmi >= min_npmi)
    if not ok.any():
        return tok, None, names, nwords, []
    p_codes, p_score, pa, pb = uniq[ok], g2[ok], a[ok], b[ok]  # p_codes sorted
    # Score of the pair starting at each position (-inf when not a phrase).
    score = np.full(tok.size, -np.inf)
    pos_idx = np.flatnonzero(valid)
    loc = np.searchsorted(p_codes, codes)
    loc_c = np.minimum(loc, p_codes.size - 1)
    hit = p_codes[loc_c] == codes
    score[pos_idx[hit]] = p_score[loc_c[hit]]
    prev = np.concatenate(([-np.inf], score[:-1]))
    nxt = np.concatenate((score[1:], [-np.inf]))
    sel = np.isfinite(score) & (score >= nxt) & (score > prev)
    sel = np.flatnonzero(sel)
    new_names = [names[i] + " " + names[j] for i, j in zip(pa.tolist(), pb.tolist(), strict=True)]
    phrase_id = v + np.searchsorted(p_codes, tok[sel] * v + tok[sel + 1])
    out = tok.copy()
    out[sel] = phrase_id
    keep = np.ones(tok.size, bool)
    keep[sel + 1] = False
    nwords = np.concatenate((nwords, nwords[pa] + nwords[pb]))
    return out[keep], keep, names + new_names, nwords, new_names


def apply_phrases(
    tok: np.ndarray,
    doc: np.ndarray,
    names: list[str],
    *,
    min_count: int | None = None,
    threshold: float = G2_P001,
    min_npmi: float = 0.25,
    max_words: int = 3,
):
    """Detect phrases in an encoded corpus and merge them into single terms.

    Returns ``(tok, doc, names, phrases)`` where merged positions carry new ids whose
    names are "left right". Runs ``max_words - 1`` passes.

    Example:
        >>> names = ["abm", "treaty", "putin"]
        >>> tok = np.array([0, 1, -1, 0, 1, -1, 2]); doc = np.zeros(7, int)
        >>> t, d, nm, found = apply_phrases(tok, doc, names, min_count=2, threshold=0)
        >>> [nm[i] if i >= 0 else "|" for i in t], found
        (['abm treaty', '|', 'abm treaty', '|', 'putin'], ['abm treaty'])
    """
    found: list[str] = []
    nwords = np.array([n_words(t) for t in names], dtype=np.int64)
    for _ in range(max(0, int(max_words) - 1)):
        tok, keep, names, nwords, new = _pass(
            tok,
            names,
            nwords,
            min_count=min_count,
            threshold=threshold,
            min_npmi=min_npmi,
            max_words=max_words,
        )
        if keep is None:
            break
        doc = doc[keep]
        found.extend(new)
    return tok, doc, names, found


def n_words(term: str) -> int:
    """Number of words in a term ("abm treaty" -> 2).

    Example:
        >>> n_words("abm treaty")
        2
    """
    return term.count(" ") + 1


def phrase_weight(term: str) -> float:
    """C-value style length weight 1 + log2(words): 1 for words, 2 for bigrams.

    Example:
        >>> phrase_weight("putin"), phrase_weight("abm treaty")
        (1.0, 2.0)
    """
    return 1.0 + math.log2(n_words(term))
