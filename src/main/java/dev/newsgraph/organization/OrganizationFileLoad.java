package dev.newsgraph.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A gazetteer file already loaded, by the SHA-256 of its content. */
@Entity
@Table(name = "organization_file_load")
public class OrganizationFileLoad extends PanacheEntityBase {

    @Id
    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(nullable = false)
    public int entries;
}
