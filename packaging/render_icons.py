"""Render Carnet's SVG icon to what the desktops want, with Qt (no image binaries in the repository).

    python packaging/render_icons.py OUT [--preview FILE]

writes, under OUT:

- ``hicolor/scalable/apps/carnet.svg`` and ``hicolor/NxN/apps/carnet.png`` (16 to 512): the freedesktop icon
  theme layout, copied as it is into ``/usr/share/icons`` by the .deb;
- ``carnet.ico`` (Windows: PyInstaller's ``icon=``, Inno Setup) and ``carnet.icns`` (macOS: the ``.app``),
  both made of PNG images, which every Windows since Vista and every macOS since 10.7 read.

``--preview`` also writes every size side by side on a light and a dark strip, to look at.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "carnet" / "icons" / "carnet.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, by the size of their image.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` × ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: cannot encode a {size} px PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (ICONDIR, one ICONDIRENTRY each, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        # A width or height of 256 is written as 0.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs (each block: its type, its length with the 8-byte header, the data)."""
    blocks = b"".join(kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", len(blocks) + 8) + blocks


def write_preview(pngs: dict[int, bytes], path: Path) -> None:
    """Every size at 1:1 on a light strip above a dark one, for a human (or a reviewer) to look at."""
    from PySide6.QtGui import QColor, QImage, QPainter

    sizes = [size for size in PNG_SIZES if size <= 256]
    width = sum(sizes) + 16 * (len(sizes) + 1)
    height = 2 * (max(sizes) + 32)
    canvas = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    for row, background in enumerate(("#f6f6f6", "#2b2b2b")):
        top = row * height // 2
        painter.fillRect(0, top, width, height // 2, QColor(background))
        x = 16
        for size in sizes:
            painter.drawImage(x, top + 16, QImage.fromData(pngs[size], "PNG"))
            x += size + 16
    painter.end()
    canvas.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write into")
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the icon to render (default: Carnet's)")
    parser.add_argument("--preview", type=Path, help="also write a preview strip of every size")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs one
    pngs = {size: render_png(args.svg, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}

    hicolor = args.out / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.svg, hicolor / "scalable" / "apps" / "carnet.svg")
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "carnet.png").write_bytes(pngs[size])
    (args.out / "carnet.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (args.out / "carnet.icns").write_bytes(icns_bytes(pngs))
    if args.preview:
        write_preview(pngs, args.preview)
    print(f"render_icons: {len(PNG_SIZES)} PNG sizes, carnet.ico and carnet.icns in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
