package io.gongjian.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Progress lines of the launcher: each component, how long it took, and the time since the start. */
public final class Progress {

    private final PrintStream out;
    private final long startedAt = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public Step begin(String component) {
        line("…", component, "starting");
        return new Step(component, System.nanoTime());
    }

    public void info(String message) {
        out.println(message);
        out.flush();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    private void line(String mark, String component, String detail) {
        out.printf(Locale.ROOT, "[%6.1fs] %s %-22s %s%n", elapsed().toMillis() / 1000.0, mark, component, detail);
        out.flush();
    }

    /** A component under way. */
    public final class Step {
        private final String component;
        private final long startedAt;

        private Step(String component, long startedAt) {
            this.component = component;
            this.startedAt = startedAt;
        }

        public void done(String detail) {
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            line("✔", component, String.format(Locale.ROOT, "%-40s (%.1f s)", detail, seconds));
        }

        public void failed(String detail) {
            line("✘", component, detail);
        }
    }
}
