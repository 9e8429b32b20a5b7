"""The dashboard and JSON API (FastAPI): ``create_app(db_path, config)``."""
from .app import create_app

__all__ = ["create_app"]
