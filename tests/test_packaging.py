"""Packaging: environment.yml lists what pyproject.toml does; layout; notebooks stripped."""

import json
import re
import subprocess
import tomllib

import nbformat
import yaml

from newsframe import paths
from newsframe.publish.lab import read_notebook


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower()


def _spec(requirement: str) -> str:
    return requirement.replace(" ", "").lower()


def test_environment_yml_matches_pyproject_dependencies():
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip_part = next(d for d in env["dependencies"] if isinstance(d, dict))["pip"]
    assert pip_part[-1] == "-e ."  # the rest: packages conda-forge may not have, from PyPI
    listed = [d for d in conda + pip_part[:-1] if _name(d) not in ("python", "pip")]
    assert len(listed) == len({_name(d) for d in listed})  # each package once
    assert {_name(d): _spec(d) for d in listed} == {_name(r): _spec(r) for r in wanted}
    assert "conda-forge" in env["channels"]
    assert any(d.startswith("python>=3.11") for d in conda)


def test_top_level_layout_and_user_packages():
    for name in ["README.md", "environment.yml", "notebooks", "lib", "data", "seeds", "tests",
                 "pyproject.toml", "Makefile", ".ci/run"]:
        assert (paths.ROOT / name).exists(), name
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    names = {_name(r) for r in project["dependencies"]}
    assert {"jupyterlab", "pandas", "matplotlib", "seaborn", "papermill", "nbval"} <= names
    assert project["scripts"]["newsframe"] == "newsframe.publish.cli:main"


def _committed(path):
    """The notebook as staged for the next commit (git's index), else as the working copy
    reads once stripped: what is committed, whatever a run saved into the working copy."""
    relative = path.relative_to(paths.ROOT).as_posix()
    staged = subprocess.run(["git", "show", f":{relative}"], cwd=paths.ROOT,
                            capture_output=True, text=True, check=False)
    if staged.returncode == 0:
        return json.loads(staged.stdout)
    return json.loads(nbformat.writes(read_notebook(path)))


def test_notebooks_are_committed_without_outputs_and_with_one_parameters_cell():
    notebooks = sorted(paths.NOTEBOOKS.glob("*.ipynb")) + sorted(
        paths.NOTEBOOKS.glob("*/*.ipynb"))
    assert len(notebooks) >= 12, "no notebooks found"
    for path in notebooks:
        if ".ipynb_checkpoints" in path.parts:
            continue
        notebook = _committed(path)
        code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
        assert all(not c["outputs"] and c["execution_count"] is None for c in code), path.name
        # an empty code cell shows on the page as a bare "In [ ]:" box
        assert all("".join(c["source"]).strip() for c in code), f"{path.name}: empty code cell"
        tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, path.name
        source = "".join(tagged[0]["source"])
        assert "corpus_dir: str" in source, path.name
        for line in source.splitlines():
            if line.strip():
                # papermill reads `name: type = value  # help` (no `|` types, one `=` a line)
                assert re.match(r'^\w+: (\w+|"Optional\[\w+\]") = [^=]+  # [^=]+$', line), (
                    path.name, line)
        narrative = "".join("".join(c["source"]) for c in code)
        assert not re.search(r"^\s*(def|class) ", narrative, re.M), path.name


def test_readme_quick_start_is_the_two_make_commands():
    readme = (paths.ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(make \w+)$", quick, re.M)
    assert commands == ["make report", "make test"]


LAYERS = ["lang", "read", "annotate", "store", "analyse", "present", "notebook", "publish"]
# the bounded file reader every layer and the story packs use (regular files only, inside
# their folder, within a size): the one module of a layer the shared modules may call
SHARED_MAY_USE = {"newsframe.read.files"}


def _imports(path, module: str):
    import ast

    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1] + (
                [node.module] if node.module else [])) if node.level else node.module
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _layer(module: str):
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def test_no_module_imports_a_later_layer():
    """The package reads as a flow (README, The code): a module imports from its own layer
    or earlier ones; the shared modules (paths, lexicons, schema, stories …) from none."""
    root = paths.ROOT / "lib" / "newsframe"
    upward = []
    for path in sorted(root.rglob("*.py")):
        module = ".".join(("newsframe", *path.relative_to(root).with_suffix("").parts))
        module = module.removesuffix(".__init__")
        mine = _layer(module)
        for target in _imports(path, module):
            theirs = _layer(target or "")
            if not target.startswith("newsframe") or theirs is None:
                continue
            if mine is None and target not in SHARED_MAY_USE and \
                    target.rsplit(".", 1)[0] not in SHARED_MAY_USE:
                upward.append(f"{module} -> {target}")
            elif mine is not None and LAYERS.index(theirs) > LAYERS.index(mine):
                upward.append(f"{module} -> {target}")
    assert upward == []
