#!/bin/bash
# Health check of the containers, with bash alone (the images have no curl): exits 0 when
# GET http://127.0.0.1:PORT/PATH answers 200.   Usage: http-ready.sh PORT PATH
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/$1"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
read -r status <&3
[[ $status == HTTP/1.[01]\ 200\ * ]]
