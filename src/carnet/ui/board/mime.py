"""What a dragged card carries: contact ids, never copies of card data."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-carnet-contact-ids"


def encode_ids(ids: Sequence[int], names: Sequence[str] = ()) -> QMimeData:
    """Ids for Carnet; the names as plain text too, so a card dropped in a text editor says who it is."""
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps([int(i) for i in ids]).encode("ascii"))
    if names:
        data.setText("\n".join(names))
    return data


def decode_ids(data: QMimeData | None) -> list[int]:
    """The ids in a drop, or [] for anything that is not a well-formed Carnet drag."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return []
    return ids
