package dev.newsgraph.webhook;

import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.Connection;
import dev.newsgraph.graphql.Edge;
import dev.newsgraph.graphql.Slice;

@Type("WebhookDeliveryConnection")
@Description("A page of a webhook's delivery attempts, newest first (Relay cursor connection).")
public class WebhookDeliveryConnection extends Connection<WebhookDelivery, WebhookDeliveryConnection.WebhookDeliveryEdge> {

    @Type("WebhookDeliveryEdge")
    @Description("A delivery attempt in a page, with its cursor.")
    public static class WebhookDeliveryEdge extends Edge<WebhookDelivery> {
        WebhookDeliveryEdge(String cursor, WebhookDelivery node) {
            super(cursor, node);
        }
    }

    public WebhookDeliveryConnection(Slice<WebhookDelivery> slice, IntSupplier totalCount) {
        super(slice, WebhookDeliveryEdge::new, totalCount);
    }
}
