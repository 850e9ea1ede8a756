package dev.newsgraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.TransactionScoped;

/**
 * The mentions the indexer stored in this transaction, kept only once a caller asks for them: an
 * import reports each new article's mentions from here instead of reading back what it just wrote.
 */
@TransactionScoped
public class LinkedInTransaction {

    private Map<Long, List<MentionHit>> byArticle;

    /** From now on, keep what the indexer links in this transaction. */
    public void keep() {
        if (byArticle == null) {
            byArticle = new HashMap<>();
        }
    }

    void linked(long articleId, List<MentionHit> hits) {
        if (byArticle != null) {
            byArticle.put(articleId, hits);
        }
    }

    /**
     * The mentions stored for the article in this transaction since {@link #keep()}, most mentioned
     * first, then by organization name; null when there are none kept.
     */
    public List<MentionHit> mentionsOf(long articleId) {
        return byArticle == null ? null : byArticle.get(articleId);
    }
}
