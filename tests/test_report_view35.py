"""view35: what a user sees: no web markup among terms/topics, the outlet tone chart's
minimum, notebook 03's colours and table looks. Sentences are written for these tests."""

from __future__ import annotations

import pandas as pd

from analysis import _tokens as tok
from analysis import terms, topic_model

STOP = tok.default_stopwords()


def _words(text: str) -> list[str]:
    return tok.words(text, STOP)


def test_image_tag_leaves_no_words():
    text = (
        'The mayor opened the bridge. <figure class="wp-block-image"><img src="https://'
        'www.example.gov/wp-content/uploads/2024/05/bridge.jpg?w=640" loading="lazy" '
        'srcset="https://www.example.gov/wp-content/uploads/2024/05/bridge.jpg 800w" '
        'width="800" height="600" /></figure> Traffic moved again.'
    )
    assert _words(text) == ["mayor", "opened", "bridge", "traffic", "moved"]


def test_urls_emails_domains_and_files_are_breaks():
    assert _words("Read the plan at https://example.org/plan/full-text.") == ["read", "plan"]
    assert _words("Apply at www.grants.example.gov or call.") == ["apply", "call"]
    assert _words("Write to press-desk@agency.example.gov for details.") == ["write", "details"]
    assert _words("The chart, harbour-map.png, shows ports.") == ["chart", "shows", "ports"]
    assert _words("Open the budget.pdf attachment") == ["open", "attachment"]  # dropped whole


def test_address_is_a_break_for_phrases():
    # "visit ... harbour" must not become adjacent words once the address is gone
    toks, _, names = tok.encode_corpus(["Visit www.harbour.example.com harbour"], STOP)
    shown = [names[t] if t >= 0 else "|" for t in toks]
    assert shown == ["visit", "|", "harbour"]


def test_entities_dropped_ordinary_words_kept():
    assert _words("Councillor&nbsp;Vance spoke about R&amp;D.") == ["councillor", "vance", "spoke"]
    # abbreviations, decimals and comparisons are not markup
    assert _words("The U.S. rate rose 3.5 percent, while a < b and c > d.") == [
        "u.s.",
        "rate",
        "rose",
        "percent",
    ]
    assert _words("Officials in Washington met e.g. the U.N. envoy.") == [
        "officials",
        "washington",
        "met",
        "u.n.",
        "envoy",
    ]


def test_both_token_paths_agree_on_markup():
    texts = [
        "Ports <b>reopened</b> today, see https://ports.example.net/a?b=1 and map.jpg.",
        "Contact ops@example.org; the ferry.example.com site lists ferries.",
    ]
    codes, uniques, lengths = tok._word_codes(texts)
    fast = [uniques[c] for c in codes]
    slow = [w for t in texts for w in tok._WORD_RE.findall(tok.normalise(t))]
    assert fast == slow
    assert not {"https", "jpg", "com", "org", "net", "example"} & set(fast)


def test_word_count_table_and_topics_skip_markup():
    text = 'Harbour cranes <img src="https://cdn.example.com/uploads/crane.jpg" width="9"> moved.'
    tab = tok.word_count_table(["a"], [text]).to_pydict()
    assert sorted(tab["term"]) == ["cranes", "harbour", "moved"]
    arts = pd.DataFrame(
        {
            "article_id": [f"d{i}" for i in range(6)],
            "text": [text.replace("Harbour", w) for w in ("harbour", "river", "canal") * 2],
        }
    )
    res = topic_model.topics(arts, k=2)
    assert not {"https", "jpg", "width", "uploads", "cdn"} & set(res.terms["term"])
    counts = terms.term_counts(arts)
    assert not {"https", "jpg", "width", "uploads", "cdn"} & set(counts["term"])
