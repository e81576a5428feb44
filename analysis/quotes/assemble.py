"""Assembly of one article's quotes (``extract``): blocks, masked text and sentences,
then reporting-verb frames, colon frames, headline colons and headline quotations,
quotations framed by an unlisted verb, dash-attributed quotation paragraphs, bare
quotation paragraphs carried from the previous speaker, paragraphs announced by "X
added:", merging of one statement's blocks, and coreference (the formats without a
reporting verb are in ``formats``).
"""

from __future__ import annotations

import bisect
import re

from .according_records import trailing_records_give_way
from .additions import _CLAUSE_WORD_RE
from .asked_gestures import asked_gesture_anchor
from .blocks import MASK, drop_nicknames, find_blocks, mask_text, unwrap_tags
from .bullet_lists import colon_bullet_rows
from .colon_appositions import apposed_colon_name
from .coref import resolve
from .court_answers import court_answers
from .cues import (
    _COLON_HIT_RE,
    _COLON_NP_RE,
    _DASH_COLON_RE,
    _HEADLINE_RE,
    _MAX_SPAN,
    _ON_TIME,
    _TAIL_FRAME_RE,
    Quote,
    _cue_matches,
    _strip_span,
    carried_quote,
)
from .dash_announced import dash_announced_subject
from .display_texts import display_lead_in
from .exchange_turns import opens_answer
from .exhibit_messages import exhibit_lead_in
from .first_person_tails import first_person_tails
from .formats import (
    announced_paragraphs,
    colon_subject,
    dash_frames,
    gesture_paragraphs,
    headline_quotation,
    label_quotations,
    list_item_name,
)
from .frames import _MASKED_HAS_W_RE, colon_paragraph_frames, verb_frames
from .identified_paragraphs import identified_paragraphs, recalled_by_pronoun
from .interrupted_quotations import interrupted_quotations
from .leading_paragraphs import leading_paragraph_anchor
from .lexicon import (
    _DETS,
    _IRREGULAR_PAST,
    _PRONOUNS,
    _SENT_START_STOP,
    _lines,
    colon_labels,
    event_verbs,
    focus_adverbs,
    is_colon_label,
    lexicon,
)
from .link_lines import without_link_lines
from .manner_lead_ins import manner_adverb_label, manner_lead_in
from .note_lines import without_note_lines
from .object_colon_names import object_colon_name
from .paren_frames import comma_paren_frames
from .phrases import (
    _is_cap,
)
from .possessor_words import possessor_words_anchor
from .posted_anchors import posted_subject_anchor
from .pull_quotes import pull_quote_blocks
from .question_rows import answered_without_speech
from .read_statements import read_text_anchor
from .reported_frames import cut_at_content_first_frames, without_frames_in_reported_clause
from .segment import rule_sentences, sentence_spans
from .subhead_lines import without_subhead_lines
from .suffix_dots import dot_company_suffixes
from .words_named_next import words_named_next_paragraphs


class Article:
    """One text as the rules see it: the quotation blocks, the masked text, the
    sentence spans, and the quotes found so far with the blocks they use."""

    __slots__ = (
        "text",
        "lex",
        "blocks",
        "masked",
        "plain",
        "sents",
        "sent_starts",
        "block_starts",
        "used_blocks",
        "quotes",
        "pending_colon",
        "last_speaker",
        "prev_sent",
        "nicknames",
        "shared_cues",
        "dashed",
    )

    def __init__(self, text, lex, spans):
        self.text = text
        self.lex = lex
        self.blocks = find_blocks(text)
        self.plain = unwrap_tags(text)  # the text, company markup blanked
        self.nicknames = None  # 'Darragh "Dutchie" Keough': {"Dutchie": ("Darragh", "Keough")}
        if self.blocks:
            before = self.blocks
            self.blocks, self.plain = drop_nicknames(text, self.blocks, self.plain)
            if len(self.blocks) < len(before):
                self.nicknames = _nicknames(text, before, self.blocks)
        self.masked = mask_text(self.plain, self.blocks)
        self.masked = comma_paren_frames(self.masked)  # "The plan (she said) was": commas
        if "\u2015" in self.masked:  # a horizontal bar "―" is a dash like "—" (same length)
            self.masked = self.masked.replace("\u2015", "\u2014")
        masked = self.masked  # (a cheap gate for the rules that read a long dash)
        self.dashed = "\u2014" in masked or "\u2013" in masked or "--" in masked
        self.sents = rule_sentences(text, self.masked, spans)
        self.sent_starts = [s for s, _ in self.sents]
        self.block_starts = [b[0] for b in self.blocks]
        self.used_blocks: dict[int, Quote] = {}
        self.quotes: list[Quote] = []
        self.pending_colon = None  # Quote-less frame "X said:" awaiting the next block
        self.last_speaker = None  # mention of the last cue in the current sentence
        self.prev_sent = -1  # sentence of the last cue
        self.shared_cues: set[int] = set()  # cues of a second verb phrase ("she V1 X, said A")

    def blocks_in(self, lo, hi):
        """Indexes of the blocks that start in lo..hi."""
        blocks = self.blocks
        i = bisect.bisect_left(self.block_starts, lo)
        out = []
        while i < len(blocks) and blocks[i][0] < hi:
            out.append(i)
            i += 1
        return out

    def content_kind(self, lo, hi):
        """(start, end, kind, block_ids) for the content region lo..hi of original text."""
        text = self.text
        lo, hi = _strip_span(text, lo, hi)
        if hi <= lo:
            return None
        bids = self.blocks_in(lo, hi)
        if not bids:
            s, e = _strip_span(text, lo, hi, trail=" \t\n,:;—–-.")
            return (s, e, "indirect", ()) if e > s else None
        # words outside blocks? (the mask is no word character)
        if _MASKED_HAS_W_RE.match(self.masked, lo, hi) is None:
            b0, b1 = self.blocks[bids[0]], self.blocks[bids[-1]]
            s, e = _strip_span(text, b0[2], b1[3], lead=" \t\n", trail=" \t\n,")
            return (s, e, "direct", tuple(bids)) if e > s else None
        s, e = _strip_span(text, lo, hi, trail=" \t\n,:;—–-.")
        return (s, e, "mixed", tuple(bids)) if e > s else None


def extract(text: str, spans=None):
    """(quotes, sentence spans) of one text: a list of Quote objects in text order,
    speakers resolved, and the (start, end) units the rules used. ``spans`` are the
    text's ``split_sentences`` (start, end) spans in order (computed when None).

    >>> qs, _ = extract('"We will win," Jane Doe said.')
    >>> [(q.kind, q.speaker, q.start, q.end) for q in qs]
    [('direct', 'Jane Doe', 1, 12)]
    """
    if spans is None:
        spans = sentence_spans(text)
    doc = Article(text, lexicon(), spans)
    if not doc.sents:
        return [], doc.sents
    # mask runs end where a block ends, unless the text itself holds the mask character
    run_ends = None if MASK in text else [b[1] for b in doc.blocks]
    verb_frames(doc, _cue_matches(doc.lex, doc.masked, run_ends))
    _colon_frames(doc)
    _headline_colon(doc)
    headline_quotation(doc)
    _unlisted_verb_frames(doc)
    dash_frames(doc)
    gesture_paragraphs(doc)
    _carried_blocks(doc)
    interrupted_quotations(doc)  # ('"A," he says — pausing — "B."': his B)
    words_named_next_paragraphs(doc)  # ('"A."\n\nWith those words, Roe quit ...': Roe's A)
    identified_paragraphs(doc)
    label_quotations(doc)
    court_answers(doc)
    announced_paragraphs(doc)
    colon_paragraph_frames(doc)
    _because_tails(doc)
    first_person_tails(doc)  # ('I lost A, she wrote. I do not know B.': her B too)
    colon_bullet_rows(doc)  # ('The union said it wants:\n- A;\n- B.': A and B)
    _without_focus_lead(doc)
    head_end = _bare_headline_end(text)
    if head_end:
        doc.quotes = [q for q in doc.quotes if q.start >= head_end]
    doc.quotes = without_link_lines(text, doc.quotes)  # ("Read more: X says ...")
    doc.quotes = without_note_lines(text, doc.quotes)  # ("Editor's note: people who say ...")
    doc.quotes = without_subhead_lines(text, doc.quotes)  # ('X "will help," mayor says')
    kept = cut_at_content_first_frames(without_frames_in_reported_clause(doc.quotes), doc.text)
    kept = trailing_records_give_way(kept)  # ("A, according to court documents")
    out = _statements(
        _without_nested(_outside_content_first(kept, doc.text), doc.text), doc.blocks, doc.text
    )
    # one speaker per statement: resolved at its first row (where the statement
    # starts), given to the rest
    heads = [q for i, q in enumerate(out) if q.statement == i]
    tagged = _plain_mentions(doc, heads)
    # a no-break space ("James\u00a0Comey") joins a name like a space (same offsets)
    spaced = doc.plain.replace("\u00a0", " ")
    resolve(
        spaced,
        heads,
        doc.sents,
        doc.lex,
        doc.masked,
        doc.nicknames,
    )
    dot_company_suffixes(text, heads)  # ("Northwind Ltd." on every path that names it)
    for q in tagged:  # the output's mention is the text's own span again
        q.mention = doc.text[q.m_start : q.m_end]
    for q in heads:  # a mention read from ``spaced`` keeps the text's no-break spaces
        own = doc.text[q.m_start : q.m_end] if q.m_start >= 0 else ""
        if "\u00a0" in own and q.mention == spaced[q.m_start : q.m_end]:
            q.mention = own
    for q in out:
        head = out[q.statement]
        q.speaker, q.stype = head.speaker, head.stype
    return _without_speakerless(out), doc.sents


