"""Bundled schemas (package data): JSON Schema for our NewsArticle JSON-LD, RELAX NG and Schematron for our TEI."""
