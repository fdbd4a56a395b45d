"""Carnet's command line: the options of the GUI and the scripting commands (check, backup, demo-data)."""
