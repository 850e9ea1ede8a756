package dev.newsgraph.organization;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.graphql.Children;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.PlainText;
import dev.newsgraph.security.Roles;

@GraphQLApi
public class OrganizationApi {

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationImport imports;

    @Inject
    Paging paging;

    @Query("organization")
    @Description("One organization by id.")
    public Organization organization(@NonNull @Id @Name("id") @Description("Organization id.") String id) {
        return organizations.get(GlobalId.rowId(id, NodeType.ORGANIZATION));
    }

    @Query("organizationByName")
    @Description("One organization by its name or one of its aliases, case-insensitive.")
    public Organization organizationByName(@NonNull @Name("name") @Description("Name or alias.") @PlainText @Size(max = 200) String name) {
        return organizations.byName(name);
    }

    @Query("organizationByWikidataId")
    @Description("One organization by its Wikidata item id (`Q` and digits, e.g. `Q42`).")
    public Organization organizationByWikidataId(@NonNull @Name("id") @Description("The Wikidata item id, e.g. `Q42`.")
            @Pattern(regexp = Organization.WIKIDATA_ID_PATTERN, message = "must be a Wikidata item id: Q and digits, e.g. Q42") String id) {
        return organizations.byWikidataId(id);
    }

    @Query("organizations")
    @NonNull
    @Description("Organizations, filtered and ordered, one page at a time (at most 100 items, 20 by default).")
    public OrganizationConnection organizations(
            @Name("filter") @Description("Conditions the organizations must meet.") @Valid OrganizationFilter filter,
            @Name("orderBy") @Description("Ordering; by name ascending if left out.") OrganizationOrder orderBy,
            @Name("first") @Description("Page size when paging forward.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("last") @Description("Page size when paging backward.") Integer last,
            @Name("before") @Description("Cursor before which the page ends.") String before) {
        return organizations.list(filter, orderBy, paging.request(first, after, last, before));
    }

    @ListSize(max = OrganizationAlias.MAX_PER_ORGANIZATION)
    @Description("Other names this organization goes by; at most " + OrganizationAlias.MAX_PER_ORGANIZATION + ".")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Organization> parents) {
        List<OrganizationAlias> aliases = OrganizationAlias.forOrganizations(parents.stream().map(o -> o.id).toList());
        return Children.of(aliases, a -> a.organization.id, OrganizationAlias.MAX_PER_ORGANIZATION)
                .forParents(parents, o -> o.id).stream().map(list -> list.stream().map(a -> a.alias).toList()).toList();
    }

    @Description("The organization this one belongs to, if any.")
    public List<Organization> parent(@Source List<Organization> children) {
        List<Long> parentIds = children.stream()
                .map(o -> o.parent == null ? null : o.parent.id).filter(id -> id != null).distinct().toList();
        Map<Long, Organization> byId = Organization.byIds(parentIds).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        return children.stream().map(o -> o.parent == null ? null : byId.get(o.parent.id)).toList();
    }

    @Name("totalCount")
    @NonNull
    @Description("Number of organizations matching the filter, over all pages.")
    public int totalCount(@Source OrganizationConnection connection) {
        return connection.totalCount();
    }

    @Mutation("createOrganization")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Create an organization. Its name and aliases must be free. Needs the editor role.")
    public Organization createOrganization(
            @NonNull @Valid @Name("input") @Description("The new organization's fields.") OrganizationInput input) {
        return organizations.create(input);
    }

    @Mutation("updateOrganization")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Replace an organization's fields. With `expectedVersion`, refused with CONFLICT if it changed meanwhile.")
    public Organization updateOrganization(@NonNull @Id @Name("id") @Description("The organization to change.") String id,
            @NonNull @Valid @Name("input") @Description("All its editable fields, as they should be.") OrganizationInput input,
            @Name("expectedVersion") @Description("The version you read; CONFLICT when it is stale.") Integer expectedVersion) {
        return organizations.update(GlobalId.rowId(id, NodeType.ORGANIZATION), input, expectedVersion);
    }

    @Mutation("deleteOrganization")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Id
    @Description("Delete an organization and its links (mentions, participations, aliases); returns its id.")
    public String deleteOrganization(@NonNull @Id @Name("id") @Description("The organization to delete.") String id) {
        return GlobalId.of(NodeType.ORGANIZATION, organizations.delete(GlobalId.rowId(id, NodeType.ORGANIZATION)));
    }

    @Mutation("addAlias")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Give an organization another name; it must not be any organization's name or alias yet.")
    public Organization addAlias(
            @NonNull @Id @Name("organizationId") @Description("The organization that gets the alias.") String organizationId,
            @NonNull @Name("alias") @Description("The other name, at most 200 characters.") String alias) {
        return organizations.addAlias(GlobalId.rowId(organizationId, NodeType.ORGANIZATION), alias);
    }

    @Mutation("importOrganizations")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Load a gazetteer: each entry updates the organization it matches (by `wikidataId`, else by name or alias,"
            + " case-insensitive) or creates one. Given fields replace, left-out ones are kept, aliases are added. An entry that"
            + " cannot be applied is listed in `failures` and changes nothing; the others are stored. At most "
            + OrganizationImport.MAX_PER_CALL + " entries per call. Needs the editor role.")
    public OrganizationImportResult importOrganizations(@NonNull @Name("organizations")
            @Description("The entries, at most " + OrganizationImport.MAX_PER_CALL + ".") List<@NonNull OrganizationInput> organizations) {
        return imports.importAll(organizations);
    }

    @Mutation("mergeOrganizations")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Fold the source into the target: mentions, participations, aliases and children move; the source's name becomes an alias; the source is deleted.")
    public Organization mergeOrganizations(
            @NonNull @Id @Name("sourceId") @Description("The organization folded in and deleted.") String sourceId,
            @NonNull @Id @Name("targetId") @Description("The organization that remains; not the source.") String targetId) {
        return organizations.merge(GlobalId.rowId(sourceId, NodeType.ORGANIZATION), GlobalId.rowId(targetId, NodeType.ORGANIZATION));
    }
}
