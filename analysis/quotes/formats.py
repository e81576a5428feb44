"""Quotation formats that carry no reporting verb: a paragraph that is a quotation
and a name joined by a dash (``dash_frames``: '"We will win." ― Jane Doe' and
'Jane Doe ― "We will win."', a list of readers' reactions), and the paragraph of
unquoted speech that a paragraph "X added:" announces (``announced_paragraphs``,
a block quotation whose marks the page layout dropped).
"""

from __future__ import annotations

import bisect
import re

from .answer_subjects import answer_subject
from .blocks import MASK
from .cues import Quote, _strip_span
from .lexicon import _PRONOUNS, _SENT_START_STOP, colon_labels, gesture_verbs, is_colon_label
from .phrases import clause_comma_rfind
from .sentence_subjects import _sentence_subject

# a dash that sets off a name: the horizontal bar, em and en dashes, "--", a spaced "-"
_DASH = r"(?:―|—|–|--|(?<=\s)-(?=\s))"
_SP = r"[ \t\xa0]*"
# a name: up to six words, each capitalised, an initial, or a lower-case particle
_NAME_WORD = r"[^\W\d_][\w’'.\-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{0,5}}"
# '"..." ― Jane Doe' (optionally ", 34, of Tucson"), at the end of the paragraph
_TAIL_RE = re.compile(
    rf"[”\"“]{_SP}(?P<dash>{_DASH}){_SP}(?P<name>{_NAME})(?:,[^\n“”\"]{{0,80}})?[\s.]*\Z"
)
# 'Jane Doe ― "..."' at the start of the paragraph
_HEAD_RE = re.compile(rf"{_SP}(?P<name>{_NAME}){_SP}(?P<dash>{_DASH}){_SP}\Z")
# the next paragraph: a dash and a name ('"...."' then '- Sanders.' or '-Jane Doe, Tucson.')
_NEXT_TAIL_RE = re.compile(
    rf"\n[ \t\xa0]*(?:\n[ \t\xa0]*)?(?P<dash>―|—|–|--|-){_SP}(?P<name>{_NAME})"
    rf"(?:,[^\n“”\"]{{0,80}}|[ \t\xa0]*\.)[ \t\xa0.]*(?:\n|\Z)"  # (a tail or a period)
)


def _next_paragraph_dash(text, pe):
    """The ``_NEXT_TAIL_RE`` match of the paragraph after the line ending at ``pe``, or
    None."""
    return _NEXT_TAIL_RE.match(text, pe)


_PARTICLES = frozenset("de da del della der di du la le van von y bin al ibn dos das st.".split())
_SENTENCE_END_RE = re.compile(r"[.!?…]")


def _is_name(words) -> bool:
    """Do these words read as a person's name ("Jane Doe", "Edwin G. Monroy")?"""
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    w0 = words[0].lower().strip(".")
    if w0 in _SENT_START_STOP or w0 in _PRONOUNS or is_colon_label(" ".join(words)):
        return False
    if any(w.isupper() and len(w.strip(".")) > 2 for w in words):
        return False  # a dateline ("LOS ANGELES --") or a heading
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def list_item_name(text: str, ns: int, ne: int) -> int:
    """The end of the speaker phrase text[ns:ne] of a list item of reactions: the
    name before its first comma when the phrase is a name and a description ("Ann
    Al-Rashid, Galiano chamber of commerce president", "Bo Lee, parent"), else ``ne``.

    >>> t = "Ann Al-Rashid, Galiano chamber of commerce president"
    >>> t[: list_item_name(t, 0, len(t))], list_item_name("Update, Monday", 0, 14)
    ('Ann Al-Rashid', 14)
    """
    comma = text.find(",", ns, ne)
    if comma < 0:
        return ne
    words = text[ns:comma].split()
    return ns + len(text[ns:comma].rstrip()) if len(words) >= 2 and _is_name(words) else ne


def _titled_name(words, lex):
    """The name words after a lower-case title before a name at a dash's end
    ("transit director Ann Roe" -> ["Ann", "Roe"]); else ``words``."""
    i = next((x for x, w in enumerate(words) if w[:1].isupper()), 0)
    if not 0 < i <= 3 or len(words) - i < 2 or not _is_name(words[i:]):
        return words
    if any(w in _SENT_START_STOP for w in words[:i]):
        return words  # "— and then Ann Roe": no title
    head = words[i - 1]
    return words[i:] if head in lex.titles or head in lex.nouns else words


