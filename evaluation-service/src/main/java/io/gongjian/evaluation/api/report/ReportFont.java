package io.gongjian.evaluation.api.report;

import io.gongjian.commons.api.Unavailable;
import io.gongjian.commons.domain.Message;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jboss.logging.Logger;

/**
 * Finds the font with Chinese glyphs the reports are set in. Looked up on each report rather than once at startup: a
 * service without one starts and serves everything else, and its reports answer 503 naming the setting until a font
 * is installed or mounted (no restart needed).
 */
@ApplicationScoped
public class ReportFont {

    /** Where Debian/Ubuntu (fonts-wqy-microhei, fonts-wqy-zenhei) and Fedora/RHEL (wqy-*-fonts) install them. */
    static final List<Path> USUAL_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"));

    /** A missing font is fixed by an operator, not by waiting: clients are asked to come back in an hour. */
    private static final int RETRY_AFTER_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(ReportFont.class);

    @Inject
    ReportConfig config;

    void announce(@Observes StartupEvent started) {
        Optional<Path> font = locate();
        if (font.isPresent()) {
            LOG.infof("Annual evaluation reports are set in %s", font.get());
        } else {
            LOG.warnf(
                    "No font with Chinese glyphs at %s: annual evaluation reports answer 503 until one is installed"
                            + " (fonts-wqy-microhei) or gongjian.report.font names one",
                    config.font().map(List::of).orElse(USUAL_PATHS));
        }
    }

    /** The font file to use; 503 when none is readable. */
    public Path require() {
        return locate().orElseThrow(() -> new Unavailable(
                null,
                Message.of(
                        "report.font-missing",
                        config.font().map(Path::toString).orElse(String.join(", ", usualPaths()))),
                Map.of("setting", "gongjian.report.font"),
                RETRY_AFTER_SECONDS));
    }

    /** The configured font when set (never another in its place), else the first usual one that exists. */
    Optional<Path> locate() {
        return config.font().map(List::of).orElse(USUAL_PATHS).stream()
                .filter(Files::isReadable)
                .findFirst();
    }

    private static List<String> usualPaths() {
        return USUAL_PATHS.stream().map(Path::toString).toList();
    }

    /** An open font file: its (first) face, readable until closed. */
    static final class Opened implements Closeable {

        private final Closeable source;
        final TrueTypeFont face;

        private Opened(Closeable source, TrueTypeFont face) {
            this.source = source;
            this.face = face;
        }

        static Opened of(Path path) throws IOException {
            if (isCollection(path)) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return new Opened(collection, first[0]);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            return new Opened(font, font);
        }

        /** A collection starts with the tag "ttcf", whatever the file is called. */
        private static boolean isCollection(Path path) throws IOException {
            try (InputStream in = Files.newInputStream(path)) {
                return Arrays.equals(in.readNBytes(4), "ttcf".getBytes(StandardCharsets.US_ASCII));
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
