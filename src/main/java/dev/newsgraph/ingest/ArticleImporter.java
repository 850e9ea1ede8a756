package dev.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.article.ArticleText;
import dev.newsgraph.article.Mention;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.notify.ChangeFeed;

/**
 * Turns an article file into a stored, linked article. Idempotent: the same url, or the same
 * title, time and body, finds the article already there and changes nothing.
 */
@ApplicationScoped
public class ArticleImporter {

    private final ArticleParser parser = new ArticleParser();

    @Inject
    ArticleService articles;

    @Inject
    MentionLinker linker;

    @Inject
    SuggestionRecorder suggestions;

    @Inject
    ChangeFeed feed;

    @Transactional
    public ImportResult importMarkdown(String markdown, String source, String url) {
        return store(refusingBadInput(() -> parser.parse(markdown)), source, url);
    }

    /** A file as read from disk: it must be valid UTF-8. */
    @Transactional
    public ImportResult importFile(byte[] content) {
        return store(refusingBadInput(() -> parser.parse(content)), null, null);
    }

    private ImportResult store(ParsedArticle parsed, String source, String url) {
        String cleanUrl = url == null || url.isBlank() ? null : url.strip();
        Article existing = findExisting(parsed, cleanUrl);
        if (existing != null) {
            return new ImportResult(existing, false, Mention.forArticles(List.of(existing.id)),
                    suggestions.forArticle(existing));
        }
        ArticleInput input = new ArticleInput();
        input.title = parsed.title();
        input.publishedAt = OffsetDateTime.ofInstant(parsed.publishedAt(), ZoneOffset.UTC);
        input.body = parsed.body();
        input.source = source;
        input.url = cleanUrl;
        Article article = articles.create(input);
        feed.publish(ImportSubscriptions.TOPIC, article.id);
        return new ImportResult(article, true, Mention.forArticles(List.of(article.id)), suggestions.forArticle(article));
    }

    /** The parser's refusals as contract errors; the line goes into {@code extensions.line}. */
    private static ParsedArticle refusingBadInput(Supplier<ParsedArticle> parse) {
        try {
            return parse.get();
        } catch (ArticleTooLargeException e) {
            throw ApiException.limitExceeded("articleSize", ArticleParser.MAX_BYTES, e.getMessage());
        } catch (ArticleFormatException e) {
            throw new ApiException(ErrorCode.BAD_INPUT, e.getMessage(),
                    e.line() > 0 ? Map.of("line", e.line()) : Map.of());
        }
    }

    private static Article findExisting(ParsedArticle parsed, String url) {
        if (url != null) {
            Article byUrl = Article.find("url", url).firstResult();
            if (byUrl != null) {
                return byUrl;
            }
        }
        String hash = ArticleText.contentHash(parsed.title(), parsed.publishedAt(), parsed.body());
        return Article.find("contentHash", hash).firstResult();
    }
}
