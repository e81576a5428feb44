"""Non-speech guards: a cue verb that is not reporting speech here ("added another link",
"asks for a thing", "writes a thing", participle adjectives, accusations of), and the
checks on insertions before a cue.
"""

from __future__ import annotations

import re

from .blocks import MASK
from .display_texts import display_reader
from .exhibit_messages import exhibit_read_cue
from .idioms import (
    _after_according_to,
    _attributive_written,
    _capitalised_modifier,
    _comparative_subject,
    _conjoined_verb,
    _contact_relative_comma,
    _contact_relative_that,
    _infinitive_no_report,
    _negated,
    _noun_then_participle,
    _outlet_credit,
    _participle_modifier,
    _particle_idiom,
    _posted_online,
    _progressive_conjunct,
    _remind_frame,
    _span_of,
    _that_missing,
    _verb_after,
)
from .lexicon import (
    _DETS,
    _IRREGULAR_PAST,
    _NEEDS_THAT,
    _NEG,
    _NOUNISH_FORMS,
    _NUMERIC,
    _OBJ_PREPS,
    _PASSIVE_AUX,
    _PROG_AUX,
    _PRONOUNS,
    _SENT_START_STOP,
    _SKIP_BEFORE_CUE,
    _TIME_WORDS,
    _VERBISH_NEXT,
    COMPANY_SUFFIXES,
    _lines,
    _skips_before_cue,
    load_titles,
)
from .modal_reports import modal_future_report, modal_said_only
from .np_left import _left_np
from .phrase_adjuncts import _before_adjuncts
from .phrases import _is_cap
from .plural_cue_subjects import plural_subject_before
from .quoted_objects import quoted_object_part
from .relative_it import relative_it_subject
from .sides import _DIRECTIVE_FORMS, _catenative_start
from .timed_announcements import TIMED_LEMMAS, timed_announcement
from .vote_answers import vote_count_answer
from .wondered_questions import wondered_question

# what follows a passive "asked" set off by commas: "Lee, asked whether ..., said"
_ASKED_WHAT = frozenset("whether if about why how what when where who which to".split())


# subordinators before a reduced passive "asked" ("shrugged when asked how late ...",
# "laughed if asked about it"): the subject was asked, the cue is no frame of its own
_REDUCED_ASKED_BEFORE = frozenset(("when", "whenever", "if", "once", "until"))


# what follows a passive "told" set off by commas, with no listener ("Lee, told that the
# plant would close, said ...", "Roe, told of the vote, shrugged"): Lee was told
_TOLD_WHAT = frozenset("that what of about how whether".split())


# an adverb between a passive "asked" and its question ("Lee, asked later where ...,")
_ASKED_ADVERBS = frozenset("later afterward afterwards again then also repeatedly".split())


def _comma_passive(form, toks, kend):
    """After a comma, is "asked" / "told" a passive participle set off by commas ("Lee,
    asked whether she would run, said", "Lee, asked later where it went, replied", "Lee,
    told what he had said, shook her head")?"""
    if form == "asked":
        if kend + 1 < len(toks) and (
            (w := toks[kend][2].lower()) in _ASKED_ADVERBS or (w.endswith("ly") and w.isalpha())
        ):
            kend += 1  # (one adverb: "asked afterward what", "asked specifically why")
        return kend < len(toks) and toks[kend][2].lower() in _ASKED_WHAT
    return _told_passive(toks, kend)


def _told_passive(toks, kend):
    """After ", told": does a clause word follow with no listener ("told that", "told
    what") rather than a count of listeners ("told about 200 supporters")?

    >>> _told_passive([(0, 0, w) for w in "told what he said".split()], 1)
    True
    >>> _told_passive([(0, 0, w) for w in "told about 200 people".split()], 1)
    False
    """
    if kend >= len(toks) or toks[kend][2] not in _TOLD_WHAT:
        return False
    return not (kend + 1 < len(toks) and toks[kend + 1][2][:1].isdigit())


# what follows a figure "added" as a sum ("added 3 per cent", "added 11 cents")
_AMOUNT_UNITS = frozenset(("per", "percent", "%", "cents", "cent", "points", "point"))


def _adds_an_amount(c):
    """Does a sum follow an "add" cue: a currency amount ("Fuel surcharges added $2.50
    to the fare") or a figure and its unit ("added 3 per cent")?

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "added $2.50 to it".split()]
    >>> _adds_an_amount(N(toks=t, kend=1, lemma="add"))
    True
    >>> t = [(0, 0, w) for w in "added 3 per cent".split()]
    >>> _adds_an_amount(N(toks=t, kend=1, lemma="add"))
    True
    >>> t = [(0, 0, w) for w in "added that 3 stores".split()]
    >>> _adds_an_amount(N(toks=t, kend=1, lemma="add"))
    False
    """
    toks, kend = c.toks, c.kend
    if c.lemma != "add" or kend >= len(toks):
        return False
    w = toks[kend][2]
    if w[:1] in ("$", "€", "£"):
        return True
    return w[:1].isdigit() and kend + 1 < len(toks) and toks[kend + 1][2].lower() in _AMOUNT_UNITS


# "is reported / said / alleged to have said": a statement told at second hand
_HEARSAY_PARTICIPLES = frozenset(
    ("reported", "said", "alleged", "understood", "believed", "rumoured", "rumored", "known")
)
_HEARSAY_BE = frozenset(("is", "was", "are", "were", "been", "being"))

# words before "to <aux> <cue>" or "<aux> <cue>" that make the cue no report ("did not
# say", "to have said": unless a hearsay passive, see ``_hearsay``)
_NOT_TO = frozenset(("not", "n't", "never", "to"))
# what before "only" keeps the cue no report ("would only say the plan fails"), but "not"
_ONLY_NEGATORS = frozenset("not n't never to would will could can may might should must".split())


def _hearsay(c):
    """Is the cue "to have <cue>" after a hearsay passive ("Roe is reported to have
    said")?"""
    return c.prev_tok == "have" and c.prev2 == "to" and _reported_to_have(c.toks, c.k)


def _reported_to_have(toks, k):
    """Is the cue at ``k`` the perfect infinitive of a hearsay passive ("is reported to
    have said", "was alleged to have told")?

    >>> ws = "Roe is reported to have said that".split()
    >>> _reported_to_have([(0, 0, w) for w in ws], 5)
    True
    >>> ws = "Roe wants to have said that".split()
    >>> _reported_to_have([(0, 0, w) for w in ws], 4)
    False
    """
    return (
        k >= 4
        and toks[k - 3][2].lower() in _HEARSAY_PARTICIPLES
        and toks[k - 4][2].lower() in _HEARSAY_BE
    )


def _negated_cue(c):
    """Is the cue negated, an infinitive or after a modal ("did not say", "to say",
    "will say"), not a modal report ("would say only that A", "will argue at the
    hearing that A": ``modal_reports``)?"""
    if c.prev_tok == "only" and c.prev2 in _ONLY_NEGATORS:
        # "would only say A" a guess; "not only said A but B" a report
        neg = c.prev2 != "not"
    else:
        neg = _negated(c) or (
            c.prev2 in _NOT_TO and _skips_before_cue(c.prev_tok) and not _hearsay(c)
        )
    # (the modal reports, asked only of a cue read as negated: the same answer)
    return neg and not (modal_said_only(c) or modal_future_report(c))


_INFINITIVE_OBJECTS = frozenset(("him", "her", "them", "us", "me"))


def _infinitive_object_comma(toks, kend):
    """Does an infinitive cue ("to warn") end with its pronoun object and a comma not
    followed by a quotation mark ("called to warn him, the artist said")? The words after
    the comma are no content of the infinitive (the sentence's own attribution or a new
    clause); '"stopped to tell them, "We won."' keeps its quotation.

    >>> ws = "to warn him , the artist said".split()
    >>> _infinitive_object_comma([(0, 0, w) for w in ws], 2)
    True
    >>> ws = 'to tell them , " We won'.split()
    >>> _infinitive_object_comma([(0, 0, w) for w in ws], 2)
    False
    """
    return (
        kend + 2 < len(toks)
        and toks[kend][2].lower() in _INFINITIVE_OBJECTS
        and toks[kend + 1][2] == ","
        and toks[kend + 2][2][:1] not in "\"“'‘«"
    )


def _infinitive_verdict(c):
    """For a cue after "to": True when it is no report (its pronoun object and a comma
    end it: ``_infinitive_object_comma``; or a governing verb says so:
    ``_infinitive_no_report``), False when that verb makes it one, None when no
    governing verb is found ("to say" alone: the other tests decide)."""
    if _infinitive_object_comma(c.toks, c.kend):
        return True
    j = _catenative_start(c.toks, c.k)
    return None if j < 0 else _infinitive_no_report(c, j)


