package dev.newsgraph.changes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.NodeType;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One committed change of a node, as the change log keeps it. */
@Type("Change")
@Description("A committed create, update or delete of an article, organization or event, in commit order.")
@RegisterForReflection
public class Change {

    // package-private fields without getters of their own: the schema shows only the getters below
    final long position;
    final Instant committedAt;
    final NodeType type;
    final long rowId;
    final ChangeOperation operation;

    public Change(long position, Instant committedAt, NodeType type, long rowId, ChangeOperation operation) {
        this.position = position;
        this.committedAt = committedAt;
        this.type = type;
        this.rowId = rowId;
        this.operation = operation;
    }

    /** The cursor of the change at this position. */
    public static String cursorOf(long position) {
        return ChangeCursor.encode(position);
    }

    /** The change's place in the log. */
    public long position() {
        return position;
    }

    /** The changed node's row id. */
    public long rowId() {
        return rowId;
    }

    /** What the change did (for Java callers; the schema reads the getter). */
    public ChangeOperation operation() {
        return operation;
    }

    /** The changed node's type. */
    public NodeType type() {
        return type;
    }

    /** When it was committed. */
    public Instant committedAt() {
        return committedAt;
    }

    @NonNull
    @Description("Opaque position of this change in the log; pass it as `after` to read or replay what followed.")
    public String getCursor() {
        return ChangeCursor.encode(position);
    }

    @NonNull
    @Name("at")
    @Description("When the change was committed.")
    public OffsetDateTime getAt() {
        return OffsetDateTime.ofInstant(committedAt, ZoneOffset.UTC);
    }

    @NonNull
    @Description("What the change did.")
    public ChangeOperation getOperation() {
        return operation;
    }

    @NonNull
    @Description("The type of the changed node.")
    public NodeType getType() {
        return type;
    }

    @NonNull
    @Id
    @Description("The global id of the changed node (also after it was deleted).")
    public String getNodeId() {
        return GlobalId.of(type, rowId);
    }

    @Override
    public String toString() {
        return position + ":" + operation + " " + type + " " + rowId;
    }
}
