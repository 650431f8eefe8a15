#!/bin/sh
# Run by the one-shot mosquitto-certs service before the broker's first start: a private CA and a
# server certificate for Mosquitto's TLS listener (8883), in the mosquitto-certs volume. Made once
# and kept; delete the volume (or the files) to make new ones. Connectors trust ca.crt:
#   docker compose -f compose/docker-compose.yml cp mosquitto:/mosquitto/certs/ca.crt .
#
# The server certificate names mosquitto, localhost, 127.0.0.1 and every name in
# $MQTT_TLS_HOSTNAMES (comma-separated DNS names, e.g. the site server's), at first start.
# The image is the RabbitMQ one only because it is already in the stack and has openssl.
set -eu
umask 077
certs=/certs

if [ -s "$certs/server.crt" ] && [ -s "$certs/server.key" ] && [ -s "$certs/ca.crt" ]; then
  echo "mosquitto-certs: keeping the certificates in $certs"
  exit 0
fi

names="DNS:mosquitto,DNS:localhost,IP:127.0.0.1"
for name in $(echo "${MQTT_TLS_HOSTNAMES:-}" | tr ',' ' '); do
  names="$names,DNS:$name"
done

work=$(mktemp -d)
# EC P-256 keys: small, fast, and no progress dots in the log.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -days 3650 -nodes \
  -keyout "$work/ca.key" -out "$work/ca.crt" -subj "/CN=Mobius.Micro MQTT CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -nodes -keyout "$work/server.key" -out "$work/server.csr" -subj "/CN=mosquitto"
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n' "$names" > "$work/server.ext"
openssl x509 -req -sha256 -days 825 -in "$work/server.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" \
  -CAcreateserial -extfile "$work/server.ext" -out "$work/server.crt"

# The CA key stays in the volume (root only) to sign a new server certificate later.
mv -f "$work/ca.key" "$work/ca.crt" "$work/server.key" "$work/server.crt" "$certs/"
chmod 0644 "$certs/ca.crt" "$certs/server.crt"
rm -rf "$work"
echo "mosquitto-certs: new CA and server certificate for $names in $certs"
