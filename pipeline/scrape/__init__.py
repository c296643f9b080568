"""The scraper: `crawl` collects a site's articles politely; `parse_article` turns one page into a record."""
from pipeline.scrape.article import NotAnArticle, parse_article
from pipeline.scrape.crawl import CrawlReport, crawl

__all__ = ["CrawlReport", "NotAnArticle", "crawl", "parse_article"]