def _reads_as_speech(content: str) -> bool:
    """Is a quotation's content a statement rather than a title ("Born to Run"):
    at least four words, and a sentence mark or mostly lower-case words?"""
    words = [w for w in content.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    lower = sum(w[:1].islower() for w in words)
    return _SENTENCE_END_RE.search(content) is not None or lower >= 0.5 * len(words)


def _paragraph(text, pos):
    """(start, end) of the line (a paragraph) holding offset ``pos``.

    >>> _paragraph("Ann spoke.\\nRoe left.", 13)
    (11, 20)
    """
    ps = text.rfind("\n", 0, pos) + 1
    pe = text.find("\n", pos)
    return ps, (len(text) if pe < 0 else pe)


def _dash_quote(doc, bid):
    """The Quote of the paragraph that block ``bid`` opens when that paragraph is
    a quotation and a name set off by a dash, after it or before it (the
    quotation may hold quotation marks of its own); else None."""
    text, masked, blocks = doc.text, doc.masked, doc.blocks
    # (each test below reads only the text back to the previous block, so that a
    # paragraph of 100,000 quotation marks costs linear time, not quadratic)
    j = blocks[bid][0]
    while j > 0 and masked[j - 1] in " \t\xa0":
        j -= 1
    if j > 0 and masked[j - 1] not in "\n―—–-":
        return None  # neither opening its paragraph nor after a dash
    if bid > 0 and text.find("\n", blocks[bid - 1][0], blocks[bid][0]) < 0:
        return None  # not the paragraph's first block
    ps, pe = _paragraph(text, blocks[bid][0])
    bids = doc.blocks_in(ps, pe)
    if bids[0] != bid or any(x in doc.used_blocks for x in bids):
        return None
    first = blocks[bid]
    if masked[ps : first[0]].strip(" \t\xa0") == "":
        m = _TAIL_RE.search(text, first[2], pe)
        span = None if m is None else (first[2], m.start())
        if m is None and len(bids) == 1 and not text[first[1] : pe].strip(" \t\xa0.,"):
            m = _next_paragraph_dash(text, pe)  # '"..."' and then a paragraph '- Jane Doe.'
            span = (first[2], first[3])
    elif text[first[0] : pe].rstrip(" \t\xa0.,")[-1:] in ("”", '"'):
        m = _HEAD_RE.match(masked, ps, first[0])
        close = first[0] + len(text[first[0] : pe].rstrip(" \t\xa0.,")) - 1
        span = None if m is None or close <= first[2] else (first[2], close)
    else:
        return None
    if m is None or span is None:  # (a block closing before its own content: '— ” ”')
        return None
    ns, ne = m.span("name")
    name = text[ns:ne].rstrip(".")
    named = _titled_name(name.split(), doc.lex)  # "— transit director Ann Roe"
    if len(named) < len(name.split()):  # (the last place of its words, however spaced)
        run = r"\s+".join(map(re.escape, named))
        at = [h.start() for h in re.finditer(f"(?=(?<!\\S){run}(?!\\S))", name)]
        if not at:
            return None
        hit = re.compile(run).match(name, at[-1])
        ns, name = ns + hit.start(), hit.group()
    ne = ns + len(name)
    if not _is_name(name.split()):
        return None
    s1, e1 = _strip_span(text, *span, lead=" \t\n", trail=" \t\n,")
    if e1 <= s1 or not _reads_as_speech(text[s1:e1]):
        return None
    ds, de = m.span("dash")
    q = Quote(s1, e1, "direct", text[ds:de], ds, de, name, ns, ne)
    q.block_ids = tuple(bids)
    return q


def dash_frames(doc) -> None:
    """Add the quotations attributed by a dash and a name, a paragraph each:
    '"We will win." ― Jane Doe' and 'Jane Doe ― "We will win."' (or the dash and the
    name as the next paragraph, ending with a period or a comma's tail:
    '- Jane Doe.', '-Jane Doe, Tucson.'). A title and its
    author ('"Born to Run" — Bruce Springsteen'), a score ("Lakers — 102") or a
    quotation inside a sentence of prose is no such paragraph.

    >>> from analysis.quotes.assemble import extract
    >>> qs, _ = extract('Readers wrote in.\\n\\n“He has no plan at all for us.” ― Jane Doe')
    >>> [(q.speaker, q.cue, q.start) for q in qs]
    [('Jane Doe', '―', 20)]
    """
    added = False
    for bid in range(len(doc.blocks)):
        if bid in doc.used_blocks:
            continue
        q = _dash_quote(doc, bid)
        if q is not None:
            added = _keep(doc, q)
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


def _keep(doc, q) -> bool:
    """Add quote ``q`` to the article and mark its quotation blocks used; True."""
    for b in q.block_ids:
        doc.used_blocks[b] = q
    doc.quotes.append(q)
    return True


# --------------------------------------------------------------------------- colon subjects

_CLAUSE_BOUNDARY_RE = re.compile(r"[,;—–!?]|--")
_NOT_VERB = frozenset(
    "a an the of in on at to for from with by about into during after before over under "
    "and or but nor so yet as than that which who whom whose".split()
)
# what may stand before the subject of a clause ("to which Lee interjected")
_CLAUSE_LEAD = frozenset("as and but so then or yet to which while when where after".split())
_WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")
_RELATIVE = frozenset(("who", "which", "that"))


def colon_subject(masked, ss, cpos, lex):
    """(start, end) of the subject of the clause that ends at the colon ``cpos`` of a
    sentence starting at ``ss``: of the last clause when it has one ("When Hale spoke,
    Lee fired back:" -> "Lee"; "to which Lee interjected:" -> "Lee"), else of the
    sentence ("Lee replied, with a smile:" -> "Lee"). None when no subject is
    found.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = "When Hale spoke, Lee fired back:"
    >>> s, e = colon_subject(t, 0, len(t) - 1, lexicon())
    >>> t[s:e]
    'Lee'
    """
    if (answer := answer_subject(masked, ss, cpos)) is not None:
        return answer  # "Her answer to whether A would last:": hers (w139)
    cuts = [m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(masked, ss, cpos)]
    span = _last_clause_subject(masked, cuts[-1], cpos, lex) if cuts else None
    return span or _sentence_subject(masked, ss, cpos, lex)


def _last_clause_subject(masked, lo, cpos, lex):
    """The subject of the clause lo..cpos when it opens the clause (after at most
    two words such as "as", "to which") and a lower-case word that can be a verb
    follows it; else None ("with a smile", "in Ohio" are no clauses)."""
    span = _sentence_subject(masked, lo, cpos, lex)
    if span is None or not lo <= span[0] < span[1] <= cpos:
        return None
    lead = _WORD_RE.findall(masked, lo, span[0])
    if len(lead) > 2 or any(w.lower() not in _CLAUSE_LEAD for w in lead):
        return None
    nxt = _WORD_RE.search(masked, span[1], cpos)
    if nxt is None or not nxt.group().islower() or nxt.group() in _NOT_VERB:
        return None
    if masked[span[0] : span[1]].lower() in _RELATIVE and nxt.group() not in lex.verb_lemma:
        return None  # "... Steve Lee, who risked his life at the site:": not the speaker
    if masked[span[1] : nxt.start()].strip():
        return None  # something between the subject and its verb
    return span


# --------------------------------------------------------------------------- "X added:"

# "... made the following comment:", "... issued this statement:"
_FOLLOWING_RE = re.compile(
    r"(?:the[ \t\xa0]+following|this|these|a|an)(?:[ \t\xa0]+\w+)?[ \t\xa0]+"
    r"(?:comments?|statements?|remarks?|words|message|response|way)[ \t\xa0]*:\Z",
    re.I,
)
_ACCORDING_RE = re.compile(
    r"[ \t\xa0]*[Aa]ccording[ \t\xa0]+to[ \t\xa0]+(?P<np>[^,:\n\x01]{2,80}?)[ \t\xa0]*(?:,[^:\n\x01]*)?:\Z"
)
_LAST_WORD_RE = re.compile(r"([A-Za-z’']+)[ \t\xa0]*:\Z")
_LIST_ITEM_RE = re.compile(
    r"[ \t\xa0]*(?:[-–—•*·>]|\d{1,2}[.)][ \t]|[a-z][.)][ \t]|l[ \t]|<|https?:|www\.)"
)
_NOT_SPEAKERS = frozenset("it this that there here i we you they".split())


def _frame_speaker(doc, fs, colon):
    """(mention, start, end) of the speaker of a frame paragraph fs..colon that ends
    in a reporting verb ("The governor added", "On May 3, Lee wrote", "Lee made the
    following comment", "According to Jane Doe, a columnist"); None otherwise."""
    text, masked = doc.text, doc.masked
    seg = masked[fs : colon + 1]
    if seg[:-1].strip(" \t\xa0").lower() in colon_labels():
        return None  # "Editor's note:", "UPDATE:"
    m = _ACCORDING_RE.match(seg)
    if m is not None:
        s, e = fs + m.start("np"), fs + m.end("np")
        return text[s:e], s, e
    w = _LAST_WORD_RE.search(seg)
    if w is None:
        return None
    if doc.lex.verb_lemma.get(w.group(1).lower()) is None and not _FOLLOWING_RE.search(seg):
        return None
    ss = max(fs, doc.sents[bisect.bisect_right(doc.sent_starts, colon) - 1][0])
    span = colon_subject(masked, ss, colon, doc.lex)  # "On May 3, 2015, Lee wrote:"
    if span is None:
        return None
    mention = text[span[0] : span[1]]
    first = mention.split()[0].lower().replace("’", "'").removesuffix("'s")
    if first in _NOT_SPEAKERS or span[1] > colon:
        return None  # "Here's what they are saying:"
    words = _WORD_RE.findall(masked, fs, colon)
    if len(words) == 2 and words[1].lower() in doc.lex.ambiguous and text.count(words[0]) < 2:
        return None  # "Methodological notes:" (a heading), but "Hewitt writes:", "Lee notes:"
    return mention, span[0], span[1]


def _announced_content(doc, ns, ne):
    """(start, end, kind, block ids) of paragraph ns..ne as the speech a frame
    announced: one unused quotation block that makes up the paragraph, or a
    paragraph of unquoted sentences (not a list item, link or heading); else None."""
    text, masked = doc.text, doc.masked
    bids = doc.blocks_in(ns, ne)
    if any(bid in doc.used_blocks for bid in bids):
        return None
    if len(bids) == 1 and masked[ns:ne].replace(MASK, "").strip(" \t\xa0.,") == "":
        b = doc.blocks[bids[0]]
        s, e = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        return (s, e, "direct", (bids[0],)) if e - s >= 15 else None
    first = text[ns : ns + 1]
    if not (first.isupper() or first in "…[") or _LIST_ITEM_RE.match(text, ns, ne):
        return None
    if len(text[ns:ne].split()) < 8 or _SENTENCE_END_RE.search(text, ns, ne) is None:
        return None
    s, e = _strip_span(text, ns, ne, lead=" \t\xa0", trail=" \t\xa0")
    return s, e, ("mixed" if bids else "indirect"), tuple(bids)


def announced_paragraphs(doc) -> None:
    """Add the paragraph that a paragraph of its own, "X added:", announces: a
    block quotation left without quotation marks ("Limbaugh added:" and, below,
    what he said), or the quotation a frame with a date or a "the following
    comment" announces ("On May 3, 2015, Lee made the following comment:"). The
    frame must end in a reporting verb (or "the following statement", or be
    "According to X:"); the paragraph must be sentences, not a list, a link or
    a heading, and hold no quote found already.

    >>> from analysis.quotes.assemble import extract
    >>> t = "Ann Lee spoke first.\\n\\nLee added:\\n\\nThe plan is a failure, and everyone knows it."
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Lee', 'The plan is a failure, and everyone knows it.')]
    """
    text, masked = doc.text, doc.masked
    if _COLON_EOL_RE.search(masked) is None:
        return
    starts = sorted(q.start for q in doc.quotes)
    cues = {q.cue_start for q in doc.quotes}
    added = False
    for m in _COLON_EOL_RE.finditer(masked):
        colon = m.start()
        fs = masked.rfind("\n", 0, colon) + 1
        while fs < colon and masked[fs] in " \t\xa0":
            fs += 1
        if colon in cues or not 0 < colon - fs <= 300 or MASK in masked[fs:colon]:
            continue
        ns = m.end()
        while ns < len(text) and text[ns].isspace():
            ns += 1
        ne = text.find("\n", ns)
        ne = len(text) if ne < 0 else ne
        if ns >= ne or "\n" not in text[colon:ns]:
            continue
        k = bisect.bisect_left(starts, ns)
        if k < len(starts) and starts[k] < ne:
            continue  # the paragraph has its own attribution
        ck = _announced_content(doc, ns, ne)
        if ck is None:
            continue
        who = _frame_speaker(doc, fs, colon)
        if who is None:
            continue
        s, e, kind, bids = ck
        q = Quote(s, e, kind, ":", colon, colon + 1, *who)
        q.block_ids = bids
        added = _keep(doc, q)
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


# a colon that ends a line
_COLON_EOL_RE = re.compile(r"(?m):[ \t\xa0]*$")


# --------------------------------------------------------------------------- headlines

_HEAD_TOKEN_RE = re.compile(r"[^\s:]+")
# the rest of a headline after its colon: one quotation in single or double marks
_HEAD_QUOTE_RE = re.compile(
    r"[ \t\xa0]*(?:‘(?P<a>(?:[^\n‘’]|’(?=\w)){3,}?[^\n‘’\s])’"
    r"|'(?P<b>(?:[^\n']|'(?=\w)){3,}?[^\n'\s])'"
    r"|[\"“](?P<c>[^\n\"“”]{3,}?[^\n\"“”\s])[\"”])[ \t\xa0.,;!?]*\Z"
)
_HEAD_PREPS = frozenset("on about to at for in with vs vs. over against after amid".split())


def _headline_name(text, e):
    """(start, end) of the speaker in the headline text[0:e] before a colon that
    introduces a quotation: the name after a last "from" ("A lesson from Ann Lee"),
    else the capitalised words that open it, cut at a lower-case word or a
    preposition ("Ann Lee heckles the crowd", "Lee on the vote", "Ann Lee Hammers
    the Bank": a given name and one more word); None when nothing is left."""
    toks = [(m.start(), m.end(), m.group()) for m in _HEAD_TOKEN_RE.finditer(text, 0, e)]
    if not toks or len(toks) > 14:
        return None
    low = [t[2].lower() for t in toks]
    if "from" in low[1:]:
        k = len(low) - 1 - low[::-1].index("from")
        run = toks[k + 1 :]
        if not run or len(run) > 4 or not all(t[2][:1].isupper() for t in run):
            return None
    else:
        run = []
        for t, w in zip(toks, low, strict=True):
            if not t[2][:1].isupper() or (run and w in _HEAD_PREPS):
                break
            run.append(t)
        rest = toks[len(run) : len(run) + 1]
        if rest and not rest[0][2][:1].isalpha() or run and not run[-1][2][-1:].isalpha():
            return None  # "Lakers 102, Celtics 99:", "Lee, Hale:"
        if len(run) > 2 and low[0] in _given_names():
            run = run[: 3 if re.fullmatch(r"[A-Z]\.", run[1][2]) else 2]
        if not run or len(run) > 4:
            return None
    w0 = run[0][2].lower()
    if w0 in _SENT_START_STOP or w0 in _PRONOUNS or is_colon_label(run[0][2]):
        return None
    s, end = run[0][0], run[-1][1]
    while end > s and text[end - 1] in "’'s" and text[end - 2 : end] in ("’s", "'s"):
        end -= 2  # "Republicans' reaction"
    end = s + len(text[s:end].rstrip("’'"))
    return (s, end) if end > s else None


def _given_names():
    from ..gender import _first_names  # (a resource of the package, cached there)

    return _first_names()


def headline_quotation(doc) -> None:
    """The headline (first line) "<who>: <quotation>": a quotation after the colon
    is the quote of the name that opens the headline, or of the name after "from"
    ("Ann Lee Slams the Board: ‘You Failed Us.’", "A lesson from Ann Lee: 'Listen.'").
    Adds the quote when the headline rules found none, and narrows the speaker of
    the one they found to that name ("Ann Lee heckles fans" -> "Ann Lee").

    >>> from analysis.quotes.assemble import extract
    >>> t = "A lesson from Ann Lee: 'Be the voice that people hear.'\\n\\nLee spoke."
    >>> [(q.mention, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Lee', 'Be the voice that people hear.')]
    """
    text, masked = doc.text, doc.masked
    he = text.find("\n")
    he = len(text) if he < 0 else he
    colon = masked.find(":", 0, he)
    if not 0 < colon < he <= 300:
        return
    m = _HEAD_QUOTE_RE.match(text, colon + 1, he)
    if m is None:
        return  # not a quotation alone after the colon
    bids = tuple(doc.blocks_in(colon, he))
    found = [q for q in doc.quotes if q.start < he]
    if len(found) > 1 or (found and (found[0].cue != ":" or found[0].m_start != 0)):
        return
    span = _headline_name(text, colon)
    if span is None:
        return
    if found:
        q = found[0]
        if q.m_end > span[1]:
            q.mention, q.m_start, q.m_end = text[span[0] : span[1]], *span
        return
    g = next(k for k in "abc" if m.group(k) is not None)
    s1, e1 = m.span(g)
    if any(b in doc.used_blocks for b in bids):
        return
    q = Quote(s1, e1, "direct", ":", colon, colon + 1, text[span[0] : span[1]], *span)
    q.block_ids = bids
    for b in bids:
        doc.used_blocks[b] = q
    doc.quotes.append(q)
    doc.quotes.sort(key=lambda q: (q.start, q.end))


# --------------------------------------------------------------------------- "Roe shrugged."

# the last words of a one-sentence paragraph of a gesture: the verb, then at most two
# lower-case words ("shrugged", "laughs", "smiled again"; a look-ahead, so that
# every word start is tried)
_GESTURE_TAIL_RE = re.compile(
    r"(?<![\w’'\-])(?=([a-z]+)(?:[ \t\xa0]+[a-z]+){0,2}[ \t\xa0]*\.[ \t\xa0]*\Z)"
)


# a refusal to answer as the one-sentence lead-in of a quotation's paragraph ("Vale
# declined to respond to the accusation. "..."): no speech, the quotation is the subject's
_DECLINED_TAIL_RE = re.compile(
    r"(?<![\w’'\-])(declined)[ \t\xa0]+to[ \t\xa0]+(?:respond|comment|reply|answer|elaborate)"
    r"\b[^.!?\n\x01]{0,60}\.[ \t\xa0]*\Z"
)


# the subject right before a gesture verb: "her mother", "the coach", "Ann Lee"
_GESTURER_RE = re.compile(
    r"[ \t\xa0]*((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)(?:[ \t\xa0]+[a-z][\w\-]*){1,3}"
    r"|[A-Z][\w’'.\-]*(?:[ \t\xa0]+[A-Z][\w’'.\-]*){0,3})[ \t\xa0]+"
)


def _gesture_subject(doc, ps, pe, refusal=False):
    """(mention, start, end, verb start, verb end) of the subject of paragraph
    ps..pe when it is one short sentence, outside quotations, whose verb is a gesture
    ("Roe shrugged.", "Asked about that, her mother laughs."), or with ``refusal`` a
    refusal to answer ("Vale declined to respond to the accusation."); else None."""
    text, masked = doc.text, doc.masked
    if (
        not 0 < pe - ps <= 120
        or MASK in masked[ps:pe]
        or _SENTENCE_END_RE.search(masked, ps, pe - 1)
    ):
        return None
    verbs = gesture_verbs()
    m = next(
        (m for m in _GESTURE_TAIL_RE.finditer(masked, max(ps, pe - 40), pe) if m.group(1) in verbs),
        None,
    )
    if m is None and refusal and "declined" in masked[ps:pe]:  # "Vale declined to respond."
        m = _DECLINED_TAIL_RE.search(masked, ps, pe)
    if m is None:
        return None
    span = colon_subject(masked, ps, m.start(1), doc.lex)
    if span is None:  # "Asked about that, her mother shrugs.": the phrase before the verb
        lo = max(ps, clause_comma_rfind(masked, ps, m.start(1)) + 1)
        d = _GESTURER_RE.fullmatch(masked, lo, m.start(1))
        span = None if d is None else d.span(1)
    if span is None or masked[span[1] : m.start(1)].strip():
        return None  # the verb must follow its subject ("Roe, smiling, ..." is not read)
    mention = text[span[0] : span[1]]
    if mention.split()[0].lower() in _NOT_SPEAKERS:
        return None
    return mention, span[0], span[1], m.start(1), m.end(1)


def _gesture_lead_in(doc, ps, bs):
    """``_gesture_subject`` of the one sentence text[ps:bs] that opens a paragraph
    right before a quotation at ``bs`` in it ('Vale shrugged. "It is done."'); None
    when text[ps:bs] is anything else (a quotation opening the paragraph is not read).

    >>> from analysis.quotes.assemble import extract
    >>> t = 'Ann Lee ran the shop.\\n\\nLee shrugged. "It was a living, and I liked it."'
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Lee', 'It was a living, and I liked it.')]
    """
    end = bs
    while end > ps and doc.text[end - 1] in " \t\xa0":
        end -= 1
    if end - ps < 8 or doc.text[end - 1 : end] != ".":
        return None
    return _gesture_subject(doc, ps, end, refusal=True)


_NEWLINE_RE = re.compile("\n")


def gesture_paragraphs(doc) -> None:
    """Add the quotation that opens the paragraph right after a one-sentence
    paragraph of a gesture ("Asked about that, her mother shrugs." then '"I sat
    still for 27 years.'): the gesturing person's words, when the quotation's
    paragraph holds no attribution and no reporting verb of its own (its carried
    paragraphs follow it in ``_carried_blocks``).

    >>> from analysis.quotes.assemble import extract
    >>> t = 'Ann Lee ran the shop for years.\\n\\nLee shrugged.\\n\\n"It was a living, and I liked it."'
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Lee', 'It was a living, and I liked it.')]
    """
    text, masked, blocks = doc.text, doc.masked, doc.blocks
    if not blocks or "\n" not in text:
        return
    starts = sorted(q.start for q in doc.quotes)
    # (newline positions, found once: a per-block search back to the paragraph start
    # would read a long paragraph of many quotations once per quotation)
    nls = [m.start() for m in _NEWLINE_RE.finditer(text)]
    added = False
    for bid, b in enumerate(blocks):
        if bid in doc.used_blocks or (bid and blocks[bid - 1][5] == bid):
            continue  # (a carried paragraph follows its own first block)
        i = bisect.bisect_left(nls, b[0])
        if i == 0 or b[0] - nls[i - 1] > 8 or text[nls[i - 1] + 1 : b[0]].strip(" \t\xa0"):
            # (or a one-sentence lead-in of the quotation's own paragraph: 'Vale shrugged.
            # "..."', its paragraph start being the gesture's)
            ps = nls[i - 1] + 1 if i else 0
            who = _gesture_lead_in(doc, ps, b[0])
            if who is None:
                continue
            ps = b[0]
            pe = nls[i] if i < len(nls) else len(text)
        else:
            ps, pe = nls[i - 1] + 1, (nls[i] if i < len(nls) else len(text))
            prev_end = ps - 1
            while prev_end > 0 and text[prev_end - 1] in " \t\n\xa0":
                prev_end -= 1
            j = bisect.bisect_left(nls, prev_end)
            prev_start = nls[j - 1] + 1 if j else 0
            who = _gesture_subject(doc, prev_start, prev_end)
            if who is None:
                continue
        k = bisect.bisect_left(starts, ps)
        if (k < len(starts) and starts[k] < pe) or doc.lex.cue_re.search(masked, ps, pe):
            continue  # the paragraph has its own attribution
        s, e = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e - s < 15:
            continue
        mention, ms, me, vs, ve = who
        q = Quote(s, e, "direct", text[vs:ve], vs, ve, mention, ms, me)
        q.block_ids = (bid,)
        added = _keep(doc, q)
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))


