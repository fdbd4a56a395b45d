"""Search everything (`carnet.services.search`): the full-text index ``contact_search`` and its reads.

The index is an FTS5 table made by migration 0003, one row per contact (rowid = the contact's id), filled and
kept up to date by that migration's triggers inside every write's own transaction: nothing here writes it,
but for `FORGET_ERASED`. Imports nothing heavy.
"""

from __future__ import annotations

TABLE = "contact_search"
# The index's columns, in the order migration 0003 made them (a test holds the two together): what a hit says
# it matched in. ``coordinates`` holds every email, phone, website and address; ``phone_digits`` every phone's
# digits alone ("33612345678"), so that a number is found however its parts were typed or stored.
COLUMNS = ("name", "organisation", "role", "coordinates", "tags", "notes", "interactions", "payments",
           "phone_digits")
# The columns searched first: a contact whose name or organisation holds every word typed comes before one
# where the words are found elsewhere.
NAME_COLUMNS = ("name", "organisation")

# What `snippet()` puts around a matched word; control characters, which no stored text holds.
MATCH_START, MATCH_END = "\x02", "\x03"
SNIPPET_WORDS = 10

_SNIPPETS = ", ".join(
    f"snippet({TABLE}, {number}, char({ord(MATCH_START)}), char({ord(MATCH_END)}), '…', {SNIPPET_WORDS})"
    for number in range(len(COLUMNS))
)

# The contacts matching an FTS5 expression (bound first), newest first (FTS5 walks its index backwards by
# rowid and stops at the limit, bound second: no ranking of every match, which costs 100 ms for a single
# letter at 100,000 contacts), each with a snippet of every column (without a match, the column's start).
# The contact's texts are read as texts whatever their stored type, as the board reads them.
HITS = f"""
    SELECT c.id, coalesce(CAST(c.display_name AS TEXT), ''), coalesce(CAST(c.organisation AS TEXT), ''),
           CAST(c.stage AS TEXT), c.archived_at IS NOT NULL, {_SNIPPETS}
    FROM {TABLE} AS s JOIN contact AS c ON c.id = s.rowid
    WHERE {TABLE} MATCH ?
    ORDER BY s.rowid DESC
    LIMIT ?"""

# Merge the whole index into one segment, leaving out every deleted entry. An FTS5 delete only adds a
# "deleted" mark beside the words, which stay in the older segments until they are merged: an erasure
# (`carnet.services.corrections.erase_contacts`, with ``secure_delete`` on, so that the freed pages are
# zeroed) runs it to leave none of the person's words in the file. About 0.2 s at 100,000 contacts.
FORGET_ERASED = f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')"
