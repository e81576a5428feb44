"""Speakers across clauses and insertions: a speaker after the cue, across a dash or comma
insertion, shared by coordinated verbs, "as reported by", and the cue's speaker
(``_cue_speaker``).
"""

from __future__ import annotations

import re

from .apposed_speakers import _ABBR_BASED_RE, _apposition_speaker, apposition_before_modal
from .blocks import MASK
from .content import _apposition_before_aux
from .display_texts import display_antecedent
from .idioms import _CAUSATIVE_VERBS, _SUBJECT_PRONOUNS, _according_source, _past_form, _span_of
from .inserted_quotations import after_plain_quotation, quotation_in_insertion
from .lexicon import (
    _CONJ,
    _DETS,
    _NOUNISH_FORMS,
    _PRONOUNS,
    _VERBISH_NEXT,
    COMPANY_SUFFIXES,
    _lines,
    _skips_before_cue,
)
from .nonspeech import (
    _ASKED_WHAT,
    _RELATIVE_LEMMAS,
    _accuses_of,
    _adds_an_amount,
    _hearsay,
    _issued_document_speaker,
    _not_a_speech_verb,
    _progressive_aux,
    _relative_clause_end,
    _relative_frame_subject,
    told_thing_relative,
)
from .np_left import _left_np
from .np_right import (
    _appositive_name_after,
    _described_name_after_quote,
    _right_np,
    plural_person_noun,
    relative_ends_sentence,
)
from .obtained_documents import holder_agent_document
from .office_of_named import office_of_name_after
from .phrase_adjuncts import _before_adjuncts, _skips_or_do
from .phrases import SPEAKER_PREPS, _is_cap
from .portfolio_titles import portfolio_name_start
from .sentence_subjects import _leading_np, _sentence_subject
from .sides import (
    WORDS_OF_LEMMAS,
    _bare_causative_object,
    _catenative_start,
    _causative_object,
    _np_before_relative,
    _passive_causative,
)
from .statement_from import statement_source_span
from .subjects import (
    _HONORIFICS,
    _SHARE_LAST,
    _comma_relative_subject,
    _description_start,
    _ing_speaker,
    _late_subject,
    _long_sentence_subject,
    _opening_clause_subject,
    _proportion_subject,
    _quantity_or_relative_subject,
    _restrictive_relative_subject,
    _share_alone_subject,
    _short_sentence_subject,
    _subject_around_np,
    _unclosed_apposition_subject,
    _unclosed_relative_subject,
)
from .thing_cues import display_says, told_story_of
from .told_news import told_the_news

# words between a subject and "likely to say": "are slightly more likely", "are all
# quick to add"
_LIKELY_LEAD = {
    "more", "less", "most", "also", "is", "are", "was", "were", "much", "far", "even", "all",
    "both",
}  # fmt: skip


# what may stand before "another" / "one" as a whole subject ("Yet another said",
# "..., while another says")
_ONE_ANOTHER_LEAD = {"yet", "and", "but", "while", "whereas", ",", ";", "still"}


def _place_based_subject(toks, k, lex):
    """Span of "The Mississauga, Ont.-based chain" right before the cue at ``k``: a
    city, a comma, "<province>.-based" and lower-case head words; None otherwise."""
    if k < 4 or not (
        toks[k - 2][2].endswith("-based")
        or toks[k - 3][2].endswith("-based")
        or toks[k - 4][2].endswith("-based")
    ):
        return None
    j = k - 1
    while j > 0 and k - j <= 3 and toks[j][2].isalpha() and toks[j][2].islower():
        j -= 1
    if j == k - 1 or j < 2 or toks[j - 1][2] != "," or not _ABBR_BASED_RE.fullmatch(toks[j][2]):
        return None
    np_ = _left_np(toks, j - 1, lex)
    if np_ is None or not toks[j - 2][2][:1].isupper():
        return None
    return _span_of(toks, (np_[0], k))


def _it_before_cue(toks, k):
    """Index of an "it" right before the cue at ``k`` or before at most two words
    that may stand between a speaker and a cue ("It also said", "it has since
    said", "It does say"); -1 otherwise."""
    j = k - 1
    while j > 0 and k - j <= 2 and _skips_or_do(toks, j, k):
        j -= 1
    return j if j >= 0 and toks[j][2].lower() == "it" else -1


def _it_opens_clause(toks, j):
    """Does the "it" at token ``j`` open a clause (the text's or a sentence's first
    token, or after a comma, semicolon, "and" / "but" or a quotation)?

    >>> _it_opens_clause([(0, 0, w) for w in "It went on".split()], 0)
    True
    >>> _it_opens_clause([(0, 0, w) for w in "hard as it went".split()], 2)
    False
    """
    return (
        j == 0
        or toks[j - 1][2].lower() in (",", ";", "and", "but", "though", "although")
        or toks[j - 1][2][0] == MASK
    )  # ("A, the group said, though it added that B": a clause of its own)


def _apposition_or_relative(c, lex):
    """``_apposition_before_cue`` right after a comma or dash before the cue, else
    ``_content_first_relative``."""
    if c.prev_tok in (",", "—", "–", "-") and c.k >= 2:
        return _apposition_before_cue(c.toks, c.k, lex)
    return _content_first_relative(c)


def _content_first_relative(c):
    """``_comma_relative_subject`` for a cue with no noun phrase right before it (the
    relative ends in a pronoun: "A, the group that represents them said")."""
    toks, k = c.toks, c.k
    for b in range(k - 1, max(0, k - 12), -1):
        t = toks[b][2]
        if t == ",":
            return _comma_relative_subject(toks, b, k, k)
        if t[0] == MASK or t in (";", ":", "—", "–"):
            return None
    return None


def _double_dashes(toks, k):
    """The tokens before index ``k`` with each "-" "-" pair written with no space
    between ("--") made one "—" token (same character offsets).

    >>> [t[2] for t in _double_dashes([(0, 3, "Roy"), (4, 5, "-"), (5, 6, "-"), (7, 9, "no")], 4)]
    ['Roy', '—', 'no']
    """
    out = []
    for t in toks[:k]:
        if t[2] == "-" and out and out[-1][2] == "-" and out[-1][1] == t[0]:
            out[-1] = (out[-1][0], t[1], "—")
        else:
            out.append(t)
    return out


def _apposition_before_cue(toks, k, lex):
    """``_apposition_speaker`` before the comma or dash right before the cue at token
    ``k``; a "--" written as two "-" tokens is a dash ("Ann Roy -- no relation, she
    stressed -- said")."""
    if toks[k - 1][2] != "-":
        return _apposition_speaker(toks, k - 1, lex)
    if k < 4 or toks[k - 2][2] != "-":
        return None
    dashed = _double_dashes(toks, k)
    return _apposition_speaker(dashed, len(dashed) - 1, lex)


