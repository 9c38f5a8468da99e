"""Settings: every knob of the service, read once from the environment."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]

#: Below Kafka's default 1 MiB message limit, so that a rejected body still fits in its dead letter.
DEFAULT_MAX_BODY_BYTES = 512 * 1024


class Settings(BaseSettings):
    """Service settings; each field reads the environment variable named in its alias."""

    model_config = SettingsConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    bootstrap_servers: str = Field(
        default="localhost:9092",
        alias="KAFKA_BOOTSTRAP_SERVERS",
        description="Comma-separated Kafka bootstrap servers",
    )
    security_protocol: SecurityProtocol = Field(default="PLAINTEXT", alias="KAFKA_SECURITY_PROTOCOL")
    sasl_mechanism: SaslMechanism = Field(default="SCRAM-SHA-256", alias="KAFKA_SASL_MECHANISM")
    sasl_username: str | None = Field(default=None, alias="KAFKA_SASL_USERNAME")
    sasl_password: SecretStr | None = Field(default=None, alias="KAFKA_SASL_PASSWORD")
    ssl_cafile: str | None = Field(default=None, alias="KAFKA_SSL_CAFILE", description="CA bundle (PEM)")
    ssl_certfile: str | None = Field(default=None, alias="KAFKA_SSL_CERTFILE", description="Client cert (PEM)")
    ssl_keyfile: str | None = Field(default=None, alias="KAFKA_SSL_KEYFILE", description="Client key (PEM)")

    app_id: str = Field(default="geoevents", alias="GEOEVENTS_APP_ID", description="Consumer group id")
    articles_topic: str = Field(default="articles", alias="GEOEVENTS_ARTICLES_TOPIC")
    dlq_topic: str = Field(default="articles.dlq", alias="GEOEVENTS_DLQ_TOPIC")
    events_topic_prefix: str = Field(default="events.", alias="GEOEVENTS_EVENTS_TOPIC_PREFIX")
    topic_partitions: int = Field(default=2, ge=1, alias="GEOEVENTS_TOPIC_PARTITIONS")
    topic_replication: int = Field(default=1, ge=1, alias="GEOEVENTS_TOPIC_REPLICATION")

    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=1, alias="GEOEVENTS_MAX_BODY_BYTES")
    min_confidence: float = Field(
        default=0.4, ge=0.0, le=1.0, alias="GEOEVENTS_MIN_CONFIDENCE", description="Drop events below this"
    )

    web_host: str = Field(default="0.0.0.0", alias="GEOEVENTS_WEB_HOST")
    web_port: int = Field(default=6066, ge=0, le=65535, alias="GEOEVENTS_WEB_PORT")
    data_dir: str = Field(default="/tmp/geoevents", alias="GEOEVENTS_DATA_DIR", description="Faust state")
    log_level: str = Field(default="INFO", alias="GEOEVENTS_LOG_LEVEL")


def settings_help() -> str:
    """One line per environment variable with its default, for `--help`."""
    lines = []
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "(unset)" if default is None else repr(default)
        if "password" in name and default is not None:
            shown = "***"
        lines.append(f"  {field.alias:<32} {shown}  {field.description or ''}".rstrip())
    return "\n".join(lines)
