"""The command line: parses options, calls the library, picks a reporter. Nothing else.

Exit codes: 0 nothing at or above the fail threshold, 1 findings at or above it,
2 a usage or input error (printed as one line on stderr, never a traceback).
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from . import cli_ci as ci
from .errors import UsageError, VersiecheckError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from contextlib import AbstractContextManager

    from .model import Report
    from .report.output import Output

app = typer.Typer(
    name="versiecheck",
    help="Compare two renderings of an official document: footnotes, signatories, dates, text.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class InputFormat(enum.StrEnum):
    """Input formats that ``--format-a``/``--format-b`` may name (``versiecheck.read``)."""

    text = "text"
    pdf = "pdf"
    docx = "docx"
    odt = "odt"
    html = "html"
    xml = "xml"


class FailOn(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"versiecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Compare two renderings of an official document."""


@app.command()
def compare(
    a: Annotated[
        Path, typer.Argument(help="Rendering A (e.g. the typeset text).", show_default=False)
    ],
    b: Annotated[
        Path, typer.Argument(help="Rendering B (e.g. the text as written).", show_default=False)
    ],
    output_format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT[,FORMAT…]",
            help="Report format: terminal, json, sarif, junit, markdown, html, github; "
            "repeatable or comma-separated (default: github in GitHub Actions, else terminal).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        list[Path] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="File for the format in the same position ('-': stdout; default: stdout).",
            show_default=False,
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            metavar="DIR",
            help="Write each format to DIR/versiecheck.<suffix>.",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Lowest severity that makes the exit code 1 (default: configuration, else error).",
            show_default=False,
        ),
    ] = None,
    max_size: Annotated[
        int, typer.Option("--max-size", help="Largest input file accepted, in MB.", min=1)
    ] = 64,
    format_a: Annotated[
        InputFormat | None,
        typer.Option(
            "--format-a", help="Read A as this format (default: detect).", show_default=False
        ),
    ] = None,
    format_b: Annotated[
        InputFormat | None,
        typer.Option(
            "--format-b", help="Read B as this format (default: detect).", show_default=False
        ),
    ] = None,
    config: ci.ConfigOption = None,
    rule: ci.RuleOption = None,
    ignore_pattern: ci.IgnoreOption = None,
    language: ci.LanguageOption = None,
    baseline: ci.BaselineOption = None,
    write_baseline: ci.WriteBaselineOption = None,
) -> None:
    """Compare rendering A with rendering B and report what differs."""
    from .config import compare as run_compare
    from .report import output as out
    from .segment import collector_paused

    outputs = out.plan(output_format, output, output_dir, inputs=(a, b))
    cfg = ci.load(config, fail_on and fail_on.value, language, rule, ignore_pattern)
    # The report holds every block of both documents; rendering it makes many small
    # objects again, and the cyclic collector would walk all of them each time.
    with collector_paused():
        with _progress(output_format or ()):
            report = run_compare(
                a,
                b,
                cfg,
                max_bytes=max_size * 1024 * 1024,
                format_a=format_a and format_a.value,
                format_b=format_b and format_b.value,
                parallel=True,
            )
        report = ci.adopt_baseline(report, baseline, write_baseline)
        _emit(report, outputs, cfg.fail_on)
    if cfg.fails(report.findings):
        raise typer.Exit(1)


@app.command("rules")
def list_rules() -> None:
    """List every rule: id, category, default severity and what it catches."""
    from .rules import registry

    rules = registry().values()
    width = max(len(r.id) for r in rules)
    for r in rules:
        typer.echo(f"{r.id.ljust(width)}  {r.category.value:<10} {r.severity.value:<8} {r.summary}")


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id, as `versiecheck rules` lists.")],
) -> None:
    """Print a rule's documentation with its example."""
    import inspect

    from .rules import registry

    rules = registry()
    if rule_id not in rules:
        raise UsageError(f"unknown rule {rule_id!r}; `versiecheck rules` lists them")
    r = rules[rule_id]
    typer.echo(f"{r.id}  ({r.category.value}, default severity {r.severity.value})\n")
    typer.echo(inspect.cleandoc(r.doc))
    # Run the example, so what the user reads is what the rule reports today.
    from .pipeline import compare_text

    findings = [f for f in compare_text(*r.example).findings if f.rule == r.id]
    typer.echo("\nOn this example versiecheck reports:\n")
    for f in findings:
        typer.echo(f"    {f.severity.value.upper()}  {f.rule}")
        typer.echo(f"    {f.message}")
        for label, loc in (("A", f.a), ("B", f.b)):
            if loc is not None:
                typer.echo(f"    {label} {loc.line}:{loc.column}  {loc.excerpt}")


ci.register(app)  # config, batch, merge


def _progress(formats: Iterable[str]) -> AbstractContextManager[object]:
    """A progress bar on stderr for a long compare at a terminal (see versiecheck.progress);
    nothing in pipes, CI logs or with machine-readable formats."""
    import contextlib

    from . import progress

    if not progress.wanted(formats):
        return contextlib.nullcontext()
    from .pipeline import progress_to

    stack = contextlib.ExitStack()
    bar = stack.enter_context(progress.LazyProgress())
    stack.enter_context(progress_to(bar))
    return stack


def _wants_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _emit(report: Report, outputs: list[Output], fail_on: str) -> None:
    """Render the report in each format and write it where it goes."""
    from .report import output as out
    from .report import renderer

    for o in outputs:
        color = o.path is None and o.format == "terminal" and _wants_color()
        width = None
        if color:
            import shutil

            width = shutil.get_terminal_size((100, 24)).columns
        text = renderer(o.format)(report, color=color, width=width, fail_on=fail_on)
        if o.path is None:
            sys.stdout.write(text)
        else:
            out.write(o.path, text)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning every expected error into one line and exit 2."""
    if argv is None:
        argv = sys.argv[1:]
    if not argv:
        argv = ["--help"]
    try:
        rc = app(args=argv, prog_name="versiecheck", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        sys.stderr.write("versiecheck: aborted\n")
        return 130
    except typer.TyperException as exc:
        # Usage errors (a missing argument, an unknown option or value): one line, exit 2.
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        sys.stderr.write(f"versiecheck: error: {' '.join(str(message).split())}\n")
        return 2
    except VersiecheckError as exc:
        sys.stderr.write(f"versiecheck: error: {exc}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (`versiecheck ... | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    return rc if isinstance(rc, int) else 0
