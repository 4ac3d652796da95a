package io.gongjian.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a spreadsheet ({@link TableExport#body}) whatever body type its operation declares. A list operation is
 * declared as answering its JSON page, so that its document keeps the page's schema; RESTEasy Reactive chooses the
 * writers of such an operation when it is built, by that declared type, and none of them would write the
 * {@link StreamingOutput} the operation answers a spreadsheet with (a text writer printed its {@code toString}).
 */
@Provider
@Produces({ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
public class SpreadsheetBodyWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            Object body,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        ((StreamingOutput) body).write(out);
    }
}
