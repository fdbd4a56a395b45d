"""Import and export of contacts in open formats."""