# --------------------------------------------------------------------------- 'called X "..."'

# a verb of naming, its object (at most five words, no comma) and then a quotation:
# 'Roe called the budget "a missed opportunity."', "branded the plan '...'"
_LABEL_VERB_RE = re.compile(
    r"(?<![\w’'\-])(?P<verb>called|calls|calling|dubbed|dubs|dubbing|branded|brands|branding"
    r"|labelled|labeled|labels|labelling|labeling)"
    r"[ \t\xa0]+(?:[^\s,;:\x01]+[ \t\xa0]+){1,5}\Z"
)
# the same with a longer object (six to eleven words) that opens with no particle:
# 'called the plans to open a plant in Halifax "a disgrace,"' (not "called on the town")
_LABEL_LONG_RE = re.compile(
    r"(?<![\w’'\-])(?P<verb>called|calls|dubbed|branded|labelled|labeled)[ \t\xa0]+"
    r"(?!(?:for|on|off|out|up|back|in|into|at|by|to|upon|after)\b)"
    r"(?:[^\s,;:\x01]+[ \t\xa0]+){6,11}\Z"
)
# a verb of describing, its object and "as" before a quotation: 'remembers her as
# "...", 'described the budget as "..."' (a label of the subject's, like "called")
_LABEL_AS_RE = re.compile(
    r"(?<![\w’'\-])(?P<verb>remembers|remembered|describes|described|describing|recalls"
    r"|recalled|characterizes|characterized|characterises|characterised|portrays|portrayed)"
    r"[ \t\xa0]+(?:[^\s,;:\x01]+[ \t\xa0]+){1,4}?as[ \t\xa0]+\Z"
)
# every verb the label patterns above and below read holds one of these ("recalled":
# "call"): the gate of ``label_quotations`` before its searches (speed68)
_LABEL_ANY_VERB_RE = re.compile(r"call|dub|brand|label|describ|remember|characteri|portray")
# a passive or a naming participle right before the verb ("was called", "a group called")
_LABEL_PASSIVE_RE = re.compile(r"(?<![\w’'\-])(?:is|are|was|were|be|been|being|so)[ \t\xa0]+\Z")
# a progressive form of a verb of naming ("is labeling", "are branding")
_LABEL_ING_RE = re.compile(r"(?:dubb|brand|label|labell)ing\b")
# what may follow the quotation: the end of its sentence or paragraph, a comma, "and"
_LABEL_AFTER_RE = re.compile(r"[ \t\xa0]*(?:[,.;!?]|\Z|and\b|but\b)")


