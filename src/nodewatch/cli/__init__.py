"""The `nodewatch` command: a thin Typer shell over the stages.

Each module of this package registers the commands of one area on ``app`` (lists and
history, screening, coverage, network, maritime, serving); none of them holds logic that a
stage should own.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="nodewatch",
    help="Watch the sanctions-evasion network around the DPRK, Russia and China.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """Watch the sanctions-evasion network around the DPRK, Russia and China."""


# Areas register their commands on import; order is the order of `nodewatch --help`.
COMMAND_MODULES = ("lists", "screen", "coverage", "network", "ais", "serve")

for _name in COMMAND_MODULES:
    importlib.import_module(f"nodewatch.cli.{_name}")
