package dev.newsgraph.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

/** Loads the demo world at start when NEWSGRAPH_DEMO is not false and the database is empty. */
@ApplicationScoped
public class DemoLoader {

    /** Before the folder import (priority 200): the demo world goes only into an empty database. */
    static final int ORDER = 100;

    @Inject
    DemoWorld world;

    @Inject
    DemoConfig config;

    void onStart(@Observes @Priority(ORDER) StartupEvent event) {
        // checked before the transaction too, so a start on an existing database opens none
        if (config.enabled() && world.isEmpty()) {
            world.loadIfEmpty();
        }
    }
}
