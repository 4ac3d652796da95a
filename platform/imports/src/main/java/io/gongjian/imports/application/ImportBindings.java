package io.gongjian.imports.application;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.imports.domain.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds this service imports, as its {@link ImportBinding} beans declare them. A kind another service keeps is
 * refused here (a caller only meets that calling the service directly: the gateway sends each kind to its service).
 */
@ApplicationScoped
public class ImportBindings {

    private final Map<ImportKind, ImportBinding<?>> bindings = new EnumMap<>(ImportKind.class);

    @Inject
    ImportBindings(Instance<ImportBinding<?>> declared) {
        for (ImportBinding<?> binding : declared) {
            if (bindings.put(binding.kind(), binding) != null) {
                throw new IllegalStateException(
                        "two imports of " + binding.kind().code());
            }
        }
    }

    /** The binding of a kind as the API spells it, or a 422 naming {@code kind}. */
    public ImportBinding<?> named(String code) {
        ImportKind kind = ImportKind.ofCode(code)
                .orElseThrow(() -> new RuleViolation(
                        "kind",
                        "import.unknown-kind",
                        code,
                        Arrays.stream(ImportKind.values()).map(ImportKind::code).toList()));
        ImportBinding<?> binding = bindings.get(kind);
        if (binding == null) {
            throw new RuleViolation("kind", "import.kind-elsewhere", code, codes());
        }
        return binding;
    }

    /** The kinds this service imports, as the API spells them. */
    public List<String> codes() {
        return bindings.keySet().stream().map(ImportKind::code).toList();
    }
}
