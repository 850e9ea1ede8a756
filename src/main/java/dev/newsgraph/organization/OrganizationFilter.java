package dev.newsgraph.organization;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.Keyset.Where;
import dev.newsgraph.graphql.Like;
import dev.newsgraph.graphql.PlainText;

@Input("OrganizationFilter")
@Description("Narrows `organizations`; all given conditions must hold.")
public class OrganizationFilter {

    @Size(max = 200)
    @Description("Text contained in the name or an alias, case-insensitive.")
    @PlainText
    public String text;

    @Description("Only this kind.")
    public OrganizationKind kind;

    @CountryCode
    @Description("Only this country (ISO 3166-1 alpha-2).")
    public String country;

    Where toWhere() {
        StringJoiner jpql = new StringJoiner(" and ");
        jpql.add("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            jpql.add("(e.nameKey like :text escape '\\' or exists (select 1 from OrganizationAlias al"
                    + " where al.organization = e and al.aliasKey like :text escape '\\'))");
            parameters.put("text", Like.contains(Organization.key(text)));
        }
        if (kind != null) {
            jpql.add("e.kind = :kind");
            parameters.put("kind", kind);
        }
        if (country != null) {
            jpql.add("e.country = :country");
            parameters.put("country", country.toUpperCase(Locale.ROOT));
        }
        return new Where(jpql.toString(), parameters);
    }
}
