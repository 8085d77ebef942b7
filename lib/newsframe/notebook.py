"""The notebooks' front door: one call that checks every parameter, opens the selection's
tables, takes the story decided for them and sets the page's language and theme; and the
handful of names a notebook's narrative uses, so that its set-up cell is three lines::

    from newsframe.notebook import *  # the names below: nf, pd, plt, display, Markdown, ...
    page = open_page(corpus_dir=corpus_dir, tables_dir=tables_dir, outlets=outlets, lang=lang)
    articles, tables, story_pack, lang = page.articles, page.tables, page.story, page.lang

Every notebook parameter is checked by name here (:data:`CHECKS`), the same way for a
notebook run in JupyterLab, by papermill or by ``newsframe report`` (which checks the
parameters it shares before any notebook runs): a bad value is one line naming the parameter
and the allowed values. In IPython that line is all a reader sees (no traceback), and the
cell still fails.

>>> page = open_page(corpus_dir=nf.paths.SEEDS, lang="id")
>>> len(page.articles), page.story.slug, page.lang, page.full_selection
(5, 'korea-russia-arms', 'id', True)
>>> open_page(corpus_dir=nf.paths.SEEDS, lang="fr")
Traceback (most recent call last):
...
newsframe.params.ParameterError: parameter 'lang' = 'fr' is not allowed; allowed values: en, id
"""

import os
from dataclasses import dataclass, field
from types import SimpleNamespace

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import newsframe as nf

from .params import ParameterError, check_choice, check_int, check_subset, check_window
from .present import briefing, charts, labels, theme
from .present.display import show
from .present.pages import WARNING_MARK
from .present.versions import REPORT_PACKAGES, package_versions  # noqa: F401 - the notebooks
from .store.tables import Tables, open_tables

__all__ = ["Markdown", "briefing", "charts", "display", "labels", "nf", "open_page",
           "package_versions", "pd", "plt", "show", "theme"]

# REPORT_PACKAGES, package_versions (the version watermark): newsframe.present.versions;
# WARNING_MARK (a page's line listed in the report index): newsframe.present.pages
# parameters open_page passes to newsframe.open_tables (checked there, against the corpus)
_SELECTION = ("corpus_dir", "tables_dir", "outlets", "start", "end", "story")


def _positive_or_none(name: str, value):
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)
                         and value > 0):
        return value
    raise ParameterError(f"parameter {name!r} = {value!r} is not allowed; allowed values: a "
                         "number > 0, or None")


def _units(name, value):
    from .annotate.claims import units_vocabulary

    return check_subset(name, value, units_vocabulary())


def _event_types(name, value):
    from .annotate.timeline import event_types

    return check_subset(name, value, event_types())


def _frames(name, value):
    from .annotate.framing import FRAMES

    return check_subset(name, value, FRAMES)


def _normalize(name, value):
    from .annotate.framing import NORMALIZE

    return check_choice(name, value, NORMALIZE)


def _kinds(name, value):
    from .present.render import KINDS

    return check_subset(name, value, KINDS)


def _precision(name, value):
    from .schema import PRECISIONS

    return check_choice(name, value, PRECISIONS)


def _article_ids(name, value):
    if value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return value  # which ids exist is checked against the corpus by the notebook
    raise ParameterError(f"parameter {name!r} = {value!r} is not allowed; allowed values: "
                         "null (all articles) or a list of article ids")


def _outlets(name, value):
    if value is None or isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(o, str) for o in value)):
        return value  # which outlets exist is checked against the corpus by open_tables
    raise ParameterError(f"parameter {name!r} = {value!r} is not allowed; allowed values: "
                         "null (all outlets) or a list of outlet names")


def _story(name, value):
    from .stories import check_story

    return check_story(value)


def _path(name, value):
    if value is None or isinstance(value, str | os.PathLike):
        return value
    raise ParameterError(f"parameter {name!r} = {value!r} is not allowed; allowed values: a "
                         "path, or None")


