/**
 * What the tests against the deployed Tandem share: where it runs, a real Chromium to drive it,
 * and the practice every test works in, set up once through the setup page.
 */
package dev.tandem.it.support;
