package dev.newsgraph.article;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.PlainText;

@Input("ArticleInput")
@Description("The editable fields of an article. On update every field is replaced.")
public class ArticleInput {

    /** The longest title an article can have (also what an imported file may have). */
    public static final int TITLE_MAX_LENGTH = 500;

    @NotBlank
    @Size(max = TITLE_MAX_LENGTH)
    @Description("Headline.")
    @PlainText
    public String title;

    @NotNull
    @Description("Publication time, ISO-8601 with offset, e.g. `2024-07-16T21:08:57Z`.")
    public OffsetDateTime publishedAt;

    @NotBlank
    @Size(max = 1_000_000)
    @Description("Full text; separate paragraphs with a blank line.")
    @PlainText
    public String body;

    @Size(max = 4000)
    @Description("Summary; the first paragraph of the body when left out.")
    @PlainText
    public String summary;

    @Size(max = 200)
    @Description("Publisher or outlet.")
    @PlainText
    public String source;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    @Description("Canonical URL; unique across articles.")
    @PlainText
    public String url;

    @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR")
    @Description("Language tag; `en` when left out.")
    @PlainText
    public String language;
}
