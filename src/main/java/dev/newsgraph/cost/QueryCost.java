package dev.newsgraph.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import dev.newsgraph.graphql.PageRequest;

/**
 * The worst-case number of nodes an operation can return, computed from the document and its variables
 * alone, before anything runs. A node is an object of the answer: a connection counts its page
 * ({@code first}/{@code last}, 20 when absent) and its edges and their {@code node} are those same
 * nodes; a plain list counts its items (its {@code first}, the length of a list argument such as
 * {@code nodes(ids:)}, else its {@code @ListSize} bound); a single object counts one. Everything below a
 * list or connection is multiplied by its size; aliases and fragments are summed. Scalars, lists of
 * scalars and introspection count nothing (introspection is bounded by the good-faith rules instead).
 * The same walk measures the operation's depth and complexity (see {@link Measure}).
 * A fragment is counted once per request and reused, so documents that expand exponentially cost time
 * linear in their text; the arithmetic saturates at {@link Long#MAX_VALUE} instead of overflowing.
 */
public final class QueryCost {

    /** The bound assumed for a list that declares none (every list of the schema does, see ListBoundsTest). */
    static final int UNDECLARED_LIST = PageRequest.MAX_SIZE;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final ArgumentSizes arguments;
    /** What one expansion of each fragment costs; null while it is being counted (a cycle counts nothing). */
    private final Map<String, Tally> perFragment = new HashMap<>();
    /** The page size asked for that lies furthest outside 0..{@link PageRequest#MAX_SIZE}, or 0. */
    private long pageOutOfBounds;

