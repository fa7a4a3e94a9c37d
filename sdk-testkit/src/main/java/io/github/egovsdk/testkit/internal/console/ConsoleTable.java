package io.github.egovsdk.testkit.internal.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One table of a console view: a title, column headings and rows of plain text (the page never renders a cell as
 * HTML, so whatever a vendor's software sent is shown as text). A cell may hold several lines.
 *
 * @param title   shown above the table
 * @param columns headings
 * @param rows    the rows, each with its own buttons
 */
public record ConsoleTable(Text title, List<Text> columns, List<Row> rows) {
    public ConsoleTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A row: its cells (as many as columns; null shows as empty) and the actions offered on it.
     *
     * @param key     a stable id of what the row shows (a DocId, a dossier code): the page marks the row with it
     * @param cells   the cells' text
     * @param actions buttons at the end of the row
     */
    public record Row(String key, List<String> cells, List<ConsoleAction> actions) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
            actions = List.copyOf(actions);
        }

        public static Row of(String key, List<String> cells) {
            return new Row(key, cells, List.of());
        }
    }

    /** Builds a table row by row. */
    public static Builder builder(Text title, Text... columns) {
        return new Builder(title, List.of(columns));
    }

    /** Collects rows for {@link #builder}. */
    public static final class Builder {
        private final Text title;
        private final List<Text> columns;
        private final List<Row> rows = new ArrayList<>();

        private Builder(Text title, List<Text> columns) {
            this.title = title;
            this.columns = columns;
        }

        public Builder row(String key, List<String> cells, List<ConsoleAction> actions) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of '" + title.en() + "' needs " + columns.size() + " cells, got " + cells.size());
            }
            rows.add(new Row(key, cells, actions));
            return this;
        }

        public Builder row(String key, String... cells) {
            return row(key, Arrays.asList(cells), List.of());
        }

        public ConsoleTable build() {
            return new ConsoleTable(title, columns, rows);
        }
    }
}
