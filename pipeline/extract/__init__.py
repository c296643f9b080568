"""Extractors: each `extract_<thing>(doc) -> list[Thing]`, results with offsets into the cleaned text."""