# a new sentence after a quotation that ends with its own period ('"a turning point." In')
_NEXT_SENTENCE_RE = re.compile(r"[ \t\xa0]+[A-Z“\"]")
# a verb of naming coordinated with the speech verb of the row before it: "Roe said A,
# and called the plan" / "said A and described it as" / "warned that A, but described
# it as" (the label is the row's speaker's)
_AND_LABEL_RE = re.compile(r",?[ \t\xa0]+(?:and|but)[ \t\xa0]+\Z")
_PERSONAL = frozenset("him her them me us you".split())
# the end of a coordinated label's clause: a new sentence or the end of the paragraph
_LABEL_CLAUSE_END_RE = re.compile(r"[ \t\xa0]*\n|[ \t\xa0]+[A-Z“\"(]")
# a relative clause of naming with no object after its verb: "what she called",
# "an experience he called", "a plan that Lee called" (right before the quotation)
_LABEL_RELATIVE_RE = re.compile(
    r"(?:(?<![\w’'\-])(?:what|which|that|[a-z]+)[ \t\xa0]+"
    r"(?P<subj>he|she|they|[A-Z][\w’'\-]+(?:[ \t\xa0]+[A-Z][\w’'\-]+){0,2})"
    # a noun phrase as the subject only after "which"/"what"/"that" or a noun after a
    # comma (", a move the student union called"; not 'joined the group called "..."')
    r"|(?:(?<![\w’'\-])(?:what|which|that)|,[ \t\xa0]+(?:a|an|one)(?:[ \t\xa0]+[a-z][\w’'\-]*){1,3}?)"
    r"[ \t\xa0]+(?P<subj2>(?:the|his|her|their|its|our)(?:[ \t\xa0]+[a-z][\w’'\-]*){1,2}))[ \t\xa0]+"
    r"(?P<verb>called|calls|dubbed|dubs|branded|brands|labelled|labeled"
    r"|described[ \t\xa0]+as|describes[ \t\xa0]+as)[ \t\xa0]+\Z"  # ("what he described as")
)
# "what" and a longer description as the subject ('for what the sport's provincial
# governing body called "..."'), which the pattern above leaves for fear of a name
_LABEL_WHAT_RE = re.compile(
    r"(?<![\w’'\-])what[ \t\xa0]+(?P<subj2>(?:the|his|her|their|its|our)"
    r"(?:[ \t\xa0]+[a-z][\w’'\-]*){3,4})[ \t\xa0]+"
    r"(?P<verb>called|calls|dubbed|branded|labelled|labeled|described[ \t\xa0]+as)[ \t\xa0]+\Z"
)
# a complement of the quoted label's noun after a "what" relative ('what she called "a
# pattern of abuse" of young skaters'): the sentence goes on, the label is whole
_LABEL_WHAT_AFTER_RE = re.compile(r"[ \t\xa0]+(?:of|against|toward|towards|by|among)[ \t\xa0]")
_APPOSITION_BAD = re.compile(r"[;:\x01\n]")
# a capitalised "of" body after a description subject, before its apposition: "The rabbi
# of Congregation Beth Tikvah, who ..., called" (the subject ends at the comma)
_SUBJECT_OF_NAME_RE = re.compile(
    r"[ \t\xa0]+(?:of|for|at)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z][\w’'\-.]*"
    r"(?:[ \t\xa0]+(?:(?:of|for|and|the|de)[ \t\xa0]+)?[A-Z][\w’'\-.]*){0,5}[ \t\xa0]*"
)
# the first word of an apposition between a subject and its verb of naming ("Lena Park,
# a bee ecologist, called"; "Ann Roe, who chairs the board, called"; "Tom Hale, 61,")
_APPOSITION_OPEN_RE = re.compile(
    r",[ \t\xa0]+(?:a|an|the|who|whose|one|his|her|their|its|\d"
    r"|(?:for[ \t\xa0]+(?:his|her|their|its)[ \t\xa0]+part|meanwhile|in[ \t\xa0]+turn)[ \t\xa0]*\Z)"
)  # (or an adverbial aside: "Lee, for his part, is labeling")
# no subject of a relative label ("who Beck on Wednesday called"): a preposition or an
# article before it, a day or a month as it
_LABEL_REL_NOT = frozenset(
    "a an the of in on at to for from with by about into during after before over under "
    "and or but nor so yet as than since until".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december".split()
)


