//! Claims: sentences with their dates, attribution and quotes, ready for review.
