package vn.giamngheo.domain.plan;

/** Gives an entity the id the database would, for tests that never persist it. */
final class Ids {
  private Ids() {}

  static <T> T assign(T entity, long id) {
    try {
      var field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
