package dev.newsgraph.security;

import java.util.ArrayList;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * The address a request comes from, as the rate limit keys it. {@code X-Forwarded-For} is believed only
 * from trusted proxies ({@code NEWSGRAPH_TRUSTED_PROXIES}, CIDR ranges): walking its hops from the right,
 * the first address that is not a trusted proxy is the client; anything to its left was written by the
 * client itself and may be forged. IPv6 clients are grouped by their /64, the block one subscriber gets.
 * Only address literals are read: no name is ever looked up.
 */
public final class ClientAddress {

    private final List<Range> trusted;

    /** @param trustedProxies CIDR ranges or single addresses, e.g. {@code 10.0.0.0/8}, {@code fd00::/8} */
    public ClientAddress(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.trim()));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /**
     * @param peer the address of the connection's other end
     * @param forwardedFor the {@code X-Forwarded-For} header values in the order received (may be empty)
     * @return the client's key: an IPv4 address, or an IPv6 /64 such as {@code 2001:db8:1:2::/64}
     */
    public String of(String peer, List<String> forwardedFor) {
        byte[] client = literal(peer);
        if (client == null) {
            return "unknown";
        }
        if (isTrusted(client)) {
            List<String> hops = new ArrayList<>();
            for (String header : forwardedFor) {
                for (String hop : header.split(",")) {
                    hops.add(hop.trim());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = literal(hops.get(i));
                if (hop == null) {
                    break; // a hop that is no address: keep the last one a trusted proxy vouched for
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(byte[] address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String key(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** The bytes of an IPv4 or IPv6 literal (brackets and an IPv4 port allowed), IPv4-mapped IPv6 as IPv4; null for anything else. */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        String address = text;
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            if (end < 0) {
                return null;
            }
            address = address.substring(1, end);
        } else if (address.indexOf(':') == address.lastIndexOf(':') && address.indexOf(':') > 0) {
            address = address.substring(0, address.indexOf(':')); // IPv4 with a port
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isV4Mapped(bytes)) {
            byte[] v4 = new byte[4];
            System.arraycopy(bytes, 12, v4, 0, 4);
            return v4;
        }
        return bytes;
    }

    private static boolean isV4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** An address block: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("NEWSGRAPH_TRUSTED_PROXIES: '" + cidr + "' is not an address or CIDR range");
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(cidr.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (network.length == 4 && cidr.substring(0, slash).contains(":")) {
                    bits -= 96; // an IPv4-mapped range such as ::ffff:10.0.0.0/104
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("NEWSGRAPH_TRUSTED_PROXIES: '" + cidr + "' has a bad prefix length");
                }
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
