package dev.newsgraph.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.ApiException;

/**
 * Decides where webhooks may point: http or https URLs only, to the hosts the operator allows
 * ({@code NEWSGRAPH_WEBHOOK_HOSTS}). Host names are checked when a webhook is created; CIDR ranges
 * are checked against every address the host resolves to, when it is created and again before each
 * delivery (a name that later resolves elsewhere is refused then).
 */
@ApplicationScoped
public class WebhookHosts {

    @Inject
    WebhookConfig config;

    private volatile Rules rules;

    /** A parsed allow-list: everything, or names, name suffixes and address ranges. */
    record Rules(boolean any, List<String> names, List<String> suffixes, List<Cidr> ranges) {

        static Rules parse(String list) {
            List<String> names = new ArrayList<>();
            List<String> suffixes = new ArrayList<>();
            List<Cidr> ranges = new ArrayList<>();
            boolean any = false;
            for (String raw : list.split(",")) {
                String entry = raw.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.equals("*")) {
                    any = true;
                } else if (entry.startsWith("*.")) {
                    suffixes.add(entry.substring(1));
                } else if (entry.contains("/")) {
                    ranges.add(Cidr.parse(entry));
                } else {
                    names.add(entry);
                }
            }
            return new Rules(any, List.copyOf(names), List.copyOf(suffixes), List.copyOf(ranges));
        }

        boolean allowsName(String host) {
            return any || names.contains(host) || suffixes.stream().anyMatch(host::endsWith);
        }

        boolean allowsAddresses(List<InetAddress> addresses) {
            return !addresses.isEmpty() && addresses.stream().allMatch(a -> ranges.stream().anyMatch(r -> r.contains(a)));
        }
    }

    /** An address range such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] network = InetAddress.getByName(literal(parts[0])).getAddress();
                int bits = Integer.parseInt(parts[1]);
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range");
                }
                return new Cidr(network, bits);
            } catch (UnknownHostException | RuntimeException e) {
                throw new IllegalArgumentException("NEWSGRAPH_WEBHOOK_HOSTS: not a CIDR range: " + text);
            }
        }

        private static String literal(String address) {
            if (!address.matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("not an address literal"); // never a DNS lookup here
            }
            return address;
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private Rules rules() {
        Rules current = rules;
        if (current == null) {
            current = Rules.parse(config.hosts());
            rules = current;
        }
        return current;
    }

    /** The URL as given, if a webhook may point there; VALIDATION on {@code input.url} otherwise. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.validation("input.url", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.validation("input.url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ApiException.validation("input.url", "must name a host, without user info or fragment");
        }
        if (!allowed(uri)) {
            throw ApiException.validation("input.url", "this host is not allowed for webhooks (NEWSGRAPH_WEBHOOK_HOSTS)");
        }
        return uri;
    }

    /** Whether a delivery to this URL may go out now: by its name, or by every address it resolves to. */
    public boolean allowed(URI uri) {
        Rules current = rules();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (current.allowsName(host)) {
            return true;
        }
        if (current.ranges().isEmpty()) {
            return false;
        }
        try {
            return current.allowsAddresses(List.of(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
