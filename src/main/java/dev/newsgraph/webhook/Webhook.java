package dev.newsgraph.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.NodeType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A URL that receives every change of the chosen node types, signed with its secret. */
@Entity
@Table(name = "webhook")
@Type("Webhook")
@Description("A URL that receives each committed change (of the chosen node types) as a signed POST, in order, at least once.")
public class Webhook extends PanacheEntityBase {

    /** The most webhooks a service keeps: each one is delivered to in turn. */
    public static final int MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @NonNull
    @Description("Where the changes are POSTed.")
    @Column(nullable = false, length = 2000)
    public String url;

    @Ignore
    @Column(name = "types", nullable = false, length = 64)
    public String typeList;

    @Ignore
    @Column(nullable = false, length = 200)
    public String secret;

    @NonNull
    @Description("When the webhook was created; it receives the changes committed from then on.")
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Ignore
    @Column(name = "delivered_through", nullable = false)
    public long deliveredThrough;

    @NonNull
    @Description("Deliveries that failed in a row (reset by a success); at `NEWSGRAPH_WEBHOOK_MAX_FAILURES` (10) the webhook is disabled.")
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Ignore
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Description("When the webhook was disabled after too many failures in a row; null while it is enabled.")
    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Description("What went wrong with the last failed delivery; null if none failed since the last success.")
    @Column(name = "last_error", length = 500)
    public String lastError;

    @NonNull
    @Name("id")
    @org.eclipse.microprofile.graphql.Id
    @Description("Opaque id of the webhook; pass it to `deleteWebhook`.")
    public String getWebhookId() {
        return WebhookIds.encode(id);
    }

    @NonNull
    @ListSize(max = 3)
    @Description("The node types whose changes it receives; at most 3.")
    public List<@NonNull NodeType> getTypes() {
        return Arrays.stream(typeList.split(",")).filter(s -> !s.isEmpty()).map(NodeType::valueOf).toList();
    }

    @NonNull
    @Description("Whether deliveries go out (false once disabled after too many failures).")
    public boolean isEnabled() {
        return disabledAt == null;
    }
}
