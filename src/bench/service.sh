# Sourced by the benchmarks: the packaged service, run as docker/Dockerfile.jvm runs it (the image's JAVA_OPTS),
# against a database of the local PostgreSQL. Run from the repository root.

# the image's Java (Temurin 25) and its AOT cache, trained by src/scripts/aot-train as the image's build trains it
# (SERVICE_AOT=off SERVICE_JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64: as the service ran before, for comparison)
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' docker/Dockerfile.jvm)}
SERVICE_JAVA_HOME=${SERVICE_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
SERVICE_AOT=${SERVICE_AOT:-on}
SERVICE_AOT_CACHE=target/quarkus-app/app.aot

# Builds the service unless it is built already (a bench measures what target/ holds: package after a change), and
# trains its AOT cache when the cache is older than the build, in a database of its own.
ensure_packaged() {
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
  [ -n "$SERVICE_JAVA_HOME" ] || { echo "Temurin 25 is not under /usr/lib/jvm: set SERVICE_JAVA_HOME" >&2; return 1; }
  if [ "$SERVICE_AOT" = on ] && { [ ! -f "$SERVICE_AOT_CACHE" ] || [ "$SERVICE_AOT_CACHE" -ot target/quarkus-app/quarkus-run.jar ]; }; then
    dropdb -h 127.0.0.1 -U postgres --if-exists loopline_aot_train && createdb -h 127.0.0.1 -U postgres loopline_aot_train
    PATH="$SERVICE_JAVA_HOME/bin:$PATH" src/scripts/aot-train target/quarkus-app \
      jdbc:postgresql://127.0.0.1:5432/loopline_aot_train
    dropdb -h 127.0.0.1 -U postgres loopline_aot_train
  fi
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
    "$SERVICE_JAVA_HOME/bin/java" $([ "$SERVICE_AOT" = on ] && echo "-XX:AOTCache=$SERVICE_AOT_CACHE") $JAVA_OPTS \
    -jar target/quarkus-app/quarkus-run.jar > "$logfile" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "localhost:$port/q/health/ready" >/dev/null && return 0
    sleep 0.2
  done
  echo "the service did not become ready on :$port; see $logfile" >&2
  return 1
}
