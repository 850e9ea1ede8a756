package dev.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.article.Mention;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.notify.ChangeFeed;

/**
 * Turns article files into stored, linked articles. Idempotent: the same url, or the same
 * title, time and body, finds the article already there and changes nothing.
 */
@ApplicationScoped
public class ArticleImporter {

    private final ArticleParser parser = new ArticleParser();

    @Inject
    ArticleService articles;

    @Inject
    SuggestionRecorder suggestions;

    @Inject
    ChangeFeed feed;

    /** A parsed file with its source and url, ready to store. */
    public record ParsedFile(ParsedArticle article, String source, String url) {

        public ParsedFile {
            url = url == null || url.isBlank() ? null : url.strip();
        }
    }

    @Transactional
    public ImportResult importMarkdown(String markdown, String source, String url) {
        return importAll(List.of(parse(markdown, source, url))).get(0);
    }

    /** A file as read from disk: it must be valid UTF-8. */
    @Transactional
    public ImportResult importFile(byte[] content) {
        return importAll(List.of(new ParsedFile(refusingBadInput(() -> parser.parse(content)), null, null))).get(0);
    }

    /** Parses a file without storing anything; a malformed one is BAD_INPUT, an over-long one LIMIT_EXCEEDED. */
    public ParsedFile parse(String markdown, String source, String url) {
        return new ParsedFile(refusingBadInput(() -> parser.parse(markdown)), source, url);
    }

    /**
     * Stores the files in one transaction, in order, and returns their results in the same order.
     * A file equal to an earlier one of the same call finds that article, as it would in separate calls.
     */
    @Transactional
    public List<ImportResult> importAll(List<ParsedFile> files) {
        Map<String, Article> byUrl = new HashMap<>();
        Map<String, Article> byHash = new HashMap<>();
        findExisting(files, byUrl, byHash);
        List<Article> stored = new ArrayList<>();
        List<Boolean> created = new ArrayList<>();
        for (ParsedFile file : files) {
            Article existing = file.url() == null ? null : byUrl.get(file.url());
            if (existing == null) {
                existing = byHash.get(file.article().contentHash());
            }
            if (existing == null) {
                Article article = create(file);
                // a later file of the same call finds this one, as it would in a later call
                if (article.url != null) {
                    byUrl.put(article.url, article);
                }
                byHash.putIfAbsent(article.contentHash, article);
                stored.add(article);
                created.add(true);
            } else {
                stored.add(existing);
                created.add(false);
            }
        }
        // one query each for the whole call; the first also flushes all its inserts in JDBC batches
        List<Long> ids = stored.stream().map(a -> a.id).toList();
        Map<Long, List<Mention>> mentions = Mention.forArticles(ids).stream()
                .collect(Collectors.groupingBy(m -> m.article.id));
        Map<Long, List<Suggestion>> unknownNames = suggestions.forArticles(ids);
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Article article = stored.get(i);
            results.add(new ImportResult(article, created.get(i), mentions.getOrDefault(article.id, List.of()),
                    unknownNames.getOrDefault(article.id, List.of())));
        }
        return results;
    }

    private Article create(ParsedFile file) {
        ArticleInput input = new ArticleInput();
        input.title = file.article().title();
        input.publishedAt = OffsetDateTime.ofInstant(file.article().publishedAt(), ZoneOffset.UTC);
        input.body = file.article().body();
        input.source = file.source();
        input.url = file.url();
        Article article = articles.create(input);
        feed.publish(ImportSubscriptions.TOPIC, article.id);
        return article;
    }

    /** The parser's refusals as contract errors; the line goes into {@code extensions.line}. */
    private static ParsedArticle refusingBadInput(Supplier<ParsedArticle> parse) {
        try {
            return parse.get();
        } catch (ArticleTooLargeException e) {
            throw ApiException.limitExceeded("articleSize", ArticleParser.MAX_BYTES, e.getMessage());
        } catch (ArticleFieldTooLongException e) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, e.getMessage(),
                    Map.of("limit", "maxLength", "max", e.max(), "line", e.line()));
        } catch (ArticleFormatException e) {
            throw new ApiException(ErrorCode.BAD_INPUT, e.getMessage(),
                    e.line() > 0 ? Map.of("line", e.line()) : Map.of());
        }
    }

    /** The stored articles with one of the files' urls or content hashes, in one query. */
    private static void findExisting(List<ParsedFile> files, Map<String, Article> byUrl, Map<String, Article> byHash) {
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
