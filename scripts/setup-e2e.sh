#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium (driven by
# playwright-core) and code-server (VS Code in the browser) from npm.
# code-server goes into a cache outside the repository, so it survives fresh
# clones; a marker file makes a second run a no-op.
# See ../shared/recipes/vscode-e2e.md for why code-server is installed by hand.
set -Eeuo pipefail

CODE_SERVER_VERSION=4.100.3
DEBIAN_PACKAGES=(chromium libkrb5-dev pkg-config ripgrep)
CACHE_DIR="${GUIDANCE_LINT_E2E_CACHE:-$HOME/.cache/guidance-lint-e2e}"
INSTALL_DIR="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
# Written last, so its presence means every step below succeeded.
MARKER="$INSTALL_DIR/.installed"

say() { printf 'setup-e2e: %s\n' "$*"; }
fail() { printf 'setup-e2e: FAILED: %s\n' "$*" >&2; exit 1; }
trap 'fail "command failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR

missing_packages() {
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
  done
}

install_debian_packages() {
  local missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    say "Debian packages present: ${DEBIAN_PACKAGES[*]}"
    return
  fi
  say "installing Debian packages: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || fail "need root or sudo to install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed"
}

# Steps from the recipe: code-server's postinstall downloads ripgrep from
# GitHub, which is unreachable, so its install scripts are replayed by hand.
install_code_server() {
  say "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (a few minutes the first time)"
  rm -rf "$INSTALL_DIR"
  mkdir -p "$INSTALL_DIR"
  cd "$INSTALL_DIR"
  printf '{"name":"guidance-lint-e2e-cache","private":true}\n' >package.json
  LOG="$INSTALL_DIR/install.log"
  say "  npm output goes to $LOG"

  say "  code-server package"
  logged npm install --ignore-scripts "code-server@$CODE_SERVER_VERSION"
  logged npm rebuild argon2

  say "  VS Code's dependencies"
  cd node_modules/code-server/lib/vscode
  logged npm install --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

  say "  native modules (node-pty, spdlog, kerberos, ...)"
  npm_config_yes=true logged npm rebuild --unsafe-perm
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)

  say "  built-in extensions' dependencies"
  (cd extensions && logged npm install --omit=dev)

  # Its own config dir, so the check does not write config.yaml into ~/.config.
  XDG_CONFIG_HOME="$INSTALL_DIR/.version-check" logged "$INSTALL_DIR/node_modules/.bin/code-server" --version
  rm -rf "$INSTALL_DIR/.version-check"
  printf '%s\n' "$CODE_SERVER_VERSION" >"$MARKER"
  say "code-server $CODE_SERVER_VERSION installed"
}

# Runs a command with its output in $LOG; on failure shows the log's end.
logged() {
  printf '\n$ %s\n' "$*" >>"$LOG"
  if ! "$@" >>"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    fail "'$*' failed in $PWD; full log: $LOG"
  fi
}

install_debian_packages

mkdir -p "$CACHE_DIR"
# Two test runs starting at once must not build into the same folder.
exec 9>"$CACHE_DIR/.lock"
flock 9
if [[ -f "$MARKER" ]]; then
  say "code-server $CODE_SERVER_VERSION present in $INSTALL_DIR"
else
  install_code_server
fi
