"""Configuration: which rules run, at what severity, when the exit code is 1, what to ignore.

Read from ``versiecheck.toml`` (keys at the top level) or ``pyproject.toml`` (keys under
``[tool.versiecheck]``), found by looking in the current directory and then upwards, up to
and including the repository root (a directory holding ``.git``) or the filesystem root.
In each directory ``versiecheck.toml`` wins over ``pyproject.toml``; a ``pyproject.toml``
without a ``[tool.versiecheck]`` table is passed over.

Precedence: command-line options > the configuration file > the defaults (every rule on,
at its own severity; ``fail-on = "error"``; no ignore patterns; ``language = "auto"``).

This module refuses to guess: an unknown key, rule id, severity or a regular expression
that does not compile is a :class:`~versiecheck.errors.UsageError` (one line, exit 2).
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import UsageError
from .model import Finding, Severity

if TYPE_CHECKING:
    from .model import Report

FAIL_ON = ("error", "warning", "info", "never")
LANGUAGES = ("auto", "nl", "en")
KEYS = ("fail-on", "ignore", "language", "rules")
RULE_KEYS = ("enabled", "severity")
CONFIG_NAMES = ("versiecheck.toml", "pyproject.toml")


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """One rule's effective setting."""

    enabled: bool
    severity: Severity


@dataclass(frozen=True, slots=True)
class Config:
    """The effective configuration. Picklable: batch workers receive it as is."""

    rules: Mapping[str, RuleSetting]
    fail_on: str = "error"
    ignore: tuple[str, ...] = ()
    language: str = "auto"
    path: str | None = None  # the file it was read from, None: defaults only
    origins: Mapping[str, str] = field(default_factory=dict)  # key or rule id -> where from

    def enabled_rules(self) -> list[str]:
        return [rid for rid, s in self.rules.items() if s.enabled]

    def severities(self) -> dict[str, Severity]:
        return {rid: s.severity for rid, s in self.rules.items()}

    def fails(self, findings: Iterable[Finding]) -> bool:
        """Whether these findings make the exit code 1 under ``fail-on``."""
        if self.fail_on == "never":
            return False
        threshold = Severity(self.fail_on).rank
        return any(f.severity.rank >= threshold for f in findings)

    def ignored(self, finding: Finding) -> bool:
        """Whether an ignore pattern covers ``finding``.

        A pattern covers a finding when it is found (``re.search``) in the excerpt of
        *every* side the finding has: both excerpts for a change, the one excerpt for
        text only in A or only in B. Messages are not searched.
        """
        sides = [loc.excerpt for loc in (finding.a, finding.b) if loc is not None]
        if not sides:
            return False
        return any(all(re.search(p, s) for s in sides) for p in self.ignore)


def default_config() -> Config:
    """The default profile: every rule on at its own severity."""
    from .rules import registry

    rules = {r.id: RuleSetting(True, r.severity) for r in registry().values()}
    return Config(rules=rules, origins={})


