/**
 * The contract between Tandem and an assessment module: a module describes itself here and
 * Tandem discovers it, checks it and runs it. Plain Java 17, so a module author needs nothing else.
 */
package dev.tandem.plugin.api;
