package vn.giamngheo.domain.plan;

/** Gives an entity the id the database would, for tests that never persist it. */
final class Ids {
  private Ids() {}

  static <T> T assign(T entity, long id) {
    try {
      Class<?> type = entity.getClass();
      while (type.getSuperclass() != Object.class
          && java.util.Arrays.stream(type.getDeclaredFields())
              .noneMatch(f -> f.getName().equals("id"))) {
        type = type.getSuperclass();
      }
      var field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
