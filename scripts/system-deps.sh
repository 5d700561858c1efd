#!/usr/bin/env bash
# Debian packages the project needs: fonts for official documents, Pango for WeasyPrint,
# gettext for the catalogues, Chromium for browser tests. Installs only what is missing.
set -euo pipefail
packages=(python3-venv fonts-liberation2 libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 gettext chromium)
if [ "${1:-}" = "--with-services" ]; then
  packages+=(postgresql redis-server)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3-venv is only needed when python3 cannot make a virtual environment by itself.
if printf '%s\n' "${missing[@]}" | grep -qx python3-venv && python3 -c "import ensurepip, venv" 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Cần cài các gói Debian: ${missing[*]} (chạy với quyền root)." >&2
    exit 1
  fi
  echo "Cài gói hệ thống: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
