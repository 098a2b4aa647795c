#!/bin/sh
# Lighthouse (mobile) against the production build, from outside the app's dependencies:
# Lighthouse is installed into a scratch folder, never into package.json.
#   sh bench/lighthouse.sh [path ...]      e.g. sh bench/lighthouse.sh / /help /calm
# Env: LH_DIR (scratch folder, default /tmp/cocoon-lighthouse), LH_PORT (default 4349),
#      LH_RUNS (runs per page, default 5), CHROME_PATH (default /usr/bin/chromium).
# Lighthouse's simulated throttling scales the CPU time it observed, so one run on a shared machine is
# noisy: each page is measured LH_RUNS times and the run with the median performance score is printed
# (performance, accessibility, best practices, SEO, the metrics and the JavaScript the page loaded).
set -eu
cd "$(dirname "$0")/.."
LH_DIR=${LH_DIR:-/tmp/cocoon-lighthouse}
LH_PORT=${LH_PORT:-4349}
LH_RUNS=${LH_RUNS:-5}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT_DIR="$LH_DIR/dist"
[ $# -eq 0 ] && set -- /

if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR"
  (cd "$LH_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12 >/dev/null)
fi

# A throwaway certificate for 127.0.0.1; Chrome is told to accept it (--ignore-certificate-errors).
if [ ! -f "$LH_DIR/cert.pem" ]; then
  command -v openssl >/dev/null || { echo "openssl is needed to serve the build over HTTPS (apt-get install openssl)." >&2; exit 1; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=127.0.0.1 \
    -keyout "$LH_DIR/key.pem" -out "$LH_DIR/cert.pem" >/dev/null 2>&1
fi

npx vite build --outDir "$OUT_DIR" --emptyOutDir >/dev/null
node bench/lighthouse-serve.mjs "$OUT_DIR" "$LH_PORT" "$LH_DIR/key.pem" "$LH_DIR/cert.pem" &
PREVIEW=$!
trap 'kill $PREVIEW 2>/dev/null' EXIT INT TERM
# Wait until the preview answers (a slow machine can take longer than any fixed pause), for at most 30 s.
tries=0
until NODE_TLS_REJECT_UNAUTHORIZED=0 node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "https://127.0.0.1:$LH_PORT/" 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ] || ! kill -0 "$PREVIEW" 2>/dev/null; then
    echo "The preview server did not start on port $LH_PORT." >&2
    exit 1
  fi
  sleep 0.5
done

for path in "$@"; do
  reports=""
  run=1
  while [ "$run" -le "$LH_RUNS" ]; do
    report="$LH_DIR/report$(echo "$path" | tr '/' '_')-$run.json"
    "$LH_DIR/node_modules/.bin/lighthouse" "https://127.0.0.1:$LH_PORT$path" \
      --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --ignore-certificate-errors" \
      --output=json --output-path="$report" --quiet
    reports="$reports $report"
    run=$((run + 1))
  done
  # shellcheck disable=SC2086
  node bench/lighthouse-summary.mjs "$path" $reports
done
