"""Static checks of the container and monitoring stack (no Docker engine needed).

Validators come from Debian packages: `docker-compose` (Compose v1, also brings python3-yaml) and
`prometheus` (promtool). A missing validator fails the test, it never skips.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from geoevents.metrics import METRIC_NAMES, Metrics

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
PROMETHEUS_CONFIG = ROOT / "deploy" / "prometheus" / "prometheus.yml"
GRAFANA_DIR = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA_DIR / "dashboards" / "geoevents.json"
DATASOURCE = GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml"
DASHBOARD_PROVIDER = GRAFANA_DIR / "provisioning" / "dashboards" / "geoevents.yml"

TIMEOUT = 60


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False, **kwargs)


def _require(tool: str, apt_package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"`{tool}` not found on PATH: install it with `apt-get install -y {apt_package}`")
    return path


# --- YAML ---------------------------------------------------------------------------------------
# PyYAML is not a dependency of the project; docker-compose's own interpreter always has it.


def _yaml_python() -> str:
    """An interpreter that can `import yaml`: the one running docker-compose, else python3."""
    candidates = []
    compose = shutil.which("docker-compose")
    if compose:
        first_line = Path(compose).read_text(errors="replace").partition("\n")[0]
        if first_line.startswith("#!"):
            parts = first_line[2:].split()
            candidates.append(parts[-1] if Path(parts[0]).name == "env" else parts[0])
    candidates += [p for p in (shutil.which("python3"),) if p]
    for python in candidates:
        if _run([python, "-c", "import yaml"]).returncode == 0:
            return python
    pytest.fail("no Python with PyYAML found: install it with `apt-get install -y python3-yaml`")


@cache
def _load_yaml(path: Path) -> Any:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        script = "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"
        result = _run([_yaml_python(), "-c", script, str(path)])
        assert result.returncode == 0, f"{path} is not valid YAML:\n{result.stderr}"
        return json.loads(result.stdout)
    with path.open() as f:
        return yaml.safe_load(f)


def _compose() -> dict[str, Any]:
    model = _load_yaml(COMPOSE_FILE)
    assert isinstance(model, dict) and isinstance(model.get("services"), dict)
    return model


# --- PromQL -------------------------------------------------------------------------------------

_PROMQL_KEYWORDS = frozenset(
    {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset"}
    | {"and", "or", "unless", "inf", "nan", "atan2"}
)


def promql_metric_names(expr: str) -> set[str]:
    """Metric names selected by a PromQL expression (functions, labels, keywords excluded)."""
    expr = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'', '""', expr)  # string literals
    expr = re.sub(r"\{[^}]*\}", "", expr)  # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)  # range / subquery selectors
    expr = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    names = set()
    for match in re.finditer(r"(?<![\w.$:])[A-Za-z_:][\w:]*", expr):
        word = match.group(0)
        rest = expr[match.end() :].lstrip()
        if word.lower() in _PROMQL_KEYWORDS or rest.startswith("("):
            continue  # keyword, or a function / aggregation call
        names.add(word)
    return names


def _dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def _panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    panels = []
    for panel in dashboard.get("panels", []):
        panels.append(panel)
        panels.extend(panel.get("panels", []))  # collapsed rows
    return panels


def _dashboard_exprs() -> list[str]:
    return [t["expr"] for p in _panels(_dashboard()) for t in p.get("targets", []) if t.get("expr")]


def _exported_sample_names() -> set[str]:
    """Every sample name the worker's registry exposes once each metric has a series."""
    registry = CollectorRegistry()
    metrics = Metrics.create(registry)
    metrics.articles_consumed.inc()
    metrics.articles_dead_lettered.labels(reason="invalid_json").inc()
    metrics.events_emitted.labels(type="sanction").inc()
    metrics.extraction_duration.observe(0.001)
    metrics.article_latency.observe(0.05)
    metrics.consumer_lag.labels(topic="articles", partition="0").set(3)
    exposition = generate_latest(registry).decode()
    return {s.name for family in text_string_to_metric_families(exposition) for s in family.samples}


# --- docker-compose.yml ---------------------------------------------------------------------------


def test_compose_file_is_valid_for_docker_compose() -> None:
    if shutil.which("docker-compose"):
        cmd = ["docker-compose", "-f", str(COMPOSE_FILE), "config", "-q"]
    elif shutil.which("docker") and _run(["docker", "compose", "version"]).returncode == 0:
        cmd = ["docker", "compose", "-f", str(COMPOSE_FILE), "config", "-q"]
    else:
        pytest.fail(
            "no Compose validator: install Debian's `docker-compose` package "
            "(`apt-get install -y docker-compose`) or the docker compose CLI plugin"
        )
    result = _run(cmd)
    assert result.returncode == 0, f"{shlex.join(cmd)} failed:\n{result.stdout}{result.stderr}"


def test_compose_stack_has_kafka_worker_seed_prometheus_and_grafana() -> None:
    services = _compose()["services"]
    assert {"kafka", "worker", "seed", "prometheus", "grafana"} <= services.keys()


