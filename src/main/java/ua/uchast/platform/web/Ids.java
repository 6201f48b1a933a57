package ua.uchast.platform.web;

import ua.uchast.platform.entity.NotFoundException;

/** Ids from URLs: anything that is not one is simply not found. */
public final class Ids {

    private Ids() {
    }

    public static Long parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }
}
