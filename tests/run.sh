#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, then runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y -q chromium >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
  else
    echo "note: /usr/bin/chromium missing and apt-get unavailable: browser tests will be skipped" >&2
  fi
fi
python -m pip install -q -r requirements-dev.txt
set +e
python -m pytest -q "$@"
rc=$?
set -e
# pytest's 5 means "no tests collected": a broken selection, not a pass.
if [ "$rc" = 5 ]; then echo "no tests were collected" >&2; exit 1; fi
exit "$rc"
