/**
 * Clients: the people the practice sees. Their records are protected health information,
 * referred to outside this layer only by an opaque random id.
 */
package dev.tandem.domain.client;
