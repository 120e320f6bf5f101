"""Configuration: discovery, precedence, errors, and what each setting does to a report."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from conftest import SEED
from versiecheck.cli import main
from versiecheck.config import default_config, discover, load_config, to_toml
from versiecheck.errors import UsageError
from versiecheck.model import Severity
from versiecheck.rules import registry

A, B = str(SEED / "typeset.txt"), str(SEED / "plain.txt")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory (a git root) as the current directory."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _rules_seen(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["compare", A, B, *args])
    return code, capsys.readouterr().out


def test_default_profile_lists_every_rule_at_its_own_severity(in_tmp: Path) -> None:
    cfg = load_config()
    assert cfg.path is None
    assert set(cfg.rules) == set(registry())
    for rid, rule in registry().items():
        assert cfg.rules[rid].enabled and cfg.rules[rid].severity is rule.severity
    assert (cfg.fail_on, cfg.language, cfg.ignore) == ("error", "auto", ())


def test_discovery_walks_up_and_prefers_versiecheck_toml(in_tmp: Path) -> None:
    (in_tmp / "pyproject.toml").write_text('[tool.versiecheck]\nfail-on = "warning"\n')
    deep = in_tmp / "docs" / "letters"
    deep.mkdir(parents=True)
    found = discover(deep)
    assert found is not None and found[0] == in_tmp / "pyproject.toml"
    assert load_config(start=deep).fail_on == "warning"
    (in_tmp / "docs" / "versiecheck.toml").write_text('fail-on = "info"\n')
    assert load_config(start=deep).fail_on == "info"


def test_pyproject_without_our_table_is_passed_over(in_tmp: Path) -> None:
    (in_tmp / "versiecheck.toml").write_text('language = "nl"\n')
    sub = in_tmp / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(start=sub).language == "nl"


def test_discovery_stops_at_the_repository_root(in_tmp: Path) -> None:
    (in_tmp / "versiecheck.toml").write_text('language = "nl"\n')
    repo = in_tmp / "repo"
    (repo / ".git").mkdir(parents=True)
    assert discover(repo) is None


def test_precedence_command_line_over_file_over_defaults(in_tmp: Path) -> None:
    (in_tmp / "versiecheck.toml").write_text(
        'fail-on = "warning"\nlanguage = "nl"\n[rules]\ntext-case = "error"\n'
    )
    cfg = load_config(fail_on="never", rules=["text-case=off"])
    assert cfg.fail_on == "never"  # command line
    assert cfg.language == "nl"  # file
    assert cfg.rules["text-case"].enabled is False
    assert cfg.rules["text-case"].severity is Severity.ERROR  # file, kept when turned off
    assert cfg.origins["fail-on"] == "command line"
    assert cfg.origins["language"].endswith("versiecheck.toml")


def test_unknown_key_is_one_line_and_exit_2(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "pyproject.toml").write_text('[tool.versiecheck]\nfail_on = "warning"\n')
    assert main(["compare", A, B]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown key 'fail_on'" in err and "did you mean 'fail-on'?" in err
    assert "pyproject.toml [tool.versiecheck]" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[rules]\nfootnote-mising = "off"\n', "unknown rule 'footnote-mising'"),
        ('[rules]\ntext-case = "loud"\n', "choose from off, on, error, warning, info"),
        ('[rules]\ntext-case = { enabled = true, level = "info" }\n', "unknown key 'level'"),
        ('fail-on = "fatal"\n', "fail-on = 'fatal'"),
        ('language = "de"\n', "language = 'de'"),
        ('ignore = ["(unclosed"]\n', "not a valid regex"),
        ("ignore = 'x'\n", "must be a list"),
        ("fail-on = \n", "invalid TOML"),
    ],
)
def test_bad_values_are_usage_errors(in_tmp: Path, text: str, message: str) -> None:
    (in_tmp / "versiecheck.toml").write_text(text)
    with pytest.raises(UsageError, match=r"versiecheck\.toml") as exc:
        load_config()
    assert message in str(exc.value)


def test_bad_rule_option_on_the_command_line(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", A, B, "--rule", "text-case"]) == 2
    assert "expected ID=LEVEL" in capsys.readouterr().err


def test_rule_off_removes_its_findings(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, before = _rules_seen(capsys, "-f", "json")
    assert "signatory-role-style" in before
    (in_tmp / "versiecheck.toml").write_text('[rules]\nsignatory-role-style = "off"\n')
    _, after = _rules_seen(capsys, "-f", "json")
    assert "signatory-role-style" not in after


def test_severity_override_changes_findings_and_exit_code(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = registry()
    errors = [r for r in rules.values() if r.severity is Severity.ERROR]
    table = "\n".join(f'{r.id} = "info"' for r in errors)
    (in_tmp / "versiecheck.toml").write_text(f"[rules]\n{table}\n")
    code, out = _rules_seen(capsys, "-f", "json")
    assert '"severity": "error"' not in out
    assert code == 0  # nothing at error any more
    assert main(["compare", A, B, "--fail-on", "info"]) == 1


def test_fail_on_from_file(in_tmp: Path) -> None:
    (in_tmp / "versiecheck.toml").write_text('fail-on = "never"\n')
    assert main(["compare", A, B]) == 0
    assert main(["compare", A, B, "--fail-on", "error"]) == 1


def test_ignore_pattern_must_match_every_side(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, before = _rules_seen(capsys, "-f", "json")
    assert "Oosten" in before
    # Only A's excerpt ('F. van Oosten') matches: the finding stays.
    _, out = _rules_seen(capsys, "-f", "json", "--ignore-pattern", r"^F\. van")
    assert "signatory-name-variant" in out and '"ignore"' not in out
    # Both excerpts ('F. van Oosten', 'Foort van Oosten') match: it goes, and is counted.
    (in_tmp / "versiecheck.toml").write_text("ignore = ['van Oosten$']\n")
    _, out = _rules_seen(capsys, "-f", "json")
    assert "van Oosten" not in out.split('"findings"')[1]
    assert '"ignore": 1' in out


def test_language_reaches_the_rules(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from versiecheck import check

    seen: list[str] = []
    real = check.run_rules

    def spy(ctx, *args, **kw):  # type: ignore[no-untyped-def]
        seen.append(ctx.language)
        return real(ctx, *args, **kw)

    monkeypatch.setattr("versiecheck.pipeline.run_rules", spy)
    (in_tmp / "versiecheck.toml").write_text('language = "nl"\n')
    main(["compare", A, B])
    main(["compare", A, B, "--language", "en"])
    assert seen == ["nl", "en"]


def test_config_command_prints_every_rule_and_its_origin(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "pyproject.toml").write_text(
        "[tool.versiecheck]\nignore = ['\\d+ kB']\n[tool.versiecheck.rules]\ntext-case = \"off\"\n"
    )
    assert main(["config", "--fail-on", "warning"]) == 0
    out = capsys.readouterr().out
    assert f"# Read from: {in_tmp / 'pyproject.toml'}" in out
    assert 'fail-on = "warning"  # command line' in out
    assert 'language = "auto"  # default' in out
    parsed = tomllib.loads(out)
    assert set(parsed["rules"]) == set(registry())
    assert parsed["rules"]["text-case"]["enabled"] is False
    assert parsed["ignore"] == [r"\d+ kB"]


def test_config_output_round_trips_as_a_config_file(in_tmp: Path) -> None:
    cfg = load_config(rules=["text-case=off", "date-changed=info"], ignore=["it's \\d"])
    (in_tmp / "versiecheck.toml").write_text(to_toml(cfg))
    again = load_config()
    assert (again.rules, again.ignore, again.fail_on) == (cfg.rules, cfg.ignore, cfg.fail_on)
    assert again.rules != default_config().rules


def test_explicit_config_file(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = in_tmp / "ci" / "strict.toml"
    other.parent.mkdir()
    other.write_text('fail-on = "info"\n')
    assert main(["config", "--config", str(other)]) == 0
    assert 'fail-on = "info"' in capsys.readouterr().out
    assert main(["config", "--config", str(in_tmp / "missing.toml")]) == 2


def test_command_line_patterns_add_to_the_file_s(in_tmp: Path) -> None:
    (in_tmp / "versiecheck.toml").write_text("ignore = ['a']\n")
    cfg = load_config(ignore=["b"])
    assert cfg.ignore == ("a", "b")
    assert cfg.origins["ignore"] == f"{in_tmp / 'versiecheck.toml'} + command line"
