"""An organisation named "<Org> of <Place>" right before a title and a name ("Bank of
Canada Governor Ann Roe") ends before the title: "the bank said" is the Bank of Canada,
not "Bank of Canada Governor Ann". Sentences written for this test."""

import pandas as pd

import analysis


def _rows(text):
    arts = pd.DataFrame({"article_id": ["t"], "text": [text], "title": [""], "source": ["x"]})
    return analysis.extract_quotes(arts)


def test_the_bank_is_the_bank_not_its_governor():
    q = _rows(
        "Bank of Fernland Governor Ruth Achterberg said Tuesday that rates would hold. "
        '"We are patient," Achterberg said.\n\n'
        "The bank said in its statement that prices were cooling."
    )
    assert q["speaker"].tolist() == ["Ruth Achterberg", "Ruth Achterberg", "Bank of Fernland"]


def test_the_union_is_the_union_not_its_president():
    q = _rows(
        "Union of Fernland Mill Workers President Dora Villeneuve said the strike would go on.\n\n"
        "The union said in a release that talks were set for June."
    )
    assert q["speaker"].tolist() == ["Dora Villeneuve", "Union of Fernland Mill Workers"]


def test_a_name_of_three_words_after_of_is_kept_whole():
    q = _rows(
        "The Bank of Upper Fernland Province said Monday it would cut rates. "
        "The bank said the cut was small."
    )
    assert set(q["speaker"]) == {"Bank of Upper Fernland Province"}
