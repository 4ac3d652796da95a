package io.gongjian.evaluation.api.report;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** The annual evaluation report's settings (docs/configuration.md). */
@ConfigMapping(prefix = "gongjian.report")
public interface ReportConfig {

    /**
     * A TrueType font (.ttf) or collection (.ttc, its first face) with Chinese glyphs, embedded as a subset in every
     * report. Unset: the first of {@link ReportFont#USUAL_PATHS} that exists (WenQuanYi Micro Hei or Zen Hei as
     * Debian, Ubuntu and Fedora install them). OpenType fonts with CFF outlines (Noto Sans CJK's .otf/.ttc) are not
     * embeddable by PDFBox.
     */
    Optional<Path> font();
}
