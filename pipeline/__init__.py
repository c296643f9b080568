"""warta: Indonesian news articles in, structured citable records out."""
