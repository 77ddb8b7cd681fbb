//! Rendering the timeline as a static site with tera templates.
