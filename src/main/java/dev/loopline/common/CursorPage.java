package dev.loopline.common;

import java.util.List;

/** A page of a keyset-paged list: the items and the cursor of the next page, null on the last one. */
public record CursorPage<T>(List<T> items, String nextCursor) {
}
