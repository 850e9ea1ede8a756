package dev.newsgraph.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import java.lang.reflect.Field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.newsgraph.graphql.ContractError;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.LimitsConfig;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Every GraphQL document parsed and validated once, for the HTTP edge (which needs the operation's
 * type before it executes) and for the engine (installed as its preparsed-document provider by
 * {@link EngineSetup}), so a document is never parsed twice, over HTTP or WebSocket. Bounded.
 */
@ApplicationScoped
@RegisterForReflection(targets = ExecutionService.class, fields = true, methods = false)
public class DocumentCache implements PreparsedDocumentProvider {

    private static final Logger LOG = Logger.getLogger(DocumentCache.class);

    /** Distinct documents kept; a frontend sends a few dozen, an attacker's random ones push each other out. */
    static final int MAX_DOCUMENTS = 2048;

    @Inject
    LimitsConfig limits;

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumSize(MAX_DOCUMENTS).build();
    private volatile GraphQLSchema schema;

    /**
     * SmallRye reads each request's document once more for its own context, through its own cache,
     * which would parse every document a second time; it is given a view of this one instead. The
     * view hands SmallRye the document even when it did not validate (the engine, reading this cache
     * directly, then reports the validation errors as usual).
     */
    void shareWithSmallRye(@Observes StartupEvent started, ExecutionService engine) {
        try {
            Field field = ExecutionService.class.getDeclaredField("queryCache");
            field.setAccessible(true);
            field.set(engine, new ContextView(this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("SmallRye's query cache could not be shared (%s): documents are parsed twice", e.toString());
        }
    }

    /** SmallRye's view: a document whenever one parsed. */
    static final class ContextView extends QueryCache {
        private final DocumentCache documents;

        ContextView(DocumentCache documents) {
            this.documents = documents;
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
                Function<ExecutionInput, PreparsedDocumentEntry> parse) {
            PreparsedDocumentEntry entry = documents.prepare(executionInput.getQuery());
            return CompletableFuture.completedFuture(entry.hasErrors() && entry.getDocument() != null
                    ? new PreparsedDocumentEntry(entry.getDocument()) : entry);
        }
    }

    /** The document parsed and validated against the schema, or its errors. */
    public PreparsedDocumentEntry prepare(String query) {
        return documents.get(query, this::parseAndValidate);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(prepare(executionInput.getQuery()));
    }

    private PreparsedDocumentEntry parseAndValidate(String query) {
        int maxTokens = limits.parserTokens();
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(b -> b.maxTokens(maxTokens));
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (ParseCancelledException e) {
            return new PreparsedDocumentEntry(List.of(new ContractError(
                    "the document has more than " + maxTokens + " tokens (limit parserTokens)", null, null,
                    Map.of("code", ErrorCode.LIMIT_EXCEEDED.name(), "limit", "parserTokens", "max", maxTokens),
                    ErrorType.ValidationError)));
        } catch (InvalidSyntaxException e) {
            return new PreparsedDocumentEntry(e.toInvalidSyntaxError());
        }
        List<ValidationError> errors = new Validator().validateDocument(schema(), document, Locale.ENGLISH);
        return errors.isEmpty() ? new PreparsedDocumentEntry(document) : new PreparsedDocumentEntry(document, errors);
    }

    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            known = Arc.container().instance(GraphQLSchema.class).get();
            schema = known;
        }
        return known;
    }
}
