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


# ---- notebook 02: outlets below a minimum are left out, and the title says so ----------


def test_tone_distribution_leaves_out_small_outlets_and_says_so():
    import matplotlib.pyplot as plt

    from analysis import plots

    tone = pd.DataFrame(
        {
            "source": ["Harbor"] * 6 + ["Valley"] * 5 + ["Lone"],
            "mean_compound": [0.1, -0.1, 0.2, 0.0, 0.3, -0.2, 0.1, 0.1, 0.2, -0.3, 0.0, 0.9],
        }
    )
    ax = plots.tone_distribution(data=tone, hue="source", min_rows=5, unit="articles")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith("Harbor (n=6)") for t in legend)
    assert any(t.startswith("Valley (n=5)") for t in legend)
    assert not any("Lone" in t for t in legend)
    assert ax.get_title().endswith("1 outlet with fewer than 5 articles left out")
    # default: every outlet drawn, the title unchanged
    ax = plots.tone_distribution(data=tone, hue="source")
    assert any("Lone" in t.get_text() for t in ax.get_legend().get_texts())
    assert "left out" not in ax.get_title()
    # nothing reaches the minimum: a message, not an empty chart
    ax = plots.tone_distribution(data=tone, hue="source", min_rows=50, unit="articles")
    assert "no outlet has 50 articles or more" in " ".join(t.get_text() for t in ax.texts)
    plt.close("all")


def test_notebook_02_states_the_minimum():
    import json
    from pathlib import Path

    nb_path = Path(__file__).resolve().parents[1] / "notebooks" / "02-sentiment.ipynb"
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"]]
    assert "min_articles = 5" in cells[1]
    assert any(
        "min_articles" in c and c_type == "markdown"
        for c, c_type in zip(cells, [c["cell_type"] for c in nb["cells"]], strict=True)
    )
    assert sum("min_rows=min_articles" in c for c in cells) == 2


# ---- notebook 03: colours visible on white; tables of text as on the report page -------


def _contrast_on_white(hex_color: str) -> float:
    from matplotlib.colors import to_rgb

    def lin(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in to_rgb(hex_color))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_group_palette_has_no_pale_colours_first():
    from analysis.plots import _base

    # the first 16 colours (6 outlets + 10 speakers) all read on white
    assert all(_contrast_on_white(c) >= 2.5 for c in _base.PALETTE[:16]), [
        (c, round(_contrast_on_white(c), 2)) for c in _base.PALETTE
    ]
    assert all(_contrast_on_white(c) >= 2.0 for c in _base.PALETTE)
    assert len(set(_base.PALETTE)) == len(_base.PALETTE)


def test_readable_table_hides_row_numbers_and_left_aligns_text():
    from analysis import report

    lines = pd.DataFrame(
        {
            "article_id": ["harbor-1", "valley-2"],
            "left": ["the ferry crossed the", "a second\n\nferry"],
            "match": ["harbour", "harbour"],
            "right": ["before dawn", "at noon"],
        },
        index=[7, 3],
    )
    html = report.readable(lines)._repr_html_()
    assert "<th>7</th>" not in html and "<th>3</th>" not in html
    assert 'style="text-align:left">harbour</td>' in html
    assert 'style="text-align:left">before dawn</td>' in html
    assert "<td>the ferry crossed the</td>" in html  # context before the keyword: right
    assert "a second ferry" in html  # one line
    assert report.tidy_tables(html) == html  # the report page leaves it as it is
    assert "harbor-1" in repr(report.readable(lines))
