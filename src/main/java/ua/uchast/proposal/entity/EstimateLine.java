package ua.uchast.proposal.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.Money;

/** One line of an estimate (кошторис): so many units of an item at a price per unit in whole hryvnias. */
@Embeddable
public class EstimateLine implements Serializable {

    public static final int MAX_ITEM = 200;
    public static final int MAX_UNIT = 30;
    public static final long MAX_QUANTITY = 1_000_000L;
    public static final long MAX_UNIT_PRICE = 100_000_000L;

    @Column(length = MAX_ITEM)
    private String item;

    @Column
    private Long quantity;

    @Column(length = MAX_UNIT)
    private String unit;

    @Column(name = "unit_price")
    private Long unitPrice;

    protected EstimateLine() {
    }

    EstimateLine(EstimateLineForm form) {
        item = Texts.stripped(form.getItem());
        quantity = form.getQuantity();
        unit = Texts.stripped(form.getUnit());
        unitPrice = form.getUnitPrice();
    }

    /** Quantity times unit price; zero while either is missing (a draft may be incomplete). */
    public Money total() {
        if (quantity == null || unitPrice == null) {
            return Money.ZERO;
        }
        return Money.ofHryvnias(Math.multiplyExact(quantity, unitPrice));
    }

    EstimateLineForm toForm() {
        return new EstimateLineForm(item, quantity, unit, unitPrice);
    }

    public String item() {
        return item;
    }

    public Long quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public Money unitPrice() {
        return unitPrice == null ? null : Money.ofHryvnias(unitPrice);
    }
}
