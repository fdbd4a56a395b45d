"""Tags are stored as one comma-separated text column; this is the one way to read and write it."""

from __future__ import annotations

from collections.abc import Iterable


def parse_tags(text: str) -> list[str]:
    """Split, trim, drop empties and case-insensitive repeats, keeping the first spelling."""
    seen: set[str] = set()
    tags: list[str] = []
    for raw in text.split(","):
        tag = raw.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def format_tags(tags: Iterable[str]) -> str:
    return ", ".join(parse_tags(",".join(tags)))
