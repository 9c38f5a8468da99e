"""The opt-in compiled build's module list, and a source tree an editable install can trust."""

from __future__ import annotations

from pathlib import Path

import geoevents
from geoevents.native import MODULES, compiled, compiled_modules

PACKAGE = Path(geoevents.__file__).parent


def test_compiled_modules_are_the_extraction_engine() -> None:
    engine = {f"geoevents.extract.{p.stem}" for p in (PACKAGE / "extract").glob("*.py") if p.stem != "__init__"}
    hot_path = engine | {"geoevents.dedupe", "geoevents.lexicon"}
    assert set(MODULES) == hot_path, "a new pure module of extract/ belongs in native.MODULES"
    assert list(MODULES) == sorted(MODULES)


def test_source_tree_holds_no_compiled_modules() -> None:
    # An editable install imports an extension module in preference to the .py beside it.
    stray = [str(p.relative_to(PACKAGE)) for suffix in ("*.so", "*.pyd") for p in PACKAGE.rglob(suffix)]
    assert not stray, f"compiled modules in the source tree would shadow the .py files: {stray}"


def test_the_build_reports_itself_consistently() -> None:
    assert compiled() == geoevents.compiled() == (compiled_modules() == list(MODULES))
    assert set(compiled_modules()) <= set(MODULES)
