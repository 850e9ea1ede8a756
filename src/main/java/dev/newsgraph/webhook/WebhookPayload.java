package dev.newsgraph.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.newsgraph.changes.Change;

/** The JSON body POSTed for one change, and its signature. */
public final class WebhookPayload {

    /** The header carrying {@code sha256=<hex HMAC-SHA256 of the body with the webhook's secret>}. */
    public static final String SIGNATURE_HEADER = "X-Newsgraph-Signature";

    private WebhookPayload() {
    }

    /**
     * {@code {cursor, at, operation, type, id}}. Every value is produced here (base64url cursor and id,
     * an ISO timestamp, enum names), so none needs escaping.
     */
    public static String body(Change change) {
        return "{\"cursor\":\"" + change.getCursor() + "\",\"at\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(change.getAt()) + "\",\"operation\":\""
                + change.operation().name() + "\",\"type\":\"" + change.type().name() + "\",\"id\":\""
                + change.getNodeId() + "\"}";
    }

    /** The signature header's value for the body. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
