package org.dossier.extract.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The history of one actor's stance on one proposal: its positions ordered by date, each marked where the stance
 * shifted from the one held before (support → oppose). Neutral positions are kept but neither shift nor count as the
 * stance held.
 */
public final class PositionHistory {
    private PositionHistory() {
    }

    /**
     * One position in the history.
     *
     * @param shiftedFrom the stance held before, when this one differs from it; null otherwise
     */
    public record Step<T>(T item, String stance, String date, String shiftedFrom) {
        public boolean shift() {
            return shiftedFrom != null;
        }
    }

    /**
     * The history of {@code items}: ordered by date (a normalized value such as {@code 2025-03-15} or {@code 2025-03};
     * undated items last), items of one date in the order given.
     *
     * @param stance what stance an item states
     * @param date   the item's date value, or null
     */
    public static <T> List<Step<T>> of(List<T> items, Function<T, String> stance, Function<T, String> date) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Step<T>> out = new ArrayList<>();
        String held = null;
        for (T item : sorted) {
            String s = stance.apply(item);
            String from = null;
            if (!"neutral".equals(s)) {
                if (held != null && !held.equals(s))
                    from = held;
                held = s;
            }
            out.add(new Step<>(item, s, date.apply(item), from));
        }
        return out;
    }

    /** The stance held at the end of {@code history}: the last one that is not neutral, else neutral, else null. */
    public static String latest(List<? extends Step<?>> history) {
        String last = null;
        for (Step<?> s : history)
            if (last == null || !"neutral".equals(s.stance()))
                last = s.stance();
        return last;
    }
}
