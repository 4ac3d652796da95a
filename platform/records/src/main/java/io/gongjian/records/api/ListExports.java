package io.gongjian.records.api;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.export.TableExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A list as the request's Accept header asks for it: one page as JSON, or the whole list, with the same filters,
 * scope and order, as CSV or XLSX ({@link TableExport}), streamed while it is read and named after the list and the
 * day ({@code activities-2026-03-01.csv}); page and size do not apply. The list operation declares
 * {@code @Produces({APPLICATION_JSON, CSV, XLSX})}: an Accept none of them satisfies is refused with 406 before it
 * runs, and the document lists the spreadsheets (see {@code ExportResponses}).
 */
@ApplicationScoped
public class ListExports {

    @Inject
    Request request;

    @Inject
    UriInfo uri;

    @Inject
    BusinessCalendar calendar;

    /**
     * @param page the JSON page, read only when JSON is asked for
     * @param table the list's columns
     * @param everything every row of the list in order; it runs while the response is written, so it must not rely
     *     on the request's scope (resolve the caller first)
     */
    public <R> RestResponse<Page<R>> answer(
            Supplier<Page<R>> page, TableExport<R> table, TableExport.Rows<R> everything) {
        MediaType type = ExportMediaTypes.chosen(
                request, MediaType.APPLICATION_JSON_TYPE, ExportMediaTypes.CSV_TYPE, ExportMediaTypes.XLSX_TYPE);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return RestResponse.ok(page.get());
        }
        RestResponse<?> spreadsheet = RestResponse.ResponseBuilder.ok(
                        table.body(type, everything), TableExport.contentType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, TableExport.contentDisposition(type, fileStem()))
                .build();
        return typedAsThePage(spreadsheet);
    }

    /**
     * The operation is declared as answering the page, so that its document and the typed clients keep the page's
     * schema for JSON; the spreadsheet is a streamed body, written by its own class whatever the declared type.
     */
    @SuppressWarnings("unchecked")
    private static <R> RestResponse<Page<R>> typedAsThePage(RestResponse<?> spreadsheet) {
        return (RestResponse<Page<R>>) spreadsheet;
    }

    /** The list's collection and today: {@code /api/v1/achievements/{id}/conversions} → conversions-2026-03-01. */
    private String fileStem() {
        List<PathSegment> segments = uri.getPathSegments();
        String collection =
                segments.isEmpty() ? "list" : segments.get(segments.size() - 1).getPath();
        return collection + "-" + calendar.today();
    }
}
