#!/bin/sh
# As the official image's entrypoint: before nginx starts, run the executable scripts in /docker-entrypoint.d.
set -eu
if [ "${1:-}" = nginx ]; then
  for f in $(find /docker-entrypoint.d -follow -type f -name '*.sh' | sort); do
    if [ -x "$f" ]; then echo "$0: running $f"; "$f"; else echo "$0: ignoring $f, not executable"; fi
  done
fi
exec "$@"
