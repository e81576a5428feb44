"""One memo per article for scans that rules would otherwise repeat once per quotation.

A rule that reads the whole article to answer a question asked once per quotation
("is this word written as a place?", "which full name of this surname is a woman's?")
stores the answer in the article's ``scan_memo`` (a dict on ``mentions._ArticleNames``,
one per article, dropped with it), keyed by the rule's name and the question. This
module owns that idiom, so every such rule reads and writes the memo the same way; an
object with no ``scan_memo`` (a doctest's stand-in) scans every time.
"""

from __future__ import annotations


def article_memo(an, rule, key, scan):
    """``scan()`` once per article, rule and key (``an.scan_memo[rule][key]``).

    >>> class _A:
    ...     scan_memo = {}
    >>> article_memo(_A, "r", "k", lambda: 1), article_memo(_A, "r", "k", lambda: 2)
    (1, 1)
    >>> class _NoMemo:
    ...     pass
    >>> article_memo(_NoMemo, "r", "k", lambda: 3)
    3
    """
    memo = getattr(an, "scan_memo", None)
    if memo is None:
        return scan()
    rule_memo = memo.setdefault(rule, {})
    if key not in rule_memo:
        rule_memo[key] = scan()
    return rule_memo[key]
