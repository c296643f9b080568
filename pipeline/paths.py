"""Where warta finds its models and data: beside the package in a checkout, or under $WARTA_HOME."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("WARTA_HOME", Path(__file__).resolve().parents[1]))
MODELS = ROOT / "models"
CORPUS = ROOT / "corpus"
SCHEMA = Path(__file__).resolve().parent / "schema" / "article.schema.json"
