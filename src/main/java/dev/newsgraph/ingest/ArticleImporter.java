package dev.newsgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;

/**
 * Turns article files into stored, linked articles: parses each file (the pipeline's first step,
 * refusing a malformed one alone) and hands the parsed files to {@link ArticlePipeline}.
 * Idempotent: the same url, or the same title, time and body, finds the article already there
 * and changes nothing.
 */
@ApplicationScoped
public class ArticleImporter {

    private final ArticleParser parser = new ArticleParser();

    @Inject
    ArticlePipeline pipeline;

    /** {@code withOrganizations}: the caller shows the mentioned organizations, so load them. */
    public ImportResult importMarkdown(String markdown, String source, String url, boolean withOrganizations) {
        return pipeline.importFiles(List.of(parse(markdown, source, url)), withOrganizations).get(0);
    }

    /** A file as read from disk: it must be valid UTF-8. */
    public ImportResult importFile(byte[] content) {
        ParsedFile file = new ParsedFile(refusingBadInput(() -> parser.parse(content)), null, null);
        return pipeline.importFiles(List.of(file), false).get(0);
    }

    /** Parses a file without storing anything; a malformed one is BAD_INPUT, an over-long one LIMIT_EXCEEDED. */
    public ParsedFile parse(String markdown, String source, String url) {
        return new ParsedFile(refusingBadInput(() -> parser.parse(markdown)), source, url);
    }

    /** Stores parsed files in one transaction, in order; results in the same order. */
    public List<ImportResult> importAll(List<ParsedFile> files, boolean withOrganizations) {
        return pipeline.importFiles(files, withOrganizations);
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
}