def test_compose_build_contexts_dockerfiles_and_bind_mounts_exist() -> None:
    missing = []
    for name, service in _compose()["services"].items():
        build = service.get("build")
        if build is not None:
            context = ROOT / (build if isinstance(build, str) else build.get("context", "."))
            if not context.is_dir():
                missing.append(f"{name}: build context {context}")
            dockerfile = context / ("Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile"))
            if not dockerfile.is_file():
                missing.append(f"{name}: dockerfile {dockerfile}")
        for volume in service.get("volumes", []):
            if isinstance(volume, dict):
                source = volume.get("source") if volume.get("type") == "bind" else None
            else:
                source = volume.split(":", 1)[0]
                if not source.startswith((".", "/", "~")):
                    source = None  # a named volume
            if source is not None and not (ROOT / Path(source).expanduser()).exists():
                missing.append(f"{name}: bind mount source {source}")
    assert not missing, "paths named in docker-compose.yml do not exist:\n" + "\n".join(missing)


def test_worker_and_seed_wait_for_healthy_dependencies() -> None:
    services = _compose()["services"]
    assert services["worker"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["seed"]["depends_on"]["worker"]["condition"] in {"service_healthy", "service_started"}
    assert "healthcheck" in services["kafka"]
    assert services["seed"]["restart"] == "no"
    assert services["seed"]["command"] == ["publish", "/seeds"]
    assert any(str(v).split(":")[1] == "/seeds" for v in services["seed"]["volumes"])


def test_worker_reaches_kafka_inside_the_compose_network() -> None:
    services = _compose()["services"]
    kafka_env = services["kafka"]["environment"]
    assert "PLAINTEXT://kafka:9092" in kafka_env["KAFKA_ADVERTISED_LISTENERS"]
    for name in ("worker", "seed"):
        assert services[name]["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert any(str(p).endswith("6066:6066") for p in services["worker"]["ports"])


# --- Prometheus -----------------------------------------------------------------------------------


def test_prometheus_config_passes_promtool() -> None:
    promtool = _require("promtool", "prometheus")
    result = _run([promtool, "check", "config", str(PROMETHEUS_CONFIG)])
    assert result.returncode == 0, f"promtool check config failed:\n{result.stdout}{result.stderr}"


def test_prometheus_scrapes_the_compose_worker_metrics_endpoint() -> None:
    config = _load_yaml(PROMETHEUS_CONFIG)
    worker_port = _compose()["services"]["worker"]["environment"]["GEOEVENTS_WEB_PORT"]
    targets = [
        target
        for job in config["scrape_configs"]
        if job.get("metrics_path", "/metrics") == "/metrics"
        for static in job.get("static_configs", [])
        for target in static["targets"]
    ]
    assert f"worker:{worker_port}" in targets


# --- Grafana --------------------------------------------------------------------------------------


def test_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    promtool = _require("promtool", "prometheus")
    exprs = _dashboard_exprs()
    assert exprs
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:query_{i}", "expr": expr.replace("$__rate_interval", "1m")}
                    for i, expr in enumerate(exprs)
                ],
            }
        ]
    }
    rules_file = tmp_path / "dashboard_rules.yml"
    rules_file.write_text(json.dumps(rules))  # JSON is YAML
    result = _run([promtool, "check", "rules", str(rules_file)])
    assert result.returncode == 0, f"invalid PromQL in {DASHBOARD.name}:\n{result.stdout}{result.stderr}"


def test_dashboard_and_prometheus_config_use_only_metrics_the_worker_exports() -> None:
    exported = _exported_sample_names()
    referenced = {name for expr in _dashboard_exprs() for name in promql_metric_names(expr)}
    prometheus_config = _load_yaml(PROMETHEUS_CONFIG)
    for rule_file in prometheus_config.get("rule_files") or []:  # pragma: no cover - none today
        for group in _load_yaml(PROMETHEUS_CONFIG.parent / rule_file)["groups"]:
            referenced |= {n for rule in group["rules"] for n in promql_metric_names(rule["expr"])}
    assert referenced, "the dashboard references no metric"
    unknown = referenced - exported
    assert not unknown, f"dashboard uses metrics the worker does not export: {sorted(unknown)}"


def test_dashboard_charts_every_worker_metric() -> None:
    referenced = {name for expr in _dashboard_exprs() for name in promql_metric_names(expr)}
    families = {re.sub(r"_(bucket|sum|count)$", "", name) for name in referenced}
    assert set(METRIC_NAMES) <= families, f"not charted: {sorted(set(METRIC_NAMES) - families)}"


def test_dashboard_latency_panels_take_quantiles_of_histogram_buckets() -> None:
    exprs = _dashboard_exprs()
    for histogram in ("geoevents_article_latency_seconds", "geoevents_extraction_duration_seconds"):
        quantiles = {
            match.group(1)
            for expr in exprs
            if f"{histogram}_bucket" in expr
            for match in [re.search(r"histogram_quantile\(\s*([0-9.]+)", expr)]
            if match
        }
        assert {"0.5", "0.99"} <= quantiles, f"{histogram}: p50 and p99 expected, got {quantiles}"


