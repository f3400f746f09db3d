package dev.loopline.console;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the IdP for its sign-in page in the console's language (OpenID Connect's `ui_locales`): Chinese unless the
 * reader chose English. Chinese is named three ways, most specific first: Keycloak 26 calls it zh-Hans, other IdPs
 * zh-CN or zh; an IdP takes the first it has.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {

    static final String CHINESE = "zh-Hans zh-CN zh";
    static final String ENGLISH = "en";

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        Cookie cookie = request.getCookie(ConsoleLanguage.COOKIE);
        String language = ConsoleLanguage.of(request.getParam("lang"), cookie == null ? null : cookie.getValue());
        context.additionalQueryParams().set("ui_locales", "en".equals(language) ? ENGLISH : CHINESE);
    }
}
