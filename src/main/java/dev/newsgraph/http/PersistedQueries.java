package dev.newsgraph.http;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.newsgraph.graphql.ErrorCode;

/**
 * Documents known by their sha256 hash. Without a manifest: Apollo's automatic persisted queries — a
 * client sends the hash alone, and the document once when told {@code PersistedQueryNotFound}; only
 * documents that parsed and validated are remembered, in a store bounded by weight. With
 * {@code NEWSGRAPH_TRUSTED_DOCUMENTS}: the manifest's documents are the only ones that run, by hash or
 * by their exact text.
 */
@ApplicationScoped
public class PersistedQueries {

    /** The text held by the automatic store, in characters (about twice that in bytes). */
    static final long MAX_STORED_CHARS = 16L * 1024 * 1024;
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    TrustedDocumentsConfig config;

    private final Cache<String, String> stored = Caffeine.newBuilder().maximumWeight(MAX_STORED_CHARS)
            .weigher((String hash, String document) -> hash.length() + document.length()).build();
    private Map<String, String> trusted;

    @PostConstruct
    void load() {
        if (config.manifest().isEmpty() || config.manifest().get().isBlank()) {
            return;
        }
        Path file = Path.of(config.manifest().get());
        JsonValue manifest;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            manifest = reader.readValue();
        } catch (IOException | jakarta.json.JsonException e) {
            throw new IllegalStateException("NEWSGRAPH_TRUSTED_DOCUMENTS: cannot read " + file + " as JSON: " + e.getMessage());
        }
        if (!(manifest instanceof JsonObject documents)) {
            throw new IllegalStateException("NEWSGRAPH_TRUSTED_DOCUMENTS: " + file + " must hold a JSON object { \"<sha256>\": \"<document>\" }");
        }
        Map<String, String> loaded = new HashMap<>();
        documents.forEach((hash, document) -> {
            if (!(document instanceof JsonString text) || !sha256(text.getString()).equals(hash.toLowerCase())) {
                throw new IllegalStateException("NEWSGRAPH_TRUSTED_DOCUMENTS: the entry " + hash
                        + " is not a document whose sha256 is its key (build the manifest with e2e/trusted-documents.js)");
            }
            loaded.put(hash.toLowerCase(), text.getString());
        });
        trusted = Map.copyOf(loaded);
    }

    boolean trustedOnly() {
        return trusted != null;
    }

    /** The hash in {@code extensions.persistedQuery}, or null when the request names none. */
    static String hashOf(JsonObject extensions) {
        if (extensions == null || !(extensions.get("persistedQuery") instanceof JsonObject persisted)) {
            return null;
        }
        if (!(persisted.get("version") instanceof jakarta.json.JsonNumber version) || version.intValue() != 1) {
            throw Refusal.badRequest("persistedQuery.version must be 1");
        }
        if (!(persisted.get("sha256Hash") instanceof JsonString hash) || !SHA256.matcher(hash.getString()).matches()) {
            throw Refusal.badRequest("persistedQuery.sha256Hash must be the 64 lower-case hex digits of the document's sha256");
        }
        return hash.getString();
    }

    /** The request with its document; refuses an unknown hash, a hash that does not match, an untrusted document. */
    GraphQLRequest resolve(GraphQLRequest request, MediaTypes answerType) {
        String hash = request.persistedHash();
        if (hash != null && request.query() != null && !sha256(request.query()).equals(hash)) {
            throw new Refusal(answerType.requestErrorStatus(), ErrorCode.BAD_INPUT,
                    "the query does not match persistedQuery.sha256Hash");
        }
        if (trusted != null) {
            String key = hash != null ? hash : sha256(request.query());
            String document = trusted.get(key);
            if (document == null) {
                if (hash != null && request.query() == null) {
                    throw notFound();
                }
                throw new Refusal(answerType.requestErrorStatus(), ErrorCode.FORBIDDEN,
                        "only trusted documents run on this service, and this one is not in its manifest");
            }
            return request.query() == null ? request.withQuery(document) : request;
        }
        if (hash == null || request.query() != null) {
            return request;
        }
        String document = stored.getIfPresent(hash);
        if (document == null) {
            throw notFound();
        }
        return request.withQuery(document);
    }

    /** Keeps a document that came with its hash and turned out valid, for the hash-only requests to come. */
    void remember(GraphQLRequest request) {
        if (trusted == null && request.persistedHash() != null && request.query() != null) {
            stored.put(request.persistedHash(), request.query());
        }
    }

    private static Refusal notFound() {
        // Status 200: Apollo's link and urql's exchange read the error and send the document.
        return new Refusal(200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND_MESSAGE);
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
