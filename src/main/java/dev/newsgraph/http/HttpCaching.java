package dev.newsgraph.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP side of an answer: media type, {@code Cache-Control}, {@code Vary}, the strong
 * {@code ETag} of anonymous GET answers and the {@code 304} for a client that already holds it.
 */
final class HttpCaching {

    private HttpCaching() {
    }

    /**
     * @param cacheControl the header for an answer anyone may keep, or null for {@code no-store}
     * @param etag the answer's tag (anonymous GET queries without errors), or null
     * @param how the response cache's verdict (hit, shared, miss), or null when it was not asked
     */
    static void send(RoutingContext ctx, Answer answer, String cacheControl, String etag, String how) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return; // the client went away, or the timeout answered first
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, answer.type().contentType);
        answer.headers().forEach(response::putHeader);
        vary(response);
        response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl == null ? "no-store" : cacheControl);
        if (how != null) {
            response.putHeader(ResponseCache.HEADER, how);
        }
        if (etag != null) {
            response.putHeader(HttpHeaders.ETAG, etag);
            if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.headers().remove(HttpHeaders.CONTENT_TYPE);
                response.setStatusCode(304).end();
                return;
            }
        }
        response.setStatusCode(answer.status()).end(Buffer.buffer(answer.body()));
    }

    /** The answer depends on the accepted media type, and (through CORS) on the origin. */
    private static void vary(HttpServerResponse response) {
        String vary = response.headers().get(HttpHeaders.VARY);
        StringBuilder value = new StringBuilder(vary == null ? "" : vary);
        for (String name : new String[] { "Accept", "Origin" }) {
            if (vary == null || !vary.toLowerCase().contains(name.toLowerCase())) {
                value.append(value.length() == 0 ? "" : ", ").append(name);
            }
        }
        response.putHeader(HttpHeaders.VARY, value.toString());
    }

    /** If-None-Match holds the tag (weak comparison, as RFC 9110 asks for it), or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
