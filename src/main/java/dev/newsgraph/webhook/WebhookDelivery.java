package dev.newsgraph.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One attempt to deliver a change to a webhook. Written by the dispatcher with plain JDBC, read here. */
@Entity
@Table(name = "webhook_delivery")
@Type("WebhookDelivery")
@Description("One attempt to deliver a change to a webhook.")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "webhook_id", nullable = false)
    public Long webhookId;

    @Ignore
    @Column(nullable = false)
    public long position;

    @NonNull
    @Description("When the attempt was made.")
    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Description("The HTTP status the receiver answered; null when no answer came (see `error`).")
    @Column(name = "status_code")
    public Integer statusCode;

    @Description("Why the attempt failed; null when it succeeded.")
    @Column(length = 500)
    public String error;

    @NonNull
    @Description("How long the attempt took, in milliseconds.")
    @Column(name = "duration_ms", nullable = false)
    public int durationMs;

    @NonNull
    @Description("Whether the receiver accepted the change (a 2xx answer).")
    public boolean isSucceeded() {
        return error == null;
    }

    @NonNull
    @Description("The cursor of the change delivered, as `Change.cursor` shows it.")
    public String getCursor() {
        return dev.newsgraph.changes.Change.cursorOf(position);
    }
}
