package dev.newsgraph.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.NodeType;

@Input("WebhookInput")
@Description("A webhook to create.")
public class WebhookInput {

    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("An http or https URL, to a host `NEWSGRAPH_WEBHOOK_HOSTS` allows; at most 2000 characters.")
    public String url;

    @Description("The node types whose changes it receives; all when left out.")
    public List<@NonNull NodeType> types;

    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The key of the HMAC-SHA256 signature of each body (`X-Newsgraph-Signature`); use 32 or more random characters; at most 200. It is never shown again.")
    public String secret;
}
