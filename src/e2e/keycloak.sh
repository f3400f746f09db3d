# Sourced by src/e2e/keycloak-console, src/e2e/compose-stack and src/bench/sla-bench: Keycloak, the reference IdP,
# from Maven Central's org.keycloak:keycloak-quarkus-dist zip, and a console sign-in through its login page with curl.
# Run from the repository root.

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_CACHE=${KEYCLOAK_CACHE:-/var/cache/loopline-e2e}
KEYCLOAK_DIST=$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_JAVA_HOME=${KEYCLOAK_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]-jdk-* 2>/dev/null | head -1)}

# keycloak_fetch: makes sure $KEYCLOAK_DIST holds the unpacked distribution (fetched and unpacked once per machine).
keycloak_fetch() {
  [ -x "$KEYCLOAK_DIST/bin/kc.sh" ] && return 0
  local tmp
  tmp=$(mktemp -d)
  echo "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip from Maven Central" >&2
  if ! ./mvnw -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$tmp" > "$tmp/fetch.log" 2>&1; then
    tail -20 "$tmp/fetch.log" >&2; rm -rf "$tmp"; return 1
  fi
  mkdir -p "$KEYCLOAK_CACHE" && rm -rf "$KEYCLOAK_DIST.partial" && mkdir "$KEYCLOAK_DIST.partial"
  unzip -q "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$KEYCLOAK_DIST.partial"
  rm -rf "$KEYCLOAK_DIST" && mv "$KEYCLOAK_DIST.partial/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIST"
  rm -rf "$KEYCLOAK_DIST.partial" "$tmp"
}

# keycloak_java: fails unless KEYCLOAK_JAVA_HOME is a Java that Keycloak runs on (21 or later; this machine's Temurin).
keycloak_java() {
  [ -n "$KEYCLOAK_JAVA_HOME" ] && [ -x "$KEYCLOAK_JAVA_HOME/bin/java" ] \
    || { echo "Keycloak $KEYCLOAK_VERSION needs Java 21+: none under /usr/lib/jvm" >&2; return 1; }
}

# keycloak_start PORT DIR LOGFILE: a fresh copy of the distribution in DIR (its own H2 database) with the realm
# docker/keycloak/loopline-realm.json, started in dev mode on 127.0.0.1:PORT; sets KEYCLOAK_PID. The realm takes
# LOOPLINE_OIDC_CLIENT_SECRET, LOOPLINE_DEMO_PASSWORD, LOOPLINE_CONSOLE_URL and LOOPLINE_REALM_SSL_REQUIRED from the
# environment.
keycloak_start() {
  local port=$1 dir=$2 logfile=$3
  keycloak_java && keycloak_fetch || return 1
  rm -rf "$dir" && cp -r "$KEYCLOAK_DIST" "$dir" && mkdir -p "$dir/data/import"
  cp docker/keycloak/loopline-realm.json "$dir/data/import/"
  JAVA_HOME=$KEYCLOAK_JAVA_HOME KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$(openssl rand -hex 12) \
    "$dir/bin/kc.sh" start-dev --http-port "$port" --http-host 127.0.0.1 --import-realm > "$logfile" 2>&1 &
  KEYCLOAK_PID=$!
}

# keycloak_wait ISSUER [PID] [SECONDS]: waits until the realm's discovery document answers (180 s unless told).
keycloak_wait() {
  local issuer=$1 pid=${2:-} seconds=${3:-180}
  for _ in $(seq 1 "$seconds"); do
    curl -sf -o /dev/null "$issuer/.well-known/openid-configuration" && return 0
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && { echo "Keycloak stopped" >&2; return 1; }
    sleep 1
  done
  echo "Keycloak's realm at $issuer did not answer in $seconds s" >&2
  return 1
}

# console_sign_in CONSOLE_URL USER PASSWORD JAR: signs USER in to the console through Keycloak's login page (the
# authorization-code flow, as a browser does it), leaving the session cookie in the curl cookie jar JAR. Fails
# unless the flow ends on the console's board. The session cookie's value: console_session_cookie JAR.
console_sign_in() {
  local console=$1 user=$2 password=$3 jar=$4 page action status final
  page=$(mktemp)
  rm -f "$jar"
  curl -s -L -c "$jar" -b "$jar" -o "$page" "$console/console/" || { rm -f "$page"; return 1; }
  action=$(python3 -c 'import html, re, sys
m = re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", open(sys.argv[1]).read())
print(html.unescape(m.group(1)) if m else "")' "$page")
  if [ -z "$action" ]; then
    echo "no Keycloak login form behind $console/console/" >&2; rm -f "$page"; return 1
  fi
  read -r status final < <(curl -s -L -c "$jar" -b "$jar" -o "$page" -w '%{http_code} %{url_effective}\n' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode credentialId= "$action")
  if [ "$status" != 200 ] || [[ "$final" != "$console/console/"* ]] || ! grep -q 'id="breached"' "$page"; then
    echo "signing $user in ended at $final with $status, not on the board" >&2; rm -f "$page"; return 1
  fi
  rm -f "$page"
}

# console_session_cookie JAR: "q_session=…" (the console's session cookie, or its chunks) for a Cookie header.
console_session_cookie() {
  awk -F'\t' '$6 ~ /^q_session/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$1"
}
