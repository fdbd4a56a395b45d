"""Search everything (`carnet.services.search`): the full-text index ``contact_search``, its reads, and how
it is kept up to date.

The index is an FTS5 table made by migration 0003, one row per contact (rowid = the contact's id). That
migration's triggers note in ``contact_search_stale`` every contact one of whose parts a write changed (its
fields, further details, interactions, payments); `CATCH_UP` writes those rows again from the view
``contact_search_source``, run by `carnet.storage.database.Database.transaction` just before every commit:
in the same transaction as the write, once per contact however many of its rows changed (see the migration
for why not in the triggers). Imports nothing heavy.
"""

from __future__ import annotations

TABLE = "contact_search"
STALE = f"{TABLE}_stale"  # the contacts noted by the triggers: contact_id INTEGER PRIMARY KEY
SOURCE = f"{TABLE}_source"  # a view: each contact's id, then its texts in the index's columns
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

# Is any contact's row to be written again? (A move notes nothing: its commit then runs this alone.)
ANY_STALE = f"SELECT EXISTS (SELECT 1 FROM {STALE})"
# The stale rows out (a deleted contact's too: its delete trigger took it out already), then in again from the
# view for the contacts that still exist, in rowid order, then nothing stale.
CATCH_UP_OUT = f"DELETE FROM {TABLE} WHERE rowid IN (SELECT contact_id FROM {STALE})"
CATCH_UP_IN = (f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) "
               f"SELECT * FROM {SOURCE} WHERE id IN (SELECT contact_id FROM {STALE}) ORDER BY id")
CATCH_UP_DONE = f"DELETE FROM {STALE}"
CATCH_UP = (CATCH_UP_OUT, CATCH_UP_IN, CATCH_UP_DONE)
