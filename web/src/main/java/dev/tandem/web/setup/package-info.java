/**
 * First run: until the practice exists, every page leads to setup, which creates the practice and
 * its owner's account once; after that the setup page is gone.
 */
package dev.tandem.web.setup;