_FOCUS_LEAD_RE = re.compile(r"([A-Za-z]+)[ \t]+(?=\S)")


def _without_focus_lead(doc):
    """Drop a focus adverb that opens a speaker phrase ("Even those who back the
    mayor say ..." -> "those who back the mayor"; ``resources/focus_adverbs.txt``).

    >>> [q.speaker for q in extract("Even the residents say the plan is too costly.")[0]]
    ['the residents']
    """
    focus = focus_adverbs()
    for q in doc.quotes:
        m = _FOCUS_LEAD_RE.match(doc.text, q.m_start, q.m_end)
        if m is not None and m.group(1).lower() in focus:
            q.m_start = m.end()
            q.mention = q.speaker = doc.text[q.m_start : q.m_end]


# after a trailing attribution ("..., she said"): at most a few adjunct words, a comma
# and "because" ("..., the hospital said Thursday, because it ...")
_BECAUSE_TAIL_RE = re.compile(
    r"(?:[ \t]+[A-Za-z][\w'’.\-]*){0,4}?[ \t]*,[ \t]*because[ \t](?![ \t]*of\b)"
)


def _because_tails(doc):
    """Add the reason that follows a trailing attribution as the speaker's own row:
    "Wool socks are warmer, she said, because they stay warm when wet." -> "because
    they stay warm when wet" (the quote split at its attribution), when the rest of
    the sentence is that clause and no other quote starts in it.

    >>> t = "Wool socks are the best kind, Ann Roe said, because they stay warm when wet."
    >>> [t[q.start : q.end] for q in extract(t)[0]]
    ['Wool socks are the best kind', 'because they stay warm when wet']
    """
    text, masked, quotes = doc.text, doc.masked, doc.quotes
    added = []
    for i, q in enumerate(quotes):
        if q.cue == ":" or q.cue_start < q.end or q.m_start < q.end:
            continue  # (the attribution before or inside the content)
        gap = masked[q.end : min(q.cue_start, q.m_start)]
        if len(gap) > 4 or any(ch.isalnum() for ch in gap):
            continue  # the attribution right after the content ('..., she said')
        at = max(q.cue_end, q.m_end)
        m = _BECAUSE_TAIL_RE.match(masked, at)
        if m is None:
            continue
        si = bisect.bisect_right(doc.sent_starts, at) - 1
        se = doc.sents[si][1] if si >= 0 else len(text)
        lo = m.end() - len("because ")
        if se <= lo or any(lo <= r.start < se for r in quotes[i + 1 : i + 6]):
            continue
        ck = doc.content_kind(lo, se)
        if ck is None or any(b in doc.used_blocks for b in ck[3]):
            continue
        t = Quote(ck[0], ck[1], ck[2], q.cue, q.cue_start, q.cue_end, q.mention, q.m_start, q.m_end)
        t.block_ids = ck[3]
        for b in ck[3]:
            doc.used_blocks[b] = t
        added.append(t)
    if added:
        quotes.extend(added)
        quotes.sort(key=lambda q: (q.start, q.end))


# a headline line ends without a sentence's closing mark: no . ! ? ; : (before any
# closing quotation marks or brackets)
_HEADLINE_CLOSED_RE = re.compile(r"[.!?;:][\"'\u201d\u2019)\]]*$")


def _bare_headline_end(text):
    """The end of the article's headline when its first line is one: at most 300
    characters, ending with no sentence-closing mark ("Teachers say phone ban is
    working, but enforcement falls on them") and followed by a blank line and more
    text; else 0. Its statements are the story's summary, not quotes (the body
    reports them again); a first line ending with a period (an archive's headline
    "Trump says ...;") is left to the rules.

    >>> _bare_headline_end("Mayor says rink will close\\n\\nThe mayor said so.")
    26
    >>> _bare_headline_end("Mayor says rink will close.\\n\\nThe mayor said so.")
    0
    """
    nl = text.find("\n")
    if not 0 < nl <= 300:
        return 0
    line = text[:nl].rstrip()
    if not line.strip() or _HEADLINE_CLOSED_RE.search(line) is not None:
        return 0
    rest = text[nl + 1 : nl + 400]
    blank = rest.lstrip(" \t\r")
    if not blank.startswith("\n") or not blank.strip():
        return 0
    return nl


def _nicknames(text, before, kept):
    """{nickname: (given name, surname)} of the quoted nicknames ``drop_nicknames``
    took out of ``before`` (the blocks not ``kept``).

    >>> t = 'Robert "Bobby" Vale said so.'
    >>> _nicknames(t, find_blocks(t), [])
    {'Bobby': ('Robert', 'Vale')}
    """
    kept_ids = {id(b) for b in kept}
    out = {}
    for b in before:
        if id(b) not in kept_ids:
            given = text[max(0, b[0] - 30) : b[0]].split()
            after = text[b[1] : b[1] + 40].split()
            if given and after:
                out.setdefault(text[b[2] : b[3]], (given[-1], after[0].strip(",.;:")))
    return out


def _plain_mentions(doc, heads):
    """The ``heads`` whose mention holds wire markup ("Acme Corp <ACME.N> Chairman Ann
    Lee", "<Acme Widgets Inc>"), given the unwrapped text's mention instead (the
    markup left out, words one space apart) so that names are built from plain
    words; the text's span is put back after ``resolve``."""
    if doc.plain is doc.text:
        return []
    plain, text = doc.plain, doc.text
    out = []
    for q in heads:
        if q.m_start >= 0 and plain[q.m_start : q.m_end] != q.mention:
            m = plain[q.m_start : q.m_end]
            s = q.m_start + len(m) - len(m.lstrip())
            e = q.m_end - len(m) + len(m.rstrip())
            if e > s and text[q.m_start : q.m_end] == q.mention:
                words = " ".join(plain[s:e].split()).replace(" 's ", "'s ")
                q.mention, q.m_start, q.m_end = words, s, e
                out.append(q)
    return out


def _without_speakerless(out):
    """The rows whose statement has a speaker ("it said" with no organisation named
    before has none), statement indexes renumbered."""
    if all(q.speaker is not None for q in out):
        return out
    kept = [q for q in out if q.speaker is not None]
    new_index = {}
    for i, q in enumerate(kept):
        if q.statement not in new_index:
            new_index[q.statement] = i
    for q in kept:
        q.statement = new_index[q.statement]
    return kept


def _item_dash(masked, ss):
    """Where a sentence starts, or the dash that opens it as a list item when the
    sentence splitter left that dash between sentences ("... rose. - Ann Roe: ...").

    >>> _item_dash("Prices rose. - Ann Roe: yes", 15), _item_dash("Prices rose. Ann Roe", 13)
    (13, 13)
    """
    i = ss
    while i > 0 and masked[i - 1] in " \t":
        i -= 1
    return i - 1 if i < ss and i > 0 and masked[i - 1] in "-—–" else ss


