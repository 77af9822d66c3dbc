package dev.tandem.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's identity: a stable id (never reused for another worksheet), the version that
 * scored a result, and the title clinicians see.
 *
 * @param id stable, lower-case words joined by hyphens, e.g. {@code differentiation}
 * @param version semantic version, e.g. {@code 1.0.0}
 * @param title what a clinician calls it, e.g. "Differentiation of self"
 */
public record ModuleDescriptor(String id, String version, String title) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(version, "version is required");
        Objects.requireNonNull(title, "title is required");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id must be lower-case words joined by hyphens (like 'mutual-respect'), was '" + id + "'");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(
                    "version must be a semantic version (like '1.0.0'), was '" + version + "'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
    }
}
