#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report's browser test when no Chromium is on the machine, and prints its
# path on stdout (progress goes to stderr). Usage in .ci/run: POSTURE_CHROMIUM="$(.ci/install-chromium.sh)"
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
for candidate in "${POSTURE_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
echo "install-chromium: installing chromium (apt-get)" >&2
"${SUDO[@]}" apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq chromium >&2
echo /usr/bin/chromium
