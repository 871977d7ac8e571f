package vn.giamngheo.domain.standard;

/** Where a household lives, which sets the income lines that apply to it. */
public enum AreaType {
  RURAL,
  URBAN
}
