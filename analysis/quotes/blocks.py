"""Quotation blocks: the quotation-mark spans of one text (``find_blocks``), chained
across paragraphs when a paragraph is left open, and the masked copy of the text in
which every block is replaced by ``MASK`` characters (``mask_text``) so that later
stages see a quotation as one opaque unit with unchanged offsets.
"""

from __future__ import annotations

import re

MASK = "\x01"

_OPEN = "“„«‟"

_CLOSE = "”»"

# Quote marks: ''|["“”„«»‟] -- written to start with one plain class (an apostrophe
# counts only when another follows), so that ``re`` scans for candidates fast (same matches);
# of three apostrophes the last two are the mark (''Fine, 'yes,''' she said: a single
# quote closes inside the double one)
_NON_SPACE_RE = re.compile(r"\S")

_QMARKS_RE = re.compile(r"['\"“”„«»‟](?:(?<=')'(?!')|(?<!'))")


def _qmark_spans(text):
    """``[m.span() for m in _QMARKS_RE.finditer(text)]``, by ``str.find`` (much faster
    than the regex's scan with a character class): each quote mark but the apostrophe
    alone, and two apostrophes not followed by a third (of three, the last two)."""
    out = []
    find = text.find
    for ch in '"“”„«»‟':
        i = find(ch)
        while i >= 0:
            out.append((i, i + 1))
            i = find(ch, i + 1)
    i = find("''")
    while i >= 0:
        if text[i + 2 : i + 3] != "'":
            out.append((i, i + 2))
            i = find("''", i + 2)
        else:
            i = find("''", i + 1)
    out.sort()
    return out


def _nested_pair_end(text: str, p: int, pe: int, mark: str, memo: dict | None = None) -> int:
    """The end of the curly pair opening at ``p`` inside a quotation opened by the
    straight ``mark`` (``"We are about “fairness” now."``): the offset after its
    closing mark when that mark comes in the same paragraph and the straight
    quotation goes on after it (its closing ``mark`` follows in the paragraph, or the
    paragraph ends open and the next one opens with ``mark``, a quotation carried
    over paragraphs); else -1 (the curly mark then opens a new quotation, as before:
    ``"We will see, Ann Roe said. “No,” Al Poe said.``). ``find_blocks`` does not ask
    for a curly mark right after the straight one (``"“A,” Roe said."``: a paragraph
    wrapped in straight marks, no nesting).

    >>> _nested_pair_end('"We are about “fairness” now."', 14, 15, '"')
    24
    >>> _nested_pair_end('"We are about “fairness\\nnow” here', 14, 15, '"')
    -1
    >>> _nested_pair_end('"We see, Ann Roe said. “No,” Al Poe said.', 23, 24, '"')
    -1
    """
    if memo is None:
        memo = {}
    nl = _next_at(text, "\n", pe, memo)
    end = nl if nl >= 0 else len(text)
    close = _next_at(text, "”", pe, memo)
    if close < 0 or close >= end:
        return -1
    if 0 <= _next_at(text, mark, close + 1, memo) < end:
        return close + 1  # the straight quotation closes later in the paragraph
    if nl >= 0 and text.startswith(mark, _next_at(text, "\x00ws", nl, memo)):
        return close + 1  # it is carried on to the next paragraph
    return -1


def _next_at(text: str, what: str, start: int, memo: dict) -> int:
    """``text.find(what, start)`` (``"\\x00ws"``: the first non-space character at
    or after ``start``, or ``len(text)``), memoised in ``memo`` for a later ``start``
    up to the position found, so that scanning a paragraph for every mark stays
    linear.

    >>> _next_at("ab\\n  c", "\\x00ws", 2, {})
    5
    """
    hit = memo.get(what)
    if hit is not None and hit[0] <= start and (start <= hit[1] or hit[1] < 0):
        return hit[1]
    if what == "\x00ws":
        m = _NON_SPACE_RE.search(text, start)
        found = m.start() if m else len(text)
    else:
        found = text.find(what, start)
    memo[what] = (start, found)
    return found


