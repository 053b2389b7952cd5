#!/bin/sh
# The replica set members authenticate each other with a shared key file. It is made once, on the
# host's volume, never in the repository; mongod refuses a key readable by anyone but its owner.
set -eu
key=/etc/mongo-keys/rs.key
if [ ! -s "$key" ]; then
  head -c 756 /dev/urandom | base64 -w 0 > "$key"
fi
chown 999:999 "$key"
chmod 400 "$key"
