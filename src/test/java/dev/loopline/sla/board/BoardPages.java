package dev.loopline.sla.board;

import static dev.loopline.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopline.support.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one of the board's lists whole, following its own cursor page by page. */
final class BoardPages {

    private BoardPages() {
    }

    /** Every entry of the list `list` (e.g. "atRisk"), in the board's order; no entry twice. */
    static List<Map<String, Object>> walk(String list) {
        return walk(list, null);
    }

    /** The same, read with an Accept-Language header (null: none). */
    static List<Map<String, Object>> walk(String list, String acceptLanguage) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(Tokens.supervisor()).queryParam("limit", 200);
            if (acceptLanguage != null) {
                request.header("Accept-Language", acceptLanguage);
            }
            if (cursor != null) {
                request.queryParam(list + "Cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/sla/board").then().statusCode(200).extract();
            entries.addAll(page.jsonPath().getList(list + ".items"));
            cursor = page.path(list + ".nextCursor");
        } while (cursor != null);
        assertThat(entries).doesNotHaveDuplicates();
        return entries;
    }
}
