package io.gongjian.gateway.edge;

import java.util.HexFormat;

/**
 * Whether a raw request path is in the one form routing and the services agree on. Routing looks at the path with
 * dot-segments resolved, a backend at the path as sent: {@code /api/v1/partnerships/../../../q/metrics} would be
 * one thing to the gateway and another to whoever resolves it next. So no dot-segments, and no percent-encoded dot,
 * slash, backslash, percent sign or control character (the encoded spellings of the same tricks, and of NUL); no
 * API path needs any of them.
 */
final class CanonicalPaths {

    private CanonicalPaths() {}

    /** What is wrong with the path, in words for the caller, or {@code null} when it is canonical. */
    static String offence(String rawPath) {
        if (rawPath.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "contains the dot-segment '" + segment + "'";
            }
        }
        for (int at = rawPath.indexOf('%'); at >= 0; at = rawPath.indexOf('%', at + 1)) {
            if (at + 2 >= rawPath.length()
                    || !HexFormat.isHexDigit(rawPath.charAt(at + 1))
                    || !HexFormat.isHexDigit(rawPath.charAt(at + 2))) {
                return "has a '%' that is not followed by two hexadecimal digits";
            }
            int encoded = HexFormat.fromHexDigits(rawPath, at + 1, at + 3);
            if (encoded == '.'
                    || encoded == '/'
                    || encoded == '\\'
                    || encoded == '%'
                    || encoded < 0x20
                    || encoded == 0x7f) {
                return "contains the encoded character " + rawPath.substring(at, at + 3);
            }
        }
        return null;
    }
}
