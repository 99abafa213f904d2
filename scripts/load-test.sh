#!/usr/bin/env bash
# Load test of a running `sifara serve`: wrk drives the request mix of scripts/load-mix.txt (saved
# queries, dereferencing, pages, downloads, VoID, small SPARQL queries) through load-mix.lua, which
# prints requests/s, latency p50/p90/p99/max, the number of requests and of errors, and makes this
# script exit 1 if any request failed or got an unexpected status.
#
# Usage: scripts/load-test.sh [--url URL] [--connections N] [--duration D] [--threads N] [--timeout T]
# or the same as environment variables (flags win):
#   URL          server root                      default http://127.0.0.1:3030
#   CONNECTIONS  open HTTP connections            default 64
#   DURATION     how long, wrk syntax (30s, 2m)   default 30s
#   THREADS      wrk threads                      default 2
#   TIMEOUT      a response slower than this is a timeout error   default 5s
# Example: java -jar target/sifara.jar serve --port 3939 &  scripts/load-test.sh --url http://127.0.0.1:3939
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
URL="${URL:-http://127.0.0.1:3030}"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
TIMEOUT="${TIMEOUT:-5s}"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "load-test.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "load-test.sh: wrk is not installed (apt-get install wrk)" >&2
  exit 2
fi
URL="${URL%/}"
if ! curl -fsS -o /dev/null -H 'Accept: text/html' "$URL/"; then
  echo "load-test.sh: no Sifara server answers at $URL/ (start one with: java -jar target/sifara.jar serve)" >&2
  exit 2
fi

echo "wrk: $CONNECTIONS connections, $THREADS threads, $DURATION, against $URL (mix: scripts/load-mix.txt)"
exec wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --timeout "$TIMEOUT" \
  --script "$here/load-mix.lua" "$URL" -- "$here/load-mix.txt"
