; Inno Setup script of Carnet's Windows installer. UNTESTED: written on Linux, never compiled yet.
; Build on Windows with packaging\windows\build-windows.ps1 (it runs PyInstaller, then this script):
;   iscc /DAppVersion=0.1.0 packaging\windows\carnet.iss
; Paths are relative to this file's folder. Installs per user or for everyone (the user chooses).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId identifies Carnet to Windows' uninstaller: never change it.
AppId={{BE0CCDA5-B787-4FCD-85E3-B69331955E1F}
AppName=Carnet
AppVersion={#AppVersion}
AppPublisher=Carnet developers
AppComments=Offline CRM for solo entrepreneurs
DefaultDirName={autopf}\Carnet
DefaultGroupName=Carnet
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=carnet-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\carnet.ico
UninstallDisplayIcon={app}\carnet.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder bundle PyInstaller wrote with packaging\carnet.spec.
Source: "..\..\dist\carnet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Carnet"; Filename: "{app}\carnet.exe"
Name: "{autodesktop}\Carnet"; Filename: "{app}\carnet.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\carnet.exe"; Description: "{cm:LaunchProgram,Carnet}"; Flags: nowait postinstall skipifsilent
