package vn.giamngheo.tenancy.unit;

/** What an import of a province's units did. */
public record ImportSummary(
    String provinceCode,
    String provinceName,
    int districts,
    int communes,
    int created,
    int renamed) {}
