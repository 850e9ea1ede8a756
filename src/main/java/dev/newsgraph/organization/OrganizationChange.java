package dev.newsgraph.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fired synchronously, inside the transaction, when organizations change in ways other features
 * must follow: they move or recompute their links before the transaction commits.
 */
public sealed interface OrganizationChange {

    /** The source is about to be deleted; whatever points at it must point at the target. */
    record Merged(Organization source, Organization target) implements OrganizationChange {
    }

    /** A new organization, or a name or alias added, changed or removed (mentions may need recomputing). */
    record NamesChanged(Organization organization) implements OrganizationChange {
    }

    /**
     * A bulk import (importOrganizations, the organizations file) created or updated these
     * organizations, in one event for the whole call; {@code namesChanged} are those created or given
     * a new name or alias, whose mentions may need recomputing. {@code aliases} holds every changed
     * organization's aliases as stored now, in the order they were added, so followers need not read
     * them back; {@code created} the ids of those the call created, which have no links or search
     * text yet.
     */
    record Imported(List<Organization> changed, List<Organization> namesChanged, Map<Long, List<String>> aliases,
            Set<Long> created) implements OrganizationChange {

        public List<String> aliasesOf(Organization organization) {
            return aliases.getOrDefault(organization.id, List.of());
        }
    }

    /** The organization is being deleted. */
    record Removed(Organization organization) implements OrganizationChange {
    }
}
