package dev.newsgraph.http;

import java.util.Map;

/**
 * An answer ready to send: status, media type, the JSON bytes, written once, and whether it may be
 * kept by the response cache (a query's answer without errors).
 *
 * @param headers headers the answer needs beyond the usual ones (Retry-After)
 */
record Answer(int status, MediaTypes type, byte[] body, boolean cacheable, Map<String, String> headers) {
}
