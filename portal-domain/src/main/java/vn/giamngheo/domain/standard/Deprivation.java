package vn.giamngheo.domain.standard;

/** An indicator a household is deprived on, with the dimension it belongs to. */
public record Deprivation(String indicatorCode, String dimensionCode) {}
