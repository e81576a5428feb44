"""Reporting-verb frames: ``verb_frames`` (cue -> speaker -> sides -> content -> rows),
noun frames ("Lee's claim that") and ``colon_paragraph_frames``.
"""

from __future__ import annotations

import bisect
import re

from .about_how import about_how_hits
from .according_records import record_gives_way, record_introduces_exchange
from .additions import (
    _ADVERBIAL_STARTS,
    _CLAUSE_WORD_RE,
    _PAREN_DAY,
    _WORDS_RE,
    _add_according_but,
    _add_according_insertion,
    _add_block_quotes,
    _add_dash_insertion,
    _add_dashed_quotation,
    _add_frame_quotes,
    _add_parenthetical,
    _add_quote,
    _conj_opens_other_frame,
    _holds_clause,
)
from .asked_participles import apposed_asked_post
from .blocks import MASK
from .called_complements import complement_start
from .clauses import _cue_speaker
from .content import _TO_VERB_RE, _announces_quote, _frame_content, _manner_only, _recalls_a_time
from .cues import (
    _MAX_SPAN,
    _POST_SKIP,
    Quote,
    _cue_in_sentence,
    _strip_span,
    attributive_participle,
    coordinated_participle,
)
from .free_relative_frames import free_relative_frame
from .idioms import _past_form, _span_of
from .lexicon import (
    _ADJUNCT_NOUNS,
    _DETS,
    _FIRST_WORD_RE,
    _IRREGULAR_PAST,
    _TIME_WORDS,
    _VERBISH_NEXT,
    _lines,
)
from .made_claims import made_noun_hits
from .measure_bases import without_measure_bases
from .noun_quoted_clauses import quoted_clause_end
from .np_left import _left_np
from .phrases import _is_cap, _window_tokens
from .quote_spans import QuoteSpans
from .recalled_objects import recalls_a_dated_event
from .sentence_subjects import _leading_np, _sentence_subject
from .shouted_targets import without_shouts_at
from .sides import (
    _FIRST_SECOND_PERSON,
    _POSS_PRONOUN,
    _SKIP,
    _choose_side,
    _content_sides,
    _mention_at,
)
from .subject_noun_clauses import subject_clause_end
from .that_relatives import that_opens_relative

# a comma that breaks a clause: none between digits ("$5,000")
_CLAUSE_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")


# matched at lo with endpos hi: is there a word character in lo..hi? (the same answer
# as _HAS_W_RE.search; mask runs, most of a quotation's span, skipped as literal runs,
# which ``re`` does several times faster than testing each character for \w)
_MASKED_HAS_W_RE = re.compile(r"(?:\x01++|[^\w\x01])*+\w")


def verb_frames(doc, cue_matches):
    """Add the quotes of every reporting cue ("X said ...", "according to X") to
    ``doc``, in cue order, then those of noun frames ("Lee's claim that ..."); a frame
    whose quotation follows ("X said:") is left in ``doc.pending_colon`` for the bare
    blocks after it."""
    _verb_cue_frames(doc, cue_matches)
    _noun_frames(doc)


# cues whose "how X <cue>" names a manner, not what was said ("how a candidate
# responds can matter"; "This is how Lee explained it" stays a report)
_MANNER_LEMMAS = frozenset(("respond", "answer", "reply", "react"))


# a participle lead naming how the speaker was reached ("Reached by phone, ",
# "Contacted Tuesday, "): never the content before the speaker and cue
_REACHED_LEAD_RE = re.compile(
    r"\s*(?:Reached|Contacted|Interviewed|Approached|Reached\s+out\s+to)\b[^.!?;:\x01]{0,60}?,?\s*"
)


# prepositions that open a place or time phrase before the subject ("Across town, at a
# banquet room on Elgin Street, Roe conceded")
_PLACE_PREPS = frozenset(
    "across at in on outside inside near beside behind after before during from under "
    "over around along by down up back".split()
)


def _place_phrases_only(pre_text):
    """Is the text before a frame, from its sentence start, only one to three short
    prepositional phrases, each closed by a comma ("Across town, at a banquet room on Elgin
    Street, ")? A verb's content is a clause; such phrases set the scene of the frame.

    >>> _place_phrases_only("Across town, at a banquet room on Elgin Street, ")
    True
    >>> _place_phrases_only("In 2010 the firm lost $4 million, ")
    False
    """
    body = pre_text.strip()
    if not body.endswith(",") or len(body) > 120 or MASK in body or not body[:1].isupper():
        return False  # (from the sentence start: "(at one point as low as 19%, Lee says)")
    chunks = _CLAUSE_COMMA_RE.split(body[:-1])
    if len(chunks) > 3:
        return False
    for chunk in chunks:
        words = _WORDS_RE.findall(chunk)
        if not (
            1 < len(words) <= 8
            and words[0].lower() in _PLACE_PREPS
            and not _holds_clause(words)
            and _CLAUSE_WORD_RE.search(chunk) is None
            and not any(ch.isdigit() for ch in chunk)  # ("At 19 per cent, ...": a figure)
        ):
            return False
    return True


# "that" right before a speaker: the frame is itself inside a that-clause or a relative
# clause ("reflect that Lee conceded.", "the things that Lee has said"), so the text
# before it is no content of its cue
_THAT_BEFORE_SPEAKER_RE = re.compile(r"\b[Tt]hat[ \t]+\Z")

