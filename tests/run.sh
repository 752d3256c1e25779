#!/usr/bin/env bash
# The test command (README and .ci/run): brings what the tests need, then runs pytest.
# Chromium (and a Korean font) come from Debian's packages when missing (the browser tests drive them).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
# A Korean font too (fonts-nanum): the report declares CJK faces, and the screenshots should show Hangul.
if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/nanum ]; then
  echo "tests/run.sh: installing Debian's chromium and fonts-nanum for the browser tests" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-nanum >/dev/null
fi
# Lint and format first (pyproject's [tool.ruff]): a ruff failure fails the run before any test starts.
"$PY" -m ruff check checker tests benchmarks
"$PY" -m ruff format --check checker tests benchmarks
# Over the machine's cores (pytest-xdist; every test is independent of the others' order and process):
# FACTLINT_TEST_WORKERS=0 runs them in this one process.
exec "$PY" -m pytest -n "${FACTLINT_TEST_WORKERS:-auto}" "$@"
