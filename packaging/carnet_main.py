"""The frozen app's entry point (PyInstaller needs a script): the same as the installed ``carnet`` command."""

from carnet.__main__ import run

run()
