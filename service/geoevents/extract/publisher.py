"""Publisher: the state or body behind an official release, for its "we" and "our".

A State Department release says "We condemn ..." and "our partners": the first person plural
is the publishing government. It is read from the article's address (``url``, else ``source``)
by the host suffixes in ``data/publishers.jsonl``; news sites map to nobody.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

from geoevents.extract.party import Party
from geoevents.resources import Resources

__all__ = ["publisher_of"]


def publisher_of(address: str | None, resources: Resources) -> Party | None:
    """The state or body that publishes at `address` ("https://www.state.gov/...", "defense.gov")."""
    if not address:
        return None
    host = (urlsplit(address).hostname if "//" in address else address.split("/")[0]) or ""
    host = "." + host.lower().rstrip(".")
    return next((actor for suffix, actor in _suffixes(resources) if host.endswith(suffix)), None)


@cache
def _suffixes(resources: Resources) -> tuple[tuple[str, Party], ...]:
    """(".suffix", publisher) pairs, longest suffix first, so the most specific host wins."""
    names = {c.iso3: c.name for c in resources.countries}
    bodies = {b.code: b.name for b in resources.bodies}
    out: dict[str, Party] = {}
    for row in resources.publishers:
        suffix = row.suffix if row.suffix.startswith(".") else "." + row.suffix
        if row.country:
            out[suffix] = Party(name=names[row.country], kind="country", country=row.country)
        elif row.code:
            out[suffix] = Party(name=bodies[row.code], kind="organization", code=row.code)
    return tuple(sorted(out.items(), key=lambda item: len(item[0]), reverse=True))
