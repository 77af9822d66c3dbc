/**
 * Who may come in: form login through Jakarta Security against the practice's own accounts,
 * sign-out, and the response headers that keep pages from being framed or sniffed.
 */
package dev.tandem.web.security;
