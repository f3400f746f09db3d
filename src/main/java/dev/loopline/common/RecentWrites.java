package dev.loopline.common;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who wrote lately through this instance, and the primary's WAL position their reads must see: a request that may
 * change something (any method but GET, HEAD, OPTIONS) and succeeds marks its user before its answer is sent; that
 * user's next read takes the primary's position then (past the write's commit) and reads from the replica only once
 * it has replayed so far. A mark is dropped once a read finds the replica past it; at most one is kept per user.
 */
@ApplicationScoped
public class RecentWrites {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** A user's last write; `position` is unknown (-1) until a read of theirs asks the primary. Equal by identity. */
    private static final class Mark {
        final long position;

        Mark(long position) {
            this.position = position;
        }
    }

    @Inject
    ReadReplica replica;

    private final ConcurrentHashMap<String, Mark> marks = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::markWriters);
    }

    private void markWriters(RoutingContext context) {
        if (replica.configured() && !SAFE.contains(context.request().method())) {
            // before the answer leaves, so the writer's next request finds the mark; the write has committed by then
            context.addHeadersEndHandler(done -> {
                if (context.response().getStatusCode() < 400 && context.user() instanceof QuarkusHttpUser user
                        && !user.getSecurityIdentity().isAnonymous()) {
                    wrote(user.getSecurityIdentity().getPrincipal().getName());
                }
            });
        }
        context.next();
    }

    /** The user's write has committed. */
    public void wrote(String user) {
        marks.put(user, new Mark(-1));
    }

    /** The WAL position the user's reads must see: 0 when they wrote nothing the replica has not replayed. */
    long positionFor(String user) throws SQLException {
        Mark mark = user == null ? null : marks.get(user);
        if (mark == null) {
            return 0;
        }
        if (mark.position >= 0 && mark.position <= replica.replayed()) {
            marks.remove(user, mark);
            return 0;
        }
        if (mark.position >= 0) {
            return mark.position;
        }
        long position = replica.primaryPosition();
        marks.replace(user, mark, new Mark(position)); // unless a newer write marked the user meanwhile
        return position;
    }
}
