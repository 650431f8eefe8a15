#!/usr/bin/env bash
# Signs connector-protocol claims as a compact JWS, as a connector does:
# HS256, key = the UTF-8 bytes of the connector's pre-shared key.
#   scripts/sign-connector-message.sh '<psk>' '<claims JSON>'
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 '<psk>' '<claims JSON>'" >&2
  exit 2
fi
psk=$1
claims=$2
base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '%s' '{"alg":"HS256","typ":"JWT"}' | base64url)
body=$(printf '%s' "$claims" | base64url)
signature=$(printf '%s' "$header.$body" | openssl dgst -sha256 -hmac "$psk" -binary | base64url)
printf '%s.%s.%s\n' "$header" "$body" "$signature"
