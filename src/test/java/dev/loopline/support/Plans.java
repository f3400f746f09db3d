package dev.loopline.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans PostgreSQL makes for a statement of the service, given as the service runs it (JPA parameters ?1 or
 * :name): prepared on the server as a pooled connection has it, then explained as a fresh plan for the given values
 * (custom) or as the one plan the connection keeps for all values (generic).
 */
public final class Plans {

    /** How the plan is chosen: one for the values at hand, or the one cached for every execution. */
    public enum Kind { CUSTOM, GENERIC }

    /** A statement prepared on the connection, and its parameters in the order of $1, $2, … */
    public record Prepared(String name, List<String> parameters) {
    }

    /** A plan as EXPLAIN (FORMAT JSON) gives it. */
    public record Plan(JsonNode root) {

        /** The tables read by a sequential scan. */
        public TreeSet<String> seqScanned() {
            TreeSet<String> tables = new TreeSet<>();
            nodes(root).stream().filter(n -> "Seq Scan".equals(n.path("Node Type").asText()))
                    .forEach(n -> tables.add(n.path("Relation Name").asText()));
            return tables;
        }

        /** The indexes the plan scans (index, index-only and bitmap index scans). */
        public TreeSet<String> indexes() {
            TreeSet<String> indexes = new TreeSet<>();
            nodes(root).stream().filter(n -> n.has("Index Name"))
                    .forEach(n -> indexes.add(n.get("Index Name").asText()));
            return indexes;
        }

        @Override
        public String toString() {
            return root.toPrettyString();
        }

        private static List<JsonNode> nodes(JsonNode plan) {
            List<JsonNode> nodes = new ArrayList<>(List.of(plan));
            plan.path("Plans").forEach(child -> nodes.addAll(nodes(child)));
            return nodes;
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)|(?<!:):([A-Za-z_]\\w*)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Plans() {
    }

    /** Prepares the service's statement under the name, its JPA parameters turned into the server's $n. */
    public static Prepared prepare(Connection connection, String name, String jpaSql) throws SQLException {
        List<String> parameters = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(jpaSql);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            boolean positional = matcher.group(1) != null;
            String parameter = positional ? matcher.group(1) : matcher.group(2);
            if (!parameters.contains(parameter)) {
                parameters.add(parameter);
            }
            // ?3 is $3; named ones are numbered as they first appear
            int position = positional ? Integer.parseInt(parameter) : parameters.indexOf(parameter) + 1;
            matcher.appendReplacement(sql, "\\$" + position);
        }
        matcher.appendTail(sql);
        if (jpaSql.matches("(?s).*\\?\\d.*")) {
            parameters.sort(Comparator.comparingInt(Integer::parseInt));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("prepare " + name + " as " + sql);
        }
        return new Prepared(name, List.copyOf(parameters));
    }

    /** The plan of the prepared statement for the values (by parameter: "1" for ?1, "from" for :from). */
    public static Plan explain(Connection connection, Prepared statement, Map<String, ?> values, Kind kind)
            throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("set plan_cache_mode = " + (kind == Kind.CUSTOM ? "force_custom_plan" : "force_generic_plan"));
            try (ResultSet plan = sql.executeQuery("explain (format json) " + execute(statement, values))) {
                plan.next();
                return new Plan(JSON.readTree(plan.getString(1)).get(0).get("Plan"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } finally {
                sql.execute("reset plan_cache_mode");
            }
        }
    }

    /** The first column of each row the prepared statement answers for the values, as text. */
    public static List<String> firstColumn(Connection connection, Prepared statement, Map<String, ?> values)
            throws SQLException {
        List<String> column = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(execute(statement, values))) {
            while (rows.next()) {
                column.add(rows.getString(1));
            }
        }
        return column;
    }

    private static String execute(Prepared statement, Map<String, ?> values) {
        List<String> literals = new ArrayList<>();
        for (String parameter : statement.parameters()) {
            if (!values.containsKey(parameter)) {
                throw new IllegalArgumentException("no value for parameter " + parameter);
            }
            Object value = values.get(parameter);
            literals.add(value == null ? "null" : "'" + value.toString().replace("'", "''") + "'");
        }
        return "execute " + statement.name() + (literals.isEmpty() ? "" : "(" + String.join(", ", literals) + ")");
    }
}
