#!/usr/bin/env python3
"""Build the optional native core of screening with mypyc into ``.native/``.

    .venv/bin/python scripts/build_native.py [--if-stale] [--strict] [--jobs N]

The modules in ``MODULES`` (name analysis and the pairwise rules) are snapshotted into a
temporary directory with the rest of the package (mypy needs it for types), compiled
there, and installed into ``.native/`` with a manifest of the snapshot's hashes, which
``nodewatch.native`` checks at import: the build is used only while every hashed source is
unchanged. Nothing is written into ``src/``. The result is optional: on any failure (no
C compiler, no Python headers, mypyc refusing the code) this says why, leaves no partial
``.native/`` and exits 0 (nodewatch runs as plain Python); ``--strict`` exits 1 instead.
``--if-stale`` does nothing when ``.native/`` already matches the sources.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # this checkout's loader
from nodewatch import native

REPO = native.PACKAGE_DIR.parents[1]

MODULES = tuple(
    [f"nodewatch.names.{m}" for m in ("analyze", "chinese", "korean", "normalize")]
    + [f"nodewatch.names.{m}" for m in ("orgs", "phonetic", "russian", "tables")]
    + [f"nodewatch.match.{m}" for m in ("names", "entity", "score", "qualifiers")]
)

# Run in the snapshot: mypyc with one C file per module (``multi_file``: as fast at run time
# here, and the files compile in parallel: setuptools alone compiles one extension's files
# one after the other, and mypyc puts nearly all the code in one shared extension).
SETUP_PY = """\
import sys
from concurrent.futures import ThreadPoolExecutor

from setuptools import setup
from distutils.ccompiler import CCompiler
from mypyc.build import mypycify

jobs, files = int(sys.argv[1]), sys.argv[2:sys.argv.index("--")]
del sys.argv[1:sys.argv.index("--") + 1]


def compile_in_parallel(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False,
                        extra_preargs=None, extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

    todo = [obj for obj in objects if obj in build]

    def one(obj):
        self._compile(obj, *build[obj], cc_args, extra_postargs, pp_opts)
        return obj

    with ThreadPoolExecutor(jobs) as pool:
        for done, obj in enumerate(pool.map(one, todo), 1):
            if len(todo) > 1:  # the shared library, not one of the small per-module shims
                print(f"compiled {done}/{len(todo)} C files ({obj.rpartition('/c/')[2]})", flush=True)
    return objects


CCompiler.compile = compile_in_parallel
extensions = mypycify(files + ["--ignore-missing-imports"], target_dir="c", multi_file=True)
setup(name="nodewatch-native", ext_modules=extensions)
"""


class BuildError(Exception):
    """Why the native build cannot be made here."""


def _module_file(module: str, package_dir: Path) -> tuple[str, Path] | None:
    """A module's name as the manifest keys it and its source (``pkg.__init__`` for packages)."""
    path = native.source_path(module, package_dir)
    if path.is_file():
        return module, path
    init = native.source_path(f"{module}.__init__", package_dir)
    return (f"{module}.__init__", init) if init.is_file() else None


def dependencies(modules: tuple[str, ...], package_dir: Path) -> list[str]:
    """The nodewatch modules the compiled ones import, directly or not, outside the group:
    compiled code trusts their types, so a change there makes the build stale too."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        found = _module_file(todo.pop(), package_dir)
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        for node in ast.walk(ast.parse(found[1].read_bytes())):
            if isinstance(node, ast.Import):
                todo += [a.name for a in node.names if a.name.split(".")[0] == "nodewatch"]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "nodewatch":
                base = str(node.module)
                submodules = [f"{base}.{a.name}" for a in node.names]
                submodules = [m for m in submodules if _module_file(m, package_dir)]
                todo += submodules if len(submodules) == len(node.names) else [base, *submodules]
    return sorted(seen - set(modules))


def is_fresh() -> tuple[bool, str]:
    """Whether ``.native/`` holds a usable build of exactly ``MODULES``."""
    extensions, status = native.check(environ={})
    compiled = {module for module in extensions if not module.endswith("__mypyc")}
    if extensions and compiled != set(MODULES):
        return False, "built from another list of modules"
    return bool(extensions), status


def check_tools() -> None:
    """Fail early, with the fix, when the build cannot work here."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError as error:
        raise BuildError(f"mypyc is not installed ({error}); pip install mypy") from error
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        raise BuildError(f"no Python headers ({headers}); apt-get install python3.11-dev")
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        raise BuildError(f"no C compiler ({compiler}); apt-get install gcc")


def snapshot(work: Path) -> Path:
    """Copy the package's Python sources, so the hashes are those of what is compiled."""
    source = REPO / "src" / "nodewatch"
    target = work / "src" / "nodewatch"
    for path in source.rglob("*.py"):
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    return target


def compile_modules(work: Path, package_dir: Path, jobs: int) -> Path:
    """mypyc (type check, C generation), then the C compiler; progress on stdout."""
    (work / "setup.py").write_text(SETUP_PY, "utf-8")
    files = [str(native.source_path(m, package_dir)) for m in MODULES]
    command = [sys.executable, "setup.py", str(jobs), *files, "--", "build_ext", "--build-lib", "lib"]
    log_path = work / "build.log"
    start = time.monotonic()
    print(f"  mypyc: type-checking {len(MODULES)} modules and generating C ...", flush=True)
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=work, stdout=log, stderr=subprocess.STDOUT)
        reported = 0
        while process.poll() is None:
            time.sleep(0.5)
            lines = log_path.read_text("utf-8", "replace").splitlines()
            for line in lines[reported:]:
                if line.startswith("compiled "):
                    print(f"  [{time.monotonic() - start:4.0f}s] {line}", flush=True)
            reported = len(lines)
    if process.returncode != 0:
        tail = "\n".join(log_path.read_text("utf-8", "replace").splitlines()[-30:])
        raise BuildError(f"mypyc/C build failed (exit {process.returncode}):\n{tail}")
    print(f"  [{time.monotonic() - start:4.0f}s] built", flush=True)
    return work / "lib"


