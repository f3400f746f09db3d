package dev.loopline.common;

import java.util.List;
import java.util.function.Function;

/** A page of a keyset-paged list: the items and the cursor of the next page, null on the last one. */
public record CursorPage<T>(List<T> items, String nextCursor) {

    /** The same page with each item shown another way (entity → view). */
    public <V> CursorPage<V> map(Function<T, V> view) {
        return new CursorPage<>(items.stream().map(view).toList(), nextCursor);
    }
}
