package dev.newsgraph.graphql;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Audit columns and the optimistic-lock version shared by every top-level node of the graph. */
@MappedSuperclass
public abstract class Timestamped extends PanacheEntityBase {

    @NonNull
    @Description("When this record was created.")
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NonNull
    @Description("When this record was last changed.")
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @NonNull
    @Description("Optimistic-lock version; pass it as `expectedVersion` to refuse an update over someone else's change.")
    @Version
    @Column(nullable = false)
    public int version;

    /** Marks the record changed even when only its links changed, so version and updatedAt move on. */
    public void touch() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
