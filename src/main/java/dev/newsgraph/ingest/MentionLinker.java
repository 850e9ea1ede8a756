package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleTextChanged;
import dev.newsgraph.article.Mention;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationAlias;
import dev.newsgraph.organization.OrganizationChange;

/**
 * Keeps each article's mentions in step with its text and with the organizations' names: one
 * automaton pass per article over all known names and aliases.
 */
@ApplicationScoped
public class MentionLinker {

    private volatile Gazetteer gazetteer;

    void onTextChanged(@Observes ArticleTextChanged change) {
        link(change.article());
    }

    void onOrganizationChanged(@Observes OrganizationChange change) {
        gazetteer = null;
    }

    /** Again once the change is committed (or rolled back), so no reader keeps names built from the other state. */
    void afterOrganizationChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) OrganizationChange change) {
        gazetteer = null;
    }

    /** Recomputes an article's mentions from its title and body, replacing the stored ones. */
    public List<Mention> link(Article article) {
        List<MentionHit> hits = gazetteer().link(article.title, article.body);
        Mention.delete("article", article);
        Mention.flush();
        Map<Long, Organization> organizations = new HashMap<>();
        for (Organization organization : Organization.byIds(hits.stream().map(MentionHit::organizationId).toList())) {
            organizations.put(organization.id, organization);
        }
        List<Mention> mentions = new ArrayList<>();
        for (MentionHit hit : hits) {
            Mention mention = new Mention();
            mention.article = article;
            mention.organization = organizations.get(hit.organizationId());
            mention.count = hit.count();
            mention.snippet = hit.snippet();
            mention.persist();
            mentions.add(mention);
        }
        return mentions;
    }

    /** The automaton over every organization's names, rebuilt after any change of names. */
    public Gazetteer gazetteer() {
        Gazetteer current = gazetteer;
        if (current == null) {
            current = Gazetteer.build(loadNames());
            gazetteer = current;
        }
        return current;
    }

    private static List<OrganizationNames> loadNames() {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (OrganizationAlias alias : OrganizationAlias.<OrganizationAlias> listAll()) {
            aliases.computeIfAbsent(alias.organization.id, k -> new ArrayList<>()).add(alias.alias);
        }
        Map<Long, OrganizationNames> names = new LinkedHashMap<>();
        for (Organization organization : Organization.<Organization> listAll()) {
            names.put(organization.id, new OrganizationNames(organization.id, organization.name,
                    aliases.getOrDefault(organization.id, List.of())));
        }
        return new ArrayList<>(names.values());
    }
}
