#!/bin/sh
# Run by the one-shot mosquitto-init service (same image as the broker) before the broker starts:
# writes the broker's password file into the mosquitto-auth volume from compose/.env, at every `up`.
#
# Accounts:
#   $MQTT_GATEWAY_USERNAME    the connector gateway
#   $MQTT_CONNECTOR_USERNAME  one account shared by every connector (foundation only; a later
#                             issue gives each connector its own account and ACLs)
#   healthcheck               the broker's own health check; random password, generated once
#                             and kept in a root-only file next to the password file (it must not
#                             change while a broker that loaded the old file is running)
#
# The broker reads the password file only when it starts: after changing an MQTT password in
# .env, run `up` and then `restart mosquitto` (docs/operations/compose.md).
set -eu
umask 077

auth=/mosquitto/auth
: "${MQTT_GATEWAY_USERNAME:?}" "${MQTT_GATEWAY_PASSWORD:?}" "${MQTT_CONNECTOR_USERNAME:?}" "${MQTT_CONNECTOR_PASSWORD:?}"

if [ ! -s "$auth/healthcheck.password" ]; then
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$auth/healthcheck.password.new"
  mv -f "$auth/healthcheck.password.new" "$auth/healthcheck.password"
fi
# The image's entrypoint hands all of /mosquitto to the mosquitto user: take this one back.
chown 0:0 "$auth/healthcheck.password"
chmod 0600 "$auth/healthcheck.password"

rm -f "$auth/passwd.new"
mosquitto_passwd -c -b "$auth/passwd.new" "$MQTT_GATEWAY_USERNAME" "$MQTT_GATEWAY_PASSWORD"
mosquitto_passwd -b "$auth/passwd.new" "$MQTT_CONNECTOR_USERNAME" "$MQTT_CONNECTOR_PASSWORD"
mosquitto_passwd -b "$auth/passwd.new" healthcheck "$(cat "$auth/healthcheck.password")"

# The broker reads the password file as the mosquitto user, and newer brokers warn about files
# it does not own.
chown mosquitto:mosquitto "$auth/passwd.new"
chmod 0600 "$auth/passwd.new"
mv -f "$auth/passwd.new" "$auth/passwd"

echo "mosquitto-init: wrote $auth/passwd (users: $MQTT_GATEWAY_USERNAME, $MQTT_CONNECTOR_USERNAME, healthcheck)"
