/**
 * Implementation of the testing kit: the JUnit extension, JSON helpers, the tool-list differ.
 * Not API: may change in any release.
 */
package dev.mcpforge.testing.internal;
