#!/bin/sh
# Regenerates every .expected (and errors/*.stderr) of the Lua conformance suite from the
# reference interpreters: lua5.1 for every program, luajit for bit_*.lua (the bit module).
# Each program runs with its own folder as current directory, as the runner runs it.
# Needs lua5.1 and luajit on PATH; CI never runs this: the committed files are the oracle.
set -eu
cd "$(dirname "$0")"
for src in *.lua; do
  base=${src%.lua}
  case "$base" in
    bit_*) luajit "$src" > "$base.expected" ;;
    *) lua5.1 "$src" > "$base.expected" ;;
  esac
done
cd errors
for src in *.lua; do
  base=${src%.lua}
  if lua5.1 "$src" > "$base.expected" 2> "$base.stderr.full"; then
    echo "errors/$src: expected an uncaught error, but it exited 0" >&2
    rm -f "$base.stderr.full"
    exit 1
  fi
  head -n 1 "$base.stderr.full" | sed 's/^lua5\.1: /lua: /' > "$base.stderr"
  rm -f "$base.stderr.full"
done
