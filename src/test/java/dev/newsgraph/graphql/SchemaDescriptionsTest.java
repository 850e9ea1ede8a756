package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema documents itself: read through the standard introspection query, as GraphiQL and code
 * generators read it, every type, field, argument, input field and enum value has a description.
 */
@QuarkusTest
class SchemaDescriptionsTest {

    /** The specification's own scalars, described by the specification. */
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        List<Map<String, Object>> types = query(IntrospectionQuery.INTROSPECTION_QUERY)
                .body("errors", nullValue()).extract().path("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
                continue;
            }
            checked += check(type, name, undescribed);
            for (Map<String, Object> field : list(type, "fields")) {
                String path = name + "." + field.get("name");
                checked += check(field, path, undescribed);
                for (Map<String, Object> argument : list(field, "args")) {
                    checked += check(argument, path + "(" + argument.get("name") + ":)", undescribed);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                checked += check(field, name + "." + field.get("name"), undescribed);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                checked += check(value, name + "." + value.get("name"), undescribed);
            }
        }
        assertEquals(List.of(), undescribed, "schema elements without a description");
        // the demo schema has well over 300 elements; fewer means the walk above missed some
        assertTrue(checked > 300, "checked " + checked + " schema elements");
    }

    private static int check(Map<String, Object> element, String path, List<String> undescribed) {
        Object description = element.get("description");
        if (!(description instanceof String text) || text.isBlank()) {
            undescribed.add(path);
        }
        return 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> element, String key) {
        Object value = element.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
