/**
 * The practice: the one organisation a Tandem installation serves. It exists once setup has run,
 * and its existence is what marks the installation as set up.
 */
package dev.tandem.domain.practice;
