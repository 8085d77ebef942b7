"""One plotting theme for every notebook: readable fonts, a colour-blind-safe palette
(Okabe & Ito 2008) and source notes under charts (labels: :mod:`newsframe.present.labels`).

>>> len(PALETTE), colors_for(["a", "b"])["b"]
(9, '#E69F00')
"""

import re

import matplotlib as mpl
import pandas as pd

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000", "#999999"]
MORE_COLOURS = ["#882255", "#44AA99", "#117733", "#332288", "#DDCC77", "#AA4499", "#88CCEE",
                "#661100"]  # Paul Tol's muted scheme


def apply_theme() -> None:
    """Set matplotlib defaults for all report charts (mathtext off: a ``$`` in an outlet or
    a quoted sum is text), and make pandas Styler escape HTML (article text shown in a
    styled table must never become markup)."""
    pd.set_option("styler.format.escape", "html")
    pd.set_option("display.max_colwidth", 400)  # evidence sentences are read in full
    pd.set_option("display.max_rows", 200)
    mpl.rcParams.update({
        "figure.figsize": (9, 4.8),
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "savefig.bbox": "tight",
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.labelsize": 11,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "legend.frameon": False,
        "axes.prop_cycle": mpl.cycler(color=PALETTE),
        "svg.hashsalt": "newsframe",  # reproducible SVG ids
        # text on charts comes from data (outlets, file names, "US$5"): a `$` is a dollar
        # sign, never the start of mathtext
        "text.parse_math": False,
    })


def integer_axis(ax, which: str = "x") -> None:
    """Only whole-number ticks on a count axis."""
    from matplotlib.ticker import MaxNLocator

    getattr(ax, f"{which}axis").set_major_locator(MaxNLocator(integer=True, nbins=5))


def log_axis(ax, which: str = "y", lang: str = "en") -> None:
    """A log scale whose ticks read as numbers (``1,000``, ``10,000``): matplotlib's own
    log labels are mathtext (``10^3``), which the theme turns off.

    >>> import matplotlib.pyplot as plt
    >>> apply_theme(); fig, ax = plt.subplots(); _ = ax.plot([1, 2], [1e3, 1e5])
    >>> log_axis(ax); fig.canvas.draw()
    >>> [t.get_text() for t in ax.get_yticklabels()][1:4]
    ['1,000', '10,000', '100,000']
    """
    from matplotlib.ticker import FuncFormatter, NullFormatter

    from .format import format_number

    axis = getattr(ax, f"{which}axis")
    getattr(ax, f"set_{which}scale")("log")
    axis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, lang)))
    axis.set_minor_formatter(NullFormatter())


_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")


def date_axis(ax, lang: str = "en", which: str = "x") -> None:
    """Concise date ticks that do not overlap (matplotlib's AutoDateLocator with at most six
    ticks and ConciseDateFormatter: ``2023``, ``Okt``, ``15``, the year once in the
    corner), with month names in the report's language (labels ``month_N``).

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot(pd.to_datetime(["2023-09-01", "2023-12-20"]), [1, 2])
    >>> date_axis(ax, "id"); fig.canvas.draw()
    >>> "Okt" in [t.get_text() for t in ax.get_xticklabels()]
    True
    """
    import matplotlib.dates as mdates

    from .labels import label

    names = {english: label(f"month_{n}", lang) for n, english in
             enumerate(_MONTH_ABBREVIATIONS, start=1)}
    pattern = re.compile(r"\b(" + "|".join(_MONTH_ABBREVIATIONS) + r")\b")

    class Formatter(mdates.ConciseDateFormatter):
        def format_ticks(self, values):
            return [pattern.sub(lambda m: names[m.group(1)], text)
                    for text in super().format_ticks(values)]

        def get_offset(self):
            return pattern.sub(lambda m: names[m.group(1)], super().get_offset())

    axis = getattr(ax, f"{which}axis")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
    # yearly ticks for 31 to 36 months: matplotlib's monthly steps stop at 6 months, and
    # without this it warns on the page and falls back to a step of its own
    locator.intervald[mdates.MONTHLY] = [1, 2, 3, 4, 6, 12]
    axis.set_major_locator(locator)
    axis.set_major_formatter(Formatter(locator, show_offset=True))
    for tick in axis.get_ticklabels():
        tick.set_rotation(0)


def colors_for(keys) -> dict:
    """A stable colour per key (sorted), cycling the palette.

    >>> colors_for(["b", "a"])["a"]
    '#0072B2'
    """
    keys = sorted(set(keys), key=str)
    # more keys than Okabe-Ito colours: Tol's muted colours next, so no two keys share one
    colours = PALETTE if len(keys) <= len(PALETTE) else PALETTE + MORE_COLOURS
    return {key: colours[i % len(colours)] for i, key in enumerate(keys)}


def corpus_name(corpus) -> str:
    """How a chart's source note names the corpus: its folder's (or export file's) name,
    never the machine's absolute path.

    >>> corpus_name("/srv/data/stories/flood/"), corpus_name("seeds"), corpus_name(None)
    ('flood', 'seeds', '')
    """
    from pathlib import PurePath

    return PurePath(str(corpus)).name if corpus else ""


def source_note(fig, text: str) -> None:
    """Write a source/method note under a figure."""
    fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=8.5, color="#555555", wrap=True)


def empty_message(what: str, lang: str = "en", **values) -> str:
    """A sentence for a report section with nothing to show; ``what`` (English, e.g.
    ``dated events``) is said in ``lang`` through the label ``empty_<what>``, its
    ``{slots}`` filled from ``values``, in the sentence of the label ``empty_sentence``.

    >>> empty_message("claims")
    'Nothing to show: no claims in this selection.'
    >>> empty_message("dated figures on {unit}", "id", unit="kontainer")
    'Tidak ada yang ditampilkan: tidak ada angka bertanggal tentang kontainer dalam pilihan ini.'
    """
    from .labels import label, text

    said = label(f"empty_{what}", lang)
    what = (what if said == f"empty_{what}" else said).format(**values)
    return text("empty_sentence", lang, what=what)