# a coordinating conjunction right before a frame's speaker ("The hearing began, and
# Ann Roe testified"): the clause before is coordinated with the frame, never its content
# ("and" / "or" after a comma: "he and Mike Allen said" coordinates the speakers)
_CONJUNCTION_BEFORE_SPEAKER_RE = re.compile(
    r"(?:,[ \t]*(?:and|or)|\b(?:but|yet))(?:[ \t]+then)?[ \t]+\Z"
)
# a subordinator right before the speaker, no comma between ("threatened to fire them if
# they told the inspector"): the frame is inside an adverbial clause, the text before it
# is its main clause, never its content (after a closing quotation mark the quotation's
# own frame holds it: left as it was)
_SUBORDINATOR_BEFORE_SPEAKER_RE = re.compile(
    r"(?<![,;:\"”’])[ \t]+(?:if|unless|until|when|whenever|before|after|because|once|while)[ \t]+\Z"
)


# a word, a verb in the past and "and" right before a frame's speaker, no comma ("The
# hearing began and Ann Roe testified"): see _verb_and_before_speaker
_VERB_AND_BEFORE_SPEAKER_RE = re.compile(r"\b([A-Za-z]+)[ \t]+([a-z]+)[ \t]+and[ \t]+\Z")


def _verb_and_before_speaker(text, m_start):
    """Does a clause closed by a past-tense verb end with "and" right before the
    speaker at ``m_start`` ("The hearing began and Ann Roe testified"; not the
    coordinated speakers of "current and former officials said", nor "The retired and")?

    >>> t = "The hearing began and Ann Roe testified."
    >>> _verb_and_before_speaker(t, t.index("Ann")), _verb_and_before_speaker(t, 4)
    (True, False)
    """
    m = _VERB_AND_BEFORE_SPEAKER_RE.search(text, max(0, m_start - 40), m_start)
    if m is None or m.group(1).lower() in _DETS:
        return False
    w = m.group(2)
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


# a sentence that opens with a preposition and reaches the speaker with no comma ("In a
# string of new radio ads announced Wednesday, ...")
_LEAD_PREP_NP_RE = re.compile(
    r"[\s\"“‘']*(?:In|On|At|With|Among|From|Through|Under|Of|For|By|Amid|Despite|Like|Unlike)"
    r"[ \t][^,;:.!?\x01\n]*\Z"
)


_PARTICIPLE_TIME_COMMA_RE = re.compile(
    r"(?:[ \t]+(?:earlier|later|last|this|early|late)[ \t]+(?:this[ \t]+|last[ \t]+)?"
    r"(?:week|month|year|spring|summer|fall|autumn|winter))?" + _PAREN_DAY + r"[ \t]*,"
)


# "so" as the whole object of "tell" ("had told him so", "told them so on Monday"): it
# stands for something said before; not "so that", "so far", "so much", "so many"
_TOLD_SO_RE = re.compile(r"[ \t,]*so\b(?![ \t]*(?:that|far|much|many|long|few|little)\b)")


def _participle_in_lead_phrase(doc, c, mention):
    """Is an "-ed" cue the participle of a noun inside a phrase that opens its sentence,
    closed by a comma ("In a string of new radio ads announced Wednesday, the senator
    ...": the ads were announced; nobody speaks there)?"""
    if not c.form.endswith("ed") or mention[2] > c.cs or mention[1] < c.ss:
        return False
    if doc.masked[mention[2] : c.cs].strip():
        return False
    if _PARTICIPLE_TIME_COMMA_RE.match(doc.masked, c.ce, c.se) is None:
        return False
    return _LEAD_PREP_NP_RE.fullmatch(doc.masked, c.ss, mention[1]) is not None


