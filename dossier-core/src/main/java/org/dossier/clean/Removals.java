package org.dossier.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Span;

/** What the boilerplate rules decided to drop, each span with the rule's reason. */
public final class Removals {
    /** A dropped span and why. */
    public record Removal(Span span, String reason) {
    }

    private final List<Removal> removals = new ArrayList<>();

    public void remove(Block block, String reason) {
        remove(block.span(), reason);
    }

    public void remove(Span span, String reason) {
        if (span.length() > 0)
            removals.add(new Removal(span, reason));
    }

    /** Whether a rule already dropped the whole block. */
    public boolean isRemoved(Block block) {
        for (Removal r : removals)
            if (r.span().contains(block.span()))
                return true;
        return false;
    }

    /** The removals ordered by position, overlapping ones merged (the first reason kept). */
    public List<Removal> merged() {
        List<Removal> sorted = new ArrayList<>(removals);
        sorted.sort(Comparator.comparing(Removal::span));
        List<Removal> out = new ArrayList<>();
        for (Removal r : sorted) {
            if (!out.isEmpty()) {
                Removal last = out.get(out.size() - 1);
                if (r.span().start() <= last.span().end()) {
                    int end = Math.max(last.span().end(), r.span().end());
                    out.set(out.size() - 1, new Removal(new Span(last.span().start(), end), last.reason()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
