package dev.newsgraph.http;

import java.util.Locale;

import dev.newsgraph.graphql.ErrorCode;

/**
 * The answer's media type, chosen from the request's {@code Accept} as GraphQL over HTTP asks:
 * {@code application/graphql-response+json} when the client lists it, else {@code application/json}
 * (also when Accept is missing or {@code *}{@code /*}); anything else is 406.
 */
enum MediaTypes {
    GRAPHQL_RESPONSE("application/graphql-response+json"),
    JSON("application/json");

    final String contentType;

    MediaTypes(String name) {
        this.contentType = name + "; charset=utf-8";
    }

    /** Request errors (nothing executed) are 400 with the new type, 200 with legacy JSON. */
    int requestErrorStatus() {
        return this == GRAPHQL_RESPONSE ? 400 : 200;
    }

    static MediaTypes negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        boolean json = false;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].trim();
            if (zeroQuality(pieces)) {
                continue;
            }
            if (type.equals("application/graphql-response+json")) {
                if (!charsetOtherThanUtf8(pieces)) {
                    return GRAPHQL_RESPONSE;
                }
            } else if ((type.equals("application/json") || type.equals("application/*") || type.equals("*/*"))
                    && !charsetOtherThanUtf8(pieces)) {
                json = true;
            }
        }
        if (json) {
            return JSON;
        }
        throw new Refusal(406, ErrorCode.BAD_INPUT,
                "the answer is application/graphql-response+json or application/json (UTF-8); the Accept header allows neither");
    }

    private static boolean zeroQuality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean charsetOtherThanUtf8(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                return true;
            }
        }
        return false;
    }
}
