package io.gongjian.evaluation.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongjian.commons.api.Unavailable;
import io.gongjian.commons.domain.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which font the reports are set in, and the answer when there is none. */
class ReportFontTest {

    @TempDir
    Path directory;

    @Test
    void aConfiguredFontThatIsMissingIsA503NamingTheSettingNeverAnotherFontInItsPlace() {
        ReportFont font = font(Optional.of(directory.resolve("missing.ttf")));
        Unavailable refusal = assertThrows(Unavailable.class, font::require);
        assertEquals(3600, refusal.retryAfterSeconds());
        assertEquals("gongjian.report.font", refusal.details().get("setting"));
        String detail = refusal.reason().in(Message.ENGLISH);
        assertTrue(detail.contains(directory.resolve("missing.ttf").toString()), detail);
        assertTrue(detail.contains("gongjian.report.font"), detail);
    }

    @Test
    void aFontFileIsReadWhateverItIsCalled() throws IOException {
        Path installed = ReportFont.USUAL_PATHS.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElse(null);
        assumeTrue(installed != null, "no font with Chinese glyphs installed (fonts-wqy-microhei)");
        Path renamed = Files.copy(installed, directory.resolve("report-font.ttf"));
        assertEquals(renamed, font(Optional.of(renamed)).require());
        try (ReportFont.Opened opened = ReportFont.Opened.of(renamed)) {
            assertTrue(opened.face.getUnicodeCmapLookup().getGlyphId('党') > 0);
        }
    }

    private static ReportFont font(Optional<Path> configured) {
        ReportFont font = new ReportFont();
        font.config = () -> configured;
        return font;
    }
}