def _after_and_but(toks, j):
    """Is token ``j`` right after "and" or "but"?"""
    return j >= 1 and toks[j - 1][2] in ("and", "but")


def _catenative_shared_speaker(doc, c, lex, gerund):
    """The speaker of a catenative cue with no noun phrase before it: after a gerund
    ("..., Lee said, going on to say that") the last speaker or the sentence subject;
    after "and"/"but" ("Lee joked that A, but went on to say B") the subject the
    conjunction shares (the last speaker as a subject, an opening clause's subject or
    the sentence subject)."""
    if doc.last_speaker is not None and (gerund or _subject_last_speaker(doc) is not None):
        return doc.last_speaker, None, False
    m_span = (None if gerund else _opening_clause_subject(doc, c, lex)) or _sentence_subject(
        doc.masked, c.ss, c.se, lex
    )
    return None if m_span is None else (None, m_span, False)


def _finite_speaker(doc, c, lex):
    """(mention, span, speaker after the cue?) of a finite verb cue, None when it has
    none: the last speaker after a conjunction, the sentence subject ("X doubled down
    and said"), the noun phrase before the cue, an apposition ("Hill, a doctor, said")
    or, after a quotation or a comma, the noun phrase after it ('..." said Putin')."""
    toks, k, prev_tok = c.toks, c.k, c.prev_tok
    if c.lemma in _RELATIVE_LEMMAS and (m_span := _relative_frame_subject(c, lex)) is not None:
        return None, m_span, False  # "a plan which Lee said would fail"
    if prev_tok in ("that", "which"):
        if (m_span := _issued_document_speaker(toks, k, lex)) is not None:
            return None, m_span, False  # "Lee released a letter that says"
    wi = k - 1 if prev_tok == "which" else _which_before_adverbs(toks, k)
    if wi >= 1 and toks[wi - 1][2] == "," and c.form not in _NOUNISH_FORMS:
        if (m_span := _np_before_relative(c, toks[wi][0], lex)) is not None:
            return None, m_span, False  # "the Times, which (also) reported that ..."
    j = _catenative_start(toks, k) if prev_tok == "to" else -1
    if j >= 0:  # "Dana Bell went on to say", "voters are more likely to say"
        return _catenative_speaker(doc, c, lex, j)
    if (m_span := _quantity_or_relative_subject(c)) is not None:
        return None, m_span, False  # "most of them said", "..., the group that runs it said"
    if prev_tok in ("another", "one") and (
        toks[k - 1][0] == c.ss or (k >= 2 and toks[k - 2][2].lower() in _ONE_ANOTHER_LEAD)
    ):
        return None, _span_of(toks, (k - 1, k)), False  # "One said ..., another said ..."
    j = _it_before_cue(toks, k)
    if j >= 0 and _it_opens_clause(toks, j):
        # "It said", '"...," it said', "It also said": resolved to an organisation
        return None, _span_of(toks, (j, j + 1)), False
    if prev_tok in _CONJ and _subject_last_speaker(doc) is not None:
        return doc.last_speaker, None, False
    if prev_tok == "and" and (m_span := _relative_list_subject(c, lex)) is not None:
        return None, m_span, False  # "the Accord, which funds A and affirms B"
    if (prev_tok in ("and", "but") or _conj_then_skips(toks, k)) and _left_np(toks, k, lex) is None:
        # "Trump doubled down on his comments and said ...": sentence subject, or the
        # subject of an opening clause ("When Lee thanked the crowd and said ...")
        m_span = (
            _apposition_past_adverb(toks, k, lex)
            or _apposition_before_aux(toks, k, lex)
            or _opening_clause_subject(doc, c, lex)
            or _sentence_subject(doc.masked, c.ss, c.se, lex)
        )
        return None if m_span is None else (None, m_span, False)
    m_span = _proportion_subject(c)
    if m_span is None and (prev_tok in _SHARE_LAST or prev_tok[:1].isdigit() or prev_tok == ","):
        m_span = _share_alone_subject(c)
    if m_span is not None:
        return None, m_span, False
    if (m_span := _place_based_subject(toks, k, lex)) is not None:
        return None, m_span, False  # "The Mississauga, Ont.-based chain said"
    m_span = _subject_before_cue(doc, c, lex)
    if m_span is not None:
        return None, m_span, False
    return _inverted_speaker(doc, c, lex)


def _catenative_speaker(doc, c, lex, j):
    """(mention, span, speaker after the cue?) of a cue after "to" whose catenative verb
    or adjective starts at token ``j`` ("Dana Bell went on to say", "voters are more
    likely to say", "made him admit"), None when it has none (``_finite_speaker``)."""
    toks, k = c.toks, c.k
    if toks[j][2].lower() in _CAUSATIVE_VERBS or _passive_causative(toks, j, k - 2):
        return None if (sp := _causative_object(toks, j, k, lex)) is None else (None, sp, False)
    if toks[j][2].lower() in _ADJ_CATENATIVES:
        # "voters are more likely to say", "Lee was quick to add": to the subject
        while j >= 2 and (
            toks[j - 1][2].lower() in _LIKELY_LEAD or _skips_before_cue(toks[j - 1][2])
        ):  # (not onto the first word: "Both are more likely to say")
            j -= 1
    np_ = _left_np(toks, j, lex)
    if np_ is None and j >= 2 and toks[j - 1][2] in (",", "—", "–"):
        m_span = _apposition_speaker(toks, j - 1, lex)  # "A fisher, Al Roy, tried to argue"
        if m_span is not None:
            return None, m_span, False
    if np_ is None and (it := _it_before_cue(toks, j)) >= 0 and _it_opens_clause(toks, it):
        return None, _span_of(toks, (it, it + 1)), False  # "It went on to say": as "It said"
    if np_ is None and (toks[j][2].endswith("ing") or _after_and_but(toks, j)):
        # "..., Lee said, going on to say that"; "Lee joked A, but went on to say B"
        return _catenative_shared_speaker(doc, c, lex, toks[j][2].endswith("ing"))
    return None if np_ is None else (None, _span_of(toks, np_), False)


