"""Dialogs: each validates what the user types and returns a plain value object from ``value()``.

They never touch the database; the caller hands the value to a service (see ARCHITECTURE.md).
"""
