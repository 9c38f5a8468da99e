"""The opt-in compiled build: which modules it compiles, and whether this process runs them compiled.

`GEOEVENTS_COMPILE=1 pip install .` compiles MODULES with mypyc (setup.py reads the tuple from this
file without importing the package, so keep it a literal); a default install is pure Python.
"""

from __future__ import annotations

import importlib

__all__ = ["MODULES", "compiled", "compiled_modules"]

#: The pure, synchronous hot path: every module of geoevents.extract (but its __init__), dedupe, and
#: lexicon (the word lists the engine reads in its innermost loops).
MODULES: tuple[str, ...] = (
    "geoevents.dedupe",
    "geoevents.extract.actors",
    "geoevents.extract.antecedents",
    "geoevents.extract.arguments",
    "geoevents.extract.candidate",
    "geoevents.extract.candidates",
    "geoevents.extract.cues",
    "geoevents.extract.fields",
    "geoevents.extract.gazetteer",
    "geoevents.extract.modality",
    "geoevents.extract.party",
    "geoevents.extract.patterns",
    "geoevents.extract.pipeline",
    "geoevents.extract.publisher",
    "geoevents.extract.text",
    "geoevents.extract.triggers",
    "geoevents.extract.wordsets",
    "geoevents.lexicon",
)


def compiled_modules() -> list[str]:
    """The modules of MODULES that this interpreter imports as compiled extensions, not .py files."""
    return [name for name in MODULES if not str(importlib.import_module(name).__file__).endswith(".py")]


def compiled() -> bool:
    """True when the whole extraction engine runs compiled (a `GEOEVENTS_COMPILE=1` build)."""
    return len(compiled_modules()) == len(MODULES)
