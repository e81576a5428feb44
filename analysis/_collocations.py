"""Multiword terms found in the corpus itself (private helper of analysis.terms/topics).

Owns collocation detection and merging. Candidates are adjacent content tokens inside
one break-free run (see ``analysis._tokens.stream``: stop words, sentence punctuation
and blank lines are breaks), so a phrase never spans a stop word or a sentence or
paragraph boundary. A candidate bigram becomes a phrase when it occurs at least
``min_count`` times and Dunning's log-likelihood ratio G2 (the statistic behind
``nltk.collocations.BigramAssocMeasures.likelihood_ratio``) exceeds ``threshold``
(10.83 = p < 0.001 with one degree of freedom) with a positive association and a
normalised PMI of at least ``min_npmi``. This works on a one-article corpus too: in the
seed story "abm treaty" occurs 7 times and "abm" never occurs without "treaty".
A second pass over the merged stream joins phrase + token into trigrams.
Merging is greedy left to right, preferring the higher-scoring of two overlapping pairs.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from ._tokens import BREAK

G2_P001 = 10.83


def auto_min_count(n_tokens: int) -> int:
    """Default minimum phrase frequency: 2, growing slowly with corpus size.

    About one occurrence per 400k content tokens, so a 3M-token corpus needs 8.

    Example:
        >>> auto_min_count(500), auto_min_count(3_000_000)
        (2, 8)
    """
    return max(2, int(round(n_tokens / 400_000)) + 1)


def _g2(n11, n1_, n_1, n):
    """Vectorised Dunning log-likelihood G2 for 2x2 tables and the NPMI."""
    n11 = n11.astype(float)
    n12 = n1_ - n11
    n21 = n_1 - n11
    n22 = n - n11 - n12 - n21
    obs = np.stack([n11, n12, n21, n22])
    r1, r2 = n1_, n - n1_
    c1, c2 = n_1, n - n_1
    exp = np.stack([r1 * c1, r1 * c2, r2 * c1, r2 * c2]) / n
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(obs > 0, obs * np.log(obs / exp), 0.0)
    g2 = 2.0 * terms.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        p11 = n11 / n
        pmi = np.log(p11 / ((n1_ / n) * (n_1 / n)))
        npmi = np.where(p11 < 1, pmi / -np.log(p11), 1.0)
    positive = n11 > exp[0]
    return g2, npmi, positive


def find_phrases(
    docs: list[list[str]],
    *,
    min_count: int | None = None,
    threshold: float = G2_P001,
    min_npmi: float = 0.25,
    max_words: int = 3,
) -> dict[tuple[str, str], float]:
    """Phrases of one pass: {(left, right): G2} for pairs passing all tests.

    Example:
        >>> docs = [["abm", "treaty", "", "abm", "treaty", "", "putin", "bush"]]
        >>> list(find_phrases(docs, min_count=2))
        [('abm', 'treaty')]
    """
    unigrams: Counter = Counter()
    pairs: Counter = Counter()
    for doc in docs:
        unigrams.update(doc)
        pairs.update(zip(doc, doc[1:], strict=False))
    unigrams.pop(BREAK, None)
    n_tokens = sum(unigrams.values())
    if n_tokens == 0:
        return {}
    mc = auto_min_count(n_tokens) if min_count is None else max(1, int(min_count))
    cand = [
        (p, c)
        for p, c in pairs.items()
        if c >= mc and p[0] and p[1] and p[0].count(" ") + p[1].count(" ") + 2 <= max_words
    ]
    if not cand:
        return {}
    n11 = np.fromiter((c for _, c in cand), float, len(cand))
    n1_ = np.fromiter((unigrams[p[0]] for p, _ in cand), float, len(cand))
    n_1 = np.fromiter((unigrams[p[1]] for p, _ in cand), float, len(cand))
    g2, npmi, pos = _g2(n11, n1_, n_1, float(n_tokens))
    keep = pos & (g2 >= threshold) & (npmi >= min_npmi)
    return {cand[i][0]: float(g2[i]) for i in np.flatnonzero(keep)}


def merge(doc: list[str], phrases: dict[tuple[str, str], float]) -> list[str]:
    """Join phrase pairs in one token stream (greedy, higher-scoring overlap wins).

    Example:
        >>> merge(["the", "abm", "treaty", ""], {("abm", "treaty"): 9.0})
        ['the', 'abm treaty', '']
    """
    if not phrases or len(doc) < 2:
        return list(doc)
    out: list[str] = []
    i, n = 0, len(doc)
    get = phrases.get
    while i < n - 1:
        s = get((doc[i], doc[i + 1]))
        if s is not None:
            if i + 2 < n:
                s2 = get((doc[i + 1], doc[i + 2]))
                if s2 is not None and s2 > s:
                    out.append(doc[i])
                    i += 1
                    continue
            out.append(doc[i] + " " + doc[i + 1])
            i += 2
        else:
            out.append(doc[i])
            i += 1
    if i == n - 1:
        out.append(doc[i])
    return out


def apply_phrases(
    docs: list[list[str]],
    *,
    min_count: int | None = None,
    threshold: float = G2_P001,
    min_npmi: float = 0.25,
    max_words: int = 3,
) -> tuple[list[list[str]], set[str]]:
    """Detect phrases on the corpus and merge them; returns (merged docs, phrase set).

    Runs ``max_words - 1`` passes (bigrams, then phrase + word trigrams).

    Example:
        >>> docs = [["abm", "treaty", "", "abm", "treaty", "", "putin"]]
        >>> merged, found = apply_phrases(docs, min_count=2)
        >>> merged[0], sorted(found)
        (['abm treaty', '', 'abm treaty', '', 'putin'], ['abm treaty'])
    """
    found: set[str] = set()
    for _ in range(max(0, int(max_words) - 1)):
        phrases = find_phrases(
            docs, min_count=min_count, threshold=threshold, min_npmi=min_npmi, max_words=max_words
        )
        if not phrases:
            break
        docs = [merge(d, phrases) for d in docs]
        found.update(a + " " + b for a, b in phrases)
    return docs, found


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
