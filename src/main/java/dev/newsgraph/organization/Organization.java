package dev.newsgraph.organization;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.Node;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.SearchResult;
import dev.newsgraph.graphql.Timestamped;
import dev.newsgraph.store.BulkInserts;

@Entity
@Table(name = "organization")
@Type("Organization")
@Description("A company, government agency, media outlet or other body that news is about.")
public class Organization extends Timestamped implements Node, SearchResult {

    /** A Wikidata item id: {@code Q} and a number without leading zeros. */
    public static final String WIKIDATA_ID_PATTERN = "Q[1-9][0-9]{0,18}";
    public static final int WIKIDATA_ID_MAX_LENGTH = 20;

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = BulkInserts.ID_BLOCK)
    @Ignore
    public Long id;

    @Override
    @Id
    @NonNull
    @Name("id")
    @Description(Node.ID_DESCRIPTION)
    public String getGlobalId() {
        return GlobalId.of(NodeType.ORGANIZATION, id);
    }

    @NonNull
    @Description("Canonical name, unique regardless of case.")
    @Column(nullable = false, length = 200)
    public String name;

    @Ignore
    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @NonNull
    @Description("What kind of body this is.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public OrganizationKind kind;

    @Description("Home country as an ISO 3166-1 alpha-2 code, e.g. `US`.")
    @Column(length = 2)
    public String country;

    @Description("Year the organization was founded.")
    @Column(name = "founded_year")
    public Integer foundedYear;

    @Description("A short description.")
    @Column(length = 4000)
    public String description;

    @Description("Official website URL.")
    @Column(length = 500)
    public String website;

    @Description("The organization's Wikidata item, `Q` and digits (e.g. `Q42`); unique. Its identity outside Newsgraph.")
    @Column(name = "wikidata_id", length = WIKIDATA_ID_MAX_LENGTH)
    public String wikidataId;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organization parent;

    /** Runs of white space, compiled once: a bulk import folds several names per entry. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The lookup key for names and aliases: case-insensitive, surrounding and repeated spaces ignored. */
    public static String key(String name) {
        return spaced(name).toLowerCase(Locale.ROOT);
    }

    /** A name or alias as stored: surrounding spaces dropped, each run of white space one space. */
    static String spaced(String name) {
        return SPACES.matcher(name.trim()).replaceAll(" ");
    }

    /** Name or alias, case-insensitive. */
    public static Optional<Organization> findByNameOrAlias(String name) {
        String key = key(name);
        Optional<Organization> byName = find("nameKey", key).firstResultOptional();
        if (byName.isPresent()) {
            return byName;
        }
        // Selects the organization itself rather than following alias.organization: that would hand GraphQL an
        // uninitialized proxy, loaded later on whatever thread reads it first (an event loop, under load).
        return find("select a.organization from OrganizationAlias a where a.aliasKey = ?1", key).firstResultOptional();
    }

    public static Optional<Organization> findByWikidataId(String wikidataId) {
        return find("wikidataId", wikidataId).firstResultOptional();
    }

    public static List<Organization> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList batch = IdList.of("id", ids);
        return list("id in " + batch.placeholders(), batch.parameters());
    }

    void normalize() {
        name = spaced(name);
        nameKey = key(name);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
        }
    }
}
