#!/bin/sh
# Run by the nginx image's entrypoint (/docker-entrypoint.d): tells nginx the container's own DNS server, which knows
# the instances by name (Docker's 127.0.0.11, podman's network gateway), so the proxy finds a restarted instance.
set -eu
resolver=$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf)
case "$resolver" in *:*) resolver="[$resolver]" ;; esac
echo "resolver $resolver valid=5s ipv6=off;" > /etc/nginx/conf.d/00-resolver.conf
