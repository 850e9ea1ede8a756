package dev.newsgraph.organization;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;

/**
 * The stored organizations an import's entries may match, looked up once for the whole call (one
 * statement for the ids, then the matched organizations and their aliases), then kept up to date in
 * memory as entries are applied, so a later entry of the call sees what an earlier one created or renamed.
 */
final class KnownNames {

    private final Map<String, Organization> byWikidataId = new HashMap<>();
    /** Name and alias keys to the organization that has them. */
    private final Map<String, Organization> owners = new HashMap<>();
    /** Alias keys of each organization involved. */
    private final Map<Organization, Set<String>> aliases = new HashMap<>();
    /** The aliases each stored organization involved had before the call, as stored, in the order they were added. */
    private final Map<Organization, List<String>> storedAliases = new HashMap<>();

    private KnownNames() {
    }

    static KnownNames lookUp(List<OrganizationInput> entries) {
        Set<String> wikidataIds = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (OrganizationInput entry : entries) {
            if (entry.wikidataId != null) {
                wikidataIds.add(entry.wikidataId);
            }
            if (entry.name != null) {
                keys.add(Organization.key(entry.name));
            }
            if (entry.aliases != null) {
                entry.aliases.stream().filter(a -> a != null).map(Organization::key).forEach(keys::add);
            }
        }
        KnownNames known = new KnownNames();
        Set<Long> ids = matching(wikidataIds, keys);
        if (ids.isEmpty()) {
            return known; // none of the names is known yet (a new gazetteer): nothing to load
        }
        Map<Long, Organization> involved = new HashMap<>();
        for (Organization organization : Organization.byIds(ids)) {
            involved.put(organization.id, organization);
            known.aliases.put(organization, new HashSet<>());
            known.owners.put(organization.nameKey, organization);
            if (organization.wikidataId != null) {
                known.byWikidataId.put(organization.wikidataId, organization);
            }
        }
        for (OrganizationAlias alias : OrganizationAlias.forOrganizations(involved.keySet())) {
            Organization organization = involved.get(alias.organization.id);
            known.aliases.get(organization).add(alias.aliasKey);
            known.storedAliases.computeIfAbsent(organization, o -> new ArrayList<>()).add(alias.alias);
            known.owners.put(alias.aliasKey, organization);
        }
        return known;
    }

    /**
     * Ids of the organizations that have one of the Wikidata ids, or one of the keys as name or alias:
     * one statement with an array parameter per kind of key, so its SQL is the same on every call
     * (Hibernate translates a query with a list parameter afresh each time).
     */
    private static Set<Long> matching(Collection<String> wikidataIds, Collection<String> keys) {
        Set<Long> ids = new HashSet<>();
        Organization.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MATCHING)) {
                statement.setArray(1, connection.createArrayOf("varchar", wikidataIds.toArray()));
                statement.setArray(2, connection.createArrayOf("varchar", keys.toArray()));
                statement.setArray(3, connection.createArrayOf("varchar", keys.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        });
        return ids;
    }

    private static final String MATCHING = "select id from organization where wikidata_id = any(?)"
            + " union select id from organization where name_key = any(?)"
            + " union select organization_id from organization_alias where alias_key = any(?)";

    Organization byWikidataId(String wikidataId) {
        return byWikidataId.get(wikidataId);
    }

    /** The organization whose name or alias this key is, if any. */
    Organization owner(String key) {
        return owners.get(key);
    }

    boolean isAliasOf(String key, Organization organization) {
        return aliases.getOrDefault(organization, Set.of()).contains(key);
    }

    /** The aliases a stored organization had before this call, in the order they were added. */
    List<String> storedAliases(Organization organization) {
        return storedAliases.getOrDefault(organization, List.of());
    }

    int aliasCount(Organization organization) {
        return aliases.getOrDefault(organization, Set.of()).size();
    }

    /** After an entry is applied: its organization's name, new aliases and Wikidata id are known. */
    void record(Organization organization, List<String> addedAliases, String oldNameKey) {
        Set<String> own = aliases.computeIfAbsent(organization, o -> new HashSet<>());
        owners.put(organization.nameKey, organization);
        if (oldNameKey != null) {
            own.add(oldNameKey); // renamed: the old name is an alias now
        }
        for (String alias : addedAliases) {
            String key = Organization.key(alias);
            own.add(key);
            owners.put(key, organization);
        }
        if (organization.wikidataId != null) {
            byWikidataId.put(organization.wikidataId, organization);
        }
    }
}
