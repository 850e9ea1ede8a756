package dev.newsgraph.organization;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.FilterConditions;
import dev.newsgraph.graphql.Like;
import dev.newsgraph.graphql.PlainText;

@Input("OrganizationFilter")
@Description("Narrows `organizations`: all given fields must hold; `and`, `or` and `not` combine filters (at most "
        + BooleanFilter.MAX_DEPTH + " levels deep and " + BooleanFilter.MAX_CONDITIONS
        + " conditions, each list element counting as one; more is LIMIT_EXCEEDED with limit `filter`).")
public class OrganizationFilter implements BooleanFilter<OrganizationFilter> {

    @Size(max = 200)
    @Description("Text contained in the name or an alias, case-insensitive.")
    @PlainText
    public String text;

    @Description("Only this kind.")
    public OrganizationKind kind;

    @Description("Only organizations of any of these kinds (none: nothing matches).")
    public List<@NonNull OrganizationKind> kinds;

    @CountryCode
    @Description("Only this country (ISO 3166-1 alpha-2).")
    public String country;

    @Pattern(regexp = Organization.WIKIDATA_ID_PATTERN, message = "must be a Wikidata item id: Q and digits, e.g. Q42")
    @Description("Only the organization with this Wikidata item id.")
    public String wikidataId;

    @Description("Only organizations of any of these countries (ISO 3166-1 alpha-2; none: nothing matches).")
    public List<@NonNull @CountryCode String> countries;

    @Name("and")
    @Description("Filters that must all hold as well.")
    public List<@NonNull @Valid OrganizationFilter> and;

    @Name("or")
    @Description("Filters of which at least one must hold as well (none: nothing matches).")
    public List<@NonNull @Valid OrganizationFilter> or;

    @Valid
    @Name("not")
    @Description("A filter that must not hold.")
    public OrganizationFilter not;

    @Override
    public List<OrganizationFilter> allOf() {
        return and;
    }

    @Override
    public List<OrganizationFilter> anyOf() {
        return or;
    }

    @Override
    public OrganizationFilter negated() {
        return not;
    }

    @Override
    public void addFieldConditions(FilterConditions where) {
        if (text != null && !text.isBlank()) {
            where.add(Like.contains(Organization.key(text)), v -> "(e.nameKey like " + v + " escape '\\'"
                    + " or exists (select 1 from OrganizationAlias al where al.organization = e and al.aliasKey like "
                    + v + " escape '\\'))");
        }
        if (kind != null) {
            where.add(kind, v -> "e.kind = " + v);
        }
        if (kinds != null) {
            where.addIn("e.kind", kinds, k -> k);
        }
        if (country != null) {
            where.add(country.toUpperCase(Locale.ROOT), v -> "(e.country is not null and e.country = " + v + ")");
        }
        if (countries != null) {
            where.addIn("e.country", countries, c -> c.toUpperCase(Locale.ROOT), in -> "(e.country is not null and " + in + ")");
        }
        if (wikidataId != null) {
            where.add(wikidataId, v -> "(e.wikidataId is not null and e.wikidataId = " + v + ")");
        }
    }
}
