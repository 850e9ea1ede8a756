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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.article.Mention;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.notify.ChangeFeed;
import dev.newsgraph.organization.Organization;

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

    @Inject
    LinkedInTransaction linked;

    /** A parsed file with its source and url, ready to store. */
    public record ParsedFile(ParsedArticle article, String source, String url) {

        public ParsedFile {
            url = url == null || url.isBlank() ? null : url.strip();
        }
    }

    /** {@code withOrganizations}: the caller shows the mentioned organizations, so load them. */
    @Transactional
    public ImportResult importMarkdown(String markdown, String source, String url, boolean withOrganizations) {
        return importAll(List.of(parse(markdown, source, url)), withOrganizations).get(0);
    }

    /** A file as read from disk: it must be valid UTF-8. */
    @Transactional
    public ImportResult importFile(byte[] content) {
        return importAll(List.of(new ParsedFile(refusingBadInput(() -> parser.parse(content)), null, null)), false).get(0);
    }

    /** Parses a file without storing anything; a malformed one is BAD_INPUT, an over-long one LIMIT_EXCEEDED. */
    public ParsedFile parse(String markdown, String source, String url) {
        return new ParsedFile(refusingBadInput(() -> parser.parse(markdown)), source, url);
    }

    /**
     * Stores the files in one transaction, in order, and returns their results in the same order.
     * A file equal to an earlier one of the same call finds that article, as it would in separate calls.
     * {@code withOrganizations}: the caller shows the mentioned organizations, so load them.
     */
    @Transactional
    public List<ImportResult> importAll(List<ParsedFile> files, boolean withOrganizations) {
        Map<String, Article> byUrl = new HashMap<>();
        Map<String, Article> byHash = new HashMap<>();
        findExisting(files, byUrl, byHash);
        // each file is an article already stored, or new: then the index of the input that creates it,
        // shared with a later file of the call with the same url or content, as a later call would find it
        Article[] existing = new Article[files.size()];
        int[] inputFor = new int[files.size()];
        boolean[] createsIt = new boolean[files.size()];
        Map<String, Integer> newByUrl = new HashMap<>();
        Map<String, Integer> newByHash = new HashMap<>();
        List<ArticleInput> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParsedFile file = files.get(i);
            String hash = file.article().contentHash();
            existing[i] = file.url() == null ? null : byUrl.get(file.url());
            if (existing[i] == null) {
                existing[i] = byHash.get(hash);
            }
            if (existing[i] != null) {
                continue;
            }
            Integer earlier = file.url() == null ? null : newByUrl.get(file.url());
            if (earlier == null) {
                earlier = newByHash.get(hash);
            }
            if (earlier == null) {
                earlier = inputs.size();
                createsIt[i] = true;
                inputs.add(input(file));
                if (file.url() != null) {
                    newByUrl.put(file.url(), earlier);
                }
                newByHash.putIfAbsent(hash, earlier);
            }
            inputFor[i] = earlier;
        }
        linked.keep();
        List<Article> created = articles.createAll(inputs);
        created.forEach(article -> feed.publish(ImportSubscriptions.TOPIC, article.id));
        List<Article> stored = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            stored.add(existing[i] != null ? existing[i] : created.get(inputFor[i]));
        }
        Map<Long, List<Mention>> mentions = mentionsOf(stored, withOrganizations);
        // one query for the whole call: a suggestion is listed only while its name is unknown
        Map<Long, List<Suggestion>> unknownNames = suggestions.forArticles(stored.stream().map(a -> a.id).toList());
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Article article = stored.get(i);
            results.add(new ImportResult(article, createsIt[i], mentions.getOrDefault(article.id, List.of()),
                    unknownNames.getOrDefault(article.id, List.of())));
        }
        return results;
    }

    /**
     * The mentions of each article: those linked in this transaction as the linker found them, the
     * others read back in one query. The new ones' organizations are loaded in one go when the caller
     * will show them, and are left as unloaded references otherwise.
     */
    private Map<Long, List<Mention>> mentionsOf(List<Article> stored, boolean withOrganizations) {
        Map<Long, List<MentionHit>> linkedHits = new HashMap<>();
        List<Long> readBack = new ArrayList<>();
        for (Article article : stored) {
            List<MentionHit> hits = linked.mentionsOf(article.id);
            if (hits == null) {
                readBack.add(article.id);
            } else {
                linkedHits.put(article.id, hits);
            }
        }
        EntityManager em = Organization.getEntityManager();
        Map<Long, Organization> organizations = new HashMap<>();
        if (withOrganizations && !linkedHits.isEmpty()) {
            List<Long> ids = linkedHits.values().stream().flatMap(List::stream).map(MentionHit::organizationId).distinct().toList();
            for (Organization organization : em.unwrap(Session.class).byMultipleIds(Organization.class).multiLoad(ids)) {
                if (organization != null) {
                    organizations.put(organization.id, organization);
                }
            }
        }
        Map<Long, List<Mention>> mentions = new HashMap<>();
        for (Article article : stored) {
            List<MentionHit> hits = linkedHits.get(article.id);
            if (hits == null || mentions.containsKey(article.id)) {
                continue; // read back below, or a file repeated in the call
            }
            List<Mention> list = new ArrayList<>(hits.size());
            for (MentionHit hit : hits) {
                Organization organization = organizations.computeIfAbsent(hit.organizationId(),
                        id -> em.getReference(Organization.class, id));
                list.add(Mention.of(article, organization, hit.count(), hit.snippet()));
            }
            mentions.put(article.id, list);
        }
        if (!readBack.isEmpty()) {
            mentions.putAll(Mention.forArticles(readBack).stream().collect(Collectors.groupingBy(m -> m.article.id)));
        }
        return mentions;
    }

    private static ArticleInput input(ParsedFile file) {
        ArticleInput input = new ArticleInput();
        input.title = file.article().title();
        input.publishedAt = OffsetDateTime.ofInstant(file.article().publishedAt(), ZoneOffset.UTC);
        input.body = file.article().body();
        input.source = file.source();
        input.url = file.url();
        return input;
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
