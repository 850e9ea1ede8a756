package dev.newsgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationAlias;
import dev.newsgraph.organization.OrganizationChange;
import dev.newsgraph.store.BulkInserts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organization's name, aliases and description in folded form; deleted with the organization.
 * Aliases are kept as "| alias one | alias two |" so a phrase never runs from one alias into the next.
 */
@Entity
@Table(name = "organization_search")
public class OrganizationSearchText extends PanacheEntityBase {

    static final int NAME_LENGTH = 500;
    static final int ALIAS_LENGTH = 100_000;
    static final int DESCRIPTION_LENGTH = 8100;

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "name_text", nullable = false, length = NAME_LENGTH)
    public String nameText;

    @Column(name = "alias_text", nullable = false, length = ALIAS_LENGTH)
    public String aliasText;

    @Column(name = "description_text", nullable = false, length = DESCRIPTION_LENGTH)
    public String descriptionText;

    static void index(Organization organization) {
        OrganizationSearchText existing = findById(organization.id);
        OrganizationSearchText row = existing != null ? existing : new OrganizationSearchText();
        row.organizationId = organization.id;
        row.nameText = SearchText.fold(organization.name, NAME_LENGTH);
        row.aliasText = aliases(OrganizationAlias.namesOf(List.of(organization.id)).getOrDefault(organization.id, List.of()));
        row.descriptionText = SearchText.fold(organization.description, DESCRIPTION_LENGTH);
        if (existing == null) {
            row.persist();
        }
    }

    /**
     * Writes or rewrites the rows of a bulk import's organizations, with the aliases the import gives:
     * one query for the rows of those stored before, and the new rows in one JDBC batch.
     */
    static void indexAll(OrganizationChange.Imported imported) {
        List<Long> stored = imported.changed().stream().map(o -> o.id).filter(id -> !imported.created().contains(id)).toList();
        Map<Long, OrganizationSearchText> existing = new HashMap<>();
        for (int from = 0; from < stored.size(); from += 1000) {
            List<Long> chunk = stored.subList(from, Math.min(from + 1000, stored.size()));
            OrganizationSearchText.<OrganizationSearchText> list("organizationId in ?1", chunk)
                    .forEach(row -> existing.put(row.organizationId, row));
        }
        List<OrganizationSearchText> newRows = new ArrayList<>();
        for (Organization organization : imported.changed()) {
            OrganizationSearchText row = existing.get(organization.id);
            if (row == null) {
                row = new OrganizationSearchText();
                row.organizationId = organization.id;
                newRows.add(row);
            }
            row.nameText = SearchText.fold(organization.name, NAME_LENGTH);
            row.aliasText = aliases(imported.aliasesOf(organization));
            row.descriptionText = SearchText.fold(organization.description, DESCRIPTION_LENGTH);
        }
        BulkInserts.insert(getEntityManager(), newRows);
    }

    private static String aliases(List<String> aliases) {
        StringBuilder text = new StringBuilder("|");
        for (String alias : aliases) {
            String folded = SearchText.fold(alias);
            if (text.length() + folded.length() + 1 > ALIAS_LENGTH) {
                break;
            }
            text.append(folded).append('|');
        }
        return text.toString();
    }
}
