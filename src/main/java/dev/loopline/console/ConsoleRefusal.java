package dev.loopline.console;

/** A page the reader may not see (role, sign-in not configured), answered as HTML with its status. */
final class ConsoleRefusal extends RuntimeException {
    final transient Chrome chrome;
    final int status;
    final String title;
    final String text;

    ConsoleRefusal(Chrome chrome, int status, String title, String text) {
        super(title, null, false, false);
        this.chrome = chrome;
        this.status = status;
        this.title = title;
        this.text = text;
    }
}
