"""Modal reports: a speech verb after a modal that still reports what was said. "NAME
would say only that A" ("would only say that A") is a reply limited to A, a quote, not a
guess ("critics would say the plan fails" stays no row, in ``idioms._negated``).
"""

from __future__ import annotations

from .blocks import MASK


def _content_opens(w: str) -> bool:
    """Does the token ``w`` open reported content ("that", a masked quotation, a colon)?

    >>> _content_opens("that"), _content_opens("no")
    (True, False)
    """
    return w == "that" or w[:1] == MASK or w == ":"


_ONLY_MODALS = frozenset(("would", "will", "could"))


def modal_said_only(c) -> bool:
    """Is the cue "say" / "tell" in "would say only that A", "would only say that A" (or
    "would say only: A", "will only tell reporters that A"): a reply the speaker gave,
    limited to A (``c`` is a ``cues.Cue``-like object with ``toks``, ``k``, ``kend``,
    ``form``, ``lemma``, ``prev_tok`` and ``prev2``)?

    >>> from types import SimpleNamespace as NS
    >>> ws = "Roe would say only that talks continue".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> modal_said_only(NS(toks=toks, k=2, kend=3, form="say", prev_tok="would", prev2="Roe"))
    True
    >>> ws = "Roe would only say that talks continue".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> modal_said_only(NS(toks=toks, k=3, kend=4, form="say", prev_tok="only", prev2="would"))
    True
    >>> ws = "critics would say the plan fails".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> modal_said_only(NS(toks=toks, k=2, kend=3, form="say", prev_tok="would", prev2="critics"))
    False
    """
    if c.prev_tok == "only" and c.prev2 in _ONLY_MODALS and c.form in ("say", "tell"):
        return _only_content_after(c.toks, c.kend, c.form == "tell")  # "would only say that A"
    if c.form != "say":
        return False
    toks, kend = c.toks, c.kend
    nxt = toks[kend][2].lower() if kend < len(toks) else ""
    return (
        c.prev_tok == "would"
        and nxt == "only"
        and kend + 1 < len(toks)
        and _content_opens(toks[kend + 1][2].lower())
    )


def _only_content_after(toks, kend, listener):
    """Does content open at token ``kend`` (or within three words, past a listener, when
    ``listener``: "tell reporters that")?

    >>> _only_content_after([(0, 0, w) for w in "tell reporters that".split()], 1, True)
    True
    >>> _only_content_after([(0, 0, w) for w in "say the plan".split()], 1, False)
    False
    """
    for t in toks[kend : kend + (4 if listener else 1)]:
        if _content_opens(t[2].lower()):
            return True
    return False


# verbs whose future form announces a position a party will put to a hearing ("will
# argue that", "will testify that"), not a guess
_FUTURE_REPORT_LEMMAS = frozenset(("argue", "contend", "testify"))
_FUTURE_STOPS = frozenset((",", ".", ";", ":", "?", "!", "if", "whether"))


def modal_future_report(c) -> bool:
    """Is the cue "will argue" / "will contend" / "will testify" with "that" within ten
    words and no comma before it ("The union will argue at a hearing in March that A"):
    a position announced for a hearing, a report?

    >>> from types import SimpleNamespace as NS
    >>> ws = "Roe will argue at trial that the deal is void".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> modal_future_report(NS(toks=toks, k=2, kend=3, lemma="argue", prev_tok="will"))
    True
    >>> ws = "Roe will argue , if asked , that".split()
    >>> toks = [(0, 0, w) for w in ws]
    >>> modal_future_report(NS(toks=toks, k=2, kend=3, lemma="argue", prev_tok="will"))
    False
    """
    if c.prev_tok != "will" or c.lemma not in _FUTURE_REPORT_LEMMAS:
        return False
    for t in c.toks[c.kend : c.kend + 10]:
        w = t[2].lower()
        if w == "that":
            return True
        if w in _FUTURE_STOPS or w[:1] == MASK:
            return False
    return False
