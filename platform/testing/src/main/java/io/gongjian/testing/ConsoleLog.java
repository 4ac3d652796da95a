package io.gongjian.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The lines the running application writes to its console from now on, as its console handler formats them (text or
 * JSON, as its configuration says): to check what a log collector would receive.
 */
public final class ConsoleLog implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture;

    private ConsoleLog(Formatter formatter) {
        capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    lines.add(formatter.format(record));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
    }

    /** Starts capturing, with the formatter of the application's console handler. */
    public static ConsoleLog capture() {
        Logger root = Logger.getLogger("");
        return new ConsoleLog(consoleFormatter(root.getHandlers())
                .orElseThrow(() -> new IllegalStateException("the application has no console handler")));
    }

    /** The lines captured so far, each as the console would print it. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Quarkus nests its handlers (a delayed handler holding the console's): the console handler is found inside. */
    private static Optional<Formatter> consoleFormatter(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                return Optional.of(handler.getFormatter());
            }
            if (handler instanceof ExtHandler nesting) {
                Optional<Formatter> nested = consoleFormatter(nesting.getHandlers());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(capture);
    }
}
