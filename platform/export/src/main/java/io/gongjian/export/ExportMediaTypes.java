package io.gongjian.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.List;

/**
 * The media types a list or a score can be exported as besides JSON, and the choice among them by the request's
 * Accept header. An operation offers them all in one {@code @Produces} (so that an Accept none of them satisfies is
 * still refused with 406 before the resource runs) and branches on {@link #chosen}.
 */
public final class ExportMediaTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    /** A document to file or print (the annual evaluation report); not a list. */
    public static final String PDF = "application/pdf";

    public static final MediaType XLSX_TYPE = MediaType.valueOf(XLSX);
    public static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private ExportMediaTypes() {}

    /**
     * The offered type the request's Accept header prefers (quality values and specificity as JAX-RS weighs them);
     * the first offered when it accepts anything.
     */
    public static MediaType chosen(Request request, MediaType... offered) {
        List<Variant> variants = Variant.mediaTypes(offered).add().build();
        Variant selected = request.selectVariant(variants);
        return selected == null ? offered[0] : selected.getMediaType();
    }
}
