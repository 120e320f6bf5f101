"""The CI and batch commands (``config``, ``batch``, ``merge``) and the options they share
with ``compare`` (``--config``, ``--rule``, ``--ignore-pattern``, ``--language``,
``--baseline``, ``--write-baseline``). Parsing only: the work is in :mod:`.config`,
:mod:`.baseline` and :mod:`.batch`. ``cli.py`` registers these commands with ``register``.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .errors import UsageError

if TYPE_CHECKING:
    from .config import Config
    from .model import Report
    from .report.output import Output


class Level(enum.StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Language(enum.StrEnum):
    auto = "auto"
    nl = "nl"
    en = "en"


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (versiecheck.toml or pyproject.toml); "
        "default: the nearest one from the current directory up.",
        show_default=False,
    ),
]
RuleOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rule",
        help="Override one rule: ID=off|on|error|warning|info (repeatable).",
        show_default=False,
    ),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore-pattern",
        help="Regex; a finding whose excerpts all match it is left out (repeatable).",
        show_default=False,
    ),
]
LanguageOption = Annotated[
    Language | None,
    typer.Option("--language", help="Language of the documents (a hint).", show_default=False),
]
FailOnOption = Annotated[
    Level | None,
    typer.Option(
        "--fail-on",
        help="Lowest severity that makes the exit code 1 (default: configuration, else error).",
        show_default=False,
    ),
]
BaselineOption = Annotated[
    Path | None,
    typer.Option("--baseline", help="Report only findings not in this baseline file."),
]
WriteBaselineOption = Annotated[
    Path | None,
    typer.Option("--write-baseline", help="Record the current findings as a baseline file."),
]
FormatOption = Annotated[
    list[str] | None,
    typer.Option(
        "--format",
        "-f",
        help="Report format: terminal, json, sarif, junit, markdown, html, github; "
        "repeatable or comma-separated (default: github in GitHub Actions, else terminal).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--output",
        "-o",
        help="File for the format in the same position ('-': stdout; default: stdout).",
        show_default=False,
    ),
]
OutputDirOption = Annotated[
    Path | None,
    typer.Option(
        "--output-dir", help="Write each format to DIR/versiecheck.<suffix>.", show_default=False
    ),
]
MaxSizeOption = Annotated[
    int, typer.Option("--max-size", help="Largest input file accepted, in MB.", min=1)
]


def load(
    config: Path | None,
    fail_on: str | None = None,
    language: str | None = None,
    rule: list[str] | None = None,
    ignore_pattern: list[str] | None = None,
) -> Config:
    """The effective configuration: these options over the configuration file."""
    from .config import load_config

    return load_config(
        config,
        fail_on=fail_on,
        language=language,
        rules=rule or (),
        ignore=ignore_pattern or (),
    )


def adopt_baseline(report: Report, baseline: Path | None, write_baseline: Path | None) -> Report:
    """For ``compare``: write the baseline of ``report``, then leave baselined findings out."""
    from . import baseline as bl

    if write_baseline is not None:
        inputs = (report.a.source.path, report.b.source.path)
        bl.write(write_baseline, bl.entries(report.findings), inputs)
    if baseline is not None:
        report = bl.load(baseline).filter(report)
    return report


def config_command(
    config: ConfigOption = None,
    fail_on: FailOnOption = None,
    language: LanguageOption = None,
    rule: RuleOption = None,
    ignore_pattern: IgnoreOption = None,
) -> None:
    """Show the effective configuration as TOML: every rule with its severity and on/off,
    and where each value came from."""
    from .config import to_toml

    cfg = load(config, fail_on, language, rule, ignore_pattern)
    sys.stdout.write(to_toml(cfg))


def batch_command(
    dir_a: Annotated[
        Path | None, typer.Argument(help="Directory of renderings A.", show_default=False)
    ] = None,
    dir_b: Annotated[
        Path | None, typer.Argument(help="Directory of renderings B.", show_default=False)
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="CSV of pairs with a header a,b[,name] ('-': standard input).",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0: one per core).", min=0)
    ] = 0,
    shard_spec: Annotated[
        str | None,
        typer.Option("--shard", help="Run only slice i of n of the sorted pairs, e.g. 2/4."),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    rule: RuleOption = None,
    ignore_pattern: IgnoreOption = None,
    language: LanguageOption = None,
    baseline: BaselineOption = None,
    write_baseline: WriteBaselineOption = None,
    max_size: MaxSizeOption = 64,
) -> None:
    """Compare many pairs in parallel: two directories (pairs by file name) or a manifest."""
    from . import baseline as bl
    from . import batch as b

    if manifest is not None and (dir_a or dir_b):
        raise UsageError("give two directories or --manifest, not both")
    if manifest is not None:
        pairs = b.pairs_from_manifest(manifest)
    elif dir_a is not None and dir_b is not None:
        pairs = b.pairs_from_dirs(dir_a, dir_b)
    else:
        raise UsageError("give two directories (A and B) or --manifest FILE")
    inputs = [p for p in (dir_a, dir_b, manifest) if p and str(p) != "-"]
    outputs = _outputs(output_format, output, output_dir, inputs)
    if shard_spec is not None:
        pairs = b.shard(pairs, *b.parse_shard(shard_spec))
    cfg = load(config, fail_on, language, rule, ignore_pattern)
    base = bl.load(baseline) if baseline is not None else None
    doc, accepted = b.run(
        pairs,
        cfg,
        jobs=jobs or None,
        max_bytes=max_size * 1024 * 1024,
        baseline=base,
        # Not while a machine format goes to stdout, even at a terminal.
        progress=b.show_progress()
        and all(o.path is not None or o.format == "terminal" for o in outputs),
    )
    if write_baseline is not None:
        bl.write(write_baseline, accepted, (f for p in pairs for f in (p.a, p.b)))
    _emit(doc, outputs, cfg.fail_on)
    raise typer.Exit(b.exit_code(doc))


def merge_command(
    reports: Annotated[
        list[Path],
        typer.Argument(help="JSON reports (batch or single) or directories of them."),
    ],
    output_format: FormatOption = None,
    output: OutputOption = None,
    output_dir: OutputDirOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
) -> None:
    """Join the JSON reports of shards (or single comparisons) into one report."""
    from . import batch as b
    from .merge import merge

    outputs = _outputs(output_format, output, output_dir, reports)
    cfg = load(config, fail_on)
    doc = merge(reports, cfg)
    _emit(doc, outputs, cfg.fail_on)
    raise typer.Exit(b.exit_code(doc))


def _outputs(
    formats: list[str] | None, files: list[Path] | None, output_dir: Path | None, inputs: list[Path]
) -> list[Output]:
    """Where the reports go (as for ``compare``); every format must render a batch."""
    from .batch import batch_formats
    from .report.output import plan

    outputs = plan(formats, files, output_dir, inputs=inputs)
    known = batch_formats()
    for o in outputs:
        if o.format not in known:
            raise UsageError(f"--format {o.format!r} cannot show a batch; use {', '.join(known)}")
    return outputs


def _emit(doc: dict[str, Any], outputs: list[Output], fail_on: str) -> None:
    import os
    import shutil

    from .batch import render
    from .report.output import write

    for o in outputs:
        color = (
            o.path is None
            and o.format == "terminal"
            and not os.environ.get("NO_COLOR")
            and (bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty())
        )
        width = shutil.get_terminal_size((100, 24)).columns if color else None
        text = render(doc, o.format, color=color, width=width, fail_on=fail_on)
        if o.path is None:
            sys.stdout.write(text)
        else:
            write(o.path, text)


def register(app: typer.Typer) -> None:
    """Add ``config``, ``batch`` and ``merge`` to the command line."""
    app.command("config")(config_command)
    app.command("batch")(batch_command)
    app.command("merge")(merge_command)
