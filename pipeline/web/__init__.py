"""The read-only web page and JSON API over a warta.db (`warta serve`)."""
from pipeline.web.app import App, make_server

__all__ = ["App", "make_server"]