# adverbs between a "be" form and a participle ("was first reported"): still a passive,
# resources/passive_adverbs.txt
_PASSIVE_ADVERBS = frozenset(_lines("passive_adverbs.txt"))


def _passive_cue(c):
    """Is the cue ``c`` a passive participle: right after a "be" / "get" form, or after
    one and an adverb of ``_PASSIVE_ADVERBS`` ("was first reported")?

    >>> from types import SimpleNamespace as N
    >>> _passive_cue(N(form="reported", prev_tok="first", prev2="was"))
    True
    >>> _passive_cue(N(form="reported", prev_tok="first", prev2="lee"))
    False
    """
    if c.form.endswith("ing"):
        return False
    return c.prev_tok in _PASSIVE_AUX or (
        c.prev_tok in _PASSIVE_ADVERBS and c.prev2 in _PASSIVE_AUX
    )


def _not_a_speech_verb(c, lex):
    """Is the verb cue, from the words around it, no report of speech: negated or
    infinitive ("did not say", "to say"), a noun ("an automated reply"), a passive
    ("was told"), a relative clause ("what Carson said was"), an object-only use
    ("maintained some clout"), or "asked not to be named"?"""
    prev_tok, prev2, form, lemma = c.prev_tok, c.prev2, c.form, c.lemma
    if lemma in ("read", "post"):  # a quotation read out; a post online
        return not (_reads_written_quotation(c) if lemma == "read" else _posted_online(c))
    if prev_tok == "to" and (v := _infinitive_verdict(c)) is not None:
        return v  # "went on to say", "tried to argue"; "called to warn him, the artist said"
    if prev_tok == "to" and prev2 == "addition" and form.endswith("ing"):
        return False  # "in addition to stating"
    if _negated_cue(c) or (lemma == "say" and vote_count_answer(c)):
        return True  # (or a vote count: "Most of the members who voted said yes")
    if prev_tok in ("ever", "even") and prev2 in _NEG:
        return True  # "few would ever admit this", "nobody will even say so"
    if prev_tok.endswith("n't") or prev_tok.endswith("n’t"):
        return True
    if _comparative_subject(c.toks, c.k):
        return True  # "as plentiful as the paper suggests": a comparison
    if _contact_relative_that(c.toks, c.k, c.kend) or _contact_relative_comma(c):
        return True  # "the book she wrote that helped lay", "The couple she mentioned, A,"
    if form == "written" and prev2 in _DETS and prev_tok.isalpha() and prev_tok not in _PRONOUNS:
        return True  # "on the date written beside her signature": a participle after its noun
    if form == "written" and (_written_before_noun(c) or _attributive_written(c)):
        return True  # "had no written procedure", "accepts written submissions": an adjective
    if form == "say" and (
        prev_tok in _SAY_NOUN_BEFORE or (prev2 in ("a", "an") and prev_tok.endswith("er"))
    ):
        return True  # "have a say", "a larger say", "the final say": a noun
    if form.endswith("ed") and _participle_adjective(c):  # (an "-ed" form only)
        return True  # "an added benefit", "the number of confirmed cases": adjectives
    if form == "told" and prev_tok == "all" and c.k == 1:
        return True  # "All told, ...": an idiom
    toks, kend = c.toks, c.kend
    if (
        prev_tok in ("before", "after", "without")
        and form.endswith("ing")
        and (kend >= len(toks) or toks[kend][2] in (".", "!", "?"))
    ):
        return True  # "..., Osman paused before answering.": no clause reported
    if form == "alleged" and (
        prev_tok in _DETS
        or prev_tok in _OBJ_PREPS
        or prev_tok in ("about", "of", "for", "over", "against")
    ):
        return True  # "a story about alleged fraud", "the alleged plot": an adjective
    if lemma in ("counter", "write") and _particle_idiom(c):  # (those two lemmas only)
        return True  # "running counter to the plan", "wrote it down": idioms
    if prev_tok == "worth" or (prev_tok == "and" and _progressive_conjunct(c.toks, c.k, c.kend)):
        return True  # "It's worth noting that", "were flushing mains and adding chlorine"
    if (prev_tok == "," or prev_tok in ("and", "or") and form.endswith("ing")) and _in_verb_list(
        c.toks, c.k, c.kend
    ):
        return True  # "designs, builds, maintains, and repairs", "intake and reporting, and"
    if (
        form in _NOUNISH_FORMS
        and not _progressive_with_content(c)
        and not _conjoined_verb(c)
        and (
            prev_tok.endswith(("'s", "’s", "s'", "s’"))  # "Editor's note:", "workers' demands"
            or _noun_determiner(form, prev_tok)
            or _after_according_to(c.toks, c.k)  # "according to media reports"
            or _capitalised_modifier(c, prev2)  # "of Republican claims", "at the Acme counters"
            or (
                prev_tok.replace("-", "").isalpha()  # "his early-morning tweets"
                and c.toks[c.k - 1][2].islower()  # (prev_tok is lower-cased)
                and prev_tok not in _PRONOUNS
                and prev_tok not in lex.nouns
                and prev_tok not in load_titles()["role"]  # "the mayor claims"
                and prev_tok not in _SKIP_BEFORE_CUE
                and not _verb_after(c)  # "Lee did note that", "by warning that"
                and not plural_subject_before(prev_tok, form)  # "officials note"
            )
        )
    ):
        return True  # "an automated reply", "struck a calmer note": nouns, not cues
    if lemma == "report" and prev_tok == "," and _outlet_credit(c.toks, c.k, c.kend):
        return True  # '"...," said Ann Roe, the group's director, reports USA Today.'
    if form == "reported" and (
        prev_tok.endswith(("'s", "’s")) or prev_tok in _DETS or prev_tok in _NUMERIC
    ):
        return True  # "the firm's reported profit", "eight reported cases"
    if form in _NOUNISH_FORMS and kend < len(toks) and toks[kend][2].lower() in _NOUN_THEN_VERB:
        return True  # "court reports show", "the claims were"
    if form in _NOUNISH_FORMS and (_noun_then_participle(c) or _plural_noun_then_verb(c, lex)):
        return True  # "a Lee tweet attacking the judge", "Commission reports track every"
    if lemma == "remind" and not _remind_frame(c):
        return True  # "reminded her of home", "The smell reminded him that ..."
    if lemma == "continue" and kend < len(toks) and not _continues_speech(toks, c.k, kend):
        return True  # "the rain continued", "continued her tour"
    asked_by = lemma == "ask" and kend < len(toks) and toks[kend][2] == "by"
    if prev_tok == "," and form in ("asked", "told") and _comma_passive(form, toks, kend):
        return True  # "Lee, asked whether she would run, said ...": Lee was asked
    if prev_tok in _REDUCED_ASKED_BEFORE and form == "asked" and _comma_passive(form, toks, kend):
        return True  # "A man shrugged when asked whether ...": he was asked (reduced_asked)
    if not asked_by and _passive_cue(c):
        return True  # "was told", "has been reported", "was first reported": no speaker
    nxt_tok = toks[kend][2].lower() if kend < len(toks) else ""
    if (
        form == "promising"
        and prev_tok in ("but", "and", "very", "more", "most")
        and (nxt_tok not in ("to", "that"))
    ):
        return True  # "an awkward but promising start": an adjective
    if nxt_tok in ("delegates", "delegate") and form.endswith("ed"):
        return True  # "270 pledged delegates": an adjective
    if (
        nxt_tok in _VERBISH_NEXT
        and prev2 in ("what", "that", "which", "everything", "anything", "something", "nothing")
        and _relative_frame_subject(c, lex) is None
    ):
        return True  # "what Carson said was written", "everything Lee says is": no cue
    if form.endswith("ed") and _participle_modifier(c):
        return True  # "The cuts announced Wednesday will affect 200 jobs": a modifier
    if lemma in _NEEDS_THAT and _that_missing(c, nxt_tok):
        return True  # "maintained some clout", "claiming 41 percent"
    if lemma == "ask" and _asks_nothing(toks, c.k, kend, nxt_tok):
        return True  # "the town had asked twice", "as the mayor had asked."
    if lemma == "wonder" and wondered_question(c):
        return True  # "Roe wondered aloud whether A": no speech (asking is)
    if (
        lemma == "deny"
        and kend + 1 < len(toks)
        and (
            nxt_tok in ("him", "her", "them", "us", "me")
            or (toks[kend][2][:1].isupper() and nxt_tok not in _TIME_WORDS)
        )
        and toks[kend + 1][2].lower() in ("a", "an", "the", "any")
    ):
        return True  # "denying him a first-ballot victory", "denied Carter a photograph"
    if (
        nxt_tok in (",", ".", ";", "and", "but")
        or (nxt_tok == "to" and kend + 2 < len(toks) and not toks[kend + 2][2][:1].isalnum())
    ) and _what_clause(toks, c.k):
        return True  # "heard what voters are saying, and", "can't do what he promises to do."
    if nxt_tok == "it" and _no_content_after_it(toks, kend):
        return True  # "whatever makes sense at the moment he says it, from ...": no content
    if toks[-1][2] == "?" and toks[0][2] in _QUESTION_AUX and toks[0][0] == c.ss:
        return True  # "Does the candidate say the wrong thing?": the writer asks
    return (
        (lemma in ("ask", "urge", "tell", "warn") and nxt_tok in ("not", "to"))
        or (lemma == "claim" and _claims_a_place(c))  # "claims the land where the camp stands"
        or (form == "writing" and _writes_a_thing(c))  # (each gated by its own first test)
        or (lemma == "ask" and _asks_for_a_thing(c))
        or (form in _DIRECTIVE_FORMS and _reported_perfect_conjunct(c))
        or _backshifted_after_had(c)
        or (lemma in TIMED_LEMMAS and timed_announcement(c))  # "once the city announces its plan"
    )


