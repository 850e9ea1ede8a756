package dev.newsgraph.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored organizations an import's entries may match, looked up once for the whole call (a
 * query per kind of key and per thousand keys), then kept up to date in memory as entries are
 * applied, so a later entry of the call sees what an earlier one created or renamed.
 */
final class KnownNames {

    private static final int KEYS_PER_QUERY = 1000;

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
        for (List<String> chunk : chunks(wikidataIds)) {
            for (Organization organization : Organization.<Organization> list("wikidataId in ?1", chunk)) {
                known.byWikidataId.put(organization.wikidataId, organization);
                known.owners.put(organization.nameKey, organization);
            }
        }
        for (List<String> chunk : chunks(keys)) {
            for (Organization organization : Organization.<Organization> list("nameKey in ?1", chunk)) {
                known.owners.put(organization.nameKey, organization);
            }
            for (OrganizationAlias alias : OrganizationAlias.<OrganizationAlias> list(
                    "select a from OrganizationAlias a join fetch a.organization where a.aliasKey in ?1", chunk)) {
                known.owners.put(alias.aliasKey, alias.organization);
            }
        }
        Map<Long, Organization> involved = new HashMap<>();
        known.owners.values().forEach(o -> involved.put(o.id, o));
        for (Organization organization : involved.values()) {
            known.aliases.put(organization, new HashSet<>());
        }
        for (List<Long> chunk : chunks(involved.keySet())) {
            for (OrganizationAlias alias : OrganizationAlias.forOrganizations(chunk)) {
                Organization organization = involved.get(alias.organization.id);
                known.aliases.get(organization).add(alias.aliasKey);
                known.storedAliases.computeIfAbsent(organization, o -> new ArrayList<>()).add(alias.alias);
                known.owners.put(alias.aliasKey, organization);
            }
        }
        return known;
    }

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

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(from + KEYS_PER_QUERY, all.size())));
        }
        return chunks;
    }
}
