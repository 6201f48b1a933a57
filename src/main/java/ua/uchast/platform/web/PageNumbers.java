package ua.uchast.platform.web;

import ua.uchast.platform.entity.NotFoundException;

/** Page numbers in addresses ({@code page=2}) count from 1; a page before the first or after the last is not found. */
public final class PageNumbers {

    private PageNumbers() {
    }

    /** The page asked for, 1 when none was. */
    public static int requested(Integer page) {
        if (page != null && page < 1) {
            throw new NotFoundException();
        }
        return page == null ? 1 : page;
    }

    /** Refuses a page past the last (an empty list still has its one page). */
    public static void requireWithin(int page, int pageCount) {
        if (page > Math.max(1, pageCount)) {
            throw new NotFoundException();
        }
    }
}
