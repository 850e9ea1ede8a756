package dev.newsgraph.ingest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.PlainText;

@Input("ArticleFileInput")
@Description("One article file of a batch import.")
public class ArticleFileInput {

    @Size(max = 255)
    @Description("A name to recognise this file by in the results, e.g. its file name.")
    @PlainText
    public String name;

    @NotNull
    @Description("The file's content in the article format (`# title`, `Published :` line, body between `---` lines).")
    public String markdown;

    @Size(max = 200)
    @Description("Publisher or outlet.")
    @PlainText
    public String source;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
    @Description("Canonical URL of the article.")
    @PlainText
    public String url;
}