def _backshifted_after_had(c):
    """Is the cue a past perfect after "and had" (or "and had" and one adverb: "and had
    only asked") that goes on with an earlier report's clause (``_backshifted_conjunct``)?"""
    if c.prev_tok == "had":
        return _backshifted_conjunct(c)
    return c.prev2 == "had" and c.prev_tok in _PERFECT_ADVERBS and _backshifted_conjunct(c, 1)


# adverbs between a past perfect's "had" and its verb ("and had only asked")
_PERFECT_ADVERBS = frozenset("only also already just once repeatedly twice since".split())


_CLAIMED_DETS = frozenset("the a an its their his her our this that".split())

# words between a relative "who" and its verb ("the ones who had complained")
_RELATIVE_END_AUX = frozenset("had has have was were also already once first earlier".split())


def _relative_clause_end(c):
    """Is the cue the last verb of a relative clause on a lower-case noun, ending the
    sentence ("..., including the ones who had complained.", "even the people that
    objected.")? Such a verb reports nothing: the words before its noun are no content.

    >>> from types import SimpleNamespace as N
    >>> ws = "hardest , including the ones who had complained .".split()
    >>> _relative_clause_end(N(toks=[(0, 0, w) for w in ws], k=7, kend=8))
    True
    >>> ws = "hardest , said Ann Roe , who complained .".split()
    >>> _relative_clause_end(N(toks=[(0, 0, w) for w in ws], k=7, kend=8))
    False
    """
    toks, k, kend = c.toks, c.k, c.kend
    if kend < len(toks) and toks[kend][2] not in (".", "!", "?"):
        return False
    r = k - 1
    while r > 0 and k - r <= 2 and toks[r][2] in _RELATIVE_END_AUX:
        r -= 1
    if r < 1 or toks[r][2] not in ("who", "that"):
        return False
    noun = toks[r - 1][2]
    return noun.isalpha() and noun.islower() and noun not in _PRONOUNS


_TOLD_THING_NOUNS = frozenset(_lines("told_things.txt"))
_TOLD_SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())


def told_thing_relative(c):
    """Is the "tell" cue ``c`` the verb of a relative clause on a thing told, with or
    without "that" ("told the story (that) the mayor had told a year earlier", "the joke
    her father tells"): a subject of one to three words right after the thing, perhaps an
    auxiliary? Its object is the thing before it: no content. A copula soon after ("The
    story he told the jury was that B") makes the thing the subject of B: not so.

    >>> from types import SimpleNamespace as N
    >>> ws = "He told the story the mayor had told a year earlier".split()
    >>> told_thing_relative(N(lemma="tell", toks=[(0, 0, w) for w in ws], k=6, kend=7))
    True
    >>> ws = "He told the mayor the bridge was unsafe".split()
    >>> told_thing_relative(N(lemma="tell", toks=[(0, 0, w) for w in ws], k=1, kend=2))
    False
    """
    if c.lemma != "tell" or any(
        t[2] in ("was", "is", "were", "are") for t in c.toks[c.kend : c.kend + 4]
    ):
        return False  # ("The story he told the jury was that B": the story is B)
    toks, r = c.toks, c.k - 1
    while r > 0 and c.k - r <= 2 and toks[r][2] in _RELATIVE_END_AUX:
        r -= 1
    # the subject: a pronoun or a capitalised name word ("he", "Lee"), or a determiner
    # and a noun ("the mayor", "her father"); not "the way she" ("tells the story the
    # way she tells most stories": a manner)
    w = toks[r][2] if r >= 0 else ""
    if w.lower() in _TOLD_SUBJECT_PRONOUNS or (w[:1].isupper() and w.isalpha()):
        j = r - 1
    elif r >= 1 and w.isalpha() and w.islower() and toks[r - 1][2].lower() in _DETS:
        j = r - 2
    else:
        return False
    if j >= 1 and toks[j][2].lower() in ("that", "which"):
        j -= 1
    return j >= 0 and toks[j][2].lower() in _TOLD_THING_NOUNS


def _claims_a_place(c):
    """Does the cue "claims" take a noun phrase as its object, one set off by a
    relative "where" or by "as" ("whose house group claims the land where the camp
    stands", "claims the valley as its territory"): ownership, not speech? A determiner,
    one to three lower-case words and then "where" / "as"."""
    toks, kend = c.toks, c.kend
    if kend + 2 >= len(toks) or toks[kend][2].lower() not in _CLAIMED_DETS:
        return False
    for j in range(kend + 1, min(len(toks), kend + 5)):
        w = toks[j][2]
        if w in ("where", "as") and j > kend + 1:
            return True
        if not (w.isalpha() and w.islower()) or w in ("that", "which", "who"):
            return False
    return False


def _backshifted_conjunct(c, adverb=0):
    """Is the cue a past perfect right after "and" ("and had asked", no comma before
    "and", or a comma when the reported clause is a past perfect too: "he had been
    asked twice, and had said no") inside the clause that an earlier "said"/"told" of
    its sentence reports ("The council said its members welcomed the rule and had asked
    the province to require it")? The backshifted verb goes on with the reported
    clause's subject: no frame.

    >>> from types import SimpleNamespace as N
    >>> w = "Lee said the band welcomed it and had asked them to sign".split()
    >>> _backshifted_conjunct(N(toks=[(0, 0, x) for x in w], k=8, kend=9))
    True
    >>> w = "Lee said the band welcomed it and had only asked for a delay".split()
    >>> _backshifted_conjunct(N(toks=[(0, 0, x) for x in w], k=9, kend=10), 1)
    True

    ``adverb`` is 1 when one adverb stands between "had" and the cue ("and had only
    asked").
    """
    toks, k = c.toks, c.k - adverb
    if k < 4 or toks[k - 1][2] != "had" or toks[k - 2][2] != "and":
        return False
    comma, perfect = toks[k - 3][2] == ",", False
    for i in range(k - 3, max(-1, k - 40), -1):
        w = toks[i][2]
        if w[0] == MASK or w in (";", ".", ":"):
            return False
        if w in _SAY_FORMS:
            # (a reported clause between the two verbs; after ", and" only one that is
            # itself a past perfect: "said he had been asked twice, and had said no")
            return i < k - 4 and (perfect or not comma)
        perfect = perfect or (w == "had" and i < k - 4)
    return False


_CLAUSE_STOPS = frozenset('. ; : ! ? , and but “ ” "'.split())


_WRITE_PREPS = frozenset("to in on for about from at with under into".split())


def _writes_a_thing(c):
    """Is a progressive "writing" followed by a lower-case noun object and no "that",
    quotation or colon in its clause ("Nurses are writing medication orders by hand",
    "students are writing exams")? Such writing is an act, not a report.

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "Nurses are writing medication orders by hand".split()]
    >>> _writes_a_thing(N(toks=t, k=2, kend=3, form="writing", lemma="write"))
    True
    >>> t = [(0, 0, w) for w in "She is writing to council that".split()]
    >>> _writes_a_thing(N(toks=t, k=2, kend=3, form="writing", lemma="write"))
    False
    """
    if c.form != "writing" or c.kend >= len(c.toks):
        return False
    if _progressive_aux(c) < 0 and not _gerund_of_a_task(c):
        return False
    nxt = c.toks[c.kend][2]
    if not (nxt.isalpha() and nxt.islower()) or nxt in _WRITE_PREPS or nxt == "that":
        return False
    for t in c.toks[c.kend : c.kend + 25]:
        w = t[2]
        if w[0] == MASK or w.lower() == "that" or w == ":":
            return False
        if w in (".", ";", "!", "?"):
            break
    return True


