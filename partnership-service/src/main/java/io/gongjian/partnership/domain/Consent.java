package io.gongjian.partnership.domain;

import io.gongjian.events.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of an agreement's two sides, the university and the enterprise, have agreed to the draft as it stands.
 * Drafting or changing a draft is agreeing to it; a draft is ACTIVE once both sides have agreed.
 */
public record Consent(boolean university, boolean enterprise) {

    public static final Consent NONE = new Consent(false, false);
    public static final Consent BOTH = new Consent(true, true);

    /** The agreement of the side that drafted or changed the draft, if a side's admin did. */
    public static Consent of(Optional<Side> side) {
        return side.map(NONE::with).orElse(NONE);
    }

    public Consent with(Side side) {
        return switch (side) {
            case UNIVERSITY -> new Consent(true, enterprise);
            case ENTERPRISE -> new Consent(university, true);
            case JOINT -> throw new IllegalArgumentException("only the university or the enterprise side agrees");
        };
    }

    public boolean has(Side side) {
        return switch (side) {
            case UNIVERSITY -> university;
            case ENTERPRISE -> enterprise;
            case JOINT -> university && enterprise;
        };
    }

    public boolean complete() {
        return university && enterprise;
    }

    /** The sides that have agreed, university first. */
    public List<Side> agreed() {
        return sides(true);
    }

    /** The sides whose agreement is still awaited, university first. */
    public List<Side> awaited() {
        return sides(false);
    }

    private List<Side> sides(boolean agreed) {
        List<Side> sides = new ArrayList<>();
        if (university == agreed) {
            sides.add(Side.UNIVERSITY);
        }
        if (enterprise == agreed) {
            sides.add(Side.ENTERPRISE);
        }
        return List.copyOf(sides);
    }
}
