package dev.loopline.category;

import dev.loopline.common.ProblemException;
import dev.loopline.common.ProblemType;
import dev.loopline.ticket.Utility;
import dev.loopline.common.ConfigurationCache;
import dev.loopline.common.Refreshing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Admins' changes to the category list; categories are never deleted, only deactivated, as tickets refer to them. */
@ApplicationScoped
public class CategoryService {

    @Inject
    Clock clock;

    @Inject
    ConfigurationCache cache;

    /** Active categories and the utilities each applies to, as intake checks them (kept briefly in memory). */
    private Refreshing<Map<String, Set<String>>> active;

    /** Every category's labels, active or not (old tickets keep their category): Chinese and English by code. */
    private Refreshing<Map<String, Labels>> labels;

    private record Labels(String zh, String en) {
    }

    @PostConstruct
    void init() {
        active = cache.copyOf(() -> Category.<Category>list("active = true").stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.code, c -> Set.copyOf(c.utilities))));
        labels = cache.copyOf(() -> Category.<Category>listAll().stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.code, c -> new Labels(c.labelZh, c.labelEn))));
    }

    /** The category's label in English or Chinese; null for null or a code that names no category. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String label(String code, boolean english) {
        Labels found = code == null ? null : labels.get().get(code);
        return found == null ? null : english ? found.en() : found.zh();
    }

    /** What a reader on staff sees for a category: its label, or the code itself when no category has it. */
    public String labelOrCode(String code, boolean english) {
        String label = label(code, english);
        return label != null ? label : code;
    }

    /** Whether intake takes the category for the utility: it is active and applies to that utility. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean takenAtIntake(String code, Utility utility) {
        Set<String> utilities = active.get().get(code);
        return utilities != null && utilities.contains(utility.name());
    }

    @Transactional
    public Category create(CategoryRequest request) {
        if (request.code() == null) {
            throw ProblemException.invalid("code", "must not be null");
        }
        if (Category.findById(request.code()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Category " + request.code() + " already exists");
        }
        Category category = new Category();
        category.code = request.code();
        category.createdAt = Instant.now(clock);
        apply(category, request);
        category.persist();
        return category;
    }

    @Transactional
    public Category update(String code, CategoryRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "must match the code in the path or be left out");
        }
        Category category = Category.<Category>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Category", code));
        apply(category, request);
        return category;
    }

    private void apply(Category category, CategoryRequest request) {
        category.utilities = request.utilities().stream().map(Utility::name).sorted().toList();
        category.labelZh = request.labelZh().strip();
        category.labelEn = request.labelEn().strip();
        category.active = request.active() == null || request.active();
        category.updatedAt = Instant.now(clock);
        cache.changed("category " + category.code);
    }

    /** Refuses (422 on `field`) codes that name no category, active or not; a rule that names them never matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireKnown(String field, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = Category.<Category>list("code in ?1", codes).stream().map(c -> c.code)
                .collect(Collectors.toSet());
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(field, "no such category: " + String.join(", ", unknown));
        }
    }

    public List<Category> list(Utility utility, boolean includeInactive) {
        return Category.listFor(utility == null ? null : utility.name(), includeInactive);
    }

    public Category get(String code) {
        Category category = Category.<Category>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Category", code));
        return category;
    }
}