def _subject_before_cue(doc, c, lex):
    """Span of the speaker read before a finite verb cue: the noun phrase before it (or
    the noun after its "whose", "Ellen Marsh, whose spokesman said"), with a relative
    clause or an apposition after it read to the name, else an apposition or relative
    before the cue ("Hill, a doctor, said"); None when there is none (``_finite_speaker``)."""
    toks, k, kend, prev_tok, prev2 = c.toks, c.k, c.kend, c.prev_tok, c.prev2
    # ("made him admit"; "A letter obtained by the Herald says": the letter)
    np_ = holder_agent_document(toks, _bare_causative_object(toks, k, _left_np(toks, k, lex)), lex)
    if np_ is None and prev_tok == "." and k >= 2 and prev2.lower() in COMPANY_SUFFIXES:
        np_ = _left_np(toks, k - 1, lex)  # "CALGARY — Acme Inc. said": up to the legal form
        np_ = None if np_ is None else (np_[0], k)
    if np_ is not None and np_[1] - np_[0] >= 2 and toks[np_[0]][2].lower() == "whose":
        # "Ellen Marsh, whose spokesman said": the spokesman, not Marsh
        return _span_of(toks, (np_[0] + 1, np_[1]))
    if np_ is not None:
        # apposition: "Hugh Hill, a doctor, said" / "Smith, who heads X, said"
        m_span = _span_of(toks, np_)
        if (rel := _unclosed_relative_subject(toks, np_[0], k, lex)) is not None:
            m_span = rel  # "Ann Lee, who chairs the group said": the name
        elif (kend == len(toks) or toks[kend][2] != ",") and (
            app := _unclosed_apposition_subject(toks, np_[0], k, lex)
            or _unclosed_apposition_subject(toks, _description_start(toks, k), k, lex)
        ) is not None:  # ("Mr. Lee, aides said, will run": an inserted frame)
            m_span = app  # "Ann Lee, head of the group said": the name
        elif (sub := _subject_around_np(c, np_[0], lex)) is not None:
            m_span = sub  # "The woman who owns the bakery said": the noun before "who"
    elif (kend == len(toks) or toks[kend][2] != ",") and (
        app := _unclosed_apposition_subject(toks, _description_start(toks, k), k, lex)
    ) is not None:
        m_span = app  # "Ann Lee, vice president of finance said": no noun phrase read
    else:  # "Hill, a doctor, said" (after a comma / dash) or "A, the group that ... said"
        m_span = _apposition_or_relative(c, lex) or apposition_before_modal(toks, k, lex)
    return m_span


def _inverted_speaker(doc, c, lex):
    """(mention, span, speaker after the cue?) of a finite verb cue with no speaker
    before it: after a quotation or a comma, the noun phrase after it ('..." said
    Putin'), else a subject further back in the sentence; None when it has none
    (``_finite_speaker``)."""
    toks, k, kend, prev_tok = c.toks, c.k, c.kend, c.prev_tok
    # inversion: '..." said Putin' / '... , said the official'
    at_edge = k == 0 or toks[k - 1][2][0] == MASK or prev_tok in (",", ":", "—", "–", "-", "as")
    # '"Why now?" asked Lee Park', '"Act now," urged Lee': ask/urge/warn after a quotation
    inverted_ask = c.lemma in ("ask", "urge", "warn") and k > 0 and toks[k - 1][2][0] == MASK
    if not at_edge or (
        c.lemma in ("tell", "ask", "urge", "inform", "assure", "warn") and not inverted_ask
    ):
        span = (
            _short_sentence_subject(c, lex)
            or _subject_across_insertion(doc, c, lex)
            or _late_subject(c, lex)
        )
        return None if span is None else (None, span, False)
    if prev_tok == "," and (sh := _shared_subject_before(doc, c, lex)) is not None:
        return None, sh, False  # "she thanked the mayor, said the park was ...": "she"
    if (prev_tok == "," or quotation_in_insertion(doc.masked, toks, k, c.ss)) and (
        kend < len(toks) and toks[kend][2][:1].islower()
    ):
        # "Even the hawks, like Rubio and Bush, say the bulk of ...", "Al Roe, the
        # author of "Home," about towns, said the days of ...": the subject and its
        # insertion before the cue, not an inverted "say the bulk" (a name after the
        # cue, '..., said Dana Hill', is the speaker)
        span = _long_sentence_subject(c, lex) or _subject_across_insertion(doc, c, lex)
        if span is not None:  # ("One of them, a nurse who ..., said": the nurse)
            return None, _partitive_description(doc.masked, span, c.cs), False
    np_r = _right_np(toks, kend, lex)
    if np_r is not None:
        np_r = _titled_pair_after(toks, _and_name_after(toks, np_r, lex), lex)  # "said A and B"
    if (
        np_r is not None
        and np_r[1] < len(toks)
        and (
            toks[np_r[1]][2] in _VERBISH_NEXT
            or (
                _clause_goes_on(toks[np_r[1]][2]) and not _inverted_regardless(doc, c, np_r[1])
            )  # (after a quotation the phrase is the speaker: '"...," said one aide')
        )
    ):
        np_r = None  # '..., said the plan was sound': the subject of the content
    if np_r is not None and prev_tok == "," and not _names_a_speaker(toks, np_r, lex):
        np_r = None  # "The suit, filed in June, alleges a long list of ...": an object
    if np_r is None:  # '"...," said retired neurosurgeon Ben Carlow'
        np_r = _described_name_after_quote(toks, kend, lex)
    if np_r is None:
        span = _subject_across_insertion(doc, c, lex) or _long_sentence_subject(c, lex)
        span = span or _restrictive_relative_subject(c, lex)  # "A man who ..., said the ..."
        return None if span is None else (None, span, False)
    if c.form in lex.ambiguous and (
        c.form in _NOUNISH_FORMS or not (k and toks[k - 1][2][0] == MASK)
    ):
        return None  # '"...," tweeted Mike Hale' is a frame, "..., notes Hale" may not be
    np_r = _appositive_name_after(toks, np_r, lex)  # "said her friend, Ava Roe, 15"
    np_r = office_of_name_after(toks, np_r, lex)  # "said the Minister of X, Ken Dale"
    return None, _span_of(toks, np_r), True


def _shared_subject_before(doc, c, lex):
    """Span of the subject of a verb phrase that ends at the comma before the cue at
    token ``k`` when the cue is a second verb of that subject ("she thanked the
    mayor, said the park was nice and went back to work"): a pronoun or a capitalised
    noun phrase opening its clause, a past verb and its object, then the comma; and a
    clause after the cue (a noun phrase and its verb, or "that"), so no inverted
    speaker ("..., said the mayor") follows. None otherwise. The cue is marked in
    ``doc.shared_cues`` (its content ends before a third verb: "and went back")."""
    toks, k, kend = c.toks, c.k, c.kend
    if kend >= len(toks):
        return None
    if toks[kend][2].lower() in _SUBJECT_PRONOUNS:
        np_r = (kend, kend + 1)  # "..., said it was safe"
    elif toks[kend][2] != "that":
        np_r = _right_np(toks, kend, lex)
    if toks[kend][2] != "that" and (
        np_r is None or np_r[1] >= len(toks) or toks[np_r[1]][2] not in _VERBISH_NEXT
    ):
        return None
    lo = k - 2
    while lo >= 0 and toks[lo][2] not in (",", ";", ":", "(") and toks[lo][2][0] != MASK:
        lo -= 1
    first = lo + 1
    for x in range(first + 1, k - 2):
        w = toks[x][2]
        lw = w.lower()
        if _past_form(lw) or lw in lex.verb_lemma:
            break
    else:
        return None
    np_ = _left_np(toks, x, lex)
    if np_ is None or np_[0] != first or np_[1] != x:
        return None
    head = toks[first][2]
    if head.lower() not in _SUBJECT_PRONOUNS and not head[:1].isupper():
        return None
    if first == 0 or toks[first - 1][2] == ",":
        doc.shared_cues.add(c.cs)
        return _span_of(toks, np_)
    return None