def _label_subject(doc, ss, verb):
    """(start, end) of the subject of a verb of naming at ``verb`` in the sentence
    starting at ``ss``: the subject right before it, or the one before a single
    apposition set off by commas ("Lena Park, a bee ecologist at the university,
    called ..."); None when neither reads. (From at most 200 characters before the
    verb: a long sentence of many labels is not read again for each.)"""
    masked, lex = doc.masked, doc.lex
    aux = _LABEL_PASSIVE_RE.search(masked, max(ss, verb - 8), verb)
    if aux is not None and _LABEL_ING_RE.match(masked, verb):
        verb = aux.start()  # "Ann Roe is labeling it": the subject before the auxiliary
    span = colon_subject(masked, max(ss, verb - 200), verb, lex)
    if span is not None and not masked[span[1] : verb].strip():
        return span
    close = clause_comma_rfind(masked, max(ss, verb - 200), verb)
    if close < 0 or masked[close + 1 : verb].strip():
        return None
    if masked[verb : verb + 7] == "calling":
        # "Lee went after Roe, calling him ...": the subject of the one clause before
        # (none read after a leading phrase or an apposition: "In Salem, New
        # Hampshire, Lee went after Roe, calling")
        if close - ss > 300 or "," in masked[ss:close]:
            return None
        span = _sentence_subject(masked, ss, close, lex)
        return None if span is None or span[1] >= close else span
    open_ = clause_comma_rfind(masked, max(ss, verb - 200), close)
    named = _apposed_label_name(masked, ss, open_, close, lex)
    if named is not None:
        return named  # ("The mayor of Lac-Vert, Ann Roe, called": the name in apposition)
    if (
        open_ < 0
        or close - open_ < 4
        or _APPOSITION_BAD.search(masked, open_, close)
        or not _APPOSITION_OPEN_RE.match(masked, open_, close)
    ):
        return None
    span = colon_subject(masked, max(ss, open_ - 120), open_, lex)
    if span is not None and _SUBJECT_OF_NAME_RE.fullmatch(masked, span[1], open_):
        return span[0], open_  # ("The rabbi of Congregation Beth Tikvah, who ..., called")
    if span is None or masked[span[1] : open_].strip():
        return None  # the subject must end where the apposition opens
    return span


