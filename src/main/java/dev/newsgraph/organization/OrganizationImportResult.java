package dev.newsgraph.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.ListSize;

@Type("OrganizationImportResult")
@Description("What `importOrganizations` did: how many entries created, updated or left unchanged an organization, and the entries refused.")
public record OrganizationImportResult(
        @NonNull @Description("Entries that matched no organization and created one.") int created,
        @NonNull @Description("Entries that matched an organization and changed it.") int updated,
        @NonNull @Description("Entries that matched an organization already as they describe it.") int unchanged,
        @NonNull @ListSize(max = OrganizationImport.MAX_PER_CALL) @Description("The entries refused, in input order; each changed"
                + " nothing. At most " + OrganizationImport.MAX_PER_CALL + " (one per entry).") List<@NonNull Failure> failures) {

    @Type("OrganizationImportFailure")
    @Description("An entry of `importOrganizations` that was refused.")
    public record Failure(
            @NonNull @Description("The entry's position in the input list, from 0.") int index,
            @NonNull @Description("The error code (VALIDATION, CONFLICT, NOT_FOUND, LIMIT_EXCEEDED).") String code,
            @NonNull @Description("What is wrong with the entry.") String message) {
    }
}