# relation and player nouns ("one player", "another teammate"; resources/
# pair_person_nouns.txt), a person after a counting determiner in ``_names_a_speaker``
_PERSON_NOUNS = frozenset(_lines("pair_person_nouns.txt"))
_COUNTED = frozenset(("one", "another", "two", "three", "several", "some", "many"))


def _inverted_regardless(doc, c, e):
    """Is the noun phrase after the cue, ending at token ``e``, an inverted speaker
    whatever word follows it: after a plain quotation ('"...," said one aide') or
    after a comma when a short relative clause on it ends the sentence ("..., said a
    player who was benched.", ``relative_ends_sentence``)?"""
    return after_plain_quotation(doc.masked, c.toks, c.k, c.ss) or (
        c.prev_tok == "," and relative_ends_sentence(c.toks, e)
    )


def _names_a_speaker(toks, np_, lex):
    """Can the noun phrase at token range ``np_``, inverted after a comma ("..., said
    the mayor"), be a speaker: a capitalised word, a listed person or group noun, a
    title or a pronoun, or the phrase ends the sentence ("..., said the bank.")? "a long
    list" in "The suit, filed in June, alleges a long list of ..." is an object."""
    e = np_[1]
    if e == len(toks) or toks[e][2] in (".", "!", "?", ";") or relative_ends_sentence(toks, e):
        return True  # "Prices rose, said the bank.": the phrase (and a relative) ends it
    if e + 1 < len(toks) and toks[e][2] == "of":
        e += min(3, len(toks) - e)  # "..., said a handful of Democrats"
    for x in range(np_[0], e):
        w = toks[x][2]
        lw = w.lower().rstrip(".")
        if w[:1].isupper() or lw in lex.nouns or lw in lex.titles or lw in _PRONOUNS:
            return True
        if (lw in _PERSON_NOUNS or lw[:-1] in _PERSON_NOUNS) and toks[np_[0]][2] in _COUNTED:
            return True  # "..., said one player, in her second season, asked ...": a person
    return False


def _and_name_after(toks, np_, lex):
    """``np_`` extended over "and" and a second name when both are capitalised runs
    and the second ends the clause ("..., said Ann Roe and Tom Vale."; "said the Food
    and Drug Administration": an organisation's name after "the"): one row for
    both, as "Ann Roe and Tom Vale said" reads; the titled name after "and" when a
    title ends the first run ("said Acme President and CEO Tom Vale": one person,
    two titles); else ``np_``.

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said Ann Roe and Tom Vale .".split()]
    >>> _and_name_after(t, (1, 3), lexicon())
    (1, 6)
    """
    i0, j = np_
    n = len(toks)
    if (
        j < n
        and toks[j][2] in ("and", ",")
        and (k := portfolio_name_start([t[2] for t in toks[i0 : i0 + 16]]))
    ):
        e = i0 + k  # "said Tourism and Culture Minister Ann Roe": one person's title
        while e < n and _is_cap(toks[e][2]) and toks[e][2].lower() not in _PRONOUNS:
            e += 1
        return (i0, e)
    if j - i0 >= 2 and plural_person_noun(toks[i0][2], lex):
        pair = _and_name_after(toks, (i0 + 1, j), lex)  # "said neighbours Ann and Tom Roe"
        return np_ if pair == (i0 + 1, j) else pair  # (the two people, not the noun)
    a = i0 + (toks[i0][2] in _DETS and i0 + 1 < j)  # "said the Food and Drug Administration"
    if j + 2 > n or toks[j][2] != "and" or not all(_is_cap(toks[x][2]) for x in range(a, j)):
        return np_
    e = j + 1
    while e < n and _is_cap(toks[e][2]) and toks[e][2].lower() not in _PRONOUNS:
        e += 1
    if e == j + 1 or (
        e < n
        and toks[e][2][0].isalnum()
        and toks[e][2].lower() not in SPEAKER_PREPS
        and toks[e][2][0] != MASK
    ):
        return np_
    if a > i0 and toks[e - 1][2] not in lex.org_words:
        return np_  # ("said the mayor and Tom Vale"; "the Iron and Steel Institute": one)
    titled = [
        x
        for x in (j - 1, *range(j + 1, e - 1))
        if toks[x][2].lower().rstrip(".") in lex.titles
        and toks[x][2].lower().rstrip(".") not in _HONORIFICS
    ]
    if not titled:
        return (i0, e)
    if titled[0] == j - 1 and len(titled) > 1 and titled[-1] < e - 1:
        return (j + 1, e)  # "said Acme President and Chief Executive Tom Vale": Tom Vale
    return np_


def _title_run_end(toks, x, end, lex):
    """End of the title words (lower-case or capitalised, "Capt.") from token ``x``."""
    stop = min(end, x + 6)  # (a bounded run: hostile text of titles stays linear)
    while x < stop and toks[x][2].lower().rstrip(".") in lex.titles:
        x += 1
    return x


def _titled_pair_after(toks, np_, lex):
    """``np_`` extended over "and" and a second titled name when a title opens either
    name and the second ends the clause ("..., said goalie Ann Roe and defenceman Tom
    Vale.", "said Coach Ann Roe and Capt. Tom Vale"): both speak, one row for both as
    "Goalie Ann Roe and defenceman Tom Vale said" reads; else ``np_`` ("said Ann Roe
    and her sister", "said coach Ann Roe and the team").

    >>> from analysis.quotes.lexicon import lexicon
    >>> t = [(0, 0, w) for w in "said goalie Ann Roe and coach Tom Vale .".split()]
    >>> _titled_pair_after(t, (1, 4), lexicon()), _titled_pair_after(t[:6], (1, 4), lexicon())
    ((1, 8), (1, 4))
    """
    i0, j = np_
    n = len(toks)
    if j + 2 >= n or toks[j][2] != "and":
        return np_
    a = _title_run_end(toks, i0, j, lex)
    b = _title_run_end(toks, j + 1, n, lex)
    if (a == i0 and b == j + 1) or a == j or not all(_is_cap(toks[x][2]) for x in range(a, j)):
        return np_  # (untitled pairs are _and_name_after's)
    if toks[j - 1][2].lower().rstrip(".") in lex.titles:
        return np_  # ("said Acme President and CEO Tom Vale": one person, two titles)
    e = b
    while (
        e < n and e - b < 6 and _is_cap(w := toks[e][2]) and w.lower().rstrip(".") not in lex.titles
    ):
        e += 1
    if e == b or any(toks[x][2].lower() in _PRONOUNS for x in range(b, e)):
        return np_
    if " ".join(t[2] for t in toks[b:e]) in lex.place_names:
        return np_  # ("said Mayor Ann Roe and Winnipeg": no second person)
    if e < n and toks[e][2][0].isalnum() and toks[e][2].lower() not in SPEAKER_PREPS:
        return np_  # (the clause goes on: "and coach Tom Vale agreed")
    return (i0, e)


