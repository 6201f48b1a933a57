package ua.uchast.implementation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the implementation of a winning project stands (DESIGN §3): planned → in progress → implemented, or not
 * implemented (with a reason) from either of the first two. Implemented and not implemented are final.
 */
public enum ImplementationStatus {
    PLANNED, IN_PROGRESS, IMPLEMENTED, NOT_IMPLEMENTED;

    public Set<ImplementationStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, NOT_IMPLEMENTED);
            case IN_PROGRESS -> EnumSet.of(IMPLEMENTED, NOT_IMPLEMENTED);
            case IMPLEMENTED, NOT_IMPLEMENTED -> EnumSet.noneOf(ImplementationStatus.class);
        };
    }

    public boolean mayMoveTo(ImplementationStatus to) {
        return next().contains(to);
    }

    public boolean isFinished() {
        return this == IMPLEMENTED || this == NOT_IMPLEMENTED;
    }
}
