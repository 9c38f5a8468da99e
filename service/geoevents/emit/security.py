"""Kafka client security settings, from Settings, for each client library we use."""

from __future__ import annotations

import ssl
from typing import Any

from geoevents.config import Settings

__all__ = ["aiokafka_security", "kafka_python_security", "ssl_context"]


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A verifying TLS context for SSL and SASL_SSL, with the client certificate if given."""
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = ssl.create_default_context(cafile=settings.ssl_cafile)
    if settings.ssl_certfile:
        context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile)
    return context


def _sasl(settings: Settings) -> dict[str, Any]:
    if not settings.security_protocol.startswith("SASL"):
        return {}
    return {
        "sasl_mechanism": settings.sasl_mechanism,
        "sasl_plain_username": settings.sasl_username,
        "sasl_plain_password": settings.sasl_password.get_secret_value() if settings.sasl_password else None,
    }


def aiokafka_security(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka clients."""
    return {
        "security_protocol": settings.security_protocol,
        "ssl_context": ssl_context(settings),
        **_sasl(settings),
    }


def kafka_python_security(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for kafka-python clients."""
    out: dict[str, Any] = {"security_protocol": settings.security_protocol, **_sasl(settings)}
    context = ssl_context(settings)
    if context is not None:
        out["ssl_context"] = context
    return out
