package dev.newsgraph.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.newsgraph.graphql.IdList;
import dev.newsgraph.store.BulkInserts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Another name an organization goes by; unique across all organizations. */
@Entity
@Table(name = "organization_alias")
public class OrganizationAlias extends PanacheEntityBase {

    /** The most aliases one organization has (Organization.aliases, OrganizationInput.aliases). */
    public static final int MAX_PER_ORGANIZATION = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_alias_seq")
    @SequenceGenerator(name = "organization_alias_seq", sequenceName = "organization_alias_seq", allocationSize = BulkInserts.ID_BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(nullable = false, length = 200)
    public String alias;

    @Column(name = "alias_key", nullable = false, length = 200)
    public String aliasKey;

    public static OrganizationAlias of(Organization organization, String alias) {
        OrganizationAlias entity = new OrganizationAlias();
        entity.organization = organization;
        entity.alias = Organization.spaced(alias);
        entity.aliasKey = Organization.key(alias);
        return entity;
    }

    public static List<OrganizationAlias> forOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        IdList ids = IdList.of("organization", organizationIds);
        return list("organization.id in " + ids.placeholders() + " order by id", ids.parameters());
    }

    /**
     * The aliases of many organizations as plain strings, in the order they were added: a projection,
     * so a bulk import's thousand aliases are not loaded as entities the session must track.
     */
    public static Map<Long, List<String>> namesOf(Collection<Long> organizationIds) {
        Map<Long, List<String>> names = new HashMap<>();
        List<Long> ids = List.copyOf(organizationIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            getEntityManager().createQuery("select a.organization.id, a.alias from OrganizationAlias a"
                    + " where a.organization.id in ?1 order by a.id", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(from + 1000, ids.size()))).getResultList()
                    .forEach(row -> names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        return names;
    }
}
