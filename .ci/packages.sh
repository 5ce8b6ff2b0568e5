#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: the browser tests' chromium and CJK font,
# the PDF tests' qpdf. Idempotent, needs root and no standard input (CI and the tests run it on a fresh machine).
#
#   bash .ci/packages.sh chromium fonts-noto-cjk qpdf
set -uo pipefail

need=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || need+=("$package")
done
((${#need[@]})) || exit 0

echo "Installing: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "packages.sh: ${need[*]} missing and not running as root: apt-get install -y ${need[*]}" >&2
  exit 1
fi
apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" \
  || { echo "packages.sh: apt-get install ${need[*]} failed" >&2; exit 1; }
