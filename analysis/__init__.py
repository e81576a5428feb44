"""newslens' analysis package: load a news corpus into tidy pandas frames and
compute tone, who is quoted, and what the coverage is about.

The data flow, one frame per step (every offset indexes the article's ``text``)::

    articles  = load_articles("data/sample")        # one row per article
    sentences = split_sentences(articles)           # one row per sentence
    tone      = score_sentiment(sentences)          # + neg/neu/pos/compound
    quotes    = extract_quotes(articles)            # one row per attributed statement
    speakers  = speaker_counts(resolve_speakers(quotes, articles))
    terms     = top_terms(articles, n=20)           # what the coverage is about
    plots.tone_over_time(data=article_tone(tone, articles))   # -> matplotlib Axes

``open_corpus(corpus)`` loads and analyses a corpus once, cached, and hands
out every frame the notebooks chart; ``analyze(articles)`` runs sentences, sentiment, quotes and terms in one call,
in parallel and cached; ``python -m analysis report CORPUS --out DIR`` runs
every notebook headless and writes an HTML report with the data behind each
chart as CSV.
"""

from __future__ import annotations

from ._version import __version__

# ruff: noqa: I001  (imports follow the data flow, not the alphabet)
# articles: load and clean
from .load import load_articles, load_report
from . import corpus

# sentences -> tone
from .sentences import attach_text, split_sentences
from .sentiment import score_sentiment, article_tone, tone_by, speaker_tone, sentiment_toward
from .sentiment import extreme_sentences

# quotes -> speakers
from .quotes import extract_quotes
from .speakers import resolve_speakers, speaker_counts

# terms and topics
from .terms import tokenize, term_counts, top_terms, distinctive_terms, kwic
from .topic_model import topics, topics_over_time, topic_shares, choose_k

# everything at once, cached; charts; the report
from .pipeline import analyze
from .session import open_corpus
from . import plots
from .report import save_table
from .wording import counted

__all__ = [
    "__version__",
    "plots",
    "corpus",
    "load_articles",
    "load_report",
    "save_table",
    "counted",
    "split_sentences",
    "attach_text",
    "score_sentiment",
    "article_tone",
    "tone_by",
    "speaker_tone",
    "sentiment_toward",
    "extreme_sentences",
    "extract_quotes",
    "resolve_speakers",
    "speaker_counts",
    "tokenize",
    "term_counts",
    "top_terms",
    "distinctive_terms",
    "kwic",
    "topics",
    "topics_over_time",
    "topic_shares",
    "choose_k",
    "analyze",
    "open_corpus",
]