@pytest.mark.parametrize(
    ("topic", "metric"),
    [
        ("articles", "geoevents_articles_consumed_total"),
        ("events", "geoevents_events_emitted_total"),
        ("dead letter", "geoevents_articles_dead_lettered_total"),
        ("latency", "geoevents_article_latency_seconds_bucket"),
        ("extraction", "geoevents_extraction_duration_seconds_bucket"),
        ("lag", "geoevents_consumer_lag"),
    ],
)
def test_dashboard_has_a_panel_for(topic: str, metric: str) -> None:
    matching = [
        panel
        for panel in _panels(_dashboard())
        if topic in panel.get("title", "").lower()
        and any(metric in promql_metric_names(t.get("expr", "")) for t in panel.get("targets", []))
    ]
    assert matching, f"no panel titled with {topic!r} that queries {metric}"


def test_dashboard_panels_use_the_provisioned_prometheus_datasource() -> None:
    datasources = _load_yaml(DATASOURCE)["datasources"]
    prometheus = next(ds for ds in datasources if ds["type"] == "prometheus")
    assert prometheus["uid"] == "prometheus"
    assert prometheus["url"] == "http://prometheus:9090"
    for panel in _panels(_dashboard()):
        if panel.get("type") == "row":
            continue
        for ref in [panel.get("datasource"), *(t.get("datasource") for t in panel.get("targets", []))]:
            assert ref == {"type": "prometheus", "uid": prometheus["uid"]}, panel["title"]


def test_grafana_mounts_the_provisioned_dashboard_folder() -> None:
    grafana = _compose()["services"]["grafana"]
    mounts = dict(str(v).split(":")[:2] for v in grafana["volumes"])
    provider_path = _load_yaml(DASHBOARD_PROVIDER)["providers"][0]["options"]["path"]
    assert mounts["./deploy/grafana/dashboards"] == provider_path
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    assert grafana["environment"]["GF_AUTH_ANONYMOUS_ENABLED"] == "true"
    assert grafana["environment"]["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"


def test_promql_metric_name_extraction() -> None:
    expr = (
        'histogram_quantile(0.99, sum by (le) (rate(foo_bucket{job="x", le!="+Inf"}[$__rate_interval])))'
        " / on (job) group_left clamp_min(sum without (instance) (bar_total offset 5m), 1e-9) or vector(0)"
    )
    assert promql_metric_names(expr) == {"foo_bucket", "bar_total"}


# --- Dockerfile -----------------------------------------------------------------------------------


def _final_stage_instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, args = line.partition(" ")
        if keyword.upper() == "FROM":
            instructions = []
        instructions.append((keyword.upper(), args.strip()))
    return instructions


def test_image_runs_as_a_non_root_user() -> None:
    users = [args for keyword, args in _final_stage_instructions() if keyword == "USER"]
    assert users, "the final stage of the Dockerfile sets no USER (it would run as root)"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0", ""}, f"final USER is {users[-1]!r}"


def test_image_starts_the_worker_and_checks_its_health() -> None:
    instructions = dict(_final_stage_instructions())
    assert json.loads(instructions["ENTRYPOINT"]) == ["geoevents"]
    assert json.loads(instructions["CMD"]) == ["worker"]
    assert "6066" in instructions["EXPOSE"].split()
    assert "/healthz" in instructions["HEALTHCHECK"]
    assert "python:3.11-slim" in DOCKERFILE.read_text()


_GLOB_REGEX = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}


def _dockerignored(path: str) -> bool:
    """Whether .dockerignore keeps `path` out of the build context (last matching rule wins)."""
    excluded = False
    for raw in (ROOT / ".dockerignore").read_text().splitlines():
        rule = raw.strip()
        if not rule or rule.startswith("#"):
            continue
        negated = rule.startswith("!")
        pattern = rule.lstrip("!").strip("/")
        regex = "".join(_GLOB_REGEX.get(tok, re.escape(tok)) for tok in re.findall(r"\*\*/|\*\*|\*|\?|[^*?]+", pattern))
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(re.fullmatch(regex, prefix) for prefix in prefixes):
            excluded = not negated
    return excluded


def test_build_context_holds_the_package_sources_and_nothing_else() -> None:
    needed = ["pyproject.toml", "setup.py", *(str(p.relative_to(ROOT)) for p in (ROOT / "build_backend").glob("*.py"))]
    needed += [str(p.relative_to(ROOT)) for p in (ROOT / "service").rglob("*.py")]
    needed += [str(p.relative_to(ROOT)) for p in (ROOT / "service" / "geoevents" / "data").glob("*")]
    assert len(needed) > 1
    assert not [p for p in needed if _dockerignored(p)], "package files excluded by .dockerignore"
    for unneeded in (
        ".git/HEAD",
        "tests/unit/test_deploy.py",
        "deploy/README.md",
        "seeds/a.json",
        "service/geoevents/__pycache__/x.cpython-311.pyc",
    ):
        assert _dockerignored(unneeded), f"{unneeded} would be sent to the Docker daemon"
