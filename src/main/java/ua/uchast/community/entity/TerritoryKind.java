package ua.uchast.community.entity;

/** A settlement (місто, село, селище) or a starosta district (старостинський округ). */
public enum TerritoryKind {
    SETTLEMENT, STAROSTA_DISTRICT
}
