"""What went wrong or was noticed while loading: the warning codes a row can carry, the ones
that make it an error, and a one-line summary naming what was skipped or not read.

>>> sorted(ERROR_CODES)[:3]
['bad_record', 'binary', 'empty']
"""

import pandas as pd

WARNING_CODES = {
    "empty": "file is empty or whitespace only (status error)",
    "binary": "file looks binary, not text (status error)",
    "unreadable": "file could not be read (status error; error_detail says why)",
    "unreadable_folder": "a folder of the corpus could not be listed (status error)",
    "outside_corpus": "symbolic link to a file outside the corpus folder: not read "
                      "(status error)",
    "not_regular_file": "a FIFO, socket or device, not a file: not read (status error)",
    "too_large": "file larger than newsframe.read.files.MAX_FILE_BYTES: not read "
                 "(status error)",
    "missing_text": "record has no text, and no saved page has its URL (status error)",
    "bad_record": "export record that could not be parsed: the parser's message is in "
                  "error_detail (status error)",
    "duplicate_id": "id already taken by an earlier row (two files with one stem, a "
                    "repeated export id): this one got a suffix ~2, ~3, …",
    "html_extracted": "a saved web page: the article text extracted (trafilatura), its "
                      "metadata read from the page",
    "page_too_large": "a saved web page too large or with too many tags for the article "
                      "extractor: its markup removed as for any text, its metadata not read",
    "unparsed_date": "the record's or manifest's publication date is not a date",
    "utf8_bom": "UTF-8 byte-order mark removed",
    "crlf": "Windows line endings normalised",
    "decoded_cp1252": "not UTF-8; decoded as cp1252",
    "decoded_latin1": "not UTF-8; decoded as latin-1",
    "html_stripped": "HTML markup removed",
    "duplicate": "same text as an earlier article (see duplicate_of)",
    "no_title": "no headline line found",
    "no_outlet": "outlet not recognised",
    "no_publication_date": "no publication date found in text or manifest",
    "weekday_mismatch": "stated weekday does not match the date",
    "long_line": "a line longer than 100,000 characters",
    "not_indonesian": "text in a language newsframe has no rules for (it reads Indonesian "
                      "and English): few of its figures, dates and speakers are found",
    "later_date_in_text": "the text names a day up to a week after the lead's date: the "
                          "article was probably published later than the date shown",
    "published_inferred": "no dated masthead or lead: the date shown is the latest full "
                          "date the text names, so the article appeared that day or later",
    "evidence_dropped": "an annotation whose offsets did not point at its words was left out "
                        "of the tables (the article's other rows are kept)",
    "annotation_failed": "annotating this article raised an error (in error_detail): it has "
                         "no rows in the tables, the other articles are annotated as usual "
                         "(status error)",
}


# the codes that make a row an error (it has no text to annotate)
ERROR_CODES = ("empty", "binary", "unreadable", "unreadable_folder", "outside_corpus",
               "not_regular_file", "too_large", "missing_text", "bad_record")


def warning_summary(articles: pd.DataFrame, names: int = 10) -> str:
    """One line: counts of rows by status and of each warning code, then, by name and why,
    the files skipped (no articles), the rows not read and the export rows without text
    (``names`` of each at most).

    >>> from newsframe.read.corpus import load_corpus
    >>> warning_summary(load_corpus())  # doctest: +NORMALIZE_WHITESPACE
    '5 articles (2 ok, 3 warning, 0 error); warnings: later_date_in_text=1,
    no_publication_date=1, no_title=1, weekday_mismatch=1'
    """
    status = articles["status"].value_counts()
    codes = articles["warnings"].str.split(";").explode()
    codes = codes[codes.notna() & (codes != "")].value_counts().sort_index()
    parts = ", ".join(f"{code}={count}" for code, count in codes.items()) or "none"
    line = (f"{len(articles)} articles ({status.get('ok', 0)} ok, {status.get('warning', 0)} "
            f"warning, {status.get('error', 0)} error); warnings: {parts}")

    def listed(label: str, items: list[str]) -> str:
        more = f", and {len(items) - names} more" if len(items) > names else ""
        return f"; {label} ({len(items)}): {', '.join(items[:names])}{more}" if items else ""

    skipped = [str(item) for item in articles.attrs.get("skipped_files", [])]
    errors = articles[articles["status"] == "error"]
    first_code = pd.Series([next((c for c in codes.split(";") if c in ERROR_CODES), "")
                            for codes in errors["warnings"]], index=errors.index, dtype=str)
    textless = first_code == "missing_text"
    where = errors["path" if "path" in errors.columns else "article_id"]
    line += listed("skipped", skipped)
    details = errors["error_detail"] if "error_detail" in errors.columns else \
        pd.Series("", index=errors.index, dtype=str)
    line += listed("not read", [
        # the parser's or the system's own words where they say more than the code
        f"{path} ({code}: {detail[:100]})" if code in ("bad_record", "unreadable") and detail
        else f"{path} ({code})"
        for path, code, detail in zip(where[~textless], first_code[~textless],
                                      details[~textless], strict=True)])
    line += listed("export rows without text", where[textless].tolist())
    return line