def _colon_frames(doc):
    """Add colon frames without a verb: "Gromov: ..." and "NAME: \"...\"", also after
    a dash ("<summary> - Jeffrey M. Jones: \"...\"")."""
    text, masked, blocks, sents = doc.text, doc.masked, doc.blocks, doc.sents
    sent_starts, quotes, used_blocks = doc.sent_starts, doc.quotes, doc.used_blocks
    for m0 in _COLON_HIT_RE.finditer(masked):
        cpos = m0.start()
        si = bisect.bisect_right(sent_starts, cpos) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        se = min(se, cpos + _MAX_SPAN)
        m = _COLON_NP_RE.search(masked, max(0, cpos - 80), cpos + 1)
        dash = False
        if m is not None:
            ns, ne = m.start("np"), m.end("np")
        if m is None or ns != ss and (ns - ss > 200 or masked[ss:ns].strip() != ""):
            # "<summary line> - Jeffrey M. Jones: \"...\"", "... - More from the report:"
            m = _DASH_COLON_RE.search(masked, max(_item_dash(masked, ss), cpos - 80), cpos + 1)
            if m is None:
                continue
            ns, ne = m.start("np"), m.end("np")
            w0 = masked[ns:ne].split()[0]
            if (
                not (_is_cap(w0) or w0 in ("the", "a", "an"))
                or w0.lower() in _PRONOUNS
                or (w0.lower() in _SENT_START_STOP and w0 not in ("the", "a", "an"))
            ):
                continue
            dash = True
            ne = list_item_name(text, ns, ne)  # "- Ann Roe, parent:" -> "Ann Roe"
        name = text[ns:ne]
        if name.strip().lower() in colon_labels() or manner_adverb_label(name.strip()):
            continue  # "Update: ...", "Quietly: ..."
        if (not dash and name.split()[0].lower() in _SENT_START_STOP) or any(
            q.cue_start <= cpos < q.cue_end or q.start <= cpos < q.end for q in quotes[-5:]
        ):
            continue
        ck = doc.content_kind(cpos + 1, se)
        if ck is None:
            continue
        s0, e0, kind, bids = ck
        if any(b in used_blocks for b in bids):
            continue
        if dash and len(bids) == 1 and blocks[bids[0]][0] - cpos <= 3:
            # the quotation itself, not a source tag after it ("... .” [Gallup]")
            s0, e0 = _strip_span(text, blocks[bids[0]][2], blocks[bids[0]][3], " \t\n", " \t\n,")
            kind = "direct"
        q = Quote(s0, e0, kind, ":", cpos, cpos + 1, name, ns, ne)
        q.block_ids = bids
        for bid in bids:
            used_blocks[bid] = q
        quotes.append(q)


# a line "<up to 60 characters>: " after the first: matched from the newline before it
# (a literal first character: a fast scan, ~3x faster than "(?m)^"; the same lines, as
# the newline is never part of an earlier match, which ends in a space or tab)
_LINE_COLON_RE = re.compile(r"\n[^\n:]{1,60}:[ \t]")


def _line_colon_starts(text, nl):
    """``[m.start() for m in _LINE_COLON_RE.finditer(text, nl)]`` (``nl``: the first
    line break), by ``str.find`` from each colon back to its line start: a line whose
    first colon comes within 60 characters and before a space or tab."""
    out = []
    find, rfind = text.find, text.rfind
    c = find(":", nl)
    while c >= 0:
        if text[c + 1 : c + 2] in (" ", "\t"):
            p = rfind("\n", c - 61 if c > 61 else 0, c)
            if p >= nl and p < c - 1 and find(":", p, c) < 0:
                out.append(p)
        c = find(":", c + 1)
    return out


def _headline_colon(doc):
    """Add headline colon frames: "Sanders: Brexit's message could draw Trump support"
    on the first line, and later lines of the form "Name: A Title-Case Headline" (a
    related story's headline inside the article)."""
    text = doc.text
    nl = text.find("\n")
    head_end = nl if nl >= 0 else len(text)
    if 0 < head_end <= 300 and not any(q.start < head_end for q in doc.quotes):
        _headline_line(doc, 0, head_end, later=False)
    if nl < 0:
        return
    for p in _line_colon_starts(doc.masked, nl):
        ls = p + 1
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if le - ls <= 200 and not any(ls <= q.start < le for q in doc.quotes[-50:]):
            _headline_line(doc, ls, le, later=True)


def _title_case(words):
    """Are most of these words capitalised (a headline in title case)?"""
    words = [w for w in words if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _headline_line(doc, ls, le, later):
    """Add the quote of the headline line ls..le ("Name: content"), if it is one."""
    text, masked, blocks = doc.text, doc.masked, doc.blocks
    # (a line without a colon cannot match: str.find spares the regex its backtracking)
    m = _HEADLINE_RE.match(masked, ls, le) if masked.find(":", ls, le) >= 0 else None
    if m is None:
        return
    ns, ne = m.span("np")
    words = text[ns:ne].split()
    if words[0].lower() in _SENT_START_STOP or any(w.lower() in doc.lex.verb_lemma for w in words):
        return
    if is_colon_label(text[ns:ne]):
        return  # "BOOM: ...", "Lee is out: ..."
    if ne - ns == 1 and text[ns] == "Q":
        return  # "Q: Did you sign it?": an interviewer's question, no quote (the written
        # guidelines; PolNeAR names no "Q" source; a briefing's "Q" turns are
        # transcripts.add_turns' reporter rows)
    s0, e0 = _strip_span(text, m.end(), le, trail=" \t\n,:;—–-.")
    if e0 - s0 < 8:
        return
    if later and (text[ns:ne].isupper() or not _title_case(text[s0:e0].split())):
        return  # "TAPPER: Do you think ...": a transcript turn, not a headline
    bids = tuple(doc.blocks_in(s0, e0))
    if not later and bids and blocks[bids[0]][2] <= s0 + 1 and _finite_clause(words):
        return  # 'Ann Roe summed it up: "A," and left.': a sentence, the body's frame
    if not bids and _title_phrase(text[s0:e0]):
        return  # "Radio Daily: A World at War", "Lee and Roe: A tense alliance": a title
    one_block = (
        bids and len(bids) == 1 and blocks[bids[0]][2] <= s0 + 1 and blocks[bids[0]][3] >= e0 - 2
    )
    if one_block:  # the quotation without its marks, as every direct row ('Roe: "A."')
        s0, e0 = _strip_span(text, blocks[bids[0]][2], blocks[bids[0]][3], " \t\n", " \t\n,")
    q = Quote(
        s0,
        e0,
        "direct" if one_block else "indirect",
        ":",
        m.end("np"),
        m.end("np") + 1,
        text[ns:ne],
        ns,
        ne,
    )
    q.block_ids = bids
    for bid in bids:
        doc.used_blocks[bid] = q
    doc.quotes.append(q)


def _finite_clause(words):
    """Are the words before a first line's colon a full sentence: a name, then a past
    verb (an irregular past, "had" or an "-ed" word of five letters or more) that more
    words follow, none of them "by" ("Ann Roe summed it up", "Tom Vale had one word
    for it"), not a headline's passive ("Teacher honoured by school")?

    >>> _finite_clause("Ann Roe summed it up".split()), _finite_clause("Roe".split())
    (True, False)
    >>> _finite_clause("Teacher honoured by school".split())
    False
    """
    for i in range(1, len(words) - 1):
        w = words[i]
        if w == "had" or w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w.islower()):
            return words[i + 1] != "by"
    return False


def _title_phrase(content):
    """Is a headline's content a noun phrase that titles the story ("A World at War",
    "The difficulty of dumping Trump"), not what the name before the colon said: it
    opens with an article and has no clause word, no irregular past and no word in -s
    that may be a verb ("A majority now backs the tax" is a statement)?

    >>> _title_phrase("A tense alliance"), _title_phrase("A majority backs the tax")
    (True, False)
    """
    words = content.split()
    if len(words) < 2 or words[0] not in ("A", "An", "The") or _CLAUSE_WORD_RE.search(content):
        return False
    for prev, w in zip(words, words[1:], strict=False):
        w = w.strip("‘’'\"“”,.?!").lower()
        if w in _IRREGULAR_PAST or (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and prev.lower() not in ("of", "a", "an", "the")
        ):
            return False
    return True


# the sentence after a quotation that ends with "!" or "?" that frames it: a name and
# a verb, at most an adverb after it ('"Wow!" Dana Lee beamed.', '"Why?" Lee asked again.')
_NEXT_SENTENCE_FRAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*[ \t]+"
    r"[a-z]{3,}(?:ed|s)(?:[ \t]+(?:[a-z]+ly|aloud|again|back))?[ \t]*[.!?]?[ \t]*"
)

# a sentence of a name and a reporting verb alone, after a quotation that ended the
# sentence before: '"We will win." Lee Park said.'
_SAID_SENTENCE_RE = re.compile(
    r"[ \t\n]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*)"
    r"[ \t]+(?P<verb>[a-z]{3,})(?:[ \t]+(?:[a-z]+ly|again|later))?"
    # a short phrase of manner or time: "Osman said through an interpreter."
    r"(?:[ \t]+(?:through|in|by|on|over|via)(?:[ \t]+[A-Za-z][\w’'\-]*){1,3})?[ \t]*\.[ \t\n]*"
)


