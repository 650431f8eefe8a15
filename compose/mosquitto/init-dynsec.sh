#!/bin/sh
# Run by the one-shot mosquitto-init service (same image as the broker) before every broker start.
#
# Dynamic security (mosquitto's dynsec plugin), state in the mosquitto-dynsec volume:
#   - first start: dynamic-security.json with the admin account ($MQTT_ADMIN_USERNAME, role
#     admin: may manage accounts over $CONTROL/dynamic-security), the roles gateway, connector and
#     healthcheck with their ACLs, and one account for each;
#   - every start: the gateway's and connectors' passwords set from compose/.env, so
#     .env stays the source of truth for them. Accounts added later over $CONTROL (per-connector
#     accounts from a provisioner, `mosquitto_ctrl dynsec ...`) are kept.
# Both through a temporary broker on 127.0.0.1:1884 inside this container, with mosquitto's own
# tools (no hand-made password hashes).
#
# Roles (topic layout mobius/connectors/<serial>/<up|status|ack|down>, Mqtt:TopicPrefix "mobius"):
#   gateway      subscribe (also $share/...) to every connector's topics, publish downlinks
#   connector    publish up/status/ack, subscribe to down (one account shared by every connector
#                until per-connector accounts are provisioned)
#   healthcheck  subscribe to $SYS/broker/version (the compose health check)
#
# Also writes conf.d/dynsec.conf (the plugin line, its path found in this image), which the
# broker's mosquitto.conf includes, and takes the TLS key into the mosquitto user's hands.
set -eu
umask 077

state=/mosquitto/dynsec
config="$state/dynamic-security.json"
: "${MQTT_ADMIN_USERNAME:?}" "${MQTT_ADMIN_PASSWORD:?}" "${MQTT_GATEWAY_USERNAME:?}" "${MQTT_GATEWAY_PASSWORD:?}" \
  "${MQTT_CONNECTOR_USERNAME:?}" "${MQTT_CONNECTOR_PASSWORD:?}"

plugin=""
for candidate in /usr/lib/mosquitto_dynamic_security.so /usr/lib/*/mosquitto_dynamic_security.so /usr/local/lib/mosquitto_dynamic_security.so; do
  [ -f "$candidate" ] && plugin="$candidate" && break
done
[ -n "$plugin" ] || { echo "mosquitto-init: no mosquitto_dynamic_security.so in this image" >&2; exit 1; }

mkdir -p "$state/conf.d"
printf 'plugin %s\nplugin_opt_config_file %s\n' "$plugin" "$config" > "$state/conf.d/dynsec.conf"
chmod 0644 "$state/conf.d/dynsec.conf"

if [ ! -s "$state/healthcheck.password" ]; then
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$state/healthcheck.password"
fi

first_start=false
if [ ! -s "$config" ]; then
  first_start=true
  mosquitto_ctrl dynsec init "$config" "$MQTT_ADMIN_USERNAME" "$MQTT_ADMIN_PASSWORD" >/dev/null
fi
chown -R mosquitto:mosquitto "$state"
# Read by the health check as root only; it must not change while a broker is running with it.
chown 0:0 "$state/healthcheck.password"
chmod 0600 "$state/healthcheck.password"

printf 'listener 1884 127.0.0.1\nallow_anonymous false\nper_listener_settings false\ninclude_dir %s/conf.d\npersistence false\nlog_dest stderr\nlog_type error\n' \
  "$state" > /tmp/bootstrap.conf
mosquitto -c /tmp/bootstrap.conf &
broker=$!
trap 'kill "$broker" 2>/dev/null || true' EXIT

# The admin account logs in with the password in .env. To change it: `mosquitto_ctrl dynsec
# setClientPassword` against the running broker first, then .env (docs/operations/compose.md).
# Its warning about the unencrypted connection (loopback inside this container) is left out.
ctrl() {
  status=0
  output=$(mosquitto_ctrl -h 127.0.0.1 -p 1884 -u "$MQTT_ADMIN_USERNAME" -P "$MQTT_ADMIN_PASSWORD" dynsec "$@" 2>&1) || status=$?
  printf '%s\n' "$output" | grep -v -e 'without encryption' -e 'visible on the network' -e '^$' || true
  return "$status"
}

tries=0
until ctrl listRoles >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "mosquitto-init: the temporary broker did not answer as $MQTT_ADMIN_USERNAME" >&2; exit 1; }
  sleep 0.5
done

if $first_start; then
  ctrl createRole gateway
  ctrl addRoleACL gateway subscribePattern 'mobius/connectors/#' allow
  ctrl addRoleACL gateway subscribePattern '$share/+/mobius/connectors/#' allow
  ctrl addRoleACL gateway publishClientSend 'mobius/connectors/+/down' allow
  ctrl createRole connector
  ctrl addRoleACL connector publishClientSend 'mobius/connectors/+/up' allow
  ctrl addRoleACL connector publishClientSend 'mobius/connectors/+/status' allow
  ctrl addRoleACL connector publishClientSend 'mobius/connectors/+/ack' allow
  ctrl addRoleACL connector subscribePattern 'mobius/connectors/+/down' allow
  ctrl createRole healthcheck
  ctrl addRoleACL healthcheck subscribeLiteral '$SYS/broker/version' allow
fi

account() { # username password role
  if ctrl getClient "$1" 2>/dev/null | grep -q "^Username:"; then
    ctrl setClientPassword "$1" "$2"
  else
    ctrl createClient "$1" -p "$2"
    ctrl addClientRole "$1" "$3"
  fi
}
account "$MQTT_GATEWAY_USERNAME" "$MQTT_GATEWAY_PASSWORD" gateway
account "$MQTT_CONNECTOR_USERNAME" "$MQTT_CONNECTOR_PASSWORD" connector
account healthcheck "$(cat "$state/healthcheck.password")" healthcheck

kill "$broker"
wait "$broker" 2>/dev/null || true
trap - EXIT
chown mosquitto:mosquitto "$config"

# The TLS key, made by mosquitto-certs as root: readable by the broker's user only.
if [ -f /mosquitto/certs/server.key ]; then
  chown mosquitto:mosquitto /mosquitto/certs/server.key
  chmod 0600 /mosquitto/certs/server.key
fi

echo "mosquitto-init: dynamic security ready in $config (accounts $MQTT_ADMIN_USERNAME, $MQTT_GATEWAY_USERNAME, $MQTT_CONNECTOR_USERNAME, healthcheck)"
