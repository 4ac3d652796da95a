package io.gongjian.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the newest installed JDK, because Keycloak runs better on 21+ than on our build JDK 17. */
public final class Jdks {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");
    private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

    private Jdks() {}

    /** The JDK home with the highest major version among the current one and those under /usr/lib/jvm. */
    public static Path newest() {
        Path current = Path.of(System.getProperty("java.home"));
        Optional<Path> installed = Optional.empty();
        if (Files.isDirectory(JVM_DIRECTORY)) {
            try (Stream<Path> homes = Files.list(JVM_DIRECTORY)) {
                installed = homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .max(Comparator.comparingInt(Jdks::majorVersion));
            } catch (IOException e) {
                installed = Optional.empty();
            }
        }
        return installed
                .filter(home -> majorVersion(home) > majorVersion(current))
                .orElse(current);
    }

    static int majorVersion(Path home) {
        try {
            Matcher matcher = VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
