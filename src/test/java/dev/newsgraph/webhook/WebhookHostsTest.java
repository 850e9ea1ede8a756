package dev.newsgraph.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookHostsTest {

    @Test
    void namesSuffixesAndRangesAreAllowedAndNothingElse() throws Exception {
        WebhookHosts.Rules rules = WebhookHosts.Rules.parse("hooks.example.com, *.partner.net, 203.0.113.0/24, 2001:db8::/32");
        assertTrue(rules.allowsName("hooks.example.com"));
        assertTrue(rules.allowsName("a.partner.net"));
        assertFalse(rules.allowsName("partner.net.evil.com"));
        assertFalse(rules.allowsName("example.com"));
        assertTrue(rules.allowsAddresses(List.of(InetAddress.getByName("203.0.113.7"))));
        assertTrue(rules.allowsAddresses(List.of(InetAddress.getByName("2001:db8::1"))));
        assertFalse(rules.allowsAddresses(List.of(InetAddress.getByName("127.0.0.1"))));
        assertFalse(rules.allowsAddresses(List.of(InetAddress.getByName("203.0.113.7"), InetAddress.getByName("10.0.0.1"))),
                "every address the name resolves to must be allowed");
        assertFalse(rules.allowsAddresses(List.of()));
    }

    @Test
    void aStarAllowsEveryHostAndABadRangeIsRefused() {
        assertTrue(WebhookHosts.Rules.parse("*").allowsName("anything.internal"));
        assertThrows(IllegalArgumentException.class, () -> WebhookHosts.Rules.parse("10.0.0.0/99"));
        assertThrows(IllegalArgumentException.class, () -> WebhookHosts.Rules.parse("intranet/8"));
    }
}
