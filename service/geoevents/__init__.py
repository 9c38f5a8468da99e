"""geoevents: typed geopolitical events from news articles, in real time."""

__version__ = "0.1.0"
