package dev.newsgraph.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.changes.ChangeLog;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SortDirection;

@ApplicationScoped
public class WebhookService {

    static final Keyset.SortKey<WebhookDelivery> NEWEST_FIRST = new Keyset.SortKey<>("DELIVERY", "e.id", d -> d.id, Long::valueOf);

    @Inject
    WebhookHosts hosts;

    @Inject
    ChangeLog log;

    /** A new webhook: it receives the changes committed after this call. */
    @Transactional
    public Webhook create(WebhookInput input) {
        String url = hosts.check(input.url).toString();
        if (Webhook.count() >= Webhook.MAX) {
            throw ApiException.limitExceeded("webhooks", Webhook.MAX, "a service keeps at most " + Webhook.MAX + " webhooks");
        }
        Set<NodeType> types = input.types == null || input.types.isEmpty() ? EnumSet.allOf(NodeType.class) : EnumSet.copyOf(input.types);
        Webhook webhook = new Webhook();
        webhook.url = url;
        webhook.typeList = types.stream().map(Enum::name).collect(Collectors.joining(","));
        webhook.secret = input.secret;
        webhook.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        webhook.deliveredThrough = log.bounds().last();
        webhook.nextAttemptAt = webhook.createdAt;
        webhook.persist();
        return webhook;
    }

    /** Deletes the webhook and its delivery history; returns its id. */
    @Transactional
    public long delete(String id) {
        long rowId = WebhookIds.decode(id);
        if (!Webhook.deleteById(rowId)) {
            throw ApiException.notFound("Webhook", id);
        }
        return rowId;
    }

    public List<Webhook> list() {
        return Webhook.list("order by id");
    }

    /** The webhook's delivery attempts, newest first. */
    public WebhookDeliveryConnection deliveries(Webhook webhook, PageRequest page) {
        Keyset.Where where = new Keyset.Where("e.webhookId = :webhookId", java.util.Map.of("webhookId", webhook.id));
        var slice = Keyset.page(WebhookDelivery.class, where, NEWEST_FIRST, SortDirection.DESC, page, d -> d.id);
        return new WebhookDeliveryConnection(slice, () -> Keyset.count(WebhookDelivery.class, where));
    }
}