def _said_sentence(doc, si):
    """The _SAID_SENTENCE_RE match of sentence ``si`` when its verb is a listed
    reporting verb and its first word no sentence opener, else None."""
    ss, se = doc.sents[si]
    m = _SAID_SENTENCE_RE.fullmatch(doc.masked, ss, se)
    if m is None or m.group("verb") not in doc.lex.verb_lemma:
        return None
    if m.group("np").split()[0].lower() in _SENT_START_STOP:
        return None
    return m


# a sentence that opens with a name (or "the" noun, or he/she) and an unlisted verb in
# the past, then a comma and the quotation: 'The governor boomed, "..."'
_HEAD_FRAME_RE = re.compile(
    r"[ \t\n]*(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*"
    r"|He|She|The[ \t]+[a-z]+)[ \t]+(?:then[ \t]+)?(?P<verb>[a-z]{3,}ed(?:[ \t]+back)?)"
    r"[ \t]*,[ \t]*"
)


def _head_frame(masked, lo, hi):
    """``_HEAD_FRAME_RE.fullmatch(masked, lo, hi)``, tried only when lo..hi ends like
    it ("ed" or "back", a comma, spaces): most texts before a quotation do not."""
    # (read back from ``hi`` without copying lo..hi: one long sentence of thousands of
    # quotation marks copied it once per mark)
    j = hi
    while j > lo and masked[j - 1] in " \t":
        j -= 1
    if j <= lo or masked[j - 1] != ",":
        return None
    j -= 1
    while j > lo and masked[j - 1] in " \t":
        j -= 1
    if not masked.endswith(("ed", "back"), lo, j):
        return None
    return _HEAD_FRAME_RE.fullmatch(masked, lo, hi)


# an object or a relative clause right after an unlisted verb after a quotation: no
# frame of speech ('"Twin Peaks," the cult series that ...', '..." Lee changed his name')
_TAIL_OBJECT_RE = re.compile(
    r"[ \t]+(?:the|a|an|his|her|their|its|that|which|who|whom|of|into|in|to|at"
    r"|on(?![ \t]+(?:" + _ON_TIME + r")))\b",
    re.I,
)  # ("on Friday" is a time: '"Wow," Lee beamed on Friday.')


# an unlisted verb after a quotation that ends in a comma, "!" or "?", then a name that
# ends the sentence or opens an apposition ('"...," agrees Lina Morrow, 30, of Dayton.',
# '"Wow!" beamed Ed Hale of Dayton.')
_TAIL_INVERTED_RE = re.compile(
    r"[ \t]*(?P<verb>[a-z]{3,}(?:ed|s))[ \t]+"
    r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*)"
    r"(?=[ \t]*(?:[,.!?]|of\b|\Z))"
)


# verbs of concurring: they frame a one- or two-word quotation too
_CONCUR = frozenset(_lines("concur_verbs.txt"))


# a gerund or preposition right before a quotation: the quotation is its object
# ('Citing "family reasons," the coach resigned', 'Despite "good progress," ...')
_OBJECT_LEAD_RE = re.compile(
    r"(?<![\w'’-])(?:[A-Za-z]{2,}ing|[Dd]espite|[Aa]bout|[Oo]f|[Ww]ith|[Ff]or|[Aa]s|[Ll]ike"
    r"|[Ff]rom|[Bb]y|[Ii]n|[Oo]n|[Aa]t)[ \t]+\Z"
)


def _unlisted_verb_frames(doc):
    """Add quotation blocks framed by an unlisted verb: 'Trump boomed: "..."',
    'Trump boomed, "..."' and '"...," Trump boomed.' (the speaker is the clause subject / the NP after the quote)."""
    text, masked, blocks, sents, lex = doc.text, doc.masked, doc.blocks, doc.sents, doc.lex
    sent_starts, quotes, used_blocks = doc.sent_starts, doc.quotes, doc.used_blocks
    for bid, b in enumerate(blocks):
        if bid in used_blocks or b[3] - b[2] < 3:
            continue
        si = bisect.bisect_right(sent_starts, b[0]) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        if b[0] - ss <= _MAX_SPAN and masked[ss : b[0]].rstrip().endswith(":"):
            cpos = masked.rindex(":", ss, b[0])
            span = colon_subject(masked, ss, cpos, lex)  # "When Hale spoke, Lee fired back:"
            span = apposed_colon_name(masked, ss, span, lex)  # "Another analyst, NAME, ...:"
            span = object_colon_name(masked, span, cpos, lex) or span  # "The X surprised NAME:"
            if span is None or text[span[0] : span[1]].lower() in ("it", "this", "that"):
                continue
            if manner_adverb_label(masked[ss:cpos].strip()):
                continue  # '"A," Roe said. Quietly: "B."': Roe's B (a carried block)
            if display_lead_in(masked, ss, cpos, lex.cue_re):
                continue  # 'A board over the door carries the slogan: "..."': no speech
            if exhibit_lead_in(masked, ss, cpos):
                continue  # 'a text message from a hand that reads in part: "..."': no one's
            q = Quote(b[2], b[3], "direct", ":", cpos, cpos + 1, text[span[0] : span[1]], *span)
        elif (dh := dash_announced_subject(masked, ss, b[0], b[1], se)) is not None:
            q = Quote(
                b[2], b[3], "direct", text[dh[0]], dh[0], dh[0] + 1, text[dh[1] : dh[2]], *dh[1:]
            )
        elif (mh := _head_frame(masked, ss, b[0])) is not None:
            ns, ne = mh.span("np")  # 'The governor boomed, "..."'
            q = Quote(b[2], b[3], "direct", mh.group("verb"), *mh.span("verb"), text[ns:ne], ns, ne)
        elif (
            se - b[1] <= 1
            and si + 1 < len(sents)
            and text[b[2] : b[3]].rstrip().rstrip("’'")[-1:] == "."  # also ".’" of a nested one
            and (ms := _said_sentence(doc, si + 1)) is not None
        ):  # '"We will win." Lee Park said.': the next sentence frames the quotation
            ns, ne = ms.span("np")
            q = Quote(b[2], b[3], "direct", ms.group("verb"), *ms.span("verb"), text[ns:ne], ns, ne)
        else:
            own = not (se - b[1] <= 1 and si + 1 < len(sents) and text[b[2] : b[3]][-1:] in "!?")
            if not own:
                se = sents[si + 1][1]  # '"Wow!" Lee beamed.': the sentence ended at the quote
            m = _TAIL_FRAME_RE.match(masked, b[1], min(se, b[1] + 120))
            if (m is None or m.end() < min(se, b[1] + 120) - 2) and own:
                m = _TAIL_INVERTED_RE.match(masked, b[1], se)  # '"...," agrees Lee Ray.'
                qt = text[b[2] : b[3]].rstrip()
                if m is None or qt[-1:] not in ",!?":
                    continue
                if len(qt.split()) < 3 and not (qt[-1] == "," and m.group("verb") in _CONCUR):
                    continue  # ('"Nowhere," agreed Ann Roe': a concurring verb frames it)
            elif m is None or m.end() < min(se, b[1] + 120) - 2:
                continue
            if not own and not _NEXT_SENTENCE_FRAME_RE.fullmatch(masked, m.start("np"), m.end()):
                continue  # '"Stop!" The crowd walked out.': a sentence of its own
            if m.group("verb") not in lex.verb_lemma and _TAIL_OBJECT_RE.match(
                masked, m.end("verb")
            ):
                continue  # '"Twin Peaks," the cult series that ...', 'Cruz changed his name'
            if m.group("verb").split()[0] in event_verbs():
                continue  # '"Family reasons," the coach resigned': no speech
            if _OBJECT_LEAD_RE.search(masked, max(ss, b[0] - 40), b[0]):
                continue  # 'Citing "family reasons," the coach resigned': an object
            ns, ne = m.span("np")
            if masked[ns:ne].lower() in ("it", "this", "that", "there"):
                continue
            q = Quote(b[2], b[3], "direct", m.group("verb"), *m.span("verb"), text[ns:ne], ns, ne)
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 <= s1:
            continue
        q.start, q.end = s1, e1
        q.block_ids = (bid,)
        used_blocks[bid] = q
        quotes.append(q)


# the subject of the clause after a question frame ("Asked by Roe who set the fire, Tom
# Hale pointed at ...": "Tom Hale"): a name or he/she, then a lower-case verb
_ANSWERER_RE = re.compile(
    r",[ \t]+(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]+(?P<verb>[a-z]+)"
)


def _answerer(doc, cand):
    """The anchor for a quotation paragraph after a sentence that opens with a question
    ("Asked by Roe who set the fire, Tom Hale pointed at the accused." then '"Him."'):
    the person asked, the subject after the question, not the asker; None when no such
    subject follows the question."""
    m = _ANSWERER_RE.match(doc.masked, cand.end)
    if m is None:
        return None
    return Quote(
        0,
        0,
        "direct",
        m.group("verb"),
        m.start("verb"),
        m.end("verb"),
        doc.text[m.start("np") : m.end("np")],
        m.start("np"),
        m.end("np"),
    )


