/**
 * Persistence: the data source, the Flyway migrations that own the schema, and the JPA
 * implementations of the domain's repositories.
 */
package dev.tandem.infrastructure.persistence;