# a full name set off by commas between a description subject and its verb of naming
# (", Ann Roe-Vale," in "The mayor of Lac-Vert, Ann Roe-Vale, called")
_APPOSED_LABEL_NAME_RE = re.compile(
    r",[ \t\xa0]+(?P<name>[A-Z][\w’'\-]+(?:[ \t\xa0]+[A-Z][\w’'\-]+){1,2})[ \t\xa0]*"
)


def _apposed_label_name(masked, ss, open_, close, lex):
    """(start, end) of a full name set off by commas between a description subject
    and a verb of naming ("The mayor of Lac-Vert, Ann Roe, called the plan "..."":
    "Ann Roe"), whose first word is a listed given name; None for any other apposition
    (", a bee ecologist,", ", who chairs the board,").

    >>> t = "The mayor of Lac-Vert, Ann Roe, called"
    >>> from analysis.quotes.lexicon import lexicon
    >>> s = _apposed_label_name(t, 0, t.index(","), t.rindex(","), lexicon()); t[s[0]:s[1]]
    'Ann Roe'
    """
    if open_ < 0 or close - open_ < 6:
        return None
    m = _APPOSED_LABEL_NAME_RE.fullmatch(masked, open_, close)
    if m is None or m.group("name").split()[0].lower() not in lex.gender:
        return None
    span = colon_subject(masked, max(ss, open_ - 120), open_, lex)
    if span is None or not (
        not masked[span[1] : open_].strip() or _SUBJECT_OF_NAME_RE.fullmatch(masked, span[1], open_)
    ):
        return None
    return m.span("name")