def _verb_cue_frames(doc, cue_matches):
    """The verb cues of ``verb_frames``, in cue order."""
    lex = doc.lex
    win_cache: dict = {}
    cue_matches = without_shouts_at(doc, _with_lead_participles(doc, cue_matches))
    cue_matches = without_measure_bases(doc.text, cue_matches)  # ("according to their size")
    for ci, cm in enumerate(cue_matches):
        c = _cue_in_sentence(doc, cm, win_cache)
        if c is None:
            continue
        if c.si != doc.prev_sent:
            doc.last_speaker = None
            doc.prev_sent = c.si
        # (c.prev_tok is lower-cased already: cues._cue_in_sentence)
        if (c.form.endswith("ing") or c.prev_tok in _HAVING_LEADS) and _lead_gerund_frame(
            doc, c, lex
        ):
            continue  # "Noting that ..., Lee said": the subject after the clause
        no_cue = attributive_participle(c) or coordinated_participle(c)
        found = None if no_cue else _cue_speaker(doc, c, lex)
        if found is None:
            continue  # (none, or "1,400 written objections": no cue)
        mention, m_span, speaker_after, asked_by = found
        if mention is None:
            mention = _mention_at(doc, c, m_span, lex)
            if mention is None:
                continue
        if c.lemma in _MANNER_LEMMAS and doc.masked[mention[1] - 4 : mention[1]].lower() == "how ":
            continue  # "How he answers that question will matter": a manner, no report
        if _participle_in_lead_phrase(doc, c, mention):
            continue  # "In a string of ads announced Wednesday, ...": no speech
        if free_relative_frame(doc.masked, c, mention[1], cue_matches, ci, _NOUN_THAT_RE):
            continue  # "her claim that A went where the permit said it should": hers
        borrowed = mention is doc.last_speaker
        doc.last_speaker = mention
        pre, post, frame_hi = _content_sides(
            doc, c, ci, cue_matches, mention, speaker_after, borrowed
        )
        if asked_by and (post := apposed_asked_post(doc.masked, c.cs, c.ce, post)) is None:
            continue  # "Ann Roe, asked by reporters about the strike, sighed": a topic
        if not borrowed and _add_parenthetical(doc, c, pre, post, frame_hi, mention):
            continue
        if _add_dashed_quotation(doc, c, pre, post, frame_hi, mention):
            continue  # 'She liked him — "a saint," Lee said — but voted no': the quotation
        if not borrowed and _add_dash_insertion(doc, c, pre, post, frame_hi, mention):
            continue  # "The plan — or so many residents say — is dead": both sides
        if (
            c.is_acc
            and ci + 1 < len(cue_matches)
            and not cue_matches[ci + 1][3]
            and record_gives_way(doc.masked, mention[0], cue_matches[ci + 1][0], frame_hi)
        ):
            continue  # "According to a transcript, Lee said A": Lee's frame
        if c.is_acc and record_introduces_exchange(doc.masked, mention[0], frame_hi, c.se):
            continue  # "According to a transcript, Lee was asked:": the exchange follows
        if c.is_acc and _add_according_insertion(doc, c, pre, post, frame_hi, mention):
            continue
        if c.is_acc and _add_according_but(doc, c, pre, post, frame_hi, mention):
            continue  # "A, according to the report, but B": both clauses
        choose = _choose_side(doc, c, pre, post, frame_hi, speaker_after, asked_by, borrowed)
        if choose is None:
            if _announces_quote(doc, c, post, frame_hi):
                # "X said:" with the quote in the next sentence / paragraph
                doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)
            continue
        if choose is _SKIP or (choose is pre and pre[0] <= mention[1] < pre[1]):
            continue  # ("Ann Roe issued a statement ..., and urged them": Roe's own words)
        if choose is post and not borrowed and _conj_opens_other_frame(doc, post):
            continue  # "In Halifax, the mayor said, and Tom Vale said B": B is Vale's
        if choose is post and _manner_only(c, doc.masked, *post):
            doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)  # (the quotation next)
            continue  # "Lee put it more bluntly. '...'": the manner is no content
        if choose is post and c.lemma == "tell" and _TOLD_SO_RE.match(doc.masked, *post):
            continue  # "She had told him so more than once": "so" stands for words before
        if (
            choose is post
            and c.lemma == "recall"
            and (_recalls_a_time(doc.masked, post) or recalls_a_dated_event(doc.masked, post))
        ):
            doc.pending_colon = (mention, c.cue, c.cs, c.ce, c.si)  # (her quotation next)
            continue  # "She recalled the 2018 flood, when the river rose": a memory (and
            # "Firefighters recalled a smaller fire in 2019": a noun phrase, no words)
        if choose is pre and _REACHED_LEAD_RE.fullmatch(doc.masked, pre[0], pre[1]):
            continue  # "Reached by phone, Roe confirmed writing it": no content before
        if (
            choose is pre
            and not c.is_acc
            and not doc.text.endswith(("as ", "As "), 0, mention[1])
            and _place_phrases_only(doc.masked[pre[0] : pre[1]])
        ):  # (not an aside: "In the USSR, as Lee reported, ...", "..., according to X, ...")
            continue  # "Across town, at a hotel, Roe conceded": no content before
        if choose is pre and (
            doc.text.endswith("what ", 0, mention[1]) or _possessed_subject(doc, pre, mention)
        ):
            continue  # "what he told police": a free relative; "Her neighbour, Ann Roe,"
        if (
            choose is pre
            and pre[1] + 5 >= mention[1]
            and _THAT_BEFORE_SPEAKER_RE.search(doc.text, max(0, mention[1] - 8), mention[1])
        ):
            continue  # "updated to reflect that Lee conceded.": the frame is in a that-clause
        if (
            choose is pre
            and not c.is_acc
            and _CONJUNCTION_BEFORE_SPEAKER_RE.search(doc.text, max(0, mention[1] - 14), mention[1])
        ):
            continue  # "The hearing began, and Ann Roe testified": no content before
        if choose is pre and not c.is_acc and _verb_and_before_speaker(doc.text, mention[1]):
            continue  # "The hearing began and Ann Roe testified": no comma, the same
        if (
            choose is pre
            and not c.is_acc
            and _SUBORDINATOR_BEFORE_SPEAKER_RE.search(
                doc.text, max(0, mention[1] - 12), mention[1]
            )
        ):
            continue  # "threatened to fire them if they told the inspector": no content
        ck = _frame_content(doc, c, choose, post, frame_hi, lex)
        if ck is None and choose is post and not borrowed and not c.is_acc:
            # "The river rose, Lee said during a visit to the dam": the
            # text after the frame is an adverbial, the content is before it
            pre_text = doc.masked[pre[0] : pre[1]].rstrip()
            fw = _FIRST_WORD_RE.match(doc.masked, post[0], post[1])
            if (
                # (or a quotation closed by its comma: '"... we know," Lee declared in')
                doc.text[pre[0] : pre[1]].rstrip().rstrip("\"”’'").endswith(",")
                and len(_WORDS_RE.findall(pre_text)) >= 4
                and fw is not None
                and (
                    fw.group(1) in _ADVERBIAL_STARTS
                    or that_opens_relative(doc.masked, post[0], post[1])
                )
                and mention[0].lower() not in ("who", "which", "that")
            ):  # (", who insisted on acting now": the clause before is no content)
                choose = pre
                ck = _frame_content(doc, c, choose, post, frame_hi, lex)
                if ck is not None and _blocks_used(doc, ck[3]):
                    ck = None  # 'pledges to "...," as she put it in Ohio': the pledge has them
        if ck is not None:
            _add_frame_quotes(doc, c, ck, choose, pre, post, mention)


