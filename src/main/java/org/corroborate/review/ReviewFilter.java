package org.corroborate.review;

/** Which items a queue listing shows; {@code null} fields match everything. */
public record ReviewFilter(ReviewStatus status, String articleId, String revision, String kind, String lang) {
}
