"""Writers that turn a :class:`~timeline.model.Timeline` into other formats (TimeML, HTML)."""
