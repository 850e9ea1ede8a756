package dev.newsgraph;

import java.nio.file.Path;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Makes NEWSGRAPH_DATA_DIR absolute before it reaches the H2 URL: H2 refuses implicitly relative
 * paths such as {@code data}, while operators expect any folder name to work. Its priority puts it
 * after expression expansion, so {@code ${newsgraph.data-dir}} in the JDBC URL sees the absolute path.
 */
@Priority(Priorities.LIBRARY + 200)
public class DataDirectoryInterceptor implements ConfigSourceInterceptor {

    private static final String DATA_DIR = "newsgraph.data-dir";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null && DATA_DIR.equals(name) && value.getValue() != null && !value.getValue().isBlank()) {
            return value.withValue(Path.of(value.getValue()).toAbsolutePath().normalize().toString());
        }
        return value;
    }
}
