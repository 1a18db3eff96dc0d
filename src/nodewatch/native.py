"""Use the optional native (mypyc) build of the matcher core only while it is fresh.

``scripts/build_native.py`` compiles the pure-Python core of screening (``names`` and the
pairwise rules of ``match``) with mypyc into ``.native/`` at the repository root, with a
manifest: the sha256 of every compiled source and of every nodewatch module they import
(compiled code relies on those modules' types), and the interpreter it was built for.
Compiled modules call each other directly in C, so the group is all or nothing: if any
hashed source differs from the build, or the interpreter does, none of them is used and
nodewatch runs as plain Python. ``NODEWATCH_PURE=1`` forces plain Python.

The check runs once, when ``nodewatch`` is imported (hashing the sources takes about a
millisecond); a source edited later in the life of a process is not seen, as with any
module already imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE_DIR.parents[1] / ".native"
MANIFEST = "manifest.json"
EXT_SUFFIX = EXTENSION_SUFFIXES[0]

_status = "pure: not checked"


def abi_tag() -> str:
    """The interpreter a build is only valid for: extension suffix and exact version
    (mypyc's C relies on CPython internals, so a rebuilt venv means a rebuild)."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"{sys.implementation.name}-{version}{EXT_SUFFIX}"


def source_path(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """``nodewatch.match.names`` -> ``<package_dir>/match/names.py``."""
    return package_dir.joinpath(*module.split(".")[1:]).with_suffix(".py")


def extension_path(module: str, native_dir: Path = NATIVE_DIR) -> Path:
    """Where mypyc's build puts the compiled module (or the shared library) of ``module``."""
    return native_dir.joinpath(*module.split(".")).with_name(module.split(".")[-1] + EXT_SUFFIX)


def sha256_of(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_sources(hashes: Mapping[str, str], package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The modules whose source is missing or differs from the hash recorded at build time."""
    stale = []
    for module, digest in hashes.items():
        path = source_path(module, package_dir)
        if not path.is_file() or sha256_of(path) != digest:
            stale.append(module)
    return stale


def check(
    native_dir: Path = NATIVE_DIR,
    package_dir: Path = PACKAGE_DIR,
    environ: Mapping[str, str] = os.environ,
) -> tuple[dict[str, Path], str]:
    """The compiled modules to serve (module name -> extension file) and why; nothing when
    pure Python must run."""
    if environ.get("NODEWATCH_PURE"):
        return {}, "pure: NODEWATCH_PURE set"
    manifest_path = native_dir / MANIFEST
    if not manifest_path.is_file():
        return {}, "pure: not built"
    import json

    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        abi, shared, compiled = manifest["abi"], manifest["shared_lib"], manifest["modules"]
        hashes = {**manifest["depends"], **compiled}
    except (OSError, ValueError, KeyError, TypeError) as error:
        return {}, f"pure: unreadable manifest {manifest_path} ({error})"
    if abi != abi_tag():
        return {}, f"pure: built for {abi}, running {abi_tag()}"
    stale = stale_sources(hashes, package_dir)
    if stale:
        names = ", ".join(str(source_path(m, package_dir).relative_to(package_dir)) for m in sorted(stale))
        return {}, f"pure: sources changed since build ({names})"
    serve = {module: extension_path(module, native_dir) for module in [shared, *compiled]}
    missing = [module for module, path in serve.items() if not path.is_file()]
    if missing:
        return {}, f"pure: build incomplete (no extension for {', '.join(sorted(missing))})"
    return serve, f"native: {len(compiled)} modules"


class NativeFinder:
    """Serves exactly the listed module names from their compiled extensions (an import
    system meta path finder; not derived from ``importlib.abc``, whose import costs more
    than the whole check)."""

    def __init__(self, extensions: Mapping[str, Path]) -> None:
        self.extensions = dict(extensions)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        extension = self.extensions.get(fullname)
        if extension is None:
            return None
        origin = str(extension)
        spec = ModuleSpec(fullname, ExtensionFileLoader(fullname, origin), origin=origin)
        spec.has_location = True  # sets __file__, as for any extension module
        return spec


def activate() -> None:
    """Install the finder when the build is fresh; called once by ``nodewatch/__init__``."""
    global _status
    extensions, _status = check()
    if extensions and not any(isinstance(f, NativeFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, NativeFinder(extensions))


def native_status() -> str:
    """Which code screening runs ("native: 12 modules", "pure: not built", ...) and why."""
    return _status
