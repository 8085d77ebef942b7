"""Run the notebooks with papermill and export HTML reports (full and briefing) plus an index.

>>> "pandas" in set(package_versions()["package"])
True
"""

from importlib import metadata

import pandas as pd

REPORT_PACKAGES = ("newsframe", "pandas", "matplotlib", "seaborn", "papermill", "nbconvert",
                   "nbval", "dateparser", "jupyterlab")


def package_versions(packages=REPORT_PACKAGES) -> pd.DataFrame:
    """Installed versions of the packages a report depends on (for the version watermark)."""
    rows = []
    for name in packages:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return pd.DataFrame(rows, columns=["package", "version"])
