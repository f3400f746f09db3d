# Sourced by src/bench/sla-bench and src/bench/province: the measures they share, of the service on localhost:$PORT
# and its database $DB (PGHOST and PGUSER set). Run from the repository root.

metric() { # sum or count of the sweep timer
  curl -s -H 'Accept: text/plain' "localhost:$PORT/q/metrics" \
    | awk -v m="loopline_sla_sweep_duration_seconds_$1" '$1 ~ "^"m {s+=$2} END {printf "%.6f", s}'
}

empty_sweep_ms() { # mean duration of the sweeps in a 20 s window, in ms
  sleep 4
  local c0 s0 c1 s1; c0=$(metric count); s0=$(metric sum); sleep 20; c1=$(metric count); s1=$(metric sum)
  awk -v c0="$c0" -v c1="$c1" -v s0="$s0" -v s1="$s1" 'BEGIN {printf "%.2f", (s1 - s0) / (c1 - c0) * 1000}'
}

open_count() { psql -tAc "select count(*) from ticket_sla where closed_at is null" -d "$DB"; }

# flag_10k at_risk | breach: makes 10,000 open tickets due for their resolution at-risk flag (open, neither flagged
# nor breached nor paused) or for their breach (flagged at risk, not breached), waits until the sweep has flagged
# them all; prints "ms sweeps", the sweep timer's time and count meanwhile. The tickets are kept in bench_due, so
# the wait reads 10,000 rows by key, not a whole table.
flag_10k() {
  local c0 s0 c1 s1 pick column
  if [ "$1" = at_risk ]; then
    pick="closed_at is null and resolution_breached_at is null and resolution_at_risk_flagged_at is null
          and paused_at is null"
    column=resolution_at_risk_flagged_at
  else
    pick="resolution_at_risk_flagged_at is not null and closed_at is null and resolution_breached_at is null"
    column=resolution_breached_at
  fi
  psql -q -d "$DB" -c "drop table if exists bench_due" \
    -c "create table bench_due as select ticket_id from ticket_sla where $pick order by ticket_id limit 10000"
  c0=$(metric count); s0=$(metric sum)
  if [ "$1" = at_risk ]; then
    psql -q -d "$DB" -c "update ticket_sla set resolution_at_risk_at = now() - interval '1 second'
      where ticket_id in (select ticket_id from bench_due)"
  else
    psql -q -d "$DB" -c "update ticket_sla set resolution_due_at = now() - interval '1 second'
      where ticket_id in (select ticket_id from bench_due)"
  fi
  for _ in $(seq 1 60); do
    [ "$(psql -tAc "select count(*) from ticket_sla s join bench_due d using (ticket_id) where s.$column is not null" \
      -d "$DB")" -ge 10000 ] && break
    sleep 1
  done
  sleep 3
  c1=$(metric count); s1=$(metric sum)
  awk -v s0="$s0" -v s1="$s1" -v c0="$c0" -v c1="$c1" 'BEGIN {printf "%.0f %d\n", (s1 - s0) * 1000, c1 - c0}'
}

p99() { awk '$1 == "99%" {print $2}' "$1"; }
