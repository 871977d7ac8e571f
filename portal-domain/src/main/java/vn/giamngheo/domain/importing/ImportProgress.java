package vn.giamngheo.domain.importing;

/** Hears how an import goes, for a page that shows it while it runs. */
public interface ImportProgress {
  ImportProgress NONE = new ImportProgress() {};

  /** The file was read: {@code rows} rows to check. */
  default void read(int rows) {}

  default void checked(int rows) {}

  /** Every row is fine: {@code households} are now written. */
  default void writing(int households) {}

  /** Households written so far (within the one transaction: none is visible before the end). */
  default void imported(int households) {}
}
