"""Prometheus metrics of the worker, created once per registry and passed in."""

from __future__ import annotations

from typing import NamedTuple

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["METRIC_NAMES", "Metrics"]

#: Extraction of one article: sub-millisecond for short news, tens of ms for long releases.
_EXTRACTION_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
#: Record timestamp to events acknowledged: ms when keeping up, seconds to minutes under backlog.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)


class Metrics(NamedTuple):
    """The worker's metrics; names are in base units with `_total` on counters."""

    articles_consumed: Counter
    articles_dead_lettered: Counter
    events_emitted: Counter
    extraction_duration: Histogram
    article_latency: Histogram
    consumer_lag: Gauge

    @classmethod
    def create(cls, registry: CollectorRegistry, prefix: str = "geoevents") -> Metrics:
        """Register every metric on `registry` (one call per registry)."""
        return cls(
            articles_consumed=Counter(
                f"{prefix}_articles_consumed", "Articles read from the input topic", registry=registry
            ),
            articles_dead_lettered=Counter(
                f"{prefix}_articles_dead_lettered",
                "Articles sent to the dead-letter topic, by reason",
                ["reason"],
                registry=registry,
            ),
            events_emitted=Counter(
                f"{prefix}_events_emitted", "Events produced, by event type", ["type"], registry=registry
            ),
            extraction_duration=Histogram(
                f"{prefix}_extraction_duration_seconds",
                "Time to extract the events of one article",
                buckets=_EXTRACTION_BUCKETS,
                registry=registry,
            ),
            article_latency=Histogram(
                f"{prefix}_article_latency_seconds",
                "Article record timestamp to its events (or dead letter) acknowledged by the broker",
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
            consumer_lag=Gauge(
                f"{prefix}_consumer_lag",
                "Records behind the partition's high watermark",
                ["topic", "partition"],
                registry=registry,
            ),
        )


#: Metric family names as Prometheus exposes them (counters gain `_total`).
METRIC_NAMES: tuple[str, ...] = (
    "geoevents_articles_consumed_total",
    "geoevents_articles_dead_lettered_total",
    "geoevents_events_emitted_total",
    "geoevents_extraction_duration_seconds",
    "geoevents_article_latency_seconds",
    "geoevents_consumer_lag",
)
