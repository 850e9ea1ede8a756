package dev.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportOutcome")
@Description("The outcome for one file of a batch: a result or an error, never both.")
public record ImportOutcome(
        @Description("The file's name as given.") String name,
        @Description("The import result when the file was accepted.") ImportResult result,
        @Description("Why the file was refused; nothing of it was stored.") ImportFailure error) {

    @Type("ImportFailure")
    @Description("Why one file of a batch was refused.")
    public record ImportFailure(
            @NonNull @Description("Error code: BAD_INPUT, LIMIT_EXCEEDED, VALIDATION, CONFLICT or INTERNAL.") String code,
            @NonNull @Description("What is wrong, and where.") String message,
            @Description("Line of the file the problem is on, when one applies.") Integer line) {
    }
}