# name -> check(name, value) returning the value to use; a ParameterError names the allowed
CHECKS = {
    "lang": lambda name, value: check_choice(name, value, labels.LANGS),
    "story": _story,
    "corpus_dir": _path,
    "tables_dir": _path,
    "outlets": _outlets,
    "start": lambda name, value: value,  # checked as a pair below (check_window)
    "end": lambda name, value: value,
    "units": _units,
    "include_vague": lambda name, value: check_choice(name, value, [True, False]),
    "conversion_ratio": _positive_or_none,
    "min_precision": _precision,
    "event_types": _event_types,
    "frames": _frames,
    "normalize": _normalize,
    "top_n": lambda name, value: check_int(name, value, 1, 100),
    "articles": _article_ids,
    "kinds": _kinds,
    "max_articles": lambda name, value: check_int(name, value, 0, 100_000),
}


def check_parameters(parameters: dict) -> dict:
    """The notebook parameters ``parameters`` checked by name (:data:`CHECKS`), with the
    values to use (``units`` as the vocabulary spells them, ...). A name newsframe does not
    know is left as given; a bad value raises ParameterError naming it.

    >>> check_parameters({"lang": "id", "top_n": 5, "start": "2023-01"})
    {'lang': 'id', 'top_n': 5, 'start': '2023-01'}
    >>> check_parameters({"normalize": "paragraphs"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: parameter 'normalize' = 'paragraphs' is not allowed; ...
    """
    checked = {name: CHECKS[name](name, value) if name in CHECKS else value
               for name, value in parameters.items()}
    check_window(checked.get("start"), checked.get("end"))
    return checked


@dataclass
class Page:
    """What a notebook works with: its checked ``params`` (attributes), the selected
    ``articles`` and their ``tables``, the ``story`` pack (None: no pack) and why
    (``story_reason``), the page's ``lang``, the publication-date ``window`` and whether the
    selection is the whole corpus (``full_selection``)."""

    params: SimpleNamespace
    articles: pd.DataFrame
    tables: Tables
    story: object
    story_reason: str
    lang: str
    window: tuple = (None, None)
    full_selection: bool = True
    extra: dict = field(default_factory=dict)

    def heading(self) -> None:
        """Show the story's title, question, and which pack and why (the cell tagged
        ``title``)."""
        display(Markdown(briefing.story_heading(self.story, self.story_reason, self.articles,
                                                self.lang)))


def _one_line(shell, kind, error, tb, tb_offset=None):
    """A ParameterError in a notebook shows as its one line, as on the command line."""
    print(f"{kind.__name__}: {error}")
    return []


def _quiet_parameter_errors() -> None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebooks
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((ParameterError,), _one_line)


def open_page(select_by_date: bool = True, with_text=None, **parameters) -> Page:
    """Check the notebook's ``parameters`` (by name, :func:`check_parameters`), open the
    selection's tables (:func:`newsframe.open_tables`: ``tables_dir`` or ``corpus_dir``,
    ``outlets``, and with ``select_by_date`` the publication window ``start``/``end``; a
    notebook whose window selects something else passes False) with the story their build
    decided (or the one ``story`` names), apply the report theme; return the :class:`Page`.
    """
    _quiet_parameter_errors()
    checked = check_parameters(parameters)
    lang = checked.get("lang", "en")
    window = check_window(checked.get("start"), checked.get("end"))
    selection = {k: checked[k] for k in _SELECTION if k in checked}
    if not select_by_date:
        selection.pop("start", None), selection.pop("end", None)
    articles, tables = open_tables(with_text=with_text, **selection)
    tables.check_evidence()  # a row whose offsets miss its words is left out, and said
    for row in tables.left_out.itertuples():
        print(WARNING_MARK + labels.text("evidence_left_out", lang, table=row.table,
                                         article=row.article_id, start=row.start, end=row.end))
    theme.apply_theme()
    full = not checked.get("outlets") and window == (None, None)
    return Page(params=SimpleNamespace(**checked), articles=articles, tables=tables,
                story=tables.story.story, story_reason=tables.story.reason, lang=lang,
                window=window, full_selection=full)
