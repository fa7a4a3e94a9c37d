package io.github.egovsdk.core.http;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy pagination over a list endpoint: pages are fetched only as they are iterated. Works with page numbers or
 * continuation tokens: the fetcher gets the cursor of the page to load ({@code null} for the first) and returns the
 * page with the cursor of the next one (empty when it was the last).
 *
 * <pre>{@code
 * Paginator<Dossier, Integer> all = Paginator.of(page -> portal.listDossiers(page == null ? 1 : page));
 * for (Dossier d : all.items()) { ... }
 * }</pre>
 *
 * @param <T> item type
 * @param <C> cursor type (page number, token)
 */
public final class Paginator<T, C> {
    private final Function<C, Page<T, C>> fetcher;

    private Paginator(Function<C, Page<T, C>> fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    public static <T, C> Paginator<T, C> of(Function<C, Page<T, C>> fetcher) {
        return new Paginator<>(fetcher);
    }

    /** One page of items and the cursor of the next page, if any. */
    public record Page<T, C>(List<T> items, Optional<C> next) {
        public Page {
            items = List.copyOf(items);
            Objects.requireNonNull(next, "next");
        }

        public static <T, C> Page<T, C> last(List<T> items) {
            return new Page<>(items, Optional.empty());
        }

        public static <T, C> Page<T, C> of(List<T> items, C next) {
            return new Page<>(items, Optional.ofNullable(next));
        }
    }

    /** The pages, fetched one by one as the iteration advances. */
    public Iterable<Page<T, C>> pages() {
        return () -> new Iterator<>() {
            private Page<T, C> current;
            private boolean started;

            @Override
            public boolean hasNext() {
                return !started || current.next().isPresent();
            }

            @Override
            public Page<T, C> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                C cursor = started ? current.next().get() : null;
                started = true;
                current = Objects.requireNonNull(fetcher.apply(cursor), "page fetcher returned null");
                return current;
            }
        };
    }

    /** Every item of every page, lazily. */
    public Iterable<T> items() {
        return () -> new Iterator<>() {
            private final Iterator<Page<T, C>> pages = pages().iterator();
            private Iterator<T> items = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && pages.hasNext()) {
                    items = pages.next().items().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    public Stream<T> stream() {
        return StreamSupport.stream(items().spliterator(), false);
    }
}
