#!/bin/sh
# The transition board's journey (BoardJourney, as BoardPageTest runs it on HtmlUnit) in headless Chromium.
# Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); ./mvnw verify does not.
# Starts the packaged service with the demo data in an in-memory H2 on a free port, runs the journey, stops it.
# Usage: scripts/board-journey-chromium.sh [port]   (env CHROMIUM, CHROMEDRIVER: other binaries)
set -eu
cd "$(dirname "$0")/.."
PORT="${1:-18089}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
for bin in "$CHROMIUM" "$CHROMEDRIVER"; do
  [ -x "$bin" ] || { echo "$bin not found: apt-get install chromium chromium-driver" >&2; exit 2; }
done
JAR="$(ls target/csp-transition-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "$JAR" ]; then
  ./mvnw -q -DskipTests package
  JAR="$(ls target/csp-transition-*.jar | grep -v plain | head -1)"
fi
LOG="$(mktemp)"
java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:mem:board-journey;DB_CLOSE_DELAY=-1" --csp.rules.watch=false >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true' EXIT
i=0
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
  i=$((i + 1))
  if [ "$i" -gt 180 ] || ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "the service did not start; its log: $LOG" >&2; exit 1
  fi
  sleep 1
done
export CHROMIUM CHROMEDRIVER
if ! ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=com.csptransition.board.BoardJourneyInChromium \
    -Dbench.args="http://localhost:$PORT"; then
  echo "the journey failed; the service's log: $LOG" >&2; exit 1
fi
