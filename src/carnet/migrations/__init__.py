"""Alembic migrations of Carnet's schema (``script_location = "carnet:migrations"``).

``HEAD`` lets an up-to-date database open without importing Alembic at all (start-up time);
a test checks that it names the real head revision.
"""

HEAD = "0006"