def label_quotations(doc) -> None:
    """Add the quotation that a speaker's verb of naming introduces ('Roe called the
    budget "a missed opportunity."', 'Kamara called Lee "the best defenceman," and
    said ...'): the subject's words, when the quotation is no row yet, the verb is no
    passive ("was called") and nothing but the end of the clause follows it.

    >>> from analysis.quotes.assemble import extract
    >>> t = 'Opposition Leader Dana Roe called the budget "a missed opportunity."'
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Dana Roe', 'a missed opportunity.')]
    """
    text, masked, blocks = doc.text, doc.masked, doc.blocks
    for bid, b in enumerate(blocks):
        used = doc.used_blocks.get(bid)
        if b[4] or (used is not None and used.kind != "mixed"):
            continue  # (an unclosed paragraph quotation is no label)
        s, e = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if len(text[s:e].split()) < 3:
            continue  # ('called it "shameful"', '"a new low"': a word of the writer's choosing)
        if used is not None:
            _coordinated_label(doc, used, bid, b, s, e)
            continue
        ss = doc.sents[max(0, bisect.bisect_right(doc.sent_starts, b[0]) - 1)][0]
        if _LABEL_ANY_VERB_RE.search(masked, max(ss, b[0] - 120), b[0]) is None:
            continue  # (no verb of naming before it: none of the searches below can match)
        m = _LABEL_VERB_RE.search(masked, max(ss, b[0] - 80), b[0])
        m = m or _LABEL_AS_RE.search(masked, max(ss, b[0] - 80), b[0])
        m = m or _LABEL_LONG_RE.search(masked, max(ss, b[0] - 120), b[0])
        rel = None if m else _LABEL_RELATIVE_RE.search(masked, max(ss, b[0] - 80), b[0])
        if m is None and rel is None and "what" in masked[max(ss, b[0] - 80) : b[0]]:
            rel = _LABEL_WHAT_RE.search(masked, max(ss, b[0] - 80), b[0])
        sg = "subj" if rel is None or rel.groupdict().get("subj") else "subj2"
        if rel is not None and (
            masked[rel.start() : rel.start(sg)].strip() in _LABEL_REL_NOT
            or rel.group(sg).lower() in _CALENDAR
        ):
            continue  # 'who Beck on Wednesday called "..."': no subject read
        if rel is not None:
            m = rel  # 'for what she called "a painful duty"': the subject before the verb
        elif m is None or (
            not m.group("verb").endswith("ing")  # ("is labeling": progressive, no passive)
            and _LABEL_PASSIVE_RE.search(masked, max(ss, m.start() - 8), m.start())
        ):
            continue
        if (
            not _LABEL_AFTER_RE.match(masked, b[1])
            and not (text[e - 1 : e] in (".", "!", "?") and _NEXT_SENTENCE_RE.match(masked, b[1]))
            and not (
                rel
                and masked[rel.start() : rel.start() + 4] == "what"
                and _LABEL_WHAT_AFTER_RE.match(masked, b[1])
            )
        ):
            continue  # 'A group called "Friends" has formed': a name, no speech
        span = rel.span(sg) if rel else _label_subject(doc, ss, m.start("verb"))
        if span is None:
            continue
        mention = text[span[0] : span[1]]
        if mention.split()[0].lower() in _NOT_SPEAKERS:
            continue
        q = Quote(s, e, "direct", m.group("verb"), m.start("verb"), m.end("verb"), mention, *span)
        q.block_ids = (bid,)
        _keep(doc, q)
    doc.quotes.sort(key=lambda q: (q.start, q.end))


