package dev.loopline.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Keyset paging, the one way every list pages: fetch one row past the limit, hand out the last row's cursor. */
public final class Keyset {

    private Keyset() {
    }

    /**
     * The page of rows matching `clauses`, newest first by `timeField` then id, after `cursor` (null: the first page).
     * `find` calls the entity's Panache finder as a lambda, {@code (q, p) -> Escalation.find(q, p)}: a method
     * reference would bind to PanacheEntityBase, whose finders only an entity's own call sites reach.
     */
    public static <T> CursorPage<T> newestFirst(BiFunction<String, Map<String, Object>, PanacheQuery<T>> find,
            List<String> clauses, Map<String, Object> parameters, String timeField, Function<T, Cursor> cursorOf,
            String cursor, int limit) {
        return ordered(find, clauses, parameters, timeField, true, cursorOf, cursor, limit);
    }

    /** The same, oldest first. */
    public static <T> CursorPage<T> oldestFirst(BiFunction<String, Map<String, Object>, PanacheQuery<T>> find,
            List<String> clauses, Map<String, Object> parameters, String timeField, Function<T, Cursor> cursorOf,
            String cursor, int limit) {
        return ordered(find, clauses, parameters, timeField, false, cursorOf, cursor, limit);
    }

    /**
     * The same over any entity manager (a replica's session too): the entity's JPQL, as its Panache finder would
     * write it, run on `em`.
     */
    public static <T> CursorPage<T> newestFirst(EntityManager em, Class<T> entity, List<String> clauses,
            Map<String, Object> parameters, String timeField, Function<T, Cursor> cursorOf, String cursor, int limit) {
        return ordered(on(em, entity), clauses, parameters, timeField, true, cursorOf, cursor, limit);
    }

    /** The same, oldest first. */
    public static <T> CursorPage<T> oldestFirst(EntityManager em, Class<T> entity, List<String> clauses,
            Map<String, Object> parameters, String timeField, Function<T, Cursor> cursorOf, String cursor, int limit) {
        return ordered(on(em, entity), clauses, parameters, timeField, false, cursorOf, cursor, limit);
    }

    /** Runs a where-clause with its order on the entity and returns up to `rows` rows. */
    private interface Rows<T> {
        List<T> fetch(String query, Map<String, Object> parameters, int rows);
    }

    private static <T> Rows<T> on(EntityManager em, Class<T> entity) {
        String from = "from " + em.getMetamodel().entity(entity).getName() + " where ";
        return (query, parameters, rows) -> {
            TypedQuery<T> typed = em.createQuery(from + query, entity);
            parameters.forEach(typed::setParameter);
            return typed.setMaxResults(rows).getResultList();
        };
    }

    private static <T> CursorPage<T> ordered(BiFunction<String, Map<String, Object>, PanacheQuery<T>> find,
            List<String> clauses, Map<String, Object> parameters, String timeField, boolean newestFirst,
            Function<T, Cursor> cursorOf, String cursor, int limit) {
        return ordered((query, p, rows) -> find.apply(query, p).range(0, rows - 1).list(), clauses, parameters,
                timeField, newestFirst, cursorOf, cursor, limit);
    }

    private static <T> CursorPage<T> ordered(Rows<T> find, List<String> clauses, Map<String, Object> parameters,
            String timeField, boolean newestFirst, Function<T, Cursor> cursorOf, String cursor, int limit) {
        List<String> where = new ArrayList<>(clauses);
        String beyond = newestFirst ? "<" : ">";
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            // the first bound alone is what an index in the list's order can start its scan at; without it a
            // page deep in a list walked every row before it
            where.add("%1$s %2$s= :cursorAt and (%1$s %2$s :cursorAt or id %2$s :cursorId)"
                    .formatted(timeField, beyond));
            parameters.put("cursorAt", after.at());
            parameters.put("cursorId", after.id());
        }
        String direction = newestFirst ? " desc" : "";
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where))
                + " order by " + timeField + direction + ", id" + direction;
        return page(find.fetch(query, parameters, limit + 1), limit, cursorOf);
    }

    /** A page from rows fetched up to one past the limit, in the list's order. */
    public static <T> CursorPage<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        return pageBy(rows, limit, row -> cursorOf.apply(row).encode());
    }

    /** A page from rows fetched up to one past the limit; `encodedCursorOf` gives the last row's opaque cursor. */
    public static <T> CursorPage<T> pageBy(List<T> rows, int limit, Function<T, String> encodedCursorOf) {
        String next = rows.size() > limit ? encodedCursorOf.apply(rows.get(limit - 1)) : null;
        return new CursorPage<>(rows.stream().limit(limit).toList(), next);
    }
}
