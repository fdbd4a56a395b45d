"""Carnet's hand-written SQL, in one home: one module per reader, plus what they share (`common`).

The statements are plain texts run on sqlite3 connections, because building them through SQLAlchemy costs
more than SQLite takes to run them (the board's first paint, a drop, the dashboard). Enum values come from
`carnet.domain.enums`, computed once when a module is imported, never per call. Modules read on the path
of the first paint (`common`, `board`) import neither SQLAlchemy nor the ORM tables: importing those takes
longer than painting the board.
"""
