"""The standalone app's recipe is consistent, and ``--self-test`` works from the source
tree. Building it takes minutes and PyInstaller: that is ``python tools/build_app.py``,
not part of the tests."""

from __future__ import annotations

import ast
import configparser
import os
import stat
import subprocess
import sys
import tarfile
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "fruitnet.spec"
ENTRY = ROOT / "packaging" / "fruitnet_app.py"

needs_tomllib = pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib (building: 3.11+)")


class _Recorded:
    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        # a TOC, as PyInstaller makes it: (name in the bundle, source, kind)
        self.datas = [(str(Path(f) / Path(s).name), s, "DATA") for s, f in kwargs.get("datas", [])]
        self.pure = self.scripts = []


def _run_spec(monkeypatch, tmp_path, numba: bool = False, found=None, imports=None) -> dict:
    """Execute the spec with PyInstaller's objects replaced by recorders. ``found``:
    (binaries, datas) the Analysis is to have collected; ``imports``: each binary's
    libraries by source (what ldd would say). The spec's own names are under "spec"."""
    made: dict = {}

    def recorder(name):
        def make(*args, **kwargs):
            made.setdefault(name, []).append(_Recorded(*args, **kwargs))
            if name == "Analysis" and found is not None:
                made[name][-1].binaries = list(found[0])
                made[name][-1].datas += list(found[1])
            return made[name][-1]

        return make

    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: [(n, "") for n in (imports or {}).get(src, ())]
    for name in ("PyInstaller", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setenv("FRUITNET_APP_NUMBA", "1" if numba else "0")
    namespace = {"SPECPATH": str(SPEC.parent), "workpath": str(tmp_path), "__file__": str(SPEC)}
    namespace.update({n: recorder(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    made["spec"] = namespace
    return made


@needs_tomllib
def test_the_spec_bundles_what_pip_installs(monkeypatch, tmp_path):
    made = _run_spec(monkeypatch, tmp_path)
    analysis = made["Analysis"][0]
    assert [Path(s) for s in analysis.args[0]] == [ENTRY]
    datas = analysis.kwargs["datas"]
    for source, _folder in datas:
        assert Path(source).is_file(), source
    bundled = {(Path(folder) / Path(source).name).as_posix() for source, folder in datas}
    assert "fruitnet_gui/assets/fruitnet.svg" in bundled
    assert "fruitnet_gui/datasets/fruits-6x6/train.json" in bundled
    assert "fruitnet_gui/datasets/fruits-6x6/test.json" in bundled
    lessons = sorted((ROOT / "lessons").rglob("*.fnlesson"))  # English, fr/ and de/
    assert {p.parent.name for p in lessons} == {"lessons", "fr", "de"}
    shipped = {(Path("fruitnet_gui") / p.relative_to(ROOT)).as_posix() for p in lessons}
    assert shipped <= bundled
    # the compiled translations (French, German)
    assert {
        "fruitnet_gui/translations/fruitnet_fr.qm",
        "fruitnet_gui/translations/fruitnet_de.qm",
    } <= bundled
    # every icon the window uses
    assert {f"fruitnet_gui/assets/{p.name}" for p in (ROOT / "assets").glob("*.svg")} <= bundled
    hidden = analysis.kwargs["hiddenimports"]
    assert {"fruitnet_gui.selftest", "fruitnet_gui.display", "fruitnet_gui.ui.app"} <= set(hidden)
    for module in hidden:
        __import__(module)
    assert {"numba", "llvmlite"} <= set(analysis.kwargs["excludes"])
    # File → Export picture… as SVG (QtSvg), and pyqtgraph's curves (QtOpenGL) stay
    assert "fruitnet_gui.ui.canvas.export" in hidden
    excluded = set(analysis.kwargs["excludes"])
    assert not {"PySide6.QtSvg", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"} & excluded
    assert {"PySide6.QtNetwork", "PySide6.QtTest"} <= excluded
    exe = made["EXE"][0]
    assert exe.kwargs["name"] == "FruitNet" and made["COLLECT"][0].kwargs["name"] == "FruitNet"
    assert ("BUNDLE" in made) == (sys.platform == "darwin")


@needs_tomllib
def test_only_qt_translations_of_fruitnets_languages_go_in(monkeypatch, tmp_path):
    """i18n.py loads Qt's qtbase_xx.qm (a French message box's "Annuler", the file
    dialog's words) from QLibraryInfo's TranslationsPath: French and German go in, the
    other 97 files of PySide6 do not, and FruitNet's own .qm are not touched."""
    qt = "PySide6/Qt/translations"
    names = ("qtbase_fr.qm", "qtbase_de.qm", "qtbase_ja.qm", "qt_fr.qm", "qt_help_de.qm")
    found = [(f"{qt}/{name}", f"/wheel/{name}", "DATA") for name in names]
    made = _run_spec(monkeypatch, tmp_path, found=([], found))
    kept = {Path(dest).as_posix() for dest, _src, _kind in made["Analysis"][0].datas}
    assert {f"{qt}/qtbase_fr.qm", f"{qt}/qtbase_de.qm"} <= kept
    assert not {f"{qt}/qtbase_ja.qm", f"{qt}/qt_fr.qm", f"{qt}/qt_help_de.qm"} & kept
    assert "fruitnet_gui/translations/fruitnet_fr.qm" in kept
    assert made["spec"]["QT_TRANSLATIONS_KEPT"] == {"qtbase_de.qm", "qtbase_fr.qm"}
    # PySide6 has them to give, in the folder i18n.py reads
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in made["spec"]["QT_TRANSLATIONS_KEPT"]:
        assert (folder / name).is_file(), folder / name


@needs_tomllib
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's libraries")
def test_libraries_that_nothing_kept_loads_are_left_out(monkeypatch, tmp_path):
    """The GTK theme plugin is dropped, and with it GTK's drawing stack (cairo...);
    QtNetwork is excluded, and with it libQt6Network and Kerberos. What a kept plugin
    needs stays, and so do Python's library and what Qt opens by name (libXcursor)."""
    qt = "PySide6/Qt"
    binaries = [
        (f"{qt}/plugins/platforms/libqxcb.so", "/s/libqxcb.so"),
        (f"{qt}/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so"),
        (f"{qt}/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6"),
        (f"{qt}/lib/libQt6Network.so.6", "/s/libQt6Network.so.6"),
        ("numpy.libs/libopenblas.so", "/s/libopenblas.so"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0"),
        ("libgfortran.so.5", "/s/libgfortran.so.5"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0"),
        ("libcairo.so.2", "/s/libcairo.so.2"),
        ("libkrb5.so.3", "/s/libkrb5.so.3"),
        ("libXcursor.so.1", "/s/libXcursor.so.1"),
        ("libXrender.so.1", "/s/libXrender.so.1"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0"),
    ]
    imports = {  # transitively, as ldd lists them
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"],
        "/s/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2"],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
        "/s/libQt6Network.so.6": ["libkrb5.so.3"],
        "/s/libopenblas.so": ["libgfortran.so.5"],
        "/s/libXcursor.so.1": ["libXrender.so.1"],
    }
    links = [
        ("libQt6XcbQpa.so.6", f"{qt}/lib/libQt6XcbQpa.so.6", "SYMLINK"),
        ("libQt6Network.so.6", f"{qt}/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    found = ([(dest, src, "BINARY") for dest, src in binaries], links)
    analysis = _run_spec(monkeypatch, tmp_path, found=found, imports=imports)["Analysis"][0]
    assert {Path(dest).name for dest, _src, _kind in analysis.binaries} == {
        "libqxcb.so", "libQt6XcbQpa.so.6", "libopenblas.so", "libxcb-cursor.so.0",
        "libgfortran.so.5", "libXcursor.so.1", "libXrender.so.1", "libpython3.11.so.1.0",
    }  # fmt: skip
    assert [d[0] for d in analysis.datas if d[2] == "SYMLINK"] == ["libQt6XcbQpa.so.6"]


@needs_tomllib
def test_numba_can_be_put_in(monkeypatch, tmp_path):
    analysis = _run_spec(monkeypatch, tmp_path, numba=True)["Analysis"][0]
    assert "numba" not in analysis.kwargs["excludes"]


@needs_tomllib
def test_the_build_script_and_the_spec_agree():
    build_app = _build_app()
    assert build_app.SPEC == SPEC
    assert 'ROOT / "build" / "app-icon" / "fruitnet.png"' in SPEC.read_text(encoding="utf-8")
    assert build_app.ICON_PNG == ROOT / "build" / "app-icon" / "fruitnet.png"
    for extra in build_app.LINUX_EXTRAS:
        assert extra.is_file(), extra
    assert build_app.version() in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    system, machine = build_app.platform_tag().split("-", 1)
    assert system in ("linux", "macos", "windows") and machine


def _build_app() -> types.ModuleType:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_app
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return build_app


@needs_tomllib
def test_the_build_checks_the_app_without_python_and_in_french(tmp_path, monkeypatch):
    """build_app's check, with the source tree standing in for the built program: no
    Python on the PATH, no virtual environment; run in each language FruitNet speaks,
    the French run must find Qt's translation and show decimal commas."""
    build_app = _build_app()
    assert build_app.languages() == ["de", "fr"]
    env = build_app.clean_env()
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert not [k for k in env if k.startswith("PYTHON") or k == "VIRTUAL_ENV"]
    if sys.platform == "win32":
        pytest.skip("a shell script stands in for the program")
    assert env["PATH"] == "/usr/bin:/bin" and set(env) == {"PATH", "HOME", "QT_QPA_PLATFORM"}
    program = tmp_path / "FruitNet"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m fruitnet_gui "$@"\n')
    program.chmod(0o755)
    monkeypatch.setattr(build_app, "program", lambda: program)
    monkeypatch.setattr(build_app, "WORK", tmp_path)
    passed, shown, report = build_app.self_test(1, "fr")
    assert passed, report
    assert len(shown) == 1 and shown[0] > 0
    # said in French: Qt's Cancel button, the commas, every dataset, the SVG's size
    assert "« Annuler »" in report and "nety1 = 0,3778444648" in report
    assert "image SVG du réseau" in report and "fruit-features-3" in report
    assert "Traceback" not in report


@needs_tomllib
def test_the_archive_keeps_the_executable_bit(tmp_path, monkeypatch):
    build_app = _build_app()
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the Linux archive")
    monkeypatch.setattr(build_app, "DIST", tmp_path)
    (tmp_path / "FruitNet").mkdir()
    program = tmp_path / "FruitNet" / "FruitNet"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    archive = build_app.pack()
    assert archive.name == f"FruitNet-{build_app.version()}-{build_app.platform_tag()}.tar.gz"
    with tarfile.open(archive) as tar:
        member = tar.getmember("FruitNet/FruitNet")
    assert member.mode & stat.S_IXUSR


def test_the_frozen_program_calls_freeze_support_first():
    """Else the spawned training process would be a second window (or, on Linux, an
    argparse error), not the training process."""
    tree = ast.parse(ENTRY.read_text(encoding="utf-8"))
    main = [n for n in tree.body if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
    assert len(main) == 1
    assert ast.unparse(main[0].body[0]) == "multiprocessing.freeze_support()"
    # and the training process is spawned, not forked (fork and Qt threads do not mix)
    from fruitnet_gui.ui.training import worker

    assert worker._CONTEXT.get_start_method() == "spawn"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's locales")
def test_a_locale_the_system_lacks_gets_utf8_characters(monkeypatch):
    """LANG=fr_FR.UTF-8 on a system without that locale (or the bare C locale of env -i):
    Qt would warn that it "depends on a UTF-8 locale"; the frozen program sets
    LC_CTYPE=C.UTF-8 first, as the python command does. The language stays LANG's."""
    import importlib.util
    import locale

    spec = importlib.util.spec_from_file_location("fruitnet_app", ENTRY)
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)
    saved = locale.setlocale(locale.LC_CTYPE)
    monkeypatch.delenv("LC_ALL", raising=False)
    try:
        for lang in ("xx_YY.UTF-8", "C"):
            monkeypatch.delenv("LC_CTYPE", raising=False)
            monkeypatch.setenv("LANG", lang)
            entry._coerce_c_locale()
            assert os.environ["LC_CTYPE"] == "C.UTF-8" and os.environ["LANG"] == lang
            assert locale.setlocale(locale.LC_CTYPE) == "C.UTF-8"  # the process's, now
        monkeypatch.delenv("LC_CTYPE")
        monkeypatch.setenv("LANG", "C.UTF-8")  # installed everywhere glibc is
        entry._coerce_c_locale()
        assert "LC_CTYPE" not in os.environ
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)


def test_the_desktop_entry_and_its_installer():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "fruitnet.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "FruitNet"
    assert desktop["Exec"] == "FruitNet" and desktop["Icon"] == "fruitnet"
    assert desktop["Categories"].endswith(";") and desktop["Terminal"] == "false"
    assert (ROOT / "assets" / "fruitnet.svg").is_file()
    installer = ROOT / "packaging" / "install-desktop-entry.sh"
    assert "^Exec=FruitNet\\$" in installer.read_text(encoding="utf-8")  # the line it rewrites
    assert os.access(installer, os.X_OK) or sys.platform == "win32"


def test_the_app_extra_and_the_workflow():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'app = ["pyinstaller' in pyproject
    workflow = (ROOT / ".github" / "workflows" / "build-app.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "python tools/build_app.py" in workflow and '".[app]"' in workflow


def _self_test(*args: str, code: str | None = None) -> subprocess.CompletedProcess:
    # English whatever this machine's language (the self-test speaks the system's)
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    command = [sys.executable, "-m", "fruitnet_gui", "--self-test", *args]
    if code is not None:
        command = [sys.executable, "-c", code, "--self-test", *args]
    # a generous ceiling: a spawned interpreter imports NumPy and SciPy on a busy machine
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_self_test_passes_from_the_source_tree():
    done = _self_test()
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("window shown (offscreen") and out.rstrip().endswith("self-test passed")
    assert "57 sub-steps shown as computed" in out and "nety1 = 0.3778444648" in out
    assert "in the training process" in out and "started by spawn" in out
    assert "datasets (fruit-features-3, fruits-6x6)" in out and "SVG picture" in out
    assert "Traceback" not in done.stderr and "propagateSizeHints" not in done.stderr


def test_the_self_test_reports_in_french_with_decimal_commas():
    """The window shows 0,3778444648 in French: the checks compare what it shows as it
    writes it, and the report is French."""
    done = _self_test("--language", "fr")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("fenêtre affichée (offscreen, ") and out.rstrip().endswith(
        "autotest réussi"
    )
    assert "57 sous-étapes affichées comme calculées, nety1 = 0,3778444648" in out
    assert "dans le processus d'entraînement" in out and "lancé par spawn" in out


def test_a_failing_check_gives_one_line_and_status_1():
    code = (
        "import sys; import fruitnet_gui.selftest as t; t.PAPER_SHOWN['nety1'] = '0.3779';"
        "from fruitnet_gui.cli import gui_main; sys.exit(gui_main())"
    )
    done = _self_test(code=code)
    assert done.returncode == 1, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == ["self-test failed: nety1 shows 'nety1 = 0.3778444648', not 0.3779"], lines
