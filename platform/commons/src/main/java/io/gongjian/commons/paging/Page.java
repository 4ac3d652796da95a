package io.gongjian.commons.paging;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** One page of a list, with what a front-end needs to page through the rest. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }

    /**
     * Every item of a list read page by page ({@code pageAt} answers page n of the largest size, in a stable order):
     * what an export streams without holding the whole list.
     */
    public static <T> void eachItem(
            Function<PageRequest, Page<T>> pageAt, String sort, boolean descending, Consumer<? super T> sink) {
        for (int page = 0; ; page++) {
            Page<T> read = pageAt.apply(new PageRequest(page, PageRequest.MAX_SIZE, sort, descending));
            read.items().forEach(sink);
            if (page + 1 >= read.totalPages()) {
                return;
            }
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
