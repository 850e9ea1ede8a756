package dev.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address the rate limit charges, given the connection's peer and X-Forwarded-For. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "fd00::/8", "192.168.1.1"));
    private final ClientAddress direct = new ClientAddress(List.of());

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", direct.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", behindProxies.of("203.0.113.9", List.of("10.1.1.1, 198.51.100.1")));
    }

    @Test
    void theRightmostHopThatIsNoTrustedProxyIsTheClient() {
        // the client wrote "1.2.3.4" itself; the first proxy appended the address it saw
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.2", List.of("1.2.3.4, 198.51.100.7, 10.9.9.9")));
        assertEquals("198.51.100.7", behindProxies.of("192.168.1.1", List.of("1.2.3.4", "198.51.100.7")));
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalk() {
        assertEquals("10.9.9.9", behindProxies.of("10.0.0.2", List.of("evil.example.com, 10.9.9.9")));
        assertEquals("10.0.0.2", behindProxies.of("10.0.0.2", List.of("")));
    }

    @Test
    void portsAndBracketsAreRead() {
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.2", List.of("198.51.100.7:4711")));
        assertEquals("2001:db8:1:2::/64", behindProxies.of("10.0.0.2", List.of("[2001:db8:1:2:3:4:5:6]:443")));
    }

    @Test
    void ipv6ClientsAreGroupedByTheirSlash64() {
        assertEquals(direct.of("2001:db8:1:2::1", List.of()), direct.of("2001:db8:1:2:ffff:ffff:ffff:ffff", List.of()));
        assertEquals("2001:db8:1:3::/64", direct.of("2001:db8:1:3::1", List.of()));
        assertEquals("fd00:0:0:1::/64", behindProxies.of("fd12::1", List.of("fd00:0:0:1::5")));
    }

    @Test
    void ipv4MappedAddressesAreIpv4() {
        assertEquals("203.0.113.9", direct.of("::ffff:203.0.113.9", List.of()));
    }

    @Test
    void namesAreNeverLookedUp() {
        assertEquals("unknown", direct.of("localhost", List.of()));
    }

    @Test
    void aBadRangeStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.internal")));
    }
}
