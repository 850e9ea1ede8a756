package dev.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each client spends node counts from its own minute's budget. */
class RateLimiterTest {

    @Test
    void aClientThatSpentItsBudgetWaitsAndOthersDoNot() {
        RateLimiter limiter = new RateLimiter(60_000);
        assertEquals(0, limiter.spend("alice", 40_000));
        assertEquals(0, limiter.spend("alice", 20_000));
        long retryAfter = limiter.spend("alice", 30_000);
        // 30,000 nodes refill in about 30 s at 1,000 a second
        assertTrue(retryAfter >= 25 && retryAfter <= 31, "retry after " + retryAfter);
        assertEquals(0, limiter.spend("bob", 60_000));
    }

    @Test
    void anOperationDearerThanTheBudgetCostsTheWholeBudget() {
        RateLimiter limiter = new RateLimiter(1_000);
        assertEquals(0, limiter.spend("alice", 25_000));
        assertTrue(limiter.spend("alice", 1_000) > 0);
    }

    @Test
    void evenAnEmptyOperationCostsOneNode() {
        RateLimiter limiter = new RateLimiter(3);
        assertEquals(0, limiter.spend("alice", 0));
        assertEquals(0, limiter.spend("alice", 0));
        assertEquals(0, limiter.spend("alice", 0));
        assertTrue(limiter.spend("alice", 0) > 0);
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0);
        assertFalse(limiter.isEnabled());
        assertEquals(0, limiter.spend("alice", Long.MAX_VALUE));
    }
    @Test
    void aChargeIsTakenWithoutRefusingIntoADebtOfAtMostAMinute() {
        RateLimiter limiter = new RateLimiter(60); // one node a second
        assertEquals(0, limiter.waitSeconds("alice"), "an unknown client has a full bucket");
        limiter.charge("alice", 50);
        assertEquals(0, limiter.waitSeconds("alice"), "10 nodes are left");
        assertEquals(0, limiter.spend("alice", 5));
        limiter.charge("alice", 1_000_000); // far more than is left: 5 nodes and a minute's 60 of debt
        long wait = limiter.waitSeconds("alice");
        assertTrue(wait >= 60 && wait <= 61, "the debt and then one node refill in 61 s: " + wait);
        limiter.charge("alice", 1_000_000);
        assertEquals(wait, limiter.waitSeconds("alice"), 1, "the debt stays at most a minute deep");
        assertTrue(limiter.spend("alice", 1) > 0);
        assertEquals(0, limiter.waitSeconds("bob"));
    }

    @Test
    void anOffLimiterNeitherChargesNorWaits() {
        RateLimiter limiter = new RateLimiter(0);
        limiter.charge("alice", Long.MAX_VALUE);
        assertEquals(0, limiter.waitSeconds("alice"));
    }
}
