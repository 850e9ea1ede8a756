package dev.newsgraph.organization;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import dev.newsgraph.graphql.Keyset.SortKey;
import dev.newsgraph.graphql.SortDirection;

@Input("OrganizationOrder")
@Description("Ordering of `organizations`; ties are broken by id.")
public class OrganizationOrder {

    @Name("OrganizationOrderField")
    @Description("Sortable fields of an organization.")
    public enum Field {
        @Description("The canonical name, ignoring case.")
        NAME,
        @Description("When the organization was stored.")
        CREATED_AT
    }

    @Description("Field to sort on; `NAME` by default.")
    public Field field = Field.NAME;

    @Description("Direction; `ASC` by default.")
    public SortDirection direction = SortDirection.ASC;

    static OrganizationOrder orDefault(OrganizationOrder order) {
        OrganizationOrder result = order == null ? new OrganizationOrder() : order;
        if (result.field == null) {
            result.field = Field.NAME;
        }
        if (result.direction == null) {
            result.direction = SortDirection.ASC;
        }
        return result;
    }

    SortKey<Organization> key() {
        return switch (field) {
            case NAME -> new SortKey<>("NAME", "e.nameKey", o -> o.nameKey, s -> s);
            case CREATED_AT -> new SortKey<>("CREATED_AT", "e.createdAt", o -> o.createdAt, Instant::parse);
        };
    }
}
