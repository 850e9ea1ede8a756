package dev.newsgraph.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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

@Entity
@Table(name = "article")
@Type("Article")
@Description("A news article: its text, when and where it was published, and what it mentions.")
public class Article extends Timestamped implements Node, SearchResult {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @Override
    @Id
    @NonNull
    @Name("id")
    @Description(Node.ID_DESCRIPTION)
    public String getGlobalId() {
        return GlobalId.of(NodeType.ARTICLE, id);
    }

    @NonNull
    @Description("Headline.")
    @Column(nullable = false, length = 500)
    public String title;

    @NonNull
    @Description("When the article was published.")
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @NonNull
    @Description("Full text; paragraphs are separated by a blank line.")
    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Description("Short summary: the first paragraph unless one was given.")
    @Column(length = 4000)
    public String summary;

    @Description("Publisher or outlet, e.g. `CNN`.")
    @Column(length = 200)
    public String source;

    @Description("Canonical URL of the article; unique when present.")
    @Column(length = 1000)
    public String url;

    @NonNull
    @Description("Language as a BCP 47 tag, `en` by default.")
    @Column(nullable = false, length = 16)
    public String language;

    @NonNull
    @Description("Number of words in the body.")
    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Ignore
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** The original of the story this article copies, or null; written only by near-duplicate detection (SQL). */
    @Ignore
    @Column(name = "duplicate_of_id", insertable = false, updatable = false)
    public Long duplicateOfId;

    public static List<Article> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList batch = IdList.of("id", ids);
        return list("id in " + batch.placeholders(), batch.parameters());
    }
}
