package dev.loopline.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST Assured with a bearer token: the way every test talks to the service. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static ValidatableResponse intake(String token, Object body) {
        return as(token).body(body).post("/api/v1/tickets").then();
    }
}
