package dev.newsgraph.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.PlainText;
import dev.newsgraph.graphql.Versions;

@ApplicationScoped
public class OrganizationService {

    @Inject
    Event<OrganizationChange> changes;

    public Organization get(Long id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ApiException.notFound(NodeType.ORGANIZATION, id);
        }
        return organization;
    }

    public Organization byName(String name) {
        return Organization.findByNameOrAlias(name)
                .orElseThrow(() -> new ApiException(dev.newsgraph.graphql.ErrorCode.NOT_FOUND,
                        "no organization is named or also known as '" + name + "'"));
    }

    /** The organization with this Wikidata item id; NOT_FOUND when none has it. */
    public Organization byWikidataId(String wikidataId) {
        return Organization.findByWikidataId(wikidataId)
                .orElseThrow(() -> new ApiException(dev.newsgraph.graphql.ErrorCode.NOT_FOUND,
                        "no organization has the Wikidata id '" + wikidataId + "'"));
    }

    public OrganizationConnection list(OrganizationFilter filter, OrganizationOrder order, PageRequest page) {
        OrganizationOrder sort = OrganizationOrder.orDefault(order);
        Keyset.Where where = BooleanFilter.toWhere(filter);
        var slice = Keyset.page(Organization.class, where, sort.key(), sort.direction, page, o -> o.id);
        return new OrganizationConnection(slice, () -> Keyset.count(Organization.class, where));
    }

    @Transactional
    public Organization create(OrganizationInput input) {
        String key = Organization.key(input.name);
        ensureNameFree(key, null);
        ensureAliasesFree(input.aliases, key, null);
        ensureWikidataIdFree(input.wikidataId, null);
        Organization organization = new Organization();
        apply(organization, input, parentOf(input));
        organization.persist();
        replaceAliases(organization, input.aliases == null ? List.of() : input.aliases);
        changes.fire(new OrganizationChange.NamesChanged(organization));
        return organization;
    }

    @Transactional
    public Organization update(Long id, OrganizationInput input, Integer expectedVersion) {
        Organization organization = get(id);
        Versions.check(organization.version, expectedVersion, NodeType.ORGANIZATION, id);
        // Every check runs before the entity changes, so no query flushes a half-applied state.
        String key = Organization.key(input.name);
        ensureNameFree(key, organization.id);
        ensureAliasesFree(input.aliases, key, organization.id);
        ensureWikidataIdFree(input.wikidataId, organization.id);
        Organization parent = parentOf(input);
        ensureNoCycle(organization, parent);
        apply(organization, input, parent);
        organization.touch();
        if (input.aliases != null) {
            replaceAliases(organization, input.aliases);
        }
        Organization.flush();
        changes.fire(new OrganizationChange.NamesChanged(organization));
        return organization;
    }

    @Transactional
    public Long delete(Long id) {
        Organization organization = get(id);
        // Links (aliases, mentions, participations) cascade in the database; children lose their parent.
        Organization.update("parent = null where parent = ?1", organization);
        changes.fire(new OrganizationChange.Removed(organization));
        organization.delete();
        return id;
    }

    @Transactional
    public Organization addAlias(Long organizationId, String alias) {
        Organization organization = get(organizationId);
        String key = Organization.key(alias);
        if (key.isEmpty()) {
            throw ApiException.validation("alias", "must not be blank");
        }
        if (key.length() > 200) {
            throw ApiException.validation("alias", "size must be between 0 and 200");
        }
        if (!PlainText.Validator.isPlain(alias)) {
            throw ApiException.validation("alias", "must not contain control characters or broken unicode");
        }
        if (key.equals(organization.nameKey)) {
            throw ApiException.conflict("'" + alias + "' is already the name of organization " + organization.getGlobalId());
        }
        ensureNameFree(key, organization.id);
        if (OrganizationAlias.count("aliasKey", key) > 0) {
            throw ApiException.conflict("'" + alias + "' is already an alias of organization " + organization.getGlobalId());
        }
        long aliases = OrganizationAlias.count("organization", organization);
        if (aliases >= OrganizationAlias.MAX_PER_ORGANIZATION) {
            throw ApiException.limitExceeded("Organization.aliases", OrganizationAlias.MAX_PER_ORGANIZATION, "organization "
                    + organization.id + " already has " + aliases + " aliases, the most an organization can have");
        }
        OrganizationAlias.of(organization, alias).persist();
        organization.touch();
        changes.fire(new OrganizationChange.NamesChanged(organization));
        return organization;
    }

    @Transactional
    public Organization merge(Long sourceId, Long targetId) {
        if (Objects.equals(sourceId, targetId)) {
            throw ApiException.validation("targetId", "must differ from sourceId");
        }
        Organization source = get(sourceId);
        Organization target = get(targetId);
        // the target keeps its aliases and gains the source's and the source's name
        long aliases = OrganizationAlias.count("organization in ?1", List.of(source, target)) + 1;
        if (aliases > OrganizationAlias.MAX_PER_ORGANIZATION) {
            throw ApiException.limitExceeded("Organization.aliases", OrganizationAlias.MAX_PER_ORGANIZATION, "the merged organization"
                    + " would have " + aliases + " aliases, more than the " + OrganizationAlias.MAX_PER_ORGANIZATION + " an organization can have");
        }
        // the Wikidata id is the organization's identity: the merged one keeps it; two different ones
        // name two different items, which a merge would silently lose
        if (source.wikidataId != null && target.wikidataId != null && !source.wikidataId.equals(target.wikidataId)) {
            throw ApiException.conflict("the source is Wikidata item " + source.wikidataId + " and the target "
                    + target.wikidataId + ": different items; clear one of them before merging");
        }
        String wikidataId = target.wikidataId != null ? target.wikidataId : source.wikidataId;
        changes.fire(new OrganizationChange.Merged(source, target));
        for (OrganizationAlias alias : OrganizationAlias.forOrganizations(List.of(source.id))) {
            alias.organization = target;
        }
        Organization.update("parent = ?1 where parent = ?2", target, source);
        if (target.parent != null && target.parent.id.equals(target.id)) {
            target.parent = source.parent;
        }
        OrganizationAlias.flush();
        String sourceName = source.name;
        source.delete();
        Organization.flush();
        OrganizationAlias.of(target, sourceName).persist();
        target.wikidataId = wikidataId;
        target.touch();
        changes.fire(new OrganizationChange.NamesChanged(target));
        return target;
    }

    private Organization parentOf(OrganizationInput input) {
        return input.parentId == null ? null : get(GlobalId.rowId(input.parentId, NodeType.ORGANIZATION));
    }

    private static void apply(Organization organization, OrganizationInput input, Organization parent) {
        organization.name = input.name;
        organization.kind = input.kind == null ? OrganizationKind.OTHER : input.kind;
        organization.country = input.country;
        organization.foundedYear = input.foundedYear;
        organization.description = input.description;
        organization.website = input.website;
        organization.wikidataId = input.wikidataId;
        organization.parent = parent;
        organization.normalize();
    }

    private void replaceAliases(Organization organization, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        for (String alias : aliases) {
            String key = Organization.key(alias);
            if (!key.equals(organization.nameKey)) {
                keys.add(key);
            }
        }
        List<OrganizationAlias> current = organization.id == null ? List.of()
                : OrganizationAlias.forOrganizations(List.of(organization.id));
        for (OrganizationAlias existing : current) {
            if (!keys.remove(existing.aliasKey)) {
                existing.delete();
            }
        }
        OrganizationAlias.flush();
        for (String alias : aliases) {
            String key = Organization.key(alias);
            if (keys.remove(key)) {
                if (OrganizationAlias.count("aliasKey", key) > 0) {
                    throw ApiException.conflict("'" + alias + "' is already an alias of another organization");
                }
                OrganizationAlias.of(organization, alias).persist();
            }
        }
    }

    /** A name or alias must not be another organization's name. */
    private static void ensureNameFree(String key, Long self) {
        Organization other = Organization.find("nameKey", key).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("an organization named '" + other.name + "' already exists (id " + other.getGlobalId() + ")");
        }
        OrganizationAlias alias = OrganizationAlias.find("aliasKey", key).firstResult();
        if (alias != null && !alias.organization.id.equals(self)) {
            throw ApiException.conflict("'" + alias.alias + "' is already an alias of organization " + alias.organization.getGlobalId());
        }
    }

    private static void ensureWikidataIdFree(String wikidataId, Long self) {
        if (wikidataId == null) {
            return;
        }
        Organization other = Organization.findByWikidataId(wikidataId).orElse(null);
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("Wikidata item " + wikidataId + " is already organization '" + other.name
                    + "' (id " + other.getGlobalId() + ")");
        }
    }

    private static void ensureNoCycle(Organization organization, Organization parent) {
        int depth = 0;
        for (Organization p = parent; p != null; p = p.parent) {
            if (p.id.equals(organization.id) || ++depth > 100) {
                throw ApiException.validation("input.parentId", "an organization cannot be its own ancestor");
            }
        }
    }

    private static void ensureAliasesFree(List<String> aliases, String nameKey, Long self) {
        if (aliases != null) {
            for (String alias : aliases) {
                String key = Organization.key(alias);
                if (!key.equals(nameKey)) {
                    ensureNameFree(key, self);
                }
            }
        }
    }

}