def _chained_to_attributed(blocks, bid, used_blocks):
    """Is block ``bid`` an unclosed quotation paragraph chained to the next paragraph's
    quotation, which its own sentence attributes ('"A.\n\n"B," Roe said.': one
    quotation over two paragraphs, Roe's A too)?

    >>> blocks = [[0, 3, 1, 3, True, 1], [5, 9, 6, 8, False, -1]]
    >>> class Q:
    ...     attribution = "attributed"
    >>> _chained_to_attributed(blocks, 0, {1: Q()})
    True
    >>> _chained_to_attributed(blocks, 0, {})
    False
    """
    nxt = blocks[bid][5]
    if nxt != bid + 1 or nxt not in used_blocks:
        return False
    return used_blocks[nxt].attribution == "attributed"


def _carried_blocks(doc):
    """Add bare quotation blocks that make up their sentence: the continuation of the
    previous quoted speaker, or the quotation a frame "X said:" announced."""
    text, masked, blocks, sents = doc.text, doc.masked, doc.blocks, doc.sents
    sent_starts, quotes, used_blocks = doc.sent_starts, doc.quotes, doc.used_blocks
    pending_colon = doc.pending_colon
    quotes.sort(key=lambda q: (q.start, q.end))
    q_starts = [q.start for q in quotes]
    extra, asked = [], []
    pulled = pull_quote_blocks(text, blocks)  # (a pull quote repeats a quotation: no row)
    for bid, b in enumerate(blocks):
        if bid in used_blocks or bid in pulled:
            continue
        si = bisect.bisect_right(sent_starts, b[0]) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        if se - ss > 2 * _MAX_SPAN:
            continue
        # the block must be (nearly) the whole sentence
        words_anchor = None  # ('In Roe's words, "B."': Roe's, after the lead-in)
        if _MASKED_HAS_W_RE.match(masked, ss, se) and not manner_lead_in(
            masked, ss, b[0], se, b[1]
        ):  # (the mask is no word character; 'Then, more quietly: "B."' is the block's)
            words_anchor = possessor_words_anchor(text, ss, b[0])
            if words_anchor is None or _MASKED_HAS_W_RE.match(masked, b[1], se):
                continue
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 - s1 < 15 and not (text[e1 - 1] in ".!?" and " " in text[s1:e1]):
            continue  # (a short sentence of speech stays: '"She cried too."')
        # previous attribution (direct or mixed) before this block within ~2 sentences/paragraph
        anchor = None
        chain_prev = bid > 0 and blocks[bid - 1][5] == bid
        if chain_prev and (bid - 1) in used_blocks:
            anchor = used_blocks[bid - 1]
        elif _chained_to_attributed(blocks, bid, used_blocks):
            anchor = used_blocks[bid + 1]  # ('"A.\n\n"B," Roe said.': Roe's A)
        elif si > 0 and (
            posted := _posted_before_block(text, sents, si, b[0], q_starts)
        ):  # ('The club posted a thank-you on Facebook. "Thanks."': the club's post)
            anchor = posted
        else:
            qi = bisect.bisect_left(q_starts, b[0]) - 1
            cand = quotes[qi] if qi >= 0 else None
            if cand is not None and cand.kind == "indirect":
                cand = _enclosing_quote(quotes, qi)
                if (
                    cand.kind == "indirect"
                    and qi
                    and _apposed_relative_of(text, quotes[qi - 1], cand)
                ):
                    cand = quotes[qi - 1]  # '"A," wrote Roe, a designer who said B. "C."'
            elif cand is not None and qi >= 1 and _interjection_of(text, quotes[qi - 1], cand):
                cand = quotes[qi - 1]  # '"A," Lee said, as critics heckled "B." "C."': Lee's C
            if extra and (cand is None or extra[-1].start > cand.start):
                cand = extra[-1]  # a third paragraph continues the second
            if cand is not None:
                csi = bisect.bisect_right(sent_starts, cand.start) - 1
                gap = _para_gap(text, cand.end, b[0])
                if cand.kind == "direct" and gap == 0:  # counted from its last sentence
                    csi = bisect.bisect_right(sent_starts, cand.end - 1) - 1
                if (cand.kind in ("direct", "mixed") and si - csi <= 2 and gap <= 1) or (
                    cand.kind == "indirect"
                    and si - csi == 1
                    and (
                        gap == 1
                        or (gap == 0 and _frame_ends_sentence(text, quotes, cand, sents[csi], b[0]))
                    )
                ):  # ('X said she had doubts.\n\n"I told him ..."': X goes on; so in
                    # the paragraph after 'X said she had doubts.' ending the sentence)
                    anchor = cand
                    if cand.kind == "indirect" and cand.cue.lower() == "asked":
                        anchor = _answerer(doc, cand)
                        if anchor is not None and answered_without_speech(anchor.cue, doc.lex):
                            asked.append(cand)  # ("..., Mia Lund shook her head.": no quote)
            if anchor is None and pending_colon is not None:
                pm, pc, pcs, pce, psi = pending_colon
                if 0 < si - psi <= 1:
                    anchor = Quote(0, 0, "direct", pc, pcs, pce, *pm)
        if anchor is None:  # ('Asked why, she laughed. "I'm 71."': hers)
            anchor = asked_gesture_anchor(text, sents, si, b[0])
        if anchor is None:  # ('She read a statement to the jury. "A.': hers)
            anchor = read_text_anchor(text, sents, si, b[0])
        if anchor is None:
            anchor = _narrative_subject_anchor(doc, b[0], q_starts)
        if anchor is None:  # ('Rain.\n\n"A."\n\n"B," said Roe.': Roe's A)
            anchor = leading_paragraph_anchor(text, blocks, bid, used_blocks, q_starts)
        anchor = words_anchor or anchor
        if anchor is None:
            continue
        q = carried_quote(anchor, s1, e1, bid)
        used_blocks[bid] = q
        extra.append(q)
    quotes.extend(extra)
    if asked:
        quotes[:] = [q for q in quotes if not any(q is a for a in asked)]
    quotes.sort(key=lambda q: (q.start, q.end))


def _posted_before_block(text, sents, si, at, q_starts):
    """``posted_subject_anchor`` of the sentence before the bare quotation at ``at``
    (sentence ``si``), when the quotation opens its sentence, that sentence is in the
    same paragraph and holds no quote of its own; None otherwise."""
    ss, _se = sents[si]
    ps, pe = sents[si - 1]
    if text[ss:at].strip(' \t"“') or "\n" in text[pe:at]:
        return None
    k = bisect.bisect_left(q_starts, ps)
    if k < len(q_starts) and q_starts[k] < pe:
        return None
    return posted_subject_anchor(text, ps, pe)


# a short paragraph of narration that opens with a person's name and a lower-case verb
# ("O’Donoghue has already signed up for a race in Moncton.")
_NARRATIVE_SUBJECT_RE = re.compile(
    r"(?P<np>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})[ \t]+"
    r"(?:(?:has|had|is|was|also|still|already|now|then)[ \t]+){0,2}(?P<verb>[a-z]{2,})\b"
)


def _narrative_subject_anchor(doc, at, q_starts):
    """The anchor for a bare quotation paragraph at ``at`` that no attribution reaches,
    right after a short paragraph of narration (no quotation, no quote of its own) that
    opens with the name of a person quoted earlier ("O’Donoghue has already signed up
    for a race in Moncton." then '"It'll be cooler there."'): the reporter's kicker,
    that person's words. None otherwise. ``q_starts``: the starts of ``doc.quotes``
    (sorted); only the 12 quotes before the paragraph are read."""
    text = doc.text
    # (every look back is bounded: a text of many such paragraphs stays linear)
    ls = text.rfind("\n", max(0, at - 200), at)
    if ls < 0 or text[ls + 1 : at].strip():
        return None
    pe, lo = ls, max(0, ls - 200)
    while pe > lo and text[pe - 1].isspace():
        pe -= 1
    if pe == lo:
        return None  # (no narration within 200 characters of blank before)
    ps = text.rfind("\n", max(0, pe - 301), pe) + 1
    if not 0 < pe - ps <= 300 or any(c in text[ps:pe] for c in '“”":'):
        return None
    quotes = doc.quotes
    i = bisect.bisect_left(q_starts, ps)
    if (i == len(quotes) or quotes[i].start >= pe) and (r := recalled_by_pronoun(text, ps, pe)):
        return Quote(0, 0, "direct", r.group("verb"), *r.span("verb"), r.group("np"), *r.span("np"))
    m = _NARRATIVE_SUBJECT_RE.match(text, ps, pe)
    if m is None:
        return None
    first = m.group("np").split()[0].lower()
    if first in _DETS or first in _SENT_START_STOP:
        return None  # ("The columnist learned the news ...": "The" is no name)
    last = m.group("np").split()[-1]
    if i < len(quotes) and quotes[i].start < pe:
        return None  # (the paragraph holds a quote of its own)
    for q in quotes[max(0, i - 12) : i]:
        if q.m_start >= ps:
            return None  # ('..., "A," Lee said.' with the mention in the paragraph)
    for q in quotes[max(0, i - 12) : i]:
        line = text[text.rfind("\n", 0, q.m_start) + 1 : q.m_start + 1]
        if (q.mention and q.mention.split()[-1] == last) or last in line.split():
            return Quote(
                0, 0, "direct", m.group("verb"), *m.span("verb"), m.group("np"), *m.span("np")
            )  # (the name opens the paragraph of an earlier quote, or is its mention)
    if _newcomer_narration(text, m, ps, pe) and _opens_a_run(text, at):
        return Quote(0, 0, "direct", m.group("verb"), *m.span("verb"), m.group("np"), *m.span("np"))
    return None


