package io.gongjian.embedded;

import java.nio.file.Path;

/** A component that did not come up: says which one, why, and where its log is. */
public final class ComponentFailure extends RuntimeException {

    private final String component;
    private final Path logFile;

    public ComponentFailure(String component, String reason, Path logFile) {
        super(component + " " + reason + (logFile == null ? "" : " (log: " + logFile + ")"));
        this.component = component;
        this.logFile = logFile;
    }

    public String component() {
        return component;
    }

    public Path logFile() {
        return logFile;
    }
}
