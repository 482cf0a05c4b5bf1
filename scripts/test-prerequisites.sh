#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, when this machine lacks it: Debian's
# Chromium (the explorer tests), CJK fonts (readable screenshots), Java 17 and Maven (the
# Neo4j the tests start from tools/neo4j), then builds that Neo4j launcher. Run by
# `npm test` and by .ci/run; does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "test prerequisites: missing ${need_apt[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
  sudo_if_needed=()
  [ "$(id -u)" -ne 0 ] && sudo_if_needed=(sudo)
  echo "test prerequisites: installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -f tools/neo4j/target/towngraph-neo4j.jar ]; then
  echo "test prerequisites: building the Neo4j launcher (Maven)"
  mvn -q -B -f tools/neo4j/pom.xml -DskipTests package
fi
