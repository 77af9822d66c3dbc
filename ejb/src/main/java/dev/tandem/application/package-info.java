/**
 * What Tandem does, as services the web tier calls: each public method is one transaction and
 * validates its input at the boundary with Bean Validation.
 */
package dev.tandem.application;
