"""Assembly of one article's quotes (``extract``): blocks, masked text and sentences,
then reporting-verb frames, colon frames, headline colons, quotations framed by an
unlisted verb, bare quotation paragraphs carried from the previous speaker, merging
of one statement's blocks, and coreference.
"""

from __future__ import annotations

import bisect
import re

from .blocks import MASK, find_blocks, mask_text
from .coref import resolve
from .frames import (
    _COLON_HIT_RE,
    _COLON_NP_RE,
    _DASH_COLON_RE,
    _FORMS,
    _HAS_W_RE,
    _HAS_WORD_RE,
    _HEADLINE_RE,
    _MAX_SPAN,
    _OBJ_SKIP,
    _POST_SKIP,
    _SHORT_BLOCK_RE,
    _TAIL_FRAME_RE,
    _THAT_RE,
    _THAT_SOON_RE,
    _THAT_WORD_RE,
    _WORDS_RE,
    Quote,
    _cue_matches,
    _strip_span,
)
from .lexicon import (
    _CONJ,
    _CONTRACTION_RE,
    _DETS,
    _FIRST_WORD_RE,
    _NEEDS_THAT,
    _NEG,
    _NOT_CONTENT_START,
    _NOT_ROLE,
    _NOUNISH_FORMS,
    _NUMERIC,
    _PASSIVE_AUX,
    _PREP_PRONE,
    _PROG_AUX,
    _PRONOUNS,
    _QUANT_SUBJ,
    _SENT_START_STOP,
    _SKIP_BEFORE_CUE,
    _VERBISH_NEXT,
    lexicon,
)
from .phrases import (
    _apposition_speaker,
    _is_adjunct_only,
    _is_cap,
    _left_np,
    _right_np,
    _sentence_subject,
    _tok_start,
    _window_tokens,
)
from .segment import sentences


