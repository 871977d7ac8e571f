package vn.giamngheo.domain.overview;

/**
 * One unit in its parent's overview: how many units it has directly below it (a district's
 * communes, a commune's villages) and how many people work in it.
 */
public record UnitSummary(String code, String name, long units, long staff) {}
