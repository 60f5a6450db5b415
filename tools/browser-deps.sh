#!/usr/bin/env bash
# Installs what the browser tests need, where it can: Debian's chromium (Playwright drives it
# by path; nothing is downloaded by Playwright itself) and a CJK font, so screenshots of
# Chinese pages show text, not boxes. Never fails: where nothing can be installed, the
# browser tests skip and say why.
set -u
have_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }
want=()
command -v chromium >/dev/null 2>&1 || want+=(chromium)
have_cjk_font || want+=(fonts-wqy-microhei)
if [ ${#want[@]} -eq 0 ]; then
    echo "browser tests: $(command -v chromium) with a CJK font"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "browser tests: cannot install ${want[*]} (needs root and apt-get); tests that need them will skip"
    exit 0
fi
echo "browser tests: installing ${want[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null 2>&1; then
    echo "browser tests: installed ${want[*]}"
else
    echo "browser tests: installing ${want[*]} failed; tests that need them will skip"
fi
exit 0
