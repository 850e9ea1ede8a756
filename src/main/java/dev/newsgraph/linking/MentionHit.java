package dev.newsgraph.linking;

/** An organization found in an article: how often it occurs and the sentence that introduces it. */
public record MentionHit(long organizationId, int count, String snippet) {
}
