package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleDraft;

/**
 * The pipeline's dedupe step: which files of a call are articles already stored (same url, or same
 * title, time and body), and which are new. A file equal to an earlier one of the same call shares
 * that file's new article, as a later call would find it.
 */
final class Deduplication {

    /** Per file: the stored article it is, or the index of the draft that creates it. */
    private final Article[] existing;
    private final int[] draftOf;
    private final boolean[] createsIt;
    private final List<ArticleDraft> drafts = new ArrayList<>();

    private Deduplication(int files) {
        existing = new Article[files];
        draftOf = new int[files];
        createsIt = new boolean[files];
    }

    /** Looks the files up in one query and plans what to create. */
    static Deduplication of(List<ParsedFile> files) {
        Map<String, Article> byUrl = new HashMap<>();
        Map<String, Article> byHash = new HashMap<>();
        findStored(files, byUrl, byHash);
        Deduplication plan = new Deduplication(files.size());
        Map<String, Integer> newByUrl = new HashMap<>();
        Map<String, Integer> newByHash = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ParsedFile file = files.get(i);
            String hash = file.article().contentHash();
            Article stored = file.url() == null ? null : byUrl.get(file.url());
            plan.existing[i] = stored != null ? stored : byHash.get(hash);
            if (plan.existing[i] != null) {
                continue;
            }
            Integer earlier = file.url() == null ? null : newByUrl.get(file.url());
            if (earlier == null) {
                earlier = newByHash.get(hash);
            }
            if (earlier == null) {
                earlier = plan.drafts.size();
                plan.createsIt[i] = true;
                plan.drafts.add(file.draft());
                if (file.url() != null) {
                    newByUrl.put(file.url(), earlier);
                }
                newByHash.putIfAbsent(hash, earlier);
            }
            plan.draftOf[i] = earlier;
        }
        return plan;
    }

    /** The articles to create, each once, in the order of the files that create them. */
    List<ArticleDraft> drafts() {
        return drafts;
    }

    /** Whether file {@code i} creates its article (false: stored already, or created by an earlier file). */
    boolean creates(int i) {
        return createsIt[i];
    }

    /** The article of each file, given the articles created from {@link #drafts()} in that order. */
    List<Article> articlesOfFiles(List<Article> created) {
        List<Article> articles = new ArrayList<>(existing.length);
        for (int i = 0; i < existing.length; i++) {
            articles.add(existing[i] != null ? existing[i] : created.get(draftOf[i]));
        }
        return articles;
    }

    /** The stored articles with one of the files' urls or content hashes, in one query. */
    private static void findStored(List<ParsedFile> files, Map<String, Article> byUrl, Map<String, Article> byHash) {
        List<String> urls = files.stream().map(ParsedFile::url).filter(u -> u != null).distinct().toList();
        List<String> hashes = files.stream().map(f -> f.article().contentHash()).distinct().toList();
        List<Article> found = urls.isEmpty()
                ? Article.list("contentHash in ?1", hashes)
                : Article.list("url in ?1 or contentHash in ?2", urls, hashes);
        for (Article article : found) {
            if (article.url != null) {
                byUrl.put(article.url, article);
            }
            byHash.putIfAbsent(article.contentHash, article);
        }
    }
}
