package io.gongjian.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** One pid per file, so that `gongjian stop` can find exactly what a launcher started, and nothing else. */
public final class PidFiles {

    private PidFiles() {}

    public static void write(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    /** The pid on the file's first line (PostgreSQL's postmaster.pid has more lines after it). */
    public static OptionalLong read(Path pidFile) {
        try {
            String firstLine =
                    Files.readString(pidFile).strip().lines().findFirst().orElse("");
            return OptionalLong.of(Long.parseLong(firstLine.strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static void delete(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + pidFile, e);
        }
    }
}
