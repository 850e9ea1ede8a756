package dev.newsgraph.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WriteDetectorTest {

    @Test
    void insertsUpdatesDeletesAndMergesWrite() {
        assertTrue(WriteDetector.writes("insert into organization (name) values (?)"));
        assertTrue(WriteDetector.writes("  UPDATE event set title=? where id=?"));
        assertTrue(WriteDetector.writes("delete from mention where article_id=?"));
        assertTrue(WriteDetector.writes("merge into change_log using ..."));
        assertTrue(WriteDetector.writes("with moved as (select id from mention) delete from mention m where m.id in (select id from moved)"));
    }

    @Test
    void queriesAndSequenceCallsDoNot() {
        assertFalse(WriteDetector.writes("select o1_0.id from organization o1_0"));
        assertFalse(WriteDetector.writes("(select 1) union (select 2)"));
        assertFalse(WriteDetector.writes("select next value for organization_seq"));
        assertFalse(WriteDetector.writes("call next value for organization_seq"));
        assertFalse(WriteDetector.writes("select pg_notify(?, ?)"));
        assertFalse(WriteDetector.writes("with recent as (select id from article) select * from recent"));
    }
}