def write_manifest(lib: Path, package_dir: Path) -> None:
    shared = [p.name for p in lib.glob(f"*__mypyc{native.EXT_SUFFIX}")]
    if len(shared) != 1:
        raise BuildError(f"expected one shared mypyc library in the build, found {shared}")
    missing = [m for m in MODULES if not native.extension_path(m, lib).is_file()]
    if missing:
        raise BuildError(f"the build has no extension for {', '.join(missing)}")
    hashes = {m: native.sha256_of(native.source_path(m, package_dir)) for m in MODULES}
    depends = dependencies(MODULES, package_dir)
    manifest = {
        "abi": native.abi_tag(),
        "shared_lib": shared[0].removesuffix(native.EXT_SUFFIX),
        "modules": hashes,
        "depends": {m: native.sha256_of(native.source_path(m, package_dir)) for m in depends},
    }
    (lib / native.MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")


def install(lib: Path) -> None:
    """Swap the new build in whole (renames on one file system), then check it imports."""
    staged = REPO / f".native.new-{os.getpid()}"
    old = REPO / f".native.old-{os.getpid()}"
    shutil.copytree(lib, staged, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    try:
        if native.NATIVE_DIR.exists():
            native.NATIVE_DIR.rename(old)
        staged.rename(native.NATIVE_DIR)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    probe = "import nodewatch, nodewatch.match; print(nodewatch.native_status())"
    env = {k: v for k, v in os.environ.items() if k != "NODEWATCH_PURE"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), *filter(None, [env.get("PYTHONPATH")])])
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    status = done.stdout.strip()
    if done.returncode != 0 or not status.startswith("native"):
        shutil.rmtree(native.NATIVE_DIR, ignore_errors=True)
        raise BuildError(f"the build does not load ({status or done.stderr.strip()[-500:]})")


def build(jobs: int) -> str:
    check_tools()
    with tempfile.TemporaryDirectory(prefix="nodewatch-native-") as folder:
        work = Path(folder)
        package_dir = snapshot(work)
        lib = compile_modules(work, package_dir, jobs)
        write_manifest(lib, package_dir)
        install(lib)
    return native.check(environ={})[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--if-stale", action="store_true", help="do nothing when .native/ is fresh")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the build fails")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel C compilations")
    args = parser.parse_args(argv)
    if args.if_stale:
        fresh, status = is_fresh()
        if fresh:
            print(f"native build is fresh ({status})")
            return 0
    print(f"building the native matcher core ({len(MODULES)} modules, mypyc; about 2 min) ...", flush=True)
    start = time.monotonic()
    try:
        status = build(args.jobs)
    except (BuildError, OSError) as error:
        print(f"native build skipped: {error}\nnodewatch runs as plain Python.", file=sys.stderr)
        return 1 if args.strict else 0
    print(f"native build done in {time.monotonic() - start:.0f}s: {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
