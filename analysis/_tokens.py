"""Word tokenization for the term and topic analyses (private to analysis.terms/topics).

Owns the single compiled token regex, the news-aware stop list shipped as
``analysis/resources/stopwords.txt``, and cached Snowball stemming. Nothing here
needs downloaded nltk data. Decisions (documented in ``analysis.terms``):

* text is lower-cased, curly apostrophes become ``'`` and a possessive ``'s`` is stripped
  ("Bush's" -> "bush");
* a token is a run of letters/digits with internal hyphens or apostrophes
  ("al-qaida", "o'malley", "f-16", "don't") or a dotted abbreviation ("u.s.", "u.n.");
* web remnants are not words (:func:`drop_markup`): HTML tags with their attributes
  and entities are dropped, and URLs, "www." addresses, e-mail addresses, web domains
  ("example.gov") and file names ("chart.jpg") become breaks;
* tokens that start with a digit (numbers, years, "9/11", "2nd", "1980s"), single
  characters and tokens longer than 40 characters are dropped;
* sentence punctuation (. ! ? ; : , brackets, double quotes, dashes), blank lines and
  document boundaries are *breaks* (id -1 in :func:`encode_corpus`): a multiword term
  never spans one. Stop words are breaks as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
import pyarrow as pa

from .clean import as_text

# u.s. / u.n. / e.g. | words, al-qaida, o'malley, f-16 (the shared first \w is
# factored out: same matches as "\w(?:\.\w)+\.|\w+(?:[-']\w+)*", faster)
_WORD = r"\w(?:(?:\.\w)+\.|\w*(?:[-']\w+)*)"
# One pass over lower-cased text: number | word | break | document separator. A number
# with thousands separators or decimals ("2,100", "3.5") is one token (one break), not
# digits around a comma or period. Letters glued to it ("1.5-fold", "2,100abc") stay in
# the token, which opens with a digit and so is never a term, as _WORD_RE's pieces are
# not ("1", "5-fold"). No look-ahead: the branch never fails after reading a run (linear).
_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)+\w*(?:[-']\w+)*|"
    + _WORD
    + r"|[.!?;:,()\[\]{}\"\u201c\u201d\u201e\u00ab\u00bb\u2014\u2013\u2026|]|\n\s*\n"  # breaks
    + r"|\x00"  # document separator (encode_corpus)
)
_WORD_RE = re.compile(_WORD)  # words alone: for counting, where breaks don't matter
# "'s" after a letter or digit ([^\W_] is str.isalnum()), whose "'s" is dropped: the
# literal "'" first (a fast scan), the character before it checked by look-behind
_POSSESSIVE_RE = re.compile(r"'(?<=[^\W_]')s\b")
_APOSTROPHE_PAIRS = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\x00", " "))
# Web remnants that are not words (:func:`drop_markup`), in lower-cased text. Linear:
# a tag stops at the next "<" or ">"; a URL, e-mail or file name starts only where a
# run of its characters starts (the look-behind) and its runs are possessive, so no
# position is rescanned. Tags and entities become a space (inline markup joins words);
# addresses and file names become a break ("|"), so no phrase spans them.
_MARKUP_TAG_RE = re.compile(r"<[a-z/!?][^<>]*>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});")
_MARKUP_ADDRESS_RE = re.compile(
    r"(?<![\w.@/-])(?:"
    r"(?:https?|ftp)://\S*+"  # URL with a scheme, to the next space
    r"|www\.\S*+"
    r"|[\w.+-]++@[\w-]++(?:\.[\w-]++)++"  # e-mail address
    # a name with a web or file suffix ("whitehouse.gov", "map.jpg"), with any path
    r"|[\w-]++(?:\.[\w-]++)*?\.(?:gov|com|org|net|edu|mil|html?|php|aspx?|jpe?g|png|gif"
    r"|svg|webp|pdf|docx?|xlsx?|pptx?|csv|zip|mp[34])(?![\w-])(?:[/?#]\S*+)?"
    r")"
)
# cheap tests first: most texts hold no address, and the full pass costs ~5x this search
_MARKUP_SUFFIX_RE = re.compile(
    r"\.(?:gov|com|org|net|edu|mil|html?|php|aspx?|jpe?g|png|gif|svg|webp|pdf|docx?|xlsx?"
    r"|pptx?|csv|zip|mp[34])(?![\w-])"
)
# what the scheme and e-mail branches need somewhere in the text (a Twitter handle
# "@name" is no e-mail address): without them (and "www.", a suffix) nothing matches
_MARKUP_SCHEME_RE = re.compile(r"(?:https?|ftp)://")
_MARKUP_EMAIL_AT_RE = re.compile(r"@(?<=[\w.+-]@)[\w-]+\.[\w-]")

MAX_TOKEN_LEN = 40
SEP = "\x00"

# Fast word pass (:func:`_word_codes`). A match of _WORD_RE holds only word characters
# (str.isalnum() or "_"), ".", "-" and "'"; the pattern has no anchors, look-arounds
# or \b, so any other character behaves like the end of the text: findall over a text
# is the concatenation of findall over the pieces between such characters. A piece
# made of ASCII letters/digits with single inner "-" or "'" ("don't", "f-16"),
# optionally followed by one ".", is exactly one match (the piece without the ".").
# Byte classes of the UTF-8 text: 0 = ASCII that no match can contain (whitespace,
# punctuation, controls, SEP), 1 = ASCII letter/digit, 2 = ".", 3 = "-" or "'",
# 4 = "_" and every byte of a non-ASCII character (such pieces go through findall).
_BYTE_CLASS = np.zeros(256, np.uint8)
_BYTE_CLASS[[ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]] = 1
_BYTE_CLASS[ord(".")] = 2
_BYTE_CLASS[[ord("-"), ord("'")]] = 3
_BYTE_CLASS[ord("_")] = 4
_BYTE_CLASS[128:] = 4
_BYTE_TABLE = _BYTE_CLASS.tobytes()  # the same, as a bytes.translate table
# Frequent non-ASCII characters that no match can contain: made spaces so the pieces
# around them stay on the fast path (an optimisation only; the tests check the set).
_SPACE_CHARS = ("\u201c", "\u201d", "\u2014", "\u2013", "\u2015", "\u2026", "\xa0")


@lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The shipped news-aware stop list as a frozenset (cached).

    Example:
        >>> {"said", "mr", "would"} <= default_stopwords()
        True
    """
    text = resources.files("analysis").joinpath("resources/stopwords.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


def resolve_stopwords(stopwords) -> frozenset[str]:
    """Turn the ``stopwords=`` argument (True/False/None/iterable) into a frozenset.

    Example:
        >>> resolve_stopwords(False)
        frozenset()
        >>> "said" in resolve_stopwords(True)
        True
        >>> sorted(resolve_stopwords(["Foo"]))
        ['foo']
    """
    if stopwords is True:
        return default_stopwords()
    if stopwords is None or stopwords is False:
        return frozenset()
    if isinstance(stopwords, str):
        stopwords = [stopwords]
    return frozenset(str(w).lower() for w in stopwords)


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=300_000)
def stem_word(word: str) -> str:
    """Snowball (Porter2) stem of one token, cached; hyphenated parts are stemmed separately.

    Example:
        >>> stem_word("defenses")
        'defens'
    """
    st = _stemmer()
    if "-" in word:
        return "-".join(st.stem(p) if p else p for p in word.split("-"))
    try:
        return st.stem(word)
    except Exception:  # pragma: no cover - nltk edge cases on odd unicode
        return word


