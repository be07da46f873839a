#!/usr/bin/env bash
# End to end, as a new user would: the real bin/uapid in a temporary UAPI_HOME on a free port, a token from
# the real bin/uapi, then curl: TwoFactorAuth generate, set (with an oathtool code), get; the same envelopes
# over HTTP and bin/uapi; and a SIGTERM while a request is in flight, which must still answer 200, after which
# uapid exits 0. Needs the packaged build (mvn -B verify or package), curl and oathtool.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for tool in curl oathtool; do
  command -v "$tool" >/dev/null || { echo "e2e-server: needs $tool" >&2; exit 2; }
done

work=$(mktemp -d)
uapid_pid=
cleanup() {
  if [ -n "$uapid_pid" ]; then kill -TERM "$uapid_pid" 2>/dev/null; wait "$uapid_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
export UAPI_HOME="$work/home"
mkdir -p "$UAPI_HOME"

passed=0 failed=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1"; echo "     expected: $2"; echo "     actual:   $3"; fi
}
field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
result_of() { sed -n 's/^{"apiversion":3,"func":"[^"]*","module":"[^"]*","result":\(.*\)}$/\1/p'; }

"$root/bin/uapid" --port 0 >"$work/uapid.log" 2>"$work/uapid.err" &
uapid_pid=$!
base=
for _ in $(seq 300); do
  base=$(sed -n 's/^uapid: serving \(http[^ ]*\).*/\1/p' "$work/uapid.log")
  [ -n "$base" ] && break
  kill -0 "$uapid_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$base" ] || { echo "e2e-server: uapid did not start"; cat "$work/uapid.err"; exit 1; }
check "the startup line names the store and the modules" "1" \
  "$(grep -c '^uapid: serving .*store: .*modules: .*Tokens.*TwoFactorAuth' "$work/uapid.log")"

token=$("$root/bin/uapi" --user=alice --output=json Tokens create_full_access name=e2e | field token)
check "bin/uapi makes a token" "32" "${#token}"
auth="Authorization: cpanel alice:$token"

check "health answers without a token" "200" "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")"
check "no token is 401" "401" "$(curl -s -o /dev/null -w '%{http_code}' "$base/execute/Tokens/list")"

generated=$(curl -sS -H "$auth" "$base/execute/TwoFactorAuth/generate_user_configuration")
secret=$(printf '%s' "$generated" | field secret)
check "generate_user_configuration gives a secret" "1" "$(printf '%s' "$secret" | grep -cE '^[A-Z2-7]{16,}$')"

code=$(oathtool --totp -b "$secret")
set_answer=$(curl -sS -H "$auth" --data-urlencode "secret=$secret" --data-urlencode "tfa_token=$code" \
  "$base/execute/TwoFactorAuth/set_user_configuration")
check "set_user_configuration with an oathtool code" \
  '{"status":1,"errors":null,"messages":null,"warnings":null,"metadata":{},"data":{"tfa_configured":1}}' "$set_answer"

got=$(curl -sS -H "$auth" "$base/execute/TwoFactorAuth/get_user_configuration")
check "get_user_configuration says enabled" "1" "$(printf '%s' "$got" | grep -c '"is_enabled":1')"

for call in "TwoFactorAuth get_user_configuration" "Tokens list" "Tokens rename name=nope new_name=other"; do
  set -- $call
  http=$(curl -sS -H "$auth" "$base/execute/$1/$2?$(shift 2; IFS='&'; echo "$*")")
  cli=$("$root/bin/uapi" --user=alice --output=json $call | result_of)
  check "same envelope over HTTP and bin/uapi: $call" "$http" "$cli"
done

check "the access log holds neither the secret nor the code nor the token" "0" \
  "$(grep -c -e "$secret" -e "$token" -e "tfa_token=$code" "$work/uapid.log")"

# a request in flight when SIGTERM arrives: half a body now, the rest after the signal
port=${base##*:}
body="name=inflight"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'POST /execute/Tokens/list HTTP/1.1\r\nHost: 127.0.0.1\r\n%s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
  "$auth" "${#body}" "${body:0:4}" >&3
# within a second of each other: during a stop, a connection silent for longer is closed (docs/server.md)
sleep 0.2
kill -TERM "$uapid_pid"
sleep 0.3
check "uapid is still running while a request is in flight" "0" "$(kill -0 "$uapid_pid" 2>/dev/null; echo $?)"
printf '%s' "${body:4}" >&3
status_line=$(head -n1 <&3 | tr -d '\r')
exec 3<&-
check "the request in flight completes with 200" "HTTP/1.1 200 OK" "$status_line"
wait "$uapid_pid"
check "uapid exits 0 after SIGTERM" "0" "$?"
uapid_pid=
check "uapid says it stopped" "1" "$(grep -c '^uapid: stopped$' "$work/uapid.log")"

echo "e2e-server: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
