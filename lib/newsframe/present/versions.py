"""The version watermark of a report: the installed versions of the packages it depends on,
shown at the end of every page and in the index. Its own module so that the report runner
can write the index without importing what the notebooks draw with (matplotlib).

>>> "pandas" in set(package_versions()["package"])
True
"""

from importlib import metadata

import pandas as pd

REPORT_PACKAGES = ("newsframe", "pandas", "matplotlib", "seaborn", "papermill", "nbconvert",
                   "nbval", "dateparser", "jupyterlab")


def package_versions(packages=REPORT_PACKAGES) -> pd.DataFrame:
    """Installed versions of the packages a report depends on (the version watermark);
    a package that is not installed says so.

    >>> package_versions(["pandas", "no-such-package"])["version"].iloc[1]
    'not installed'
    """
    rows = []
    for name in packages:
        try:
            rows.append({"package": name, "version": metadata.version(name)})
        except metadata.PackageNotFoundError:
            rows.append({"package": name, "version": "not installed"})
    return pd.DataFrame(rows)
