"""What was noticed while loading, in one line (read/summary.py)."""

from newsframe.read import corpus, summary


def test_error_codes_are_warning_codes_and_the_seed_line_counts_them(seed_articles):
    assert set(summary.ERROR_CODES) <= set(summary.WARNING_CODES)
    assert summary.warning_summary(corpus.load_corpus()) == (
        "5 articles (2 ok, 3 warning, 0 error); warnings: later_date_in_text=1, "
        "no_publication_date=1, no_title=1, weekday_mismatch=1")
