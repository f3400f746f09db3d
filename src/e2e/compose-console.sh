# Sourced by src/e2e/compose-stack: the stack's Keycloak, and the console behind the proxy. The functions use
# src/e2e/keycloak.sh, the run's log, fail and instance_of and its variables (PROJECT, WORK, PROXY, CONSOLE, ISSUER);
# each fails the run on what must hold, and sets what the run's table reports.

# issuer_seen: "issuer token_endpoint" of the discovery document on stdin (an HTTP answer's headers are skipped)
issuer_seen() {
  python3 -c 'import json, sys; d = json.loads(sys.stdin.read().split("\r\n\r\n", 1)[-1]); print(d["issuer"], d["token_endpoint"])'
}

# stack_keycloak_ready SINCE: waits up to 300 s for the realm; one issuer, the browser's, in the discovery document as
# the browser reads it and as an instance reads it inside the network. Sets KEYCLOAK_SECONDS (after SINCE),
# INSTANCE_TOKEN_ENDPOINT and STARTED_WITHOUT (the instances that found Keycloak away at their start).
stack_keycloak_ready() {
  local i
  keycloak_wait "$ISSUER" "" 300 || fail "Keycloak's realm loopline at $ISSUER"
  KEYCLOAK_SECONDS=$(( $(date +%s) - $1 ))
  read -r BROWSER_ISSUER _ < <(curl -s "$ISSUER/.well-known/openid-configuration" | issuer_seen)
  read -r INSTANCE_ISSUER INSTANCE_TOKEN_ENDPOINT < <(podman exec "${PROJECT}_loopline-2_1" bash -c 'exec 3<>/dev/tcp/keycloak/8080
    printf "GET /realms/loopline/.well-known/openid-configuration HTTP/1.0\r\nHost: keycloak:8080\r\n\r\n" >&3; cat <&3' | issuer_seen)
  [ "$BROWSER_ISSUER" = "$ISSUER" ] && [ "$INSTANCE_ISSUER" = "$ISSUER" ] \
    || fail "issuer '$BROWSER_ISSUER' for the browser, '$INSTANCE_ISSUER' for the instances: both must be $ISSUER"
  # an instance that found Keycloak away at its start says so (and signs in all the same, later)
  STARTED_WITHOUT=""
  for i in 1 2; do
    if [ "$(podman logs "${PROJECT}_loopline-${i}_1" 2>&1 | grep -c 'OIDC server is not available yet')" -gt 0 ]; then
      STARTED_WITHOUT="${STARTED_WITHOUT:+$STARTED_WITHOUT }loopline-$i"
    fi
  done
  log "Keycloak's realm answered ${KEYCLOAK_SECONDS}s after up, issuer $ISSUER; started before it: ${STARTED_WITHOUT:-none}"
}

# acknowledge TOKEN: the board's Acknowledge form for $ESCALATION; prints "instance status location"
acknowledge() {
  local status
  status=$(curl -s -m 20 -o /dev/null -D "$WORK/headers" -w '%{http_code} %{redirect_url}' -H "Cookie: $SESSION" \
    --data-urlencode "csrf=$1" --data-urlencode "escalation=$ESCALATION" \
    "$CONSOLE/console/escalations/$ESCALATION/acknowledgement") || true
  echo "$(instance_of "$WORK/headers") $status"
}

# console_across_instances: zhao.lei signs in on Keycloak's login page through the proxy; with that one session
# cookie both instances serve the board, carry one CSRF token, and take the board's Acknowledge form. Sets
# SIGN_IN_BEGAN/ENDED, CONSOLE_GETS, CONSOLE_BY, FORGED_BY/STATUS, ACK_BY/STATUS/LOCATION and ACKNOWLEDGED_BY.
console_across_instances() {
  local n path status who token escalation
  console_sign_in "$CONSOLE" zhao.lei "$LOOPLINE_DEMO_PASSWORD" "$WORK/cookies" \
    || fail "zhao.lei's sign-in at $CONSOLE/console/ through Keycloak"
  SESSION=$(console_session_cookie "$WORK/cookies")
  # where the sign-in began (the redirect to Keycloak, its state cookie) and ended (the code's return), by the hop
  read -r SIGN_IN_BEGAN SIGN_IN_ENDED < <(podman logs "${PROJECT}_proxy_1" 2>/dev/null | awk '/"GET \/console\/[? ]/ {
      line = $0; sub(/ upstream_status=.*/, "", line); n = split(line, part, ":")
      hop = part[n] == 8081 ? "loopline-1" : (part[n] == 8082 ? "loopline-2" : "-") }
    /"GET \/console\/ HTTP\/[0-9.]+" 302 / { began = hop } /"GET \/console\/\?[^ ]*code=/ { ended = hop }
    END { print (began ? began : "-"), (ended ? ended : "-") }')
  log "zhao.lei signed in through the proxy: began on $SIGN_IN_BEGAN, ended on $SIGN_IN_ENDED"
  # GETs of the board and its content with the session cookie alone, 8 or more until each path came from both
  # instances (nginx's round robin is per worker); each page's CSRF token (the Acknowledge forms') and first escalation
  # awaiting acknowledgement
  : > "$WORK/pages"
  for n in $(seq 1 24); do
    path=/console/; [ $(( (n - 1) / 2 % 2 )) -eq 1 ] && path=/console/board
    status=$(curl -s -m 20 -o "$WORK/page" -D "$WORK/headers" -w '%{http_code}' -H "Cookie: $SESSION" "$CONSOLE$path") || true
    who=$(instance_of "$WORK/headers")
    [ "$status" = 200 ] || fail "GET $path with zhao.lei's session cookie answered $status from $who"
    token=$(awk 'match($0, /name="csrf" value="[^"]*"/) { split(substr($0, RSTART, RLENGTH), f, "\""); print f[4]; exit }' \
      "$WORK/page")
    escalation=$(awk 'match($0, /action="\/console\/escalations\/[^\/"]*\/acknowledgement"/) {
      split(substr($0, RSTART, RLENGTH), f, "/"); print f[4]; exit }' "$WORK/page")
    echo "$path $who ${token:--} ${escalation:--}" >> "$WORK/pages"
    [ "$n" -ge 8 ] && [ "$(awk '{ print $1, $2 }' "$WORK/pages" | sort -u | grep -c ' loopline-[12]$')" -eq 4 ] && break
  done
  CONSOLE_GETS=$(wc -l < "$WORK/pages")
  CONSOLE_BY=$(awk '{ n[$2]++ } END { printf "%d / %d", n["loopline-1"], n["loopline-2"] }' "$WORK/pages")
  [ "$(awk '{ print $1, $2 }' "$WORK/pages" | sort -u | grep -c ' loopline-[12]$')" -eq 4 ] \
    || fail "in $CONSOLE_GETS GETs, /console/ and /console/board were not each answered by both instances: $CONSOLE_BY"
  TOKENS=$(awk '{ print $3 }' "$WORK/pages" | sort -u)
  ESCALATION=$(awk '$4 != "-" { print $4; exit }' "$WORK/pages")
  [ "$(echo "$TOKENS" | wc -l)" -eq 1 ] && [ "$TOKENS" != - ] && [ -n "$ESCALATION" ] \
    || fail "the pages of both instances carried CSRF tokens '$(echo $TOKENS)' and escalation '$ESCALATION': one token and one escalation expected"
  read -r FORGED_BY FORGED_STATUS _ < <(acknowledge "x$TOKENS")
  [ "$FORGED_STATUS" = 403 ] || fail "the Acknowledge form with a wrong CSRF token answered $FORGED_STATUS from $FORGED_BY"
  read -r ACK_BY ACK_STATUS ACK_LOCATION < <(acknowledge "$TOKENS")
  [ "$ACK_STATUS" = 303 ] && [ "$ACK_LOCATION" = "$CONSOLE/console/" ] \
    || fail "the Acknowledge form with the pages' CSRF token answered $ACK_STATUS ($ACK_LOCATION) from $ACK_BY"
  ACKNOWLEDGED_BY=$(curl -s -m 20 -H "Authorization: Bearer $(src/scripts/token supervisor e2e.supervisor)" \
    "$PROXY/api/v1/escalations/$ESCALATION" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("acknowledgedBy"))')
  [ "$ACKNOWLEDGED_BY" = zhao.lei ] || fail "escalation $ESCALATION was acknowledged by '$ACKNOWLEDGED_BY', not zhao.lei"
  log "console: $CONSOLE_GETS GETs with one session cookie, all 200 ($CONSOLE_BY); one CSRF token on both instances' pages;"
  log "  escalation $ESCALATION acknowledged by zhao.lei through $ACK_BY (a wrong token: $FORGED_STATUS from $FORGED_BY)"
}