def drop_markup(low: str) -> str:
    """Lower-cased text without HTML tags, entities, URLs, e-mail addresses, web
    domains and file names: none of them are words of the coverage (an image tag's
    "wp-content uploads ... jpg" would otherwise be a topic). Addresses become a
    break ``|``; tags and entities a space.

    Example:
        >>> drop_markup('see <img src="x.jpg"> www.x.gov/a.pdf, mail a.b@x.org or map.jpg now')
        'see   | mail | or | now'
    """
    if ("<" in low and ">" in low) or ("&" in low and ";" in low):
        low = _MARKUP_TAG_RE.sub(" ", low)
    if (
        "www." in low
        or ("://" in low and _MARKUP_SCHEME_RE.search(low))
        or ("@" in low and _MARKUP_EMAIL_AT_RE.search(low))
        or _MARKUP_SUFFIX_RE.search(low)
    ):
        low = _MARKUP_ADDRESS_RE.sub("|", low)
    return low


def normalise(text) -> str:
    """Lower-case, unify apostrophes and strip possessive 's.

    Example:
        >>> normalise("Bush\u2019s plan")
        'bush plan'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    low = drop_markup(text.lower())
    # str.replace per character is ~10x faster than str.translate with a table
    for src, dst in _APOSTROPHE_PAIRS:
        if src in low:
            low = low.replace(src, dst)
    if "'s" not in low:
        return low
    return _POSSESSIVE_RE.sub("", low)


def _keep(tok: str) -> bool:
    return (
        1 < len(tok) <= MAX_TOKEN_LEN
        and not tok[0].isdigit()
        and (tok[0].isalnum() or tok[0] == "_")
        and any(c.isalpha() for c in tok)
    )


def _is_word(tok: str) -> bool:
    return bool(tok) and (tok[0].isalnum() or tok[0] == "_")


@lru_cache(maxsize=200_000)  # distinct tokens recur in every chunk of a corpus
def term_of(tok: str, stop: frozenset[str], stem: bool = False) -> str | None:
    """The term a raw token counts as, or None for stop words, numbers and breaks.

    Example:
        >>> term_of("treaty", frozenset()), term_of("1972", frozenset()), term_of(",", frozenset())
        ('treaty', None, None)
    """
    if tok in stop or not _is_word(tok) or not _keep(tok):
        return None
    return stem_word(tok) if stem else tok


def words(text, stop: frozenset[str], stem: bool = False) -> list[str]:
    """Plain token list (no breaks) of one text.

    Example:
        >>> words("Putin's U.S. visit, 2001", default_stopwords())
        ['putin', 'u.s.', 'visit']
    """
    out: list[str] = []
    for tok in _TOKEN_RE.findall(normalise(text)):
        t = term_of(tok, stop, stem)
        if t is not None:
            out.append(t)
    return out


def encode_corpus(texts: list[str], stop: frozenset[str], stem: bool = False, breaks: bool = True):
    """Tokenize a whole corpus in one regex pass and encode it as integer arrays.

    Returns ``(tok, doc, names)``: ``tok[i]`` is a term id (index into ``names``) or -1
    for a break (stop word, number, punctuation, blank line, document boundary);
    ``doc[i]`` is the document index of position i. Work per distinct token, not per
    token occurrence, so stop-listing and stemming cost nothing on large corpora.
    With ``breaks=False`` only word tokens are returned (no -1 entries): enough
    for counting, and about twice as fast (numpy byte pass, :func:`_word_codes`).

    Example:
        >>> tok, doc, names = encode_corpus(["Mr. Bush, Putin", "Bush"], default_stopwords())
        >>> [names[t] if t >= 0 else "|" for t in tok], doc.tolist()
        (['|', '|', 'bush', '|', 'putin', '|', 'bush'], [0, 0, 0, 0, 0, 1, 1])
    """
    if not texts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), []
    if breaks:
        toks = _TOKEN_RE.findall(SEP.join(normalise(t) for t in texts))
        if not toks:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), []
        enc = pa.array(toks, type=pa.large_string()).dictionary_encode()
        codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
        uniques = enc.dictionary.to_pylist()
    else:  # words only (enough for counts): documents from lengths
        codes, uniques, lengths = _word_codes(texts)
        if not codes.size:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), []
    names: list[str] = []
    term_ids: dict[str, int] = {}
    ids: list[int] = []  # term id per unique token (a list: numpy item writes are slow)
    add = ids.append
    for u in uniques:
        if u == SEP:
            add(-2)
            continue
        t = term_of(u, stop, stem)  # cached: chunks of one corpus share the work
        if t is None:
            add(-1)
            continue
        j = term_ids.get(t)
        if j is None:
            j = term_ids[t] = len(names)
            names.append(t)
        add(j)
    u2t = np.array(ids, dtype=np.int64)
    tok = u2t[codes]
    if not breaks:
        return tok, np.repeat(np.arange(len(texts), dtype=np.int64), lengths), names
    is_sep = tok == -2
    doc = np.cumsum(is_sep)
    tok[is_sep] = -1
    return tok, doc, names


def _word_codes(texts: list[str], first_seen: bool = True):
    """``_WORD_RE.findall(normalise(t))`` of every text, dictionary-encoded: returns
    ``(codes, uniques, lengths)`` exactly as ``pa.array(all_tokens).dictionary_encode()``
    would give them (uniques in order of first appearance), plus each text's token count.
    ``first_seen=False`` skips that renumbering (for counts, where the order of the
    uniques does not matter): the same tokens, uniques in another order.

    Most tokens never become Python strings: the texts are joined with SEP and scanned
    as UTF-8 bytes with numpy (see ``_BYTE_CLASS``); the simple pieces are sliced out of
    that buffer and encoded by Arrow; only the others ("u.s.", "''the", "_", non-ASCII)
    go through findall, and their tokens are merged back in order.

    Example:
        >>> codes, uniques, lengths = _word_codes(["U.S. plan, plan.", "Al-Qaida\u2019s x_y"])
        >>> [uniques[c] for c in codes], lengths.tolist()
        (['u.s.', 'plan', 'plan', 'al-qaida', 'x_y'], [3, 2])
    """
    if not texts:
        return np.zeros(0, np.int64), [], np.zeros(0, np.int64)
    parts = []
    for t in texts:
        t = normalise(t)  # never contains SEP
        for c in _SPACE_CHARS:
            if c in t:
                t = t.replace(c, " ")
        parts.append(t)
    raw = SEP.join(parts).encode("utf-8", "surrogatepass")
    # byte -> class with bytes.translate (a C table lookup, ~10x faster than np.take)
    # plus one class-0 byte after the end
    cls = np.frombuffer(raw.translate(_BYTE_TABLE) + b"\x00", np.uint8)
    # pieces: maximal runs of bytes of class > 0, as [start, end) byte offsets
    flag = np.zeros(len(raw) + 2, np.int8)
    np.not_equal(cls[:-1], 0, out=flag[1:-1].view(bool))
    edges = np.flatnonzero(flag[1:] != flag[:-1])  # (a != on int8: ~5x np.diff's speed)
    starts, ends = edges[0::2], edges[1::2]
    npieces = len(starts)
    # simple piece: starts with a letter/digit, every "-"/"'" is followed by one,
    # no "_"/non-ASCII, a "." only as its last byte (then dropped from the token)
    odd = np.flatnonzero(cls >= 2)
    odd_cls, next_cls = cls[odd], cls[odd + 1]
    bad = odd[
        (odd_cls == 4) | ((odd_cls == 2) & (next_cls != 0)) | ((odd_cls == 3) & (next_cls != 1))
    ]
    simple = cls[starts] == 1
    simple[np.searchsorted(starts, bad, "right") - 1] = False
    s_idx = np.flatnonzero(simple)
    s_start = starts[s_idx]
    s_end = ends[s_idx]
    s_end = s_end - (cls[s_end - 1] == 2)
    # simple tokens as one Arrow array: view (token, gap, token, ...) of the buffer, take tokens
    bounds = np.empty(2 * len(s_idx), np.int64)
    bounds[0::2], bounds[1::2] = s_start, s_end
    n_views = max(2 * len(s_idx) - 1, 0)
    views = pa.LargeStringArray.from_buffers(n_views, pa.py_buffer(bounds), pa.py_buffer(raw))
    enc = views.take(pa.array(np.arange(0, n_views, 2))).dictionary_encode()
    s_codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    uniques = enc.dictionary.to_pylist()
    n_simple_uniques = len(uniques)
    # other pieces: findall; their tokens join the same dictionary
    c_idx = np.flatnonzero(~simple)
    lookup = {u: i for i, u in enumerate(uniques)}
    c_codes: list[int] = []
    c_count = np.zeros(len(c_idx), np.int64)
    for k, (a, b) in enumerate(zip(starts[c_idx].tolist(), ends[c_idx].tolist(), strict=True)):
        found = _WORD_RE.findall(raw[a:b].decode("utf-8", "surrogatepass"))
        c_count[k] = len(found)
        for w in found:
            j = lookup.get(w)
            if j is None:
                j = lookup[w] = len(uniques)
                uniques.append(w)
            c_codes.append(j)
    # token positions: a simple piece is one token, another piece c_count tokens
    count = simple.astype(np.int64)
    count[c_idx] = c_count
    tok_end = np.cumsum(count)
    total = int(tok_end[-1]) if npieces else 0
    codes = np.empty(total, np.int64)
    s_pos = tok_end[s_idx] - 1
    codes[s_pos] = s_codes
    c_pos = np.repeat(tok_end[c_idx] - c_count, c_count)
    c_pos += np.arange(len(c_pos)) - np.repeat(np.cumsum(c_count) - c_count, c_count)
    codes[c_pos] = c_codes
    if first_seen:  # renumber uniques by first appearance in the whole token sequence
        codes, uniques = _first_seen(
            codes, uniques, n_simple_uniques, s_codes, s_pos, c_codes, c_pos
        )
    # tokens per text: text i ends at the i-th SEP byte
    seps, at = [], raw.find(b"\x00")
    while at >= 0:
        seps.append(at)
        at = raw.find(b"\x00", at + 1)
    piece_bounds = np.searchsorted(starts, np.asarray(seps, np.int64))
    cum = np.concatenate(([0], tok_end))
    lengths = np.diff(cum[np.concatenate(([0], piece_bounds, [npieces])).astype(np.int64)])
    return codes, uniques, lengths


def _first_seen(codes, uniques, n_simple_uniques, s_codes, s_pos, c_codes, c_pos):
    """``(codes, uniques)`` of :func:`_word_codes` renumbered so that the uniques come
    in order of first appearance in the token sequence."""
    total = len(codes)
    first = np.full(len(uniques), total, np.int64)
    if s_codes.size:  # Arrow numbered the simple tokens by first appearance already
        seen = np.maximum.accumulate(s_codes)
        new = np.flatnonzero(np.concatenate(([True], s_codes[1:] > seen[:-1])))
        first[:n_simple_uniques] = s_pos[new]
    np.minimum.at(first, np.asarray(c_codes, np.int64), c_pos)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(uniques), np.int64)
    rank[order] = np.arange(len(uniques))
    codes = rank[codes]
    uniques = [uniques[i] for i in order.tolist()]
    return codes, uniques


def as_texts(values: Iterable) -> list[str]:
    """Coerce a column of texts (NaN/None/non-str allowed) to a list of str.

    Example:
        >>> as_texts(["a", None, 3])
        ['a', '', '3']
    """
    # strings as they are (the tokenizers read lone surrogates); the rest as as_text
    return [v if isinstance(v, str) else as_text(v) for v in values]


_IS_TERM: dict[str, bool] = {}  # token -> term_of(token, stop) is not None, for ONE stop list
_IS_TERM_STOP: list = [None]  # ... this one (the object)
_IS_TERM_MAX = 200_000  # (as term_of's cache)


def _is_term_flags(uniques: list[str], stop: frozenset[str]) -> list[bool]:
    """``[term_of(u, stop) is not None for u in uniques]`` from a plain dict memo (the
    distinct tokens of a corpus recur in every chunk; a dict look-up costs a fraction
    of ``term_of``'s cache key).

    Example:
        >>> _is_term_flags(["treaty", "the", "1972"], default_stopwords())
        [True, False, False]
    """
    if _IS_TERM_STOP[0] is not stop:
        _IS_TERM.clear()
        _IS_TERM_STOP[0] = stop
    flags = list(map(_IS_TERM.get, uniques))
    if None in flags:  # tokens seen for the first time
        if len(_IS_TERM) + len(uniques) > _IS_TERM_MAX:
            _IS_TERM.clear()
        for i, u in enumerate(uniques):
            if flags[i] is None:
                flags[i] = _IS_TERM[u] = term_of(u, stop, False) is not None
    return flags


def word_count_table(ids: Sequence[str], texts: Sequence[str]):
    """``analysis.term_counts(..., phrases=False)`` of one chunk straight as an Arrow table
    (article_id and term dictionary-encoded, count int32), for the pipeline:
    no sparse matrix, no pandas, no per-row Python strings. Same rows, same order.
    Shared by :mod:`analysis.terms` and :mod:`analysis.pipeline`.

    Example:
        >>> word_count_table(["a"], ["Treaty talks, treaty signed."]).to_pydict()["count"]
        [2, 1, 1]
    """
    stop = resolve_stopwords(True)
    texts = as_texts(texts)
    # encode_corpus(texts, stop, breaks=False) without its renumbering: without
    # stemming a kept unique token is its own term, and terms are ranked
    # alphabetically below, so the order of the uniques does not matter
    codes, uniques, lengths = _word_codes(texts, first_seen=False)
    is_term = np.array(_is_term_flags(uniques, stop), bool)
    kept = np.flatnonzero(is_term)  # not stop words, numbers
    n = len(kept)
    if not n or not codes.size:
        return pa.table(
            {
                "article_id": pa.array([], pa.string()).dictionary_encode(),
                "term": pa.array([], pa.string()).dictionary_encode(),
                "count": pa.array([], pa.int32()),
            }
        )
    name_arr = np.array(uniques, dtype=object)[kept]
    alpha = np.argsort(name_arr.astype(str), kind="stable")
    rank = np.full(len(uniques), -1, np.int64)  # unique token -> alphabetical rank of its term
    rank[kept[alpha]] = np.arange(n)
    tok = rank[codes]
    keep = tok >= 0
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[keep]
    # count (article, term) pairs keyed by alphabetical rank: keys come out in
    # (article, term) order, so a stable sort by (article, count desc) finishes the
    # order "article, then count desc, then term"
    keys = doc * n + tok[keep]
    if len(texts) * n < 2**31:  # np.unique sorts int32 keys in about half the time
        keys = keys.astype(np.int32)
    keys, counts = np.unique(keys, return_counts=True)
    rows, cols = np.divmod(keys.astype(np.int64), n)
    top = int(counts.max())
    if (int(rows[-1]) + 1) * (top + 1) < 2**62:
        order = np.argsort(rows * (top + 1) + (top - counts), kind="stable")
    else:  # pragma: no cover - would overflow the combined key
        order = np.lexsort((cols, -counts, rows))
    term = pa.DictionaryArray.from_arrays(
        pa.array(cols[order].astype(np.int32)), pa.array(name_arr[alpha].tolist(), pa.string())
    )
    ids = [str(i) for i in ids]
    if len(set(ids)) == len(ids):
        article = pa.DictionaryArray.from_arrays(
            pa.array(rows[order].astype(np.int32)), pa.array(ids, pa.string())
        )
    else:  # repeated ids: one dictionary entry each
        article = pa.array(np.array(ids, dtype=object)[rows[order]], pa.string())
        article = article.dictionary_encode()
    return pa.table(
        {"article_id": article, "term": term, "count": pa.array(counts[order].astype(np.int32))}
    )