_NOT_SPACE_RE = re.compile(r"\S")  # (what str.lstrip keeps first: the same spaces)


def _opens_a_run(text, at):
    """Does the quotation paragraph at ``at`` stay open at its end (no closing mark: the
    quotation runs on into the next paragraph, which opens with a mark again)?

    >>> t = '"A b.\\n\\n"C d."'
    >>> _opens_a_run(t, 0), _opens_a_run('"A b."\\n\\nE f.', 0)
    (True, False)
    """
    end = text.find("\n", at)
    if end < 0:
        return False
    body = text[at:end].rstrip()
    nxt = _NOT_SPACE_RE.search(text, end)  # (the next paragraph's first character)
    return bool(body) and body[-1] not in '"”' and (nxt is None or nxt.group() in '"“')


# a later sentence of the narration that stays on its subject: "He stood on his dock."
_PRONOUN_SENTENCE_RE = re.compile(r"[.!?][ \t]+(?:He|She)[ \t]+[a-z]")


def _newcomer_narration(text, m, ps, pe):
    """Does the narration paragraph ``ps``..``pe`` introduce a person named for the first
    time (a full name opening it, ``m``; the surname nowhere before) and stay on that
    person in a later sentence opening with "He" / "She" ("Gord Roe has owned the marina
    for 27 years. He stood on his dock with his phone in his hand." then a bare quotation:
    Roe's words)?

    >>> t = "Gord Roe has run the marina for years. He stood on the dock."
    >>> _newcomer_narration(t, _NARRATIVE_SUBJECT_RE.match(t), 0, len(t))
    True
    >>> t = "Gord Roe has run the marina for years. The dock was empty."
    >>> _newcomer_narration(t, _NARRATIVE_SUBJECT_RE.match(t), 0, len(t))
    False
    """
    words = m.group("np").split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1] in text[max(0, ps - 20000) : ps]:
        return False  # (named before: the earlier quotes decide)
    return _PRONOUN_SENTENCE_RE.search(text, m.end(), pe) is not None


# a subordinate "as" / "while" between a frame's cue and a speaker mention (up to three
# words of the mention's own before it: "as opposition members")
_AS_BEFORE_RE = re.compile(r"[ \t,]+(?:as|while)[ \t]+(?:[\w’'\-]+[ \t]+){0,3}\Z")


def _interjection_of(text, prev, q):
    """Is ``q`` an interjection inside ``prev``'s frame sentence ('"A," Lee said, as
    critics heckled "B."'), so that a quotation after it goes on with ``prev``?

    >>> from analysis.quotes.cues import Quote
    >>> t = '"We act," Lee said, as critics heckled "No!" from the back.'
    >>> prev = Quote(1, 8, "direct", "said", 14, 18, "Lee", 10, 13)
    >>> q = Quote(40, 43, "direct", "heckled", 31, 38, "critics", 23, 30)
    >>> _interjection_of(t, prev, q)
    True
    """
    return (
        prev.end <= prev.cue_start < q.m_start
        and q.m_start - prev.cue_end <= 40
        and _AS_BEFORE_RE.match(text, prev.cue_end, q.m_start) is not None
        and not any(c in text[prev.cue_end : q.m_start] for c in ".!?\n")
    )


def _frame_ends_sentence(text, quotes, cand, sent, at):
    """Does the attributed sentence ``sent`` of ``cand`` end with its speaker's frame,
    so that the quotation at ``at`` on the same line goes on with that speaker ('Ann Roe
    said she had doubts. "B."'; 'Rents rose, her husband said. "B."'; 'A, said Dr. Ann
    Roe, a GP. "B."'; 'Few know, she acknowledged. "B."')? One question, asked in the
    forms the session-26 sets showed: the frame first (``_lone_sentence_end``), the
    content first (``_content_first_tail``, ``_said_ends_sentence``, ``_lone_frame_end``)."""
    return (
        _lone_frame_end(text, quotes, cand, sent, at)
        or _content_first_tail(text, quotes, cand, sent, at)
        or _said_ends_sentence(text, quotes, cand, sent, at)
    )


def _lone_sentence_end(text, quotes, cand, sent, at):
    """Does the indirect quote ``cand`` end its sentence ``sent`` (``_ends_sentence``)
    on the line of the quotation at ``at``, with every quote of that sentence from its
    own speaker phrase ('Lee said A.'; not '"A," Lee told Roe, after Roe assured him
    that B.', nor a quoted heading on the next line)?"""
    if not _ends_sentence(text, cand.end, sent[1]) or "\n" in text[cand.end : at]:
        return False
    i = bisect.bisect_left(quotes, sent[0], key=lambda q: q.start)
    while i < len(quotes) and quotes[i].start < sent[1]:
        if quotes[i].m_start != cand.m_start:
            return False
        i += 1
    return True


def _content_first_tail(text, quotes, cand, sent, at):
    """Does the indirect quote ``cand`` open its sentence ``sent`` with its speaker and
    cue after it, the sentence's only quote, the quotation at ``at`` on the same line
    ('Rents rose, her husband said. "B."'; 'A, said Dr. Ann Roe, a GP. "B."': B is
    the same speaker's)?"""
    if cand.m_start < cand.end or cand.cue_start < cand.end or "\n" in text[cand.end : at]:
        return False
    if text[sent[0] : cand.start].strip(" \t\n\"“‘'"):
        return False
    i = bisect.bisect_left(quotes, sent[0], key=lambda q: q.start)
    return all(q is cand for q in quotes[i:] if q.start < sent[1])


def _said_ends_sentence(text, quotes, cand, sent, at):
    """Does the sentence ``sent`` of the indirect quote ``cand`` end with its
    attribution ("His mother fell in March, her son said." then '"She won't tell you
    that part."' in the same paragraph: the son goes on), the cue and speaker after the
    reported clause and only closing punctuation after them, on the line of the
    quotation at ``at``, with every quote of that sentence from that speaker phrase?"""
    if not (cand.end <= cand.m_start and cand.end <= cand.cue_start):
        return False  # (the reported clause before its attribution)
    tail = max(cand.m_end, cand.cue_end)
    if tail > sent[1] or not _ends_sentence(text, tail, sent[1]) or "\n" in text[tail:at]:
        return False
    i = bisect.bisect_left(quotes, sent[0], key=lambda q: q.start)
    while i < len(quotes) and quotes[i].start < sent[1]:
        if quotes[i].m_start != cand.m_start:
            return False
        i += 1
    return True


# what may close a content-first frame before its sentence ends: a short time or
# occasion ("on Tuesday", "in an interview", "afterward"), then closing punctuation
_FRAME_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:on|in|at|during|after|before|last|this|later|afterward|afterwards|yesterday"
    r"|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”\"\n.!?]{0,40})?"
    r"[ \t.!?\"”’']*\Z"
)


def _lone_frame_end(text, quotes, cand, sent, at):
    """``_lone_sentence_end``, or the content-first form of it: the indirect quote
    ``cand`` opens its sentence and only its own frame closes it ("Few people know
    about the passes, she acknowledged." then '"That is on us."' in the same
    paragraph: the quotation goes on with her)."""
    if _lone_sentence_end(text, quotes, cand, sent, at):
        return True
    lo = min(cand.cue_start, cand.m_start)
    if not (cand.end <= lo and cand.mention) or "\n" in text[cand.end : at]:
        return False
    if text[cand.end : lo].strip(" \t,") or text[sent[0] : cand.start].strip(' \t"“”'):
        return False  # (content, a comma, then the frame; the content opens the sentence)
    hi = max(cand.cue_end, cand.m_end)
    if _FRAME_TAIL_RE.match(text, hi, sent[1]) is None:
        return False  # (", she said Tuesday." / "in an interview." may close the frame)
    i = bisect.bisect_left(quotes, sent[0], key=lambda q: q.start)
    return all(q.m_start == cand.m_start for q in quotes[i:] if q.start < sent[1])


