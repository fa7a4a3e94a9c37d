package io.github.egovsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    @Test
    void items_whenThreePages_fetchesLazilyAndInOrder() {
        List<Integer> fetched = new ArrayList<>();
        Paginator<String, Integer> p = Paginator.of(page -> {
            int n = page == null ? 1 : page;
            fetched.add(n);
            List<String> items = List.of("hs-" + n + "a", "hs-" + n + "b");
            return n < 3 ? Paginator.Page.of(items, n + 1) : Paginator.Page.last(items);
        });

        var it = p.items().iterator();
        assertThat(it.next()).isEqualTo("hs-1a");
        assertThat(fetched).containsExactly(1);
        assertThat(p.stream().toList()).containsExactly("hs-1a", "hs-1b", "hs-2a", "hs-2b", "hs-3a", "hs-3b");
    }

    @Test
    void items_whenEmptyPagesInBetween_skipsThem() {
        Paginator<String, Integer> p = Paginator.of(
                page -> page == null ? Paginator.Page.of(List.of(), 2) : Paginator.Page.last(List.of("only")));
        assertThat(p.stream().toList()).containsExactly("only");
        assertThat(p.pages()).hasSize(2);
    }
}
