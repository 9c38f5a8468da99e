"""Emission: topic names and the Faust application that moves articles to events."""
