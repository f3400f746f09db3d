package dev.loopline.common;

/** An administrator's change of configuration, fired through {@link ConfigurationCache#changed(String)}. */
public record ConfigurationChanged(String what) {
}
