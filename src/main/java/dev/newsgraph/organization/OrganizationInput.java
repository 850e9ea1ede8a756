package dev.newsgraph.organization;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.PlainText;

@Input("OrganizationInput")
@Description("The editable fields of an organization. On update every field is replaced; `aliases` left out keeps the current ones.")
public class OrganizationInput {

    /** The longest name or alias an organization can have. */
    public static final int NAME_MAX_LENGTH = 200;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Description("Canonical name, unique regardless of case.")
    @PlainText
    public String name;

    @Description("What kind of body it is; `OTHER` when left out.")
    public OrganizationKind kind;

    @Size(max = OrganizationAlias.MAX_PER_ORGANIZATION)
    @Description("Other names it goes by (unique across organizations), at most 20. Left out on update: unchanged.")
    public List<@NotBlank @Size(max = NAME_MAX_LENGTH) @PlainText String> aliases;

    @CountryCode
    @Description("ISO 3166-1 alpha-2 country code, e.g. `RU`.")
    public String country;

    @Min(1000)
    @Max(2100)
    @Description("Year founded.")
    public Integer foundedYear;

    @Size(max = 4000)
    @Description("A short description.")
    @PlainText
    public String description;

    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    @Description("Official website, an http(s) URL.")
    @PlainText
    public String website;

    @Pattern(regexp = Organization.WIKIDATA_ID_PATTERN, message = "must be a Wikidata item id: Q and digits, e.g. Q42")
    @Description("The organization's Wikidata item id, `Q` and digits (e.g. `Q42`); unique across organizations.")
    public String wikidataId;

    @Id
    @Description("The parent organization, e.g. a ministry's department.")
    public String parentId;
}