def extract(text: str):
    """Return a list of Quote objects (unsorted resolution done) for one text."""
    lex = lexicon()
    blocks = find_blocks(text)
    masked = mask_text(text, blocks)
    sents = sentences(text, masked)
    if not sents:
        return [], sents
    sent_starts = [s for s, _ in sents]
    block_starts = [b[0] for b in blocks]
    used_blocks: dict[int, Quote] = {}
    quotes: list[Quote] = []

    def blocks_in(lo, hi):
        i = bisect.bisect_left(block_starts, lo)
        out = []
        while i < len(blocks) and blocks[i][0] < hi:
            out.append(i)
            i += 1
        return out

    def content_kind(lo, hi):
        """(start, end, kind, block_ids) for the content region lo..hi of original text."""
        lo, hi = _strip_span(text, lo, hi)
        if hi <= lo:
            return None
        bids = blocks_in(lo, hi)
        if not bids:
            s, e = _strip_span(text, lo, hi, trail=" \t\n,:;—–-.")
            return (s, e, "indirect", ()) if e > s else None
        # words outside blocks? (the mask is no word character)
        if _HAS_W_RE.search(masked, lo, hi) is None:
            b0, b1 = blocks[bids[0]], blocks[bids[-1]]
            s, e = _strip_span(text, b0[2], b1[3], lead=" \t\n", trail=" \t\n,")
            return (s, e, "direct", tuple(bids)) if e > s else None
        s, e = _strip_span(text, lo, hi, trail=" \t\n,:;—–-.")
        return (s, e, "mixed", tuple(bids)) if e > s else None

    last_speaker_in_sent = None
    prev_sent_idx = -1
    pending_colon = None  # Quote-less frame "X said:" awaiting the next quote block

    # mask runs end where a block ends, unless the text itself holds the mask character
    run_ends = None if MASK in text else [b[1] for b in blocks]
    cue_matches = _cue_matches(lex, masked, run_ends)
    win_cache: dict = {}
    # colon frames: NP ":" followed by a quote block, or a headline "Name: ..."
    for ci, cm in enumerate(cue_matches):
        cs_, ce_, cue, is_acc = cm
        si = bisect.bisect_right(sent_starts, cs_) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        if ce_ > se:
            continue
        # bound the work per cue (run-on "sentences" in junk input stay linear)
        ss = max(ss, cs_ - _MAX_SPAN)
        se = min(se, ce_ + _MAX_SPAN)
        if si != prev_sent_idx:
            last_speaker_in_sent = None
            prev_sent_idx = si
        asked_by = False
        form = _FORMS.get(cue)
        if form is None:
            form = _FORMS.setdefault(cue, re.sub(r"\s+", " ", cue).lower())
        lemma = lex.verb_lemma.get(form)
        w_lo = max(ss, cs_ - 250)
        w_hi = min(se, ce_ + 150)
        toks = win_cache.get((w_lo, w_hi))
        if toks is None:  # cues close together in a sentence share a window (read-only)
            toks = win_cache[w_lo, w_hi] = _window_tokens(masked, w_lo, w_hi)
        # index of cue token (token starts increase: first token starting at/after cs_)
        k = bisect.bisect_left(toks, cs_, key=_tok_start)
        kend = bisect.bisect_left(toks, ce_, lo=k, key=_tok_start)
        prev_tok = toks[k - 1][2].lower() if k > 0 else ""
        prev2 = toks[k - 2][2].lower() if k > 1 else ""
        mention = None
        m_span = None
        speaker_after = False
        if is_acc:
            np_ = _right_np(toks, kend, lex)
            if np_ is None:
                if (
                    kend < len(toks)
                    and toks[kend][2].isalpha()
                    and toks[kend][2].lower() not in _NOT_ROLE
                ):
                    np_ = (kend, kend + 1)  # "according to early results of exit polls"
                else:
                    continue
            # the source runs to the next comma / dash / sentence end (max 15 tokens)
            e_ = kend
            while (
                e_ < len(toks)
                and e_ - kend < 25
                and toks[e_][2] not in (",", ";", "—", "–", ".")
                and toks[e_][2][0] != MASK
            ):
                e_ += 1
            if e_ > np_[1] and (e_ == len(toks) or toks[e_][2] in (",", ";", "—", "–", ".")):
                np_ = (np_[0], e_)
            m_span = (toks[np_[0]][0], toks[np_[1] - 1][1])
            speaker_after = True
        else:
            if (
                prev_tok in _NEG
                or prev2 in ("not", "n't", "never", "to")
                and prev_tok in _SKIP_BEFORE_CUE
            ):
                continue
            if prev_tok.endswith("n't") or prev_tok.endswith("n’t"):
                continue
            if form in _NOUNISH_FORMS and (
                prev_tok in _DETS
                or (
                    prev_tok.isalpha()
                    and prev_tok.islower()
                    and prev_tok not in _PRONOUNS
                    and prev_tok not in lex.nouns
                    and prev_tok not in _SKIP_BEFORE_CUE
                    and not (len(prev_tok) > 4 and prev_tok.endswith("s"))
                )
            ):
                continue  # "an automated reply", "struck a calmer note": nouns, not cues
            if lemma == "ask" and kend < len(toks) and toks[kend][2] == "by":
                # "Sanders was asked by host John Dickerson whether ...": the agent asks
                np_b = _right_np(toks, kend + 1, lex)
                if np_b is None:
                    continue
                m_span = (toks[np_b[0]][0], toks[np_b[1] - 1][1])
                speaker_after = True
                mention = None
                asked_by = True
            elif prev_tok in _PASSIVE_AUX and not form.endswith("ing"):
                continue  # "was told", "has been reported": the subject is not the speaker
            nxt_tok = toks[kend][2].lower() if kend < len(toks) else ""
            if nxt_tok in _VERBISH_NEXT and prev2 in ("what", "that", "which"):
                continue  # "what Carson said was written": a relative clause, not a cue
            if (
                lemma in _NEEDS_THAT
                and nxt_tok not in ("that", ":", ",")
                and not (kend < len(toks) and toks[kend][2][0] == MASK)
            ):
                continue  # "maintained some clout", "claiming 41 percent"
            if lemma in ("ask", "urge", "tell", "warn") and nxt_tok in (
                "not",
                "to",
            ):
                continue  # "who asked not to be named"
            is_ing = form.endswith("ing")
            np_ = None
            if is_ing and prev_tok in _PROG_AUX:
                # progressive "Trump is telling supporters ...": an ordinary finite cue
                np_p = _left_np(toks, k - 1, lex)
                if np_p is None:
                    continue
                is_ing = False
                mention = None
                m_span = (toks[np_p[0]][0], toks[np_p[1] - 1][1])
            elif is_ing and prev_tok != "," and prev_tok not in ("and", "while", "before", "after"):
                # absolute construction "with Rubio saying ...", "30 percent of voters saying"
                np_i = (
                    _left_np(toks, k, lex)
                    if form in ("saying", "arguing", "insisting", "warning", "claiming", "noting")
                    else None
                )
                if np_i is None or toks[np_i[1] - 1][2].lower() in _PRONOUNS:
                    continue
                if not any(
                    _is_cap(toks[x][2])
                    or toks[x][2].lower() in lex.nouns
                    or toks[x][2].lower() in _NUMERIC
                    or toks[x][2][:1].isdigit()
                    for x in range(*np_i)
                ):
                    continue
                m_span = (toks[np_i[0]][0], toks[np_i[1] - 1][1])
            elif is_ing:
                if last_speaker_in_sent is not None:
                    mention = last_speaker_in_sent
                else:
                    m_span = _sentence_subject(masked, ss, se, lex)
                if mention is None and m_span is None:
                    continue
            elif m_span is None:
                if prev_tok in _CONJ and last_speaker_in_sent is not None:
                    mention = last_speaker_in_sent
                elif (
                    prev_tok in ("and", "but")
                    or (prev_tok in _SKIP_BEFORE_CUE and prev2 in (",", "and", "but"))
                ) and _left_np(toks, k, lex) is None:
                    # "Trump doubled down on his comments and said ...": sentence subject
                    m_span = _sentence_subject(masked, ss, se, lex)
                    if m_span is None:
                        continue
                else:
                    np_ = _left_np(toks, k, lex)
                    if np_ is not None:
                        # apposition: "Hugh Hill, a doctor, said" / "Smith, who heads X, said"
                        m_span = (toks[np_[0]][0], toks[np_[1] - 1][1])
                    elif prev_tok in (",", "—", "–") and k >= 2:
                        m_span = _apposition_speaker(toks, k - 1, lex)
                    if m_span is None:
                        # inversion: '..." said Putin' / '... , said the official'
                        at_edge = (
                            k == 0
                            or toks[k - 1][2][0] == MASK
                            or prev_tok in (",", ":", "—", "–", "-", "as")
                        )
                        if at_edge and lemma not in (
                            "tell",
                            "ask",
                            "urge",
                            "inform",
                            "assure",
                            "warn",
                        ):
                            np_r = _right_np(toks, kend, lex)
                            if np_r is not None:
                                m_span = (toks[np_r[0]][0], toks[np_r[1] - 1][1])
                                speaker_after = True
                    if m_span is None:
                        continue
                    if form in lex.ambiguous and speaker_after:
                        continue
        if mention is None:
            ms, me = m_span
            mtext = text[ms:me]
            ml = _CONTRACTION_RE.sub("", mtext.lower())
            if ml in _DETS and ml not in _QUANT_SUBJ and me < cs_ and cs_ - me <= 40:
                # a bare determiner ("The"): the NP runs up to the cue ("The email goes on")
                tail = text[me:cs_].split()
                if tail and all(w.isalpha() for w in tail) and len(tail) <= 3:
                    me = me + len(text[me:cs_].rstrip())
                    mtext = text[ms:me]
                    ml = mtext.lower()
            if ml in ("it", "this", "that", "there", "what", "which"):
                continue
            if mtext.lower() == "who" and text[max(0, ms - 2) : ms].strip() != ",":
                # restrictive relative "voters who said": the noun before "who"
                kw = 0
                while kw < len(toks) and toks[kw][0] < ms:
                    kw += 1
                np_w = _left_np(toks, kw, lex)
                if np_w is None:
                    continue
                ms, me = toks[np_w[0]][0], toks[np_w[1] - 1][1]
                mtext = text[ms:me]
            mention = (mtext, ms, me)
        borrowed = mention is last_speaker_in_sent
        last_speaker_in_sent = mention
        # ---- content region
        frame_lo = min(cs_, mention[1]) if not speaker_after else cs_
        frame_hi = max(ce_, mention[2]) if speaker_after else ce_
        if borrowed or mention[1] < ss or mention[1] > se:  # speaker of an earlier cue
            frame_lo, frame_hi = cs_, ce_
        # after the frame: skip objects / adverbials ("told reporters", "said Sunday")
        post_lo = frame_hi
        mo = _POST_SKIP.match(masked, post_lo, se)  # (no look-behind or \b at its start)
        if mo:
            post_lo = mo.end()
        if lemma in (
            "tell",
            "inform",
            "assure",
            "urge",
            "warn",
            "ask",
        ) and not _THAT_RE.match(masked, frame_hi, se):
            mo = _OBJ_SKIP.match(masked, frame_hi, se)
            if mo:
                post_lo = mo.end()
            mq = _SHORT_BLOCK_RE.match(masked, post_lo, se)
            if mq:
                post_lo = mq.end()  # 'told "Fox and Friends," that ...': the show, not content
            mo = _POST_SKIP.match(masked, post_lo, se)
            if mo:
                post_lo = mo.end()
        pre = (ss, frame_lo)
        post_hi = se
        cj = ci + 1
        while cj < len(cue_matches) and cj - ci <= 4 and cue_matches[cj][0] < se:
            # another cue later in this sentence ("... but said ...", "...; others said")
            nxt = cue_matches[cj][0]
            cj += 1
            if nxt > post_lo:
                seg = masked[post_lo:nxt]
                cut = max(seg.rfind(";"), seg.rfind(","), seg.rfind(" but "), seg.rfind(" and "))
                if cut >= 0 and len(seg[cut:].split()) <= 6:
                    post_hi = post_lo + cut
                    break
        post = (post_lo, post_hi)
        pre_text = masked[pre[0] : pre[1]]
        post_text = masked[post[0] : post[1]]
        pre_words = len(_WORDS_RE.findall(pre_text, max(0, len(pre_text) - 300)))
        post_has = _HAS_WORD_RE.search(post_text) is not None
        pre_ends_block = pre_text.rstrip(" \t\n,:;—–-").endswith(MASK)
        post_starts_block = post_text.lstrip(" \t\n,:;—–-").startswith(MASK)
        choose = None
        if asked_by and post_has:
            choose = post
        elif is_acc:
            # "According to X, content." or "Content, according to X."
            choose = post if (pre_words <= 2 and post_has) else pre
            if pre_words <= 2 and not post_has:
                continue
        elif post_starts_block and not (pre_ends_block and speaker_after):
            choose = post
        elif (
            pre_ends_block
            and (
                not post_has
                or speaker_after
                or len(_WORDS_RE.findall(pre_text.replace(MASK, " "), max(0, len(pre_text) - 300)))
                <= 3
            )
            and not (borrowed and post_has)
        ):
            choose = pre
        elif speaker_after:
            choose = pre if pre_words > 0 else post
        elif (
            pre_words >= 3
            and pre_text.rstrip().endswith(",")
            and (not post_has or masked[frame_hi:se].lstrip().startswith(","))
        ):
            # "Content, X said." or "In 1990, X said, when she ...": the longer side
            choose = pre
            if post_has and len(post_text) > 2 * len(pre_text):
                choose = post
        elif post_has and not (pre_words >= 3 and MASK in pre_text and _is_adjunct_only(post_text)):
            choose = post
        elif pre_words >= 3:
            choose = pre
        if choose is None:
            if (
                text[frame_hi:se].strip().startswith(":")
                or text[ce_:se].rstrip().endswith(":")
                or not post_has
            ):
                # "X said:" with the quote in the next sentence / paragraph
                pending_colon = (mention, cue, cs_, ce_, si)
            continue
        ck = content_kind(*choose)
        if ck is None:
            continue
        s0, e0, kind, bids = ck
        if kind == "indirect" and len(text[s0:e0].split()) < 2:
            continue  # "admitted he", "said so"
        if kind == "indirect" and choose is post and not is_acc:
            fw = _FIRST_WORD_RE.match(text, s0, e0)
            if (
                fw is not None
                and fw.group(1).lower() in _NOT_CONTENT_START
                and not _THAT_WORD_RE.search(masked[frame_hi:s0])
            ):
                th = _THAT_SOON_RE.match(text, s0, e0)
                if th is not None:
                    s0 = th.end()
                elif (
                    lex.verb_lemma.get(form.split()[-1]) in _PREP_PRONE
                    or len(text[s0:e0].split()) < 7
                    or fw.group(1).lower() in ("to", "for", "about", "of", "with", "as")
                ):
                    continue  # "added to his lead", "asked for money"
        if kind == "direct":
            # a sentence-final frame that also has an opening quote after it inside the
            # same sentence belongs to both blocks; emit one row per block
            for bid in bids:
                b = blocks[bid]
                s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
                if e1 <= s1 or bid in used_blocks:
                    continue
                q = Quote(s1, e1, "direct", cue, cs_, ce_, *mention)
                q.block_ids = (bid,)
                used_blocks[bid] = q
                quotes.append(q)
            # the other side of the frame may hold another block of the same speaker
            other = pre if choose is post else post
            ok = content_kind(*other)
            if ok is not None and ok[2] == "direct":
                for bid in ok[3]:
                    if bid in used_blocks:
                        continue
                    b = blocks[bid]
                    s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
                    if e1 > s1:
                        q = Quote(s1, e1, "direct", cue, cs_, ce_, *mention)
                        q.block_ids = (bid,)
                        used_blocks[bid] = q
                        quotes.append(q)
        else:
            q = Quote(s0, e0, kind, cue, cs_, ce_, *mention)
            q.block_ids = bids
            for bid in bids:
                used_blocks.setdefault(bid, q)
            quotes.append(q)

    # ---- colon frames without verbs: "Gromov: ..." headlines, "NAME: \"...\""
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
            m = _DASH_COLON_RE.search(masked, max(ss, cpos - 80), cpos + 1)
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
        name = text[ns:ne]
        if (not dash and name.split()[0].lower() in _SENT_START_STOP) or any(
            q.cue_start <= cpos < q.cue_end or q.start <= cpos < q.end for q in quotes[-5:]
        ):
            continue
        ck = content_kind(cpos + 1, se)
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

    # ---- headline colon: "Sanders: Brexit's message could draw Trump support"
    nl = text.find("\n")
    head_end = nl if nl >= 0 else len(text)
    if 0 < head_end <= 300:
        m = _HEADLINE_RE.match(masked, 0, head_end)
        if m is not None and not any(q.start < head_end for q in quotes):
            ns, ne = m.span("np")
            words = text[ns:ne].split()
            if words[0].lower() not in _SENT_START_STOP and not any(
                w.lower() in lex.verb_lemma for w in words
            ):
                s0, e0 = _strip_span(text, m.end(), head_end, trail=" \t\n,:;—–-.")
                if e0 - s0 >= 8:
                    bids = tuple(blocks_in(s0, e0))
                    q = Quote(
                        s0,
                        e0,
                        "direct"
                        if bids
                        and len(bids) == 1
                        and blocks[bids[0]][2] <= s0 + 1
                        and blocks[bids[0]][3] >= e0 - 2
                        else "indirect",
                        ":",
                        m.end("np"),
                        m.end("np") + 1,
                        text[ns:ne],
                        ns,
                        ne,
                    )
                    q.block_ids = bids
                    for bid in bids:
                        used_blocks[bid] = q
                    quotes.append(q)

    # ---- quote blocks framed by an unlisted verb: 'Trump boomed: "..."' and
    # '"...," Trump boomed.' (the speaker is the clause subject / the NP after the quote)
    for bid, b in enumerate(blocks):
        if bid in used_blocks or b[3] - b[2] < 3:
            continue
        si = bisect.bisect_right(sent_starts, b[0]) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        if b[0] - ss <= _MAX_SPAN and masked[ss : b[0]].rstrip().endswith(":"):
            cpos = masked.rindex(":", ss, b[0])
            span = _sentence_subject(masked, ss, cpos, lex)
            if span is None or text[span[0] : span[1]].lower() in ("it", "this", "that"):
                continue
            q = Quote(b[2], b[3], "direct", ":", cpos, cpos + 1, text[span[0] : span[1]], *span)
        else:
            m = _TAIL_FRAME_RE.match(masked, b[1], min(se, b[1] + 120))
            if m is None or m.end() < min(se, b[1] + 120) - 2:
                continue
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

    # ---- bare quote blocks: continuation of the previous speaker / after "X said:"
    quotes.sort(key=lambda q: (q.start, q.end))
    q_starts = [q.start for q in quotes]
    extra = []
    for bid, b in enumerate(blocks):
        if bid in used_blocks:
            continue
        si = bisect.bisect_right(sent_starts, b[0]) - 1
        if si < 0:
            continue
        ss, se = sents[si]
        if se - ss > 2 * _MAX_SPAN:
            continue
        # the block must be (nearly) the whole sentence
        if _HAS_W_RE.search(masked, ss, se):  # (the mask is no word character)
            continue
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        if e1 - s1 < 15:
            continue
        # previous attribution (direct or mixed) before this block within ~2 sentences/paragraph
        anchor = None
        chain_prev = bid > 0 and blocks[bid - 1][5] == bid
        if chain_prev and (bid - 1) in used_blocks:
            anchor = used_blocks[bid - 1]
        else:
            qi = bisect.bisect_left(q_starts, b[0]) - 1
            if qi >= 0:
                cand = quotes[qi]
                csi = bisect.bisect_right(sent_starts, cand.start) - 1
                if (
                    cand.kind in ("direct", "mixed")
                    and si - csi <= 2
                    and _para_gap(text, cand.end, b[0]) <= 1
                ):
                    anchor = cand
            if anchor is None and pending_colon is not None:
                pm, pc, pcs, pce, psi = pending_colon
                if 0 < si - psi <= 1:
                    anchor = Quote(0, 0, "direct", pc, pcs, pce, *pm)
        if anchor is None:
            continue
        q = Quote(
            s1,
            e1,
            "direct",
            anchor.cue,
            anchor.cue_start,
            anchor.cue_end,
            anchor.mention,
            anchor.m_start,
            anchor.m_end,
        )
        q.block_ids = (bid,)
        used_blocks[bid] = q
        extra.append(q)
    quotes.extend(extra)
    quotes.sort(key=lambda q: (q.start, q.end))
    # de-duplicate identical spans; merge the blocks of one quote run (same frame:
    # '"A," X said. "B."' and bare continuation paragraphs) into one statement
    out = []
    seen = set()
    for q in quotes:
        key = (q.start, q.end)
        if key in seen:
            continue
        seen.add(key)
        if out:
            p = out[-1]
            chained = (
                bool(p.block_ids)
                and bool(q.block_ids)
                and blocks[p.block_ids[-1]][5] == q.block_ids[0]
            )
            if (
                q.kind == "direct"
                and p.kind in ("direct", "mixed")
                and (chained or (p.cue_start == q.cue_start and p.m_start == q.m_start))
                and q.start >= p.end
            ):
                p.end = q.end
                p.block_ids = tuple(p.block_ids) + tuple(q.block_ids)
                continue
        out.append(q)
    resolve(text, out, sents, lex, masked)
    return out, sents


def _para_gap(text, a, b):
    if b <= a:
        return 0
    return text.count("\n\n", a, b) if b - a < 5000 else 99
