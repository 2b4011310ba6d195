#!/usr/bin/env bash
# Soak test of kashdash-server: redirects, event batches with resends, ranged downloads and
# dashboard sign-ins at once, sampling memory, descriptors and errors every 10 s.
#
#   swift build -c release --scratch-path .build-server-rel --product kashdash-server
#   scripts/server/soak.sh --minutes 60 [--csv docs/perf/soak-server.csv]
#
# Results of the recorded runs: docs/perf/soak.md. See soak.py for the checks.
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/soak.py" "$@"
