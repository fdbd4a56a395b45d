# Build Carnet's Windows installer. UNTESTED: written on Linux, never run on Windows yet.
# From the repository's root, in PowerShell, with Python 3.11+ and Inno Setup 6 (iscc on the PATH):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Writes dist\carnet\ (the bundle) and dist\carnet-VERSION-windows-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

python -m venv .venv
.venv\Scripts\python -m pip install -q -e ".[package]"
$version = (Select-String -Path src\carnet\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value

.venv\Scripts\python packaging\render_icons.py build\icons
.venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\carnet.spec
# The Windows build is a GUI program without a console: `carnet --version` prints nothing there, so the
# smoke test is a start on a demo database that quits once the board is painted.
$env:QT_QPA_PLATFORM = "offscreen"
$smoke = Start-Process -FilePath dist\carnet\carnet.exe -ArgumentList "--demo", "--smoke" -Wait -PassThru
if ($smoke.ExitCode -ne 0) { throw "the frozen Carnet failed its smoke start ($($smoke.ExitCode))" }
Remove-Item Env:\QT_QPA_PLATFORM

iscc /DAppVersion=$version packaging\windows\carnet.iss
