# Sourced by the benchmarks: the packaged service, run as docker/Dockerfile.jvm runs it (the image's JAVA_OPTS),
# against a database of the local PostgreSQL. Run from the repository root.

JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' docker/Dockerfile.jvm)}

# Builds the service unless it is built already (a bench measures what target/ holds: package after a change).
ensure_packaged() {
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
}

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  echo "installing wrk" >&2
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
}

# start_service PORT DATABASE LOGFILE [NAME=VALUE ...]: starts it in the background, sets SERVICE_PID, waits until
# it is ready (fails after 60 s). The NAME=VALUE pairs are extra configuration, as environment variables.
start_service() {
  local port=$1 database=$2 logfile=$3
  shift 3
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database" QUARKUS_DATASOURCE_USERNAME=postgres \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=src/main/resources/jwt/local-public.pem QUARKUS_HTTP_PORT="$port" "$@" \
    java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar > "$logfile" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 60); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "the service did not become ready on :$port; see $logfile" >&2
  return 1
}
