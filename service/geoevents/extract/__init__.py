"""Extraction: article text -> typed events, pure and synchronous (no Kafka, no config)."""
