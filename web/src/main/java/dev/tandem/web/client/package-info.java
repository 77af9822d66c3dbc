/** The clients page: the practice's clients, one page at a time, and the form that registers one. */
package dev.tandem.web.client;
