package io.gongjian.commons.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Chinese and English labels of the API's enum values, from the one catalogue in commons
 * ({@code io/gongjian/commons/enums.properties} and {@code enums_zh.properties}, keys {@code <Type>.<VALUE>}): what
 * the OpenAPI documents carry as {@code x-enum-labels} and what GET /api/v1/evaluation/labels serves.
 */
public final class EnumLabels {

    /**
     * A value's label in both languages. (No class-level {@code @Schema}: that would put the schema into every
     * service's document, used or not; the one service that serves labels names it where it refers to it.)
     */
    public record Label(@Schema(example = "联学") String zh, @Schema(example = "Joint study") String en) {}

    private static final Map<String, Map<String, Label>> TYPES = load();
    private static final String VERSION = digest(TYPES.toString());

    private EnumLabels() {}

    /** Every enum type and its values' labels, sorted by type and value. */
    public static Map<String, Map<String, Label>> all() {
        return TYPES;
    }

    /** Changes whenever a label does: the ETag of the catalogue. */
    public static String version() {
        return VERSION;
    }

    /** The labels of the type named {@code name}, if it has exactly these values. */
    public static Optional<Map<String, Label>> of(String name, List<String> values) {
        Map<String, Label> labels = TYPES.get(name);
        return labels != null && labels.keySet().equals(Set.copyOf(values)) ? Optional.of(labels) : Optional.empty();
    }

    /** The labels of the one type with exactly these values, for an enum the document only inlines. */
    public static Optional<Map<String, Label>> ofValues(List<String> values) {
        Set<String> wanted = Set.copyOf(values);
        return TYPES.values().stream()
                .filter(labels -> labels.keySet().equals(wanted))
                .findFirst();
    }

    private static Map<String, Map<String, Label>> load() {
        Properties english = read("enums.properties");
        Properties chinese = read("enums_zh.properties");
        Map<String, Map<String, Label>> types = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            int dot = key.indexOf('.');
            String chineseLabel = chinese.getProperty(key, english.getProperty(key));
            types.computeIfAbsent(key.substring(0, dot), type -> new TreeMap<>())
                    .put(key.substring(dot + 1), new Label(chineseLabel, english.getProperty(key)));
        }
        return Collections.unmodifiableMap(types.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> Collections.unmodifiableMap(entry.getValue()),
                        (a, b) -> a,
                        TreeMap::new)));
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = EnumLabels.class.getResourceAsStream("/io/gongjian/commons/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