def _ends_sentence(text, end, se):
    """Does only closing punctuation follow ``end`` up to the sentence end ``se``?

    >>> _ends_sentence("Lee said it would fail. ", 22, 24), _ends_sentence("it, she said.", 2, 13)
    (True, False)
    """
    return not text[end:se].strip(" \t\n.!?\"”’'")


def _apposed_relative_of(text, prev, q):
    """Is ``q`` the speech of a relative clause in the apposition after ``prev``'s speaker
    ('"A," wrote Ann Roe, a designer who said B.'), so that a quotation after it goes on
    with ``prev``?

    >>> from analysis.quotes.cues import Quote
    >>> t = '"A b c," wrote Ann Roe, a designer who said she quit.'
    >>> p = Quote(1, 6, "direct", "wrote", 9, 14, "Ann Roe", 15, 22)
    >>> q = Quote(43, 51, "indirect", "said", 38, 42, "a designer", 24, 34)
    >>> _apposed_relative_of(t, p, q)
    True
    """
    return (
        prev.kind == "direct"
        and prev.end <= prev.cue_start < q.m_start < q.cue_start
        and 0 <= prev.m_start < prev.m_end <= q.m_start
        and text[prev.m_end : q.m_start] == ", "
        and q.mention.split()[0].lower() in ("a", "an", "the")
        and text.startswith(" who ", q.m_end)
    )


def _enclosing_quote(quotes, qi):
    """quotes[qi], or the earlier quote whose content holds its cue: in 'Lee said
    critics had been predicting a closure.' the paragraph after it continues Lee,
    not the critics of the nested "predicting" (``quotes`` sorted by start)."""
    q = quotes[qi]
    for j in range(qi - 1, max(-1, qi - 4), -1):
        o = quotes[j]
        if o.start <= q.cue_start and q.cue_end <= o.end and o.mention != q.mention:
            return o
    return q


def _without_nested(quotes, text):
    """The quotes but the indirect ones whose cue and span lie inside another
    reported clause: in 'Lee said he had told his son not to panic' the reported
    clause is Lee's words; "told his son ..." is no second statement. A clause with
    its frame after it (", he said") holds only relayed reports, in the past perfect:
    "His wife had told him she would not move, he said" is one row, his; in "Dr. Lind
    told Obi A, Obi said" both are rows (Lind's statement, Obi its source); ", a claim
    the office denied" is no outer clause (``_nest_frame_after``). A row goes only when another clause holds its
    cue as well as its span; an interrupting "A, he said, B" inside a clause is kept.

    >>> from analysis.quotes.cues import Quote
    >>> outer = Quote(9, 43, "indirect", "said", 4, 8, "Lee", 0, 3)
    >>> inner = Quote(26, 43, "indirect", "told", 16, 20, "he", 13, 15)
    >>> [q.cue for q in _without_nested([outer, inner], "Lee said he had told his son not to panic")]
    ['said']
    >>> t = "His wife had told him she would not move, he said."
    >>> outer = Quote(0, 40, "indirect", "said", 45, 49, "he", 42, 44)
    >>> inner = Quote(22, 40, "indirect", "told", 13, 17, "His wife", 0, 8)
    >>> [q.cue for q in _without_nested([outer, inner], t)]
    ['said']
    """
    cue_first = sorted(
        (q for q in quotes if q.kind != "direct" and q.cue_end <= q.start),
        key=lambda q: (q.start, q.end),
    )  # (the reported clauses, their cues before them)
    if not cue_first:
        return quotes
    frame_after = sorted(
        (q for q in quotes if _nest_frame_after(q, text) and q.kind != "direct"),
        key=lambda q: (q.start, q.end),
    )  # (the clauses with their frame right after them: outer to reports inside them)
    fa_starts = [q.start for q in frame_after]
    outer, starts, reach = _nest_reach(cue_first)
    out = []
    for q in quotes:
        # (an inner "according to X" is X's words; q's own span starts after its cue)
        if q.kind != "direct" and q.cue[:9].lower() != "according":
            if text[q.m_start - 2 : q.m_start] == ", " and text[q.cue_end : q.cue_end + 1] == ",":
                out.append(q)  # (an interrupting "A, he said, B")
                continue
            i = bisect.bisect_right(starts, q.cue_start)
            if (
                i
                and reach[i - 1] >= max(q.end, q.cue_end)  # (a clause holding the cue too)
                and (q.kind == "indirect" or _same_speaker_outer(q, outer, reach, i))
            ):
                continue
            if frame_after and _nest_in_frame_after(q, frame_after, fa_starts, text):
                continue
        out.append(q)
    return out


def _nest_in_frame_after(q, frame_after, fa_starts, text):
    """Is the cue-first ``q`` inside a clause whose frame follows it (``frame_after``,
    sorted by start), as a relayed past perfect ("His wife had told him A, he said")
    or said inside the clause ("a system that workers say A, the union said")? A
    statement opening the clause ("Dr. Lind told Obi A, Obi said") stays a row.

    >>> from analysis.quotes.cues import Quote
    >>> t = "His wife had told him she would not move, he said."
    >>> outer = Quote(0, 40, "indirect", "said", 45, 49, "he", 42, 44)
    >>> inner = Quote(22, 40, "indirect", "told", 13, 17, "His wife", 0, 8)
    >>> _nest_in_frame_after(inner, [outer], [0], t)
    True
    """
    if q.cue_end > q.start or q.kind != "indirect":
        return False
    j = bisect.bisect_right(fa_starts, q.cue_start)
    for o in frame_after[max(0, j - 4) : j][::-1]:  # (the last few starting before q's cue)
        if o.end < q.end or o is q:
            continue
        if _nest_relayed(q, text):
            return True
        lo = q.m_start if o.start <= q.m_start < q.cue_start else q.cue_start
        head = text[o.start : lo]
        if len(head.split()) > 8 or _NEST_EMBED_RE.search(head):
            return True
    return False


# a frame said inside a clause, not opening it: "a system that workers say ..."
_NEST_EMBED_RE = re.compile(
    r"\b(?:that|which|who|whom|what|where|when|because|as)\b", re.IGNORECASE
)


def _nest_reach(outer):
    """(outer, their starts, reach): reach[i] the furthest end of outer[0..i].

    >>> from analysis.quotes.cues import Quote
    >>> _nest_reach([Quote(0, 9, "indirect", "said", 10, 14, "", -1, -1)])[1:]
    ([0], [9])
    """
    reach, far = [], -1
    for o in outer:
        far = o.end if o.end > far else far
        reach.append(far)
    return outer, [o.start for o in outer], reach


# a past perfect before a cue: "had told", "had already warned", "had never said"
_NEST_RELAYED_RE = re.compile(
    r"\bhad[ \t]+(?:(?:[a-z]+ly|never|not|already|also|just|since)[ \t]+)?$", re.IGNORECASE
)


# a present perfect to the clause's own speakers: "The ministry has told us A, the co-op
# said" (the co-op relays what it was told; "Lind told Obi A, Obi said" stays two rows)
_NEST_PERFECT_RE = re.compile(
    r"\b(?:has|have)[ \t]+(?:(?:[a-z]+ly|never|not|already|also|just|since)[ \t]+)?$",
    re.IGNORECASE,
)
_NEST_FIRST_LISTENER_RE = re.compile(r"[ \t]+(?:us|me)\b")


def _nest_relayed(q, text):
    """Is ``q``'s cue in the past perfect ("His wife had told him A"), or a present
    perfect to the first person ("The ministry has told us A"): an earlier exchange
    relayed inside another speaker's account?

    >>> from analysis.quotes.cues import Quote
    >>> t = "His wife had already told him she would stay."
    >>> _nest_relayed(Quote(30, 44, "indirect", "told", 21, 25, "His wife", 0, 8), t)
    True
    >>> t = "The ministry has told us the permits are void."
    >>> _nest_relayed(Quote(25, 45, "indirect", "told", 17, 21, "The ministry", 0, 12), t)
    True
    """
    lo = max(0, q.cue_start - 24)
    if _NEST_RELAYED_RE.search(text, lo, q.cue_start) is not None:
        return True
    return (
        _NEST_PERFECT_RE.search(text, lo, q.cue_start) is not None
        and _NEST_FIRST_LISTENER_RE.match(text, q.cue_end) is not None
    )


