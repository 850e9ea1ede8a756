package dev.newsgraph.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.transaction.TransactionScoped;

/**
 * The mentions of the articles a request has asked about, loaded once for the request: a page
 * selecting both {@code mentions} and {@code organizations} runs one {@link Mention#forArticles}
 * instead of one per field. Forgotten when a transaction of the request ends, so that a mutation's
 * answer (and the next aliased mutation's) shows the mentions as they are after it. Both batch resolvers of a level may run at once on two worker threads,
 * hence the lock; the later one waits and reads what the first loaded.
 */
@RequestScoped
public class RequestMentions {

    private final Map<Long, List<Mention>> byArticle = new HashMap<>();

    /** The mentions of each article (most mentioned first), querying only the articles not loaded yet. */
    public synchronized Map<Long, List<Mention>> of(List<Article> articles) {
        List<Long> missing = new ArrayList<>();
        for (Article article : articles) {
            if (!byArticle.containsKey(article.id) && !missing.contains(article.id)) {
                missing.add(article.id);
            }
        }
        if (!missing.isEmpty()) {
            missing.forEach(id -> byArticle.put(id, new ArrayList<>()));
            for (Mention mention : Mention.forArticles(missing)) {
                byArticle.get(mention.article.id).add(mention);
            }
        }
        return byArticle;
    }

    synchronized void onTransactionEnd(@Observes(notifyObserver = Reception.IF_EXISTS) @Destroyed(TransactionScoped.class) Object event) {
        byArticle.clear();
    }
}
