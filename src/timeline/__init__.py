"""timeline: news text in, an ordered event timeline anchored to the publication date out."""
