"""Build the standalone FruitNet for this OS, pack it and check it.

``python tools/build_app.py [--no-check] [--numba]`` (after ``pip install -e ".[app]"``)
makes:

* ``dist/FruitNet/``: the program (``FruitNet``, ``FruitNet.exe``) and everything it
  needs, Python included, in one folder a teacher unpacks and runs; on macOS also
  ``dist/FruitNet.app``. On Linux the folder also holds ``fruitnet.desktop``,
  ``fruitnet.svg`` and ``install-desktop-entry.sh`` (adds it to the applications menu);
* ``dist/FruitNet-<version>-<os>-<machine>.tar.gz`` (``.zip`` on Windows): that folder
  (on macOS the .app), to download.

Then, unless ``--no-check``, it runs ``FruitNet --self-test`` with an environment that
has no Python in it (``PATH=/usr/bin:/bin`` and ``HOME`` only, as ``env -i`` gives),
``--runs`` times in English and once more in each language FruitNet speaks (which
checks that Qt's own translations are in the bundle), and reports the sizes and the
time from starting the program to its window being shown (best and median of the
English runs). The exit status is that of the check.

PyInstaller builds for the OS it runs on only; .github/workflows/build-app.yml builds
the three. ``--numba`` puts the compiled training loops in (about 195 MB more on Linux).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "fruitnet.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICON_PNG = WORK / "app-icon" / "fruitnet.png"  # where the spec looks for it
TRANSLATIONS = ROOT / "translations"
#: Beside the Linux program: its desktop entry, its icon, the script that installs both.
LINUX_EXTRAS = (
    ROOT / "packaging" / "fruitnet.desktop",
    ROOT / "packaging" / "install-desktop-entry.sh",
    ROOT / "assets" / "fruitnet.svg",
)
#: A start that takes longer than this is a hang, not a slow machine.
CHECK_CEILING_S = 300


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def platform_tag() -> str:
    """``linux-x86_64``, ``macos-arm64``, ``windows-amd64``…"""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    return f"{system}-{platform.machine().lower()}"


def program() -> Path:
    if sys.platform == "darwin":
        return DIST / "FruitNet.app" / "Contents" / "MacOS" / "FruitNet"
    return DIST / "FruitNet" / ("FruitNet.exe" if sys.platform == "win32" else "FruitNet")


def render_icon(size: int = 512) -> Path:
    """assets/fruitnet.svg as a PNG, which PyInstaller turns into the .ico or .icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "assets" / "fruitnet.svg")).render(painter)
    painter.end()
    ICON_PNG.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(ICON_PNG)):
        raise SystemExit(f"build_app: could not write {ICON_PNG}")
    return ICON_PNG


def freeze(numba: bool) -> None:
    env = dict(os.environ, FRUITNET_APP_NUMBA="1" if numba else "0")
    work = WORK / "pyinstaller"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(DIST), "--workpath", str(work), str(SPEC)]  # fmt: skip
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if sys.platform.startswith("linux"):
        for extra in LINUX_EXTRAS:
            shutil.copy2(extra, DIST / "FruitNet" / extra.name)


def pack() -> Path:
    """The folder (the .app on macOS) as one archive; tar keeps the symlinks and the
    executable bits that PyInstaller's folder relies on."""
    top = DIST / ("FruitNet.app" if sys.platform == "darwin" else "FruitNet")
    name = f"FruitNet-{version()}-{platform_tag()}"
    if sys.platform == "win32":
        archive = DIST / f"{name}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in sorted(top.rglob("*")):
                z.write(path, path.relative_to(DIST))
    else:
        archive = DIST / f"{name}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(top, arcname=top.name)
    return archive


def folder_size(top: Path) -> int:
    return sum(p.lstat().st_size for p in top.rglob("*") if p.is_file() and not p.is_symlink())


def clean_env() -> dict[str, str]:
    """No Python on the PATH, no virtual environment, no PYTHON* variables."""
    if sys.platform == "win32":
        keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA")
        env = {k: os.environ[k] for k in keep if k in os.environ}
        root = env.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = f"{root}\\System32;{root}"
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def languages() -> list[str]:
    """The languages FruitNet speaks besides English (its compiled translations)."""
    return sorted(p.stem.removeprefix("fruitnet_") for p in TRANSLATIONS.glob("fruitnet_*.qm"))


def self_test(runs: int, language: str = "en") -> tuple[bool, list[float], str]:
    """Run ``--self-test --language <language>`` ``runs`` times; whether all passed,
    the seconds from start to the shown window of each, and the last run's report."""
    shown: list[float] = []
    report = ""
    for _ in range(runs):
        start = time.monotonic()
        proc = subprocess.Popen(
            [str(program()), "--self-test", "--language", language], env=clean_env(), cwd=WORK,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip
        lines: list[str] = []
        assert proc.stdout is not None
        for line in proc.stdout:  # the program flushes each line as it is done
            if not lines:  # the first line is "window shown …" (in the run's language)
                shown.append(time.monotonic() - start)
            lines.append(line.rstrip())
        try:
            _, err = proc.communicate(timeout=CHECK_CEILING_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        report = "\n".join(lines + [e for e in err.splitlines() if "self-test" in e])
        if proc.returncode != 0:
            return False, shown, report or err.strip()
    return True, shown, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_app", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-check", action="store_true", help="do not run --self-test")
    parser.add_argument("--numba", action="store_true", help="include the compiled loops")
    parser.add_argument("--runs", type=int, default=3, help="self-test runs (start-up time)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build_app: PyInstaller is missing: pip install -e ".[app]"', file=sys.stderr)
        return 2
    render_icon()
    freeze(args.numba)
    archive = pack()
    top = DIST / ("FruitNet.app" if sys.platform == "darwin" else "FruitNet")
    print(f"built {top.relative_to(ROOT)}: {folder_size(top) / 1e6:.0f} MB")
    print(f"packed {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.0f} MB")
    if args.no_check:
        return 0
    passed, shown, report = self_test(max(1, args.runs))
    print(report)
    if shown:
        print(
            f"start-up to the shown window: {min(shown):.2f} s best, "
            f"{statistics.median(shown):.2f} s median of {len(shown)} "
            f"({', '.join(f'{s:.2f}' for s in shown)} s; the first from a cold disk cache "
            "is the slowest)"
        )
    for code in languages() if passed else ():
        passed, _shown, report = self_test(1, code)
        print(f"--language {code}:\n  " + "\n  ".join(report.splitlines()))  # in that language
        if not passed:
            break
    print(
        "build_app: the built app passed its self-test"
        if passed
        else "build_app: the built app FAILED its self-test"
    )
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