# lower-case words that may follow an inverted speaker ("..., said the mayor of the
# town", "..., said the mayor late Tuesday")
_AFTER_INVERTED = {
    "of", "who", "whose", "in", "at", "on", "for", "from", "and", "with", "to", "during",
    "after", "before", "as", "while", "when", "recently", "earlier", "later", "late",
    "early", "last", "this", "today", "yesterday", "tonight", "afterward", "afterwards",
    "again", "also", "then", "via", "through", "by", "outside", "inside", "near", "about",
    "over", "under", "according", "here", "there", "too", "ago", "now", "once",
}  # fmt: skip


def _which_before_adverbs(toks, k):
    """Index of a "which" that one to three auxiliaries or adverbs (not in -ly: "which
    periodically chanted his name") separate from the cue at token ``k`` ("the
    watchdog, which also warned"; "which has since said"), else -1."""
    j = k - 1
    while (
        j > 0
        and k - j <= 3
        and toks[j][2][:1].islower()
        and not toks[j][2].endswith("ly")
        and _skips_before_cue(toks[j][2])
    ):
        j -= 1
    return j if j < k - 1 and toks[j][2] == "which" else -1


def _relative_list_subject(c, lex):
    """Span of the noun before a non-restrictive "which" whose verbs the cue ends
    ("the Accord, which protects fisheries, funds research, and affirms there is ...":
    the Accord), or None: "which" must be followed by a lower-case verb, and the words
    up to the cue hold no quotation and either no comma or two or more (", which was
    released Monday, and said" is the sentence subject's)."""
    toks, k = c.toks, c.k
    commas = 0
    for j in range(k - 1, max(0, k - 30), -1):
        w = toks[j][2]
        if w[0] == MASK or w in (";", ":", ".", "—", "–"):
            return None
        if w == ",":
            commas += 1
        elif w == "which" and toks[j - 1][2] == ",":
            nxt = toks[j + 1][2] if j + 1 < k else ""
            if not (nxt.isalpha() and nxt.islower()) or nxt in _DETS or nxt in _PRONOUNS:
                return None
            if commas == 1:
                return None
            return _np_before_relative(c, toks[j][0], lex)
    return None


def _apposition_past_adverb(toks, k, lex):
    """Char span of the name in a comma-closed apposition before adverbs and the cue
    at token ``k`` ("The head of the council, Ann Roe, recently said"), None when the
    words before the adverbs are no such apposition ("Lee spoke, then said")."""
    i = _before_adjuncts(toks, k)
    if not 1 < i < k - 1 or toks[i][2] != "," or toks[i - 1][2][:1].islower():
        return None
    m_span = _apposition_speaker(toks, i, lex)
    if m_span is None or any(
        t[2] in ("and", "&") and m_span[0] <= t[0] < m_span[1] for t in toks[:i]
    ):
        return None  # ("The candidates, Ann Lee and Bo Park, have promised": the group)
    return m_span


def _conj_then_skips(toks, k):
    """Do one to three words that may stand before a cue follow a comma, "and" or
    "but" right before token ``k`` ("and also said", "but has since said"), or
    adjuncts follow "and" / "but" ("and on Tuesday said", "but last week told")?"""
    j = k - 1
    while j > 0 and k - j <= 3 and _skips_or_do(toks, j, k):  # "but did note that"
        j -= 1
    if j < k - 1 and j >= 0 and toks[j][2].lower() in (",", "and", "but"):
        return True
    i = _before_adjuncts(toks, k)  # "and on Tuesday said", "but last week told"
    return 0 <= i < k - 1 and toks[i][2].lower() in ("and", "but")


def _clause_goes_on(w):
    """Does the word ``w`` after the noun phrase that follows a cue show that phrase to
    be the subject of the content ("..., said the event brought back memories"; "...,
    said the plan was sound") rather than an inverted speaker?"""
    return w in _VERBISH_NEXT or (w.isalpha() and w.islower() and w not in _AFTER_INVERTED)


# what may stand between a sentence's subject and its reporting verb: an apposition or
# a clause set off by commas ("Ann Lee, who ran for mayor in 2012, said"), a relative
# clause ("The growers whose crops failed say") or a time adverbial ("The
# mayor three weeks ago said")
_INSERTION_RE = re.compile(
    r"\s*(?:,[^,;:!?]{1,200}(?:,[^,;:!?]{1,120}){0,4}(?:,|\x01)"
    r"|\s*[—–][^—–;:!?]{1,200}[—–]|\s+--\s[^;:!?]{1,200}?\s--|\s+-\s[^;:!?]{1,200}?\s-"
    r"|\s(?:who|whose|that)\s[^,;:!?\x01]{1,120}?(?:,\s*(?:for\s+instance|for\s+example|"
    r"however|too|though)\s*,|(?:,[^,;:!?\x01]{1,130}){1,2},)?"
    r"|\s(?:(?:more|less)\s+than\s+)?(?:a|one|two|three|four|five|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)\s*\Z"
)


# times and auxiliaries between an insertion's closing comma or dash and the cue
# ("..., last week said", "..., on Friday declared", "... — have long argued")
_BEFORE_CUE_ADVERBIAL_RE = re.compile(
    r"(?<=[,—–])(?:[ \t]+(?:(?:(?:last|this|on|early|late)[ \t]+)?(?:week|month|year|night|"
    r"morning|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)|today|yesterday|has|have|had|also|"
    r"later|then|repeatedly|again|previously|recently|publicly|never|once|already|often|"
    r"is|are|was|were|long|since))+"
    r"[ \t]*\Z"
)


# a short label and a colon opening the sentence ("Voter turnout: ")
_LEAD_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}:[ \t]+(?=[A-Z])")


_AFTER_LEADING_BLOCK_RE = re.compile(r"\x01+[ \t]*,?[ \t]*")


# a short adverbial opening the sentence: "At the garage, ", "On Tuesday, "
_LEAD_ADVERBIAL_RE = re.compile(
    r"[ \t]*(?:At|In|On|Outside|Inside|Near|Nearby|Beside|Behind|Alongside|Across|Beyond|During|"
    r"After|Before|Later|Earlier|Meanwhile|Elsewhere)"
    r"\b[^,;:\x01\n]{0,50},[ \t]*"
)


