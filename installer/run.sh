#!/usr/bin/env bash
# The run command: installs what is missing, builds Release, starts the server on its embedded
# PostgreSQL with demo data, prints the demo logins and opens the desktop client against it.
# Without a display the server keeps running in the background and its URL is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/deps.sh
installer/create-system-user.sh

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

bin=.build/release/app
port="${EY_PORT:-8080}"
url="http://127.0.0.1:${port}"
if [ "$(id -u)" -eq 0 ]; then
    data_dir="${EY_DATA_DIR:-/var/lib/eksporyuk}"
else
    data_dir="${EY_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/eksporyuk}"
fi
mkdir -p "$data_dir"
log="$data_dir/server.log"

if curl -fsS "$url/readyz" >/dev/null 2>&1; then
    echo "A server already answers at $url; using it."
else
    nohup "$bin/server/eksporyuk-server" --data-dir "$data_dir" --port "$port" --demo >"$log" 2>&1 &
    server_pid=$!
    echo "Starting eksporyuk-server (pid $server_pid, log $log) ..."
    for _ in $(seq 1 120); do
        curl -fsS "$url/readyz" >/dev/null 2>&1 && break
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "The server stopped while starting; last lines of $log:" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        sleep 0.5
    done
fi

echo
echo "EksporYuk server: $url   (API description: $url/api/v1/openapi.json)"
"$bin/server/eksporyuk-server" demo-logins
echo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/desk/eksporyuk-desk" ]; then
    echo "Opening the desktop client ..."
    "$bin/desk/eksporyuk-desk" --server "$url" || true
    echo "The server is still running at $url (stop it with: kill \$(pgrep -f eksporyuk-server))."
else
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): the desktop client was not opened."
    echo "The server keeps running at $url; open the client on a desktop with:"
    echo "  $bin/desk/eksporyuk-desk --server $url"
    echo "Stop the server with: kill \$(pgrep -f eksporyuk-server)"
fi
