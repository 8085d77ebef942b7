"""Sentences and paragraphs with offsets, on the seeds' tricky punctuation."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsframe.lang import text

from ..conftest import SEED_IDS


def test_sentences_keep_numbers_abbreviations_and_quotes_together():
    body = ('Korea Utara mengirim 1.000 kontainer. "Kami mengutuk," kata Kirby. '
            "Dr. Lee tiba di Washington D.C. pada Senin.")
    assert [body[s:e] for s, e in text.split_sentences(body)] == [
        "Korea Utara mengirim 1.000 kontainer.",
        '"Kami mengutuk," kata Kirby.',
        "Dr. Lee tiba di Washington D.C. pada Senin.",
    ]


def test_sentences_never_cross_paragraphs_and_offsets_point_at_text(seed_articles):
    for body in seed_articles["body"]:
        paragraphs = text.split_paragraphs(body)
        for start, end in text.split_sentences(body):
            assert body[start:end].strip() == body[start:end] != ""
            assert text.enclosing_span(paragraphs, start) == text.enclosing_span(paragraphs,
                                                                                 end - 1)


def test_seed_sentence_split_on_closing_curly_quote(seed_articles):
    sentences = text.sentence_table(seed_articles)
    kompas = sentences[sentences["article_id"] == SEED_IDS["kompastv"]]["sentence"].tolist()
    assert any(s.startswith('"Kami tidak percaya') and s.endswith("The Associated Press.")
               for s in kompas)
    assert "AS. daratan." in " ".join(sentences["sentence"])  # lower-case next word: no split


def test_sentence_table_columns_and_types(seed_articles):
    table = text.sentence_table(seed_articles)
    assert list(table.columns) == ["article_id", "paragraph", "sentence_no", "start", "end",
                                   "sentence"]
    assert str(table["start"].dtype) == "int64"
    assert table.groupby("article_id").size().min() >= 9


@given(st.text(max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_last_word_is_the_regex_word_run_before_end(value, start, end):
    import re

    from newsframe.lang.text import _last_word
    start, end = min(start, len(value)), min(max(start, end), len(value))
    word = re.search(r"(\w+)\Z", value[start:end])  # "$" would also match before a last "\n"
    assert _last_word(value, start, end) == (word.group(1) if word else "")


def test_a_full_stop_without_its_space_still_ends_a_sentence():
    body = ("Kapal itu tiba tahun ini.Mengutip data Reuters, jumlahnya besar. "
            "Situs Kompas.com dan KOMPAS.TV memberitakan U.S. Army dan Dr.Lee.")
    spans = text.split_sentences(body)
    assert [body[s:e] for s, e in spans] == [
        "Kapal itu tiba tahun ini.", "Mengutip data Reuters, jumlahnya besar.",
        "Situs Kompas.com dan KOMPAS.TV memberitakan U.S. Army dan Dr.Lee."]
    assert all(body[s:e] == body[s:e].strip() for s, e in spans)  # offsets into the text


@given(st.text(alphabet=st.sampled_from(list("abc ABC.,!?\n\"")), max_size=80))
def test_sentences_are_ordered_non_overlapping_slices(body):
    spans = text.split_sentences(body)
    assert all(0 <= s < e <= len(body) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_muhammad_shortened_ends_no_sentence():
    body = "Hal itu disampaikan Kepala Seksi Moh. Rifai di Sukamaju. Muh. Amin setuju."
    assert [body[s:e] for s, e in text.split_sentences(body)] == [
        "Hal itu disampaikan Kepala Seksi Moh. Rifai di Sukamaju.", "Muh. Amin setuju."]


# the sentence boundary as it was written before its look-behind moved after the full stop
_BOUNDARY_BEFORE = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])"
                              r"|(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})")


@given(st.lists(st.sampled_from(["ab", "abc", "Def", "GH", "x", ".", "!", "?", " ", "\n",
                                 '"', "”", ")", "(", "7", "ke", "Ini"]), max_size=30),
       st.integers(0, 5), st.integers(0, 40))
def test_the_boundary_finds_what_its_look_behind_form_found(words, start, length):
    sample = "".join(words)
    end = min(len(sample), start + length)
    assert [m.span() for m in text._BOUNDARY.finditer(sample, start, end)] == \
        [m.span() for m in _BOUNDARY_BEFORE.finditer(sample, start, end)]


def test_a_shortened_english_month_before_a_day_ends_no_sentence():
    body = "The toll from the Jan. 9 flood rose. It fell in Dec. Rain came."
    assert [body[s:e] for s, e in text.split_sentences(body)] == [
        "The toll from the Jan. 9 flood rose.", "It fell in Dec.", "Rain came."]
