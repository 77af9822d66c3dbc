#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its chromedriver. Install them when they are
# missing and we may (root with apt-get); otherwise stop and say what to install.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi

cat >&2 <<MSG
The browser tests need Chromium and its driver at /usr/bin/chromium and /usr/bin/chromedriver.
Install the Debian packages 'chromium' and 'chromium-driver' (as root: apt-get install chromium chromium-driver),
or skip the tests against the running application with -DskipITs.
MSG
exit 1