    private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, ArgumentSizes arguments) {
        this.schema = schema;
        this.fragments = fragments;
        this.arguments = arguments;
    }

    /**
     * @param operationName the operation to count; null when the document holds one
     * @return the node count, 0 when the document has no such operation
     */
    public static long nodes(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        return measure(schema, document, operationName, variables).nodes();
    }

    /** Everything {@link Measure} holds, of the named operation of a document (all 0 when there is no such operation). */
    public static Measure measure(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition selected = null;
        for (OperationDefinition operation : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
                selected = operation;
            }
        }
        if (selected == null) {
            return new Measure(0, 0, 0, 0);
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
        return measure(schema, selected, fragments, variables);
    }

    /**
     * What an operation may cost: its node count; its depth (the most fields nested in one another, a root
     * field is 1) and complexity (the fields it selects, each time a fragment is spread, {@code __typename}
     * not counted), both leaving out what {@code @skip}/{@code @include} leave out; and a {@code first}/{@code last}
     * it gives outside 0..{@link PageRequest#MAX_SIZE} (0 when none does), which its resolver would refuse.
     * The node count is the worst case: it counts what {@code @skip}/{@code @include} may leave out too.
     */
    public record Measure(long nodes, long depth, long complexity, long pageOutOfBounds) {
    }

    /** The measure of an operation the engine holds. */
    public static Measure measure(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        QueryCost cost = new QueryCost(schema, fragments, new ArgumentSizes(operation.getVariableDefinitions(), variables));
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Tally total = root == null ? Tally.NONE : cost.count(operation.getSelectionSet(), root);
        return new Measure(total.nodes, total.depth, total.fields, cost.pageOutOfBounds);
    }

    /** What a selection set below one object costs: nodes, fields selected (complexity), fields nested (depth). */
    private record Tally(long nodes, long fields, long depth) {
        static final Tally NONE = new Tally(0, 0, 0);

        Tally plus(Tally other, boolean included) {
            return included ? new Tally(add(nodes, other.nodes), add(fields, other.fields), Math.max(depth, other.depth))
                    : new Tally(add(nodes, other.nodes), fields, depth);
        }
    }

    /** Below one object of {@code parent} (null inside introspection: fields and depth only). */
    private Tally count(SelectionSet selections, GraphQLCompositeType parent) {
        if (selections == null) {
            return Tally.NONE;
        }
        Tally total = Tally.NONE;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                total = total.plus(field(field, parent), included(field.getDirectives()));
            } else if (selection instanceof InlineFragment inline) {
                GraphQLCompositeType type = inline.getTypeCondition() == null ? parent
                        : composite(schema.getType(inline.getTypeCondition().getName()));
                total = total.plus(count(inline.getSelectionSet(), type), included(inline.getDirectives()));
            } else if (selection instanceof FragmentSpread spread) {
                total = total.plus(fragment(spread.getName()), included(spread.getDirectives()));
            }
        }
        return total;
    }

    private Tally fragment(String name) {
        if (perFragment.containsKey(name)) {
            Tally known = perFragment.get(name);
            return known == null ? Tally.NONE : known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return Tally.NONE;
        }
        perFragment.put(name, null);
        Tally tally = count(definition.getSelectionSet(), composite(schema.getType(definition.getTypeCondition().getName())));
        perFragment.put(name, tally);
        return tally;
    }

    private Tally field(Field field, GraphQLCompositeType parent) {
        String name = field.getName();
        if (name.equals("__typename")) {
            return TYPENAME;
        }
        GraphQLFieldDefinition definition = !name.startsWith("__") && parent instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinition(name) : null;
        if (definition == null) {
            // introspection counts no nodes (the good-faith rules bound it), only fields and depth
            Tally below = count(field.getSelectionSet(), null);
            return new Tally(0, add(1, below.fields), below.depth + 1);
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        GraphQLCompositeType element = composite(GraphQLTypeUtil.unwrapAll(type));
        boolean inConnection = isConnection(parent);
        long nodes;
        Tally below;
        if (element == null) {
            below = count(field.getSelectionSet(), null);
            nodes = 0;
        } else if (type instanceof GraphQLList && inConnection) {
            // a connection's edges (or nodes) are the page it already counted
            below = count(field.getSelectionSet(), element);
            nodes = below.nodes;
        } else if (type instanceof GraphQLList || isConnection(element)) {
            long items = type instanceof GraphQLList ? listSize(definition, field) : pageSize(definition, field);
            below = count(field.getSelectionSet(), element);
            nodes = multiply(items, add(1, below.nodes));
        } else if (inConnection || isEdge(parent) && name.equals("node")) {
            // pageInfo is bookkeeping; an edge's node is one of the page's nodes
            below = count(field.getSelectionSet(), element);
            nodes = below.nodes;
        } else {
            below = count(field.getSelectionSet(), element);
            nodes = add(1, below.nodes);
        }
        return new Tally(nodes, add(1, below.fields), below.depth + 1);
    }

    /** {@code __typename}: one level deep, no node, and no complexity (as graphql-java counts it). */
    private static final Tally TYPENAME = new Tally(0, 0, 1);

    /** Whether {@code @skip}/{@code @include} keep a selection, as the engine will decide. */
    private boolean included(List<Directive> directives) {
        for (Directive directive : directives) {
            boolean skip = directive.getName().equals("skip");
            if ((skip || directive.getName().equals("include")) && directive.getArgument("if") != null) {
                Object condition = arguments.value(directive.getArgument("if").getValue());
                boolean holds = condition instanceof BooleanValue literal ? literal.isValue() : Boolean.TRUE.equals(condition);
                if (holds == skip) {
                    return false;
                }
            }
        }
        return true;
    }

    private long pageSize(GraphQLFieldDefinition definition, Field field) {
        Long first = arguments.size(definition, field, "first");
        Long last = arguments.size(definition, field, "last");
        for (Long asked : new Long[] {first, last}) {
            if (asked != null && (asked < 0 || asked > PageRequest.MAX_SIZE) && pageOutOfBounds == 0) {
                pageOutOfBounds = asked;
            }
        }
        if (first == null && last == null) {
            return PageRequest.DEFAULT_SIZE;
        }
        return Math.max(first == null ? 0 : first, last == null ? 0 : last);
    }

    private long listSize(GraphQLFieldDefinition definition, Field field) {
        Integer bound = ArgumentSizes.declaredBound(definition);
        if (definition.getArgument("first") != null) {
            return pageSize(definition, field);
        }
        for (GraphQLArgument argument : definition.getArguments()) {
            if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(argument.getType()))) {
                Long length = arguments.size(definition, field, argument.getName());
                if (length != null) {
                    return bound == null ? length : Math.min(length, bound);
                }
            }
        }
        return bound == null ? UNDECLARED_LIST : bound;
    }

    private static GraphQLCompositeType composite(GraphQLType type) {
        return type instanceof GraphQLCompositeType composite ? composite : null;
    }

    /** A Relay connection type: {@code XConnection} with {@code edges}. */
    static boolean isConnection(GraphQLType type) {
        return type instanceof GraphQLFieldsContainer container && container.getName().endsWith("Connection")
                && container.getFieldDefinition("edges") != null;
    }

    private static boolean isEdge(GraphQLType type) {
        return type instanceof GraphQLFieldsContainer container && container.getName().endsWith("Edge")
                && container.getFieldDefinition("node") != null;
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
