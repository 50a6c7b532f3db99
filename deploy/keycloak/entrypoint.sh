#!/bin/bash
# Adds the demo accounts to the realm import only when asked to, then hands over to Keycloak.
set -euo pipefail
if [ "${BPJSTK_DEMO_ACCOUNTS:-false}" = "true" ]; then
  cp /opt/keycloak/demo/bpjstk-users-0.json /opt/keycloak/data/import/bpjstk-users-0.json
else
  rm -f /opt/keycloak/data/import/bpjstk-users-0.json
fi
exec /opt/keycloak/bin/kc.sh "$@"
