"""Article: the input payload on the `articles` topic."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Article(BaseModel):
    """A news article as published to Kafka.

    The body's `id` identifies the article; the Kafka message key is informational.
    """

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)

    id: str = Field(min_length=1, max_length=512)
    body: str = Field(min_length=1)
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published_at: str | None = Field(default=None, description="ISO 8601 date or date-time")
    language: str | None = Field(default=None, description="BCP 47 tag; only English is extracted")

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is blank")
        return value
