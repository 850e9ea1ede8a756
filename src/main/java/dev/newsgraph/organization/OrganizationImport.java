package dev.newsgraph.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.newsgraph.changes.PendingChanges;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.store.BulkInserts;

/**
 * Loads a gazetteer in bulk: each entry updates the organization it matches — by Wikidata id, else
 * by name or alias — or creates one. An entry that cannot be applied is reported with its index and
 * changes nothing; the others are stored. For the whole call: one lookup per kind of key, one JDBC
 * batch per table for the new organizations and aliases (a stateless session: nothing for the
 * persistence context to track), and one event, so articles are relinked once, not once per
 * organization.
 *
 * <p>Upsert rules: given fields replace, absent (null) ones keep the stored value; aliases are added,
 * never removed; an entry matched by its Wikidata id under another name renames the organization and
 * keeps the old name as an alias (a label changed on Wikidata). The stored name is never replaced by
 * one of its own aliases.
 */
@ApplicationScoped
public class OrganizationImport {

    /** The most entries one call takes. */
    public static final int MAX_PER_CALL = 1000;

    @Inject
    Validator validator;

    @Inject
    Event<OrganizationChange> changes;

    @Inject
    PendingChanges pending;

    @Transactional
    public OrganizationImportResult importAll(List<OrganizationInput> entries) {
        if (entries.size() > MAX_PER_CALL) {
            throw ApiException.limitExceeded("batchSize", MAX_PER_CALL,
                    "an import holds at most " + MAX_PER_CALL + " organizations, not " + entries.size());
        }
        KnownNames known = KnownNames.lookUp(entries);
        loadParents(entries);
        Map<Organization, Boolean> changed = new LinkedHashMap<>(); // organization -> its names changed
        List<Organization> newOrganizations = new ArrayList<>();
        List<OrganizationAlias> newAliases = new ArrayList<>();
        List<OrganizationImportResult.Failure> failures = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < entries.size(); i++) {
            try {
                Upsert upsert = plan(entries.get(i), known);
                switch (apply(upsert, known, newOrganizations, newAliases)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                if (upsert.changed()) {
                    changed.merge(upsert.target, upsert.namesChange(), Boolean::logicalOr);
                }
            } catch (ApiException e) {
                failures.add(new OrganizationImportResult.Failure(i, e.code().name(), e.getMessage()));
            }
        }
        // the new rows once every entry is decided, in one JDBC batch per table: organizations, then their aliases
        EntityManager em = Organization.getEntityManager();
        BulkInserts.insert(em, newOrganizations);
        BulkInserts.insert(em, newAliases);
        Set<Long> createdIds = new LinkedHashSet<>();
        newOrganizations.forEach(organization -> createdIds.add(organization.id));
        pending.created(NodeType.ORGANIZATION, createdIds); // the stateless inserts bypass the change recorder
        if (!changed.isEmpty()) {
            List<Organization> renamed = changed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            changes.fire(new OrganizationChange.Imported(List.copyOf(changed.keySet()), renamed,
                    aliasesAfter(changed.keySet(), known, newAliases), createdIds));
        }
        return new OrganizationImportResult(created, updated, unchanged, failures);
    }

