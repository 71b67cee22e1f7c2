"""News articles -> a dated, sourced event table. Pure Python: never imports streamlit."""
from .model import UNSTATED_PUBLISHED, Article, Block, DateMention, Event, SourceFile
from .table import ARTICLE_COLUMNS, ARTICLE_TEXT_COLUMNS, EVENT_COLUMNS, format_span
from .pipeline import load_corpus, load_sources

__all__ = [
    "Article", "Block", "DateMention", "Event", "SourceFile", "UNSTATED_PUBLISHED",
    "ARTICLE_COLUMNS", "ARTICLE_TEXT_COLUMNS", "EVENT_COLUMNS", "format_span", "load_corpus", "load_sources",
]