_POSSESSIVE_DETS = frozenset(("her", "his", "their", "my", "our"))


def _possessed_subject(doc, pre, mention):
    """Is the text before a frame's speaker the speaker's own appositive subject, a
    possessed noun phrase with no clause that the name follows after its comma ("Her
    neighbour on the floor below, Ann Roe, a nurse, testified at the trial"; a comma
    closes the apposition after the name), no content?
    """
    body = doc.masked[pre[0] : pre[1]].rstrip()
    if not body.endswith(",") or doc.masked[pre[1] : mention[1]].strip(" \t,"):
        return False
    if doc.masked[mention[2] : mention[2] + 1] != ",":
        return False  # ("Her fate hinges on the economy, analyst says": content)
    words = _WORDS_RE.findall(body)
    if len(words) < 2 or _holds_clause(words):
        return False
    return words[0].lower() in _POSSESSIVE_DETS or _name_and_possessed(words)


def _name_and_possessed(words):
    """Are ``words`` a name, "and" and a possessed noun ("Tom Roe and his daughter"): a
    subject coordinated with the person the next name is apposed to, no content?

    >>> _name_and_possessed("Tom Roe and his daughter".split())
    True
    >>> _name_and_possessed("Taxes will rise and his party".split())
    False
    """
    if "and" not in words:
        return False
    k = words.index("and")
    return (
        1 <= k <= 3
        and k + 2 <= len(words) <= k + 4
        and all(w[:1].isupper() for w in words[:k])
        and words[k + 1].lower() in _POSSESSIVE_DETS
    )


def _blocks_used(doc, bids):
    """Has an earlier frame taken any of the quotation blocks ``bids``?"""
    return any(b in doc.used_blocks for b in bids)


# ------------------------------------------------------------------------ noun frames

# nouns of speech whose clause follows: "claim that", "promise to"
_SPEECH_NOUNS = {
    "claim", "claims", "suggestion", "assertion", "assertions", "insistence", "warning",
    "warnings", "allegation", "allegations", "prediction", "predictions", "remark",
    "remarks", "comment", "comments", "announcement", "acknowledgment", "acknowledgement",
    "promise", "promises", "pledge", "pledges", "vow", "vows",
}  # fmt: skip

# a speech noun and "that" (free_relative_frames: a clause reported by a noun frame)
_NOUN_THAT_RE = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH_NOUNS)) + r")[ \t]+that\b")


def _noun_frame_hits(masked):
    """(noun start, noun end, link start, link end) of each speech noun followed by
    " that " or " to " in text order, found with ``str.find`` (much cheaper than a
    regular expression over the whole text): the word before each " that " and each
    " to " is looked up."""
    hits = []
    i = masked.find(" that ")
    while i >= 0:
        j = masked.rfind(" ", i - 16 if i > 16 else 0, i) + 1
        if j > 0 and masked[j:i] in _SPEECH_NOUNS:
            hits.append((j, i, i + 1, i + 5))
        elif j > 0 and masked[j:i].lower() in _TIME_WORDS:
            # "his claim in November that", "her remark last week that"
            j1 = masked.rfind(" ", j - 17 if j > 17 else 0, j - 1) + 1
            if j1 > 0 and masked[j1 : j - 1] in _TIME_LINKS:
                j0 = masked.rfind(" ", j1 - 16 if j1 > 16 else 0, j1 - 1) + 1
                if j0 > 0 and masked[j0 : j1 - 1] in _SPEECH_NOUNS:
                    hits.append((j0, j1 - 1, i + 1, i + 5))
            elif j1 > 0 and masked[j1 : j - 1] in _SPEECH_NOUNS:
                hits.append((j1, j - 1, i + 1, i + 5))  # "Lee's claim Monday that"
        elif j > 0 and (
            masked[j:i] in _COPULA_PAST_PRESENT or masked[j:i] in _ADJUNCT_NOUNS
        ):  # "Lee's claim is that", "her claim in a radio interview that"
            m = _NOUN_LINK_RE.search(masked, i - 90 if i > 90 else 0, i)
            if m is not None and m.group(1) in _SPEECH_NOUNS:
                hits.append((m.start(1), m.end(1), i + 1, i + 5))
        i = masked.find(" that ", i + 1)
    # (one scan for " to ", the word before it looked up: cheaper than a scan per noun)
    reach = _NOUN_TO_REACH
    i = masked.find(" to ")
    while i >= 0:
        j = masked.rfind(" ", i - reach if i > reach else 0, i) + 1
        if j > 0 and masked[j:i] in _NOUN_TO:
            hits.append((j, i, i + 1, i + 3))
        i = masked.find(" to ", i + 1)
    hits.sort()
    return hits


