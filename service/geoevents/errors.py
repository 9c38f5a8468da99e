"""The exception tree.

GeoeventsError
 ├── ConfigError          bad settings or unreadable data files (fails at start-up)
 ├── BrokerUnavailable    Kafka cannot be reached or refuses our credentials
 └── Rejection            an input message that cannot become an Article (dead-lettered)
"""

from __future__ import annotations


class GeoeventsError(Exception):
    """Base of every error geoevents raises on purpose."""


class ConfigError(GeoeventsError):
    """Settings or data files are invalid; raised at start-up, never per message."""


class BrokerUnavailable(GeoeventsError):
    """The Kafka cluster cannot be reached or refused our credentials."""


class Rejection(GeoeventsError):
    """An input message that cannot be processed, with a short machine-readable reason.

    Args:
        reason: short code for the `reason` dead-letter header and the metric label.
        detail: one human-readable sentence saying what was wrong.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
