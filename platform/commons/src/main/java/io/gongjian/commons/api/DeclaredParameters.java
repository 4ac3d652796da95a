package io.gongjian.commons.api;

import io.gongjian.commons.domain.Message;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every request to the parameters its operation declares, before anything is read: a query parameter the
 * operation does not take is refused with 400 naming it (a misspelt filter would otherwise return the unfiltered
 * list as if it applied), and a path parameter that should be a UUID and is not is a 400 naming the parameter, not
 * the 404 JAX-RS would give.
 */
public class DeclaredParameters {

    private record Declared(Set<String> query, List<String> uuidPath) {}

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared parameters = declared.computeIfAbsent(method, DeclaredParameters::of);
        Set<String> unknown =
                new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(parameters.query());
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            Message refused = unknown.size() == 1
                    ? Message.of("parameter.unknown", name)
                    : Message.of("parameter.unknown-several", String.join(", ", unknown));
            throw new QueryParameters.Unreadable(
                    name,
                    parameters.query().isEmpty()
                            ? Message.of("parameter.unknown-takes-none", refused)
                            : Message.of(
                                    "parameter.unknown-takes",
                                    refused,
                                    String.join(", ", new TreeSet<>(parameters.query()))));
        }
        for (String name : parameters.uuidPath()) {
            String value = request.getUriInfo().getPathParameters().getFirst(name);
            try {
                UUID.fromString(value);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new QueryParameters.Unreadable(
                        name, Message.of("parameter.not-a-uuid", JsonProblems.quoted(String.valueOf(value)), name));
            }
        }
    }

    private static Declared of(Method method) {
        Set<String> query = new TreeSet<>();
        List<String> uuidPath = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            if (queryParam != null) {
                query.add(queryParam.value());
            } else if (pathParam != null && parameter.getType() == UUID.class) {
                uuidPath.add(pathParam.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldParam = field.getAnnotation(QueryParam.class);
                        if (fieldParam != null) {
                            query.add(fieldParam.value());
                        }
                    }
                }
            }
        }
        return new Declared(Set.copyOf(query), List.copyOf(uuidPath));
    }
}