# a speech noun and what may stand between it and "that": a copula ("Lee's claim is
# that"), or an occasion ("her claim in a radio interview that", "his remark during
# the debate that"), read back from the "that"
_COPULA_PAST_PRESENT = {"is", "was", "are", "were"}


_NOUN_LINK_RE = re.compile(
    r"\b([a-z]+)(?:[ \t]+(?:in|during|at|on)[ \t]+(?:an?|the|his|her|their|its)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:"
    + "|".join(sorted(_ADJUNCT_NOUNS))
    + r"))?(?:[ \t]+(?:is|was|are|were))?\Z"
)


# what links a speech noun to a time word before "that" ("his claim in November that")
_TIME_LINKS = {"in", "on", "last", "this", "earlier"}


# nouns whose "to" clause is the content ("his pledge to cut taxes", "her claim to have won")
_NOUN_TO = {"promise", "promises", "pledge", "pledges", "vow", "vows", "claim", "claims"}


_NOUN_TO_REACH = max(map(len, _NOUN_TO)) + 1  # the space before the longest one


# where the content of a noun frame ends: a clause break or the sentence end
_NOUN_CONTENT_END_RE = re.compile(r"[;(\x01]|(?<!\d),|,(?!\d)|[ \t][—–-]+[ \t]|[ \t]--[ \t]")


# (a thousands comma is no break: "as many as 250,000 refugees")
# the start of the possessor of a noun frame, read backwards: capitalised words and
# titles ("Mr. Ivo Stam's") or "the" + one lower-case word ("the campaign's")
_POSSESSOR_RE = re.compile(
    r"(?:(?:[Tt]he[ \t]+)?(?:(?:[A-Z][\w.\-]*|of|the)[ \t]+){0,4}[A-Z][\w.\-]*"
    r"|[Tt]he[ \t]+[a-z][\w\-]*)(?:'s|’s|')[ \t]+\Z"
)


def _plural_subject_before(toks, i):
    """Is token ``i``, right before a speech noun, a plural noun after a possessive
    pronoun ("her players promise", "his parents claim")? A modifier of a noun is
    singular ("her campaign promise"), so the plural is the subject of a verb.

    >>> t = [(0, 0, w) for w in "had her players".split()]
    >>> _plural_subject_before(t, 2), _plural_subject_before(t[:2] + [(0, 0, "campaign")], 2)
    (True, False)
    """
    w = toks[i][2]
    return (
        i == len(toks) - 1
        and i >= 1
        and toks[i - 1][2].lower() in _POSS_PRONOUN
        and len(w) > 4
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ics"))
    )


def _noun_frame_speaker(masked, lo, ss):
    """(start, end) of the possessor of a speech noun at ``lo`` ("Lee's claim", "his
    earlier claim", "the campaign's claim"), without "'s"; None when there is no
    possessor (at most two lower-case words, hyphenated ones too, between it and the
    noun)."""
    toks = _window_tokens(masked, max(ss, lo - 120), lo)
    i = len(toks) - 1
    for _ in range(2):  # "his recent claim", "Lee's false claims"
        w = toks[i][2] if i >= 0 else ""
        if (
            w.replace("-", "").isalpha()
            and w.islower()
            and w not in _POSS_PRONOUN
            and w not in _DETS
        ):
            if _plural_subject_before(toks, i):
                return None  # "had her players promise to": a verb, not "her promise"
            i -= 1  # (a hyphenated modifier too: "Lee's evidence-free claim")
        elif w in ("most", "more"):
            i -= 1  # "Lee's most explosive claim"
    if i < 0:
        return None
    w = toks[i][2]
    if w in _POSS_PRONOUN or w in ("His", "Her", "Their"):
        return toks[i][0], toks[i][1]
    suffix = 2 if w.endswith(("'s", "’s")) else 1 if w.endswith(("s'", "s’")) else 0
    if not suffix or len(w) <= suffix:
        return None
    j = i
    if _is_cap(w):
        while j > 0 and i - j < 4 and (_is_cap(toks[j - 1][2]) or toks[j - 1][2] in ("of", "the")):
            j -= 1  # "Mr. Ivo Stam's", "the Select Committee on Benghazi's"
        while j < i and not _is_cap(toks[j][2]):
            j += 1
        if j > 0 and toks[j - 1][2] in ("the", "The"):
            j -= 1
    elif j > 0 and toks[j - 1][2] in ("the", "The"):
        j -= 1  # "the campaign's claim"
    else:
        return None
    return toks[j][0], toks[i][1] - suffix


# a verb right after "that" (no subject): the "that" opens a relative clause, not the
# content ("his warnings that went unheeded", "claims that are false")
_RELATIVE_VERB_RE = re.compile(r"[ \t]*([a-z]+)\b")


# a pronoun subject, a past verb and then the main clause's verb: the "that" before
# it opens a relative clause whose object is the noun ("the remarks that she made were")
_OBJECT_RELATIVE_RE = re.compile(r"[ \t]*(?:we|i|you|he|she|they)[ \t]+([a-z]+)[ \t]+([a-z]+)\b")


