package ua.uchast.proposal.entity;

import java.io.Serializable;

import ua.uchast.platform.entity.Texts;

/** An estimate line as typed into a form, before the project checks it. */
public class EstimateLineForm implements Serializable {

    private String item;
    private Long quantity;
    private String unit;
    private Long unitPrice;

    public EstimateLineForm() {
    }

    public EstimateLineForm(String item, Long quantity, String unit, Long unitPrice) {
        this.item = item;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(Long unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** Both numbers typed and not negative, so the line has a total. */
    boolean isPriced() {
        return quantity != null && unitPrice != null && quantity >= 0 && unitPrice >= 0;
    }

    boolean isBlank() {
        return Texts.stripped(item) == null && quantity == null && Texts.stripped(unit) == null && unitPrice == null;
    }
}
