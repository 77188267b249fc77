#!/usr/bin/env bash
# Creates the unprivileged system user that owns the embedded PostgreSQL cluster when the server
# runs as root (initdb and postgres refuse to run as root). Idempotent.
set -euo pipefail
user="${EY_CLUSTER_USER:-eksporyuk}"
if [ "$(id -u)" -ne 0 ]; then
    exit 0 # a normal user runs the cluster as itself
fi
if ! id "$user" >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/eksporyuk --no-create-home \
        --shell /usr/sbin/nologin --comment "EksporYuk embedded database" "$user"
fi