def _object_relative(masked, lo):
    """Does the clause at ``lo`` (after a speech noun's "that") lack the object of its
    verb, the main verb following it: "Lee's comments that we received were brief",
    "his remarks that they heard had angered"? (Not "her claim that they lied was".)

    >>> t = "Lee's comments that we received were brief"
    >>> _object_relative(t, t.index("that") + 4), _object_relative("that we won.", 4)
    (True, False)
    """
    m = _OBJECT_RELATIVE_RE.match(masked, lo)
    if m is None or m.group(2) not in _VERBISH_NEXT:
        return False
    v = m.group(1)
    return _past_form(v) and v not in _INTRANSITIVE_PAST


# past forms that take no object ("her claim that they lied was false": the content)
_INTRANSITIVE_PAST = frozenset(_lines("intransitive_past.txt"))


def _noun_agent_hits(masked, lex):
    """(noun start, noun end, link start, link end, speaker start, speaker end) of each
    speech noun whose speaker follows it after "by" or "from" and comes right before
    " that " ("the suggestion by a senior aide that", "claims from rival groups that"),
    in text order: the agent must read as a noun phrase that ends at the " that "."""
    hits = []
    for link in (" by ", " from "):
        i = masked.find(link)
        while i >= 0:
            j = masked.rfind(" ", i - 16 if i > 16 else 0, i) + 1
            if j > 0 and masked[j:i] in _SPEECH_NOUNS:
                a = i + len(link)
                t = masked.find(" that ", a, a + 80)
                sp = None if t < 0 else _leading_np(masked, a, t, lex)
                if sp is not None and sp[1] == t and masked[a:t].lower() not in _TIME_WORDS:
                    hits.append((j, i, t + 1, t + 5, *sp))
            i = masked.find(link, i + 1)
    hits.sort()
    return hits


def _noun_frames(doc):
    """Add the quotes of speech nouns with a possessor and a clause ("Lee's claim that
    the dam was safe", "his pledge to cut taxes"), or with an agent after "by"/"from"
    ("the claim by Lee that the dam was safe"): the possessor or agent is the speaker,
    the clause up to a clause break the content (indirect). Skips a clause another
    frame already quoted."""
    text, masked = doc.text, doc.masked
    hits = [(*h, None, None) for h in _noun_frame_hits(masked)]
    hits += _noun_agent_hits(masked, doc.lex)
    hits += made_noun_hits(doc)  # "Lee made the claim that A"
    hits += about_how_hits(doc)  # "Lee spoke about how A"
    spans = QuoteSpans(doc)  # (the overlap test below, one byte search per frame)
    for ns, ne, ls, le, as_, ae in sorted(hits, key=lambda h: h[:4]):
        noun, link = masked[ns:ne], masked[ls:le]
        if link == "to" and (noun not in _NOUN_TO or _TO_VERB_RE.match(masked, ls) is None):
            continue
        si = bisect.bisect_right(doc.sent_starts, ns) - 1
        if si < 0:
            continue
        ss, se = doc.sents[si]
        if le + 1 >= se:
            continue
        sp = _noun_frame_speaker(masked, ns, ss) if as_ is None else (as_, ae)
        if sp is None:
            continue
        lo = le + 1 if link == "that" else ls
        rv = _RELATIVE_VERB_RE.match(masked, lo) if link == "that" else None
        if rv is not None and (rv.group(1) in _VERBISH_NEXT or _past_form(rv.group(1))):
            continue  # a relative clause: "Lee's warnings that went unheeded"
        if link == "that" and _object_relative(masked, lo):
            continue  # "Lee's comments that we received were brief": their object
        me = _NOUN_CONTENT_END_RE.search(masked, lo, se)
        hi = se if me is None else me.start()
        if me is not None and masked[hi] == MASK:
            hi = quoted_clause_end(doc, lo, hi, se)  # 'her remark that "A."'
        if link == "that":
            hi = subject_clause_end(masked, ss, min(sp[0], ns), lo, hi)  # "Her claim that A drew"
        hi = complement_start(masked, min(sp[0], ns), lo, hi)  # "called her claim that A a lie"
        ck = doc.content_kind(lo, hi)
        if ck is None or len(text[ck[0] : ck[1]].split()) < 3:
            continue
        if spans.overlaps(ck[0], ck[1]):
            continue
        _add_quote(doc, ck, noun, ns, ne, (text[sp[0] : sp[1]], *sp))


# ------------------------------------------------------------- leading participle clauses

# a sentence that opens with a participle of speech, capitalised: "Noting that ...,"
_LEAD_ING_RE = re.compile(
    r"(?:Saying|Claiming|Arguing|Insisting|Warning|Suggesting|Noting|Stating|"
    r"Announcing|Admitting|Acknowledging|Declaring|Predicting|Promising|Vowing|Asserting|"
    r"Explaining|Denying|Complaining|Recalling|Conceding|Cautioning|Stressing|Emphasizing|"
    r"Emphasising|Contending|Maintaining|Observing|Pointing[ \t]+out)\b"
)


