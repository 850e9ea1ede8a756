package dev.newsgraph.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.newsgraph.organization.OrganizationChange;

/** On a merge, the source's mentions move to the target; where an article names both, the counts add up. */
@ApplicationScoped
public class MentionMerger {

    void onMerge(@Observes OrganizationChange.Merged merge) {
        Mention.flush();
        for (Mention mention : Mention.<Mention> list("organization", merge.source())) {
            Mention existing = Mention.find("article = ?1 and organization = ?2", mention.article, merge.target())
                    .firstResult();
            if (existing == null) {
                mention.organization = merge.target();
            } else {
                existing.count += mention.count;
                mention.delete();
            }
        }
        Mention.flush();
    }
}
