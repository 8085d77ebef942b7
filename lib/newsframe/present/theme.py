"""One plotting theme for every notebook: readable fonts, a colour-blind-safe palette
(Okabe & Ito 2008) and source notes under charts (labels: :mod:`newsframe.present.labels`).

>>> len(PALETTE), colors_for(["a", "b"])["b"]
(9, '#E69F00')
"""

import matplotlib as mpl
import pandas as pd

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000", "#999999"]


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


def colors_for(keys) -> dict:
    """A stable colour per key (sorted), cycling the palette.

    >>> colors_for(["b", "a"])["a"]
    '#0072B2'
    """
    return {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(sorted(set(keys), key=str))}


def source_note(fig, text: str) -> None:
    """Write a source/method note under a figure."""
    fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=8.5, color="#555555", wrap=True)


def empty_message(what: str, lang: str = "en") -> str:
    """A sentence for a report section with nothing to show.

    >>> empty_message("claims")
    'Nothing to show: no claims in this selection.'
    """
    if lang == "id":
        return f"Tidak ada yang ditampilkan: tidak ada {what} dalam pilihan ini."
    return f"Nothing to show: no {what} in this selection."