_LEAD_ING_PREFIXES = (
    "Saying", "Claiming", "Arguing", "Insisting", "Warning", "Suggesting", "Noting",
    "Stating", "Announcing", "Admitting", "Acknowledging", "Declaring", "Predicting",
    "Promising", "Vowing", "Asserting", "Explaining", "Denying", "Complaining", "Recalling",
    "Conceding", "Cautioning", "Stressing", "Emphasizing", "Emphasising", "Contending",
    "Maintaining", "Observing", "Pointing",
)  # fmt: skip


# their first three letters (a cheap test that rules out most sentences first)
_LEAD_ING_HEADS = frozenset(p[:3] for p in _LEAD_ING_PREFIXES)


_WS1 = frozenset(" \t\n")  # the white space skipped before a sentence's first word


# what may open a sentence before a gerund of speech: "After saying ...", "Since
# announcing ...", "In addition to stating ..." (lower-case, the cue scan finds them)
_LEAD_PREP_RE = re.compile(
    r"[ \t\n]*(?:After|Before|Since|Despite|Besides|Upon|While|In[ \t]+addition[ \t]+to)[ \t]+\Z"
)


# a perfect participle opening the sentence: "Having announced that A, Lee ..."
_HAVING_LEADS = frozenset(
    ("having", "already", "also", "just", "first", "once", "publicly", "repeatedly")
)
_LEAD_HAVING_RE = re.compile(
    r"[ \t\n]*(?:(?:After|Since|Despite)[ \t]+having|Having)(?:[ \t]+(?:already|also|just|first|once"
    r"|publicly|repeatedly))?[ \t]+\Z"
)


# a subject pronoun and a lower-case word: "..., she was taken"
_PRONOUN_CLAUSE_RE = re.compile(r"[ \t]*(?P<np>[Hh]e|[Ss]he|[Tt]hey)[ \t]+[a-z]")


# a word after the main subject that shows it is no subject
_NOT_A_PREDICATE = {"and", "or", "but", "nor", "who", "which", "that", "whose", "of", "to"}


_LEAD_ING_SPACES_RE = re.compile(r"\s+")  # (``_with_lead_participles``'s verb form)


def _with_lead_participles(doc, cue_matches):
    """``cue_matches`` with the capitalised participles that open a sentence ("Noting
    that ...,"), which the cue scan (lower-case forms) does not find, in text order."""
    masked, lex, more, heads = doc.masked, doc.lex, [], _LEAD_ING_HEADS
    # (one comprehension keeps the sentences whose first three letters may open such a
    # participle, or that start with white space: cheaper than a loop over all of them)
    starts = [
        ss for ss in doc.sent_starts if masked[ss : ss + 3] in heads or masked[ss : ss + 1] in _WS1
    ]
    for ss in starts:
        while masked[ss : ss + 1] in (" ", "\t", "\n"):
            ss += 1
        if masked[ss : ss + 3] not in _LEAD_ING_HEADS or not masked.startswith(
            _LEAD_ING_PREFIXES, ss
        ):
            continue  # (a set look-up per sentence; the regex confirms the word end)
        m = _LEAD_ING_RE.match(masked, ss)
        if m is not None and lex.verb_lemma.get(_LEAD_ING_SPACES_RE.sub(" ", m.group().lower())):
            more.append((m.start(), m.end(), m.group(), False))
    if not more:
        return cue_matches
    return sorted({*cue_matches, *more})


def _main_subject_after(doc, lo, hi, lex):
    """(comma position, subject span) of the main clause after a leading clause that
    runs from ``lo`` ("Noting that A, B, Lee said" -> the comma before "Lee"), or
    None: the first comma followed by a noun phrase or a subject pronoun and then a
    lower-case word that may open a predicate."""
    masked = doc.masked
    p = _next_comma(doc, lo, hi)
    while p >= 0:
        mp = _PRONOUN_CLAUSE_RE.match(masked, p + 1, hi)
        if mp is not None:
            return p, mp.span("np")
        if (dp := _det_subject_before_past(masked, p + 1, hi, lex)) is not None:
            return p, dp  # ", the harbour master left the meeting": the harbour master
        span = _leading_np(masked, p + 1, hi, lex) or _subject_of_cue_after(masked, p + 1, hi, lex)
        if span is not None and span[1] < hi:
            nxt = _FIRST_WORD_RE.match(masked, span[1], hi)
            w = "" if nxt is None else nxt.group(1)
            if w.isalpha() and w.islower() and w not in _NOT_A_PREDICATE:
                return p, span
        p = _next_comma(doc, p + 1, hi)
    return None


# the opening words of a main clause: "the harbour master left the meeting"
_MAIN_CLAUSE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MAIN_SUBJECT_DETS = frozenset(("the", "a", "an", "his", "her", "their", "its"))
# past forms also read as adjectives or presents ("left", "quit"): a verb when an
# object or adverb follows
_AMBIGUOUS_PAST = frozenset("left quit put shut cut set hit let read spread cast".split())


