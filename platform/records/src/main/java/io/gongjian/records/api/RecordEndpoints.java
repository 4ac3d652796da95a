package io.gongjian.records.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.export.TableExport;
import io.gongjian.records.application.RecordLifecycle;
import io.gongjian.records.application.RecordLifecycle.Outcome;
import io.gongjian.records.application.RecordLifecycle.Recorded;
import io.gongjian.records.application.RecordLifecycle.WhenDifferent;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How every record endpoint answers: a new record with 201, its Location and its version as ETag; a record with
 * its current state and version; a list one page at a time, or whole as a spreadsheet. A record type's resource extends
 * {@link RecordResource}; one nested under another record extends this and declares its routes itself.
 *
 * @param <D> what the service's records say
 * @param <R> the record type's response body
 */
@IdempotentWrites
public abstract class RecordEndpoints<D extends Details, R> {

    @Inject
    CurrentCaller caller;

    @Inject
    ListExports exports;

    private final Kind kind;
    private final Function<VersionedRecord<D>, R> response;

    protected RecordEndpoints(Kind kind, Function<VersionedRecord<D>, R> response) {
        this.kind = kind;
        this.response = response;
    }

    /** The use cases of the service's records. */
    protected abstract RecordLifecycle<D, ?, ?> records();

    protected Kind kind() {
        return kind;
    }

    protected Caller caller() {
        return caller.get();
    }

    /**
     * Records one: 201 with its Location; or, when the external reference names a record that says the same
     * already, 200 with that record and its address as Content-Location (nothing changed).
     */
    protected RestResponse<R> created(UUID partnershipId, String externalRef, D details, UriInfo uri) {
        Recorded<D> recorded = records().create(caller(), partnershipId, externalRef, details, WhenDifferent.REFUSE);
        VersionedRecord<D> record = recorded.record();
        URI address = uri.getAbsolutePathBuilder().path(record.id().toString()).build();
        var answer = recorded.outcome() == Outcome.CREATED
                ? RestResponse.ResponseBuilder.<R>created(address)
                : RestResponse.ResponseBuilder.<R>ok().header(HttpHeaders.CONTENT_LOCATION, address);
        return answer.tag(ETags.of(record.version()))
                .entity(response.apply(record))
                .build();
    }

    protected RestResponse<R> current(VersionedRecord<D> record) {
        return RestResponse.ResponseBuilder.ok(response.apply(record))
                .tag(ETags.of(record.version()))
                .build();
    }

    protected Page<R> page(RecordQuery query, ListParameters parameters) {
        return records().list(caller(), query, parameters.pageRequest()).map(response);
    }

    /**
     * The list as the Accept header asks: a page as JSON, or all of it as CSV or XLSX in {@code table}'s columns
     * ({@link ListExports}). The operation produces {@code APPLICATION_JSON}, {@code ExportMediaTypes.CSV} and
     * {@code ExportMediaTypes.XLSX}.
     */
    protected RestResponse<Page<R>> list(RecordQuery query, ListParameters parameters, TableExport<R> table) {
        Caller who = caller();
        PageRequest order = parameters.pageRequest();
        return exports.answer(() -> page(query, parameters), table, rows -> records()
                .export(who, query, order, record -> rows.accept(response.apply(record))));
    }
}
