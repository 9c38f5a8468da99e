"""setuptools hook for the opt-in compiled build; the package's metadata lives in pyproject.toml.

With GEOEVENTS_COMPILE=1 the modules listed in service/geoevents/native.py become mypyc extension
modules (their .py sources stay in the wheel beside them); otherwise there are no extensions and the
wheel is pure Python. build_backend/geoevents_build.py makes mypy a build requirement when needed.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "build_backend"))

from geoevents_build import compile_requested  # noqa: E402


def compiled_modules() -> list[str]:
    """MODULES from service/geoevents/native.py, read as a literal (the package is not importable here)."""
    tree = ast.parse((HERE / "service" / "geoevents" / "native.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "MODULES":
            assert node.value is not None
            modules: list[str] = list(ast.literal_eval(node.value))
            return modules
    raise RuntimeError("service/geoevents/native.py defines no MODULES")


def ext_modules() -> list[Extension]:
    if not compile_requested():
        return []
    from mypyc.build import mypycify

    paths = ["service/" + name.replace(".", "/") + ".py" for name in compiled_modules()]
    extensions: list[Extension] = mypycify(paths, opt_level="3")
    return extensions


setup(ext_modules=ext_modules())
