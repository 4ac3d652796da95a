package io.gongjian.evaluation.domain;

import java.util.UUID;

/**
 * What this context knows of a party organisation: its party-member count history, and for the national data table
 * its institution's name, unified social credit code and (universities) school code.
 *
 * @param schoolCode the 10-digit school code (学校代码); {@code null} when not given
 */
public record EvaluatedOrganization(
        UUID id, long version, String institution, String creditCode, String schoolCode, MemberCounts counts) {}
