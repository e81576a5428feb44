"""Link lines (``without_link_lines``): a paragraph that opens with a label pointing to
another story ("Read more: Rural doctors say rates have not moved", "RELATED: ...";
``resources/link_line_labels.txt``) is the headline of a link, boilerplate like a photo
caption, so no quote row starts inside it, whatever reporting verb its words hold."""

from __future__ import annotations

import re

from .lexicon import _lines

_LABELS = tuple(_lines("link_line_labels.txt"))
# the cheap probes: the label and its colon as written or in upper case
_PROBES = tuple(p for lab in _LABELS for p in (lab + ":", lab.upper() + ":"))
# the probes as one regex (kept for the tests of session 34; ``has_probe`` is cheaper)
_PROBE_RE = re.compile("|".join(re.escape(p) for p in _PROBES))
_LINE_RE = re.compile(
    r"(?:\A|\n)[ \t]*(?:"
    + "|".join(re.escape(p) for lab in _LABELS for p in dict.fromkeys((lab, lab.upper())))
    + r")[ \t]*:[^\n]*"
)


def link_line_spans(text):
    """(start, end) of each link line of ``text``: a line opening with a link label and
    its colon.

    >>> t = "Roe said no.\\n\\nRead more: Crews say the road will reopen\\n\\nMore text."
    >>> [t[s:e].strip() for s, e in link_line_spans(t)]
    ['Read more: Crews say the road will reopen']
    >>> link_line_spans("He said we should read more: it helps.")
    []
    """
    if not has_probe(text, _PROBES):
        return []  # (most texts hold no probe)
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text)]


def has_probe(text, probes):
    """Does ``text`` hold one of ``probes`` (strings that each end with a colon)? Each
    colon is tested for a probe ending there (``str.endswith`` with the tuple), one
    scan instead of a scan per probe (or a regex tried at every position).

    >>> has_probe("He said: Read more: here", ("Read more:", "RELATED:"))
    True
    >>> has_probe("Read more about it: no", ("Read more:",)), has_probe("", ("A:",))
    (False, False)

    A text with more colons than twice the probes (hostile: ": : : ...") is read once
    per probe instead (``in``): a loop over its colons would cost more.
    """
    if text.count(":") > 2 * len(probes):
        return any(p in text for p in probes)
    i = text.find(":")
    while i >= 0:
        if text.endswith(probes, 0, i + 1):
            return True
        i = text.find(":", i + 1)
    return False


def without_link_lines(text, quotes):
    """``quotes`` (objects with ``start``) without those that start inside a link line.

    >>> from types import SimpleNamespace as N
    >>> t = "A.\\nRELATED: Mayor says budget is tight\\n"
    >>> [q.start for q in without_link_lines(t, [N(start=0), N(start=t.index("budget"))])]
    [0]
    """
    return outside_spans(quotes, link_line_spans(text))


def outside_spans(quotes, spans):
    """``quotes`` (objects with ``start``) whose start lies in none of ``spans`` ((start,
    end) pairs); ``quotes`` itself when there are no spans.

    >>> from types import SimpleNamespace as N
    >>> [q.start for q in outside_spans([N(start=0), N(start=5)], [(4, 9)])]
    [0]
    """
    if not spans:
        return quotes
    return [q for q in quotes if not any(s <= q.start < e for s, e in spans)]