# what right before a bare "writing" makes it a gerund naming a task, not a report: a
# contrast or negation ("was not hiring staff but writing the schedules") or a time spent
# on it ("spent the summer writing the schedules", "spends her evenings writing grants")
_TASK_GERUND_BEFORE = frozenset("but not than".split())
_SPENT_FORMS = frozenset("spend spends spent spending".split())


def _gerund_of_a_task(c):
    """Is the bare "writing" at ``c.k`` a gerund naming a task: right after "but",
    "not" or "than", or after "spent" and a short time phrase ("spent the summer
    writing")?

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "was not hiring staff but writing the schedules".split()]
    >>> _gerund_of_a_task(N(toks=t, k=5))
    True
    >>> t = [(0, 0, w) for w in "Roe spent the summer writing the schedules".split()]
    >>> _gerund_of_a_task(N(toks=t, k=4))
    True
    >>> t = [(0, 0, w) for w in "Roe , writing the foreword , said".split()]
    >>> _gerund_of_a_task(N(toks=t, k=2))
    False
    """
    k, toks = c.k, c.toks
    if k and toks[k - 1][2].lower() in _TASK_GERUND_BEFORE:
        return True
    return any(t[2].lower() in _SPENT_FORMS for t in toks[max(0, k - 5) : k])


_SAY_FORMS = frozenset(
    "said says told tells added wrote explained testified insisted maintained argued".split()
)


_WH_AFTER_OBJECT = frozenset("to not where what when how who why whether".split())


_CONJUNCT_ADVERBS = frozenset("always also then later often never".split())


def _reported_perfect_conjunct(c):
    """Is a directive cue after "and" the second verb of a perfect inside an earlier
    cue's clause, with a to-infinitive or a wh-clause after its object ("Sampson said
    the band had closed its fishery and told members not to drink the water", "She
    said he had hiked it twice and always told someone where he was going")? The
    directive belongs to the reported clause's subject: no frame of its own.

    >>> from types import SimpleNamespace as N
    >>> w = "Lee said the band had closed the lake and told members not to fish".split()
    >>> _reported_perfect_conjunct(N(toks=[(0, 0, x) for x in w], k=9, kend=10, form="told"))
    True
    """
    toks, k, kend = c.toks, c.k, c.kend
    if c.form not in _DIRECTIVE_FORMS:
        return False
    j = k - 1
    if j > 0 and (toks[j][2] in _CONJUNCT_ADVERBS or toks[j][2].endswith("ly")):
        j -= 1  # "and always told", "and quickly told"
    if j < 2 or toks[j][2] != "and" or toks[j - 1][2] == ",":
        return False  # (", and told": the main clause's second verb)
    words = [t[2].lower() for t in toks[kend : kend + 5]]
    if "that" in words or not any(w in _WH_AFTER_OBJECT for w in words[1:]):
        return False
    perfect = False
    for i in range(j - 1, -1, -1):
        w = toks[i][2]
        if w[0] == MASK or w in (";", ".", ":"):
            return False
        if w.lower() in ("had", "has", "have") and i + 1 < j:
            nxt = toks[i + 1][2]
            perfect = perfect or (nxt.islower() and nxt.isalpha() and nxt not in _DETS)
        elif perfect and w in _SAY_FORMS:
            return True
    return False


def _asks_for_a_thing(c):
    """Is an "ask" cue a request for a thing: a short object, then "for" and no
    "that" or quotation in the clause ("Parents asked the province for a school and
    were told ...")? The words after "for" are no reported speech.

    >>> from types import SimpleNamespace as N
    >>> t = [(0, 0, w) for w in "Parents asked the province for a school and were told".split()]
    >>> _asks_for_a_thing(N(toks=t, k=1, kend=2, lemma="ask"))
    True
    >>> t = [(0, 0, w) for w in "Lee asked the province whether it would pay".split()]
    >>> _asks_for_a_thing(N(toks=t, k=1, kend=2, lemma="ask"))
    False
    """
    if c.lemma != "ask":
        return False
    toks, kend = c.toks, c.kend
    for j in range(kend + 1, min(len(toks), kend + 5)):
        w = toks[j][2]
        if w == "for":
            break
        if w[0] == MASK or w in _CLAUSE_STOPS or w.lower() in _ASKED_WHAT:
            return False
    else:
        return False
    return not any(t[2][0] == MASK or t[2].lower() == "that" for t in toks[j + 1 : j + 12])


_WRITTEN_ADJ_NOUNS = frozenset(_lines("written_adjective_nouns.txt"))

# what may stand before a "written" that is a verb ("has written", "had also written")
_WRITTEN_AUX = frozenset(
    "has have had having 've 's ’s ’ve is was are were be been being get got".split()
)


def _written_before_noun(c):
    """Is the cue "written" an adjective right before a listed noun ("accepts written
    submissions", "gave written notice"), with no "have" or "be" before it ("has written
    letters" is a verb; "has also written" too)?"""
    if c.kend >= len(c.toks) or c.toks[c.kend][2] not in _WRITTEN_ADJ_NOUNS:
        return False
    k = c.k
    if k >= 1 and c.toks[k - 1][2].lower().endswith("ly") or c.prev_tok.lower() in _NEG:
        k -= 1  # ("has already written", "had not written")
    return k < 1 or c.toks[k - 1][2].lower() not in _WRITTEN_AUX


def _participle_adjective(c):
    """Is the "-ed" cue an adjective before its noun: after "a"/"an" ("an added benefit",
    "a reported loss", "a claimed record") or after a preposition, where no verb stands,
    with a lower-case word after it ("the number of confirmed cases", "among reported
    incidents")?"""
    if not c.form.endswith("ed"):
        return False
    if c.prev_tok in ("a", "an"):
        return c.lemma in ("add", "report", "claim")
    if _ranked_before(c.prev_tok) and c.prev2 in _RANK_DETS and c.kend < len(c.toks):
        nxt = c.toks[c.kend][2]  # "the earliest confirmed cases", "its first reported loss"
        return nxt.isalpha() and nxt.islower() and nxt not in ("that", "to", "by", "in", "on")
    if c.prev_tok not in ("of", "among", "with") or c.kend >= len(c.toks):
        return False
    nxt = c.toks[c.kend][2]
    return nxt.isalpha() and nxt.islower() and nxt not in ("that", "to", "by", "in", "on")


# a superlative or an ordinal after a determiner makes the next "-ed" form an adjective
# ("the earliest confirmed cases", "its first reported loss", "the latest announced cuts")
_RANKS = frozenset(
    "latest newest highest largest biggest lowest oldest smallest greatest fewest first last "
    "most least".split()
)
_RANK_DETS = frozenset(("the", "its", "their", "his", "her", "our", "some", "many"))


def _ranked_before(w):
    """Is ``w`` a superlative or an ordinal that ranks the noun after it ("earliest",
    "busiest", "latest", "first")? ("priest", "contest" are nouns.)

    >>> _ranked_before("earliest"), _ranked_before("first"), _ranked_before("priest")
    (True, True, False)
    """
    return w in _RANKS or (len(w) > 6 and w.endswith("iest"))


def _accuses_of(c):
    """Is an "accuse" cue followed by its listener (one to six words, no comma) and
    "of", with no determiner before it ("accused the council of hiding the report",
    not "the accused said", "accused the council." or "the man accused of fraud")?

    >>> from types import SimpleNamespace as C
    >>> t = [(0, 0, w) for w in "Roe accused the council of lying .".split()]
    >>> _accuses_of(C(toks=t, kend=2, prev_tok="roe")), _accuses_of(C(toks=t[:4], kend=2, prev_tok="roe"))
    (True, False)
    """
    toks, kend, prev_tok = c.toks, c.kend, c.prev_tok
    if prev_tok in _DETS:
        return False
    if kend < len(toks) and toks[kend][2] == "of":
        return False  # "the man accused of fraud": a passive
    for i in range(kend + 1, min(len(toks), kend + 7)):
        w = toks[i][2].lower()
        if w == "of":
            return True
        if w == "," and i > kend + 1:
            return _apposition_then_of(toks, i)  # "accused Roe, the senator, of"
        if not (w[:1].isalnum() or w[:1] == MASK):
            return False
    return False


# subjects of a plural verb form ("they demand that"; "the DOJ demand" is a noun)
_PLURAL_PRONOUNS = frozenset(("they", "we", "i", "you"))


