package dev.newsgraph.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.newsgraph.graphql.ApiException;

/** Opaque webhook ids, read strictly: anything that is not one names no webhook (NOT_FOUND). */
final class WebhookIds {

    private static final String PREFIX = "webhook:";

    private WebhookIds() {
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.US_ASCII));
    }

    static long decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            if (raw.startsWith(PREFIX)) {
                long id = Long.parseLong(raw.substring(PREFIX.length()));
                if (id > 0 && encode(id).equals(text)) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: not an id of ours
        }
        throw ApiException.notFound("Webhook", text);
    }
}
