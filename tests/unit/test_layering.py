"""The dependency direction of the package: extraction never reaches for Kafka, Faust or config."""

from __future__ import annotations

import ast
from pathlib import Path

import geoevents

PACKAGE = Path(geoevents.__file__).parent
FORBIDDEN_IN_EXTRACT = ("faust", "kafka", "aiokafka", "prometheus_client", "geoevents.config", "geoevents.emit")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_extraction_is_pure_python_without_io_dependencies() -> None:
    for path in [*(PACKAGE / "extract").rglob("*.py"), PACKAGE / "dedupe.py", PACKAGE / "resources.py"]:
        bad = {n for n in _imports(path) if n.startswith(FORBIDDEN_IN_EXTRACT)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_only_config_reads_the_environment() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("config.py", "devbroker.py") or path.parent.name == "cli":
            continue
        assert "os.environ" not in path.read_text(), path.relative_to(PACKAGE)


def test_models_export_what_they_declare() -> None:
    import geoevents.models as models

    for name in models.__all__:
        assert hasattr(models, name), name
