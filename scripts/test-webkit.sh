#!/usr/bin/env sh
# Runs the browser tests in WebKitGTK: WebKitWebDriver under a virtual X display.
# Arguments go to wtr, e.g. --files 'test/elements/**/*.test.ts'.
set -eu
command -v xvfb-run >/dev/null && command -v WebKitWebDriver >/dev/null || {
  echo "WebKit tests need WebKitWebDriver and xvfb-run. Install them with: bash scripts/install-browsers.sh" >&2
  exit 1
}
exec xvfb-run -a sh -c '
  WebKitWebDriver --port=4444 >/dev/null 2>&1 & driver=$!
  trap "kill $driver 2>/dev/null" EXIT
  sleep 1
  npx wtr --config web-test-runner.webkit.config.mjs "$@"
' sh "$@"