def discover(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration file from ``start`` upwards and its versiecheck table."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return candidate, table
        if (directory / ".git").exists():
            break
    return None


def load_config(
    config_file: Path | None = None,
    *,
    fail_on: str | None = None,
    language: str | None = None,
    rules: Iterable[str] = (),
    ignore: Iterable[str] = (),
    start: Path | None = None,
) -> Config:
    """The effective configuration: defaults, then the file, then command-line options.

    ``rules`` holds ``ID=LEVEL`` overrides (LEVEL: ``off``, ``on`` or a severity);
    ``ignore`` patterns are added to the file's.
    """
    cfg = default_config()
    if config_file is not None:
        if not config_file.is_file():
            raise UsageError(f"--config {config_file}: no such file")
        table = _table(config_file)
        if table is None:
            raise UsageError(f"{config_file}: has no [tool.versiecheck] table")
        cfg = apply_table(cfg, table, str(config_file))
    else:
        found = discover(start)
        if found is not None:
            cfg = apply_table(cfg, found[1], str(found[0]))
    overrides: dict[str, Any] = {}
    if fail_on is not None:
        overrides["fail-on"] = fail_on
    if language is not None:
        overrides["language"] = language
    ignore = list(ignore)
    if ignore:
        overrides["ignore"] = [*cfg.ignore, *ignore]
    rule_table: dict[str, Any] = {}
    for item in rules:
        rid, sep, level = item.partition("=")
        if not sep:
            raise UsageError(f"--rule {item!r}: expected ID=LEVEL, e.g. text-case=off")
        rule_table[rid.strip()] = level.strip()
    if rule_table:
        overrides["rules"] = rule_table
    if overrides:
        before = cfg.origins.get("ignore") if cfg.ignore else None
        cfg = apply_table(cfg, overrides, "command line", keep_path=True)
        if ignore and before:  # the command line adds to the file's patterns
            origins = {**cfg.origins, "ignore": f"{before} + command line"}
            cfg = dataclasses.replace(cfg, origins=origins)
    return cfg


def apply_table(
    cfg: Config, table: Mapping[str, Any], origin: str, *, keep_path: bool = False
) -> Config:
    """``cfg`` with the settings of one configuration table applied; checks every key."""
    where = "command line" if origin == "command line" else _where(origin)
    _check_keys(table, KEYS, where)
    origins = dict(cfg.origins)
    changes: dict[str, Any] = {}
    if "fail-on" in table:
        changes["fail_on"] = _choice(table["fail-on"], FAIL_ON, f"{where}: fail-on")
        origins["fail-on"] = origin
    if "language" in table:
        changes["language"] = _choice(table["language"], LANGUAGES, f"{where}: language")
        origins["language"] = origin
    if "ignore" in table:
        changes["ignore"] = tuple(_patterns(table["ignore"], where))
        origins["ignore"] = origin
    if "rules" in table:
        rules = dict(cfg.rules)
        value = table["rules"]
        if not isinstance(value, Mapping):
            raise UsageError(f"{where}: rules must be a table of rule ids")
        for rid, setting in value.items():
            if rid not in rules:
                raise UsageError(f"{where}: unknown rule {rid!r}{_hint(rid, rules)}")
            rules[rid] = _rule_setting(rules[rid], setting, f"{where}: rules.{rid}")
            origins[rid] = origin
        changes["rules"] = rules
    if not keep_path:
        changes["path"] = origin
    return dataclasses.replace(cfg, origins=origins, **changes)


def apply(cfg: Config, report: Report) -> Report:
    """``report`` without the findings an ignore pattern covers (counted as ``ignore``)."""
    if not cfg.ignore:
        return report
    kept = [f for f in report.findings if not cfg.ignored(f)]
    dropped = len(report.findings) - len(kept)
    if not dropped:
        return report
    suppressed = {**report.suppressed, "ignore": report.suppressed.get("ignore", 0) + dropped}
    return dataclasses.replace(report, findings=kept, suppressed=suppressed)


def compare(
    path_a: str | Path,
    path_b: str | Path,
    cfg: Config,
    *,
    max_bytes: int | None = None,
    format_a: str | None = None,
    format_b: str | None = None,
    parallel: bool = False,
) -> Report:
    """Compare two files under a configuration: rules, severities, language, ignores.

    ``format_a``/``format_b`` override format detection (see ``versiecheck.read``);
    ``parallel`` as in :func:`versiecheck.compare`."""
    from .pipeline import compare as run_compare
    from .read import DEFAULT_MAX_BYTES

    report = run_compare(
        path_a,
        path_b,
        rules=cfg.enabled_rules(),
        severities=cfg.severities(),
        language=cfg.language,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        format_a=format_a,
        format_b=format_b,
        parallel=parallel,
    )
    return apply(cfg, report)


def to_toml(cfg: Config) -> str:
    """The effective configuration as TOML that can be used as ``versiecheck.toml``."""
    from . import __version__

    def origin(key: str) -> str:
        return cfg.origins.get(key, "default")

    lines = [
        f"# Effective configuration of versiecheck {__version__}",
        f"# Read from: {cfg.path or '(no configuration file; defaults)'}",
        "# Each value's source is in the comment after it.",
        "",
        f"fail-on = {_str(cfg.fail_on)}  # {origin('fail-on')}",
        f"language = {_str(cfg.language)}  # {origin('language')}",
    ]
    if cfg.ignore:
        lines.append(f"ignore = [  # {origin('ignore')}")
        lines.extend(f"  {_literal(p)}," for p in cfg.ignore)
        lines.append("]")
    else:
        lines.append(f"ignore = []  # {origin('ignore')}")
    lines += ["", "[rules]"]
    width = max((len(r) for r in cfg.rules), default=0)
    for rid, s in cfg.rules.items():
        enabled = "true" if s.enabled else "false"
        value = f"{{ enabled = {enabled}, severity = {_str(s.severity.value)} }}"
        pad = " " * (width - len(rid))
        lines.append(f"{rid}{pad} = {value}  # {origin(rid)}")
    return "\n".join(lines) + "\n"


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot be read ({exc})") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("versiecheck") if isinstance(tool, dict) else None
        if table is not None and not isinstance(table, dict):
            raise UsageError(f"{path}: [tool.versiecheck] must be a table")
        return table
    return data


def _where(path: str) -> str:
    return f"{path} [tool.versiecheck]" if Path(path).name == "pyproject.toml" else path


def _check_keys(table: Mapping[str, Any], known: tuple[str, ...], where: str) -> None:
    for key in table:
        if key not in known:
            raise UsageError(
                f"{where}: unknown key {key!r}{_hint(key, known)} (known: {', '.join(known)})"
            )


def _hint(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _choice(value: object, choices: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise UsageError(f"{what} = {value!r}: choose from {', '.join(choices)}")
    return value


def _patterns(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise UsageError(f"{where}: ignore must be a list of regular expressions (strings)")
    for p in value:
        try:
            re.compile(p)
        except re.error as exc:
            raise UsageError(
                f"{where}: ignore pattern {p!r} is not a valid regex ({exc})"
            ) from None
    return list(value)


def _rule_setting(current: RuleSetting, value: object, what: str) -> RuleSetting:
    levels = ("off", "on", *(s.value for s in Severity))
    if isinstance(value, str):
        if value == "off":
            return RuleSetting(False, current.severity)
        if value == "on":
            return RuleSetting(True, current.severity)
        if value in (s.value for s in Severity):
            return RuleSetting(True, Severity(value))
        raise UsageError(f"{what} = {value!r}: choose from {', '.join(levels)}")
    if isinstance(value, bool):
        return RuleSetting(value, current.severity)
    if isinstance(value, Mapping):
        _check_keys(value, RULE_KEYS, what)
        enabled = value.get("enabled", current.enabled)
        if not isinstance(enabled, bool):
            raise UsageError(f"{what}.enabled = {enabled!r}: must be true or false")
        severity = value.get("severity", current.severity.value)
        sev = _choice(severity, tuple(s.value for s in Severity), f"{what}.severity")
        return RuleSetting(enabled, Severity(sev))
    raise UsageError(f"{what} = {value!r}: use one of {', '.join(levels)}, or a table")


def _str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _literal(value: str) -> str:
    """A TOML literal string when possible: regexes stay readable, backslashes single."""
    if "'" not in value and not any(ord(c) < 32 or c == "\x7f" for c in value):
        return f"'{value}'"
    return _str(value)
