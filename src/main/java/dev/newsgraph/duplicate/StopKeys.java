package dev.newsgraph.duplicate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band keys shared by more stored articles than a threshold: a stock phrase's (a dateline, a standard
 * closing paragraph). Such a key brings thousands of rows into every candidate query of an article that
 * contains the phrase and finds no rewrite the article's other keys would not find (a rewrite shares
 * several of the 32 keys). A key is learned as a stop key the first time a candidate query reads its rows,
 * and left out of every later query of this instance; stored articles only ever add to its count
 * (deletions aside), so it stays one.
 */
final class StopKeys {

    /** Articles a band key may be shared by and still find candidates (the candidate cap is 200). */
    static final int ARTICLES = 1000;

    /** Memory bound: a stop key needs more than {@link #ARTICLES} band rows, so this many is a very large corpus. */
    private static final int MAX_KEYS = 100_000;

    private final int articles;
    private final Set<Long> keys = ConcurrentHashMap.newKeySet();

    StopKeys() {
        this(ARTICLES);
    }

    StopKeys(int articles) {
        this.articles = articles;
    }

    /** The most articles a key may be shared by and still count. */
    int articles() {
        return articles;
    }

    boolean isStop(long key) {
        return keys.contains(key);
    }

    void add(long key) {
        if (keys.size() < MAX_KEYS) {
            keys.add(key);
        }
    }
}
