"""In-tree PEP 517 backend: setuptools, plus mypyc only for the opt-in compiled build.

`GEOEVENTS_COMPILE=1 pip install .` (or `pip wheel .`) compiles the modules listed in
service/geoevents/native.py with mypyc (setup.py passes them to setuptools as extension modules);
unset or 0 builds the pure-Python package exactly as plain setuptools does. pip builds in an
isolated environment, so mypy (and pydantic, whose types the compiled modules use) become build
requirements only when compiling. Editable installs are always pure: they run the .py files you
edit, never a compiled copy that could go stale.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import build_sdist, get_requires_for_build_sdist  # noqa: F401  (PEP 517 hooks)

ENV = "GEOEVENTS_COMPILE"
#: mypyc ships inside mypy; the lower bound is the release the compiled build was verified with.
MYPYC_REQUIRES = ["mypy[mypyc]>=2.4.1"]
#: Runtime dependencies whose types the compiled modules need at build time (versions from pyproject.toml).
TYPED_DEPENDENCIES = ("pydantic",)
ROOT = Path(__file__).resolve().parents[1]


def compile_requested() -> bool:
    """Whether GEOEVENTS_COMPILE asks for the compiled build; an unknown value is an error, not a guess."""
    value = os.environ.get(ENV, "").strip()
    if value in ("", "0"):
        return False
    if value == "1":
        return True
    raise ValueError(f"{ENV}={value!r}: set 1 for the compiled build, 0 or nothing for pure Python")


def _typed_dependencies() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        dependencies: list[str] = tomllib.load(f)["project"]["dependencies"]
    return [d for d in dependencies if re.split(r"[\s\[<>=!~;]", d, maxsplit=1)[0] in TYPED_DEPENDENCIES]


@contextmanager
def _pure(note: str | None = None) -> Iterator[None]:
    """Run a setuptools hook with compilation off (setup.py reads the same variable)."""
    old = os.environ.get(ENV)
    if note and compile_requested():
        print(f"geoevents: {note}", file=sys.stderr)
    os.environ[ENV] = "0"
    try:
        yield
    finally:
        if old is None:
            del os.environ[ENV]
        else:
            os.environ[ENV] = old


# --- wheels: compiled when asked ----------------------------------------------------------------


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    compiling = compile_requested()
    with _pure():  # setup.py must not import mypyc before it is installed
        requires: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    if compiling:
        requires += [*MYPYC_REQUIRES, *_typed_dependencies()]
    return requires


def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    with _pure():  # the same metadata for both builds; running mypyc here would double the build time
        name: str = _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
    return name


def build_wheel(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    if compile_requested():
        print(f"geoevents: {ENV}=1, compiling the extraction engine with mypyc", file=sys.stderr)
    name: str = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    return name


# --- editable installs: always pure -------------------------------------------------------------


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    with _pure():
        requires: list[str] = _setuptools.get_requires_for_build_editable(config_settings)
    return requires


def prepare_metadata_for_build_editable(metadata_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    with _pure():
        name: str = _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)
    return name


def build_editable(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    with _pure(f"ignoring {ENV}=1: an editable install is always pure Python"):
        name: str = _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    return name