def _coordinated_label(doc, q, bid, b, s, e) -> None:
    """Split the label off an indirect row that runs on over a coordinated verb of
    naming ("Roe said A, and called the plan "B.""): the mixed row ``q`` that holds block
    ``bid`` keeps A, and B becomes a direct quote of the row's speaker. Only when the quotation closes the row, the verb
    of naming follows "and" inside the row, its object is a thing ("it", "the plan"; not
    "him" or a name), and the clause ends with the quotation.

    >>> from analysis.quotes.assemble import extract
    >>> t = 'Ann Roe said the course was safe, and called the plan "a failure of nerve."'
    >>> [(q.speaker, t[q.start:q.end]) for q in extract(t)[0]]
    [('Ann Roe', 'the course was safe'), ('Ann Roe', 'a failure of nerve.')]
    """
    if q.block_ids != (bid,) or not q.start < b[0] or q.end > b[1]:
        return
    masked, text = doc.masked, doc.text
    m = _LABEL_VERB_RE.search(masked, max(q.start, b[0] - 80), b[0])
    m = m or _LABEL_AS_RE.search(masked, max(q.start, b[0] - 80), b[0])
    if m is None or m.group("verb").endswith("ing"):
        return
    obj = masked[m.end("verb") : b[0]].split()
    if (
        not obj
        or obj[0][:1].isupper()
        or (len(obj) - (obj[-1] == "as") == 1 and obj[0] in _PERSONAL)
    ):
        return  # ('said A and called him "..."': a label of a person, not of the matter)
    a = _AND_LABEL_RE.search(masked, max(q.start, m.start() - 8), m.start())
    if a is None or a.start() <= q.start:
        return
    if not _LABEL_AFTER_RE.match(masked, b[1]) and not (
        text[e - 1 : e] in (".", "!", "?") and _LABEL_CLAUSE_END_RE.match(masked, b[1])
    ):
        return
    q.end, q.kind, q.block_ids = a.start(), "indirect", ()
    new = Quote(
        s,
        e,
        "direct",
        m.group("verb"),
        m.start("verb"),
        m.end("verb"),
        q.mention,
        q.m_start,
        q.m_end,
    )
    new.block_ids = (bid,)
    _keep(doc, new)
