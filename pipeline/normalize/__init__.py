"""The Indonesian language stage: text clean-up with offset maps, the spaCy pipeline, the stemmer."""
