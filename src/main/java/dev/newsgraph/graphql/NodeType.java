package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The kinds of node a global id can name, each with the tag byte that starts its ids. A tag is part
 * of every id ever handed out: never reuse or renumber one, only add.
 */
@Enum("NodeType")
@Description("The types of node: what a change or a webhook can be about.")
public enum NodeType {
    @Description("An article.")
    ARTICLE("Article", 1),
    @Description("An organization.")
    ORGANIZATION("Organization", 2),
    @Description("An event.")
    EVENT("Event", 3);

    private final String typeName;
    private final int tag;

    NodeType(String typeName, int tag) {
        this.typeName = typeName;
        this.tag = tag;
    }

    /** The GraphQL type name, as messages show it. */
    public String typeName() {
        return typeName;
    }

    int tag() {
        return tag;
    }

    static NodeType ofTag(int tag) {
        for (NodeType type : values()) {
            if (type.tag == tag) {
                return type;
            }
        }
        return null;
    }
}
