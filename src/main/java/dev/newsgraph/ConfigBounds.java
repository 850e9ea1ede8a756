package dev.newsgraph;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Lower bounds of numeric settings, checked by SmallRye Config as it reads them (a value out of bounds
 * stops the start, naming the setting), instead of Bean Validation annotations on the mappings: those
 * make Quarkus start a second Hibernate Validator for the configuration alone, which measured as a
 * fifth of the start's CPU samples before the first answer (docs/benchmarks.md, Start-up).
 */
public final class ConfigBounds {

    private ConfigBounds() {
    }

    /** An {@code int} of at least 1. */
    public static final class AtLeastOne implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            return toInt(atLeast(1, value));
        }
    }

    /** An {@code int} of at least 0. */
    public static final class NotNegative implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            return toInt(atLeast(0, value));
        }
    }

    /** A {@code long} of at least 1. */
    public static final class AtLeastOneLong implements Converter<Long> {
        @Override
        public Long convert(String value) {
            return atLeast(1, value);
        }
    }

    /** A {@code long} of at least 0. */
    public static final class NotNegativeLong implements Converter<Long> {
        @Override
        public Long convert(String value) {
            return atLeast(0, value);
        }
    }

    private static int toInt(long number) {
        if (number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("must be at most " + Integer.MAX_VALUE + ", is " + number);
        }
        return (int) number;
    }

    private static long atLeast(long minimum, String value) {
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + value);
        }
        if (number < minimum) {
            throw new IllegalArgumentException("must be at least " + minimum + ", is " + number);
        }
        return number;
    }
}
