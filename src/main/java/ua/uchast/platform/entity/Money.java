package ua.uchast.platform.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An amount in whole hryvnias. Money is never a floating-point number and never negative here. */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** ISO 4217 code of the hryvnia: what an amount means where no other currency is named. */
    public static final String CURRENCY_CODE = "UAH";

    @Column(name = "amount", nullable = false)
    private long hryvnias;

    protected Money() {
    }

    private Money(long hryvnias) {
        this.hryvnias = hryvnias;
    }

    public static Money ofHryvnias(long hryvnias) {
        if (hryvnias < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + hryvnias);
        }
        return new Money(hryvnias);
    }

    public long hryvnias() {
        return hryvnias;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(hryvnias, other.hryvnias));
    }

    public boolean isGreaterThan(Money other) {
        return hryvnias > other.hryvnias;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(hryvnias, other.hryvnias);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && money.hryvnias == hryvnias;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hryvnias);
    }

    @Override
    public String toString() {
        return hryvnias + " UAH";
    }
}
