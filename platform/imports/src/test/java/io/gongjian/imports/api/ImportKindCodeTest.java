package io.gongjian.imports.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.imports.domain.ImportKind;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class ImportKindCodeTest {

    @Test
    void theDocumentListsEveryKindAsTheApiSpellsIt() {
        List<String> documented =
                List.of(ImportKindCode.class.getAnnotation(Schema.class).enumeration());
        assertEquals(Arrays.stream(ImportKind.values()).map(ImportKind::code).toList(), documented);
    }
}
