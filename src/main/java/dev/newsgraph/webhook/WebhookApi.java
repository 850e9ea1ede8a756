package dev.newsgraph.webhook;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.security.Roles;

@GraphQLApi
public class WebhookApi {

    @Inject
    WebhookService webhooks;

    @Inject
    Paging paging;

    @Query("webhooks")
    @NonNull
    @RolesAllowed(Roles.EDITOR)
    @ListSize(max = Webhook.MAX)
    @Description("The webhooks, oldest first; at most " + Webhook.MAX + ". Editors only.")
    public List<@NonNull Webhook> webhooks() {
        return webhooks.list();
    }

    @Mutation("createWebhook")
    @NonNull
    @RolesAllowed(Roles.EDITOR)
    @Description("Starts POSTing every change committed from now on (of the chosen types) to the URL, signed with the secret.")
    public Webhook createWebhook(@NonNull @Valid @Name("input") @Description("The webhook.") WebhookInput input) {
        return webhooks.create(input);
    }

    @Mutation("deleteWebhook")
    @NonNull
    @Id
    @RolesAllowed(Roles.EDITOR)
    @Description("Stops and deletes the webhook with its delivery history; returns its id.")
    public String deleteWebhook(@NonNull @Id @Name("id") @Description("Webhook id.") String id) {
        webhooks.delete(id);
        return id;
    }

    @NonNull
    @Description("The delivery attempts, newest first, one page at a time (at most 100 items, 20 by default); kept as long as the change log.")
    public WebhookDeliveryConnection deliveries(@Source Webhook webhook,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return webhooks.deliveries(webhook, paging.forward(first, after));
    }

    @Name("totalCount")
    @NonNull
    @Description("How many delivery attempts there are over all pages.")
    public int totalCount(@Source WebhookDeliveryConnection connection) {
        return connection.totalCount();
    }
}
