package io.gongjian.commons.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every service's document follows, so that clients generated from it are right without each resource
 * repeating it:
 * <ul>
 *   <li>no Java type names as schemas: {@code UUID}, {@code LocalDate}, {@code OffsetDateTime} are inlined as
 *       strings with their {@code format};
 *   <li>one OAuth 2 scheme, {@value #SCHEME}, with the authorization-code flow (PKCE, public client
 *       {@code gongjian-web}) for people and client credentials for bureau systems, required by every API
 *       operation; realm roles are not OAuth scopes, so they go to {@code x-roles} and the description;
 *   <li>{@code {service}} in an operation id of an endpoint every service has (who am I, parked events) becomes the
 *       service's API prefix, so that ids stay unique in the merged document;
 *   <li>every POST takes an {@value IdempotencyKey#HEADER}, and writes of records take a
 *       {@value ConsistencyToken#HEADER} ({@link WriteDocumentation});
 *   <li>every property of a response schema is {@code required}: the services write nulls rather than leave a
 *       property out ({@code @Schema(nullable = true)} says which may be null).
 * </ul>
 * It runs after the services' own filters (they have the default priority, 1; higher runs first), so that what they
 * shape, such as the {@code Targets} schema, gets the examples and requirements too. Equal priorities run in no set
 * order, which differed between a full build and a build of one module.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = OpenApiConventions.LAST)
public class OpenApiConventions implements OASFilter {

    /** Below the default priority (1): the conventions complete the document the other filters shaped. */
    static final int LAST = 0;

    /** The name of the one security scheme. */
    public static final String SCHEME = "gongjian";
    /** Replaced by the service's API prefix in camel case: {@code /api/v1/evaluation/…} → {@code evaluation}. */
    public static final String SERVICE = "{service}";
    /** The public client of people's browsers and of Swagger UI. */
    public static final String PUBLIC_CLIENT = "gongjian-web";

    private static final Map<String, String> JAVA_TYPE_FORMATS =
            Map.of("UUID", "uuid", "LocalDate", "date", "OffsetDateTime", "date-time", "Instant", "date-time");
    private static final String REF = "#/components/schemas/";
    private static final String ENUM_LABELS = "x-enum-labels";
    private static final Pattern PREFIX = Pattern.compile("^/api/v\\d+/([a-z][a-z0-9-]*)");
    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final String DEFAULT_ISSUER = "http://localhost:8180/realms/gongjian";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        inlineJavaTypes(openAPI);
        String issuer = issuer(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher prefix = PREFIX.matcher(path);
            if (!prefix.find()) {
                return;
            }
            if (item.getGET() != null && path.endsWith("}")) {
                documentConditionalGet(item.getGET());
            }
            WriteDocumentation.document(path, item);
            item.getOperations().values().forEach(operation -> {
                requireTheScheme(operation);
                if (operation.getOperationId() != null
                        && operation.getOperationId().contains(SERVICE)) {
                    // The same endpoint in every service: its id and its summary name the service's API.
                    operation.setOperationId(operation.getOperationId().replace(SERVICE, camelCase(prefix.group(1))));
                    operation.setSummary(operation.getSummary() + " (" + prefix.group(1) + " API)");
                }
            });
        });
        if (openAPI.getComponents() != null) {
            Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
            if (schemes != null) {
                new ArrayList<>(schemes.keySet()).forEach(openAPI.getComponents()::removeSecurityScheme);
            }
            openAPI.getComponents().addSecurityScheme(SCHEME, scheme(issuer));
        }
        nameArrays(openAPI);
        requireResponseProperties(openAPI);
        labelEnums(openAPI);
        ResponseExamples.addTo(openAPI);
    }

    /**
     * Every enum with its values' Chinese and English labels from the one catalogue ({@link EnumLabels}), machine
     * readable as {@code x-enum-labels} (value → {zh, en}) and, for generators that write a comment per constant
     * (openapi-generator), as {@code x-enum-descriptions} in the order of the values. A named schema is looked up by
     * its name, an inlined enum by its values.
     */
    private static void labelEnums(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (schema.getEnumeration() != null) {
                    EnumLabels.of(name, values(schema)).ifPresent(labels -> label(schema, labels));
                }
            });
        }
        visitSchemas(openAPI, schema -> {
            if (schema.getEnumeration() != null
                    && (schema.getExtensions() == null
                            || !schema.getExtensions().containsKey(ENUM_LABELS))) {
                EnumLabels.ofValues(values(schema)).ifPresent(labels -> label(schema, labels));
            }
        });
    }

    private static void label(Schema schema, Map<String, EnumLabels.Label> labels) {
        Map<String, Map<String, String>> byValue = new LinkedHashMap<>();
        List<String> descriptions = new ArrayList<>();
        for (String value : values(schema)) {
            EnumLabels.Label label = labels.get(value);
            Map<String, String> both = new LinkedHashMap<>(); // in this order in the document, build after build
            both.put("zh", label.zh());
            both.put("en", label.en());
            byValue.put(value, both);
            descriptions.add(label.zh() + " · " + label.en());
        }
        schema.addExtension(ENUM_LABELS, byValue);
        schema.addExtension("x-enum-descriptions", descriptions);
    }

    private static List<String> values(Schema schema) {
        return schema.getEnumeration().stream().map(String::valueOf).toList();
    }

    /**
     * A body that is a list of a named schema gets a named schema of its own ({@code HistoryEntry} →
     * {@code HistoryEntryList}): generators then name the type instead of inventing one per operation.
     */
    private static void nameArrays(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        List<MediaType> bodies = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        bodies.addAll(operation
                                .getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values());
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getContent() != null)
                                .forEach(response -> bodies.addAll(
                                        response.getContent().getMediaTypes().values()));
                    }
                }));
        for (MediaType body : bodies) {
            Schema schema = body.getSchema();
            if (schema != null
                    && schema.getRef() == null
                    && schema.getType() != null
                    && schema.getType().contains(Schema.SchemaType.ARRAY)
                    && schema.getItems() != null
                    && schema.getItems().getRef() != null
                    && schema.getItems().getRef().startsWith(REF)) {
                String name = schema.getItems().getRef().substring(REF.length()) + "List";
                if (openAPI.getComponents().getSchemas().get(name) == null) {
                    openAPI.getComponents().addSchema(name, schema);
                }
                body.setSchema(OASFactory.createSchema().ref(REF + name));
            }
        }
    }

    /** Where the realm is, from the OpenID Connect scheme Quarkus documents (its default otherwise). */
    private static String issuer(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return DEFAULT_ISSUER;
        }
        return openAPI.getComponents().getSecuritySchemes().values().stream()
                .map(SecurityScheme::getOpenIdConnectUrl)
                .filter(url -> url != null && url.endsWith(WELL_KNOWN))
                .map(url -> url.substring(0, url.length() - WELL_KNOWN.length()))
                .findFirst()
                .orElse(DEFAULT_ISSUER);
    }

    private static SecurityScheme scheme(String issuer) {
        String endpoints = issuer + "/protocol/openid-connect";
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm `gongjian`. People sign in with the authorization-code flow and PKCE "
                        + "through the public client `" + PUBLIC_CLIENT + "`; bureau systems use client "
                        + "credentials. What a caller may do follows from the realm roles in its token (`x-roles` of "
                        + "each operation), not from OAuth scopes.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(flow(OASFactory.createOAuthFlow()
                                .authorizationUrl(endpoints + "/auth")
                                .tokenUrl(endpoints + "/token")
                                .refreshUrl(endpoints + "/token")))
                        .clientCredentials(flow(OASFactory.createOAuthFlow().tokenUrl(endpoints + "/token"))));
    }

    private static OAuthFlow flow(OAuthFlow flow) {
        return flow.scopes(new LinkedHashMap<>());
    }

    /** A single resource's read answers 304 when the client holds its version ({@link ConditionalGets}). */
    private static void documentConditionalGet(Operation read) {
        if (read.getResponses() == null || read.getResponses().getAPIResponse("200") == null) {
            return;
        }
        read.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("The ETag of the version you hold: 304 without a body while it is current")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("\"3\""));
        read.getResponses()
                .addAPIResponse(
                        "304",
                        OASFactory.createAPIResponse().description("Not modified: the version you hold is current"));
    }

    /** The roles Quarkus listed as scopes move to {@code x-roles}; every API operation requires the scheme. */
    private static void requireTheScheme(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            operation
                    .getSecurity()
                    .forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        }
        if (!roles.isEmpty()) {
            List<String> distinct = roles.stream().distinct().toList();
            operation.addExtension("x-roles", distinct);
            String who = "Roles: " + String.join(", ", distinct) + ".";
            operation.setDescription(
                    operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        }
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of());
        operation.setSecurity(new ArrayList<>(List.of(requirement)));
    }

    private static void inlineJavaTypes(OpenAPI openAPI) {
        visitSchemas(openAPI, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(REF)) {
                String format = JAVA_TYPE_FORMATS.get(ref.substring(REF.length()));
                if (format != null) {
                    schema.setRef(null);
                    schema.setType(List.of(Schema.SchemaType.STRING));
                    schema.setFormat(format);
                }
            }
            if (schema.getAnyOf() != null && schema.getType() != null) {
                // A nullable reference (anyOf: [ref, null]) beside "type: object": generators cannot name it.
                schema.setType(null);
            }
            if (schema.getRef() != null) {
                // A type beside a reference (an enum's "string") says nothing more, and generators drop it with a
                // warning.
                schema.setType(null);
            }
        });
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            JAVA_TYPE_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
    }

    /**
     * The schemas only responses use get every property {@code required}; those a request body uses keep the
     * {@code required} that validation gives them.
     */
    private static void requireResponseProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new HashSet<>();
        Set<String> inRequests = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .forEach(schema -> reach(schema, components, inRequests));
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getContent() != null)
                                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                                .map(MediaType::getSchema)
                                .forEach(schema -> reach(schema, components, inResponses));
                    }
                }));
        inResponses.removeAll(inRequests);
        inResponses.remove("Problem"); // RFC 9457: members other than type and status are optional
        inResponses.forEach(name -> {
            Schema schema = components.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static void reach(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
            String name = schema.getRef().substring(REF.length());
            if (names.add(name) && components.get(name) != null) {
                reach(components.get(name), components, names);
            }
            return;
        }
        children(schema).forEach(child -> reach(child, components, names));
    }

    /** Every schema of the document, nested ones included. */
    static void visitSchemas(OpenAPI openAPI, Consumer<Schema> visitor) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> roots.add(parameter.getSchema()));
                    }
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .forEach(roots::add);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getContent() != null)
                                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                                .map(MediaType::getSchema)
                                .forEach(roots::add);
                    }
                }));
        openAPI.getPaths().getPathItems().values().stream()
                .filter(pathItem -> pathItem.getParameters() != null)
                .flatMap(pathItem -> pathItem.getParameters().stream())
                .forEach(parameter -> roots.add(parameter.getSchema()));
        roots.forEach(root -> visit(root, visitor));
    }

    private static void visit(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        children(schema).forEach(child -> visit(child, visitor));
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .forEach(children::addAll);
        return children;
    }

    private static String camelCase(String segment) {
        StringBuilder name = new StringBuilder();
        for (String word : segment.split("-")) {
            name.append(name.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return name.toString();
    }
}