# a time adverbial opening the sentence: "Four years later, ", "Two weeks ago, "
_LEAD_AGO_RE = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+|\d+)[ \t]+(?:years?|months?|weeks?|days?|hours?|decades?)"
    r"[ \t]+(?:later|ago|earlier),[ \t]*"
)


def _subject_across_insertion(doc, c, lex):
    """Span of the sentence subject when only an insertion separates it from the
    cue ("Ann Lee, who ran for mayor in 2012, said"; "The growers whose crops failed
    say"); None otherwise."""
    lo = c.ss
    if doc.masked[lo : lo + 1] == MASK:
        # '"...," Rolf Tam, holding a basket, said': the name after the quotation
        mb = _AFTER_LEADING_BLOCK_RE.match(doc.masked, lo, c.cs)
        if mb is None:
            return None
        lo = mb.end()
    if (mt := _LEAD_AGO_RE.match(doc.masked, lo, c.cs)) is not None:
        lo = mt.end()  # "Four years later, the company that ... says": after the time
    span = _leading_np(doc.masked, lo, c.cs, lex)
    if span is None and (ma := _LEAD_ADVERBIAL_RE.match(doc.masked, lo, c.cs)) is not None:
        span = _leading_np(doc.masked, ma.end(), c.cs, lex)  # "At the garage, driver X, ..."
    if (ml := _LEAD_LABEL_RE.match(doc.masked, lo, c.cs)) is not None:
        span = _leading_np(doc.masked, ml.end(), c.cs, lex)  # "Turnout: Lee, who ..., said"
    if (dash := _dash_insertion_subject(doc, c, lex)) is not None:
        return dash  # "Beside her, line worker Ana Roy -- no relation, she stressed -- said"
    if span is None or span[1] >= c.cs or c.cs - span[1] > 260:
        return None
    if doc.masked[span[0] : span[1]].lower() in _PRONOUNS:
        return None
    end = span[1]
    if (ma := _FAMILIAR_ADJ_RE.match(doc.masked, end, c.cs)) is not None or doc.masked[
        end - 8 : end
    ].endswith(_FAMILIAR_WORDS):
        mf = _FAMILIAR_OBJECT_RE.match(doc.masked, end if ma is None else ma.end(), c.cs)
        if mf is not None:  # "one aide close | to the file | who ... said"
            span, end = (span[0], mf.end()), mf.end()
    if (mo := _OF_PHRASE_RE.match(doc.masked, end, c.cs)) is not None and _person_head(
        doc.masked[span[0] : end], lex
    ):
        end = mo.end()  # "The owner of the building, which burned too, said": "The owner"
        # (and "A volunteer with the Red Cross, who ..., said": "A volunteer")
    if not _insertion_between(doc.masked, end, c.cs, lex):
        # "Beck, who ..., last week said", "Lee, an aide, has repeatedly promised"
        ma = _BEFORE_CUE_ADVERBIAL_RE.search(doc.masked, max(end, c.cs - 40), c.cs)
        if ma is None or not _insertion_between(doc.masked, end, ma.start(), lex):
            return None
    if (mn := _APPOSED_PERSON_NAME_RE.match(doc.masked, end, c.cs)) is not None and (
        mn.group(1).split()[0].lower() in lex.gender
        and _person_head(doc.masked[span[0] : span[1]], lex)
    ):
        return mn.span(1)  # "The board's director of education, Ann Roe, who ..., said"
    return span


def _partitive_description(masked, span, cs):
    """The indefinite description in apposition to a partitive subject ``span`` ("One
    of them, a software developer who asked not to be named, said": "a software
    developer"), else ``span``.

    >>> t = "One of them, a bus driver, said"
    >>> _partitive_description(t, (0, 11), 27)
    (13, 25)
    """
    if span is None or _PARTITIVE_SUBJECT_RE.fullmatch(masked, span[0], span[1]) is None:
        return span
    md = _PARTITIVE_APPOSITION_RE.match(masked, span[1], cs)
    return span if md is None else md.span(1)


# a partitive subject ("One of them") and the indefinite description in apposition to it
# ("..., a software developer who asked not to be named, said"), which names the speaker
_PARTITIVE_SUBJECT_RE = re.compile(
    r"(?:One|Another|Some|Many|Several|Two|Three|Most)[ \t]+of[ \t]+(?:them|those|us"
    r"|the[ \t]+(?:[a-z]+[ \t]+)?[a-z]{2,}s)"
)
# (after a short "who" clause on the partitive's noun: "One of the employees who stayed,")
_PARTITIVE_APPOSITION_RE = re.compile(
    r"(?:[ \t]+who(?:[ \t]+[a-z]+){1,4})?,[ \t]+((?:a|an)(?:[ \t]+[a-z0-9][\w-]*){1,4}?)(?=[ \t]+(?:who|named|with|from)\b|,)"
)


# a person's name in apposition right after a described subject, before the insertion
# ("The board's director of education, Ann Roe, who ..., said": Ann Roe)
_APPOSED_PERSON_NAME_RE = re.compile(r",[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),")


# an insertion between dashes right before the cue ("Ana Roy -- no relation -- said")
_DASH_INSERTION_RE = re.compile(
    r"(?:[ \t]--[ \t]|[ \t]?[—–][ \t]?)[^—–\x01\n]{1,200}?(?:[ \t]--|[ \t]?[—–])[ \t]*\Z"
)


_DASH_SUBJECT_STOP = frozenset(
    "in on at of for to from with by about than over into the a an his her their its who"
    " that which".split()
)


def _dash_insertion_subject(doc, c, lex):
    """Span of the named noun phrase before an insertion between dashes that ends
    right before the cue, opening the sentence or its clause ("Beside her, packaging
    line worker Ana Roy -- no relation, she stressed -- said": "packaging line worker
    Ana Roy"; "As the Post -- of all papers -- observed"); None otherwise.

    >>> _DASH_INSERTION_RE.search("Ana Roy -- no relation, she stressed -- ").start()
    7
    """
    if "-" not in doc.masked[c.ss : c.cs] and "—" not in doc.masked[c.ss : c.cs]:
        return None  # (the cheap test first)
    m = _DASH_INSERTION_RE.search(doc.masked, max(c.ss, c.cs - 260), c.cs)
    if m is None:
        return None
    toks = c.toks
    x = next((i for i, t in enumerate(toks) if t[0] >= m.start() and t[2] != " "), None)
    if x is None or x < 1 or x >= c.k:
        return None
    np_ = _left_np(toks, x, lex)
    if np_ is None or not any(_is_cap(toks[i][2]) for i in range(*np_)):
        return None  # (a named subject only)
    j = np_[0]
    while j > 0 and toks[j][0] > c.ss and np_[0] - j < 4 and toks[j - 1][2].isalpha():
        w = toks[j - 1][2]
        if not w.islower() or w in _DASH_SUBJECT_STOP:
            break
        j -= 1  # ("packaging line worker Ana Roy": lower-case words of the description)
    if toks[j][0] > c.ss and toks[j - 1][2].lower() not in (",", "as", "and", "but"):
        return None  # (the object of a clause: "insiders who think X will win in Ohio -- ...")
    return _span_of(toks, np_)


