package dev.loopline.common;

/**
 * Fired by an administrator's change of configuration; the in-memory copies ({@link Refreshing}) observe it after
 * the change commits, so the next request on this instance reads the new rows.
 */
public record ConfigurationChanged(String what) {
}
