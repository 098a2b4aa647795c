#!/bin/sh
# Lighthouse (mobile) against the production build, from outside the app's dependencies:
# Lighthouse is installed into a scratch folder, never into package.json.
#   sh bench/lighthouse.sh [path ...]      e.g. sh bench/lighthouse.sh / /help /calm
# Env: LH_DIR (scratch folder, default /tmp/cocoon-lighthouse), LH_PORT (default 4349),
#      CHROME_PATH (default /usr/bin/chromium).
# Prints performance, accessibility, best practices and SEO per page, plus the JavaScript the page loaded.
set -eu
cd "$(dirname "$0")/.."
LH_DIR=${LH_DIR:-/tmp/cocoon-lighthouse}
LH_PORT=${LH_PORT:-4349}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT_DIR="$LH_DIR/dist"
[ $# -eq 0 ] && set -- /

if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR"
  (cd "$LH_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12 >/dev/null)
fi

npx vite build --outDir "$OUT_DIR" --emptyOutDir >/dev/null
npx vite preview --outDir "$OUT_DIR" --host 127.0.0.1 --port "$LH_PORT" --strictPort >/dev/null 2>&1 &
PREVIEW=$!
trap 'kill $PREVIEW 2>/dev/null' EXIT INT TERM
# Wait until the preview answers (a slow machine can take longer than any fixed pause), for at most 30 s.
tries=0
until node -e 'fetch(process.argv[1]).then(() => process.exit(0), () => process.exit(1))' "http://127.0.0.1:$LH_PORT/" 2>/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ] || ! kill -0 "$PREVIEW" 2>/dev/null; then
    echo "The preview server did not start on port $LH_PORT." >&2
    exit 1
  fi
  sleep 0.5
done

for path in "$@"; do
  report="$LH_DIR/report$(echo "$path" | tr '/' '_').json"
  "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$LH_PORT$path" \
    --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    --output=json --output-path="$report" --quiet
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
    const scores = Object.values(r.categories).map((c) => `${c.id} ${c.score}`).join(", ")
    const js = r.audits["resource-summary"].details.items.find((i) => i.resourceType === "script")
    const lcp = r.audits["largest-contentful-paint"].displayValue
    const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual").map((a) => a.id)
    console.log(`${process.argv[2]}: ${scores}; JS ${(js.transferSize / 1024).toFixed(1)} KiB in ${js.requestCount} files; LCP ${lcp}`)
    if (failed.length) console.log(`  not perfect: ${failed.join(", ")}`)
  ' "$report" "$path"
done
