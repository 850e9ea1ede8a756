package dev.newsgraph.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.newsgraph.organization.OrganizationChange;

/** On a merge, the source's participations move to the target; where both took part, the target's role stays. */
@ApplicationScoped
public class ParticipationMerger {

    void onMerge(@Observes OrganizationChange.Merged merge) {
        Participation.delete("organization = ?1 and event in (select p.event from Participation p where p.organization = ?2)",
                merge.source(), merge.target());
        Participation.update("organization = ?1 where organization = ?2", merge.target(), merge.source());
    }
}
