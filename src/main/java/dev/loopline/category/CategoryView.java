package dev.loopline.category;

import java.util.List;

/** A category as the API shows it. */
public record CategoryView(String code, List<String> utilities, String labelZh, String labelEn, boolean active) {

    public static CategoryView from(Category category) {
        return new CategoryView(category.code, List.copyOf(category.utilities), category.labelZh, category.labelEn,
                category.active);
    }
}
