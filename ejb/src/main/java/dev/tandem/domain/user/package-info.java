/**
 * The people who sign in to Tandem and the role each one plays in the practice.
 * Accounts are never deleted, so the history they made stays attributed to them.
 */
package dev.tandem.domain.user;