# "of" (or "with", "for", "from", "at", "in", "on") and a short complement after a subject's head
# ("of the building next to the shop", "with the Red Cross", "on the Niagara Parkway")
# an unnamed source's adjective and the object of its preposition, up to a "who"
# clause ("one aide close | to the file | who spoke on condition of anonymity said")
_FAMILIAR_WORDS = (" close", " familiar", " privy")
_FAMILIAR_ADJ_RE = re.compile(r"[ \t]+(?:close|familiar|privy)(?=[ \t]+(?:to|with)\b)")
_FAMILIAR_OBJECT_RE = re.compile(r"[ \t]+(?:to|with)(?:[ \t]+[\w'’-]+){1,6}?(?=[ \t]+who\b)")


_OF_PHRASE_RE = re.compile(
    r"[ \t]+(?:of|with|for|from|at|in|on)[ \t]+(?:[\w'’-]+[ \t]+){0,7}[\w'’-]+(?=,)"
)


def _person_head(phrase, lex):
    """Is the last word of ``phrase`` a listed person noun or title ("The owner")?"""
    words = phrase.split()
    return bool(words) and (words[-1].lower() in lex.nouns or words[-1].lower() in lex.titles)


# an apposition and then an insertion between dashes ("Ann Lee, an aide to the
# mayor - who ... - said")
_APPOSITION_DASH_RE = re.compile(
    r"(?P<app>(?:,[^,;:!?\x01—–]{1,120}){1,2})(?:\s*[—–][^—–;:!?]{1,200}[—–]"
    r"|\s+--\s[^;:!?]{1,200}?\s--|\s+-\s[^;:!?]{1,200}?\s-)\s*\Z"
)


def _insertion_between(masked, lo, hi, lex):
    """Is ``masked[lo:hi]`` an insertion between a subject and its cue
    (``_INSERTION_RE``, or an apposition with no reporting verb and a dash insertion)?"""
    if _INSERTION_RE.match(masked, lo, hi) is not None:
        return True
    if "-" not in masked[lo:hi] and "—" not in masked[lo:hi] and "–" not in masked[lo:hi]:
        return False
    m = _APPOSITION_DASH_RE.match(masked, lo, hi)
    return m is not None and not any(w in lex.verb_lemma for w in m.group("app").split())


# a source after "according to" that is a rule followed, not a speaker
_MANNER_SOURCE_RE = re.compile(
    r"(?:the[ \t]+|their[ \t]+|its[ \t]+)?(?:label|labels|plan|schedule|script|recipe|"
    r"instructions|directions|rules|protocol|specifications)\b"
)


# a source after a verb's clause with no comma ("shipped according to international
# standards", "pay severance according to the collective agreement"): the norm the act
# follows, not who reported it (", according to the agreement, B" stays a source)
_RULE_SOURCE_RE = re.compile(
    r"(?:the[ \t]+|their[ \t]+|its[ \t]+|his[ \t]+|her[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?:standards?|guidelines|agreement|contract|policy|procedures?|regulations|rules"
    r"|requirements|terms|law|laws|formula|criteria)"
    r"(?:\Z|[ \t]+(?:and|or|but|when|if|while|because|so|to|for|in|on|at|with)\b)"
)


# a closing dash right after a cue ("..., she stressed -- said")
_DASH_ASIDE_END_RE = re.compile(r"[ \t]*(?:--|—|–)[ \t]?")


_FIRST_WORD_AFTER_RE = re.compile(r"[ \t]*([a-z]+)\b")


_DASH_ASIDE_RE = re.compile(r"(?:[ \t]--[ \t]|[ \t]?[—–][ \t]?)[^—–\x01\n]{1,80},[ \t]*\w+[ \t]*\Z")


def _dash_aside(masked, c, lex):
    """Does the "<pronoun> <cue>" ``c`` close an aside between dashes that opened
    after the sentence's subject, the subject's own cue right after it ("Ana Roy -- no
    relation, she stressed -- said ..."): a remark on the subject, no statement?"""
    m = _DASH_ASIDE_END_RE.match(masked, c.ce, c.se)
    if m is None or _DASH_ASIDE_RE.search(masked, c.ss, c.cs) is None:
        return False
    w = _FIRST_WORD_AFTER_RE.match(masked, m.end(), c.se)
    return w is not None and w.group(1) in lex.verb_lemma


# words opening a relative or an apposition after the source of "in the words of" / "per a
# statement from" ("Per a statement from the guild, a bakers' group, A")
_WORDS_OF_ASIDES = frozenset(("who", "whose", "a", "an"))


def _words_of_opens(toks, k):
    """Does the cue at token ``k`` open its sentence ("In the words of ...")?"""
    return k == 0 or toks[k - 1][2] in (".", "!", "?", MASK) or toks[k - 1][2][:1] == MASK


def _words_of_source(c, lex):
    """The frame of "in the words of <source>, ...": the source after the cue, read
    like "according to" (None unless a noun phrase and then a comma follow it)."""
    toks = c.toks
    np_ = _right_np(toks, c.kend, lex)
    if np_ is None:
        return None
    e_ = np_[1]
    if e_ + 1 < len(toks) and toks[e_][2] == "," and toks[e_ + 1][2].lower() in _WORDS_OF_ASIDES:
        e_ += 1  # (past a relative or an apposition: "of Coun. Lee, who chairs the board, ...")
        while e_ < len(toks) and e_ - c.kend < 25 and toks[e_][2] not in (",", ";", ".", MASK):
            e_ += 1
    end = toks[e_][2] if e_ < len(toks) else "."
    if end == ":" and _words_of_opens(toks, c.k):
        end = ","  # "In the words of Coun. Lee: '...'": a colon before the words
    if end not in (",", ".") or (end == "." and (c.k == 0 or toks[c.k - 1][2] != ",")):
        return None  # (at the end only after a comma: "The plan failed, in the words of Lee.")
    c.is_acc = True
    return None, _span_of(toks, (np_[0], e_)), True, False


