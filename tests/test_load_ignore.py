"""A corpus folder can list non-article files in ``.newslensignore``; a joined
metadata side table is a notice in the load report, not a warning."""

import json
import warnings

import analysis


def _corpus(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps(
            {
                "article_id": "x1",
                "title": "T",
                "source": "S",
                "text": "The council met. It adjourned.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "gold_counts.csv").write_text(
        "article_id,speaker,quotes\nx1,Ann Lee,2\n", encoding="utf-8"
    )
    return tmp_path


def test_unlisted_table_is_reported(tmp_path):
    corpus = _corpus(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = analysis.load_articles(corpus)
    assert list(arts["article_id"]) == ["x1"]
    report = analysis.load_report(arts)
    assert report["path"].str.endswith("gold_counts.csv").any()
    assert any("problem" in str(w.message) for w in caught)


def test_newslensignore_skips_listed_files(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / ".newslensignore").write_text("# gold tables\ngold_*.csv\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        arts = analysis.load_articles(corpus)
    assert list(arts["article_id"]) == ["x1"]
    assert len(analysis.load_report(arts)) == 0


def test_metadata_join_is_a_notice_not_a_warning(tmp_path):
    (tmp_path / "story-one.txt").write_text(
        "Ferry Returns\n\nThe ferry returned to the harbor on Monday. Crowds cheered.\n",
        encoding="utf-8",
    )
    (tmp_path / "metadata.csv").write_text(
        "filename,title,source,published\nstory-one,Ferry Returns,Harbor Post,2025-02-03\n",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        arts = analysis.load_articles(tmp_path)
    assert arts.loc[0, "source"] == "Harbor Post"
    assert arts.loc[0, "text"].startswith("The ferry returned")  # title line not repeated
    assert str(arts.loc[0, "published"].date()) == "2025-02-03"
    report = analysis.load_report(arts)
    assert len(report) == 1 and report.loc[0, "action"].startswith("joined")