def _nest_frame_after(q, text):
    """Is ``q``'s frame right after its clause, only a comma between (", he said",
    ", said Lee")? Such a clause is its speaker's words and may hold a relayed "told"
    row; in "..., a claim the office denied" the frame is no report of the clause.

    >>> from analysis.quotes.cues import Quote
    >>> t = "His wife had told him she would not move, he said."
    >>> _nest_frame_after(Quote(0, 40, "indirect", "said", 45, 49, "he", 42, 44), t)
    True
    >>> t = "Lee said the fund was cut, a claim the mayor denied."
    >>> _nest_frame_after(Quote(0, 25, "indirect", "denied", 45, 51, "the mayor", 35, 44), t)
    False
    """
    if q.cue_start < q.end:
        return False
    lo = q.m_start if q.end <= q.m_start < q.cue_start else q.cue_start
    return not text[q.end : lo].strip(" \t,\"”’'") and "\n" not in text[q.end : lo]


# the gap between a reported clause and its speaker or cue after it ("A, Keesick said")
_CONTENT_FIRST_GAP_RE = re.compile(r"[ \t]*,[ \t]*")


def _outside_content_first(quotes, text):
    """The quotes but the indirect ones whose speaker, cue and span lie inside the
    reported clause of a frame after it: in "The band had asked the company to pay for a
    study, Keesick said" the clause is Keesick's words, "asked the company ..." no second
    statement (``_without_nested`` reads frames before their clause). The frame follows
    its clause after a comma only ("A, Keesick said"; "Lee says A, according to the AP":
    the AP's report; not "A, a claim the office denied");
    an inner "said" / "told" of another speaker stays (``_relayed_report``: "Her doctor
    told Roe the pills were safe, Roe said": the doctor's words, as Roe heard them).

    >>> from analysis.quotes.cues import Quote
    >>> t = "The band had asked the firm to pay, Lee said."
    >>> outer = Quote(0, 34, "indirect", "said", 40, 44, "Lee", 36, 39)
    >>> inner = Quote(19, 34, "indirect", "asked", 13, 18, "The band", 0, 8)
    >>> [q.cue for q in _outside_content_first([outer, inner], t)]
    ['said']
    """
    quotes = _outside_according_first(quotes, text)
    firsts = sorted(
        (q.start, q.end, q.mention or "", q.cue[:9].lower() == "according")
        for q in quotes
        if q.kind == "indirect"
        and q.cue_start >= q.end
        and _CONTENT_FIRST_GAP_RE.fullmatch(text, q.end, min(q.m_start, q.cue_start))
    )
    if not firsts:
        return quotes
    starts = [f[0] for f in firsts]
    reach, far = [], -1  # reach[i]: the furthest end of firsts[0..i]
    for f in firsts:
        far = f[1] if f[1] > far else far
        reach.append(far)
    out = []
    for q in quotes:
        lo = min(q.m_start, q.cue_start, q.start)
        i = bisect.bisect_right(starts, lo)
        if (
            q.kind == "indirect"
            and q.cue[:9].lower() != "according"
            and i
            and reach[i - 1] >= q.end
            and q.cue_end <= q.end
            and not _relayed_report(q, firsts, reach, i)
        ):
            continue
        out.append(q)
    return out


# the text between a clause and its "according to" (the comma may close the quotation:
# '"gone," according to')
_ACCORDING_GAP_RE = re.compile(r"[ \t]*,?[ \t]*")


def _outside_according_first(quotes, text):
    """The quotes but the mixed ones inside the clause of a later "..., according to
    X" whose span runs on over that frame: in 'A resident called to say the road had
    "vanished," according to police' the words are the police's report (one row, as
    ``_outside_content_first`` reads an indirect clause); the inner "to say" took the
    quotation and ", according to police" as its own content.

    >>> from analysis.quotes.cues import Quote
    >>> t = 'Lee called to say it had "gone," according to police.'
    >>> outer = Quote(0, 32, "mixed", "according to", 33, 45, "police", 46, 52)
    >>> inner = Quote(18, 52, "mixed", "say", 14, 17, "Lee", 0, 3)
    >>> [q.cue for q in _outside_according_first([outer, inner], t)]
    ['according to']
    """
    outers = [
        q
        for q in quotes
        if q.kind == "mixed"
        and q.cue[:9].lower() == "according"
        and q.cue_start >= q.end
        and _ACCORDING_GAP_RE.fullmatch(text, q.end, q.cue_start)
    ]
    if not outers:
        return quotes
    return [
        q
        for q in quotes
        if not (
            q.kind == "mixed"
            and q.cue_end <= q.start
            and any(
                o.start <= min(q.m_start, q.cue_start)
                and q.start < o.end < q.end <= max(o.m_end, o.cue_end)
                for o in outers
            )
        )
    ]


# cues of a report that a speaker relays ("His mother said that A, he said")
_RELAYED_CUES = frozenset("said says say told tells tell".split())


def _relayed_report(q, firsts, reach, i):
    """Is ``q`` a "said" / "told" report by another speaker inside the clause of a
    content-first verb frame (``firsts[:i]``, their running furthest end ``reach``)?
    "His mother said that A, he said": the words are hers, as he relays them; not when
    the outer frame is "according to X" (X's report, "Seventy-one per cent said A,
    according to the union") or the inner speaker is the outer one ("When she told her
    father A, she recalls")."""
    if q.cue.lower() not in _RELAYED_CUES:
        return False
    own = (q.mention or "").lower().split()
    for j in range(i - 1, max(-1, i - 9), -1):  # (the nearest holding clause; a bounded look)
        if reach[j] < q.end:
            break
        if firsts[j][1] >= q.end:
            outer = firsts[j][2].lower().split()
            # (not inside "..., according to X"; not the outer speaker again)
            return not firsts[j][3] and bool(own) and bool(outer) and own[-1] != outer[-1]
    return False


_SAME_PRONOUNS = frozenset(("he", "she", "they"))


def _same_speaker_outer(q, outer, reach, i):
    """Does the mixed quote ``q`` (its cue before its span) lie in the reported clause
    of a quote by the same mention ("Lee responded by saying ...", "Lee said he rarely
    asks ...": one statement), its own mention the outer one's words or a pronoun?
    ``outer``: ``_without_nested``'s reported clauses sorted by span, ``reach`` their
    running furthest end, ``i`` the number of them starting at or before q's cue (only
    those are read, back from the last, while one may still reach past q's end)."""
    if q.cue_end > q.start:
        return False
    own = q.mention.lower() if q.mention else ""
    for j in range(i - 1, -1, -1):
        if reach[j] < q.end:
            break  # (no clause from outer[0..j] reaches past q's end)
        o = outer[j]
        if o is q:
            continue
        if o.end >= q.end:
            if own in _SAME_PRONOUNS or o.m_start == q.m_start or (o.mention or "").lower() == own:
                return True
    return False


def _statements(quotes, blocks, text=None):
    """The quotes in text order without duplicate spans, one per quoted or reported
    stretch, each with ``statement`` = the index of its statement's first row: the
    rows of one quote run are one statement (the blocks of one frame, '"A," X said.
    "B."', a quotation continued in the next paragraph, bare paragraphs carried from
    the speaker before); a quoted paragraph answering a quoted question ('"...?" asked
    X.\n\n"..."') starts a statement of its own (``exchange_turns.opens_answer``)."""
    out = []
    seen = set()
    for q in quotes:
        key = (q.start, q.end)
        if key in seen:
            continue
        seen.add(key)
        q.statement = len(out)
        if out:
            p = out[-1]  # the last row of the statement before
            head = out[p.statement]
            chained = (
                bool(p.block_ids)
                and bool(q.block_ids)
                and blocks[p.block_ids[-1]][5] == q.block_ids[0]
            )
            same_frame = head.cue_start == q.cue_start and head.m_start == q.m_start
            if (
                q.start >= p.end
                and (
                    (
                        q.kind == "direct"
                        and head.kind in ("direct", "mixed")
                        and (chained or same_frame)
                    )
                    or (same_frame and p is head and q.attribution == p.attribution == "attributed")
                    or (
                        same_frame
                        and p is head
                        and head.kind == "indirect"
                        and q.attribution == "carried"
                    )  # 'X said A.\n\n"B."'
                )
                and not (text is not None and p is head and opens_answer(text, head, q))
            ):
                q.statement = p.statement
        out.append(q)
    return out


def _para_gap(text, a, b):
    if b <= a:
        return 0
    return text.count("\n\n", a, b) if b - a < 5000 else 99
