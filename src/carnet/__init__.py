"""Carnet: an offline desktop CRM for solo entrepreneurs."""

__version__ = "0.1.0"
