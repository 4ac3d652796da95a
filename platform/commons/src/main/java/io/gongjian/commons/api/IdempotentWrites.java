package io.gongjian.commons.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: its POST operations take an {@value IdempotencyKey#HEADER} and replay the first answer to a
 * retry (platform/idempotency). Every resource with a POST carries it (ArchitectureRules checks); the POST methods
 * answer a {@code Response} or {@code RestResponse}, so that a replay can stand in for them.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IdempotentWrites {}