def _noun_determiner(form, prev_tok):
    """Does ``prev_tok`` make the noun-like cue ``form`` a noun: a determiner ("the
    demands that"), "such", or a singular word before the plain form "demand" ("the
    DOJ demand that")?

    A count in digits makes a plural form a noun too ("found 212 claims without
    receipts", "1,400 reports").

    >>> _noun_determiner("demand", "doj"), _noun_determiner("demand", "protesters")
    (True, False)
    >>> _noun_determiner("claims", "212"), _noun_determiner("claims", "1,400")
    (True, True)

    "small claims" is the compound of "small claims court" ("Small claims court hears
    disputes of up to $100,000").

    >>> _noun_determiner("claims", "small"), _noun_determiner("claims", "group")
    (True, False)
    """
    return (
        prev_tok in _DETS
        or prev_tok == "such"
        or (form.endswith("s") and prev_tok[:1].isdigit() and prev_tok.replace(",", "").isdigit())
        or (form == "demand" and not prev_tok.endswith("s") and prev_tok not in _PLURAL_PRONOUNS)
        or (form == "claims" and prev_tok == "small")
    )


def _apposition_then_of(toks, i):
    """Is the comma toks[i] after the listener of "accuse" followed by an apposition
    of one to eight words, a comma and "of" ("accused Roe, the senator from Ohio, of")?"""
    for j in range(i + 2, min(len(toks) - 1, i + 10)):
        w = toks[j][2]
        if w == ",":
            return toks[j + 1][2].lower() == "of"
        if not (w[:1].isalnum() or w[:1] == MASK):
            return False
    return False


# what may follow "it" right after a cue when the cue reports no content ("he says it,")
_IT_END = frozenset((",", ".", ";", "and", "but", ""))


# manner words after "said it" when the cue reports how something was said, no content
# ("She said it like she was describing a trip", "he said it as a joke", "said it again")
_IT_MANNER = frozenset("like as again aloud loud twice calmly quietly flatly".split())


def _no_content_after_it(toks, kend):
    """Does the token after "it" (``toks[kend]``, right after the cue) end the cue's
    clause ("he says it,") or tell the manner ("she said it like ...")?"""
    after = toks[kend + 1][2] if kend + 1 < len(toks) else ""
    return after in _IT_END or after.lower() in _IT_MANNER


# a sentence that opens with one of these and ends with "?" is a yes/no question of the
# writer's, no report of speech ("Does the candidate say the wrong thing?")
_QUESTION_AUX = frozenset(
    "Does Do Did Is Are Was Were Will Would Can Could Should Has Have Had".split()
)


def _what_clause(toks, k):
    """Is the cue at token ``k`` the verb of a free relative clause opened by "what"
    and its subject, one to four words ("heard what voters are saying")?"""
    for x in range(k - 2, max(-1, k - 6), -1):
        w = toks[x][2]
        if w == "what":
            return True
        if not w[:1].isalpha() or w.lower() in ("to", "that", "which", "who"):
            return False
    return False


# adverbs after an "ask" that reports no question or request ("had asked twice"), and
# what may follow them or the verb for that: the clause ends or a time phrase follows
_ASK_ADVERBS = frozenset("twice again repeatedly earlier often once too also first".split())


_ASK_CLAUSE_END = frozenset(". ; ) ! , but and since before after last this during".split())


# "asked that only her first name be used", "asked that he not be named", "asked that
# her employer not be named": how the article names the speaker, a condition of the interview, not reported speech
_NAMING_REQUEST_RE = re.compile(
    r"(?:only\s+)?(?:(?:her|his|their|its)\s+(?:(?:first|last|given|full|family)\s+)?"
    r"names?\s+(?:,\s+[A-Z][\w'’-]*\s+,\s+)?"  # ("only his first name, Tommy, be used")
    r"(?:not\s+)?be\s+(?:used|withheld|published|given|printed)"
    r"|(?:she|he|they)\s+not\s+be\s+(?:named|identified)"
    # ("asked that her employer not be named": what would identify the speaker)
    r"|(?:her|his|their)\s+(?:employer|workplace|company|school|hometown|surname|family)"
    r"\s+not\s+be\s+(?:named|identified|used|published|given))\b",
    re.I,
)


_ASK_LISTENER_START = frozenset("the a an its his her their him them us me city province".split())


_ASK_NOT_OBJECT = frozenset("to whether if why how what when where who which that not".split())


def _asked_for_object(toks, j):
    """Do the tokens from ``j`` after an "ask" cue hold a listener, "for" and a thing,
    no clause ("asked the city for a meeting", "asked Ottawa for $2 million"): a request
    for a thing, no speech, as "asked for a meeting" is?

    >>> t = [(0, 0, w) for w in "asked the city for a meeting .".split()]
    >>> _asked_for_object(t, 1), _asked_for_object(t[:3] + [(0, 0, "to")], 1)
    (True, False)
    """
    if j >= len(toks):
        return False
    first = toks[j][2]
    if not (first.lower() in _ASK_LISTENER_START or first[:1].isupper()):
        return False
    for x in range(j + 1, min(len(toks), j + 7)):
        w = toks[x][2]
        if w == "for":
            rest = toks[x + 1 : x + 12]
            return x > j and not any(
                t[2][0] == MASK or t[2].lower() in _ASK_NOT_OBJECT for t in rest
            )
        if w[0] == MASK or w.lower() in _ASK_NOT_OBJECT or w in (",", ".", ";"):
            return False
    return False


def _naming_request(toks, kend):
    """Does "that" and a request about how the article names the speaker follow the
    "ask" cue ending at ``kend`` ("asked that only her first name be used", "asked that
    he not be named")? A condition of the interview, no speech (also after the
    quotation of an inverted frame: '"...," said the woman, who asked that ...').

    >>> t = [(0, 0, w) for w in "who asked that her name not be used .".split()]
    >>> _naming_request(t, 2), _naming_request(t[:3] + [(0, 0, "taxes")], 2)
    (True, False)
    """
    if kend >= len(toks) or toks[kend][2].lower() != "that":
        return False
    return _NAMING_REQUEST_RE.match(" ".join(t[2] for t in toks[kend + 1 : kend + 10])) is not None


def _asks_nothing(toks, k, kend, nxt_tok):
    """Is an "ask" cue followed by no question, request or listener and no quotation
    ("the town had asked twice", "as the mayor had asked.", "the town had asked,
    Ann Roe said"), with no quotation before it in the sentence ('"Why?" she asked.')?

    >>> t = [(0, 0, w) for w in "the town had asked twice .".split()]
    >>> _asks_nothing(t, 3, 4, "twice"), _asks_nothing(t[:5] + [(0, 0, "if")], 3, 4, "twice")
    (True, False)
    """
    quoted_before = any(t[2][0] == MASK for t in toks[:k])
    if quoted_before and _naming_request(toks, kend):
        return True  # '"...," said the woman, who asked that her name not be used.'
    if quoted_before or any(t[2][0] == MASK for t in toks[kend:]):
        return False
    j = kend
    while j < len(toks) and toks[j][2].lower() in _ASK_ADVERBS:
        j += 1
    nxt = toks[j][2].lower() if j < len(toks) else ""
    if (
        nxt in ("questions", "question")
        and j + 1 < len(toks)
        and toks[j + 1][2].lower() in ("about", "on", "over", "regarding")
    ):
        return True  # "readers asked questions about the mayor's claim that A": the claim's
    if _naming_request(toks, j):
        return True  # "She asked that only her first name be used": a request about naming
    if _asked_for_object(toks, j):
        return True  # "asked the city for a meeting": a request for a thing, as "asked for"
    if j == kend and nxt == ",":
        # "the town had asked, Ann Roe said": another cue's insertion follows
        nxt2 = toks[kend + 1][2] if kend + 1 < len(toks) else ""
        return nxt2[:1].isupper() and nxt2 != "I"
    return nxt == "" or (nxt in _ASK_CLAUSE_END and (j > kend or nxt != "before"))


def _in_verb_list(toks, k, kend):
    """Is the cue at ``toks[k:kend]`` an item of a comma list of single lower-case
    words closed by "and"/"or" ("designs, builds, maintains, and repairs")?

    >>> t = [(0, 0, w) for w in "it builds , maintains , and repairs".split()]
    >>> _in_verb_list(t, 3, 4), _in_verb_list(t[:4] + [(0, 0, "that")], 3, 4)
    (True, False)
    """
    if k < 2 or not (toks[k - 2][2].isalpha() and toks[k - 2][2].islower()):
        return False
    nxt = [t[2] for t in toks[kend : kend + 3]]
    if nxt[:1] == [","]:
        nxt = nxt[1:]
    return len(nxt) >= 2 and nxt[0] in ("and", "or") and nxt[1].isalpha() and nxt[1].islower()


_RELATIVES = {"which", "that", "who"}


# prepositions and verbs before a "what" whose clause is an object ("caused by what
# police said was a gas leak", "adapt to what she said is growing demand")
_WHAT_OBJECT_LEADS = frozenset(
    "by to on of for from about with into against over in at after like as is was "
    "called described cited blamed".split()
)


# cues whose relative clause holds content: "a plan which Lee said would fail"
_RELATIVE_LEMMAS = {"say", "claim", "argue", "allege", "insist", "contend", "believe"}


