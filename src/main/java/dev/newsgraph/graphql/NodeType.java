package dev.newsgraph.graphql;

/**
 * The kinds of node a global id can name, each with the tag byte that starts its ids. A tag is part
 * of every id ever handed out: never reuse or renumber one, only add.
 */
public enum NodeType {
    ARTICLE("Article", 1),
    ORGANIZATION("Organization", 2),
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
