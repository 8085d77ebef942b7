"""The version watermark: installed versions of the report's packages, and a light import."""

import subprocess
import sys
from importlib import metadata

from newsframe.present.versions import REPORT_PACKAGES, package_versions


def test_every_report_package_is_listed_with_its_installed_version():
    versions = package_versions().set_index("package")["version"]
    assert list(versions.index) == list(REPORT_PACKAGES)
    assert versions["pandas"] == metadata.version("pandas")
    assert package_versions(["not-a-package-here"])["version"].tolist() == ["not installed"]


def test_the_report_runner_writes_its_index_without_importing_matplotlib():
    script = ("import sys, newsframe.publish.reports\n"
              "print(sorted(m for m in sys.modules if m.startswith(('matplotlib', 'seaborn', "
              "'newsframe.notebook'))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