# an auxiliary or adverb between the pronoun subject and the cue of a relative frame
_RELATIVE_AUX = frozenset(
    "had has have also previously once later earlier long repeatedly often always since".split()
)


def _relative_frame_subject(c, lex):
    """Span of the subject of a cue inside a relative clause whose content follows it
    ("a budget which the mayor said would cut taxes", "a law that courts said
    discriminated"): the relative pronoun, a subject of one to four tokens, the cue,
    then a verb (an auxiliary or a past form); None otherwise ("what Lee said was
    a lie" has its content in "what")."""
    toks, k, kend = c.toks, c.k, c.kend
    if c.lemma not in _RELATIVE_LEMMAS:
        return None
    if kend >= len(toks):
        return None
    nxt = toks[kend][2]
    if not (
        nxt.lower() in _VERBISH_NEXT or (nxt.islower() and nxt.endswith("ed") and len(nxt) > 4)
    ):
        return None
    for r in range(k - 2, max(-1, k - 6), -1):
        w = toks[r][2].lower()
        if w in _RELATIVES or (w == "what" and r and toks[r - 1][2] in _WHAT_OBJECT_LEADS):
            # (also "caused by what police said was a leak": no sentence-opening "What")
            if r + 2 == k and (
                toks[k - 1][2].lower() in _PRONOUNS or (toks[k - 1][2] == "it" and w == "which")
            ):  # ("which it said": its body, relative_it.py; not "what it said were")
                if toks[k - 1][2] == "it" and (sub := relative_it_subject(toks, c.ss, r)):
                    return _span_of(toks, sub)  # "The company ..., which it said"
                return _span_of(toks, (k - 1, k))  # "which he said", "which it said"
            if toks[r + 1][2].lower() in _PRONOUNS and all(
                toks[x][2].lower() in _RELATIVE_AUX for x in range(r + 2, k)
            ):  # ("which it said": "it" often names no speaker the frame can resolve)
                return _span_of(toks, (r + 1, r + 2))  # "which they (previously) had said"
            if toks[r + 1][2] == "it" and all(
                toks[x][2].lower() in _RELATIVE_AUX for x in range(r + 2, k)
            ):
                sub = relative_it_subject(toks, c.ss, r)  # "The company ..., which it had said"
                return None if sub is None else _span_of(toks, sub)
            words = [toks[x][2] for x in range(r + 1, k)]
            if any(w.lower() in _VERBISH_NEXT or w.lower() in _PRONOUNS for w in words):
                return None
            if (
                words[0].lower() in _DETS
                or _is_cap(words[0])
                or words[-1].lower() in lex.nouns
                or (words[-1].endswith("s") and words[-1].islower())
            ):
                e = k
                while e > r + 2 and toks[e - 1][2] in _RELATIVE_AUX:
                    e -= 1  # "what the city later said": no adverb in the speaker
                return _span_of(toks, (r + 1, e))  # "which the mayor", "that appeals courts"
            return None
        if not toks[r][2][:1].isalpha():
            return None
    return None


# words before "say" that make it a noun ("a say in it", "the final say")
_SAY_NOUN_BEFORE = {
    "a",
    "an",
    "no",
    "any",
    "final",
    "larger",
    "bigger",
    "greater",
    "equal",
    "little",
}


# verbs after a plural noun form of a cue word: "court reports show", "the claims were"
# ("read", "reads": "the Air Canada counter read ...", what a board or sign shows)
_NOUN_THEN_VERB = {
    "show", "showed", "shows", "indicate", "indicated", "suggest", "suggested", "were",
    "are", "have", "had", "found", "say", "said", "read", "reads",
}  # fmt: skip


# determiners that open the object of the verb after a plural noun ("reports track every
# donation", "claims list the names")
_VERB_OBJECT_DETS = frozenset("the a an every each all their its his her our these those".split())


def _plural_noun_then_verb(c, lex):
    """Is the cue a plural noun ("reports", "claims") whose verb follows it: one
    unlisted lower-case word without a final "s", then a determiner opening its object
    ("Commission reports track every donation")? ("Acme reports record profits" and
    "Lee claims the seat" stay cues.)

    >>> from analysis.quotes.lexicon import lexicon
    >>> class C:
    ...     form, kend = "reports", 2
    ...     toks = [(0, 0, w) for w in "Commission reports track every donation".split()]
    >>> _plural_noun_then_verb(C, lexicon())
    True
    """
    toks, kend = c.toks, c.kend
    if not c.form.endswith("s") or kend + 1 >= len(toks):
        return False
    w = toks[kend][2]
    if not (w.isalpha() and w.islower()) or w.endswith("s") or len(w) < 3:
        return False
    if w in lex.nouns or w in _SENT_START_STOP or w in _DETS:
        return False
    return toks[kend + 1][2].lower() in _VERB_OBJECT_DETS


def _continues_speech(toks, k, kend):
    """Does "continue(d)" report speech: a quotation, a colon or "that" right after it,
    or a quotation ending just before it ('"...," Lee continued')?"""
    nxt = toks[kend][2]
    if nxt[0] == MASK or nxt == ":" or nxt.lower() == "that":
        return True
    if nxt == "," and kend + 1 < len(toks) and toks[kend + 1][2][0] == MASK:
        return True
    if (
        nxt == ","
        and _inserted_pronoun_frame(toks, k)
        and not (kend + 1 < len(toks) and toks[kend + 1][2].lower().endswith("ing"))
    ):
        return True  # "The firm knew it, he continued, and had known it since spring."
    return any(toks[x][2][0] == MASK for x in range(max(0, k - 4), k))


def _inserted_pronoun_frame(toks, k):
    """Is the verb at ``k`` the inserted frame of a clause: a comma, "he" / "she" /
    "they", the verb, and a clause of four or more tokens before the comma ("The firm
    knew it, he continued, ..."; not "After lunch, he continued, ...")?

    >>> t = [(0, 0, w) for w in "The firm knew it , he continued ,".split()]
    >>> _inserted_pronoun_frame(t, 6), _inserted_pronoun_frame(t[2:], 4)
    (True, False)
    >>> t = [(0, 0, w) for w in "After lunch on the patio , she continued ,".split()]
    >>> _inserted_pronoun_frame(t, 7)
    False
    """
    return (
        k >= 6
        and toks[k - 2][2] == ","
        and toks[k - 1][2].lower() in ("he", "she", "they")
        and toks[0][2].lower() not in _FRAME_OPENING_PREPS
    )


# a sentence opened by one of these is an adjunct before the comma, not a clause
_FRAME_OPENING_PREPS = frozenset("after before during in on at with from since until for".split())


# what a text "reads": 'One sign read, "Farmers first."'
_WRITTEN_NOUNS = {
    "sign", "signs", "message", "messages", "banner", "banners", "placard", "placards",
    "letter", "note", "headline", "headlines", "ad", "ads", "statement", "post", "tweet",
    "caption", "poster", "posters", "shirt", "shirts", "slogan", "text", "email",
    "inscription", "website", "site", "page", "one", "another", "which", "it", "editorial",
    "document", "report", "memo", "budget", "ruling", "notice", "minutes",
}  # fmt: skip


_NOTICE_PLACE_PREPS = frozenset("on in at outside inside above over near by along behind".split())


def _written_noun_placed(toks, k):
    """Is the word before token ``k`` the end of "<written thing> <place preposition>
    (the) <one or two words>": "A sign on the door read", "a banner above the stage
    reads"?"""
    for p in range(k - 2, max(0, k - 5), -1):
        if toks[p][2].lower() in _NOTICE_PLACE_PREPS:
            return p >= 1 and toks[p - 1][2].lower() in _WRITTEN_NOUNS
        if not toks[p][2].isalpha():
            return False
    return False


# the things a body issues, whose source "from <body>" may follow ("a statement from the
# company read"); a sign or a page "from" a place is no message of that place
_ISSUED_FROM_NOUNS = frozenset(("statement", "letter", "email", "note", "message", "memo"))


def _written_noun_from(toks, k):
    """Index of "a/the <issued thing>" when the words before token ``k`` are "<issued
    thing> from (the) <one to five words>" right after a quotation and its comma
    ('"...," a statement from the company read'), else None.

    >>> toks = [(0, 0, w) for w in "\x01 a statement from the company read".split()]
    >>> _written_noun_from(toks, 6)
    1
    >>> toks = [(0, 0, w) for w in "\x01 a sign from the protest read".split()]
    >>> _written_noun_from(toks, 6) is None
    True
    """
    for p in range(k - 2, max(1, k - 8), -1):
        w = toks[p][2]
        if w.lower() == "from":
            d = p - 2
            if toks[p - 1][2].lower() not in _ISSUED_FROM_NOUNS or d < 1:
                return None
            if toks[d][2].lower() not in ("a", "the"):
                return None
            e = d - 2 if toks[d - 1][2] == "," and d >= 2 else d - 1
            return d if toks[e][2][0] == MASK else None
        if not (w[:1].isalpha() or w == "&"):
            return None
    return None


