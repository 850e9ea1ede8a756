package dev.newsgraph.http;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.newsgraph.graphql.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * Writes an answer's JSON once, straight from the engine's result into bytes, stopping as soon as it
 * would pass the response-size limit — so an answer too large to send is never held whole.
 */
final class AnswerWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private AnswerWriter() {
    }

    /** The answer's bytes, or null when they would be more than {@code maxBytes}. */
    static byte[] write(ExecutionResult result, long maxBytes) {
        CappedBuffer out = new CappedBuffer(maxBytes);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            List<GraphQLError> errors = result.getErrors();
            if (!errors.isEmpty()) {
                json.writeFieldName("errors");
                json.writeStartArray();
                for (GraphQLError error : errors) {
                    value(json, error.toSpecification());
                }
                json.writeEndArray();
            }
            if (result.isDataPresent()) {
                json.writeFieldName("data");
                value(json, result.getData());
            }
            if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
                json.writeFieldName("extensions");
                value(json, result.getExtensions());
            }
            json.writeEndObject();
        } catch (TooLarge e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.bytes();
    }

    /** A refusal's answer: one coded error, no data. */
    static byte[] error(ErrorCode code, String message, Map<String, Object> details, boolean withNullData) {
        CappedBuffer out = new CappedBuffer(Long.MAX_VALUE);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("errors");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("message", message);
            json.writeFieldName("extensions");
            json.writeStartObject();
            json.writeStringField("code", code.name());
            for (Map.Entry<String, Object> detail : details.entrySet()) {
                if (!detail.getKey().equals("code")) {
                    json.writeFieldName(detail.getKey());
                    value(json, detail.getValue());
                }
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            if (withNullData) {
                json.writeNullField("data");
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.bytes();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Object[] array) {
            value(json, Arrays.asList(array));
        } else {
            json.writeString(value.toString());
        }
    }

    /** Thrown by {@link CappedBuffer} the moment the answer passes its limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("answer over the size limit", null);
        }
    }

    private static final class CappedBuffer extends OutputStream {
        private final long max;
        private byte[] buffer = new byte[1024];
        private int count;

        CappedBuffer(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void ensure(int more) throws TooLarge {
            long needed = (long) count + more;
            if (needed > max) {
                throw new TooLarge();
            }
            if (needed > buffer.length) {
                long grown = Math.max(needed, Math.min((long) buffer.length * 2, Math.min(max, Integer.MAX_VALUE - 8)));
                buffer = Arrays.copyOf(buffer, (int) grown);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, count);
        }
    }
}
