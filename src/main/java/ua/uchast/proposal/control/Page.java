package ua.uchast.proposal.control;

import java.util.List;

/** A page of results and how many there are in all, both counted by the database. */
public record Page<T>(List<T> items, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