def _reads_written_quotation(c):
    """``_reads_a_quotation`` unless the written thing is a display, whose words are shown,
    not said ('A sign on the door reads "..."': ``display_texts.display_reader``)."""
    if exhibit_read_cue(c.toks, c.k):
        return False  # ('an email from a barn manager which read: "..."': the message's words)
    return _reads_a_quotation(c) and not display_reader(c.toks, c.k, c.kend)


def _reads_a_quotation(c):
    """Is the cue "read(s)" after a written thing and before a quotation block, right
    after a quotation and before a written thing ('"...," read the email'), or after a
    quotation and its reader ('"...," she read.')?"""
    toks, k, kend = c.toks, c.k, c.kend
    if (
        k >= 2
        and toks[k - 2][2][0] == MASK
        and (c.prev_tok in ("he", "she", "they") or toks[k - 1][2][:1].isupper())
        and (kend >= len(toks) or toks[kend][2] in (".", ",", ";"))
    ):
        return True  # '"...," she read.': a person reading aloud
    if _written_noun_from(toks, k) is not None:
        return True  # '"...," a statement from the company read.'
    if c.prev_tok not in _WRITTEN_NOUNS and not _written_noun_placed(toks, k):
        if not (k and toks[k - 1][2][0] == MASK):
            return False
        # '"Farmers first," read one sign': a determiner, up to two modifiers, the thing
        for j in range(kend, min(len(toks), kend + 4)):
            w = toks[j][2].lower()
            if w in _WRITTEN_NOUNS and w not in ("which", "it"):
                return j > kend or w in ("one", "another")
            if not (w in _DETS or (w.isalpha() and j > kend)):
                return False
        return False
    j = kend + 1 if kend < len(toks) and toks[kend][2] in (",", ":") else kend
    if [t[2] for t in toks[j : j + 2]] == ["in", "part"]:
        j += 3 if j + 2 < len(toks) and toks[j + 2][2] in (",", ":") else 2  # "It reads, in part:"
    if j < len(toks) and toks[j][2][0] == MASK:
        return True  # 'One sign read, "..."'
    for i in range(k - 2, max(-1, k - 7), -1):  # '"...," the email read.'
        w = toks[i][2]
        if w[0] == MASK:
            return True
        if w in (".", ";", "!", "?"):
            return False
    return False


_ISSUE_VERBS = {
    "issued", "released", "posted", "sent", "published", "put", "gave", "wrote", "unleashed",
    "fired", "filed", "aired", "ran", "launched", "shared", "signed", "delivered", "tweeted",
    "issues", "releases", "posts", "sends", "publishes", "puts", "writes", "runs", "airs",
}  # fmt: skip


_ISSUED_NOUNS = {
    "statement", "tweet", "message", "letter", "release", "post", "email", "e-mail",
    "video", "memo", "note", "response", "reply", "notice", "tweets", "messages",
    "letters", "posts", "emails", "videos", "ad", "ads", "report", "op-ed", "editorial",
    "column", "petition", "complaint", "lawsuit", "suit", "filing", "motion", "brief",
}  # fmt: skip


_QUOTED_VERBS = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}


# words that may stand between the thing issued and the cue: a time ("early Friday",
# "on Tuesday night") or a relative "that" ("a letter that says")
_ISSUE_GAP = {
    "on", "early", "late", "last", "this", "that", "which", "night", "morning", "afternoon",
    "evening", "week", "day", "earlier", "later",
}  # fmt: skip


def _issued_document_speaker(toks, k, lex):
    """Speaker span of "<X> issued a statement (on Tuesday) saying", "<X> unleashed a
    series of tweets early Friday saying", "<X> released a letter from her doctor that
    says", "<X> issued a statement after the debate saying": the subject of the verb
    that issued the document; None otherwise."""
    j = k - 1
    if _issued_event_gap(toks, k):  # "after the debate" between the noun and the cue
        j, k = k - 4, k - 3
    while (
        j >= 0
        and k - j <= 4
        and (toks[j][2].lower() in _ISSUE_GAP or toks[j][2].lower() in _TIME_WORDS)
    ):
        j -= 1
    # the document noun, possibly with a "from <NP>" after it ("a letter from her doctor")
    for d in range(j, max(-1, j - 5), -1):
        w = toks[d][2]
        if w in (",", ";", ".", MASK) or w[:1] == MASK:
            return None
        if w.lower() in _ISSUED_NOUNS:
            break
    else:
        return None
    if d < j and toks[d + 1][2].lower() not in ("from", "by", "of", "to", "on"):
        return None
    for v in range(d - 1, max(-1, d - 6), -1):
        w = toks[v][2].lower()
        if w in _ISSUE_VERBS:
            u = _before_adjuncts(toks, v)  # "Acme Inc. on Monday issued": over the time
            u += u < v and toks[u][2] == "."  # (the adjuncts may take in the name's ".")
            if _company_suffix_dot(toks, u):  # "Acme Ltd. issued": the name with its "."
                np_ = _left_np(toks, u - 1, lex)
                return None if np_ is None else _span_of(toks, (np_[0], u))
            if v > 0 and toks[v - 1][2] == "," and _company_suffix_dot(toks, v - 1):
                # "The owner, Acme Ltd., issued": the apposed name with its "."
                np_ = _left_np(toks, v - 2, lex)
                return None if np_ is None else _span_of(toks, (np_[0], v - 1))
            np_ = (
                _left_np(toks, v, lex)
                if toks[v - 1][2] != ","
                else _np_before_insertion(toks, v, lex)
            )
            return None if np_ is None else _span_of(toks, np_)
        if w in (",", ";", ".") or w[:1] == MASK:
            return None
    return None


def _company_suffix_dot(toks, v):
    """Is token ``v`` right after a company's legal form and its period ("Acme Ltd.
    issued")?

    >>> _company_suffix_dot([(0, 4, "Acme"), (5, 8, "Ltd"), (8, 9, "."), (10, 16, "issued")], 3)
    True
    """
    return (
        v >= 3
        and toks[v - 1][2] == "."
        and toks[v - 2][1] == toks[v - 1][0]
        and toks[v - 2][2].lower() in COMPANY_SUFFIXES
    )


def _digit_comma(toks, o):
    """Is the comma token ``o`` a thousands separator ("22,000")?"""
    return (
        0 < o < len(toks) - 1
        and toks[o - 1][2].isdigit()
        and toks[o + 1][2].isdigit()
        and toks[o - 1][1] == toks[o][0]
        and toks[o][1] == toks[o + 1][0]
    )


def _np_before_insertion(toks, v, lex):
    """Subject of the verb at token v when a comma insertion separates them: the
    appositive name ("Lee's aide, Jo Ruiz, issued") or the noun phrase before a
    relative clause ("Jo Ruiz, who led the party in 2001, issued") or before an
    indefinite apposition ("the Network, a group that tracks ..., issued"); None
    otherwise."""
    for o in range(v - 2, max(0, v - 40), -1):
        w = toks[o][2]
        if w in (";", ".") or w[:1] == MASK:
            return None
        if w == "," and not _digit_comma(toks, o):
            if toks[o + 1][2].lower() in ("who", "whose", "which"):
                return _left_np(toks, o, lex)
            if o + 2 == v - 1 and _issued_age_token(toks[o + 1][2]):
                return _left_np(toks, o, lex)  # "Jo Ruiz, 36, issued": the name, not 36
            if toks[o + 1][2].lower() in ("a", "an") and (np_ := _left_np(toks, o, lex)):
                return np_  # "The Network, a group that tracks ..., issued": the Network
            if _preposed_relative(toks, o + 1):
                return _left_np(toks, o, lex)  # "The league, in which the team plays, issued"
            np_ = _left_np(toks, v - 1, lex)
            if np_ is not None and np_[0] == o + 1:
                return np_
            return (o + 1, v - 1) if _insertion_is_org_name(toks, o + 1, v - 1) else None
    return None


_ISSUED_EVENT_PREPS = frozenset(("after", "following", "before", "during"))


def _issued_event_gap(toks, k):
    """Do the three tokens before the cue ``k`` name an event ("after the debate")?

    >>> _issued_event_gap([(0, 0, w) for w in "statement after the debate saying".split()], 4)
    True
    """
    return (
        k >= 4
        and toks[k - 3][2].lower() in _ISSUED_EVENT_PREPS
        and toks[k - 2][2].lower() == "the"
        and toks[k - 1][2].isalpha()
        and toks[k - 1][2].islower()
    )


