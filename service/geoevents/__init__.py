"""geoevents: typed geopolitical events from news articles, in real time."""

__version__ = "0.1.0"


def compiled() -> bool:
    """True when this install is the mypyc-compiled build (`GEOEVENTS_COMPILE=1`), False when pure Python."""
    from geoevents.native import compiled as _compiled

    return _compiled()
