#!/usr/bin/env bash
# Installs the independent peers the tests use, from Debian's packages, if they are missing:
#   libquickfix-dev, libquickfix-doc  QuickFIX C++ executor/ordermatch (FIX interop peer)
#   tshark                            independent wire decoder (FIX, SoupBinTCP, OUCH)
#   chromium                          the browser the admin console's Playwright tests drive (/usr/bin/chromium;
#                                     Playwright never downloads one)
# Needs root (or sudo). A test that cannot get its peer fails loudly; this script only makes them present.
set -euo pipefail
need=()
[ -f /usr/share/doc/libquickfix-doc/examples/executor/C++/.libs/executor.gz ] || need+=(libquickfix-dev libquickfix-doc)
command -v tshark >/dev/null 2>&1 || need+=(tshark)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
# tshark asks whether non-root users may capture; answer before it asks.
echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
