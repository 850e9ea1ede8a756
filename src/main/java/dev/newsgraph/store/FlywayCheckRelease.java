package dev.newsgraph.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;

/** Closes the schema history check's H2 connection once Hibernate and the pool have their own. */
@ApplicationScoped
class FlywayCheckRelease {

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        FlywayWhenNeeded.release();
    }
}
