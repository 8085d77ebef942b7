"""Antecedents of pronouns, descriptions, titles and surnames; work bounded by a look-back."""

import pandas as pd

import newsframe as nf
from newsframe.annotate import coreference, scopes


def test_an_antecedent_is_looked_for_in_the_last_mentions_only():
    calls = []
    speakers = list(range(10 * coreference.LOOKBACK))

    def never(item):
        calls.append(item)
        return False
    assert coreference.last(speakers, never) is None
    assert len(calls) == coreference.LOOKBACK and calls[0] == speakers[-1]
    assert coreference.last(speakers, lambda item: item % 7 == 0) == speakers[-1] // 7 * 7


def test_a_bare_surname_takes_the_last_full_name_before_it_else_the_first():
    for body, expected in [
            ("Jake Sullivan tiba. Jane Sullivan datang. Menurut Sullivan, AS yakin.",
             "Jane Sullivan"),
            ("Menurut Sullivan, AS yakin. Jake Sullivan tiba. Jane Sullivan datang.",
             "Jake Sullivan")]:
        rows = nf.extract_attributions(pd.DataFrame({"article_id": ["a"], "body": [body]}))
        assert rows[["source", "resolved_by"]].values.tolist() == [
            [expected, "surname: Sullivan"]]


def test_a_pronoun_takes_the_last_person_who_spoke():
    rows = nf.extract_attributions(pd.DataFrame({"article_id": ["a"], "body": [
        "Rina Hartono mengatakan stok cukup. Dinas Pangan setuju. Ia menambahkan harga turun."]}))
    assert rows[["source", "resolved_by"]].values.tolist()[-1] == ["Rina Hartono", "pronoun: Ia"]


def test_repeating_an_article_repeats_its_work_not_more(seed_articles):
    # the antecedent tests of two more copies of the seeds are those of the two before
    # (once the look-back is full): the work grows with the text, not with its square
    calls = []
    last = coreference.last

    def counted(items, test):
        return last(items, lambda item: calls.append(1) or test(item))
    body = "\n\n".join(seed_articles["body"])
    work = []
    for repeats in (4, 6, 8):
        calls.clear()
        coreference.last = counted
        try:
            scopes.analyse("\n\n".join([body] * repeats) + "\n\nAkhir.")
        finally:
            coreference.last = last
        work.append(len(calls))
    assert work[2] - work[1] < 1.1 * (work[1] - work[0])
