#!/usr/bin/env bash
# Makes docs/sitrep.1, the manual page, from the argument parser's own description of sitrep's
# commands and options (swift-argument-parser's generate-manual plugin), so that it never says
# other than `sitrep --help`. Run it after changing an option or a command's help.
#   bash docs/make-manual.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-package-directory generate-manual --configuration debug --authors "the sitrep authors" >/dev/null
page=$(find .build/plugins -path '*sitrep/sitrep.1' | head -1)
[ -n "$page" ] || { echo "make-manual: the plugin made no sitrep.1" >&2; exit 1; }
cp "$page" docs/sitrep.1
echo "docs/sitrep.1: $(wc -l < docs/sitrep.1) lines"
