"""Configuration: `.factlint.toml`, `factlint.toml` or `[tool.factlint]` in `pyproject.toml`.

Found the way ruff finds its own: walk up from the checked path, the closest
file wins (no merging); `--config FILE` or `FACTLINT_CONFIG` take precedence;
command-line flags override the file. Unknown keys are errors naming the key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.errors import InputError
from checker.extract.units import ISO_CODES
from checker.folders import is_dir, is_file
from checker.tomlfile import read_toml

CONFIG_NAMES = (".factlint.toml", "factlint.toml")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "info"] = Field("error", alias="fail-on")
    lang: Literal["en", "ko"] = "en"
    format: Literal["text", "json", "sarif", "github", "html"] = "text"
    rules: list[Path] = Field(default_factory=list)
    approximately: float = Field(0.005, ge=0, le=0.2)
    fx_tolerance: float | None = Field(None, alias="fx-tolerance", ge=0, le=1)
    fx_business_days: int | None = Field(None, alias="fx-business-days", ge=0, le=30)
    rule_params: dict[str, dict] = Field(default_factory=dict, alias="rule-params")
    baseline: Path | None = None
    ledger: Path | None = None
    facts: Path | None = None
    manifest: Path | None = None
    default_currency: dict[str, str] = Field(default_factory=dict, alias="default-currency")
    source: str | None = Field(None, exclude=True)

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _upper(cls, value):
        if value is None:
            return value
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError('expected a list of rule codes such as ["F3", "F401"]')
        return [v.strip().upper() for v in value]

    @field_validator("default_currency")
    @classmethod
    def _iso(cls, value: dict[str, str]) -> dict[str, str]:
        for symbol, code in value.items():
            if code.upper() not in ISO_CODES:
                raise ValueError(f"{symbol!r} → {code!r} is not a known ISO 4217 code")
        return {symbol: code.upper() for symbol, code in value.items()}

    def currencies(self) -> dict[str, str] | None:
        """How this newsroom's bare `$`, `달러` or `원` should be read (None: the defaults)."""
        return self.default_currency or None

    def rule_overrides(self) -> dict[str, dict]:
        """Per-rule parameters; the dict names the file they came from, so that a bad value is
        blamed on the configuration, not on the rule pack it overrides."""
        overrides = Overrides({code.upper(): dict(values) for code, values in self.rule_params.items()})
        overrides.source = self.source
        fx = {}
        if self.fx_tolerance is not None:
            fx["tolerance"] = self.fx_tolerance
            fx["house_tolerance"] = self.fx_tolerance  # a desk's own tolerance is its whole allowance
        if self.fx_business_days is not None:
            fx["business_days"] = self.fx_business_days
        for code in ("F202", "F203"):
            if fx:
                overrides[code] = {**fx, **overrides.get(code, {})}
        return overrides


class Overrides(dict):
    """`rule-params` by rule code, and the configuration file that set them."""

    source: str | None = None


def _table(path: Path) -> dict | None:
    data, _ = read_toml(path)
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("factlint")
    return data


def discover(start: Path) -> Path | None:
    folder = start if is_dir(start) else start.parent
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if is_file(candidate / name):
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if is_file(pyproject) and _table(pyproject) is not None:
            return pyproject
    return None


def load_settings(explicit: Path | None, paths: list[str]) -> Settings:
    chosen = explicit or (Path(os.environ["FACTLINT_CONFIG"]) if os.environ.get("FACTLINT_CONFIG") else None)
    if chosen is None and paths:
        chosen = discover(Path(paths[0]))
    if chosen is None:
        return Settings()
    if not chosen.is_file():
        raise InputError(str(chosen), "configuration file not found")
    table = _table(chosen) or {}
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        message = f"unknown key {key!r}" if err["type"] == "extra_forbidden" else f"{key}: {err['msg']}"
        raise InputError(str(chosen), message) from None
    base = chosen.parent
    settings.rules = [p if p.is_absolute() else base / p for p in settings.rules]
    if settings.baseline and not settings.baseline.is_absolute():
        settings.baseline = base / settings.baseline
    if settings.ledger and not settings.ledger.is_absolute():
        settings.ledger = base / settings.ledger
    if settings.facts and not settings.facts.is_absolute():
        settings.facts = base / settings.facts
    if settings.manifest and not settings.manifest.is_absolute():
        settings.manifest = base / settings.manifest
    settings.source = str(chosen)
    return settings