def find_blocks(text: str):
    """Quotation-mark blocks as lists [qs, qe, cs, ce, unclosed, next_block_or_-1].

    qs..qe spans the marks, cs..ce the content. A block never crosses a paragraph
    (newline); an unclosed block ends at the paragraph end and is chained to the next
    paragraph's block when that paragraph opens with a quote mark (news convention).
    """
    blocks = []
    open_pos = -1
    open_len = 1
    n = len(text)
    find = text.find
    # the marks only (no newlines): a newline matters only while a block is open, and
    # then only the first one after the opening mark, which ``find`` gives directly
    nested_end = -1  # end of a curly pair nested in an open straight quotation
    memo: dict = {}  # _next_at's positions found
    for p, pe in _qmark_spans(text):
        if open_pos >= 0:
            nl = find("\n", open_pos + open_len, p)
            if nl >= 0:
                blocks.append([open_pos, nl, open_pos + open_len, nl, True, -1])
                open_pos = -1
        if p < nested_end:
            continue  # a mark inside the nested pair, or its closing mark
        c = text[p:pe]
        if open_pos >= 0 and c == "“" and text[open_pos] in "\"'" and p > open_pos + open_len:
            nested_end = _nested_pair_end(text, p, pe, text[open_pos : open_pos + open_len], memo)
            if nested_end > 0:
                continue
        if c == "''":
            c = '"'  # two apostrophes: the NYT-style straight double quote
        prev = text[p - 1] if p > 0 else " "
        nxt = text[pe] if pe < n else " "
        if open_pos < 0:
            if (c in _CLOSE or c == '"') and (
                ps := _unmarked_continuation(text, blocks, p, pe)
            ) >= 0:
                blocks.append([ps, pe, ps, p, False, -1])  # (its opening mark dropped)
                continue
            if c in _CLOSE and not prev.isspace() and prev not in "([—–-":
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
            if (c in _OPEN or (c == '"' and prev.isspace() and not nxt.isspace())) and (
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
        nl = find("\n", open_pos + open_len)
        if nl >= 0:
            blocks.append([open_pos, nl, open_pos + open_len, nl, True, -1])
        else:
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


def _unmarked_continuation(text: str, blocks, p: int, pe: int) -> int:
    """The start of the paragraph that a closing mark at ``p`` ends when that paragraph
    continues a quotation left open at the end of the paragraph right before it and
    holds no mark of its own before ``p`` (its opening mark dropped: '"A," she said,
    "B.' then 'C."'), so it is the same quotation (``find_blocks`` chains it); else -1.
    The mark must close a sentence (after ".", "!", "?" or ",") and end its paragraph.

    >>> t = '"A," she said, "B.\\n\\nC."\\n\\nD.'
    >>> b = [[15, 18, 16, 18, True, -1]]
    >>> _unmarked_continuation(t, b, 22, 23), _unmarked_continuation('x.\\n\\nC."', b, 6, 7)
    (20, -1)
    """
    if not blocks or not blocks[-1][4] or text[p - 1 : p] not in (".", "!", "?", ","):
        return -1
    end = blocks[-1][1]
    if text[end : end + 1] != "\n":
        return -1  # (the open quotation must run to its paragraph's end)
    ps = end
    while ps < p and text[ps].isspace():
        ps += 1
    nl = text.find("\n", pe)
    if ps >= p or "\n" in text[ps:p] or text[pe : nl if nl >= 0 else len(text)].strip():
        return -1  # (one paragraph, right after the open one, ended by the mark)
    return ps


def mask_text(text: str, blocks) -> str:
    if not blocks:
        return text
    parts = []
    pos = 0
    for b in blocks:
        qs, qe = b[0], b[1]
        if qs < pos:
            continue
        parts.append(text[pos:qs])
        parts.append(MASK * (qe - qs))
        pos = qe
    parts.append(text[pos:])
    return "".join(parts)


# Wire-service company markup around a name the rules should read as plain words:
# a stock ticker after a name ("Acme Corp <ACME.N> said", "Acme Corp (NYSE: ACME)
# said") and the brackets of a company name ("<Acme Widgets Inc> said", and at a
# paragraph start "(Acme Widgets Inc) said"). Group "t" (a ticker, after a word) is
# blanked whole, the brackets "o"/"c" and "po"/"pc" alone.
_TAG_RE = re.compile(
    r"(?P<t>(?<=[\w.,>] )(?:<[A-Z0-9][A-Z0-9.&/\-]{0,11}(?: [A-Z]{1,2})?>|<[a-z][a-z0-9.]{0,11}>)|"
    r"\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|TSX-V|TSXV|LSE|ASX|OTC|CSE|NEO)(?:\s*[:/]\s*|\s+)"
    r"[A-Z0-9][A-Z0-9.\-]{0,11}\))|"
    r"(?P<o><)[A-Z0-9][^<>\n]{0,80}?(?P<c>>)|"
    r"(?:^|(?<=\n))(?P<po>\()[A-Z][^()\n]{0,60}?(?P<pc>\))(?=\s+[a-z])"
)

# the brackets _TAG_RE can start at (a scan for them is fast; _TAG_RE is tried there)
_BRACKET_RE = re.compile(r"[<(]")


def _bracket_starts(text):
    """``[m.start() for m in _BRACKET_RE.finditer(text)]``, by ``str.find`` (a much
    faster scan than the regex's character class over the whole text)."""
    out = []
    for ch in "<(":
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def unwrap_tags(masked: str) -> str:
    """``masked`` with wire-service company markup blanked (same length): stock
    tickers after a name and the brackets around a company name, so that the name
    reads as a plain noun phrase before its verb.

    >>> unwrap_tags("<Acme Widgets Inc> said it expects gains.")
    ' Acme Widgets Inc  said it expects gains.'
    >>> t = "Acme Corp <ACME.N> said so; Bolt Inc (NYSE: BLT) agreed."
    >>> " ".join(unwrap_tags(t).split()), len(unwrap_tags(t)) == len(t)
    ('Acme Corp said so; Bolt Inc agreed.', True)
    """
    if "<" not in masked and "(" not in masked:
        return masked
    parts = []
    pos = 0
    match = _TAG_RE.match
    for b in _bracket_starts(masked):
        if b < pos or (m := match(masked, b)) is None:
            continue
        for g in ("t", "o", "c", "po", "pc"):
            s, e = m.span(g)
            if s >= 0:
                parts.append(masked[pos:s])
                parts.append(" " * (e - s))
                pos = e
    if not parts:
        return masked
    parts.append(masked[pos:])
    return "".join(parts)


# a nickname in quotation marks inside a name: one or two capitalised words, no
# punctuation ('John "Tig" Tiegen', 'Robert “Bobby” Vale'); checked with the words
# either side (a capitalised word, one space, the block, one space, a capital)
_NICK_RE = re.compile(r"[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?")
_NICK_BEFORE_RE = re.compile(r"(?:^|[\s(])[A-Z][\w'.-]*[a-z.] $")
# the surname after it, then no further capitalised word (a title-case headline,
# 'She Felt "Invisible" As A Child', goes on in capitals)
_NICK_AFTER_RE = re.compile(r" [A-Z][\w'-]*(?![\w'-]| [A-Z])")


def drop_nicknames(text: str, blocks, plain: str):
    """(blocks, plain) without the quoted nicknames inside a name: a block of one or
    two capitalised words between a capitalised word and a capitalised word is no
    quotation (unless a capitalised word follows the surname too, as in a title-case
    headline), and ``plain`` gets it blanked (same length) so that the name reads as
    first + last name.

    >>> t = 'Robert "Bobby" Vale said so.'
    >>> bs, p = drop_nicknames(t, find_blocks(t), t)
    >>> bs, " ".join(p.split())
    ([], 'Robert Vale said so.')
    """
    drop = []
    for i, b in enumerate(blocks):
        qs, qe, cs, ce = b[0], b[1], b[2], b[3]
        if (
            not b[4]
            and ce - cs <= 25
            and _NICK_AFTER_RE.match(text, qe)
            and _NICK_RE.fullmatch(text, cs, ce)
            and _NICK_BEFORE_RE.search(text[max(0, qs - 30) : qs])
        ):
            drop.append(i)
    if not drop:
        return blocks, plain
    gone = set(drop)
    new_index = {}
    kept = []
    for i, b in enumerate(blocks):
        if i not in gone:
            new_index[i] = len(kept)
            kept.append(b)
    for b in kept:
        if b[5] >= 0:
            b[5] = new_index.get(b[5], -1)
    parts = []
    pos = 0
    for i in drop:
        qs, qe = blocks[i][0], blocks[i][1]
        parts.append(plain[pos:qs])
        parts.append(" " * (qe - qs))
        pos = qe
    parts.append(plain[pos:])
    return kept, "".join(parts)
