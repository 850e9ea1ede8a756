package dev.newsgraph.organization;

import java.util.List;

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
     * a new name or alias, whose mentions may need recomputing.
     */
    record Imported(List<Organization> changed, List<Organization> namesChanged) implements OrganizationChange {
    }

    /** The organization is being deleted. */
    record Removed(Organization organization) implements OrganizationChange {
    }
}
