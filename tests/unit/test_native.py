"""The native build is served only while fresh: every hashed source unchanged, same interpreter."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from importlib.machinery import ExtensionFileLoader
from pathlib import Path

import pytest

from nodewatch import native

REPO = Path(__file__).resolve().parents[2]
COMPILED = {"nodewatch.names.alpha": "names/alpha.py", "nodewatch.match.beta": "match/beta.py"}
DEPENDS = {"nodewatch.model.gamma": "model/gamma.py"}
SHARED = "0123abcd__mypyc"


@pytest.fixture
def build(tmp_path: Path) -> tuple[Path, Path]:
    """A package of three sources and a matching fake build (empty extension files)."""
    package, built = tmp_path / "nodewatch", tmp_path / ".native"
    hashes: dict[str, dict[str, str]] = {"modules": {}, "depends": {}}
    for key, modules in (("modules", COMPILED), ("depends", DEPENDS)):
        for module, relative in modules.items():
            source = package / relative
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_text(f"NAME = {module!r}\n")
            hashes[key][module] = hashlib.sha256(source.read_bytes()).hexdigest()
    for module in [SHARED, *COMPILED]:
        extension = built.joinpath(*module.split(".")[:-1]) / (module.split(".")[-1] + native.EXT_SUFFIX)
        extension.parent.mkdir(parents=True, exist_ok=True)
        extension.write_bytes(b"")
    manifest = {"abi": native.abi_tag(), "shared_lib": SHARED, **hashes}
    (built / native.MANIFEST).write_text(json.dumps(manifest))
    return package, built


def test_fresh_build_is_served_module_by_module(build: tuple[Path, Path]) -> None:
    package, built = build
    extensions, status = native.check(built, package, environ={})
    assert status == "native: 2 modules"
    assert set(extensions) == {*COMPILED, SHARED}
    finder = native.NativeFinder(extensions)
    spec = finder.find_spec("nodewatch.match.beta", None)
    assert spec is not None
    assert isinstance(spec.loader, ExtensionFileLoader)
    assert spec.origin == str(built / "nodewatch" / "match" / f"beta{native.EXT_SUFFIX}")
    assert spec.has_location
    shared = finder.find_spec(SHARED, None)
    assert shared is not None
    assert shared.origin == str(built / f"{SHARED}{native.EXT_SUFFIX}")
    # Not compiled: left to the ordinary import system.
    assert finder.find_spec("nodewatch.model.gamma", None) is None
    assert finder.find_spec("nodewatch.match.index", None) is None


@pytest.mark.parametrize("relative", ["match/beta.py", "model/gamma.py"])
def test_one_changed_source_means_pure(build: tuple[Path, Path], relative: str) -> None:
    package, built = build
    source = package / relative
    source.write_text(source.read_text() + "# edited\n")
    assert native.check(built, package, environ={}) == ({}, f"pure: sources changed since build ({relative})")


def test_removed_source_means_pure(build: tuple[Path, Path]) -> None:
    package, built = build
    (package / "names" / "alpha.py").unlink()
    assert native.check(built, package, environ={})[1] == "pure: sources changed since build (names/alpha.py)"


def test_other_interpreter_means_pure(build: tuple[Path, Path]) -> None:
    package, built = build
    manifest = json.loads((built / native.MANIFEST).read_text())
    manifest["abi"] = "cpython-3.11.2.cpython-311-x86_64-linux-gnu.so"
    (built / native.MANIFEST).write_text(json.dumps(manifest))
    extensions, status = native.check(built, package, environ={})
    assert extensions == {}
    assert status.startswith("pure: built for cpython-3.11.2")


def test_nodewatch_pure_forces_pure(build: tuple[Path, Path]) -> None:
    package, built = build
    assert native.check(built, package, environ={"NODEWATCH_PURE": "1"}) == ({}, "pure: NODEWATCH_PURE set")


def test_no_build_missing_extension_or_broken_manifest_means_pure(build: tuple[Path, Path]) -> None:
    package, built = build
    (built / "nodewatch" / "names" / f"alpha{native.EXT_SUFFIX}").unlink()
    assert native.check(built, package, environ={}) == (
        {},
        "pure: build incomplete (no extension for nodewatch.names.alpha)",
    )
    (built / native.MANIFEST).write_text("{")
    assert native.check(built, package, environ={})[1].startswith("pure: unreadable manifest")
    assert native.check(package.parent / "nowhere", package, environ={}) == ({}, "pure: not built")


def test_build_hashes_the_modules_the_compiled_ones_import() -> None:
    """Compiled code trusts the types of what it imports (score.py: Record from model.record)."""
    spec = importlib.util.spec_from_file_location("build_native", REPO / "scripts" / "build_native.py")
    assert spec is not None
    assert spec.loader is not None
    build_native = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_native)
    depends = build_native.dependencies(build_native.MODULES, native.PACKAGE_DIR)
    assert "nodewatch.model.record" in depends
    assert not set(depends) & set(build_native.MODULES)
    assert "nodewatch.match.index" not in depends  # imports the compiled ones, not imported by them


def test_status_reports_the_mode_this_process_runs() -> None:
    import nodewatch
    import nodewatch.match.names

    compiled = nodewatch.match.names.__file__ is not None and nodewatch.match.names.__file__.endswith(
        native.EXT_SUFFIX
    )
    assert nodewatch.native_status().startswith("native" if compiled else "pure")
    assert any(isinstance(f, native.NativeFinder) for f in sys.meta_path) == compiled