def _cue_speaker(doc, c, lex):
    """(mention, span, speaker after the cue?, "asked by" frame?) of a cue, None when
    the cue has no speaker or is no report of speech; exactly one of mention (a
    (text, start, end) triple borrowed from an earlier cue) and span is given."""
    if c.is_acc:
        m_span = _according_source(c, lex)
        if m_span is not None and _MANNER_SOURCE_RE.match(doc.text, m_span[0], m_span[1]):
            return None  # "applied according to the label", "went according to plan"
        if (
            m_span is not None
            and _RULE_SOURCE_RE.match(doc.text, m_span[0], m_span[1])
            and doc.text[max(c.ss, c.cs - 2) : c.cs].rstrip()[-1:].isalpha()
        ):
            return None  # "would pay severance according to the collective agreement"
        return None if m_span is None else (None, m_span, True, False)
    if c.form == "reported" and _as_reported_by(c):
        # "As reported by the Times, ..." / "..., as first reported by the Times":
        # a source like "according to"
        np_b = _right_np(c.toks, c.kend + 1, lex)
        if np_b is None:
            return None
        c.is_acc = True
        return None, _span_of(c.toks, np_b), True, False
    if c.lemma in WORDS_OF_LEMMAS:
        return _words_of_source(c, lex)  # (or "Per a statement from X, ...")
    if _not_a_speech_verb(c, lex) or _adds_an_amount(c) or _relative_clause_end(c):
        return None  # (or a sum: "Fuel surcharges added $2.50 to the fare")
    if told_thing_relative(c):
        return None  # "told the story the mayor had told a year earlier": a relative
    if told_story_of(c) or display_says(c) or told_the_news(c):
        return None  # "told the story of selling B", "the sign at the door says Closed"
    if c.lemma == "read" and display_antecedent(doc.masked, c.ss, c.cs):
        return None  # 'Protesters carried signs. One read "Save the mill."': shown, not said
    if c.lemma == "accuse" and not _accuses_of(c):
        return None  # ("the accused", "accused the council.": no "of" after the listener)
    if c.prev_tok in ("he", "she", "they") and _dash_aside(doc.masked, c, lex):
        return None  # "Ana Roy -- no relation, she stressed -- said": an aside
    toks, kend = c.toks, c.kend
    asked_by = c.lemma == "ask" and kend < len(toks) and toks[kend][2] == "by"
    if asked_by:
        # "Sanders was asked by host John Dickerson whether ...": the agent asks
        np_b = _right_np(toks, kend + 1, lex)
        if np_b is None:
            return None
        cut = next((x for x in range(*np_b) if toks[x][2] in _ASKED_WHAT), None)
        if cut is not None:  # "Asked by an analyst whether Acme would ...": the analyst
            if cut == np_b[0]:
                return None
            np_b = (np_b[0], cut)
        if not c.form.endswith("ing"):
            return None, _span_of(toks, np_b), True, True
    if c.form.endswith("ing"):  # (after "asking by", the -ing rules decide the speaker)
        got = _ing_speaker(doc, c, lex)
        if got == "progressive":
            # progressive "Trump is telling supporters ...": an ordinary finite cue
            np_p = _left_np(toks, _progressive_aux(c), lex)
            got = None if np_p is None else (None, _span_of(toks, np_p))
            if got is None and (sp := _subject_across_insertion(doc, c, lex)) is not None:
                got = None, sp  # "Lee, who won the primary, is pledging to ..."
        return None if got is None else (*got, asked_by, asked_by)
    if c.prev_tok == "that" and (m_span := _apposed_name_before_that(toks, c.k, lex)) is not None:
        return None, m_span, False, False  # "The Guild, a trade group that says it": the Guild
    got = _hearsay_speaker(c, lex) or _finite_speaker(doc, c, lex)
    if got is not None and got[0] is None and got[1] is not None:
        got = (
            None,
            statement_source_span(doc.masked, got[1], c.cs),
            *got[2:],
        )  # "a statement from X"
    return None if got is None else (*got, False)


def _apposed_name_before_that(toks, k, lex):
    """Character span of the name before an indefinite description whose relative "that"
    opens the cue ("The Harbour Bakers Guild, a trade group that says it ...": the
    guild; at least two capitalised words, "the" and joiners allowed), else None ("In
    Halifax, a group that says": one word, no name)."""
    np_ = _left_np(toks, k - 1, lex)
    if (
        np_ is None
        or np_[0] < 3
        or toks[np_[0]][2] not in ("a", "an")
        or toks[np_[0] - 1][2] != ","
    ):
        return None
    name = _left_np(toks, np_[0] - 1, lex)
    if name is None:
        return None
    ws = [t[2] for t in toks[name[0] : name[1]]]
    ws = ws[1:] if ws[0] in ("the", "The") else ws
    caps = [w for w in ws if w[:1].isupper()]
    if len(caps) < 2 or any(not (w[:1].isupper() or w in ("of", "for", "and")) for w in ws):
        return None
    return _span_of(toks, name)


def _hearsay_speaker(c, lex):
    """(mention, span, speaker after the cue?) of "Lee is reported to have said" (Lee,
    or the name before an apposition: "Lee, a coach, is said to have told"), None
    when the cue is no such hearsay or no subject is found."""
    toks, k = c.toks, c.k
    if not _hearsay(c):
        return None
    np_ = _left_np(toks, k - 4, lex)
    if np_ is None and k >= 5 and toks[k - 5][2] == ",":
        sp = _apposition_speaker(toks, k - 5, lex)
        return None if sp is None else (None, sp, False)
    return None if np_ is None else (None, _span_of(toks, np_), False)


def _as_reported_by(c):
    """Is the cue "reported" in "as (first) reported by X"?"""
    toks, kend = c.toks, c.kend
    if c.form != "reported" or kend >= len(toks) or toks[kend][2] != "by":
        return False
    return c.prev_tok == "as" or (
        c.prev_tok in ("first", "previously", "originally", "earlier", "widely") and c.prev2 == "as"
    )


# adjectives among them, after a copula: "Lee was quick to add", "is right to note"
_ADJ_CATENATIVES = frozenset(("likely", "quick", "careful", "right", "correct", "eager"))


# a preposition right before the subject of an absolute "-ing" cue: the subject is
# the object of another clause's verb ("vented about Roe vowing to fight on")
_OBJECT_PREP_BEFORE_RE = re.compile(r"\b(?:about|over|of|on|against|at)[ \t]+\Z")


def _subject_last_speaker(doc):
    """The sentence's last speaker (``doc.last_speaker``) for a cue after "and", None
    when there is none or it is the object of a preposition: "senators vented about
    Roe vowing to fight on and said ..." is the senators saying."""
    m = doc.last_speaker
    return None if m is None or _after_object_prep(doc.masked, m[1]) else m


def _after_object_prep(masked, m_start):
    """Is the mention at ``m_start`` right after "about", "over", "of", ...?"""
    return _OBJECT_PREP_BEFORE_RE.search(masked, max(0, m_start - 10), m_start) is not None