    /** Each changed organization's aliases as stored now: those it had, then those this call added, in order. */
    private static Map<Long, List<String>> aliasesAfter(Collection<Organization> changed, KnownNames known,
            List<OrganizationAlias> newAliases) {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Organization organization : changed) {
            aliases.put(organization.id, new ArrayList<>(known.storedAliases(organization)));
        }
        for (OrganizationAlias alias : newAliases) {
            aliases.get(alias.organization.id).add(alias.alias);
        }
        return aliases;
    }

    /** Loads the parents the entries name in one query, so each entry finds its own in the session. */
    private static void loadParents(List<OrganizationInput> entries) {
        Set<Long> ids = new HashSet<>();
        for (OrganizationInput entry : entries) {
            if (entry.parentId != null) {
                GlobalId.decode(entry.parentId).filter(id -> id.type() == NodeType.ORGANIZATION)
                        .ifPresent(id -> ids.add(id.rowId()));
            }
        }
        if (!ids.isEmpty()) {
            Organization.byIds(ids);
        }
    }

    private enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** What an entry will do, decided before anything is written. */
    private record Upsert(OrganizationInput entry, Organization target, boolean creates, String newName,
            List<String> aliasesToAdd, Organization parent, boolean fieldsChange) {

        boolean namesChange() {
            return creates || newName != null || !aliasesToAdd.isEmpty();
        }

        boolean changed() {
            return namesChange() || fieldsChange;
        }
    }

    private Upsert plan(OrganizationInput entry, KnownNames known) {
        validate(entry);
        String nameKey = Organization.key(entry.name);
        Organization byWikidata = entry.wikidataId == null ? null : known.byWikidataId(entry.wikidataId);
        Organization byName = known.owner(nameKey);
        if (byWikidata != null && byName != null && byName != byWikidata) {
            throw ApiException.conflict("Wikidata item " + entry.wikidataId + " is organization '" + byWikidata.name
                    + "', but '" + entry.name + "' is the name or an alias of organization '" + byName.name + "'");
        }
        Organization target = byWikidata != null ? byWikidata : byName;
        if (target != null && entry.wikidataId != null && target.wikidataId != null && !target.wikidataId.equals(entry.wikidataId)) {
            throw ApiException.conflict("'" + entry.name + "' is organization '" + target.name + "', Wikidata item "
                    + target.wikidataId + ", not " + entry.wikidataId);
        }
        Organization parent = parentOf(entry, target);
        boolean creates = target == null;
        // matched by Wikidata id under a name it does not have yet: a rename, the old name kept as an alias
        String newName = !creates && byName == null ? entry.name : null;
        String finalKey = creates || newName != null ? nameKey : target.nameKey;
        List<String> aliasesToAdd = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(finalKey);
        if (newName != null) {
            seen.add(target.nameKey);
        }
        for (String alias : entry.aliases == null ? List.<String> of() : entry.aliases) {
            String key = Organization.key(alias);
            if (!seen.add(key) || (!creates && known.isAliasOf(key, target))) {
                continue;
            }
            Organization owner = known.owner(key);
            if (owner != null && owner != target) {
                throw ApiException.conflict("'" + alias + "' is already the name or an alias of organization '" + owner.name + "'");
            }
            aliasesToAdd.add(alias);
        }
        int aliases = (creates ? 0 : known.aliasCount(target)) + aliasesToAdd.size() + (newName != null ? 1 : 0);
        if (aliases > OrganizationAlias.MAX_PER_ORGANIZATION) {
            throw ApiException.limitExceeded("Organization.aliases", OrganizationAlias.MAX_PER_ORGANIZATION, "'" + entry.name
                    + "' would have " + aliases + " aliases, more than the " + OrganizationAlias.MAX_PER_ORGANIZATION + " an organization can have");
        }
        return new Upsert(entry, creates ? new Organization() : target, creates, newName, aliasesToAdd, parent,
                !creates && fieldsDiffer(target, entry, parent));
    }

    private Outcome apply(Upsert upsert, KnownNames known, List<Organization> newOrganizations, List<OrganizationAlias> newAliases) {
        Organization organization = upsert.target;
        OrganizationInput entry = upsert.entry;
        if (upsert.creates) {
            organization.name = entry.name;
            organization.kind = OrganizationKind.OTHER;
        }
        String oldNameKey = null;
        if (upsert.newName != null) {
            oldNameKey = organization.nameKey;
            newAliases.add(OrganizationAlias.of(organization, organization.name));
            organization.name = upsert.newName;
        }
        if (entry.kind != null) {
            organization.kind = entry.kind;
        }
        organization.country = entry.country != null ? entry.country : organization.country;
        organization.foundedYear = entry.foundedYear != null ? entry.foundedYear : organization.foundedYear;
        organization.description = entry.description != null ? entry.description : organization.description;
        organization.website = entry.website != null ? entry.website : organization.website;
        organization.wikidataId = entry.wikidataId != null ? entry.wikidataId : organization.wikidataId;
        organization.parent = upsert.parent != null ? upsert.parent : organization.parent;
        organization.normalize();
        if (upsert.creates) {
            newOrganizations.add(organization); // inserted with the others after the last entry
        } else if (upsert.changed()) {
            organization.touch();
        }
        for (String alias : upsert.aliasesToAdd) {
            newAliases.add(OrganizationAlias.of(organization, alias));
        }
        known.record(organization, upsert.aliasesToAdd, oldNameKey);
        return upsert.creates ? Outcome.CREATED : upsert.changed() ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private void validate(OrganizationInput entry) {
        Set<ConstraintViolation<OrganizationInput>> violations = validator.validate(entry);
        if (!violations.isEmpty()) {
            ConstraintViolation<OrganizationInput> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw ApiException.validation(first.getPropertyPath().toString(), first.getMessage());
        }
    }

    private static Organization parentOf(OrganizationInput entry, Organization target) {
        if (entry.parentId == null) {
            return null;
        }
        Organization parent = Organization.findById(GlobalId.rowId(entry.parentId, NodeType.ORGANIZATION));
        if (parent == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "parentId: no organization has the id " + entry.parentId);
        }
        int depth = 0;
        for (Organization p = parent; target != null && p != null; p = p.parent) {
            if (p.id.equals(target.id) || ++depth > 100) {
                throw ApiException.validation("parentId", "an organization cannot be its own ancestor");
            }
        }
        return parent;
    }

    private static boolean fieldsDiffer(Organization organization, OrganizationInput entry, Organization parent) {
        return differs(entry.kind, organization.kind)
                || (entry.country != null && !entry.country.equalsIgnoreCase(Objects.toString(organization.country, "")))
                || differs(entry.foundedYear, organization.foundedYear)
                || differs(entry.description, organization.description)
                || differs(entry.website, organization.website)
                || differs(entry.wikidataId, organization.wikidataId)
                || (parent != null && (organization.parent == null || !parent.id.equals(organization.parent.id)));
    }

    private static boolean differs(Object given, Object stored) {
        return given != null && !given.equals(stored);
    }
}
