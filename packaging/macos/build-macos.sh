#!/usr/bin/env bash
# Build Carnet.app and a .dmg on macOS. UNTESTED: written on Linux, never run on a Mac yet.
# From anywhere, with Python 3.11+ from python.org or Homebrew:  bash packaging/macos/build-macos.sh
# Writes dist/Carnet.app (the spec's BUNDLE), then dist/carnet-VERSION-macos.dmg. Not signed nor notarised:
# Gatekeeper asks the user to confirm the first start (right-click, Open).
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 -m venv .venv
.venv/bin/pip install -q -e ".[package]"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/carnet/__init__.py)

.venv/bin/python packaging/render_icons.py build/icons
.venv/bin/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/carnet.spec
.venv/bin/python packaging/smoke_test.py dist/Carnet.app/Contents/MacOS/carnet

rm -f "dist/carnet-$version-macos.dmg"
hdiutil create -volname Carnet -srcfolder dist/Carnet.app -ov -format UDZO "dist/carnet-$version-macos.dmg"