def _det_subject_before_past(masked, lo, hi, lex):
    """Span of "the|a|an <one to three lower-case words>" opening ``masked[lo:hi]``
    right before a past verb that has a word after it ("the harbour master left the
    meeting": "the harbour master"), else None.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = " the harbour master left the meeting."
    >>> _det_subject_before_past(t, 0, len(t), lexicon())
    (1, 19)
    >>> _det_subject_before_past(" the left wing won.", 0, 19, lexicon()) is None
    True
    """
    ws = []
    for m in _MAIN_CLAUSE_WORD_RE.finditer(masked, lo, min(hi, lo + 80)):
        if masked[ws[-1].end() if ws else lo : m.start()].strip() or len(ws) == 6:
            break  # (only white space between the words)
        ws.append(m)
    if len(ws) < 4 or ws[0].group().lower() not in _MAIN_SUBJECT_DETS:
        return None
    for i in range(2, min(5, len(ws) - 1)):
        w = ws[i].group()
        if not (w.isalpha() and w.islower()):
            return None
        if _past_form(w) or w in _AMBIGUOUS_PAST or lex.verb_lemma.get(w) == "say":
            if not ws[i + 1].group().islower():
                return None
            return ws[0].start(), ws[i - 1].end()
    return None


# a comma, or the closing mark of a quotation (masked) right after one
_COMMA_OR_BLOCK_END_RE = re.compile(r",|\x01(?!\x01)")


def _next_comma(doc, lo, hi):
    """Position of the first comma in masked[lo:hi] outside quotations, or of the
    closing quotation mark of a quotation that ends in a comma ('Recalling "the war,"
    the group urged ...'); -1 when there is none."""
    text = doc.text
    for m in _COMMA_OR_BLOCK_END_RE.finditer(doc.masked, lo, hi):
        p = j = m.start()
        if doc.masked[p] == ",":
            return p
        while j > lo and text[j - 1] in "\"”’'":
            j -= 1  # (the closing mark may be two characters: '' in some papers)
        if text[j - 1 : j] == ",":
            return p
    return -1


def _subject_of_cue_after(masked, lo, hi, lex):
    """Span of the noun phrase that opens masked[lo:hi] right before a reporting verb
    ("the mayor told"), or None."""
    toks = _window_tokens(masked, lo, min(hi, lo + 120))
    for j in range(1, min(len(toks), 7)):
        if toks[j][2] in lex.verb_lemma:
            np_ = _left_np(toks, j, lex)
            if np_ is not None and np_[0] == 0:
                return _span_of(toks, np_)
            return None
    return None


def _lead_gerund_frame(doc, c, lex):
    """Add the quote of an -ing cue whose clause opens the sentence before its subject
    ("Noting that the dam leaked, Lee said ..."; "After saying X, she left"): the
    content runs to the comma before the main clause, whose subject is the speaker.
    False (nothing added) when the cue is no such clause."""
    if c.is_acc:
        return False
    masked, text = doc.masked, doc.text
    head = masked[c.ss : c.cs]
    if not c.form.endswith("ing"):
        if _LEAD_HAVING_RE.fullmatch(head) is None:
            return False  # ("Having said that A, Lee left": the perfect participle's clause)
    elif head.strip() and _LEAD_PREP_RE.fullmatch(head) is None:
        return False
    got = _main_subject_after(doc, c.ce, c.se, lex)
    if got is None:
        return False
    comma, (ms, me) = got
    lo = c.ce
    mo = _POST_SKIP.match(masked, lo, comma)  # "Noting on Monday that ..."
    lo = mo.end() if mo else lo
    ck = doc.content_kind(lo, comma)
    if ck is None or len(text[ck[0] : ck[1]].split()) < 2:
        return False
    if any(q.start < ck[1] and ck[0] < q.end for q in doc.quotes):
        return False
    mention = (text[ms:me], ms, me)
    doc.last_speaker = mention
    if ck[2] == "direct":
        _add_block_quotes(doc, c, ck[3], mention)
    else:
        _add_quote(doc, ck, c.cue, c.cs, c.ce, mention)
    return True


# --------------------------------------------------------------------------- colon paragraphs


def colon_paragraph_frames(doc):
    """Add the bare quotation paragraphs that a sentence ending in a colon announces
    ("Dr. Lund stated:" / "The mayor released the following statement:" and, in the
    next paragraph, the quotation alone): the speaker is the subject of the colon
    sentence. Runs after the verb frames, which handle the colons of listed verbs."""
    text, masked, sents, lex = doc.text, doc.masked, doc.sents, doc.lex
    added = False
    for bid, b in enumerate(doc.blocks):
        if bid in doc.used_blocks or b[3] - b[2] < 15:
            continue
        si = bisect.bisect_right(doc.sent_starts, b[0]) - 1
        if si < 1:
            continue
        ss, se = sents[si]
        ps, pe = sents[si - 1]
        if (
            _MASKED_HAS_W_RE.match(masked, ss, se) is not None
            or "\n" not in text[pe:ss]
            or not masked[ps:pe].rstrip().endswith(":")
            or pe - ps > _MAX_SPAN
        ):
            continue
        span = _sentence_subject(masked, ps, pe, lex)
        if span is None:
            continue
        mtext = text[span[0] : span[1]]
        if mtext.lower() in _FIRST_SECOND_PERSON or mtext.lower() in (
            "it",
            "this",
            "that",
            "there",
        ):
            continue
        s1, e1 = _strip_span(text, b[2], b[3], lead=" \t\n", trail=" \t\n,")
        cpos = masked.rindex(":", ps, pe)
        q = Quote(s1, e1, "direct", ":", cpos, cpos + 1, mtext, *span)
        q.block_ids = (bid,)
        doc.used_blocks[bid] = q
        doc.quotes.append(q)
        added = True
    if added:
        doc.quotes.sort(key=lambda q: (q.start, q.end))
