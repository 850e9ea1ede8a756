package dev.newsgraph.linking;

import java.util.List;
import java.util.Objects;

/** The canonical name and aliases under which an organization may appear in article text. */
public record OrganizationNames(long organizationId, String name, List<String> aliases) {

    public OrganizationNames {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Convenience for the common case of a fixed alias list. */
    public static OrganizationNames of(long organizationId, String name, String... aliases) {
        return new OrganizationNames(organizationId, name, List.of(aliases));
    }
}