def _issued_age_token(word):
    """Is ``word`` an age set off by commas after a name ("Jo Ruiz, 36, issued")?

    >>> _issued_age_token("36"), _issued_age_token("2024")
    (True, False)
    """
    return word.isdigit() and len(word) <= 3


# prepositions that open a relative clause before "which"/"whom" ("in which", "of whom")
_RELATIVE_PREPS = frozenset("in of for with at from under to by through on".split())


def _preposed_relative(toks, i):
    """Do the tokens at ``i`` open a relative clause with a preposition ("in which the
    team has played", "of whom three spoke")?

    >>> _preposed_relative([(0, 0, "in"), (0, 0, "which")], 0)
    True
    """
    return (
        i + 1 < len(toks)
        and toks[i][2].lower() in _RELATIVE_PREPS
        and toks[i + 1][2].lower() in ("which", "whom")
    )


# small words inside a capitalized organization name ("the Canadian Association of
# Small Exporters", "the Friends of the Gatineau and Rideau")
_ORG_NAME_JOINERS = {"of", "and", "for", "the", "&", "on", "in"}


def _insertion_is_org_name(toks, a, b):
    """Is toks[a:b] one capitalized name of an organization, "the" optionally first
    ("A business group, the Canadian Association of Small Exporters, issued")?"""
    if a < b and toks[a][2] in ("the", "The"):
        a += 1
    if b - a < 2 or b - a > 10 or not _is_cap(toks[a][2]) or not _is_cap(toks[b - 1][2]):
        return False
    return all(_is_cap(t[2]) or t[2].lower() in _ORG_NAME_JOINERS for t in toks[a:b])


def _statement_or_quoted_as(toks, k, lex):
    """Speaker span of "<X> issued a statement saying" (X) and of "quoted <X> as
    saying" (X), or None."""
    got = _issued_document_speaker(toks, k, lex)
    if got is not None:
        return got
    prev = toks[k - 1][2].lower() if k else ""
    if prev == "as" and (passive := _passive_quoted_subject(toks, k, lex)) is not None:
        return passive  # "Lee was quoted as saying": Lee
    if prev == "as" and k >= 3:
        np_ = _left_np(toks, k - 1, lex)
        if np_ is not None:
            for m in range(k - 3, max(-1, np_[0] - 2), -1):  # "quoted" before X
                if toks[m][2].lower() in _QUOTED_VERBS:
                    return _span_of(toks, (m + 1, k - 1))
        elif toks[k - 2][2] == "," and k >= 4:
            # "quoted a former aide, Jo Ray, as saying": the apposition's name
            np_ = _left_np(toks, k - 2, lex)
            if np_ is not None and np_[0] >= 2 and toks[np_[0] - 1][2] == ",":
                for m in range(np_[0] - 2, max(-1, np_[0] - 14), -1):  # ("quoted the owner
                    # of a Bay Street cafe, Jo Ray, as saying": twelve words for the role)
                    w = toks[m][2]
                    if w.lower() in _QUOTED_VERBS:
                        return _span_of(toks, quoted_object_part(toks, k) or np_)
                    if w in (",", ";", ".") or w[:1] == MASK:
                        break
        # "quoted one of its members, a nurse in Gimli, as saying", "quoted her as saying"
        if (part := quoted_object_part(toks, k)) is not None:
            return _span_of(toks, part)
    return None


_PASSIVE_BE = frozenset("was were is are be been being".split())

# a short phrase between a passive "quoted" and "as saying": the one who quoted ("by the
# paper") or where ("in the Gazette", "on the radio"); the subject stays the speaker
_PASSIVE_QUOTED_PREPS = frozenset(("by", "in", "on"))


def _passive_quoted_subject(toks, k, lex):
    """Speaker span of the passive "<X> was quoted as saying" before the cue at token
    ``k`` (also "was widely quoted", "was quoted by the paper as saying", "was quoted in
    the Gazette as saying", "is cited as saying"): the subject before the form of "be";
    None otherwise."""
    m = k - 2
    while m >= 2 and k - m <= 7 and toks[m][2].lower() not in ("quoted", "cited"):
        if toks[m][2] in (",", ";", ".") or toks[m][2][:1] == MASK:
            return None
        m -= 1
    if m < 2 or toks[m][2].lower() not in ("quoted", "cited"):
        return None
    if m != k - 2 and toks[m + 1][2] not in _PASSIVE_QUOTED_PREPS:
        return None  # ("was quoted by the paper / in the Gazette as saying": X is quoted)
    b = m - 1
    if toks[b][2].lower() in ("widely", "also", "later", "once", "previously", "then"):
        b -= 1
    if b < 1 or toks[b][2].lower() not in _PASSIVE_BE:
        return None
    if toks[b][2].lower() in ("be", "been") and b >= 2 and toks[b - 1][2].isalpha():
        b -= 1  # "has been quoted", "could be quoted"
    if b >= 2 and toks[b - 1][2] == ",":
        b -= 1  # "the chair, Ann Roe, was quoted": the name before the comma
        b = _participle_insertion_start(toks, b)  # "Roe, reached in Sudbury, was quoted"
    np_ = _left_np(toks, b, lex)
    return None if np_ is None else _span_of(toks, np_)


def _participle_insertion_start(toks, b):
    """Index of the comma that opens a participle phrase or a relative clause
    ("who ...", "whose ...", an apposition after it included) closed by the comma at
    ``b`` ("Ann Roe, reached at a bonspiel in Sudbury, was quoted"; "Ann Roe, who owns
    a bakery, the largest in town, was quoted": the comma after "Roe"), so the subject
    is read before it; ``b`` itself otherwise ("the chair, Ann Roe, was quoted").

    >>> t = [(0, 0, w) for w in "Ann Roe , reached in Sudbury , was quoted".split()]
    >>> _participle_insertion_start(t, 5), _participle_insertion_start(t[3:], 2)
    (2, 2)
    >>> t = [(0, 0, w) for w in "Ann Roe , who owns it , the mill , was quoted".split()]
    >>> _participle_insertion_start(t, 10)
    2
    """
    first = True
    for j in range(b - 2, max(0, b - 24), -1):
        w = toks[j][2]
        if w in (";", ".", "!", "?") or w[:1] == MASK:
            return b
        if w != ",":
            continue
        nxt = toks[j + 1][2]
        if j >= 1 and nxt in ("who", "whose"):
            return j  # "Ann Roe, who owns a bakery, the largest in town, was quoted"
        participle = nxt.endswith(("ed", "ing")) or nxt in _IRREGULAR_PAST
        if first and j >= b - 13 and j >= 1 and nxt.isalpha() and nxt.islower() and participle:
            return j
        first = False  # (a farther comma counts only when a relative clause opens there)
    return b


def _progressive_aux(c):
    """Index of the auxiliary of a progressive cue ("Lee is warning", "Lee is already
    claiming", "Lee keeps saying"), -1 when the cue is no progressive."""
    toks, k = c.toks, c.k
    if not c.form.endswith("ing"):
        return -1
    j = k - 1
    if j >= 1 and _skips_before_cue(toks[j][2]) and toks[j][2].lower() not in _PROG_AUX:
        j -= 1  # "is already claiming", "is now saying"
    if j >= 1 and toks[j][2].lower() in _PROG_AUX and toks[j - 1][2] not in (";", MASK):
        return j  # (after a comma: "Lee, who won, is warning that")
    return -1


def _progressive_with_content(c):
    """Is a noun-like -ing cue a progressive verb with a clause or a quotation after
    it ("Lee is warning (voters) that ...", not "the worry is warning signs")?"""
    if _progressive_aux(c) < 0:
        return False
    after = c.toks[c.kend : c.kend + 5]
    return bool(after) and (after[0][2][0] == MASK or any(t[2].lower() == "that" for t in after))


# words after which an -ing cue is a gerund of the sentence's subject ("after saying",
# "since announcing", "despite admitting"); "aside from" and "in addition to" below
_GERUND_PREPS = {
    "and", "but", "while", "before", "after", "by", "since", "despite", "besides", "upon",
}  # fmt: skip


def _after_gerund_prep(prev_tok, prev2):
    """Is an -ing cue after ``prev_tok`` (``prev2`` before it) a gerund whose speaker
    is the sentence subject ("Lee, since announcing ...", "aside from saying")?"""
    return (
        prev_tok in _GERUND_PREPS
        or (prev_tok == "from" and prev2 == "aside")
        or (prev_tok == "to" and prev2 == "addition")
    )


def _char_before_last(text, end):
    """``text[:end].rstrip()[-2:-1]`` without copying the text before ``end`` (a
    copy per cue made 100,000 '"...," saying' quadratic); before a closing mark of two
    apostrophes ('it,'' adding') the character before both."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j >= 3 and text[j - 2 : j] == "''":
        j -= 1
    return text[j - 2] if j >= 2 else ""
