package vn.giamngheo.domain.household;

import java.util.List;

/**
 * A page of a commune's register: {@code total} households match the filter, {@code items} are
 * those of page {@code page} (from 0) of {@code size}; {@code year} is the year whose statuses the
 * list shows (null when the commune has none yet).
 */
public record RegisterPage(
    long total, int page, int size, Integer year, List<HouseholdSummary> items) {}
