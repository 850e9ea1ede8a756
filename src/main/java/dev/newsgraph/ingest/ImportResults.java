package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.Mention;
import dev.newsgraph.linking.ArticleLinker;
import dev.newsgraph.linking.MentionHit;
import dev.newsgraph.linking.Suggestion;
import dev.newsgraph.linking.SuggestionRecorder;
import dev.newsgraph.organization.Organization;

/**
 * What an import reports per file: a new article's mentions and suggestions as the linker stored
 * them, an existing article's read back (one query each for the whole call).
 */
final class ImportResults {

    private ImportResults() {
    }

    static List<ImportResult> of(int files, Deduplication dedupe, List<Article> created,
            List<ArticleLinker.Links> links, boolean withOrganizations) {
        List<Article> articles = dedupe.articlesOfFiles(created);
        Map<Long, ArticleLinker.Links> linkedNow = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            linkedNow.put(created.get(i).id, links.get(i));
        }
        List<Long> readBack = articles.stream().map(a -> a.id).filter(id -> !linkedNow.containsKey(id)).distinct().toList();
        Map<Long, List<Mention>> mentions = newMentions(created, links, withOrganizations);
        Map<Long, List<Suggestion>> suggestions = new HashMap<>();
        linkedNow.forEach((id, linked) -> suggestions.put(id, linked.suggestions()));
        if (!readBack.isEmpty()) {
            mentions.putAll(Mention.forArticles(readBack).stream().collect(Collectors.groupingBy(m -> m.article.id)));
            // a suggestion is listed only while its name is unknown
            suggestions.putAll(SuggestionRecorder.forArticles(readBack));
        }
        List<ImportResult> results = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            Article article = articles.get(i);
            results.add(new ImportResult(article, dedupe.creates(i), mentions.getOrDefault(article.id, List.of()),
                    suggestions.getOrDefault(article.id, List.of())));
        }
        return results;
    }

    /**
     * The new articles' mentions as entities: their organizations loaded in one go when the caller
     * will show them, unloaded references otherwise.
     */
    private static Map<Long, List<Mention>> newMentions(List<Article> created, List<ArticleLinker.Links> links,
            boolean withOrganizations) {
        EntityManager em = Organization.getEntityManager();
        Map<Long, Organization> organizations = new HashMap<>();
        if (withOrganizations && !created.isEmpty()) {
            List<Long> ids = links.stream().flatMap(l -> l.mentions().stream()).map(MentionHit::organizationId).distinct().toList();
            for (Organization organization : em.unwrap(Session.class).byMultipleIds(Organization.class).multiLoad(ids)) {
                if (organization != null) {
                    organizations.put(organization.id, organization);
                }
            }
        }
        Map<Long, List<Mention>> mentions = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            Article article = created.get(i);
            List<Mention> list = new ArrayList<>();
            for (MentionHit hit : links.get(i).mentions()) {
                Organization organization = organizations.computeIfAbsent(hit.organizationId(),
                        id -> em.getReference(Organization.class, id));
                list.add(Mention.of(article, organization, hit.count(), hit.snippet()));
            }
            mentions.put(article.id, list);
        }
        return mentions;
    }
}
